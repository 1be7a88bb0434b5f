/**
 * The crash test's world and flows: the bundle run as the runner runs it against the Cloud emulator (its tenants
 * served by the engine emulator on the real Postgres), the fake GitHub, and the real Postgres behind a proxy that
 * counts the action's statements. Each flow is one workflow step; `checkConvergence` kills it right after its k-th
 * request or statement (or cancels it there, as GitHub does), runs it once more, and says what does not hold.
 */
import { afterAll, beforeAll } from '@jest/globals'
import path from 'node:path'
import pg from 'pg'
import { CloudEmulator } from '../emulator/emulator.js'
import { createProjectEngine, type ProjectEngine } from '../engine/engine.js'
import { FakeGitHub } from '../github/fake-github.js'
import { GITHUB_TOKEN, ROOT, runAction, type RunOptions, type RunResult } from '../e2e/harness.js'
import { filesOf } from '../support/files.js'
import { KillSwitch, type Ending } from '../support/kill-switch.js'
import { PgProxy } from '../support/pg-proxy.js'
import { startedInHook } from '../support/preview-servers.js'
import { POSTGRES_PASSWORD, rowsIn } from '../support/postgres.js'
import { dropDatabasesLike, pullRequestStep, sweepStep, type StepMore } from '../support/pull-request.js'

const OWNER = 'acme'
const MARKER = 'TENANT_ACTION_PREVIEW'
const PROJECT = 'hasura'
const SECRET_VALUE = 'crash-Secret-Value-0123456789'
/** The example project, plus a migration that must run exactly once (it adds a row). */
const FILES: Record<string, string> = {
  ...filesOf(path.join(ROOT, 'examples/hasura'), PROJECT),
  [`${PROJECT}/migrations/default/1700000250000_first_author/up.sql`]:
    'INSERT INTO "public"."author" ("name") VALUES (\'exactly once\');\n',
  // A seed goes into a new database exactly once too, however the run that makes it ends.
  [`${PROJECT}/seeds/default/1700000260000_seeded_author.sql`]:
    'INSERT INTO "public"."author" ("name") VALUES (\'seeded once\');\n',
  'env.yml': 'LOG_LEVEL: info\nAPI_KEY: ${API_KEY}\n'
}
const VERSIONS = ['1700000000000', '1700000100000', '1700000200000', '1700000250000']
const PUSHED: Record<string, string> = {
  ...FILES,
  [`${PROJECT}/migrations/default/1700000300000_second_author/up.sql`]:
    'ALTER TABLE "public"."author" ADD COLUMN "bio" text NULL;\n' +
    'INSERT INTO "public"."author" ("name", "bio") VALUES (\'pushed once\', \'x\');\n'
}

/** The world of a test file (`repo`: its previews' repository, one per file): started once, stopped after the last test. */
export function crashWorld(repo: string): CrashWorld {
  let world: CrashWorld | undefined
  beforeAll(async () => {
    world = await CrashWorld.start(repo)
  })
  afterAll(async () => {
    await world?.stop()
  })
  return startedInHook('the crash world', () => world)
}

export class CrashWorld {
  readonly switch = new KillSwitch()
  gh!: FakeGitHub

  /** Every preview of this world starts with `acme-<repo>`, so its cleanup touches no other test file's. */
  readonly prefix: string

  private constructor(
    readonly repo: string,
    readonly emulator: CloudEmulator,
    readonly admin: pg.Client,
    private readonly proxy: PgProxy,
    private readonly directUrl: string
  ) {
    this.prefix = `${OWNER}-${repo}`
  }

  static async start(repo: string): Promise<CrashWorld> {
    const directUrl = process.env.TEST_POSTGRES_URL!
    const emulator = await CloudEmulator.start({ engine: createProjectEngine, projectQuota: 20 })
    const admin = new pg.Client({ connectionString: directUrl })
    await admin.connect()
    let world: CrashWorld | undefined = undefined
    const proxy = await PgProxy.start(Number(new URL(directUrl).port), (what) => world!.switch.served(what))
    world = new CrashWorld(repo, emulator, admin, proxy, directUrl)
    // A Cloud API request is described by its fields, which the emulator recorded when it read the request.
    world.switch.watch(emulator.httpServer as never, 'cloud', (req) =>
      req.url === '/v1/graphql' ? (emulator.calls.at(-1)?.fields.join(',') ?? '') : ''
    )
    return world
  }

