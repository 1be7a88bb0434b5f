import type { SyncEnvDeps } from './deps.js'
import { requireEnvTheProjectReads } from './env-needs.js'
import { syncTenantEnv, withActionEntries } from './env-write.js'
import { waitIfAsked } from './health-wait.js'
import type { Outcome } from './outcome.js'
import { applySchemaIfGiven } from './schema-apply.js'
import { readTenantOrFail, reportEnv, reportTenant } from './tenant-facts.js'

/** Bring a tenant's env to the env file (and the database URL), then apply the Hasura project if one is given. */
export async function syncEnvOperation(deps: SyncEnvDeps): Promise<Outcome> {
  const { settings } = deps
  const { tenant, env } = await readTenantOrFail(settings.tenantId, deps)
  reportTenant(tenant, deps)
  requireEnvTheProjectReads(deps, env.vars)
  const databases = settings.databaseUrl ? [{ env: settings.databaseUrlEnv, url: settings.databaseUrl }] : []
  const entries = withActionEntries(deps.entries, { databases })
  const sync = await syncTenantEnv(tenant.id, entries, env, settings, deps)
  reportEnv(sync.env, deps)
  if (!settings.dryRun && (sync.result === 'updated' || deps.project)) {
    await waitIfAsked(tenant.project.endpoint, deps)
  }
  await applySchemaIfGiven(tenant.project.endpoint, sync.env, deps)
  return { result: sync.result, changed: sync.changed, changes: sync.changes }
}
