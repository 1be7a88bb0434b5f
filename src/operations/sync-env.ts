import type { Outcome } from '../action/report.js'
import type { SyncEnvSettings } from '../action/settings.js'
import type { OperationDeps } from './deps.js'
import { syncTenantEnv } from './env-write.js'
import {
  applySchemaIfGiven,
  readTenantOrFail,
  reportEnv,
  reportTenant,
  waitIfAsked,
  withActionEntries
} from './tenant.js'

/** Bring a tenant's env to the env file (and the database URL), then apply the Hasura project if one is given. */
export async function syncEnvOperation(deps: OperationDeps<SyncEnvSettings>): Promise<Outcome> {
  const { settings } = deps
  const { tenant, env } = await readTenantOrFail(settings.tenantId, deps)
  reportTenant(tenant, deps)
  const entries = withActionEntries(deps.entries, {
    databaseUrl: settings.databaseUrl,
    databaseUrlEnv: settings.databaseUrlEnv
  })
  const sync = await syncTenantEnv(tenant.id, entries, env, settings, deps)
  reportEnv(sync.env, deps)
  if (!settings.dryRun && (sync.result === 'updated' || deps.applySchema)) {
    await waitIfAsked(tenant.project.endpoint, deps)
  }
  await applySchemaIfGiven(tenant.project.endpoint, sync.env, deps)
  return { result: sync.result, changed: sync.changed, changes: sync.changes }
}
