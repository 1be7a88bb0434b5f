import type { Tenant, TenantEnv } from '../cloud/client.js'
import { TenantNotFound } from '../cloud/errors.js'
import { graphqlUrl } from '../core/endpoints.js'
import { InputError } from '../core/errors.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { TenantRead } from '../preview/find.js'
import type { OperationDeps } from './deps.js'

/** The tenant `tenant-id` names, and its env; a missing tenant is an input error naming `tenant-id`. */
export async function readTenantOrFail(tenantId: string, deps: OperationDeps): Promise<TenantRead> {
  try {
    return await deps.cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) throw new InputError(`${error.message} Check input "tenant-id".`)
    throw error
  }
}

/** The tenant's outputs: set the moment it is known, so a later failure still leaves them for teardown. */
export function reportTenant(tenant: Tenant, deps: OperationDeps): void {
  deps.report.setTenant({
    tenantId: tenant.id,
    projectId: tenant.project.id,
    name: tenant.project.name,
    slug: tenant.slug,
    endpoint: tenant.project.endpoint
  })
}

/** The outputs every env-reading operation sets: the hash and the admin secret. */
export function reportEnv(env: TenantEnv, deps: OperationDeps): void {
  deps.report.setHash(env.hash)
  deps.report.setAdminSecret(env.vars[ADMIN_SECRET_KEY])
}

export function describeTenant(tenant: Tenant): string {
  return `tenant ${tenant.id} (project ${tenant.project.name}, ${graphqlUrl(tenant.project.endpoint)})`
}
