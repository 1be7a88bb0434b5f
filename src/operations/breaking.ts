import type { IntrospectionQuery } from 'graphql'
import { plural } from '../core/words.js'
import type { CreateDeps } from './deps.js'

/** The reference as compareWithReference read it: what introspecting it per role needs. */
export interface ReferenceRead {
  tenantId: string
  endpoint: string
  /** Masked when it was read. */
  adminSecret: string
  metadata: Record<string, unknown>
}

/** What the pull request breaks for clients: the section, the count (output `breaking-changes`), and a failure. */
export interface BreakingOutcome {
  section: string
  count: number
  /** With `fail-on-breaking` and breaking changes, unless the approve label is on the pull request. */
  failure?: string
}

/**
 * With `compare-tenant-id`, after the preview is up and its project applied: for the admin role and every role the
 * reference's metadata grants anything, introspect the reference and the preview as that role and compare (see
 * clients/breaking.ts); roles only the preview grants are new, never breaking. A reference (or preview) that cannot
 * be introspected is a warning: nothing is known to break, and the step goes on, with `fail-on-breaking` too.
 */
export async function breakingForClients(
  deps: CreateDeps,
  reference: ReferenceRead | undefined,
  preview: { endpoint: string; adminSecret: string }
): Promise<BreakingOutcome | undefined> {
  const { settings, project, log } = deps
  const tenantId = settings.compareTenantId
  if (!tenantId || !project || settings.dryRun) return undefined
  const [{ EngineClient }, { ADMIN_ROLE, grantedRoles }, { breakingCount, changeText, compareRole }, markdown] =
    await Promise.all([
      import('../engine/client.js'),
      import('../clients/roles.js'),
      import('../clients/breaking.js'),
      import('../github/breaking-changes.js')
    ])
  if (!reference) {
    return {
      section: markdown.breakingUncheckedMarkdown(tenantId, 'its metadata could not be read (see the warning above)'),
      count: 0
    }
  }
  const referenceRoles = grantedRoles(reference.metadata)
  const previewRoles = grantedRoles(project.metadata)
  const roles = [ADMIN_ROLE, ...[...referenceRoles].sort()]
  const newRoles = [...previewRoles].filter((role) => !referenceRoles.has(role)).sort()
  const operations = deps.clientOperations ?? { files: [], allowList: [] }
  const all = [...operations.files, ...operations.allowList]

  const engines = {
    reference: new EngineClient({ endpoint: reference.endpoint, adminSecret: reference.adminSecret, ...deps.engine }),
    preview: new EngineClient({ endpoint: preview.endpoint, adminSecret: preview.adminSecret, ...deps.engine })
  }
  const verdicts = []
  for (const role of roles) {
    // Both sides at once; roles one after the other, so that neither project gets more than one at a time.
    const sides = await Promise.allSettled([engines.reference.introspect(role), engines.preview.introspect(role)])
    const failed = sides.findIndex((side) => side.status === 'rejected')
    if (failed >= 0) {
      const error = (sides[failed] as PromiseRejectedResult).reason as unknown
      if (!(error instanceof Error)) throw error
      const which = failed === 0 ? `tenant ${tenantId} (input "compare-tenant-id")` : 'the preview'
      log.warning(
        `Could not introspect the GraphQL schema of ${which} as role ${role}, so the comment and the summary do ` +
          `not say what the pull request breaks for clients: ${error.message} The step goes on: nothing is known ` +
          'to break.'
      )
      const reason =
        failed === 0
          ? 'its GraphQL API could not be introspected'
          : "the preview's GraphQL API could not be introspected"
      return { section: markdown.breakingUncheckedMarkdown(tenantId, reason), count: 0 }
    }
    const [before, after] = sides.map((side) => (side as PromiseFulfilledResult<IntrospectionQuery>).value)
    const revoked = role !== ADMIN_ROLE && !previewRoles.has(role)
    verdicts.push(compareRole(role, before!, after!, all, revoked))
  }

  const count = verdicts.reduce((sum, verdict) => sum + breakingCount(verdict), 0)
  for (const verdict of verdicts) {
    const lines = [
      ...verdict.breaking.map((change) => `  breaking: ${changeText(change)}`),
      ...verdict.operations.map(
        ({ operation, message }) =>
          `  breaking: operation ${operation.name} at ${operation.at.file}:${operation.at.line} no longer valid: ${message}`
      ),
      ...verdict.dangerous.map((change) => `  dangerous: ${changeText(change)}`)
    ]
    log.info(
      `Role ${verdict.role}: ${breakingCount(verdict)} breaking, ${verdict.dangerous.length} dangerous` +
        `${verdict.revoked ? ' (the preview grants it nothing any more)' : ''}.`
    )
    // One log line each: the log writes a newline inside a line as \x0a.
    for (const line of lines) log.info(line)
  }
  const approved = settings.pullRequest?.labels?.some(
    (label) => label.toLowerCase() === settings.approveLabel.toLowerCase()
  )
  const gate =
    !settings.failOnBreaking || count === 0
      ? ({ kind: 'off' } as const)
      : approved
        ? ({ kind: 'approved', label: settings.approveLabel } as const)
        : ({ kind: 'fails', label: settings.approveLabel } as const)
  log.info(
    `Breaking for clients against tenant ${tenantId}: ${plural(count, 'breaking change')} over ` +
      `${plural(verdicts.length, 'role')}, ${plural(all.length, 'operation')} validated.` +
      (gate.kind === 'approved' ? ` Accepted by the label "${settings.approveLabel}".` : '')
  )
  const section = markdown.breakingChangesMarkdown({
    tenantId,
    verdicts,
    newRoles,
    operations: { files: operations.files.length, allowList: operations.allowList.length },
    gate
  })
  const failure =
    gate.kind === 'fails'
      ? `The pull request breaks the GraphQL API for clients: ${plural(count, 'breaking change')} ` +
        `against tenant ${tenantId} (input "fail-on-breaking"; the comment and the summary list them). To accept ` +
        `them, add the label "${settings.approveLabel}" to the pull request and run the job again.`
      : undefined
  return { section, count, failure }
}
