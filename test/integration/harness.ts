/**
 * The action's operations in process, the way test/e2e/harness.ts runs the bundle, minus the child process: the
 * inputs and the runner's variables reach the action's own entry (execute in src/action/main.ts: readSettings,
 * prepare, the dispatch, the Report), which builds the real dependencies (the Cloud client against the emulator, the
 * preview comment through Octokit against the fake GitHub, the preview databases on the test Postgres, the schema
 * apply against the engine emulator). What it prints through @actions/core is read as the runner reads it
 * (test/support/workflow-log.ts), its outputs and summary from the runner's files; retry waits are recorded and
 * skipped, so the production policy decides without a test waiting it out. Every run is checked for leaked secrets,
 * as every e2e run is.
 */
import { afterAll } from '@jest/globals'
import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PrepareOptions } from '../../src/action/dependencies.js'
import { execute, type Execution } from '../../src/action/main.js'
import { Report } from '../../src/action/report.js'
import { readOperationName } from '../../src/action/settings.js'
import type { RetryHooks } from '../../src/http/retry.js'
import type { Outcome } from '../../src/operations/outcome.js'
import type { Tier } from '../cases/tier.js'
import type { CloudEmulator } from '../emulator/emulator.js'
import { assertNoLeaks, prepareStep, secretsOf, type Step, type StepOptions } from '../support/action-runner.js'
import { unpacedWrites } from '../support/github-pacing.js'
import { readStepLog, type LogEntry, type StepRun } from '../support/workflow-log.js'
import '../support/preload-sources.js'

export { GITHUB_TOKEN } from '../support/action-runner.js'
export {
  annotations,
  errors,
  infos,
  logged,
  logText,
  maskedAfter,
  warnings,
  type LogEntry
} from '../support/workflow-log.js'

const GITHUB_PACING = unpacedWrites()

/** Nothing listens on port 9: a GitHub call a test did not expect fails fast instead of reaching the network. */
const NO_GITHUB = 'http://127.0.0.1:9'

export interface OperationRunOptions extends StepOptions {
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

export interface OperationRun extends StepRun {
  /** How the step would end: 0, or 1 when it fails. */
  code: 0 | 1
  /** What the operation returned; undefined when it threw. */
  outcome?: Outcome
  /** What the run threw: an input or file error before any API call, or a failure of the operation. */
  error?: Error
  /** The message the step fails with. */
  failure?: string
  /** Every line the run logged, in order; the failure ends it as an error, as the runner shows it. */
  log: LogEntry[]
  /** Every value registered as a secret (`::add-mask::`), in order. */
  masks: string[]
  /** For each of `masks`, how many log lines came before it. */
  maskedAfter: number[]
  /** The waits the retries asked for, in ms (skipped). */
  waits: number[]
}

/** The names test/e2e/harness.ts gives its own, so that a test reads the same in either tier. */
export type RunOptions = OperationRunOptions
export type RunResult = OperationRun

/** In process as a tier of the shared cases (test/cases). */
export const inProcess: Tier = { name: 'in process', run: (options) => runOperation(options) }

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

  const step = prepareStep({ ...options, githubApiUrl: github }, stepSummaryFile())
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

  let printed: Printed<Execution>
  let outputs: Record<string, string>
  try {
    printed = await asStep(step, () => execute(new Report(readOperationName()), budgets, step.env))
    outputs = step.outputs()
  } finally {
    step.remove()
  }
  const { outcome, error, failure } = printed.result
  const log = readStepLog(printed.stdout)
  const run: OperationRun = {
    code: failure === undefined ? 0 : 1,
    outcome,
    error,
    failure,
    stdout: printed.stdout,
    outputs,
    summary: printed.summary,
    log: log.entries,
    masks: log.masks,
    maskedAfter: log.maskedAfter,
    waits
  }
  assertNoLeaks(
    { ...run, summary: printed.overlapped ? '' : run.summary, stderr: '' },
    secretsOf(options.inputs, { tenants: options.emulator?.tenants(), secrets: options.secrets })
  )
  return run
}

