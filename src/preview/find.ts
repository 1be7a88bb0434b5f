import type { CloudClient, ProjectSummary, Tenant, TenantEnv } from '../cloud/client.js'
import { TenantNotFound } from '../cloud/errors.js'
import type { Logger } from '../core/log.js'
import { hasMarker, isPreviewOf, markedNumber, markerMismatch } from './marker.js'
import { previewNumber } from './name.js'
import type { PullRequestRef } from './pull-request.js'
import type { PreviewJournal } from './tag.js'

/** A tenant and its env, read in one round trip. */
export interface TenantRead {
  tenant: Tenant
  env: TenantEnv
}

/** What finding a preview needs of the Cloud API. */
export type PreviewLookup = Pick<CloudClient, 'readTenant' | 'listProjects'>

/** A tenant and its env, or undefined when it is gone (deleted meanwhile, or never there). */
async function readIfExists(cloud: PreviewLookup, tenantId: string): Promise<TenantRead | undefined> {
  try {
    return await cloud.readTenant(tenantId)
  } catch (error) {
    if (error instanceof TenantNotFound) return undefined
    throw error
  }
}

/** A candidate tenant, judged by its own marker. */
export type Verdict = { kind: 'ours'; read: TenantRead } | { kind: 'gone' } | { kind: 'not-ours'; why: string }

/**
 * Is the tenant this pull request's preview? Only its own marker says so: a comment can be forged and two
 * repositories' names can normalise alike, but the marker is written by this action on the tenant itself.
 */
export async function judgeTenant(cloud: PreviewLookup, tenantId: string, pr: PullRequestRef): Promise<Verdict> {
  const read = await readIfExists(cloud, tenantId)
  if (!read) return { kind: 'gone' }
  return isPreviewOf(read.env.vars, pr)
    ? { kind: 'ours', read }
    : { kind: 'not-ours', why: markerMismatch(read.env.vars, pr) }
}

export interface PreviewSearch {
  /** This pull request's preview, when a candidate's marker names it. */
  found?: TenantRead
  /** The tenant the preview comment names, when it no longer exists. */
  gone?: string
  /**
   * The account's projects, listed when the comment did not lead to the preview: what a create ties its own tenant
   * to (a project that was not there before it).
   */
  projects: ProjectSummary[]
}

/**
 * The pull request's preview, shared by create, delete and sweep: the tenant its comment names, else the project
 * with its preview name; either counts only when the tenant's marker names this pull request. A candidate that is
 * not this pull request's preview is left alone, with a warning.
 */
export async function findPreview(
  cloud: PreviewLookup,
  pr: PullRequestRef,
  hints: { commentTenantId?: string; name?: string; openedAt?: string },
  log: Logger
): Promise<PreviewSearch> {
  const { commentTenantId, name } = hints
  let gone: string | undefined
  if (commentTenantId) {
    const verdict = await judgeTenant(cloud, commentTenantId, pr)
    if (verdict.kind === 'ours') return { found: verdict.read, projects: [] }
    if (verdict.kind === 'gone') {
      gone = commentTenantId
      log.warning(`The preview comment names tenant ${commentTenantId}, which no longer exists.`)
    } else {
      log.warning(`The preview comment names tenant ${commentTenantId}, but ${verdict.why}: it is left alone.`)
    }
  }
  const projects = await cloud.listProjects()
  const holder = name ? projects.find((project) => project.name === name) : undefined
  if (holder?.tenantId && holder.tenantId !== commentTenantId) {
    const verdict = await judgeTenant(cloud, holder.tenantId, pr)
    if (verdict.kind === 'ours') {
      log.info(`Found this pull request's preview by its name ${name}: tenant ${holder.tenantId}.`)
      return { found: verdict.read, projects }
    }
    if (verdict.kind === 'not-ours') {
      log.warning(`Project ${name} exists (tenant ${holder.tenantId}), but ${verdict.why}: it is left alone.`)
    }
  }
  const renamedNever = await findUnnamed(cloud, pr, projects, hints)
  if (renamedNever) {
    log.info(
      `Found this pull request's preview by its marker: tenant ${renamedNever.tenant.id} (project ` +
        `${renamedNever.tenant.project.name}, never renamed to ${name ?? 'its preview name'}).`
    )
    return { found: renamedNever, projects }
  }
  return { gone, projects }
}

/**
 * A preview that never got its name (its rename was refused, or its run ended before it) and that no comment
 * names: among the projects made since the pull request was opened, those whose name is no preview name, the one
 * whose marker names this pull request. One read per such project, and none when the time is not known.
 */
async function findUnnamed(
  cloud: PreviewLookup,
  pr: PullRequestRef,
  projects: ProjectSummary[],
  hints: { commentTenantId?: string; name?: string; openedAt?: string }
): Promise<TenantRead | undefined> {
  if (!hints.openedAt) return undefined
  const since = Date.parse(hints.openedAt)
  const candidates = projects.filter(
    (project) =>
      project.tenantId &&
      project.tenantId !== hints.commentTenantId &&
      project.name !== hints.name &&
      !LOOKS_LIKE_A_PREVIEW.test(project.name) &&
      Date.parse(project.createdAt) >= since
  )
  for (const project of candidates) {
    const verdict = await judgeTenant(cloud, project.tenantId!, pr)
    if (verdict.kind === 'ours') return verdict.read
  }
  return undefined
}

