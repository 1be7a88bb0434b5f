import type { GetDeps } from './deps.js'
import type { Outcome } from './outcome.js'
import { describeTenant, readTenantOrFail, reportEnv, reportTenant } from './tenant-facts.js'

/** Read a tenant and its env hash; a missing tenant fails the step. */
export async function getOperation(deps: GetDeps): Promise<Outcome> {
  const { tenant, env } = await readTenantOrFail(deps.settings.tenantId, deps)
  reportTenant(tenant, deps)
  reportEnv(env, deps)
  deps.log.info(`Found ${describeTenant(tenant)}.`)
  return { result: 'found', changed: false }
}
