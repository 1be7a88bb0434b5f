import type { PreviewState } from '../github/preview-comment.js'
import { findPreview, judgeJournal } from '../preview/find.js'
import { previewName } from '../preview/name.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import type { DeleteDeps, PreviewDatabaseStore } from './deps.js'
import type { Outcome } from './outcome.js'
import { dropPreviewDatabases, withPreviewDatabases } from './preview-database.js'
import { reportTenant } from './tenant-facts.js'

type Deps = DeleteDeps

/**
 * Delete a tenant: the one `tenant-id` names, or on a pull request its preview (see findPreview: deleted only when
 * its own marker names this pull request). A tenant that is already gone is a warning, never a failure, so teardown
 * jobs stay green. Then the preview database, if ours, and the comment says the preview is gone.
 */
export function deleteOperation(deps: Deps): Promise<Outcome> {
  const pr = deps.settings.pullRequest
  return withPreviewDatabases(deps, (store) => deletePreview(pr, store, deps))
}

async function deletePreview(
  pr: PullRequestRef | undefined,
  store: PreviewDatabaseStore | undefined,
  deps: Deps
): Promise<Outcome> {
  const { settings, log, preview } = deps
  const comment = preview ? await preview.find() : undefined
  let target: { tenantId: string; gone: boolean } | undefined
  if (settings.tenantId) {
    target = { tenantId: settings.tenantId, gone: false }
  } else if (pr) {
    target = await findTarget(pr, store, comment, deps)
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
  if (pr && store) {
    await dropPreviewDatabases(pr, store, deps).catch((error: unknown) => {
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
 * The pull request's tenant: the one its journal ties to it (marked or not: a create killed before the marker), else
 * the one findPreview finds; `gone` when the only lead is a comment naming a tenant that no longer exists.
 */
async function findTarget(
  pr: PullRequestRef,
  store: PreviewDatabaseStore | undefined,
  comment: PreviewState | undefined,
  deps: Deps
): Promise<{ tenantId: string; gone: boolean } | undefined> {
  const { log } = deps
  const journal = store ? await store.journal(previewName(pr), pr) : {}
  const journaled = await judgeJournal(deps.cloud, pr, journal, log)
  if (journaled.kind === 'tenant') {
    reportTenant(journaled.read.tenant, deps)
    return { tenantId: journaled.read.tenant.id, gone: false }
  }
  if (journaled.kind === 'ambiguous') {
    log.warning(
      `A create of this pull request's preview ended before it answered, and these projects were made since: ` +
        `${journaled.candidates.map((project) => project.name).join(', ')}; none can be tied to it, none is deleted.`
    )
  }
  const search = await findPreview(
    deps.cloud,
    pr,
    {
      commentTenantId: comment?.tenantId,
      name: previewName(pr),
      openedAt: deps.settings.pullRequest?.openedAt
    },
    log
  )
  if (search.found) {
    reportTenant(search.found.tenant, deps)
    return { tenantId: search.found.tenant.id, gone: false }
  }
  return search.gone ? { tenantId: search.gone, gone: true } : undefined
}
