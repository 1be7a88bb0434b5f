import type { ProjectSummary, Tenant } from '../cloud/client.js'
import { plural } from '../core/words.js'
import type { EnvEntry } from '../env/entry.js'
import { findMarkedPreviews, type MarkedPreview, type TenantRead } from '../preview/find.js'
import { expiryEntry, expiryOf } from '../preview/marker.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import type { CreateDeps, OperationDeps, PreviewDatabaseStore, SweepDeps } from './deps.js'
import { dropPreviewDatabases } from './preview-database.js'

/** The time of day, as the run's clock tells it. */
export function timeOf(deps: Pick<OperationDeps, 'now'>): Date {
  return deps.now?.() ?? new Date()
}

/**
 * An expiry renewed less than this part of the window ago stands: the same value, so a push soon after the last one
 * writes no env (an env write restarts the project). A preview is deleted no sooner than 9/10 of `expire-after`
 * after its last push.
 */
const RENEWAL_SLACK = 0.1

export interface ExpiryPlan {
  /** The env entry to write with the rest: the expiry, or null to remove one an earlier run wrote. */
  entry?: EnvEntry
  /** When the preview expires after this run. */
  at?: Date
}

/**
 * What a create writes about the preview's expiry, given its tenant's env (undefined for a new tenant): with
 * `expire-after`, that long from now (see RENEWAL_SLACK); without, an expiry an earlier run wrote goes.
 */
export function planExpiry(
  vars: Readonly<Record<string, string>> | undefined,
  deps: Pick<CreateDeps, 'settings' | 'now'>
): ExpiryPlan {
  const window = deps.settings.expireAfter
  if (!window) return vars ? { entry: expiryEntry(null) } : {}
  const target = timeOf(deps).getTime() + window.ms
  const stored = vars ? expiryOf(vars) : undefined
  if (stored && stored.getTime() <= target && stored.getTime() >= target - window.ms * RENEWAL_SLACK) {
    return { entry: expiryEntry(stored), at: stored }
  }
  const at = new Date(target)
  return { entry: expiryEntry(at), at }
}

/** When a preview's tenants say it expired: the latest expiry, once all of them have one that has passed. */
export function expiredAt(tenants: readonly Pick<TenantRead, 'env'>[], now: Date): Date | undefined {
  const expiries = tenants.map((tenant) => expiryOf(tenant.env.vars))
  if (expiries.length === 0 || expiries.some((at) => !at || at > now)) return undefined
  return new Date(Math.max(...expiries.map((at) => at!.getTime())))
}

export interface ExpiredDeletion {
  /** The tenants deleted, as `<project> (tenant <id>)`. */
  deleted: string[]
  dropped: boolean
  failures: string[]
}

/**
 * Delete the preview of an open pull request that expired. Its databases go first: while its pull request is open,
 * a database left behind is no sweep's to find (only the pull request's next push or its close would). Then its
 * comment says so (and stops naming the tenant, so the next push makes a new preview), then its tenants go: a run
 * killed on the way finds the tenant, still expired, and finishes.
 */
export async function deleteExpiredPreview(
  pr: PullRequestRef,
  tenants: readonly Tenant[],
  at: Date,
  store: PreviewDatabaseStore | undefined,
  deps: CreateDeps | SweepDeps
): Promise<ExpiredDeletion> {
  const { cloud, log } = deps
  const result: ExpiredDeletion = { deleted: [], dropped: false, failures: [] }
  if (store) {
    try {
      result.dropped = (await dropPreviewDatabases(pr, store, deps)) === 'dropped'
    } catch (error) {
      const message = `its database was not dropped: ${(error as Error).message}`
      result.failures.push(message)
      log.error(`The expired preview of pull request #${pr.number}: ${message}`)
    }
  }
  const preview = deps.previewOf?.(pr)
  const comment = await preview?.find()
  if (preview && comment?.tenantId) await preview.markDeleted(comment, comment.tenantId, { kind: 'expired', at })
  for (const tenant of tenants) {
    const which = `${tenant.project.name} (tenant ${tenant.id})`
    try {
      await cloud.deleteTenant(tenant.id)
      result.deleted.push(which)
      log.info(`Deleted ${which}: the preview of pull request #${pr.number} expired at ${at.toISOString()}.`)
    } catch (error) {
      const message = (error as Error).message
      result.failures.push(`${which}: ${message}`)
      log.error(`Could not delete ${which}: ${message}`)
    }
  }
  return result
}

/**
 * `max-previews`, for a pull request that has no preview yet (create looks it up first, by its marker, so that a
 * pull request that has its preview is never refused): a create that would make one more when the repository has
 * that many already fails before any Cloud write, naming them; previews that expired are deleted first. Previews
 * are counted by their tenants' markers among the account's `projects`, whatever their names (see
 * findMarkedPreviews); two pull requests opened at the same moment may both pass.
 */
export async function enforcePreviewCap(
  pr: PullRequestRef,
  store: PreviewDatabaseStore | undefined,
  projects: readonly ProjectSummary[],
  deps: CreateDeps
): Promise<void> {
  const { settings, log } = deps
  const max = settings.maxPreviews
  if (max === undefined) return
  // The journals on the preview roles name their tenants: those are read whatever the bound on the others.
  const journaled = new Set((await store?.previewsOf(pr))?.flatMap((role) => role.journal.tenant ?? []))
  const { previews, unread } = await findMarkedPreviews(deps.cloud, pr, projects, journaled)
  if (previews.some((preview) => preview.number === pr.number)) return
  const byNumber = new Map<number, MarkedPreview[]>()
  for (const preview of previews) byNumber.set(preview.number, [...(byNumber.get(preview.number) ?? []), preview])
  if (byNumber.size < max) return uncounted(unread, deps)

  const now = timeOf(deps)
  const live = new Map<number, MarkedPreview[]>()
  for (const [number, found] of [...byNumber].sort(([a], [b]) => a - b)) {
    const at = expiredAt(
      found.map((preview) => preview.read),
      now
    )
    if (!at) {
      live.set(number, found)
      continue
    }
    if (settings.dryRun) {
      log.info(`Dry run: the preview of pull request #${number} expired at ${at.toISOString()}; it would be deleted.`)
      continue
    }
    log.info(`The preview of pull request #${number} expired at ${at.toISOString()}: deleting it to make room.`)
    const done = await deleteExpiredPreview(
      { ...pr, number },
      found.map((preview) => preview.read.tenant),
      at,
      store,
      deps
    )
    if (done.deleted.length < found.length) live.set(number, found)
  }
  if (live.size < max) return uncounted(unread, deps)
  const names = [...live]
    .map(([number, found]) => `${found.map((p) => p.read.tenant.project.name).join(' and ')} (#${number})`)
    .join(', ')
  throw new Error(
    `Input "max-previews" is ${max}, and ${pr.owner}/${pr.repo} has ${live.size} preview${live.size === 1 ? '' : 's'} ` +
      `already: ${names}. No preview was made for pull request #${pr.number}. Close a pull request (its preview is ` +
      'deleted), delete a preview with operation: delete, raise max-previews, or set expire-after so that idle ' +
      'previews go; then re-run the job.'
  )
}

/** A count under the cap that left projects unread may be short: said, so that one preview too many is explained. */
function uncounted(unread: number, deps: OperationDeps): void {
  if (unread === 0) return
  deps.log.warning(
    `max-previews: the account holds ${plural(unread, 'more project')} than a create reads to count ` +
      'previews (the oldest were left): a preview among them that carries neither its preview name nor a database ' +
      'role on postgres-server-url is not counted.'
  )
}