  /** The server URL the action gets: the real Postgres, through the proxy that counts its statements. */
  serverUrl(): string {
    const url = new URL(this.directUrl)
    url.port = String(this.proxy.port)
    return url.toString()
  }

  /** A clean account, GitHub and server before each kill point. */
  async reset(): Promise<void> {
    await this.gh?.stop()
    await this.emulator.reset()
    await dropDatabasesLike(this.admin, this.prefix)
    this.gh = await FakeGitHub.start({ token: GITHUB_TOKEN })
    this.switch.watch(this.gh.httpServer, 'github')
    this.switch.disarm()
  }

  async stop(): Promise<void> {
    await this.gh?.stop()
    await this.emulator.stop()
    await dropDatabasesLike(this.admin, this.prefix)
    await this.admin.end()
    await this.proxy.stop()
  }

  run(options: Omit<RunOptions, 'emulator'>): Promise<RunResult> {
    return runAction({
      ...options,
      env: { GITHUB_REPOSITORY: `${OWNER}/${this.repo}`, API_KEY: SECRET_VALUE, ...options.env },
      githubApiUrl: this.gh.url,
      emulator: this.emulator,
      secrets: [POSTGRES_PASSWORD, SECRET_VALUE, this.directUrl, this.serverUrl(), ...(options.secrets ?? [])],
      onSpawn: (child) => this.switch.bind(child)
    })
  }

  /** A step of pull request `number` of this world's repository on its `action` event (pullRequestStep). */
  pullRequestStep(
    action: 'opened' | 'synchronize' | 'closed',
    number: number,
    more: StepMore = {}
  ): Promise<RunResult> {
    return this.run(pullRequestStep(this, action, { ...more, pr: { owner: OWNER, repo: this.repo, number } }))
  }

  /** A create or delete of pull request `number` on its `action` event, with its database and project. */
  previewStep(action: 'opened' | 'synchronize' | 'closed', number: number, files = FILES): Promise<RunResult> {
    const project: Record<string, string> =
      action === 'closed' ? {} : { 'hasura-project': PROJECT, 'env-file': 'env.yml', seeds: 'true' }
    return this.pullRequestStep(action, number, {
      inputs: { 'postgres-server-url': this.serverUrl(), ...project },
      files
    })
  }

  /** The scheduled sweep of this repository's previews, with the database server. */
  sweepStep(): Promise<RunResult> {
    return this.run(sweepStep(this, `${OWNER}/${this.repo}`, { inputs: { 'postgres-server-url': this.serverUrl() } }))
  }

  // ---- what the world holds ----

  markedFor(number: number): string[] {
    return this.emulator
      .tenants()
      .filter((tenant) => tenant.env[MARKER]?.toLowerCase() === `${OWNER}/${this.repo}#${number}`)
      .map((tenant) => tenant.id)
  }

  /** The databases and roles of the crash test's previews on the server, as `database:owner:tag` and `role`. */
  async serverState(): Promise<{ databases: string[]; roles: string[] }> {
    const like = `${this.prefix}%`
    const databases = await this.admin.query<{ d: string }>(
      `SELECT datname || ':' || pg_get_userbyid(datdba) || ':' || coalesce(shobj_description(oid, 'pg_database'), '-') AS d
         FROM pg_database WHERE datname LIKE $1 OR pg_get_userbyid(datdba) LIKE $1 ORDER BY 1`,
      [like]
    )
    const roles = await this.admin.query<{ r: string }>(
      'SELECT rolname AS r FROM pg_roles WHERE rolname LIKE $1 ORDER BY 1',
      [like]
    )
    return { databases: databases.rows.map((row) => row.d), roles: roles.rows.map((row) => row.r) }
  }

