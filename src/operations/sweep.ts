import type { ProjectSummary } from '../cloud/client.js'
import { cell } from '../core/markdown.js'
import type { ServerPreview } from '../database/preview-database.js'
import { utcText } from '../core/time.js'
import { findUnnamedPreviews, judgeJournal, judgeTenant, type TenantRead } from '../preview/find.js'
import { previewName, previewNamePattern, previewNumber } from '../preview/name.js'
import type { PreviewDatabaseStore, SweepDeps } from './deps.js'
import { deleteExpiredPreview, expiredAt, timeOf } from './expiry.js'
import type { Outcome } from './outcome.js'
import { dropPreviewDatabases } from './preview-database.js'

type Deps = SweepDeps

interface Tally {
  swept: number
  kept: number
  rows: string[][]
  failed: string[]
}

/** What the sweep found of one pull request's preview: projects named after it, and its roles on the server. */
interface Candidate {
  number: number
  projects: ProjectSummary[]
  servers: ServerPreview[]
}

/**
 * Delete the previews of closed pull requests that teardown missed: a tenant goes only when GitHub says its pull
 * request is closed and the tenant is tied to it (its own marker, or the preview's journal on the database server);
 * the preview's databases and role go when the role is the pull request's. Candidates come from the project names
 * and from the roles on the database server, so what a killed teardown left on either side is found. Anything else
 * is kept with a warning. One failure does not stop the others; the step fails at the end if any failed.
 */
export async function sweepOperation(deps: Deps): Promise<Outcome> {
  // A database server that cannot be reached must not keep the tenants of closed pull requests alive.
  let store: PreviewDatabaseStore | undefined
  let unreachable: string | undefined
  try {
    store = await deps.server?.databases()
  } catch (error) {
    unreachable = (error as Error).message
    deps.log.error(`The preview databases cannot be swept: ${unreachable}`)
  }
  try {
    return await sweep(store, unreachable, deps)
  } finally {
    await store?.close()
  }
}

async function sweep(
  store: PreviewDatabaseStore | undefined,
  unreachable: string | undefined,
  deps: Deps
): Promise<Outcome> {
  const { settings, log } = deps
  const repository = settings.repository
  const candidates = new Map<number, Candidate>()
  const candidate = (number: number): Candidate => {
    const found = candidates.get(number) ?? { number, projects: [], servers: [] }
    candidates.set(number, found)
    return found
  }
  for (const project of await deps.cloud.findProjectsLike(previewNamePattern(repository))) {
    const number = previewNumber(project.name, repository)
    // Another repository's name that shares the first characters: not a candidate at all.
    if (number !== undefined) candidate(number).projects.push(project)
  }
  for (const [number, projects] of await findUnnamedPreviews(deps.cloud, repository)) {
    candidate(number).projects.push(...projects)
  }
  for (const server of (await store?.previewsOf(repository)) ?? []) candidate(server.pr.number).servers.push(server)

  const tally: Tally = { swept: 0, kept: 0, rows: [], failed: [] }
  for (const found of [...candidates.values()].sort((a, b) => a.number - b.number)) {
    await sweepOne(found, store, unreachable, tally, deps)
  }
  log.info(
    `Sweep: ${tally.swept} ${settings.dryRun ? 'to delete' : 'deleted'}, ${tally.kept} kept, ${tally.failed.length} failed.`
  )
  return {
    result: settings.dryRun ? 'planned' : tally.swept > 0 ? 'deleted' : 'unchanged',
    changed: tally.swept > 0,
    outputs: { swept: String(tally.swept), kept: String(tally.kept) },
    tables: [
      {
        title: `Previews of ${repository.owner}/${repository.repo}`,
        header: ['Name', 'PR', 'State', 'Action taken'],
        rows: tally.rows
      }
    ],
    failure:
      tally.failed.length > 0
        ? `The sweep failed on ${tally.failed.length} preview${tally.failed.length === 1 ? '' : 's'}: ${tally.failed.join('; ')}`
        : undefined
  }
}

/**
 * An open pull request's preview stays, unless it expired (`expire-after`): its tenants, tied to it by their markers,
 * all carry an expiry that has passed. One read per project of the preview.
 */
async function sweepIfExpired(
  found: Candidate,
  store: PreviewDatabaseStore | undefined,
  tally: Tally,
  row: (state: string, action: string) => void,
  deps: Deps
): Promise<void> {
  const { settings, log } = deps
  const pr = { ...settings.repository, number: found.number }
  const ours: TenantRead[] = []
  for (const project of found.projects) {
    if (!project.tenantId) continue
    const verdict = await judgeTenant(deps.cloud, project.tenantId, pr)
    if (verdict.kind === 'ours') ours.push(verdict.read)
  }
  const at = expiredAt(ours, timeOf(deps))
  if (!at) {
    tally.kept++
    row('open', 'kept')
    return
  }
  const when = `expired at ${utcText(at)}`
  if (settings.dryRun) {
    tally.swept++
    log.info(`Dry run: the preview of pull request #${pr.number} (open) ${when}; it would be deleted.`)
    row('open', `would be deleted (${when})`)
    return
  }
  const done = await deleteExpiredPreview(
    pr,
    ours.map((read) => read.tenant),
    at,
    store,
    deps
  )
  if (done.deleted.length > 0 || done.dropped) tally.swept++
  tally.failed.push(...done.failures)
  row('open', done.failures.length > 0 ? `failed: ${done.failures.join('; ')}` : `deleted (${when})`)
}

