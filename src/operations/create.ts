import type { CreatedTenant, ProjectSummary, Tenant, TenantEnv } from '../cloud/client.js'
import { AmbiguousWrite, ApiRejected } from '../cloud/errors.js'
import { critical } from '../core/cancel.js'
import { consoleUrl, graphqlUrl } from '../core/endpoints.js'
import type { EnvEntry } from '../env/entry.js'
import type { PreviewState } from '../github/preview-comment.js'
import {
  findPreview,
  findUnmarkedSince,
  judgeJournal,
  judgeTenant,
  type PreviewSearch,
  type TenantRead
} from '../preview/find.js'
import { previewName } from '../preview/name.js'
import type { PullRequest, PullRequestRef } from '../preview/pull-request.js'
import type { PreviewJournal } from '../preview/tag.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import { breakingForClients, type BreakingOutcome } from './breaking.js'
import { compareWithReference } from './compare.js'
import type { CreateDeps, PreviewDatabaseStore, SchemaApplyRequest } from './deps.js'
import { requireEnvTheProjectReads } from './env-needs.js'
import { syncTenantEnv, withActionEntries, type EnvSyncResult } from './env-write.js'
import { enforcePreviewCap, planExpiry } from './expiry.js'
import { waitIfAsked } from './health-wait.js'
import type { Outcome } from './outcome.js'
import {
  ensurePreviewDatabases,
  previewDatabaseRefs,
  withPreviewDatabases,
  type PreviewDatabaseOf
} from './preview-database.js'
import { applySchemaIfGiven, startDirectMigrations, type EarlyMigrations } from './schema-apply.js'
import { describeTenant, reportEnv, reportTenant } from './tenant-facts.js'

type Deps = CreateDeps

/**
 * Create a tenant, or on a pull request reuse its preview. In order: the search for this pull request's preview (and,
 * when it has none, `max-previews`); the preview database (before any Cloud write, so a Postgres failure costs no
 * tenant); the tenant; one env write carrying the file, the marker and the database URL; the project's name; the
 * comment; the health wait; the Hasura project. Outputs are set, and the tenant id logged, the moment each is known.
 * With a preview database, the preview's journal on its role records the create before it is sent and the tenant once
 * it answers: a run killed at any point leaves a tenant the next run can tie to the pull request (see judgeJournal).
 */
export function createOperation(deps: Deps): Promise<Outcome> {
  const pr = deps.settings.pullRequest
  return pr ? withPreviewDatabases(deps, (store) => createPreview(pr, store, deps)) : createTenantOnly(deps)
}

/** A create outside a pull request: a tenant, its env, its name, the health wait and the Hasura project. */
async function createTenantOnly(deps: Deps): Promise<Outcome> {
  const projects = await deps.cloud.listProjects()
  if (deps.settings.dryRun) return plannedCreate(deps)
  return createNew({ projects }, { databases: [] }, undefined, deps)
}

async function createPreview(pr: PullRequest, store: PreviewDatabaseStore | undefined, deps: Deps): Promise<Outcome> {
  const { settings, log } = deps
  const name = settings.name ?? previewName(pr)
  requireEnvTheProjectReads(deps)
  const comment = deps.preview ? await deps.preview.find() : undefined
  const journal = store ? await store.journal(previewName(pr), pr) : {}

  const journaled = await judgeJournal(deps.cloud, pr, journal, log)
  if (journaled.kind === 'ambiguous') throw ambiguousJournal(journaled.candidates)
  if (journaled.kind === 'tenant') {
    const { tenant } = journaled.read
    log.info(
      journaled.marked
        ? `The preview's record names tenant ${tenant.id}: this pull request's preview.`
        : `Tenant ${tenant.id} was made for this pull request by a run that ended before it was finished: finishing it.`
    )
  }
  const search: PreviewSearch =
    journaled.kind === 'tenant'
      ? { found: journaled.read, projects: [] }
      : await findPreview(deps.cloud, pr, { commentTenantId: comment?.tenantId, name, openedAt: pr.openedAt }, log)
  // Counted only once the pull request's own preview was looked for: a pull request that has its preview is never refused.
  if (!search.found) await enforcePreviewCap(pr, store, search.projects, deps)

  const databases = store ? await ensurePreviewDatabases(pr, store, deps) : []
  const preview: PreviewSetup = { databases, store, pr }
  // The new databases get their migrations now, while the tenant is found or made and boots.
  preview.early = startDirectMigrations(previewDatabaseRefs(databases), deps, schemaRequest(preview).onSeeded)
  if (search.found) return reusePreview(search.found, comment, preview, deps)
  if (search.gone) log.info('Making a new preview.')
  if (settings.dryRun) return plannedCreate(deps)
  return createNew(search, preview, comment, deps)
}

