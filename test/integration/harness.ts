/**
 * The action's operations in process, the way test/e2e/harness.ts runs the bundle, minus the child process: the
 * inputs and the runner's variables go through the real readSettings, the real prepare() builds the dependencies
 * (the Cloud client against the emulator, the preview comment through Octokit against the fake GitHub, the preview
 * databases on the test Postgres, the schema apply against the engine emulator), and the operation runs on them. The
 * report and the log are recordings; retry waits are recorded and skipped, so the production policy decides without
 * a test waiting it out. Every run is checked for leaked secrets, as every e2e run is.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepare, type PrepareOptions } from '../../src/action/dependencies.js'
import { Report } from '../../src/action/report.js'
import { readSettings } from '../../src/action/settings.js'
import { consoleUrl, graphqlUrl } from '../../src/core/endpoints.js'
import { FileError } from '../../src/core/errors.js'
import type { Annotation, Logger } from '../../src/core/log.js'
import type { RetryHooks } from '../../src/http/retry.js'
import { checkOperation } from '../../src/operations/check.js'
import { createOperation } from '../../src/operations/create.js'
import { deleteOperation } from '../../src/operations/delete.js'
import type { OperationDeps, RunReport } from '../../src/operations/deps.js'
import { getOperation } from '../../src/operations/get.js'
import type { Outcome, TenantFacts } from '../../src/operations/outcome.js'
import { sweepOperation } from '../../src/operations/sweep.js'
import { syncEnvOperation } from '../../src/operations/sync-env.js'
import type { CloudEmulator } from '../emulator/emulator.js'
import { assertNoLeaks, inputDefaults, secretsOf } from '../support/action-runner.js'
import { unpacedWrites } from '../support/github-pacing.js'
import '../support/preload-sources.js'

export { GITHUB_TOKEN } from '../support/action-runner.js'

const GITHUB_PACING = unpacedWrites()

/** Nothing listens on port 9: a GitHub call a test did not expect fails fast instead of reaching the network. */
const NO_GITHUB = 'http://127.0.0.1:9'

export interface OperationRunOptions {
  /** Inputs by their action.yml names; action.yml's defaults fill the rest, as the runner does. */
  inputs: Record<string, string>
  /** Step environment (`${NAME}` in env files) and runner variables (GITHUB_REPOSITORY, ...). */
  env?: Record<string, string>
  /** A pull_request (or other) event; default a push. */
  event?: { name: string; payload: unknown }
  /** Files to create in the workspace, by relative path. */
  files?: Record<string, string>
  /** The workspace to run in (kept); default a fresh directory, removed after the run. */
  workspace?: string
  /**
   * The fake GitHub's URL: one per test file, since Octokit reads GITHUB_API_URL once, when it loads (runs that leave
   * it out use the file's, or a port where nothing listens).
   */
  githubApiUrl?: string
  /** The emulator: every value its tenants hold is checked against the log and the outputs after the run. */
  emulator?: CloudEmulator
  /** More values that must not leak. */
  secrets?: string[]
  /** Budgets and clocks; by default the production ones, with retry waits skipped (see `waits`). */
  budgets?: PrepareOptions
}

export interface LogEntry {
  level: 'info' | 'warning' | 'error'
  message: string
  annotation?: Annotation
}

export interface OperationRun {
  /** How the step would end: 0, or 1 when it fails. */
  code: 0 | 1
  /** What the operation returned; undefined when it threw. */
  outcome?: Outcome
  /** What the run threw: an input or file error before any API call, or a failure of the operation. */
  error?: Error
  /** The message the step fails with. */
  failure?: string
  /** The outputs the run set, by their action.yml names. */
  outputs: Record<string, string>
  /** Every line the run logged, in order; the failure ends it as an error, as the adapter logs it. */
  log: LogEntry[]
  /** Every value registered as a secret (readSettings' inputs, then the log's mask calls), in order. */
  masks: string[]
  /** For each of `masks`, how many log lines came before it. */
  maskedAfter: number[]
  /** The waits the retries asked for, in ms (skipped). */
  waits: number[]
}

let pinnedGitHub: string | undefined

