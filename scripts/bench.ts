/**
 * npm run bench [-- --runs N] [--official <dist/index.js of hasura/hasura-cloud-preview-apps>]
 *
 * A report, not a test: how long the bundled action takes end to end next to the least any Node
 * program can take for the same work (the floor), how big the bundle is, and how many API round
 * trips and env writes (each restarts the tenant) each operation costs, and how long a preview takes from
 * "healthy" to "schema applied". It prints PASS/FAIL against the targets and exits 0 either way; it exits 1 only
 * when something broke (a run failed, the bundle is missing).
 *
 * - The action runs as the runner runs it, through test/e2e/harness.ts: `node dist/index.js` in a
 *   child process with INPUT_* variables and the runner's files (ACTION_NODE picks another Node).
 * - The floor is a bare Node child process that replays the action's own single GraphQL request
 *   (same body, same headers, captured from a warm-up run) with node:http, and exits.
 * - Action and floor runs alternate, and which goes first alternates too, so drift hits both.
 * - With --official, a delete of Hasura's own preview action (its bundle, from a checkout outside this repository)
 *   against the same emulator, paired with ours the same way: both sides of the start-up comparison.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import pg from 'pg'
import { CloudEmulator } from '../test/emulator/emulator.js'
import { createProjectEngine } from '../test/engine/engine.js'
import { BUNDLE, NODE, ROOT, runAction, type RunOptions, type RunResult } from '../test/e2e/harness.js'
import { startPostgres } from '../test/support/postgres.js'
import { measureSchemaApply } from '../test/support/schema-timing.js'
import { benchPreview, reportPreview } from './preview-bench.js'

const DEFAULT_RUNS = 11
const MIN_RUNS = 9
/** The start-up target (issue 16): a delete end to end at most 1.2 times the bare-Node floor, on Node 24. */
const TARGET_RATIO = 1.2
const TARGET_NODE = 'v24'

/** One request as the action sent it, to be replayed by the floor. */
interface CapturedRequest {
  path: string
  headers: Record<string, string>
  body: string
}

interface Sample {
  action: number
  floor: number
}

/** A bad command line: reported without a stack. */
class UsageError extends Error {}

interface BenchOptions {
  runs: number
  /** The bundle of hasura/hasura-cloud-preview-apps (dist/index.js), to time its delete beside ours. */
  official?: string
  /** A Hasura project directory to time a preview of, beside the generated one. */
  project?: string
  envFile?: string
}

const USAGE =
  'usage: npm run bench [-- --runs N] [--project <hasura project dir> [--env-file <file>]] ' +
  '[--official <hasura-cloud-preview-apps dist/index.js>]'

function readOptions(): BenchOptions {
  let values: { runs?: string; project?: string; 'env-file'?: string; official?: string }
  try {
    values = parseArgs({
      options: {
        runs: { type: 'string' },
        project: { type: 'string' },
        'env-file': { type: 'string' },
        official: { type: 'string' }
      },
      strict: true
    }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`)
  }
  if (values.official !== undefined && !existsSync(values.official)) {
    throw new UsageError(`--official ${values.official} does not exist; ${USAGE}`)
  }
  return { runs: readRuns(values), project: values.project, envFile: values['env-file'], official: values.official }
}

function readRuns(values: { runs?: string }): number {
  if (values.runs === undefined) return DEFAULT_RUNS
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`--runs must be a positive integer, got "${values.runs}"`)
  return runs
}

// ---- the floor ----

/**
 * Sends FLOOR_REQUEST with node:http (no keep-alive), reads the answer, exits; 1 if it was not a GraphQL answer.
 * CommonJS on purpose: on Node 24 an ESM `import http from 'node:http'` reads every export of the module,
 * and the `http.WebSocket` getter loads undici (about 20 ms), which would inflate the floor.
 */
const FLOOR_SCRIPT = `const http = require('node:http')
const { url, headers, body } = JSON.parse(process.env.FLOOR_REQUEST)
const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
  let text = ''
  res.setEncoding('utf8')
  res.on('data', (chunk) => (text += chunk))
  res.on('end', () => {
    if (res.statusCode !== 200 || !text.startsWith('{"data"')) {
      process.stderr.write(res.statusCode + ' ' + text + '\\n')
      process.exitCode = 1
    }
  })
})
req.on('error', (error) => {
  process.stderr.write(String(error) + '\\n')
  process.exitCode = 1
})
req.end(body)
`

const HOP_HEADERS = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])

class Floor {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-bench-'))
  readonly script = path.join(this.dir, 'floor.cjs')

  constructor() {
    writeFileSync(this.script, FLOOR_SCRIPT)
  }

  /** Time it the way the harness times the action: from spawn to the child's exit, in ms. */
  async run(origin: string, request: CapturedRequest): Promise<number> {
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(request.headers)) if (!HOP_HEADERS.has(name)) headers[name] = value
    headers['content-length'] = String(Buffer.byteLength(request.body))
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? this.dir,
      FLOOR_REQUEST: JSON.stringify({ url: origin + request.path, headers, body: request.body })
    }
    const started = Date.now()
    const child = spawn(NODE, [this.script], { cwd: this.dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // 'close', as the harness waits for: the child has exited and its output is read.
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const ms = Date.now() - started
    if (code !== 0) throw new Error(`the floor process failed (exit ${code}): ${output}`)
    return ms
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * Runs the action once through a recording proxy in front of the emulator and returns the requests
 * it sent to the API. The proxy is used for this warm-up run only, never for a timed one.
 */
async function captureRequests(
  emulator: CloudEmulator,
  options: (endpoint: string) => RunOptions
): Promise<{ run: RunResult; requests: CapturedRequest[] }> {
  const requests: CapturedRequest[] = []
  const target = new URL(emulator.url)
  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value
      requests.push({ path: req.url ?? '/', headers, body: body.toString('utf8') })
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      upstream.on('error', () => res.destroy())
      upstream.end(body)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = proxy.address() as AddressInfo
    const run = await runAction(options(`http://127.0.0.1:${port}${target.pathname}`))
    return { run, requests }
  } finally {
    const closed = new Promise<void>((resolve) => proxy.close(() => resolve()))
    proxy.closeAllConnections()
    await closed
  }
}