function plannedCreate(deps: Deps): Outcome {
  const { settings } = deps
  const name = settings.name ?? (settings.pullRequest ? previewName(settings.pullRequest) : undefined)
  deps.log.info(
    `Dry run: a tenant would be created in ${settings.cloud}/${settings.region}` +
      `${name ? ` and named ${name}` : ''}; nothing written.`
  )
  deps.report.setTenant({ name })
  return { result: 'planned', changed: true }
}

/** A new tenant: made, written (env with the marker), named, announced, waited for, given the Hasura project. */
async function createNew(
  search: Pick<PreviewSearch, 'projects'>,
  preview: PreviewSetup,
  comment: PreviewState | undefined,
  deps: Deps
): Promise<Outcome> {
  const { store } = preview
  const { settings, log } = deps
  const pr = settings.pullRequest
  const name = settings.name ?? (pr ? previewName(pr) : undefined)
  const record = pr && store ? (journal: PreviewJournal) => store.writeJournal(previewName(pr), pr, journal) : undefined

  await record?.({
    creating: { since: new Date().toISOString(), before: search.projects.map((project) => project.id) }
  })
  // A cancelled run waits for the answer: the tenant's id is then in the log, in the outputs and on the record.
  const created = await critical(async () => {
    const made = await createTenant(search.projects, deps)
    log.info(`Created ${describeTenant(made.tenant)}.`)
    reportTenant(made.tenant, deps)
    await record?.({ tenant: made.tenant.id })
    return made
  })
  let tenant = created.tenant

  const expiry = planExpiry(undefined, deps)
  const sync = await writeNewTenantEnv(created, preview, deps, expiry.entry)
  if (expiry.at) deps.report.setExpiresAt(expiry.at)

  if (name && tenant.project.name !== name) {
    const named = await nameProject(tenant, name, deps)
    if ('lostTo' in named) {
      log.warning(
        `Another run made this pull request's preview first (tenant ${named.lostTo.tenant.id}): deleting the tenant ` +
          `this run made (${tenant.id}) and using that one. One pull request, one tenant.`
      )
      await record?.({ tenant: named.lostTo.tenant.id })
      await deps.cloud.deleteTenant(tenant.id)
      // The winner may have commented since this run looked: update its comment rather than post a second one.
      return reusePreview(named.lostTo, (await deps.preview?.find()) ?? comment, preview, deps)
    }
    tenant = named.tenant
    reportTenant(tenant, deps)
  }

  const outcome: Outcome = { result: 'created', changed: true, changes: sync.changes }
  // The comment goes up before the health wait, so reviewers (and the next run) find the tenant even if the wait fails.
  const published = await publish(comment, tenant, outcome, deps, {
    databases: preview.databases,
    expiresAt: expiry.at
  })
  await waitIfAsked(tenant.project.endpoint, deps)
  const { migrations, comparison, breaking } = await applyProject(tenant, sync.env, preview, deps)
  outcome.section = comparison
  withBreaking(outcome, breaking)
  // The comment the first publish wrote is updated, never a second one posted.
  if (migrations !== undefined)
    await publish(published, tenant, outcome, deps, { databases: preview.databases, migrations, expiresAt: expiry.at })
  return outcome
}

/** This pull request's existing preview: its env synced (the marker too), the schema applied, the comment updated. */
async function reusePreview(
  found: TenantRead,
  comment: PreviewState | undefined,
  preview: PreviewSetup,
  deps: Deps
): Promise<Outcome> {
  const { settings } = deps
  let { tenant } = found
  reportTenant(tenant, deps)
  deps.log.info(`Reusing this pull request's preview: ${describeTenant(tenant)}.`)
  const expiry = planExpiry(found.env.vars, deps)
  const entries = withActionEntries(deps.entries, {
    pr: settings.pullRequest,
    databases: databaseEntries(preview, deps),
    expiry: expiry.entry
  })
  const sync = await syncTenantEnv(tenant.id, entries, found.env, settings, deps)
  reportEnv(sync.env, deps)
  if (expiry.at && !settings.dryRun) deps.report.setExpiresAt(expiry.at)
  // A run that ended between its env write and its rename left the generated name: the marker is there now.
  const name = settings.name ?? (settings.pullRequest ? previewName(settings.pullRequest) : undefined)
  if (!settings.dryRun && name && tenant.project.name !== name) {
    const named = await nameProject(tenant, name, deps)
    if ('lostTo' in named && named.lostTo.tenant.id !== tenant.id) {
      deps.log.warning(
        `This pull request's preview is tenant ${named.lostTo.tenant.id}, which holds its name: deleting tenant ` +
          `${tenant.id}, which an earlier run made for it too. One pull request, one tenant.`
      )
      await deps.cloud.deleteTenant(tenant.id)
      return reusePreview(named.lostTo, comment, preview, deps)
    }
    if ('tenant' in named) {
      tenant = named.tenant
      reportTenant(tenant, deps)
    }
  }
  if (!settings.dryRun && (sync.result === 'updated' || deps.project)) {
    await waitIfAsked(tenant.project.endpoint, deps)
  }
  const { migrations, comparison, breaking } = await applyProject(tenant, sync.env, preview, deps)
  // In a dry run, `changed` says whether the sync would write.
  const outcome: Outcome = {
    result: settings.dryRun ? 'planned' : 'reused',
    changed: sync.changed,
    changes: sync.changes,
    section: comparison
  }
  withBreaking(outcome, breaking)
  await publish(comment, tenant, outcome, deps, { databases: preview.databases, migrations, expiresAt: expiry.at })
  return outcome
}

