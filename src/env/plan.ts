import type { EnvEntry } from './entry.js'

export type EnvChange = 'added' | 'changed' | 'removed'

/** A key an env write added, changed or removed (never its value). */
export interface KeyChange {
  key: string
  change: EnvChange
}

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
  /** Remove tenant keys that the file does not list. */
  prune: boolean
  /** Keys prune leaves alone unless the file names them (`keep-keys`, and those the server and the action own). */
  keep: (key: string) => boolean
}

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
    for (const key of Object.keys(current).sort()) {
      if (!listed.has(key) && !options.keep(key)) {
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