async function sweepOne(
  found: Candidate,
  store: PreviewDatabaseStore | undefined,
  unreachable: string | undefined,
  tally: Tally,
  deps: Deps
): Promise<void> {
  const { settings, cloud, log } = deps
  const { number } = found
  const pr = { ...settings.repository, number }
  const label = found.projects[0]?.name ?? previewName(pr)
  const row = (state: string, action: string): void => {
    tally.rows.push([cell(label), `#${number}`, state, cell(action)])
  }
  const keep = (state: string, why: string): void => {
    tally.kept++
    log.warning(`${label} (pull request #${number}) is kept: ${why}.`)
    row(state, `kept: ${why}`)
  }

  const { state, reason } = await deps.pullRequestState(number)
  if (state === 'open') return sweepIfExpired(found, store, tally, row, deps)
  if (state !== 'closed') return keep(state, reason ?? 'its state is unknown')

  // The tenants tied to the closed pull request: by their marker, or by the preview's journal.
  const tenants = new Map<string, string>()
  const refusals: string[] = []
  for (const project of found.projects) {
    if (!project.tenantId) continue
    const verdict = await judgeTenant(cloud, project.tenantId, pr)
    if (verdict.kind === 'ours') tenants.set(project.tenantId, `${project.name} (tenant ${project.tenantId})`)
    else if (verdict.kind === 'not-ours') refusals.push(verdict.why)
  }
  // The journal is on the preview's main role, named like the preview.
  const main = found.servers.find((server) => server.name === previewName(pr))
  if (main) {
    const journaled = await judgeJournal(cloud, pr, main.journal, log)
    if (journaled.kind === 'tenant' && !tenants.has(journaled.read.tenant.id)) {
      const { tenant } = journaled.read
      tenants.set(tenant.id, `${tenant.project.name} (tenant ${tenant.id})`)
    }
  }
  if (tenants.size === 0 && found.servers.length === 0) {
    if (refusals.length > 0) return keep('closed', refusals.join('; '))
    row('closed', 'gone already')
    return
  }
  const what = [...tenants.values(), ...found.servers.map((server) => `database ${server.name}`)].join(', ')
  if (settings.dryRun) {
    tally.swept++
    log.info(`Dry run: ${what} of pull request #${number} (closed) would be deleted.`)
    row('closed', 'would be deleted')
    return
  }

  const failures: string[] = []
  const deletedTenants: string[] = []
  for (const [tenantId, which] of tenants) {
    try {
      await cloud.deleteTenant(tenantId)
      deletedTenants.push(which)
      log.info(`Deleted ${which}: pull request #${number} is closed.`)
    } catch (error) {
      const message = (error as Error).message
      failures.push(`${which}: ${message}`)
      log.error(`Could not delete ${which}: ${message}`)
    }
  }
  const deleted = deletedTenants.length
  // The comment says the preview is gone before its last trace (its role) goes: a sweep killed in between finds the
  // role on its next run, and a comment still naming a tenant is updated then.
  if (failures.length === 0) {
    const preview = deps.previewOf?.(pr)
    const comment = await preview?.find()
    if (preview && comment?.tenantId) await preview.markDeleted(comment, comment.tenantId, { kind: 'swept' })
  }
  // The database goes once no tenant of the preview is left to use it.
  let dropped = false
  let notDropped: string | undefined = failures.length === 0 ? unreachable : undefined
  if (store && failures.length === 0) {
    try {
      dropped = (await dropPreviewDatabases(pr, store, deps)) === 'dropped'
    } catch (error) {
      notDropped = (error as Error).message
    }
  }
  if (notDropped) {
    // The tenant is gone either way: the failure is about the database alone, and the comment still says so.
    const whose = deleted > 0 ? `${deletedTenants.join(', ')}: the tenant was deleted, but its` : `${label}: the`
    failures.push(`${whose} preview database was not dropped: ${notDropped}`)
    log.error(`${whose} preview database was not dropped: ${notDropped}`)
  }
  if (deleted > 0 || dropped) tally.swept++
  tally.failed.push(...failures)
  if (notDropped && deleted > 0) row('closed', `deleted; database not dropped: ${notDropped}`)
  else if (failures.length > 0) row('closed', `failed: ${failures.join('; ')}`)
  else row('closed', deleted > 0 ? 'deleted' : 'deleted (what an earlier run left)')
}
