import type { OperationDeps } from './deps.js'
import type { Outcome } from './outcome.js'
import type { GetSettings } from './settings.js'
import { describeTenant, readTenantOrFail, reportEnv, reportTenant } from './tenant-facts.js'

/** Read a tenant and its env hash; a missing tenant fails the step. */
export async function getOperation(deps: OperationDeps<GetSettings>): Promise<Outcome> {
  const { tenant, env } = await readTenantOrFail(deps.settings.tenantId, deps)
  reportTenant(tenant, deps)
  reportEnv(env, deps)
  deps.log.info(`Found ${describeTenant(tenant)}.`)
  return { result: 'found', changed: false }
}
