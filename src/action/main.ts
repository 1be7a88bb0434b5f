import * as core from '@actions/core'
import { CloudClient } from '../cloud/client.js'
import { FileError } from '../core/errors.js'
import { PreviewComments } from '../github/preview-comment.js'
import { actionsLogger as log, printable } from '../core/log.js'
import { checkOperation } from '../operations/check.js'
import { createOperation } from '../operations/create.js'
import { deleteOperation } from '../operations/delete.js'
import type { OperationDeps, PreviewDatabaseStore, SchemaApplied } from '../operations/deps.js'
import { getOperation } from '../operations/get.js'
import { sweepOperation } from '../operations/sweep.js'
import { syncEnvOperation } from '../operations/sync-env.js'
import { PREVIEW_MARKER_KEY, type PullRequestRef } from '../preview/name.js'
import { Report, type Outcome } from './report.js'
import { maskSecret } from './secrets.js'
import { readOperationName, readSettings, type Settings } from './settings.js'

/** Settings -> operation -> report. The one place that fails the step. */
export async function run(): Promise<void> {
  const report = new Report(readOperationName())
  try {
    const settings = readSettings()
    const deps = await prepare(settings, report)
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

/** Everything an operation needs, with every file read and checked before the first API call. */
async function prepare(settings: Settings, report: Report): Promise<OperationDeps> {
  // Loaded only when there is a file: most deletes and gets need no YAML parser.
  const entries =
    'envFile' in settings && settings.envFile
      ? (await import('../env/load.js')).readEnvInput(settings, settings.envFile, log)
      : undefined
  const project =
    'hasuraProject' in settings && settings.hasuraProject
      ? (await import('../project/read.js')).readProject(settings.workspace, settings.hasuraProject)
      : undefined
  if (project) {
    log.info(`Read the Hasura project ${project.dir}: ${project.migrations.length} migrations.`)
  }

  // Literal values of the env file are in the repository: masking them (`info`, `1000`) would garble every log line.
  const literal = new Map((entries ?? []).filter((entry) => entry.literal).map((entry) => [entry.key, entry.value]))
  const cloud = new CloudClient({
    endpoint: settings.apiEndpoint,
    pat: settings.pat,
    hooks: {
      onRetry: (error, attempt, delayMs) =>
        log.info(`Hasura Cloud: ${error.message}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)} s.`)
    },
    onEnvRead: (vars) => {
      for (const [key, value] of Object.entries(vars)) {
        if (key !== PREVIEW_MARKER_KEY && literal.get(key) !== value) maskSecret(value)
      }
    }
  })

  const pr = settings.pullRequest
  const preview =
    pr && settings.comment && (settings.operation === 'create' || settings.operation === 'delete')
      ? new PreviewComments(settings.githubToken, pr, log)
      : undefined
  const repository = settings.repository
  const sweep = settings.operation === 'sweep' && repository
  const previewOf =
    sweep && settings.comment
      ? (ref: PullRequestRef) => new PreviewComments(settings.githubToken, { ...ref, headSha: '' }, log)
      : undefined
  const pullRequestState = sweep
    ? async (number: number) =>
        (await import('../github/pulls.js')).pullRequestState(settings.githubToken, repository, number)
    : undefined

  const serverUrl = 'postgresServerUrl' in settings ? settings.postgresServerUrl : undefined
  const databases = serverUrl
    ? async (): Promise<PreviewDatabaseStore> =>
        (await import('../database/preview-database.js')).PreviewDatabases.connect(serverUrl, log)
    : undefined

  const applySchema = project
    ? async (
        endpoint: string,
        adminSecret: string,
        options?: { freshDatabaseEnv?: string }
      ): Promise<SchemaApplied> => {
        const { applyProjectAt } = await import('../engine/apply.js')
        const applied = await applyProjectAt(project, endpoint, adminSecret, log, {
          dryRun: settings.dryRun,
          ...options
        })
        return { metadataSent: applied.metadataSent, migrationsApplied: applied.migrationsApplied.length }
      }
    : undefined

  return { settings, cloud, report, log, entries, preview, previewOf, pullRequestState, databases, applySchema }
}

function dispatch(deps: OperationDeps): Promise<Outcome> {
  const { settings } = deps
  switch (settings.operation) {
    case 'create':
      return createOperation({ ...deps, settings })
    case 'sync-env':
      return syncEnvOperation({ ...deps, settings })
    case 'get':
      return getOperation({ ...deps, settings })
    case 'delete':
      return deleteOperation({ ...deps, settings })
    case 'check':
      return checkOperation({ ...deps, settings })
    case 'sweep':
      return sweepOperation({ ...deps, settings })
  }
}