/** Run one operation in process, from inputs to outcome, as the bundle would (see the file's comment). */
export async function runOperation(options: OperationRunOptions): Promise<OperationRun> {
  if (options.githubApiUrl) {
    pinnedGitHub ??= options.githubApiUrl
    if (options.githubApiUrl !== pinnedGitHub) {
      throw new Error(`Octokit points at ${pinnedGitHub} already: use one fake GitHub per test file`)
    }
  }
  const github = pinnedGitHub ?? NO_GITHUB
  process.env.GITHUB_API_URL = github

  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-op-'))
  const workspace = options.workspace ?? path.join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_API_URL: github,
    ...options.env
  }

  const log = new RecordingLog()
  const report = new RecordingReport()
  const waits: number[] = []
  let skipped = 0
  const clock: RetryHooks = {
    sleep: async (ms) => {
      waits.push(ms)
      skipped += ms
    },
    now: () => Date.now() + skipped
  }
  const budgets: PrepareOptions = {
    // The runs of a file share one process, and so Octokit's write pacing: not one comment every 3 s across them.
    github: { pacing: GITHUB_PACING },
    ...options.budgets,
    cloud: { ...options.budgets?.cloud, hooks: { ...clock, ...options.budgets?.cloud?.hooks } }
  }

  let outcome: Outcome | undefined
  let error: Error | undefined
  try {
    const settings = withInputs(options.inputs, log, () => readSettings(env))
    const deps = await prepare(settings, report, log, budgets)
    outcome = await dispatch(deps)
    report.finish(outcome)
  } catch (thrown) {
    error = thrown instanceof Error ? thrown : new Error(String(thrown))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  // As the adapter (src/action/main.ts) ends a failed step: a file error is annotated at its file and line, and
  // the failure says where in plain text.
  let failure = outcome?.failure ?? error?.message
  if (error instanceof FileError) {
    log.error(error.message, { file: error.file, line: error.line, title: error.input })
    for (const other of error.also) log.error(other.message, { file: other.file, line: other.line, title: error.input })
    failure = `${error.file}, line ${error.line}: ${error.message}`
  }
  if (failure !== undefined) log.error(failure)

  const run: OperationRun = {
    code: failure === undefined ? 0 : 1,
    outcome,
    error,
    failure,
    outputs: report.outputs,
    log: log.entries,
    masks: log.masks,
    maskedAfter: log.maskedAfter,
    waits
  }
  assertNoLeaks(
    {
      stdout: run.log.map((entry) => entry.message).join('\n'),
      stderr: '',
      summary: JSON.stringify({ changes: outcome?.changes, tables: outcome?.tables, section: outcome?.section }),
      outputs: run.outputs
    },
    secretsOf(options.inputs, { tenants: options.emulator?.tenants(), secrets: options.secrets })
  )
  return run
}

/** Where summaryOf has the Report write: one place per process, as @actions/core keeps the first path it is given. */
let summaryDir: string | undefined

/** The step summary the action's Report writes for this outcome (GITHUB_STEP_SUMMARY), as the job page shows it. */
export async function summaryOf(outcome: Outcome): Promise<string> {
  if (!summaryDir) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-summary-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    summaryDir = dir
  }
  const file = path.join(summaryDir, 'summary.md')
  const outputs = path.join(summaryDir, 'outputs')
  writeFileSync(file, '')
  writeFileSync(outputs, '')
  const saved = { summary: process.env.GITHUB_STEP_SUMMARY, output: process.env.GITHUB_OUTPUT }
  process.env.GITHUB_STEP_SUMMARY = file
  process.env.GITHUB_OUTPUT = outputs
  try {
    await new Report('create').finish(outcome)
    return readFileSync(file, 'utf8')
  } finally {
    process.env.GITHUB_STEP_SUMMARY = saved.summary
    process.env.GITHUB_OUTPUT = saved.output
  }
}

/** The messages a run logged at a level, one per entry. */
export function logged(run: OperationRun, level: LogEntry['level']): string[] {
  return run.log.filter((entry) => entry.level === level).map((entry) => entry.message)
}

export const warnings = (run: OperationRun): string => logged(run, 'warning').join('\n')
export const errors = (run: OperationRun): string => logged(run, 'error').join('\n')
export const infos = (run: OperationRun): string => logged(run, 'info').join('\n')

/** Each message, in order, whatever its level: what the job log shows. */
export const logText = (run: OperationRun): string => run.log.map((entry) => entry.message).join('\n')

