import * as core from '@actions/core'
import { FileError } from '../core/errors.js'
import { printable } from '../core/log.js'
import type { OperationDeps } from '../operations/deps.js'
import type { Outcome } from '../operations/outcome.js'
import { prepare } from './dependencies.js'
import { actionsLogger as log } from './log.js'
import { Report } from './report.js'
import { readOperationName, readSettings } from './settings.js'

/** Settings -> operation -> report. The one place that fails the step. */
export async function run(): Promise<void> {
  const report = new Report(readOperationName())
  try {
    const settings = readSettings()
    const deps = await prepare(settings, report, log)
    const outcome = await dispatch(deps)
    await report.finish(outcome)
    if (outcome.failure) core.setFailed(printable(outcome.failure))
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error)
    if (error instanceof FileError) {
      // The annotation marks the file and line in the pull request's diff; the failure line says where in plain text.
      log.error(message, { file: error.file, line: error.line, title: error.input })
      message = `${error.file}, line ${error.line}: ${message}`
    }
    // Every run leaves a summary, an input error included.
    await report.fail(printable(message))
    core.setFailed(printable(message))
  }
}

/** The operation, loaded when it runs: each is a chunk of the bundle, so a run compiles only the one it does. */
async function dispatch(deps: OperationDeps): Promise<Outcome> {
  const { settings } = deps
  switch (settings.operation) {
    case 'create':
      return (await import('../operations/create.js')).createOperation({ ...deps, settings })
    case 'sync-env':
      return (await import('../operations/sync-env.js')).syncEnvOperation({ ...deps, settings })
    case 'get':
      return (await import('../operations/get.js')).getOperation({ ...deps, settings })
    case 'delete':
      return (await import('../operations/delete.js')).deleteOperation({ ...deps, settings })
    case 'check':
      return (await import('../operations/check.js')).checkOperation({ ...deps, settings })
    case 'sweep':
      return (await import('../operations/sweep.js')).sweepOperation({ ...deps, settings })
  }
}