/** Names this action gives previews (of any repository) end so; a generated name does not. */
const LOOKS_LIKE_A_PREVIEW = /-pr-[1-9][0-9]*$/

/**
 * The projects made since the account held `before` (their ids), and among them the tenants that carry no marker
 * yet: a tenant no run has claimed, which is what a create whose answer was lost leaves behind.
 */
export async function findUnmarkedSince(
  cloud: PreviewLookup,
  before: readonly string[]
): Promise<{ fresh: ProjectSummary[]; unmarked: TenantRead[] }> {
  const known = new Set(before)
  const fresh = (await cloud.listProjects()).filter((project) => !known.has(project.id))
  const unmarked: TenantRead[] = []
  for (const project of fresh) {
    if (!project.tenantId) continue
    const read = await readIfExists(cloud, project.tenantId)
    if (read && !hasMarker(read.env.vars)) unmarked.push(read)
  }
  return { fresh, unmarked }
}

/** What the journal ties to the pull request: its tenant, or nothing; `marked` says whether it carries the marker. */
export type JournalVerdict =
  | { kind: 'none' }
  | { kind: 'tenant'; read: TenantRead; marked: boolean }
  | { kind: 'ambiguous'; candidates: ProjectSummary[] }

/**
 * The tenant a preview's journal ties to its pull request (see PreviewJournal): the one it names, unless that
 * tenant is gone or marked for another pull request; or, when a create was sent and its answer lost, the one
 * project made since then that no run has marked, when there is exactly one.
 */
export async function judgeJournal(
  cloud: PreviewLookup,
  pr: PullRequestRef,
  journal: PreviewJournal,
  log: Logger
): Promise<JournalVerdict> {
  if (journal.tenant) {
    const read = await readIfExists(cloud, journal.tenant)
    if (!read) return { kind: 'none' }
    if (isPreviewOf(read.env.vars, pr)) return { kind: 'tenant', read, marked: true }
    if (!hasMarker(read.env.vars)) return { kind: 'tenant', read, marked: false }
    log.warning(
      `The preview's record on its database server names tenant ${journal.tenant}, but ${markerMismatch(read.env.vars, pr)}: ` +
        'it is left alone.'
    )
    return { kind: 'none' }
  }
  if (!journal.creating) return { kind: 'none' }
  const { fresh, unmarked } = await findUnmarkedSince(cloud, journal.creating.before)
  if (unmarked.length === 0) return { kind: 'none' }
  if (fresh.length === 1 && unmarked.length === 1) return { kind: 'tenant', read: unmarked[0]!, marked: false }
  return { kind: 'ambiguous', candidates: fresh }
}

/**
 * The previews of a repository that never got their name (see findUnnamed), by pull request number: every project
 * of the account whose name is no preview name is read once. For the sweep, which knows no time to start from.
 */
export async function findUnnamedPreviews(
  cloud: PreviewLookup,
  repository: { owner: string; repo: string }
): Promise<Map<number, ProjectSummary[]>> {
  const found = new Map<number, ProjectSummary[]>()
  for (const project of await cloud.listProjects()) {
    if (!project.tenantId || LOOKS_LIKE_A_PREVIEW.test(project.name)) continue
    const read = await readIfExists(cloud, project.tenantId)
    if (!read) continue
    const number = markedNumber(read.env.vars, repository)
    if (number !== undefined) found.set(number, [...(found.get(number) ?? []), project])
  }
  return found
}

/** A repository's preview as its tenant tells: the pull request its marker names, and the tenant with its env. */
export interface MarkedPreview {
  number: number
  read: TenantRead
}

/**
 * How many projects with no tie to the repository a count reads, newest first. A preview may carry any name (the
 * `name` input, or its generated one when the rename was refused), so only its tenant's marker says whose it is: one
 * read per project, which an account of many projects must not pay in full on every capped push. Previews live as
 * long as their pull requests, so the newest projects are the likeliest ones.
 */
const MAX_UNTIED_READS = 50

/**
 * The previews of a repository among the account's projects (listed once), each tied to its pull request by its own
 * marker, whatever its name: the projects with one of the repository's preview names, and the tenants in `likely`
 * (named by its preview roles' journals), are read first, then the others, newest first, up to MAX_UNTIED_READS;
 * `unread` counts those left.
 */
export async function findMarkedPreviews(
  cloud: PreviewLookup,
  repository: { owner: string; repo: string },
  projects: readonly ProjectSummary[],
  likely: ReadonlySet<string> = new Set()
): Promise<{ previews: MarkedPreview[]; unread: number }> {
  const withTenant = projects.filter((project) => project.tenantId)
  const tied = (project: ProjectSummary): boolean =>
    likely.has(project.tenantId!) || previewNumber(project.name, repository) !== undefined
  const untied = withTenant
    .filter((project) => !tied(project))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
  const previews: MarkedPreview[] = []
  for (const project of [...withTenant.filter(tied), ...untied.slice(0, MAX_UNTIED_READS)]) {
    const read = await readIfExists(cloud, project.tenantId!)
    if (!read) continue
    const number = markedNumber(read.env.vars, repository)
    if (number !== undefined) previews.push({ number, read })
  }
  return { previews, unread: Math.max(untied.length - MAX_UNTIED_READS, 0) }
}