/** The step summary file of this process: @actions/core keeps the first path it is given, so every run writes here. */
let summaryFile: string | undefined

function stepSummaryFile(): string {
  if (!summaryFile) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-summary-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    summaryFile = path.join(dir, 'summary.md')
  }
  return summaryFile
}

/** The step summary the action's Report writes for this outcome (GITHUB_STEP_SUMMARY), as the job page shows it. */
export async function summaryOf(outcome: Outcome): Promise<string> {
  const step = prepareStep({ inputs: {} }, stepSummaryFile())
  try {
    return (await asStep(step, () => new Report('create').finish(outcome))).summary
  } finally {
    step.remove()
  }
}

/** The env changes of the run (the summary's table), as `{ KEY: 'added' | 'changed' | 'removed' }`. */
export function changesOf(run: OperationRun): Record<string, string> {
  return Object.fromEntries((run.outcome?.changes ?? []).map(({ key, change }) => [key, change]))
}

interface Printed<T> {
  result: T
  /** What the step printed to stdout. */
  stdout: string
  /** What it wrote to GITHUB_STEP_SUMMARY; a note saying why there is none when another run overlapped it. */
  summary: string
  overlapped: boolean
}

/** A step in flight: its variables (the runner's and its inputs) and what it has printed so far. */
interface StepContext {
  env: Record<string, string>
  stdout: string
  overlapped: boolean
}

/**
 * The steps in flight, each in its own async context: runs may overlap (two creates of one pull request at once), and
 * @actions/core reads its inputs and GITHUB_OUTPUT from process.env and prints to process.stdout, both the process's.
 */
const steps = new AsyncLocalStorage<StepContext>()
const inFlight = new Set<StepContext>()
let exitCodeBefore: typeof process.exitCode
/** How to put process.env and process.stdout back as they were, once hooked. */
let unhook: (() => void) | undefined

/**
 * From the first step on, process.env answers a step's variables from its context, and what a step prints goes to its
 * context instead of the test's output; outside a step both are as they were. Undone after the file's last test, as
 * process.stdout outlives the file.
 */
function hookProcess(): void {
  if (unhook) return
  const variable = (name: string | symbol): string | undefined => {
    const step = steps.getStore()
    return step && typeof name === 'string' ? step.env[name] : undefined
  }
  const env = process.env
  const write = process.stdout.write
  process.env = new Proxy(env, {
    get: (target, name) => variable(name) ?? Reflect.get(target, name),
    has: (target, name) => variable(name) !== undefined || Reflect.has(target, name)
  })
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: never[]) {
    const step = steps.getStore()
    if (!step) return write.call(this, chunk, ...rest)
    step.stdout += String(chunk)
    return true
  } as typeof process.stdout.write
  unhook = () => {
    process.env = env
    process.stdout.write = write
    unhook = undefined
  }
}

afterAll(() => unhook?.())

/**
 * Run `body` as the step: @actions/core finds its inputs (INPUT_<NAME>) and the runner's files (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY) in process.env, and what it prints is kept. The process's exit code, which a failed step sets,
 * is restored once no step is in flight. @actions/core keeps one summary file per process: a run that overlapped
 * another has no summary of its own.
 */
async function asStep<T>(step: Step, body: () => Promise<T>): Promise<Printed<T>> {
  hookProcess()
  if (inFlight.size === 0) exitCodeBefore = process.exitCode
  const context: StepContext = { env: { ...step.env, ...step.inputs }, stdout: '', overlapped: inFlight.size > 0 }
  for (const other of inFlight) other.overlapped = true
  inFlight.add(context)
  try {
    const result = await steps.run(context, body)
    const summary = context.overlapped
      ? '(no summary: this run overlapped another, and @actions/core writes one summary file per process)'
      : step.summary()
    return { result, stdout: context.stdout, summary, overlapped: context.overlapped }
  } finally {
    inFlight.delete(context)
    if (inFlight.size === 0) process.exitCode = exitCodeBefore
  }
}
