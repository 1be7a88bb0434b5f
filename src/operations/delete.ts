import type { Outcome } from '../report.js'
import type { OperationDeps } from './deps.js'

/** Delete a tenant; one that is already gone is a warning, never a failure, so teardown jobs stay green. */
export async function deleteOperation(deps: OperationDeps): Promise<Outcome> {
  const { settings, cloud, report, preview, log } = deps
  let tenantId = settings.tenantId
  const comment = !tenantId && preview ? await preview.find() : undefined
  if (!tenantId) {
    tenantId = comment?.tenantId
    if (!tenantId) {
      log.warning('No preview tenant is recorded on this pull request: nothing to delete.')
      return { result: 'not-found', changed: false }
    }
    log.info(`The preview comment names tenant ${tenantId}.`)
  }
  report.setTenant({ tenantId })
  if (settings.dryRun) {
    log.info(`Dry run: tenant ${tenantId} would be deleted; nothing written.`)
    return { result: 'planned', changed: true }
  }
  const status = await cloud.deleteTenant(tenantId)
  if (status === 'not-found') {
    log.warning(`Tenant ${tenantId} does not exist (already deleted?): nothing to delete.`)
  } else {
    log.info(`Deleted tenant ${tenantId}.`)
  }
  if (comment) await preview!.markDeleted(comment, tenantId)
  return { result: status, changed: status === 'deleted' }
}
