import { CloudClient, type CloudClientOptions } from '../cloud/client.js'
import type { Logger } from '../core/log.js'
import type { EngineBudgets } from '../engine/client.js'
import type { Clock } from '../http/retry.js'
import type { OperationDeps, PostgresServer, RunReport } from '../operations/deps.js'
import type { Settings } from '../operations/settings.js'
import { actionKeyInFile, isActionKey } from '../preview/marker.js'
import type { OctokitTiming } from '../github/octokit.js'
import type { PullRequestRef } from '../preview/pull-request.js'

/** Budgets and clocks a test may make small; a run of the action uses the defaults. */
export interface PrepareOptions {
  /** The Cloud client's retry policy, per-request timeout and clock (sleep, now, random). */
  cloud?: Pick<CloudClientOptions, 'policy' | 'requestTimeoutMs' | 'hooks'>
  /** The time of day, for expiries and the comment; default the system's. */
  now?: () => Date
  /** Octokit's plugins' waits and write pacing; default theirs. */
  github?: OctokitTiming
  /** The budgets of the clients of the reference's and the preview's own APIs (compare-tenant-id); default the engine's. */
  engine?: EngineBudgets
}

/**
 * Everything an operation needs, with every file read and checked before the first API call. What only some
 * operations use (the YAML parsers, Octokit, pg, the engine client) is loaded when they need it.
 */
export async function prepare(
  settings: Settings,
  report: RunReport,
  log: Logger,
  options: PrepareOptions = {}
): Promise<OperationDeps> {
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
      ? (await import('../project/read.js')).readProject(settings.workspace, settings.hasuraProject, {
          seeds: 'seeds' in settings && settings.seeds
        })
      : undefined
  if (project) {
    log.info(`Read the Hasura project ${project.dir}: ${project.migrations.length} migrations.`)
  }
  const clientOperations =
    settings.operation === 'create' && settings.compareTenantId && project
      ? await (async () => {
          const { allowListQueries, collectionOperations, readOperationFiles } =
            await import('../clients/operations.js')
          return {
            files: settings.operations.length > 0 ? readOperationFiles(settings.workspace, settings.operations) : [],
            allowList: collectionOperations(allowListQueries(project))
          }
        })()
      : undefined

  // Literal values of the env file are in the repository: masking them (`info`, `1000`) would garble every log line.
  const literal = new Map((entries ?? []).filter((entry) => entry.literal).map((entry) => [entry.key, entry.value]))
  const cloud = new CloudClient({
    endpoint: settings.apiEndpoint,
    pat: settings.pat,
    policy: options.cloud?.policy,
    requestTimeoutMs: options.cloud?.requestTimeoutMs,
    // The log is where retries show.
    hooks: {
      ...options.cloud?.hooks,
      onRetry: (error, attempt, delayMs) =>
        log.info(`Hasura Cloud: ${error.message}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)} s.`)
    },
    onEnvRead: (vars) => {
      for (const [key, value] of Object.entries(vars)) {
        if (!isActionKey(key) && literal.get(key) !== value) log.mask(value)
      }
    }
  })

  const pr = settings.pullRequest
  const now = options.now ?? (() => new Date())
  const sweep = settings.operation === 'sweep'
  // A create with a cap deletes other pull requests' expired previews, and says so on their comments.
  const capped = settings.operation === 'create' && settings.maxPreviews !== undefined
  const commentOn = pr && settings.comment && (settings.operation === 'create' || settings.operation === 'delete')
  const othersCommentOn = settings.comment && (sweep || capped)
  const Comments =
    commentOn || othersCommentOn ? (await import('../github/preview-comment.js')).PreviewComments : undefined
  const preview = Comments && commentOn ? new Comments(settings.githubToken, pr, log, now, options.github) : undefined
  const previewOf =
    Comments && othersCommentOn
      ? (ref: PullRequestRef) => new Comments(settings.githubToken, { ...ref, headSha: '' }, log, now, options.github)
      : undefined
  const serverUrl = 'postgresServerUrl' in settings ? settings.postgresServerUrl : undefined
  // Every session on the server goes through this one connector; its sslrootcert file is read here, before any call.
  const server = serverUrl
    ? await (async (): Promise<PostgresServer> => {
        const { PostgresConnector } = await import('../database/connection.js')
        const { serverTls } = await import('../database/tls.js')
        const ca = 'postgresCa' in settings ? settings.postgresCa : undefined
        const connector = new PostgresConnector(serverTls(serverUrl, { ca, workspace: settings.workspace }))
        return {
          connector,
          databases: async () =>
            (await import('../database/preview-database.js')).PreviewDatabases.connect(serverUrl, connector, log)
        }
      })()
    : undefined

  // One clock for every retry and wait of the run: the Cloud client's, the engine clients', the health wait's.
  const waits: Clock = {
    sleep: options.cloud?.hooks?.sleep,
    now: options.cloud?.hooks?.now,
    random: options.cloud?.hooks?.random
  }
  const engine: EngineBudgets = { ...options.engine, hooks: { ...waits, ...options.engine?.hooks } }
  const common = { cloud, report, log, now, waits }
  switch (settings.operation) {
    case 'create':
      return {
        ...common,
        operation: 'create',
        settings,
        entries,
        project,
        engine,
        preview,
        previewOf,
        server,
        clientOperations
      }
    case 'sync-env':
      return { ...common, operation: 'sync-env', settings, entries, project, engine }
    case 'get':
      return { ...common, operation: 'get', settings }
    case 'check':
      return { ...common, operation: 'check', settings }
    case 'delete':
      return { ...common, operation: 'delete', settings, preview, server }
    case 'sweep':
      return {
        ...common,
        operation: 'sweep',
        settings,
        previewOf,
        server,
        pullRequestState: async (number) =>
          (await import('../github/pulls.js')).pullRequestState(
            settings.githubToken,
            settings.repository,
            number,
            log,
            options.github
          )
      }
  }
}