/** The preview's own databases (with `postgres-server-url`), and the store that made them. */
interface PreviewSetup {
  databases: PreviewDatabaseOf[]
  store?: PreviewDatabaseStore
  pr?: PullRequestRef
  /** The migrations of the new databases, under way. */
  early?: EarlyMigrations
}

/** The database URLs the tenant gets: each preview database's, or `database-url`. */
function databaseEntries(preview: PreviewSetup, deps: Deps): { env: string; url: string }[] {
  const { settings } = deps
  if (preview.databases.length > 0) return preview.databases.map(({ env, url }) => ({ env, url }))
  return settings.databaseUrl ? [{ env: settings.databaseUrlEnv, url: settings.databaseUrl }] : []
}

/**
 * The Hasura project applied, then (with `compare-tenant-id`) compared with the reference tenant, read once: what the
 * project changes, and what the preview breaks for clients (first in the comment: what reviewers most need).
 */
async function applyProject(
  tenant: Tenant,
  env: TenantEnv,
  preview: PreviewSetup,
  deps: Deps
): Promise<{ migrations?: number; comparison?: string; breaking?: BreakingOutcome }> {
  const migrations = await applySchemaIfGiven(tenant.project.endpoint, env, deps, schemaRequest(preview), preview.early)
  const { section, reference } = await compareWithReference(deps)
  const adminSecret = env.vars[ADMIN_SECRET_KEY]
  const breaking = adminSecret
    ? await breakingForClients(deps, reference, { endpoint: tenant.project.endpoint, adminSecret })
    : undefined
  const sections = [breaking?.section, section].filter((text) => text !== undefined)
  return { migrations, comparison: sections.length > 0 ? sections.join('\n') : undefined, breaking }
}

/** The count becomes the output `breaking-changes`; with `fail-on-breaking`, the step fails after the comment. */
function withBreaking(outcome: Outcome, breaking: BreakingOutcome | undefined): void {
  if (!breaking) return
  outcome.outputs = { ...outcome.outputs, 'breaking-changes': String(breaking.count) }
  if (breaking.failure) outcome.failure = breaking.failure
}

/** For the schema apply: the sources reading a preview database keep their records in it, and get its seeds. */
function schemaRequest(preview: PreviewSetup): SchemaApplyRequest {
  const { store, databases, pr } = preview
  return {
    previewDatabases: previewDatabaseRefs(databases),
    onSeeded: store && pr ? (name) => store.seedsApplied(name, pr) : undefined
  }
}

/** A journal that names a create whose tenant cannot be told apart from others made meanwhile. */
function ambiguousJournal(candidates: ProjectSummary[]): Error {
  const list = candidates.map((project) => `${project.name} (tenant ${project.tenantId ?? 'none yet'})`).join(', ')
  return new Error(
    `An earlier run of this pull request sent a create and ended before it answered, and since then these projects ` +
      `were made: ${list}. None can be tied to this pull request alone, so none is used or deleted. Delete the one ` +
      'that run made (a project with a generated name and no preview marker, made at that time) in ' +
      'the Hasura Cloud console, then re-run the job.'
  )
}

/**
 * createTenant, sent once. After an ambiguous failure the account's projects are listed again: a project that was
 * not there before this run's create, and carries no preview marker yet, is the one this create made, and is
 * adopted only when it is the only one. Otherwise the step fails and names the candidates.
 */
