import type { Tenant, TenantEnv } from '../cloud/client.js'
import { TenantNotFound } from '../cloud/errors.js'
import { graphqlUrl, waitForHealthy } from '../engine/health.js'
import type { EnvEntry } from '../env/entry.js'
import { InputError } from '../core/errors.js'
import { isPreviewOf, PREVIEW_MARKER_KEY, previewMarker, previewName, type PullRequestRef } from '../preview/name.js'
import { ADMIN_SECRET_KEY } from '../action/settings.js'
import type { OperationDeps } from './deps.js'

/**
 * What create, get and sync-env share: reading a tenant, reporting it and its env, the health wait, the schema,
 * and the entries the action itself adds to an env write.
 */

/** The tenant and its env; a missing tenant is an input error naming `tenant-id`. */
export async function readTenantOrFail(
  tenantId: string,
  deps: OperationDeps
): Promise<{ tenant: Tenant; env: TenantEnv }> {
  try {
    return await deps.cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) throw new InputError(`${error.message} Check input "tenant-id".`)
    throw error
  }
}

export function reportTenant(tenant: Tenant, deps: OperationDeps): void {
  deps.report.setTenant({
    tenantId: tenant.id,
    projectId: tenant.project.id,
    name: tenant.project.name,
    slug: tenant.slug,
    endpoint: tenant.project.endpoint
  })
}

/** The outputs every env-reading operation sets: the hash and the admin secret. */
export function reportEnv(env: TenantEnv, deps: OperationDeps): void {
  deps.report.setHash(env.hash)
  deps.report.setAdminSecret(env.vars[ADMIN_SECRET_KEY])
}

export function describeTenant(tenant: Tenant): string {
  return `tenant ${tenant.id} (project ${tenant.project.name}, ${graphqlUrl(tenant.project.endpoint)})`
}

/** After an env change or a create, the project restarts: wait until it answers again. */
export async function waitIfAsked(endpoint: string, deps: OperationDeps): Promise<void> {
  const { settings } = deps
  if (!('wait' in settings) || !settings.wait) return
  const health = await waitForHealthy(endpoint, {
    timeoutMs: settings.waitTimeoutSeconds * 1000,
    log: (message) => deps.log.info(message)
  })
  const checks = `${health.polls} health check${health.polls === 1 ? '' : 's'}, ${(health.ms / 1000).toFixed(1)} s`
  if (health.status === 'WARN') {
    deps.log.warning(
      `The project answers, but its /healthz says WARN: its metadata is inconsistent (${checks}). ` +
        'Open the console\'s "Metadata status" page, or apply the project with "hasura-project".'
    )
  } else {
    deps.log.info(`The project is healthy (${checks}).`)
  }
}

/** Apply the Hasura project, when one was given, and report how many migrations ran. */
export async function applySchemaIfGiven(
  endpoint: string,
  env: TenantEnv,
  deps: OperationDeps,
  options?: { freshDatabaseEnv?: string }
): Promise<number | undefined> {
  if (!deps.applySchema) return undefined
  const secret = env.vars[ADMIN_SECRET_KEY]
  if (!secret) {
    throw new Error(
      `The project has no ${ADMIN_SECRET_KEY}, so the action cannot apply "hasura-project" over its metadata API. ` +
        'Set the key in the env file (a secret through ${NAME}).'
    )
  }
  const applied = await deps.applySchema(endpoint, secret, options)
  deps.report.setMigrationsApplied(applied.migrationsApplied)
  return applied.migrationsApplied
}

/** The marker entry for a pull request's preview: written with the rest, never pruned. */
export function markerEntry(pr: PullRequestRef): EnvEntry {
  return { key: PREVIEW_MARKER_KEY, value: previewMarker(pr), line: 0, literal: true }
}

/** Does the tenant's env say it is this pull request's preview? */
export function isThisPreview(env: TenantEnv, pr: PullRequestRef): boolean {
  return isPreviewOf(env.vars[PREVIEW_MARKER_KEY], pr)
}

/** Why a candidate tenant is not this pull request's preview, for the warning. */
export function markerMismatch(env: TenantEnv, pr: PullRequestRef): string {
  const marker = env.vars[PREVIEW_MARKER_KEY]
  return marker === undefined
    ? `it has no ${PREVIEW_MARKER_KEY} marker (not made by this action for ${previewMarker(pr)})`
    : `its ${PREVIEW_MARKER_KEY} marker names ${marker}, not ${previewMarker(pr)}`
}

/** The env file's entries plus what the action writes itself: the preview marker and the database URL. */
export function withActionEntries(
  entries: EnvEntry[] | undefined,
  extra: { pr?: PullRequestRef; databaseUrl?: string; databaseUrlEnv: string }
): EnvEntry[] {
  const all = [...(entries ?? [])]
  if (extra.pr) all.push(markerEntry(extra.pr))
  if (extra.databaseUrl) all.push({ key: extra.databaseUrlEnv, value: extra.databaseUrl, line: 0, literal: false })
  return all
}

/** The preview database goes with the tenant, when `postgres-server-url` is given and its tag names this pull request. */
export async function dropPreviewDatabase(pr: PullRequestRef, deps: OperationDeps): Promise<void> {
  if (!deps.databases) return
  const name = previewName(pr)
  const store = await deps.databases()
  try {
    const dryRun = deps.settings.dryRun
    const dropped = await store.drop(name, pr, { dryRun })
    if (dropped === 'dropped')
      deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name}.`)
    else if (dropped === 'not-found') deps.log.info(`The preview database ${name} does not exist: nothing to drop.`)
    else
      deps.log.warning(`The database ${name} is not dropped: it is not tagged as this pull request's preview database.`)
  } finally {
    await store.close()
  }
}
