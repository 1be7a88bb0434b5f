import { cell } from '../core/markdown.js'
import { judgeTenant } from '../preview/find.js'
import { previewNamePattern, previewNumber } from '../preview/name.js'
import type { OperationDeps } from './deps.js'
import type { Outcome } from './outcome.js'
import { dropPreviewDatabase } from './preview-database.js'
import type { SweepSettings } from './settings.js'

type Deps = OperationDeps<SweepSettings>

/**
 * Delete the previews of closed pull requests that teardown missed. A tenant goes only when its name is this
 * repository's preview name of a pull request, GitHub says that pull request is closed, and the tenant's own marker
 * names it; anything else is kept with a warning. One failed deletion does not stop the others; the step fails at
 * the end if any failed.
 */
export async function sweepOperation(deps: Deps): Promise<Outcome> {
  const { settings, cloud, log } = deps
  const repository = settings.repository
  const projects = await cloud.findProjectsLike(previewNamePattern(repository))
  const rows: string[][] = []
  const failed: string[] = []
  let swept = 0
  let kept = 0
  for (const project of projects) {
    const number = previewNumber(project.name, repository)
    // Another repository's name that shares the first characters: not a candidate at all.
    if (number === undefined) continue
    const pr = { ...repository, number }
    const row = (state: string, action: string): void => {
      rows.push([cell(project.name), `#${number}`, state, cell(action)])
    }
    const keep = (state: string, why: string): void => {
      kept++
      log.warning(`${project.name} (pull request #${number}) is kept: ${why}.`)
      row(state, `kept: ${why}`)
    }
    if (!project.tenantId) {
      keep('-', 'the project has no tenant')
      continue
    }
    const { state, reason } = await deps.pullRequestState!(number)
    if (state === 'open') {
      kept++
      row('open', 'kept')
      continue
    }
    if (state !== 'closed') {
      keep(state, reason ?? 'its state is unknown')
      continue
    }
    const verdict = await judgeTenant(cloud, project.tenantId, pr)
    if (verdict.kind === 'gone') {
      row('closed', 'gone already')
      continue
    }
    if (verdict.kind === 'not-ours') {
      keep('closed', verdict.why)
      continue
    }
    if (settings.dryRun) {
      swept++
      log.info(
        `Dry run: ${project.name} (tenant ${project.tenantId}, pull request #${number}, closed) would be deleted.`
      )
      row('closed', 'would be deleted')
      continue
    }
    const which = `${project.name} (tenant ${project.tenantId})`
    try {
      await cloud.deleteTenant(project.tenantId)
    } catch (error) {
      const message = (error as Error).message
      failed.push(`${which}: ${message}`)
      log.error(`Could not delete ${which}: ${message}`)
      row('closed', `failed: ${message}`)
      continue
    }
    swept++
    log.info(`Deleted ${which}: pull request #${number} is closed.`)
    let action = 'deleted'
    try {
      await dropPreviewDatabase(pr, deps)
    } catch (error) {
      // The tenant is gone either way: the failure is about the database alone, and the comment still says so.
      const message = (error as Error).message
      failed.push(`${which}: the tenant was deleted, but its preview database was not dropped: ${message}`)
      log.error(`The tenant of ${which} was deleted, but its preview database was not dropped: ${message}`)
      action = `deleted; database not dropped: ${message}`
    }
    const preview = deps.previewOf?.(pr)
    const comment = await preview?.find()
    if (preview && comment) await preview.markDeleted(comment, project.tenantId, 'swept')
    row('closed', action)
  }
  log.info(`Sweep: ${swept} ${settings.dryRun ? 'to delete' : 'deleted'}, ${kept} kept, ${failed.length} failed.`)
  return {
    result: settings.dryRun ? 'planned' : swept > 0 ? 'deleted' : 'unchanged',
    changed: swept > 0,
    outputs: { swept: String(swept), kept: String(kept) },
    tables: [
      {
        title: `Previews of ${repository.owner}/${repository.repo}`,
        header: ['Name', 'PR', 'State', 'Action taken'],
        rows
      }
    ],
    failure:
      failed.length > 0
        ? `The sweep failed on ${failed.length} preview${failed.length === 1 ? '' : 's'}: ${failed.join('; ')}`
        : undefined
  }
}
