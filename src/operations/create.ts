import type { Tenant, TenantEnv } from '../cloud/client.js'
import { AmbiguousWrite, ApiRejected, TenantNotFound } from '../cloud/errors.js'
import type { PreviewState } from '../github/preview-comment.js'
import type { Outcome } from '../report.js'
import type { OperationDeps } from './deps.js'
import { maskedEnv, reportEnv, syncTenantEnv, tenantFacts, waitIfAsked } from './sync-env.js'

/** `<repository>-pr-<number>`, lower case, other characters as '-': so a lost create can be found again. */
export function previewName(repo: string, number: number): string {
  return `${repo}-pr-${number}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}

/**
 * Create a tenant (or, on a pull request, reuse the one its preview comment names), apply the env
 * file, wait for health. Outputs are set as soon as each fact is known.
 */
export async function createOperation(deps: OperationDeps): Promise<Outcome> {
  const { settings, preview, log } = deps
  const comment = preview ? await preview.find() : undefined
  if (comment?.tenantId) {
    const reused = await reuse(comment.tenantId, deps)
    if (reused) {
      await publish(comment, reused.tenant, reused.outcome, deps)
      return reused.outcome
    }
  }

  const name = settings.name ?? (settings.pullRequest ? previewName(settings.pullRequest.repo, settings.pullRequest.number) : undefined)
  if (settings.dryRun) {
    log.info(`Dry run: a tenant${name ? ` named ${name}` : ''} would be created in ${settings.cloud}/${settings.region}; nothing written.`)
    deps.report.setTenant({ name })
    return { result: 'planned', changed: true }
  }

  const id = await createTenant(name, deps)
  deps.report.setTenant({ tenantId: id })
  let read: { tenant: Tenant; env: TenantEnv }
  try {
    read = await deps.cloud.readTenant(id)
  } catch (error) {
    if (error instanceof TenantNotFound) {
      throw new Error(`Tenant ${id} was created but Hasura Cloud does not show it yet; its id is in the "tenant-id" output.`)
    }
    throw error
  }
  maskedEnv(read.env)
  deps.report.setTenant(tenantFacts(read.tenant))
  log.info(`Created tenant ${id}: project ${read.tenant.project.name}, endpoint ${read.tenant.project.endpoint}.`)
  let env = read.env
  if (deps.entries) env = (await syncTenantEnv(id, deps.entries, env, deps)).env
  reportEnv(env, deps)
  const outcome: Outcome = { result: 'created', changed: true }
  // The comment goes up before the health wait, so reviewers (and the next run) find the tenant even if the wait fails.
  if (preview) await publish(comment, read.tenant, outcome, deps)
  await waitIfAsked(read.tenant.project.endpoint, deps)
  return outcome
}

/** The tenant the comment names, if it still exists: synced and reported instead of a new one. */
async function reuse(tenantId: string, deps: OperationDeps): Promise<{ tenant: Tenant; outcome: Outcome } | undefined> {
  let read
  try {
    read = await deps.cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) {
      deps.log.warning(`The preview comment names tenant ${tenantId}, which no longer exists: creating a new one.`)
      return undefined
    }
    throw error
  }
  maskedEnv(read.env)
  deps.report.setTenant(tenantFacts(read.tenant))
  deps.log.info(`Reusing this pull request's preview tenant ${tenantId} (${read.tenant.project.endpoint}).`)
  let env = read.env
  let changed = false
  if (deps.entries) {
    const sync = await syncTenantEnv(tenantId, deps.entries, env, deps)
    env = sync.env
    changed = sync.changed && sync.result === 'updated'
  }
  reportEnv(env, deps)
  if (changed) await waitIfAsked(read.tenant.project.endpoint, deps)
  return { tenant: read.tenant, outcome: { result: deps.settings.dryRun ? 'planned' : 'reused', changed } }
}

/**
 * createTenant, sent once. After an ambiguous failure the project is looked up by name and adopted;
 * without a name there is no safe way to know, so the step fails and says so.
 */
async function createTenant(name: string | undefined, deps: OperationDeps): Promise<string> {
  const { settings, cloud, log } = deps
  try {
    const created = await cloud.createTenant({ cloud: settings.cloud, region: settings.region, databaseUrl: settings.databaseUrl, name })
    return created.id
  } catch (error) {
    if (error instanceof AmbiguousWrite) {
      if (!name) {
        throw new Error(
          `${error.message} A tenant may have been created: check the Hasura Cloud console before re-running. ` +
            'Set input "name" so that the action can find a lost create again.'
        )
      }
      const matches = await cloud.findProjectsByName(name)
      if (matches.length === 1) {
        log.warning(`${error.message} Project ${name} exists (tenant ${matches[0]!.tenantId}): adopting it.`)
        return matches[0]!.tenantId
      }
      throw new Error(
        matches.length === 0
          ? `${error.message} No project named ${name} exists, so no tenant was created; re-run the step.`
          : `${error.message} ${matches.length} projects are named ${name}; not choosing one. Tenants: ${matches.map((m) => m.tenantId).join(', ')}.`
      )
    }
    if (error instanceof ApiRejected && name) {
      // The likeliest rejection with a name is that the name is taken: say by which tenant, never adopt it silently.
      const matches = await cloud.findProjectsByName(name).catch(() => [])
      if (matches.length > 0) {
        throw new Error(
          `createTenant was rejected (${error.message}): a project named ${name} already exists (tenant ${matches[0]!.tenantId}). ` +
            'Pass its id as "tenant-id" to sync it, delete it, or choose another "name".'
        )
      }
    }
    throw error
  }
}

async function publish(comment: PreviewState | undefined, tenant: Tenant, outcome: Outcome, deps: OperationDeps): Promise<void> {
  await deps.preview?.publish(comment, {
    tenantId: tenant.id,
    endpoint: tenant.project.endpoint,
    projectName: tenant.project.name,
    result: outcome.result,
    changes: deps.report.changes
  })
}
