import type { TenantEnv } from '../cloud/client.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import { SchemaError } from '../engine/errors.js'
import type { MigrationLedger } from '../engine/apply.js'
import type { CreateDeps, PreviewDatabaseRef, SchemaApplyRequest, SyncEnvDeps } from './deps.js'
import { directWork, previewDatabaseOfSource } from './migration-plan.js'

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
  deps: CreateDeps,
  onSeeded: ((database: string) => Promise<void>) | undefined
): EarlyMigrations | undefined {
  const { project, server, settings, log } = deps
  const fresh = databases.filter((database) => database.fresh)
  if (!project || !server || settings.dryRun || fresh.length === 0) return undefined
  const timeoutMs = settings.migrationTimeoutSeconds * 1000
  return (async () => {
    const { applyDirectly } = await import('../database/migrate.js')
    const done = { migrations: 0, seeds: 0 }
    try {
      for (const database of fresh) {
        const { sources, migrations, seeds } = directWork(project, database)
        const target = { url: database.url, name: database.name, sources }
        const applied = await applyDirectly(server.connector, target, migrations, seeds, {
          fresh: database.fresh,
          waitMs: timeoutMs,
          timeoutMs
        })
        if (applied.migrations.length > 0) {
          log.info(
            `Applied ${applied.migrations.length} migrations to ${sources.join(', ')} (${database.name}) while the ` +
              'project boots.'
          )
        }
        done.migrations += applied.migrations.length
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
 * Apply the Hasura project, when one was given (after what the direct path applied, `early`), as `hasura deploy`
 * does (see engine/apply.ts), and report how many migrations and seed files ran in all. The sources reading a
 * preview database keep their record of applied migrations in it (a ledger), and get its seeds when pending.
 */
export async function applySchemaIfGiven(
  endpoint: string,
  env: TenantEnv,
  deps: CreateDeps | SyncEnvDeps,
  request: SchemaApplyRequest = {},
  early?: EarlyMigrations
): Promise<number | undefined> {
  const { project, settings, log } = deps
  if (!project) return undefined
  const direct = early ? await early : { migrations: 0, seeds: 0 }
  // A file the database refused stays refused: the engine path stops there with that failure (and its line).
  const refused = direct.error instanceof SchemaError ? direct.error : undefined
  if (direct.error !== undefined && !refused) {
    // The engine path takes over where the direct one stopped: it records what committed (the CLI's catalog state
    // then agrees), and a migration the database refuses fails there, with the same words.
    log.info(
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
  const timeoutMs = settings.migrationTimeoutSeconds * 1000
  const connector = deps.operation === 'create' ? deps.server?.connector : undefined
  const [{ applyProjectAt }, { previewLedger }] = await Promise.all([
    import('../engine/apply.js'),
    import('../database/ledger.js')
  ])
  const ledgers = new Map<string, MigrationLedger>()
  const pending = new Map<string, () => Promise<void>>()
  // Preview databases are the server's (postgres-server-url, create only): their ledgers are read through its connector.
  if (connector) {
    for (const [source, database] of previewDatabaseOfSource(project, request.previewDatabases ?? [])) {
      ledgers.set(source, previewLedger(connector, database.url, database.name, database.fresh, timeoutMs))
      // The databases the direct path finished have no seeds pending any more.
      const seeded = database.fresh && early !== undefined && direct.error === undefined
      if (database.seedsPending && !seeded) pending.set(source, async () => request.onSeeded?.(database.name))
    }
  }
  const applied = await applyProjectAt(project, endpoint, secret, log, {
    dryRun: settings.dryRun,
    ledgers,
    migrationTimeoutMs: timeoutMs,
    seeds: pending.size > 0 ? { pending } : undefined,
    refused,
    engine: deps.engine
  }).catch((error: unknown) => {
    // What did apply before the failure is in the outputs too (a seed file failing after the migrations, say).
    if (error instanceof SchemaError) {
      const before = appliedBefore(error)
      deps.report.setMigrationsApplied(direct.migrations + before.migrations)
      if (request.onSeeded) deps.report.setSeedsApplied(direct.seeds + before.seeds)
    }
    throw error
  })
  const migrations = direct.migrations + applied.migrationsApplied.length
  deps.report.setMigrationsApplied(migrations)
  if (request.onSeeded) deps.report.setSeedsApplied(direct.seeds + applied.seedsApplied)
  return migrations
}
