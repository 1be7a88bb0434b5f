import { previewName } from '../github/context.js'
import type { Outcome } from '../report.js'
import type { OperationDeps } from './deps.js'

/** Delete a tenant; one that is already gone is a warning, never a failure, so teardown jobs stay green. */
export async function deleteOperation(deps: OperationDeps): Promise<Outcome> {
  const { settings, cloud, report, preview, log } = deps
  let tenantId = settings.tenantId
  const comment = !tenantId && preview ? await preview.find() : undefined
  if (comment?.tenantId) log.info(`The preview comment names tenant ${comment.tenantId}.`)
  if (!tenantId) {
    tenantId = comment?.tenantId ?? (await findByPreviewName(deps))
    if (!tenantId) {
      log.warning('No preview tenant is recorded on this pull request or named after it: nothing to delete.')
      return { result: 'not-found', changed: false }
    }
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

/**
 * Without a comment that names a tenant (it could not be written, or was deleted), the preview is found by
 * the name create gave it, so that teardown does not leak a tenant. Only an exact, single match counts.
 */
async function findByPreviewName({ settings, cloud, log, preview }: OperationDeps): Promise<string | undefined> {
  if (!settings.pullRequest || !preview) return undefined
  const name = previewName(settings.pullRequest)
  const matches = await cloud.findProjectsByName(name)
  if (matches.length > 1) {
    log.warning(`${matches.length} projects are named ${name}; not choosing one to delete.`)
    return undefined
  }
  if (matches[0]) log.info(`Found this pull request's preview by its name ${name}: tenant ${matches[0].tenantId}.`)
  return matches[0]?.tenantId
}