/** Checks a run's exit code and result. */
function expectRun(run: RunResult, what: string, result: string): void {
  if (run.code !== 0 || run.outputs.result !== result) {
    throw new Error(
      `${what}: expected exit 0 and result=${result}, got exit ${run.code}, result=${run.outputs.result}\n` +
        `${run.stdout}\n${run.stderr}`
    )
  }
}

// ---- timing ----

interface TimedOperation {
  name: 'delete' | 'get'
  /** A fresh tenant (or the same one) for the next run; returns its id. */
  tenant(): string
  result: string
}

async function timeOperation(
  emulator: CloudEmulator,
  floor: Floor,
  op: TimedOperation,
  runs: number
): Promise<Sample[]> {
  const inputs = (tenantId: string, endpoint = emulator.url) => ({
    operation: op.name,
    pat: emulator.pat,
    'tenant-id': tenantId,
    'api-endpoint': endpoint
  })
  // Warm-up (page cache, JIT of the emulator), and the one request the floor will replay.
  const warmTenant = op.tenant()
  const warm = await captureRequests(emulator, (endpoint) => ({ inputs: inputs(warmTenant, endpoint) }))
  expectRun(warm.run, `${op.name} (warm-up)`, op.result)
  const first = warm.requests[0]
  if (!first) throw new Error(`${op.name}: the action sent no API request`)
  const replay = (tenantId: string): CapturedRequest => ({
    ...first,
    body: first.body.split(warmTenant).join(tenantId)
  })
  await floor.run(emulator.origin, replay(op.tenant()))

  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) {
    const actionTenant = op.tenant()
    const floorTenant = op.tenant()
    const timeAction = async () => {
      const run = await runAction({ inputs: inputs(actionTenant) })
      expectRun(run, op.name, op.result)
      return run.ms
    }
    samples.push(await pair(i, timeAction, () => floor.run(emulator.origin, replay(floorTenant))))
  }
  return samples
}

/** One pair of timings, back to back; which side goes first alternates with `i`, so drift hits both. */
async function pair(i: number, action: () => Promise<number>, floor: () => Promise<number>): Promise<Sample> {
  if (i % 2 === 0) {
    const actionMs = await action()
    return { action: actionMs, floor: await floor() }
  }
  const floorMs = await floor()
  return { action: await action(), floor: floorMs }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL'
}

/** The ratio the target is about: the median of the per-pair ratios (each pair ran back to back). */
function pairRatio(samples: Sample[]): number {
  return median(samples.map((s) => s.action / s.floor))
}

function reportTiming(name: string, samples: Sample[]): void {
  const action = samples.map((s) => s.action)
  const floorMs = samples.map((s) => s.floor)
  const ratio = median(action) / median(floorMs)
  const range = (values: number[]) => `min ${Math.min(...values)}, max ${Math.max(...values)}`
  console.log(`  ${name}`)
  console.log(`    action  median ${median(action).toFixed(1)} ms  (${range(action)})  [${action.join(' ')}]`)
  console.log(`    floor   median ${median(floorMs).toFixed(1)} ms  (${range(floorMs)})  [${floorMs.join(' ')}]`)
  console.log(`    ratio of medians ${ratio.toFixed(2)}, median of per-pair ratios ${pairRatio(samples).toFixed(2)}`)
}

