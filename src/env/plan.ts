import type { EnvEntry } from './entry.js'

export type EnvChange = 'added' | 'changed' | 'removed'

/** What a sync would do to a tenant's env: keys only in the lists, values only in `upserts`. */
export interface EnvPlan {
  added: string[]
  changed: string[]
  removed: string[]
  unchanged: string[]
  /** For updateTenantEnv, in file order. */
  upserts: { key: string; value: string }[]
  /** For deleteTenantEnv. */
  deletions: string[]
}

export interface PlanOptions {
  /** Remove tenant keys that the file does not list (never `HASURA_*` keys, which the server and Hasura own). */
  prune: boolean
  /** Keys that prune never removes. */
  keepKeys: string[]
}

/** Keys prune leaves alone unless the file names them: the server sets some (the admin secret), Hasura owns the rest. */
const SERVER_KEYS = /^HASURA_/

/** Current env vs the file: only what differs is written; null in the file removes a key. */
export function planEnv(current: Record<string, string>, desired: EnvEntry[], options: PlanOptions): EnvPlan {
  const plan: EnvPlan = { added: [], changed: [], removed: [], unchanged: [], upserts: [], deletions: [] }
  const listed = new Set<string>()
  for (const { key, value } of desired) {
    listed.add(key)
    const present = Object.hasOwn(current, key)
    if (value === null) {
      if (present) {
        plan.removed.push(key)
        plan.deletions.push(key)
      }
    } else if (!present) {
      plan.added.push(key)
      plan.upserts.push({ key, value })
    } else if (current[key] !== value) {
      plan.changed.push(key)
      plan.upserts.push({ key, value })
    } else {
      plan.unchanged.push(key)
    }
  }
  if (options.prune) {
    const keep = new Set(options.keepKeys)
    for (const key of Object.keys(current).sort()) {
      if (!listed.has(key) && !keep.has(key) && !SERVER_KEYS.test(key)) {
        plan.removed.push(key)
        plan.deletions.push(key)
      }
    }
  }
  return plan
}

export function isEmptyPlan(plan: EnvPlan): boolean {
  return plan.upserts.length === 0 && plan.deletions.length === 0
}

/** Each key the plan touches with its change, in a stable order for summaries and comments. */
export function planChanges(plan: Pick<EnvPlan, EnvChange>): { key: string; change: EnvChange }[] {
  return [
    ...plan.added.map((key) => ({ key, change: 'added' as const })),
    ...plan.changed.map((key) => ({ key, change: 'changed' as const })),
    ...plan.removed.map((key) => ({ key, change: 'removed' as const }))
  ]
}
