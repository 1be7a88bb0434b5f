import type { Outcome } from '../action/report.js'
import type { GetSettings } from '../action/settings.js'
import type { OperationDeps } from './deps.js'
import { describeTenant, readTenantOrFail, reportEnv, reportTenant } from './tenant.js'

/** Read a tenant and its env hash; a missing tenant fails the step. */
export async function getOperation(deps: OperationDeps<GetSettings>): Promise<Outcome> {
  const { tenant, env } = await readTenantOrFail(deps.settings.tenantId, deps)
  reportTenant(tenant, deps)
  reportEnv(env, deps)
  deps.log.info(`Found ${describeTenant(tenant)}.`)
  return { result: 'found', changed: false }
}
