import type { Tenant } from '../cloud/client.js'
import { TenantNotFound } from '../cloud/errors.js'
import type { PreviewState } from '../github/preview-comment.js'
import { previewName, type PullRequestRef } from '../preview/name.js'
import type { Outcome } from '../action/report.js'
import type { DeleteSettings } from '../action/settings.js'
import type { OperationDeps } from './deps.js'
import { dropPreviewDatabase, isThisPreview, markerMismatch, reportTenant } from './tenant.js'

type Deps = OperationDeps<DeleteSettings>

/**
 * Delete a tenant: the one `tenant-id` names, or on a pull request its preview, found by the comment or the
 * preview name and deleted only when its own marker names this pull request. A tenant that is already gone is a
 * warning, never a failure, so teardown jobs stay green. Then the preview database, if ours.
 */
export async function deleteOperation(deps: Deps): Promise<Outcome> {
  const { settings, log } = deps
  const pr = settings.pullRequest
  const { preview } = deps
  const comment = preview ? await preview.find() : undefined
  const target = settings.tenantId
    ? { tenantId: settings.tenantId, gone: false }
    : pr && (await findPreview(pr, comment, deps))
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

/**
 * The pull request's preview: the tenant its comment names, else the project with its preview name. A candidate
 * whose marker does not name this pull request is left alone with a warning: a comment can be forged and two
 * repositories' names can normalise alike, but the marker is written by this action on the tenant itself.
 */
async function findPreview(
  pr: PullRequestRef,
  comment: PreviewState | undefined,
  deps: Deps
): Promise<{ tenantId: string; gone: boolean } | undefined> {
  let gone: string | undefined
  if (comment?.tenantId) {
    deps.log.info(`The preview comment names tenant ${comment.tenantId}.`)
    const verdict = await checkMarker(comment.tenantId, pr, deps)
    if (verdict === 'ours') return { tenantId: comment.tenantId, gone: false }
    if (verdict === 'gone') gone = comment.tenantId
  }
  const name = previewName(pr)
  const holder = (await deps.cloud.findProjects(name))[0]
  if (holder?.tenantId && holder.tenantId !== comment?.tenantId) {
    if ((await checkMarker(holder.tenantId, pr, deps)) === 'ours') {
      deps.log.info(`Found this pull request's preview by its name ${name}: tenant ${holder.tenantId}.`)
      return { tenantId: holder.tenantId, gone: false }
    }
  }
  return gone ? { tenantId: gone, gone: true } : undefined
}

async function checkMarker(tenantId: string, pr: PullRequestRef, deps: Deps): Promise<'ours' | 'gone' | 'not-ours'> {
  let read: { tenant: Tenant; env: { hash: string; vars: Record<string, string> } }
  try {
    read = await deps.cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) return 'gone'
    throw error
  }
  if (isThisPreview(read.env, pr)) {
    reportTenant(read.tenant, deps)
    return 'ours'
  }
  deps.log.warning(`Tenant ${tenantId} is not deleted: ${markerMismatch(read.env, pr)}.`)
  return 'not-ours'
}
