import type { TenantEnv } from '../cloud/client.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import { SchemaError } from '../engine/errors.js'
import type { OperationDeps, PreviewDatabaseRef, SchemaApplyRequest } from './deps.js'

/** What the direct path did to the new preview databases while the tenant booted (see startDirectMigrations). */
export type EarlyMigrations = Promise<{ migrations: number; seeds: number; error?: unknown }>

/** What a failure says this run applied before it (see SchemaError). */
function appliedBefore(error: unknown): { migrations: number; seeds: number } {
  const { migrationsApplied, seedsApplied } = (error ?? {}) as { migrationsApplied?: unknown; seedsApplied?: unknown }
  return {
    migrations: typeof migrationsApplied === 'number' ? migrationsApplied : 0,
    seeds: typeof seedsApplied === 'number' ? seedsApplied : 0
  }
}

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
      // The migrations and seed files applied before the one that stopped it count too.
      const before = appliedBefore(error)
      return { migrations: done.migrations + before.migrations, seeds: done.seeds + before.seeds, error }
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
  // A file the database refused stays refused: the engine path stops there with that failure (and its line).
  const refused = direct.error instanceof SchemaError ? direct.error : undefined
  if (direct.error !== undefined && !refused) {
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
    ),
    refused
  }
  const applied = await deps.applySchema(endpoint, secret, settled).catch((error: unknown) => {
    // What did apply before the failure is in the outputs too (a seed file failing after the migrations, say).
    if (error instanceof SchemaError) {
      const before = appliedBefore(error)
      deps.report.setMigrationsApplied(direct.migrations + before.migrations)
      if (request?.onSeeded) deps.report.setSeedsApplied(direct.seeds + before.seeds)
    }
    throw error
  })
  const migrations = direct.migrations + applied.migrationsApplied
  deps.report.setMigrationsApplied(migrations)
  if (request?.onSeeded) deps.report.setSeedsApplied(direct.seeds + applied.seedsApplied)
  return migrations
}
