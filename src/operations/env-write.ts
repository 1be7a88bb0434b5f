import type { TenantEnv } from '../cloud/client.js'
import { AmbiguousWrite, AuthError } from '../cloud/errors.js'
import { CallError } from '../http/failure.js'
import type { EnvEntry } from '../env/entry.js'
import { isEmptyPlan, planChanges, planEnv, type EnvChange, type EnvPlan, type KeyChange } from '../env/plan.js'
import { markerEntry, neverPruned } from '../preview/marker.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import type { OperationDeps } from './deps.js'

/** Re-read and re-plan at most this many times after a rejected or unknown write. */
const MAX_REPLANS = 3

export interface EnvSyncResult {
  result: 'updated' | 'unchanged' | 'planned'
  changed: boolean
  env: TenantEnv
  changes: KeyChange[]
}

export interface EnvSyncOptions {
  prune: boolean
  keepKeys: string[]
}

/**
 * Bring a tenant's env to `entries`, writing only what differs: one updateTenantEnv for the upserts, then one
 * deleteTenantEnv for the removals, each guarded by the hash before it. A rejected or unknown write is resolved
 * by re-reading and re-planning, so a concurrent writer's keys survive and nothing is applied twice. A write whose
 * outcome was unknown counts as ours for the keys the re-read shows done: `changed` and the health wait must not
 * be lost to a dropped answer.
 */
export async function syncTenantEnv(
  tenantId: string,
  entries: EnvEntry[],
  current: TenantEnv,
  options: EnvSyncOptions,
  deps: OperationDeps
): Promise<EnvSyncResult> {
  const { cloud, settings, log } = deps
  const kept = new Set(options.keepKeys)
  const planOptions = { prune: options.prune, keep: (key: string) => kept.has(key) || neverPruned(key) }
  let env = current
  let plan = planEnv(env.vars, entries, planOptions)
  warnOfLargePrune(plan, entries, deps)
  // Each key once, with its change against the first read, however many times the plan was redone.
  const applied = new Map<string, EnvChange>()
  const record = (keys: string[], change: EnvChange): void => {
    for (const key of keys) if (!applied.has(key)) applied.set(key, change)
  }
  let wrote = false
  for (let replans = 0; ; replans++) {
    if (settings.dryRun) {
      log.info(`Dry run: ${describe(plan)}; nothing written.`)
      return { result: 'planned', changed: !isEmptyPlan(plan), env, changes: planChanges(plan) }
    }
    if (isEmptyPlan(plan)) break
    log.info(`Env plan: ${describe(plan)}.`)
    let step: 'upserts' | 'deletions' = 'upserts'
    try {
      if (plan.upserts.length > 0) {
        env = await cloud.updateTenantEnv(tenantId, env.hash, plan.upserts)
        wrote = true
        record(plan.added, 'added')
        record(plan.changed, 'changed')
      }
      step = 'deletions'
      if (plan.deletions.length > 0) {
        env = await cloud.deleteTenantEnv(tenantId, env.hash, plan.deletions)
        wrote = true
        record(plan.removed, 'removed')
      }
      break
    } catch (error) {
      if (error instanceof AuthError || !(error instanceof CallError) || replans >= MAX_REPLANS) throw error
      // The hash was stale or the outcome is unknown: see what is there now and plan again.
      log.warning(`An env write was not confirmed (${error.message}); re-reading the tenant's env and planning again.`)
      env = await cloud.getTenantEnv(tenantId)
      const attempted = plan
      plan = planEnv(env.vars, entries, planOptions)
      if (error instanceof AmbiguousWrite) {
        // The failed step may have gone through: what it meant to do and the re-read shows done counts as ours.
        const tried =
          step === 'upserts' ? { ...attempted, removed: [] } : { added: [], changed: [], removed: attempted.removed }
        const pending = new Set([...plan.upserts.map((upsert) => upsert.key), ...plan.deletions])
        for (const { key, change } of planChanges(tried)) {
          if (pending.has(key)) continue
          record([key], change)
          wrote = true
        }
      }
    }
  }
  const changes = [...applied].map(([key, change]) => ({ key, change }))
  if (!wrote) {
    log.info('The tenant already has every value: nothing written.')
    return { result: 'unchanged', changed: false, env, changes }
  }
  return { result: 'updated', changed: true, env, changes }
}

/** A prune that removes more keys than the file sets is likely a mistake in the file: say so before writing. */
function warnOfLargePrune(plan: EnvPlan, entries: EnvEntry[], deps: OperationDeps): void {
  const listed = new Set(entries.map((entry) => entry.key))
  const pruned = plan.removed.filter((key) => !listed.has(key))
  const set = entries.filter((entry) => entry.value !== null).length
  if (pruned.length > set) {
    deps.log.warning(
      `prune removes ${pruned.length} key${pruned.length === 1 ? '' : 's'} the env file does not list, more than the ` +
        `${set} it sets: ${pruned.join(', ')}. Add them to the file or to "keep-keys" if they must stay.`
    )
  }
}

function describe(plan: EnvPlan): string {
  const parts = [`${plan.added.length} to add`, `${plan.changed.length} to change`, `${plan.removed.length} to remove`]
  const keys = planChanges(plan).map(({ key, change }) => `${key} (${change})`)
  return `${parts.join(', ')}, ${plan.unchanged.length} unchanged${keys.length ? `: ${keys.join(', ')}` : ''}`
}

/** The env file's entries plus what the action writes itself: the preview marker and the database URLs. */
export function withActionEntries(
  entries: EnvEntry[] | undefined,
  extra: { pr?: PullRequestRef; databases: { env: string; url: string }[]; expiry?: EnvEntry }
): EnvEntry[] {
  const all = [...(entries ?? [])]
  if (extra.pr) all.push(markerEntry(extra.pr))
  if (extra.expiry) all.push(extra.expiry)
  for (const { env, url } of extra.databases) all.push({ key: env, value: url, line: 0, literal: false })
  return all
}
