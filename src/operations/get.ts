import { TenantNotFound } from '../cloud/errors.js'
import type { Outcome } from '../report.js'
import type { OperationDeps } from './deps.js'
import { maskedEnv, reportEnv, tenantFacts } from './sync-env.js'

/** Read a tenant and its env hash; a missing tenant fails the step. */
export async function getOperation(deps: OperationDeps): Promise<Outcome> {
  const tenantId = deps.settings.tenantId!
  try {
    const { tenant, env } = await deps.cloud.readTenant(tenantId)
    maskedEnv(env)
    deps.report.setTenant(tenantFacts(tenant))
    reportEnv(env, deps)
    deps.log.info(`Tenant ${tenant.id}: project ${tenant.project.name}, endpoint ${tenant.project.endpoint}.`)
    return { result: 'found', changed: false }
  } catch (error) {
    if (error instanceof TenantNotFound) throw new Error(`${error.message} Check input "tenant-id".`, { cause: error })
    throw error
  }
}