/** The one line the start-up target is judged on. */
function reportStartupTarget(samples: Sample[], nodeVersion: string): void {
  const ratio = pairRatio(samples)
  const action = median(samples.map((s) => s.action))
  const floorMs = median(samples.map((s) => s.floor))
  const onTargetNode = nodeVersion.split('.')[0] === TARGET_NODE
  console.log(
    `Start-up target: delete end to end <= ${TARGET_RATIO} x the bare Node request, on Node ${TARGET_NODE.slice(1)}`
  )
  console.log(
    `  delete ${ratio.toFixed(2)} x the bare request (action ${action.toFixed(1)} ms, bare request ` +
      `${floorMs.toFixed(1)} ms; median of ${samples.length} interleaved pairs) on Node ${nodeVersion}  ` +
      (onTargetNode ? verdict(ratio <= TARGET_RATIO) : 'not judged')
  )
  if (!onTargetNode) {
    console.log(`  The target is for Node ${TARGET_NODE.slice(1)}: ACTION_NODE="$(scripts/node24.sh)" npm run bench`)
  }
}

// ---- Hasura's own preview action ----

/**
 * Hasura's preview action deleting a preview by its name (its `delete: true`: a project look-up by name, then
 * deleteTenant), spawn to exit, as the harness times ours; the inputs its action.yml reads, its token in the env.
 */
function runOfficialDelete(bundle: string, emulator: CloudEmulator, name: string): Promise<number> {
  const env = {
    PATH: process.env.PATH,
    INPUT_NAME: name,
    INPUT_DELETE: 'true',
    INPUT_HASURACLOUDGRAPHQLENDPOINT: emulator.url,
    HASURA_CLOUD_ACCESS_TOKEN: emulator.pat,
    GITHUB_TOKEN: 'ghs_benchToken0123456789',
    GITHUB_REPOSITORY: 'acme/shop'
  }
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(NODE, [bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => {
      const ms = Math.round(performance.now() - started)
      if (code !== 0) return reject(new Error(`the official action's delete failed (exit ${code}): ${output}`))
      resolve(ms)
    })
  })
}

/** Ours (a delete by tenant id) and the official action's (by name), alternating which goes first. */
async function timeAgainstOfficial(emulator: CloudEmulator, bundle: string, runs: number): Promise<Sample[]> {
  let n = 0
  const seed = () => emulator.seedTenant({ name: `bench-official-${++n}`, envs: SEEDED_ENVS })
  const ours = async () => {
    const run = await runAction({
      inputs: { operation: 'delete', pat: emulator.pat, 'tenant-id': seed().id, 'api-endpoint': emulator.url }
    })
    expectRun(run, 'delete', 'deleted')
    return run.ms
  }
  const theirs = () => runOfficialDelete(bundle, emulator, seed().name)
  await ours()
  await theirs()
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(await pair(i, ours, theirs))
  return samples
}

function reportAgainstOfficial(samples: Sample[], nodeVersion: string): void {
  const ours = median(samples.map((s) => s.action))
  const theirs = median(samples.map((s) => s.floor))
  console.log("Beside Hasura's own preview action (hasura/hasura-cloud-preview-apps), a delete end to end")
  console.log(
    `  delete ${pairRatio(samples).toFixed(2)} x the official action (ours ${ours.toFixed(1)} ms by tenant id, ` +
      `theirs ${theirs.toFixed(1)} ms by name; median of ${samples.length} interleaved pairs) on Node ${nodeVersion}`
  )
}

// ---- bundle size ----

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

function reportBundle(): void {
  const dist = path.dirname(BUNDLE)
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
  const files = filesUnder(dist)
  let total = 0
  let totalGz = 0
  console.log('Bundle (gzip -9 per file)')
  for (const file of files) {
    const size = statSync(file).size
    const zipped = gz(file)
    total += size
    totalGz += zipped
    console.log(
      `  ${path.relative(dist, file).padEnd(16)} ${String(size).padStart(9)} B  ${kb(size).padStart(11)}` +
        `  gzip ${kb(zipped).padStart(10)}`
    )
  }
  console.log(
    `  ${'dist/ total'.padEnd(16)} ${String(total).padStart(9)} B  ${kb(total).padStart(11)}  gzip ${kb(totalGz).padStart(10)}`
  )
}