  rows(database: string, sql: string): Promise<unknown[]> {
    return rowsIn(this.directUrl, database, sql)
  }
}

export interface Flow {
  name: string
  /** The state before the step, made without kills. */
  prepare(world: CrashWorld): Promise<void>
  /** The workflow step that is killed, then run again. */
  step(world: CrashWorld): Promise<RunResult>
  /** What does not hold after the rerun (empty: converged). */
  check(world: CrashWorld, rerun: RunResult): Promise<string[]>
}

function expectEqual(problems: string[], what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) problems.push(`${what}: ${a}, expected ${e}`)
}

/** A working preview of pull request `number`: one tenant, its database and role, every migration once, one comment. */
async function checkPreview(
  world: CrashWorld,
  number: number,
  rerun: RunResult,
  versions: string[],
  authors: number
): Promise<string[]> {
  const problems: string[] = []
  const name = `${world.prefix}-pr-${number}`
  const marked = world.markedFor(number)
  expectEqual(problems, `tenants marked for #${number}`, marked.length, 1)
  const id = marked[0]
  if (id) {
    expectEqual(problems, 'the output tenant-id', rerun.outputs['tenant-id'], id)
    const tenant = world.emulator.tenant(id)!
    expectEqual(problems, 'the project name', tenant.name, name)
    const env = Object.fromEntries(Object.entries(tenant.env).filter(([key]) => !key.startsWith('HASURA_')))
    expectEqual(problems, 'env keys', Object.keys(env).sort(), ['API_KEY', 'LOG_LEVEL', 'PG_DATABASE_URL', MARKER])
    expectEqual(problems, 'LOG_LEVEL and API_KEY', [env.LOG_LEVEL, env.API_KEY], ['info', SECRET_VALUE])
    const comments = world.gh.comments(OWNER, world.repo, number)
    expectEqual(problems, 'comments', comments.length, 1)
    if (!comments[0]?.body.includes(`tenant=${id} -->`)) problems.push('the comment does not name the tenant')
    const engine = world.emulator.engineOf(id) as ProjectEngine | undefined
    if (!engine) {
      problems.push('no engine serves the tenant')
    } else {
      const records = (engine.catalogState.cli_state.migrations as Record<string, unknown> | undefined)?.default
      expectEqual(problems, 'migration records', records, Object.fromEntries(versions.map((v) => [v, false])))
      expectEqual(problems, 'inconsistent objects', engine.inconsistencies, [])
    }
  }
  const server = await world.serverState()
  expectEqual(problems, 'databases', server.databases, [
    `${name}:${name}:hasura-cloud-tenant-action: preview of ${OWNER}/${world.repo}#${number}`
  ])
  expectEqual(problems, 'roles', server.roles, [name])
  if (server.databases.length === 1) {
    const ledger = await world.rows(
      name,
      "SELECT version FROM hdb_catalog.hasura_cloud_action_migrations WHERE version NOT LIKE 'seed:%' ORDER BY 1"
    )
    const tag = await world.admin.query(
      "SELECT shobj_description(oid, 'pg_database') AS t FROM pg_database WHERE datname = $1",
      [name]
    )
    if (String(tag.rows[0]?.t).includes('seeds: pending')) problems.push('the seeds are still pending')
    expectEqual(
      problems,
      'ledger',
      ledger,
      versions.map((version) => ({ version }))
    )
    expectEqual(
      problems,
      'authors (migrations run once)',
      await world.rows(name, 'SELECT count(*)::int AS n FROM author'),
      [{ n: authors }]
    )
  }
  return problems
}

