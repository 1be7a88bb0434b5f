import { findPreview } from '../preview/find.js'
import { previewName } from '../preview/name.js'
import type { OperationDeps } from './deps.js'
import type { Outcome } from './outcome.js'
import { dropPreviewDatabase } from './preview-database.js'
import type { DeleteSettings } from './settings.js'
import { reportTenant } from './tenant-facts.js'

type Deps = OperationDeps<DeleteSettings>

/**
 * Delete a tenant: the one `tenant-id` names, or on a pull request its preview (see findPreview: deleted only when
 * its own marker names this pull request). A tenant that is already gone is a warning, never a failure, so teardown
 * jobs stay green. Then the preview database, if ours, and the comment says the preview is gone.
 */
export async function deleteOperation(deps: Deps): Promise<Outcome> {
  const { settings, log, preview } = deps
  const pr = settings.pullRequest
  const comment = preview ? await preview.find() : undefined
  let target: { tenantId: string; gone: boolean } | undefined
  if (settings.tenantId) {
    target = { tenantId: settings.tenantId, gone: false }
  } else if (pr) {
    const search = await findPreview(deps.cloud, pr, { commentTenantId: comment?.tenantId, name: previewName(pr) }, log)
    if (search.found) reportTenant(search.found.tenant, deps)
    target = search.found
      ? { tenantId: search.found.tenant.id, gone: false }
      : search.gone
        ? { tenantId: search.gone, gone: true }
        : undefined
  }

  let result: 'deleted' | 'not-found' | 'planned' = 'not-found'
  if (!target) {
    log.warning(
      'No preview tenant of this pull request was found (by its comment, its name and its marker): nothing to delete.'
    )
  } else {
    deps.report.setTenant({ tenantId: target.tenantId })
    if (target.gone) {
      log.warning(`Tenant ${target.tenantId} does not exist (already deleted?): nothing to delete.`)
    } else if (settings.dryRun) {
      log.info(`Dry run: tenant ${target.tenantId} would be deleted; nothing written.`)
      result = 'planned'
    } else {
      result = await deps.cloud.deleteTenant(target.tenantId)
      if (result === 'not-found')
        log.warning(`Tenant ${target.tenantId} does not exist (already deleted?): nothing to delete.`)
      else log.info(`Deleted tenant ${target.tenantId}.`)
    }
  }
  // A database that cannot be dropped must not hide that the tenant is gone: the comment still says so.
  let dropFailure: string | undefined
  if (pr) {
    await dropPreviewDatabase(pr, deps).catch((error: unknown) => {
      dropFailure = error instanceof Error ? error.message : String(error)
    })
  }
  // Only a tenant that is gone now is reported: a comment naming someone else's tenant, or one that already says
  // the preview was deleted, stays as it is.
  if (
    preview &&
    comment &&
    target &&
    !settings.dryRun &&
    (!settings.tenantId || settings.tenantId === comment.tenantId)
  ) {
    await preview.markDeleted(comment, target.tenantId)
  }
  const outcome: Outcome = { result, changed: result !== 'not-found' }
  if (dropFailure) {
    outcome.failure = `${result === 'deleted' ? 'The tenant was deleted, but its' : 'The'} preview database was not dropped: ${dropFailure}`
  }
  return outcome
}
