import type { TenantEnv } from '../cloud/client.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { OperationDeps, PreviewDatabaseRef, SchemaApplyRequest } from './deps.js'

/** What the direct path did to the new preview databases while the tenant booted (see startDirectMigrations). */
export type EarlyMigrations = Promise<{ migrations: number; seeds: number; error?: unknown }>

/**
 * Starts applying the project's migrations (and pending seeds) to the preview databases this run made, over the
 * action's own connection, so that they run while the tenant is created and boots. Never rejects: a failure is kept
 * for applySchemaIfGiven, which reports it where the engine path would. Nothing in a dry run.
 */
export function startDirectMigrations(
  databases: PreviewDatabaseRef[],
  deps: OperationDeps,
  onSeeded: ((database: string) => Promise<void>) | undefined
): EarlyMigrations | undefined {
  const migrate = deps.migrateDirectly
  const fresh = databases.filter((database) => database.fresh)
  if (!migrate || deps.settings.dryRun || fresh.length === 0) return undefined
  return (async () => {
    const done = { migrations: 0, seeds: 0 }
    try {
      for (const database of fresh) {
        const applied = await migrate(database)
        done.migrations += applied.migrations
        done.seeds += applied.seeds
        if (database.seedsPending) await onSeeded?.(database.name)
      }
      return done
    } catch (error) {
      // The migrations applied before the one that stopped it count too.
      const before = (error as { migrationsApplied?: unknown }).migrationsApplied
      return { ...done, migrations: done.migrations + (typeof before === 'number' ? before : 0), error }
    }
  })()
}

/**
 * Apply the Hasura project, when one was given (after what the direct path applied, `early`), and report how many
 * migrations and seed files ran in all.
 */
export async function applySchemaIfGiven(
  endpoint: string,
  env: TenantEnv,
  deps: OperationDeps,
  request?: SchemaApplyRequest,
  early?: EarlyMigrations
): Promise<number | undefined> {
  if (!deps.applySchema) return undefined
  const direct = early ? await early : { migrations: 0, seeds: 0 }
  if (direct.error !== undefined) {
    // The engine path takes over where the direct one stopped: it records what committed (the CLI's catalog state
    // then agrees), and a migration the database refuses fails there, with the same words.
    deps.log.info(
      `Applying the migrations directly stopped (${(direct.error as Error).message}); the engine applies the rest.`
    )
  }
  const secret = env.vars[ADMIN_SECRET_KEY]
  if (!secret) {
    throw new Error(
      `The project has no ${ADMIN_SECRET_KEY}, so the action cannot apply "hasura-project" over its metadata API. ` +
        'Set the key in the env file (a secret through ${NAME}).'
    )
  }
  // The databases the direct path finished have no seeds pending any more.
  const settled: SchemaApplyRequest | undefined = request && {
    ...request,
    previewDatabases: request.previewDatabases?.map((database) =>
      database.fresh && early && direct.error === undefined ? { ...database, seedsPending: false } : database
    )
  }
  const applied = await deps.applySchema(endpoint, secret, settled).catch((error: unknown) => {
    const count = (error as { migrationsApplied?: unknown }).migrationsApplied
    if (typeof count === 'number') deps.report.setMigrationsApplied(direct.migrations + count)
    throw error
  })
  const migrations = direct.migrations + applied.migrationsApplied
  deps.report.setMigrationsApplied(migrations)
  if (request?.onSeeded) deps.report.setSeedsApplied(direct.seeds + applied.seedsApplied)
  return migrations
}
