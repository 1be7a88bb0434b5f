import * as core from '@actions/core'
import { CloudClient } from './cloud/client.js'
import { loadEnvFile } from './env/load.js'
import { EnvFileError } from './env/entry.js'
import { PreviewComments } from './github/preview-comment.js'
import { createOperation } from './operations/create.js'
import { deleteOperation } from './operations/delete.js'
import type { OperationDeps } from './operations/deps.js'
import { getOperation } from './operations/get.js'
import { syncEnvOperation } from './operations/sync-env.js'
import { Report, type Outcome } from './report.js'
import { maskSecret } from './secrets.js'
import { readSettings, type Operation } from './settings.js'

const OPERATIONS: Record<Operation, (deps: OperationDeps) => Promise<Outcome>> = {
  create: createOperation,
  delete: deleteOperation,
  'sync-env': syncEnvOperation,
  get: getOperation
}

const log = { info: core.info, warning: core.warning }

/** Settings -> operation -> report. The one place that fails the step. */
export async function run(): Promise<void> {
  let report: Report | undefined
  try {
    const settings = readSettings()
    // The env file is read and checked before the first API call, and its values masked at once.
    let entries
    if (settings.envFile) {
      entries = loadEnvFile(settings.envFile, settings.workspace, settings.environment)
      for (const entry of entries) maskSecret(entry.value)
      core.info(`Read ${entries.length} key${entries.length === 1 ? '' : 's'} from ${settings.envFile}.`)
    }
    report = new Report(settings.operation)
    const cloud = new CloudClient({
      endpoint: settings.apiEndpoint,
      pat: settings.pat,
      hooks: {
        onRetry: (error, attempt, delayMs) =>
          core.info(`Hasura Cloud: ${error.message}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)} s.`)
      }
    })
    const preview =
      settings.pullRequest && settings.comment && (settings.operation === 'create' || settings.operation === 'delete')
        ? new PreviewComments(settings.githubToken, settings.pullRequest, log)
        : undefined
    const outcome = await OPERATIONS[settings.operation]({ settings, cloud, report, entries, preview, log })
    await report.finish(outcome)
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error)
    if (error instanceof EnvFileError) {
      // The annotation marks the file and line in the pull request's diff; the failure line says where in plain text.
      core.error(message, { file: error.file, startLine: error.line, title: 'env-file' })
      message = `${error.file}, line ${error.line}: ${message}`
    }
    // Every run leaves a summary, an input error included.
    await (report ?? new Report('(not started)')).fail(message)
    core.setFailed(message)
  }
}