// ---- round trips ----

interface RoundTripCase {
  name: string
  target: number
  /** Env writes allowed: each one restarts the tenant's workers. */
  writes: number
  /** The target allows health polls on top. */
  plusHealth?: boolean
  result: string
  setup(emulator: CloudEmulator): { options: RunOptions; tenantId?: string }
}

const ENV_FILE = 'API_URL=https://api.example.com\nFEATURE_FLAGS=search,checkout\nLOG_LEVEL=info\n'
const SEEDED_ENVS = { API_URL: 'https://api.example.com', FEATURE_FLAGS: 'search,checkout', LOG_LEVEL: 'info' }

const ROUND_TRIPS: RoundTripCase[] = [
  {
    name: 'get',
    target: 1,
    writes: 0,
    result: 'found',
    setup: (emulator) => {
      const tenant = emulator.seedTenant({ envs: SEEDED_ENVS })
      return { tenantId: tenant.id, options: { inputs: { operation: 'get', 'tenant-id': tenant.id } } }
    }
  },
  {
    name: 'delete',
    target: 1,
    writes: 0,
    result: 'deleted',
    setup: (emulator) => {
      const tenant = emulator.seedTenant()
      return { tenantId: tenant.id, options: { inputs: { operation: 'delete', 'tenant-id': tenant.id } } }
    }
  },
  {
    name: 'sync-env unchanged',
    target: 1,
    writes: 0,
    result: 'unchanged',
    setup: (emulator) => {
      const tenant = emulator.seedTenant({ envs: SEEDED_ENVS })
      return {
        tenantId: tenant.id,
        options: {
          inputs: { operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env.preview' },
          files: { '.env.preview': ENV_FILE }
        }
      }
    }
  },
  {
    name: 'sync-env changed',
    target: 2,
    writes: 1,
    plusHealth: true,
    result: 'updated',
    setup: (emulator) => {
      const tenant = emulator.seedTenant({ envs: SEEDED_ENVS })
      return {
        tenantId: tenant.id,
        options: {
          inputs: { operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env.preview' },
          files: { '.env.preview': ENV_FILE.replace('LOG_LEVEL=info', 'LOG_LEVEL=debug') }
        }
      }
    }
  },
  {
    name: 'create with env file',
    target: 5,
    writes: 1,
    plusHealth: true,
    result: 'created',
    setup: () => ({
      options: {
        inputs: {
          operation: 'create',
          name: 'bench-create',
          'database-url': 'postgres://shop:benchPassw0rd@db.example.com:5432/shop',
          'env-file': '.env.preview'
        },
        files: { '.env.preview': ENV_FILE }
      }
    })
  },
  {
    name: 'preview create (PR)',
    target: 5,
    writes: 1,
    plusHealth: true,
    result: 'created',
    setup: () => ({
      options: {
        inputs: { operation: 'create', 'env-file': '.env.preview', comment: 'false' },
        files: { '.env.preview': ENV_FILE },
        event: {
          name: 'pull_request',
          payload: { action: 'opened', number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }
        }
      }
    })
  }
]

async function reportRoundTrips(emulator: CloudEmulator): Promise<void> {
  console.log('API round trips and env writes per operation (counted by the emulator; health polls apart)')
  for (const c of ROUND_TRIPS) {
    await emulator.reset()
    const { options, tenantId } = c.setup(emulator)
    options.inputs = { pat: emulator.pat, 'api-endpoint': emulator.url, ...options.inputs }
    const run = await runAction({ ...options, emulator })
    expectRun(run, c.name, c.result)
    const id = tenantId ?? run.outputs['tenant-id'] ?? ''
    const calls = emulator.calls.length
    const polls = emulator.healthChecks(id)
    const writes = emulator.callsTo('updateTenantEnv').length + emulator.callsTo('deleteTenantEnv').length
    const what = emulator.calls.map((call) => call.fields.join('+')).join(', ')
    const target = `<= ${c.target}${c.plusHealth ? ' + health polls' : ''}`
    console.log(
      `  ${c.name.padEnd(21)} ${String(calls).padStart(2)} API + ${polls} health, ${writes} env write${writes === 1 ? '' : 's'}  ` +
        `target ${target} and <= ${c.writes} writes  ${verdict(calls <= c.target && writes <= c.writes)}  (${what})`
    )
  }
}

// ---- schema ----

/** A preview from "healthy" to "schema applied": examples/hasura on a fresh database of a real Postgres. */
async function reportSchemaApply(): Promise<void> {
  const postgres = await startPostgres()
  const emulator = await CloudEmulator.start({ engine: createProjectEngine })
  try {
    console.log('Schema apply (examples/hasura: metadata and 3 migrations, on a fresh database of a real Postgres)')
    const timings = []
    for (let i = 1; i <= 3; i++) {
      const database = `bench_schema_${i}`
      const admin = new pg.Client(postgres.url)
      await admin.connect()
      await admin.query(`CREATE DATABASE ${database}`)
      await admin.end()
      const url = new URL(postgres.url)
      url.pathname = `/${database}`
      timings.push(await measureSchemaApply({ emulator, databaseUrl: url.toString() }))
    }
    const last = timings[timings.length - 1]!
    const calls = Object.entries(last.calls)
      .map(([type, count]) => `${type} ${count}`)
      .join(', ')
    console.log(
      `  healthy -> schema applied  median ${median(timings.map((t) => t.ms)).toFixed(1)} ms  [${timings.map((t) => t.ms.toFixed(0)).join(' ')}]`
    )
    console.log(`  ${last.migrationsApplied} migrations, ${last.total} calls to the project's APIs (${calls})`)
  } finally {
    await emulator.stop()
    await postgres.stop()
  }
}

// ---- a working preview ----

/** Time to a working preview: the generated project of 300 migrations, and the --project one when given. */
async function reportWorkingPreview(options: BenchOptions): Promise<void> {
  const postgres = await startPostgres()
  try {
    console.log('Time to a working preview (a pull request opened, then pushed to; a real Postgres)')
    const setup = { latencyMs: 50, bootMs: 3000 }
    const generated = { ...setup, migrations: 300 }
    reportPreview(await benchPreview(postgres, generated), generated)
    if (options.project) {
      const given = {
        ...setup,
        projectDir: path.resolve(options.project),
        envFile: options.envFile
          ? { name: path.basename(options.envFile), text: readFileSync(options.envFile, 'utf8') }
          : undefined,
        env: Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => !!entry[1]))
      }
      reportPreview(await benchPreview(postgres, given), given)
    }
  } finally {
    await postgres.stop()
  }
}

