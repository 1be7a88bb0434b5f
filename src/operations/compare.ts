import { TenantNotFound } from '../cloud/errors.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { Logger } from '../core/log.js'
import type { DepthCut } from '../engine/metadata-compare.js'
import type { ReferenceProject } from '../engine/metadata-diff.js'
import type { ReferenceRead } from './breaking.js'
import type { CreateDeps } from './deps.js'

/** The reference has no admin secret: its metadata API cannot be asked. */
class NoAdminSecret extends Error {}

/**
 * With `compare-tenant-id`: what the pull request's Hasura project changes against that reference tenant (staging,
 * say), as the Markdown section the preview comment and the step summary show. The reference is only read (its
 * tenant and env, export_metadata, get_catalog_state), never written. When it cannot be read, or the comparison
 * fails whatever the reason, a warning names the tenant and the reason, the section says the comparison could not be
 * made, and the step goes on: comparing informs the review, it never fails a create. A document nested deeper than
 * the comparison goes is compared to that depth, with a warning naming where it was cut. What was read is handed back
 * for the per-role comparison of the GraphQL APIs (breaking.ts).
 */
export async function compareWithReference(deps: CreateDeps): Promise<{ section?: string; reference?: ReferenceRead }> {
  const { settings, project, log } = deps
  const tenantId = settings.compareTenantId
  if (!tenantId || !project) return {}
  const [
    { EngineClient },
    { EngineError },
    { MAX_COMPARED_DEPTH },
    { diffProject },
    { comparisonFailedMarkdown, projectChangesMarkdown }
  ] = await Promise.all([
    import('../engine/client.js'),
    import('../engine/errors.js'),
    import('../engine/metadata-compare.js'),
    import('../engine/metadata-diff.js'),
    import('../github/project-changes.js')
  ])
  let read: ReferenceProject & { projectName: string; reference: ReferenceRead }
  try {
    // The client masks the env's values as it reads them.
    const { tenant, env } = await deps.cloud.readTenant(tenantId)
    const adminSecret = env.vars[ADMIN_SECRET_KEY]
    if (!adminSecret) throw new NoAdminSecret(`Tenant ${tenantId} has no ${ADMIN_SECRET_KEY} in its env.`)
    const engine = new EngineClient({ endpoint: tenant.project.endpoint, adminSecret, ...deps.engine })
    const metadata = await engine.exportMetadata()
    const { cliState } = await engine.getCatalogState()
    const reference = { tenantId, endpoint: tenant.project.endpoint, adminSecret, metadata }
    read = { projectName: tenant.project.name, metadata, cliState, reference }
  } catch (error) {
    // The comment is public to the repository's readers: it gets the action's words; the log gets the details.
    const reason =
      error instanceof TenantNotFound
        ? 'the tenant was not found (deleted, or not visible to the token)'
        : error instanceof NoAdminSecret
          ? `the tenant has no ${ADMIN_SECRET_KEY}, so its metadata cannot be read`
          : error instanceof EngineError
            ? error.status === 401 || error.status === 403 || error.code === 'access-denied'
              ? "its project refused the tenant's admin secret"
              : 'its project could not be read'
            : 'Hasura Cloud could not be asked for it'
    log.warning(
      `Could not compare the pull request's Hasura project with tenant ${tenantId} (input "compare-tenant-id"), so ` +
        `the comment and the summary do not show what it changes: ${messageOf(error)} The preview is not affected.`
    )
    return { section: comparisonFailedMarkdown(tenantId, reason) }
  }
  try {
    const depth = { tenantId, maxDepth: MAX_COMPARED_DEPTH }
    const changes = diffProject(project, read, (side, cut) =>
      warnIfCut(
        cut,
        side === 'project' ? "The pull request's metadata" : `The metadata of tenant ${tenantId}`,
        depth,
        log
      )
    )
    const widening = changes.filter((change) => change.widens).length
    log.info(
      `Compared the pull request's Hasura project with tenant ${tenantId} (project ${read.projectName}): ` +
        `${changes.length} change${changes.length === 1 ? '' : 's'}, ${widening} widening what a role can read or write.`
    )
    return {
      section: projectChangesMarkdown({ tenantId, projectName: read.projectName }, changes),
      reference: read.reference
    }
  } catch (error) {
    // Comparing only informs the review: whatever goes wrong in it, the preview stands and the step succeeds.
    log.warning(
      `Could not compare the pull request's Hasura project with tenant ${tenantId} (input "compare-tenant-id"): ` +
        `the comparison failed (${messageOf(error)}). The preview is not affected.`
    )
    // What was read still serves the per-role comparison of the GraphQL APIs (breaking.ts).
    return {
      section: comparisonFailedMarkdown(tenantId, 'comparing the two failed unexpectedly'),
      reference: read.reference
    }
  }
}

/** A warning naming where a document was nested deeper than the comparison goes, and so was compared only so far. */
function warnIfCut(cut: DepthCut, what: string, depth: { tenantId: string; maxDepth: number }, log: Logger): void {
  if (cut.count === 0) return
  const more = cut.count > cut.paths.length ? ` and ${cut.count - cut.paths.length} more places` : ''
  log.warning(
    `${what} nests deeper than ${depth.maxDepth} levels at ${cut.paths.join(', ')}${more}: the comparison with ` +
      `tenant ${depth.tenantId} stops at that depth there, so a change below it is not shown. The preview is not ` +
      'affected.'
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
