/**
 * Time to a working preview, for `npm run bench`: a pull request opened on a project of many migrations, with the
 * network's latency on every request to Hasura Cloud and to the project, and a tenant that takes its time to boot,
 * on a real Postgres; then a push with one new migration and a push with nothing new.
 *
 * The floor is what no action can beat: the boot, a handful of round trips (create, the env write, a health check,
 * the metadata, the records, the reload), and the SQL's own time, all migrations run in one session.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { CloudEmulator } from '../test/emulator/emulator.js'
import { createProjectEngine, type ProjectEngine } from '../test/engine/engine.js'
import { FakeGitHub } from '../test/github/fake-github.js'
import { GITHUB_TOKEN, runAction, type RunResult } from '../test/e2e/harness.js'
import { filesOf } from '../test/support/files.js'
import { generatedProject } from '../test/support/generated-project.js'
import { pullRequestEvent } from '../test/support/pull-request.js'
import type { TestPostgres } from '../test/support/postgres.js'

/** The target (issue 20): the first preview at most this many times the floor. */
export const PREVIEW_TARGET = 1.5
/** The round trips any create needs once: createTenant, the env write, one health check, export, replace, records, reload. */
const FLOOR_ROUND_TRIPS = 7

export interface PreviewBenchOptions {
  latencyMs: number
  bootMs: number
  /** A project directory (config.yaml at its top); default a generated one of `migrations` migrations. */
  projectDir?: string
  migrations?: number
  /** The env file for the project's env needs: its name (the extension says its format) and its text. */
  envFile?: { name: string; text: string }
  env?: Record<string, string>
}

export interface PreviewBenchResult {
  label: string
  openedMs: number
  /** Requests to Hasura (the Cloud API and the project, health checks included); GitHub's are not counted. */
  openedRequests: number
  requestsAfterHealthy: number
  migrations: number
  sqlMs: number
  floorMs: number
  ratio: number
  push: { ms: number; requests: number; migrations: string }
  pushNothing: { ms: number; requests: number; metadataSent: boolean; envWrites: number }
}

/** The requests to Hasura: the Cloud API's and the project's own (health checks included); GitHub's apart. */
function requestCount(emulator: CloudEmulator, tenantId: string | undefined): number {
  const engine = tenantId ? (emulator.engineOf(tenantId) as ProjectEngine | undefined) : undefined
  const projectCalls = Object.values(engine?.calls ?? {}).reduce((sum, count) => sum + count, 0)
  return emulator.calls.length + projectCalls
}

/** All of the project's migrations in one session on a scratch database: the SQL's own time. */
async function sqlTime(serverUrl: string, files: Record<string, string>): Promise<number> {
  const scratch = `bench_sql_${process.pid}`
  const admin = new pg.Client(serverUrl)
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`)
  await admin.query(`CREATE DATABASE ${scratch}`)
  const url = new URL(serverUrl)
  url.pathname = `/${scratch}`
  const client = new pg.Client(url.toString())
  await client.connect()
  const migrations = Object.entries(files)
    .filter(([file]) => /\/migrations\/[^/]+\/\d+_[^/]+\/up\.sql$/.test(file))
    .sort(([a], [b]) => (BigInt(/\/(\d+)_/.exec(a)![1]!) < BigInt(/\/(\d+)_/.exec(b)![1]!) ? -1 : 1))
  const started = performance.now()
  try {
    for (const [, sql] of migrations) await client.query(sql)
  } finally {
    await client.end()
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`)
    await admin.end()
  }
  return performance.now() - started
}