/** Nothing of pull request `number`'s preview is left, and its comment says so. */
export async function checkGone(world: CrashWorld, number: number, how: RegExp): Promise<string[]> {
  const problems: string[] = []
  const name = `${world.prefix}-pr-${number}`
  expectEqual(problems, `tenants marked for #${number}`, world.markedFor(number), [])
  const server = await world.serverState()
  const left = [...server.databases, ...server.roles].filter(
    (what) => what.startsWith(name) || what.includes(`:${name}:`)
  )
  expectEqual(problems, 'databases and roles left', left, [])
  const comments = world.gh.comments(OWNER, world.repo, number)
  expectEqual(problems, 'comments', comments.length, 1)
  if (comments[0] && (!how.test(comments[0].body) || /tenant=[0-9a-f-]{36} -->/.test(comments[0].body))) {
    problems.push(`the comment does not say the preview is gone: ${comments[0].body.slice(0, 200)}`)
  }
  return problems
}

export const FLOWS: Flow[] = [
  {
    name: 'pull request opened',
    prepare: async () => {},
    step: (world) => world.previewStep('opened', 1),
    check: async (world, rerun) => {
      const problems = await checkPreview(world, 1, rerun, VERSIONS, 2)
      if (world.emulator.tenants().length !== 1)
        problems.push(`${world.emulator.tenants().length} tenants in the account`)
      return problems
    }
  },
  {
    name: 'push with a new migration',
    prepare: async (world) => {
      const opened = await world.previewStep('opened', 2)
      if (opened.code !== 0) throw new Error(`the preview to push to was not made:\n${opened.stdout}`)
    },
    step: (world) => world.previewStep('synchronize', 2, PUSHED),
    check: async (world, rerun) => {
      const problems = await checkPreview(world, 2, rerun, [...VERSIONS, '1700000300000'], 3)
      if (world.emulator.tenants().length !== 1)
        problems.push(`${world.emulator.tenants().length} tenants in the account`)
      return problems
    }
  },
  {
    name: 'sync-env with prune',
    prepare: async (world) => {
      world.emulator.seedTenant({
        name: 'shop-staging',
        envs: { A: '1', OLD: 'x', HASURA_GRAPHQL_ADMIN_SECRET: 's3cret-admin' }
      })
    },
    step: (world) => {
      const tenant = world.emulator.tenants()[0]!
      return world.run({
        inputs: {
          pat: world.emulator.pat,
          'api-endpoint': world.emulator.url,
          operation: 'sync-env',
          'tenant-id': tenant.id,
          'env-file': 'sync.yml',
          prune: 'true'
        },
        files: { 'sync.yml': 'A: "2"\nC: "3"\n' }
      })
    },
    check: async (world) => {
      const problems: string[] = []
      const env = world.emulator.tenants()[0]!.env
      expectEqual(problems, 'env', Object.entries(env).sort(), [
        ['A', '2'],
        ['C', '3'],
        ['HASURA_GRAPHQL_ADMIN_SECRET', 's3cret-admin']
      ])
      return problems
    }
  },
  {
    name: 'pull request closed',
    prepare: async (world) => {
      const opened = await world.previewStep('opened', 3)
      if (opened.code !== 0) throw new Error(`the preview to close was not made:\n${opened.stdout}`)
    },
    step: (world) => world.previewStep('closed', 3),
    check: async (world) => {
      const problems = await checkGone(world, 3, /was deleted at/)
      if (world.emulator.tenants().length !== 0)
        problems.push(`${world.emulator.tenants().length} tenants in the account`)
      return problems
    }
  },
  {
    name: 'sweep with a closed and an open pull request',
    prepare: async (world) => {
      for (const number of [4, 5]) {
        const opened = await world.previewStep('opened', number)
        if (opened.code !== 0) throw new Error(`the preview of #${number} was not made:\n${opened.stdout}`)
      }
      world.gh.setPullRequest(OWNER, world.repo, 4, 'closed')
      world.gh.setPullRequest(OWNER, world.repo, 5, 'open')
    },
    step: (world) => world.sweepStep(),
    check: async (world) => {
      const problems = await checkGone(world, 4, /was deleted by the sweep/)
      const open = world.markedFor(5)
      expectEqual(problems, 'tenants marked for the open #5', open.length, 1)
      const server = await world.serverState()
      expectEqual(problems, 'roles left', server.roles, [`${world.prefix}-pr-5`])
      if (!world.gh.comments(OWNER, world.repo, 5)[0]?.body.includes(`tenant=${open[0]} -->`)) {
        problems.push("the open pull request's comment lost its tenant")
      }
      return problems
    }
  },
  {
    name: 'sweep with an expired preview of an open pull request',
    prepare: async (world) => {
      for (const number of [6, 7]) {
        const opened = await world.previewStep('opened', number)
        if (opened.code !== 0) throw new Error(`the preview of #${number} was not made:\n${opened.stdout}`)
        world.gh.setPullRequest(OWNER, world.repo, number, 'open')
      }
      // As a create with expire-after leaves it, days ago: the expiry beside the marker has passed.
      world.emulator.setEnv(world.markedFor(6)[0]!, { TENANT_ACTION_PREVIEW_EXPIRES: '2026-01-02T03:04:05.000Z' })
    },
    step: (world) => world.sweepStep(),
    check: async (world) => {
      const problems = await checkGone(world, 6, /expired at 2026-01-02 03:04:05 UTC/)
      const open = world.markedFor(7)
      expectEqual(problems, 'tenants marked for the open #7', open.length, 1)
      const server = await world.serverState()
      expectEqual(problems, 'roles left', server.roles, [`${world.prefix}-pr-7`])
      return problems
    }
  }
]