// ---- main ----

async function main(): Promise<void> {
  const options = readOptions()
  const { runs } = options
  const load = loadavg()[0]!
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist: run npm run bundle first`)
  const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()
  console.log(`Bench of ${path.relative(process.cwd(), BUNDLE) || BUNDLE} on Node ${nodeVersion} (${NODE})`)
  const using = /^\s*using:\s*['"]?node(\d+)/m.exec(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))?.[1]
  if (using && nodeVersion.split('.')[0] !== `v${using}`) {
    console.log(
      `Note: action.yml runs on node${using}; for its figures: ACTION_NODE="$(scripts/node24.sh)" npm run bench`
    )
  }
  console.log(
    `${runs} timed runs per operation, each paired with a floor run${runs < MIN_RUNS ? ` (use >= ${MIN_RUNS} for figures worth comparing)` : ''}`
  )
  console.log()

  const emulator = await CloudEmulator.start({ healthDelayMs: 0 })
  const floor = new Floor()
  try {
    console.log('End to end, spawn to exit (floor: bare node replaying the same request with node:http)')
    const seed = () => emulator.seedTenant({ envs: SEEDED_ENVS }).id
    const deleteSamples = await timeOperation(
      emulator,
      floor,
      { name: 'delete', tenant: seed, result: 'deleted' },
      runs
    )
    await emulator.reset()
    const getTenant = seed()
    const getSamples = await timeOperation(
      emulator,
      floor,
      { name: 'get', tenant: () => getTenant, result: 'found' },
      runs
    )
    reportTiming('delete', deleteSamples)
    reportTiming('get', getSamples)
    console.log()
    reportStartupTarget(deleteSamples, nodeVersion)
    console.log()
    if (options.official) {
      await emulator.reset()
      reportAgainstOfficial(await timeAgainstOfficial(emulator, options.official, runs), nodeVersion)
      console.log()
    }
    reportBundle()
    console.log()
    await reportRoundTrips(emulator)
    console.log()
    await reportSchemaApply()
    console.log()
    await reportWorkingPreview(options)
    console.log()
    // Other work on the machine inflates both sides of a pair, but not by the same factor.
    console.log(`Load average (1 min) at start ${load.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)}`)
  } finally {
    floor.dispose()
    await emulator.stop()
  }
}

main().catch((error: unknown) => {
  const detail = error instanceof UsageError ? error.message : error instanceof Error ? error.stack : String(error)
  console.error(`bench failed: ${detail}`)
  process.exit(1)
})