export async function benchPreview(postgres: TestPostgres, options: PreviewBenchOptions): Promise<PreviewBenchResult> {
  const files = options.projectDir ? filesOf(options.projectDir, 'hasura') : generatedProject(options.migrations ?? 300)
  if (options.envFile) files[options.envFile.name] = options.envFile.text
  const label = options.projectDir
    ? path.basename(options.projectDir)
    : `generated (${options.migrations ?? 300} migrations)`
  const emulator = await CloudEmulator.start({
    engine: createProjectEngine,
    latencyMs: options.latencyMs,
    healthDelayMs: options.bootMs,
    projectQuota: 10
  })
  const gh = await FakeGitHub.start({ token: GITHUB_TOKEN })
  const workspace = mkdtempSync(path.join(tmpdir(), 'hasura-bench-preview-'))
  const step = async (action: 'opened' | 'synchronize', stepFiles: Record<string, string>): Promise<RunResult> => {
    const run = await runAction({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        operation: 'create',
        'postgres-server-url': postgres.url,
        'hasura-project': 'hasura',
        ...(options.envFile ? { 'env-file': options.envFile.name } : {})
      },
      event: pullRequestEvent(action, { owner: 'acme', repo: 'benchshop', number: 1 }),
      env: { GITHUB_REPOSITORY: 'acme/benchshop', ...options.env },
      files: stepFiles,
      workspace,
      githubApiUrl: gh.url,
      emulator,
      timeoutMs: 600_000
    })
    if (run.code !== 0) throw new Error(`the ${action} run of ${label} failed:\n${run.stdout}`)
    return run
  }
  try {
    const opened = await step('opened', files)
    const tenantId = opened.outputs['tenant-id']!
    const engine = emulator.engineOf(tenantId) as ProjectEngine
    const openedRequests = requestCount(emulator, tenantId)
    const afterHealthy = Object.entries(engine.calls)
      .filter(([type]) => type !== 'healthz')
      .reduce((sum, [, count]) => sum + count, 0)

    const newMigration = `hasura/migrations/default/${String(1_800_000_000_000)}_pushed/up.sql`
    const pushedFiles = { ...files, [newMigration]: 'CREATE TABLE "public"."pushed" ("id" serial PRIMARY KEY);\n' }
    let before = requestCount(emulator, tenantId)
    const pushed = await step('synchronize', pushedFiles)
    const pushRequests = requestCount(emulator, tenantId) - before

    before = requestCount(emulator, tenantId)
    const metadataBefore = engine.calls.replace_metadata ?? 0
    const writesBefore = emulator.callsTo('updateTenantEnv').length + emulator.callsTo('deleteTenantEnv').length
    const again = await step('synchronize', pushedFiles)
    const nothingRequests = requestCount(emulator, tenantId) - before

    const sqlMs = await sqlTime(postgres.url, files)
    const floorMs = options.bootMs + FLOOR_ROUND_TRIPS * options.latencyMs + sqlMs
    return {
      label,
      openedMs: opened.ms,
      openedRequests,
      requestsAfterHealthy: afterHealthy,
      migrations: Number(opened.outputs['migrations-applied']),
      sqlMs,
      floorMs,
      ratio: opened.ms / floorMs,
      push: { ms: pushed.ms, requests: pushRequests, migrations: pushed.outputs['migrations-applied'] ?? '?' },
      pushNothing: {
        ms: again.ms,
        requests: nothingRequests,
        metadataSent: (engine.calls.replace_metadata ?? 0) > metadataBefore,
        envWrites:
          emulator.callsTo('updateTenantEnv').length + emulator.callsTo('deleteTenantEnv').length - writesBefore
      }
    }
  } finally {
    await gh.stop()
    await emulator.stop()
    rmSync(workspace, { recursive: true, force: true })
    const admin = new pg.Client(postgres.url)
    await admin.connect()
    for (const name of ['acme-benchshop-pr-1']) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.query(`DROP ROLE IF EXISTS "${name}"`)
    }
    await admin.end()
  }
}

export function reportPreview(result: PreviewBenchResult, options: PreviewBenchOptions): void {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
  const verdict = result.ratio <= PREVIEW_TARGET ? 'PASS' : 'FAIL'
  console.log(
    `  ${result.label}, ${options.latencyMs} ms latency, ${s(options.bootMs)} boot: opened in ${s(result.openedMs)}, ` +
      `${result.openedRequests} requests (${result.requestsAfterHealthy} to the project after it was healthy), ` +
      `${result.migrations} migrations`
  )
  console.log(
    `    floor ${s(result.floorMs)} (boot ${s(options.bootMs)} + ${FLOOR_ROUND_TRIPS} round trips + SQL ${s(result.sqlMs)}), ` +
      `ratio ${result.ratio.toFixed(2)} (target <= ${PREVIEW_TARGET}): ${verdict}`
  )
  console.log(
    `    push with one new migration: ${s(result.push.ms)}, ${result.push.requests} requests to Hasura, ` +
      `${result.push.migrations} applied (target <= 8 requests: ${result.push.requests <= 8 ? 'PASS' : 'FAIL'})`
  )
  console.log(
    `    push with nothing new: ${s(result.pushNothing.ms)}, ${result.pushNothing.requests} requests, metadata ` +
      `${result.pushNothing.metadataSent ? 'sent' : 'not sent'}, ${result.pushNothing.envWrites} env writes (no restart)`
  )
}