/** The error annotations at a file and line, as `{ file, line, message }`. */
export function annotations(run: OperationRun): { file: string; line: number; message: string }[] {
  return run.log
    .filter((entry) => entry.level === 'error' && entry.annotation?.file)
    .map((entry) => ({ file: entry.annotation!.file!, line: entry.annotation!.line ?? 1, message: entry.message }))
}

/** How many log lines came before `value` was first registered as a secret; -1 if it never was. */
export function maskedAfter(run: OperationRun, value: string): number {
  const at = run.masks.indexOf(value)
  return at === -1 ? -1 : run.maskedAfter[at]!
}

/** The env changes of the run (the summary's table), as `{ KEY: 'added' | 'changed' | 'removed' }`. */
export function changesOf(run: OperationRun): Record<string, string> {
  return Object.fromEntries((run.outcome?.changes ?? []).map(({ key, change }) => [key, change]))
}

function dispatch(deps: OperationDeps): Promise<Outcome> {
  switch (deps.operation) {
    case 'create':
      return createOperation(deps)
    case 'sync-env':
      return syncEnvOperation(deps)
    case 'get':
      return getOperation(deps)
    case 'delete':
      return deleteOperation(deps)
    case 'check':
      return checkOperation(deps)
    case 'sweep':
      return sweepOperation(deps)
  }
}

/**
 * Inputs reach the action as INPUT_<NAME> variables, with action.yml's defaults for those a workflow leaves out:
 * set as the runner sets them while `read` runs. What it registers as secrets (`::add-mask::` on stdout) is recorded.
 */
function withInputs<T>(inputs: Record<string, string>, log: RecordingLog, read: () => T): T {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries({ ...inputDefaults(), ...inputs })) {
    process.env[`INPUT_${name.toUpperCase()}`] = value
  }
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) {
      if (line.startsWith('::add-mask::')) log.mask(line.slice('::add-mask::'.length))
    }
    return true
  }) as typeof process.stdout.write
  try {
    return read()
  } finally {
    process.stdout.write = write
  }
}

class RecordingLog implements Logger {
  readonly entries: LogEntry[] = []
  readonly masks: string[] = []
  readonly maskedAfter: number[] = []
  info(message: string): void {
    this.entries.push({ level: 'info', message })
  }
  warning(message: string, annotation?: Annotation): void {
    this.entries.push({ level: 'warning', message, annotation })
  }
  error(message: string, annotation?: Annotation): void {
    this.entries.push({ level: 'error', message, annotation })
  }
  mask(secret: string | null | undefined): void {
    if (!secret) return
    this.masks.push(secret)
    this.maskedAfter.push(this.entries.length)
  }
}

/** The outputs a run sets, named as action.yml names them (as src/action/report.ts sets them). */
class RecordingReport implements RunReport {
  readonly outputs: Record<string, string> = {}
  setTenant(facts: TenantFacts): void {
    if (facts.tenantId !== undefined) this.outputs['tenant-id'] = facts.tenantId
    if (facts.name !== undefined) this.outputs.name = facts.name
    if (facts.slug !== undefined) this.outputs.slug = facts.slug
    if (facts.endpoint !== undefined) this.outputs.endpoint = graphqlUrl(facts.endpoint)
    if (facts.projectId !== undefined) {
      this.outputs['project-id'] = facts.projectId
      this.outputs['console-url'] = consoleUrl(facts.projectId)
    }
  }
  setHash(hash: string): void {
    this.outputs.hash = hash
  }
  setAdminSecret(secret: string | undefined): void {
    if (secret) this.outputs['admin-secret'] = secret
  }
  setDatabases(names: string[]): void {
    if (names.length === 0) return
    this.outputs['database-name'] = names[0]!
    this.outputs['database-names'] = names.join(',')
  }
  setSeedsApplied(count: number): void {
    this.outputs['seeds-applied'] = String(count)
  }
  setMigrationsApplied(count: number): void {
    this.outputs['migrations-applied'] = String(count)
  }
  setExpiresAt(at: Date): void {
    this.outputs['expires-at'] = at.toISOString()
  }
  finish(outcome: Outcome): void {
    this.outputs.result = outcome.result
    this.outputs.changed = String(outcome.changed)
    Object.assign(this.outputs, outcome.outputs)
  }
}
