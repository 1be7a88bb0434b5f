import { CloudClient } from '../cloud/client.js'
import type { Logger } from '../core/log.js'
import type { OperationDeps, PreviewDatabaseStore, RunReport, SchemaApplied } from '../operations/deps.js'
import type { Settings } from '../operations/settings.js'
import { actionKeyInFile, isMarkerKey } from '../preview/marker.js'
import type { PullRequestRef } from '../preview/pull-request.js'

/**
 * Everything an operation needs, with every file read and checked before the first API call. What only some
 * operations use (the YAML parsers, Octokit, pg, the engine client) is loaded when they need it.
 */
export async function prepare(settings: Settings, report: RunReport, log: Logger): Promise<OperationDeps> {
  const entries =
    'envFile' in settings && settings.envFile
      ? (await import('../env/load.js')).readEnvInput(
          settings.envFile,
          {
            workspace: settings.workspace,
            environment: settings.environment,
            databaseUrlEnv:
              settings.databaseUrl || ('postgresServerUrl' in settings && settings.postgresServerUrl)
                ? settings.databaseUrlEnv
                : undefined,
            prune: settings.prune,
            actionKey: actionKeyInFile
          },
          log
        )
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
        if (!isMarkerKey(key) && literal.get(key) !== value) log.mask(value)
      }
    }
  })

  const pr = settings.pullRequest
  const repository = settings.repository
  const sweep = settings.operation === 'sweep' && repository
  const commentOn = pr && settings.comment && (settings.operation === 'create' || settings.operation === 'delete')
  const Comments =
    commentOn || (sweep && settings.comment)
      ? (await import('../github/preview-comment.js')).PreviewComments
      : undefined
  const preview = Comments && commentOn ? new Comments(settings.githubToken, pr, log) : undefined
  const previewOf =
    Comments && sweep
      ? (ref: PullRequestRef) => new Comments(settings.githubToken, { ...ref, headSha: '' }, log)
      : undefined
  const pullRequestState = sweep
    ? async (number: number) =>
        (await import('../github/pulls.js')).pullRequestState(settings.githubToken, repository, number, log)
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
