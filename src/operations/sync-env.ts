import { AmbiguousWrite, AuthError, CloudError, TenantNotFound } from '../cloud/errors.js'
import type { TenantEnv } from '../cloud/client.js'
import { waitForHealthy } from '../cloud/health.js'
import type { EnvEntry } from '../env/entry.js'
import { isEmptyPlan, planChanges, planEnv, type EnvChange, type EnvPlan } from '../env/plan.js'
import type { Outcome } from '../report.js'
import { maskSecret } from '../secrets.js'
import type { OperationDeps } from './deps.js'

/** Re-read and re-plan at most this many times after a rejected or unknown write. */
const MAX_REPLANS = 3
const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'

/** Mask every value read from a tenant, then hand it on. */
export function maskedEnv(env: TenantEnv): TenantEnv {
  for (const value of Object.values(env.vars)) maskSecret(value)
  return env
}

export interface EnvSyncResult {
  result: 'updated' | 'unchanged' | 'planned'
  changed: boolean
  env: TenantEnv
}

/**
 * Bring a tenant's env to what the file says, writing only what differs: one updateTenantEnv for
 * the upserts, then one deleteTenantEnv for the removals, each guarded by the hash before it.
 * A rejected or unknown write is resolved by re-reading and re-planning, so a concurrent writer's
 * keys survive and nothing is applied twice. A write whose outcome was unknown counts as ours for the
 * keys the re-read shows done: `changed` and the health wait must not be lost to a dropped answer.
 */
export async function syncTenantEnv(
  tenantId: string,
  entries: EnvEntry[],
  current: TenantEnv,
  deps: OperationDeps
): Promise<EnvSyncResult> {
  const { cloud, report, settings, log } = deps
  const options = { prune: settings.prune, keepKeys: settings.keepKeys }
  let env = current
  let plan = planEnv(env.vars, entries, options)
  // Each key once, with its change against the first read, however many times the plan was redone.
  const applied = new Map<string, EnvChange>()
  const record = (keys: string[], change: EnvChange) => {
    for (const key of keys) if (!applied.has(key)) applied.set(key, change)
  }
  let wrote = false
  for (let replans = 0; ; replans++) {
    if (settings.dryRun) {
      report.setChanges(planChanges(plan), true)
      log.info(`Dry run: ${describe(plan)}; nothing written.`)
      return { result: 'planned', changed: !isEmptyPlan(plan), env }
    }
    if (isEmptyPlan(plan)) break
    log.info(`Env plan: ${describe(plan)}.`)
    let step: 'upserts' | 'deletions' = 'upserts'
    try {
      if (plan.upserts.length > 0) {
        env = maskedEnv(await cloud.updateTenantEnv(tenantId, env.hash, plan.upserts))
        wrote = true
        record(plan.added, 'added')
        record(plan.changed, 'changed')
      }
      step = 'deletions'
      if (plan.deletions.length > 0) {
        env = maskedEnv(await cloud.deleteTenantEnv(tenantId, env.hash, plan.deletions))
        wrote = true
        record(plan.removed, 'removed')
      }
      break
    } catch (error) {
      if (error instanceof AuthError || !(error instanceof CloudError) || replans >= MAX_REPLANS) throw error
      // The hash was stale or the outcome is unknown: see what is there now and plan again.
      log.warning(
        `An env write was not confirmed (${(error as Error).message}); re-reading the tenant's env and planning again.`
      )
      env = maskedEnv(await cloud.getTenantEnv(tenantId))
      const attempted = plan
      plan = planEnv(env.vars, entries, options)
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
  report.setChanges(
    [...applied].map(([key, change]) => ({ key, change })),
    false
  )
  if (!wrote) {
    log.info('The tenant already has every value in the file: nothing written.')
    return { result: 'unchanged', changed: false, env }
  }
  return { result: 'updated', changed: true, env }
}

function describe(plan: EnvPlan): string {
  const parts = [`${plan.added.length} to add`, `${plan.changed.length} to change`, `${plan.removed.length} to remove`]
  const keys = planChanges(plan).map(({ key, change }) => `${key} (${change})`)
  return `${parts.join(', ')}, ${plan.unchanged.length} unchanged${keys.length ? `: ${keys.join(', ')}` : ''}`
}

/** After an env change or a create, the project restarts: wait until it answers again. */
export async function waitIfAsked(endpoint: string | undefined, deps: OperationDeps): Promise<void> {
  if (!deps.settings.wait || !endpoint) return
  const { polls, ms } = await waitForHealthy(endpoint, {
    timeoutMs: deps.settings.waitTimeoutSeconds * 1000,
    log: (message) => deps.log.info(message)
  })
  deps.log.info(`The project is healthy (${polls} health check${polls === 1 ? '' : 's'}, ${(ms / 1000).toFixed(1)} s).`)
}

/** Outputs every env-reading operation sets: the hash and the admin secret. */
export function reportEnv(env: TenantEnv, deps: OperationDeps): void {
  deps.report.setHash(env.hash)
  deps.report.setAdminSecret(env.vars[ADMIN_SECRET])
}

export async function syncEnvOperation(deps: OperationDeps): Promise<Outcome> {
  const tenantId = deps.settings.tenantId!
  let read
  try {
    read = await deps.cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) throw new Error(`${error.message} Check input "tenant-id".`, { cause: error })
    throw error
  }
  maskedEnv(read.env)
  deps.report.setTenant(tenantFacts(read.tenant))
  const sync = await syncTenantEnv(tenantId, deps.entries ?? [], read.env, deps)
  reportEnv(sync.env, deps)
  if (sync.result === 'updated') await waitIfAsked(read.tenant.project.endpoint, deps)
  return { result: sync.result, changed: sync.changed }
}

export function tenantFacts(tenant: {
  id: string
  slug: string
  project: { id: string; name: string; endpoint: string }
}) {
  return {
    tenantId: tenant.id,
    projectId: tenant.project.id,
    name: tenant.project.name,
    slug: tenant.slug,
    endpoint: tenant.project.endpoint
  }
}
