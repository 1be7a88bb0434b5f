import type { Tenant, TenantEnv } from '../cloud/client.js'
import { AmbiguousWrite, ApiRejected, TenantNotFound } from '../cloud/errors.js'
import { previewName } from '../github/context.js'
import type { PreviewState } from '../github/preview-comment.js'
import type { Outcome } from '../report.js'
import type { OperationDeps } from './deps.js'
import { maskedEnv, reportEnv, syncTenantEnv, tenantFacts, waitIfAsked } from './sync-env.js'

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

  const name = settings.name ?? (settings.pullRequest ? previewName(settings.pullRequest) : undefined)
  if (settings.dryRun) {
    log.info(
      `Dry run: a tenant${name ? ` named ${name}` : ''} would be created in ${settings.cloud}/${settings.region}; nothing written.`
    )
    deps.report.setTenant({ name })
    return { result: 'planned', changed: true }
  }

  const created = await createTenant(name, deps)
  if (created.taken) {
    // This pull request's own preview name is taken: its project, left by a run whose comment was lost.
    log.warning(`Project ${name} already exists (tenant ${created.id}): it is this pull request's preview, reusing it.`)
    const reused = await reuse(created.id, deps)
    if (reused) {
      await publish(comment, reused.tenant, reused.outcome, deps)
      return reused.outcome
    }
  }
  const id = created.id
  deps.report.setTenant({ tenantId: id })
  let read: { tenant: Tenant; env: TenantEnv }
  try {
    read = await deps.cloud.readTenant(id)
  } catch (error) {
    if (error instanceof TenantNotFound) {
      throw new Error(
        `Tenant ${id} was created but Hasura Cloud does not show it yet; its id is in the "tenant-id" output.`,
        {
          cause: error
        }
      )
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
  // In a dry run, `changed` says whether the sync would write.
  const sync = deps.entries ? await syncTenantEnv(tenantId, deps.entries, read.env, deps) : undefined
  reportEnv(sync?.env ?? read.env, deps)
  if (sync?.result === 'updated') await waitIfAsked(read.tenant.project.endpoint, deps)
  const outcome: Outcome = { result: deps.settings.dryRun ? 'planned' : 'reused', changed: sync?.changed ?? false }
  return { tenant: read.tenant, outcome }
}

/**
 * createTenant, sent once. After an ambiguous failure the project is looked up by name and adopted;
 * without a name there is no safe way to know, so the step fails and says so. A name that is already
 * taken is adopted only when it is the pull request's own preview name (`taken`); a `name` the user
 * chose may belong to anything, so that fails.
 */
async function createTenant(name: string | undefined, deps: OperationDeps): Promise<{ id: string; taken?: boolean }> {
  const { settings, cloud, log } = deps
  try {
    const created = await cloud.createTenant({
      cloud: settings.cloud,
      region: settings.region,
      databaseUrl: settings.databaseUrl,
      name
    })
    return { id: created.id }
  } catch (error) {
    if (!name || !(error instanceof AmbiguousWrite || error instanceof ApiRejected)) {
      if (error instanceof AmbiguousWrite) {
        throw new Error(
          `${error.message} A tenant may have been created: check the Hasura Cloud console before re-running. ` +
            'Set input "name" so that the action can find a lost create again.',
          { cause: error }
        )
      }
      throw error
    }
    const matches = await cloud.findProjectsByName(name)
    if (matches.length > 1) {
      const tenants = matches.map((match) => match.tenantId).join(', ')
      throw new Error(
        `${error.message} ${matches.length} projects are named ${name}; not choosing one. Tenants: ${tenants}.`,
        {
          cause: error
        }
      )
    }
    const match = matches[0]
    if (error instanceof AmbiguousWrite) {
      if (!match) {
        throw new Error(
          `${error.message} No project named ${name} exists, so no tenant was created; re-run the step.`,
          {
            cause: error
          }
        )
      }
      log.warning(`${error.message} Project ${name} exists (tenant ${match.tenantId}): adopting it.`)
      return { id: match.tenantId }
    }
    if (!match) throw error
    if (!settings.name && settings.pullRequest) return { id: match.tenantId, taken: true }
    throw new Error(
      `createTenant was rejected (${error.message}): a project named ${name} already exists (tenant ${match.tenantId}). ` +
        'Pass its id as "tenant-id" to sync it, delete it, or choose another "name".',
      { cause: error }
    )
  }
}

async function publish(
  comment: PreviewState | undefined,
  tenant: Tenant,
  outcome: Outcome,
  deps: OperationDeps
): Promise<void> {
  // A dry run writes nothing, and a comment claiming a sync would mislead reviewers.
  if (deps.settings.dryRun) return
  await deps.preview?.publish(comment, {
    tenantId: tenant.id,
    endpoint: tenant.project.endpoint,
    projectName: tenant.project.name,
    result: outcome.result,
    changes: deps.report.changes
  })
}