async function createTenant(before: ProjectSummary[], deps: Deps): Promise<CreatedTenant> {
  const { settings, cloud, log } = deps
  try {
    return await cloud.createTenant({ cloud: settings.cloud, region: settings.region, plan: settings.plan })
  } catch (error) {
    if (error instanceof ApiRejected) {
      const quota = /limit|quota|maximum|exceed/i.test(error.message)
        ? ' The account may have reached its limit of projects: delete previews of closed pull requests (operation: sweep).'
        : ''
      throw new Error(`Hasura Cloud refused to create a tenant: ${error.message}.${quota}`, { cause: error })
    }
    if (!(error instanceof AmbiguousWrite)) throw error
    log.warning(`${error.message} Looking for a tenant it may have made...`)
    const { fresh, unmarked } = await findUnmarkedSince(
      cloud,
      before.map((project) => project.id)
    )
    if (fresh.length === 1 && unmarked.length === 1) {
      const adopted = unmarked[0]!
      log.warning(
        `Tenant ${adopted.tenant.id} (project ${adopted.tenant.project.name}) is the only project made since this run ` +
          'listed the account: it is the one this create made, adopting it.'
      )
      return { tenant: adopted.tenant, hash: adopted.env.hash }
    }
    const candidates = fresh.length
      ? `projects made since this run began: ${fresh.map((project) => `${project.name} (tenant ${project.tenantId ?? 'none yet'})`).join(', ')}; none can be tied to this run alone`
      : 'no new project shows in the account yet'
    throw new Error(
      `${error.message} A tenant may have been created (${candidates}). Check the Hasura Cloud console before ` +
        're-running, and delete a tenant this run left behind.',
      { cause: error }
    )
  }
}

/**
 * The new tenant's one env write: the file, the marker and the database URL. A new tenant holds only server-set
 * keys: planning against none saves a read, unless the plan needs them (prune, removals, nothing to write).
 */
async function writeNewTenantEnv(
  created: CreatedTenant,
  preview: PreviewSetup,
  deps: Deps,
  expiry: EnvEntry | undefined
): Promise<EnvSyncResult> {
  const { settings } = deps
  const entries = withActionEntries(deps.entries, {
    pr: settings.pullRequest,
    databases: databaseEntries(preview, deps),
    expiry
  })
  const needsVars = settings.prune || entries.length === 0 || entries.some((entry) => entry.value === null)
  const current =
    created.hash !== undefined && !needsVars
      ? { hash: created.hash, vars: {} }
      : await deps.cloud.getTenantEnv(created.tenant.id)
  const sync = await syncTenantEnv(created.tenant.id, entries, current, settings, deps)
  reportEnv(sync.env, deps)
  return sync
}

/**
 * Name the project (the API ignores a name given to createTenant). A refused name leaves the generated one, with a
 * warning; on a pull request, a name held by this pull request's own preview means another run won the race.
 */
async function nameProject(
  tenant: Tenant,
  name: string,
  deps: Deps
): Promise<{ tenant: Tenant } | { lostTo: TenantRead }> {
  const { cloud, log } = deps
  const pr = deps.settings.pullRequest
  let refusal: string
  try {
    const project = await cloud.renameProject(tenant.project.id, name)
    if (project) return { tenant: { ...tenant, project } }
    refusal = 'the API answered no project'
  } catch (error) {
    if (!(error instanceof ApiRejected)) throw error
    refusal = error.message
    const holder = (await cloud.findProjects(name))[0]
    // A retried rename that went through the first time finds the name already ours.
    if (holder?.tenantId === tenant.id)
      return { tenant: { ...tenant, project: { ...tenant.project, name, endpoint: holder.endpoint } } }
    if (pr && holder?.tenantId) {
      const verdict = await judgeTenant(cloud, holder.tenantId, pr)
      if (verdict.kind === 'ours') return { lostTo: verdict.read }
    }
  }
  log.warning(
    `Hasura Cloud refused the name ${name} (${refusal}): the project keeps its generated name ` +
      `${tenant.project.name}. Tenant ${tenant.id} remains the handle${pr ? ' (it carries its preview marker)' : ''}.`
  )
  return { tenant }
}

async function publish(
  comment: PreviewState | undefined,
  tenant: Tenant,
  outcome: Outcome,
  deps: Deps,
  extra: { databases: PreviewDatabaseOf[]; migrations?: number; expiresAt?: Date }
): Promise<PreviewState | undefined> {
  // A dry run writes nothing, and a comment claiming a sync would mislead reviewers.
  if (deps.settings.dryRun || !deps.preview) return comment
  return deps.preview.publish(comment, {
    tenantId: tenant.id,
    endpoint: graphqlUrl(tenant.project.endpoint),
    consoleUrl: consoleUrl(tenant.project.id),
    projectName: tenant.project.name,
    result: outcome.result,
    changes: outcome.changes ?? [],
    databaseName: extra.databases.map((database) => database.name).join(', ') || undefined,
    migrationsApplied: extra.migrations,
    expiresAt: extra.expiresAt,
    comparison: outcome.section
  })
}
