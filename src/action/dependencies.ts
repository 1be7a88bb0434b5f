import { CloudClient, type CloudClientOptions } from '../cloud/client.js'
import type { Logger } from '../core/log.js'
import type { MigrationLedger } from '../engine/apply.js'
import type { EngineClientOptions } from '../engine/client.js'
import type {
  OperationDeps,
  PreviewDatabaseRef,
  PreviewDatabaseStore,
  RunReport,
  SchemaApplied,
  SchemaApplyRequest
} from '../operations/deps.js'
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
  engine?: Pick<EngineClientOptions, 'policy' | 'timeoutMs' | 'hooks'>
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
  const repository = settings.repository
  const now = options.now ?? (() => new Date())
  const sweep = settings.operation === 'sweep' && repository
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
  const pullRequestState = sweep
    ? async (number: number) =>
        (await import('../github/pulls.js')).pullRequestState(
          settings.githubToken,
          repository,
          number,
          log,
          options.github
        )
    : undefined

  const serverUrl = 'postgresServerUrl' in settings ? settings.postgresServerUrl : undefined
  // Every session on the server goes through this one connector; its sslrootcert file is read here, before any call.
  const postgres = serverUrl
    ? await (async () => {
        const [{ PostgresConnector }, { serverTls }] = await Promise.all([
          import('../database/connection.js'),
          import('../database/tls.js')
        ])
        const ca = 'postgresCa' in settings ? settings.postgresCa : undefined
        return new PostgresConnector(serverTls(serverUrl, { ca, workspace: settings.workspace }))
      })()
    : undefined
  const databases =
    serverUrl && postgres
      ? async (): Promise<PreviewDatabaseStore> =>
          (await import('../database/preview-database.js')).PreviewDatabases.connect(serverUrl, postgres, log)
      : undefined

  const migrationTimeoutMs = 'migrationTimeoutSeconds' in settings ? settings.migrationTimeoutSeconds * 1000 : undefined
  const applySchema = project
    ? async (endpoint: string, adminSecret: string, request: SchemaApplyRequest = {}): Promise<SchemaApplied> => {
        const [{ applyProjectAt }, { previewLedger }, { sourceEnvs }] = await Promise.all([
          import('../engine/apply.js'),
          import('../database/ledger.js'),
          import('../project/sources.js')
        ])
        // The sources reading a preview database keep their records in it, and get its seeds when they are pending.
        const ledgers = new Map<string, MigrationLedger>()
        const pending = new Map<string, () => Promise<void>>()
        for (const [source, env] of sourceEnvs(project.metadata)) {
          const database = request.previewDatabases?.find((candidate) => candidate.env === env)
          if (!database || !postgres) continue
          ledgers.set(
            source,
            previewLedger(postgres, database.url, database.name, database.fresh, migrationTimeoutMs ?? 60_000)
          )
          if (database.seedsPending) pending.set(source, async () => request.onSeeded?.(database.name))
        }
        const applied = await applyProjectAt(project, endpoint, adminSecret, log, {
          dryRun: settings.dryRun,
          ledgers,
          migrationTimeoutMs,
          seeds: pending.size > 0 ? { pending } : undefined,
          refused: request.refused
        })
        return {
          metadataSent: applied.metadataSent,
          migrationsApplied: applied.migrationsApplied.length,
          seedsApplied: applied.seedsApplied
        }
      }
    : undefined

  const migrateDirectly =
    project && postgres
      ? async (database: PreviewDatabaseRef): Promise<{ migrations: number; seeds: number }> => {
          const [{ applyDirectly, DirectApplyError }, { refusedMigration, refusedSeed }, { sourceEnvs }] =
            await Promise.all([
              import('../database/migrate.js'),
              import('../engine/apply.js'),
              import('../project/sources.js')
            ])
          const sources = [...sourceEnvs(project.metadata)].filter(([, env]) => env === database.env).map(([s]) => s)
          const migrations = project.migrations.filter((migration) => sources.includes(migration.database))
          const seeds = database.seedsPending ? project.seeds.filter((seed) => sources.includes(seed.database)) : []
          try {
            const applied = await applyDirectly(postgres, database.url, database.name, migrations, seeds, {
              fresh: database.fresh,
              waitMs: migrationTimeoutMs ?? 60_000,
              timeoutMs: migrationTimeoutMs
            })
            if (applied.migrations.length > 0) {
              log.info(
                `Applied ${applied.migrations.length} migrations to ${sources.join(', ')} (${database.name}) while ` +
                  'the project boots.'
              )
            }
            return { migrations: applied.migrations.length, seeds: applied.seeds }
          } catch (error) {
            if (!(error instanceof DirectApplyError)) throw error
            const refusal = { ...error.refusal, timeoutMs: migrationTimeoutMs }
            const refuse = error.kind === 'migration' ? refusedMigration : refusedSeed
            const failure = refuse(error.file, sources.join(', '), error.reason, refusal)
            failure.migrationsApplied = error.applied.migrations
            failure.seedsApplied = error.applied.seeds
            throw failure
          }
        }
      : undefined

  return {
    settings,
    cloud,
    report,
    log,
    entries,
    project,
    preview,
    previewOf,
    pullRequestState,
    databases,
    applySchema,
    migrateDirectly,
    now,
    waits: options.cloud?.hooks && {
      sleep: options.cloud.hooks.sleep,
      now: options.cloud.hooks.now,
      random: options.cloud.hooks.random
    },
    clientOperations,
    engine: options.engine
  }
}
