import * as core from '@actions/core'
import { criticalSettled, finishCancelled } from '../core/cancel.js'
import { FileError } from '../core/errors.js'
import { printable } from '../core/log.js'
import type { OperationDeps } from '../operations/deps.js'
import type { Outcome } from '../operations/outcome.js'
import { prepare, type PrepareOptions } from './dependencies.js'
import { actionsLogger as log } from './log.js'
import { Report } from './report.js'
import { readOperationName, readSettings } from './settings.js'

/** How long a cancelled run waits for a step in flight: GitHub's SIGKILL comes 10 s after its SIGINT. */
const CANCEL_GRACE_MS = 5000

/** A run of the action: the cancel handlers, then the run itself. */
export async function run(): Promise<void> {
  const report = new Report(readOperationName())
  exitWhenCancelled(report)
  await execute(report)
}

/** How a run ended: the operation's outcome, what stopped it, and the message the step failed with. */
export interface Execution {
  outcome?: Outcome
  error?: Error
  failure?: string
}

/**
 * Settings -> operation -> report. The one place that fails the step. `env` holds the runner's variables and
 * `options` the budgets and clocks (a test's; a run of the action uses the process's and the defaults).
 */
export async function execute(
  report: Report,
  options: PrepareOptions = {},
  env: NodeJS.ProcessEnv = process.env
): Promise<Execution> {
  let outcome: Outcome | undefined
  try {
    const settings = readSettings(env)
    const deps = await prepare(settings, report, log, options)
    outcome = await dispatch(deps)
    await report.finish(outcome)
    const failure = outcome.failure && printable(outcome.failure)
    if (failure) core.setFailed(failure)
    return { outcome, failure }
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown))
    let message = error.message
    if (error instanceof FileError) {
      // The annotation marks the file and line in the pull request's diff; the failure line says where in plain text.
      log.error(message, { file: error.file, line: error.line, title: error.input })
      for (const other of error.also)
        log.error(other.message, { file: other.file, line: other.line, title: error.input })
      message = `${error.file}, line ${error.line}: ${message}`
    }
    const failure = printable(message)
    // Every run leaves a summary, an input error included.
    await report.fail(failure)
    core.setFailed(failure)
    return { outcome, error, failure }
  }
}

/** The operation, loaded when it runs: each is a chunk of the bundle, so a run compiles only the one it does. */
async function dispatch(deps: OperationDeps): Promise<Outcome> {
  switch (deps.operation) {
    case 'create':
      return (await import('../operations/create.js')).createOperation(deps)
    case 'sync-env':
      return (await import('../operations/sync-env.js')).syncEnvOperation(deps)
    case 'get':
      return (await import('../operations/get.js')).getOperation(deps)
    case 'delete':
      return (await import('../operations/delete.js')).deleteOperation(deps)
    case 'check':
      return (await import('../operations/check.js')).checkOperation(deps)
    case 'sweep':
      return (await import('../operations/sweep.js')).sweepOperation(deps)
  }
}

/**
 * A cancelled workflow sends SIGINT (then SIGTERM, then SIGKILL). The run lets a critical step in flight finish (a
 * create's answer, a migration and its record; at most CANCEL_GRACE_MS), says what exists, and exits non-zero: the
 * next run finds what this one made and finishes or removes it.
 */
function exitWhenCancelled(report: Report): void {
  let cancelled = false
  const cancel = (signal: NodeJS.Signals): void => {
    if (cancelled) return
    cancelled = true
    void (async () => {
      const started = Date.now()
      const finished = await criticalSettled(CANCEL_GRACE_MS)
      await finishCancelled(CANCEL_GRACE_MS - (Date.now() - started))
      const message =
        `The run was cancelled (${signal})${finished ? '' : ' while a step was still running'}. ${report.describeState()} ` +
        'Run the job again: the next run finds what this one made and finishes it, or its teardown removes it.'
      await report.fail(printable(message)).catch(() => {})
      core.setFailed(printable(message))
      process.exit(1)
    })()
  }
  process.once('SIGINT', cancel)
  process.once('SIGTERM', cancel)
}