export interface PointResult {
  at: number | RegExp
  ending: Ending
  problems: string[]
  /** What was served up to the kill, for a failure's report. */
  events: string[]
  /** The run that was killed (or cancelled), and the one after it. */
  killed: RunResult
  rerun: RunResult
}

/** How many requests and statements the flow's step makes when nothing goes wrong. */
export async function countPoints(world: CrashWorld, flow: Flow): Promise<number> {
  await world.reset()
  await flow.prepare(world)
  world.switch.disarm()
  const run = await flow.step(world)
  if (run.code !== 0) throw new Error(`${flow.name}: the step fails without any kill:\n${run.stdout}`)
  const problems = await flow.check(world, run)
  if (problems.length > 0) throw new Error(`${flow.name}: without any kill: ${problems.join('; ')}`)
  return world.switch.events.length
}

/** Kill (or cancel) the step right after its `at`-th request or statement, run it again, and check. */
export async function checkConvergence(
  world: CrashWorld,
  flow: Flow,
  at: number | RegExp,
  ending: Ending,
  /** Looks at what the killed run left, before the rerun. */
  inspect?: (world: CrashWorld, killed: RunResult) => Promise<void> | void
): Promise<PointResult> {
  await world.reset()
  await flow.prepare(world)
  world.switch.arm(at, ending)
  const killed = await flow.step(world)
  const events = [...world.switch.events]
  const sent = [...world.switch.sent]
  world.switch.disarm()
  await inspect?.(world, killed)
  const problems: string[] = []
  if (ending === 'cancel' && sent.length > 0) {
    // GitHub's SIGTERM comes 7.5 s after its SIGINT: the action must be gone by then, failed, by itself.
    if (sent.join(',') !== 'SIGINT') problems.push(`the cancelled run needed ${sent.join(', ')}`)
    if (killed.code !== 1 && killed.code !== 0)
      problems.push(`the cancelled run ended with ${killed.code ?? killed.signal}`)
  }
  const rerun = await flow.step(world)
  if (rerun.code !== 0)
    problems.push(
      `the rerun failed: ${rerun.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join(' ')}`
    )
  problems.push(...(await flow.check(world, rerun)))
  return { at, ending, problems, events, killed, rerun }
}

/** The flow's step as it runs when nothing goes wrong, one line per request or statement. */
export async function stepEvents(world: CrashWorld, flow: Flow): Promise<string[]> {
  await countPoints(world, flow)
  return [...world.switch.events]
}

/** The 1-based point of the first event that matches. */
export function pointOf(events: string[], pattern: RegExp): number {
  const index = events.findIndex((event) => pattern.test(event))
  if (index < 0) throw new Error(`no event matches ${pattern}:\n${events.join('\n')}`)
  return index + 1
}
