import type { DropResult, PreviewDatabase } from '../database/preview-database.js'
import { queryParams, withSslmode } from '../database/url.js'
import { sourceEnvs, sslConfiguredSources } from '../project/sources.js'
import { previewDatabaseNames, previewName } from '../preview/name.js'
import type { PullRequest, PullRequestRef } from '../preview/pull-request.js'
import type { CreateDeps, DeleteDeps, OperationDeps, PreviewDatabaseRef, PreviewDatabaseStore } from './deps.js'
import { sourcesReading } from './migration-plan.js'

/** A preview database and the env var that carries its URL to the tenant. */
export interface PreviewDatabaseOf extends PreviewDatabase {
  env: string
}

/** Opens the `postgres-server-url` store for the length of `work`, when there is one, and closes it whatever happens. */
export async function withPreviewDatabases<T>(
  deps: CreateDeps | DeleteDeps,
  work: (store: PreviewDatabaseStore | undefined) => Promise<T>
): Promise<T> {
  const store = await deps.server?.databases()
  try {
    return await work(store)
  } finally {
    await store?.close()
  }
}

/**
 * The databases a preview gets: one per env var the project's Postgres sources read their URL from (in the order
 * of databases.yaml; the first `<preview>`, the others `<preview>-<source>`, kept apart, see previewDatabaseNames),
 * except a var the env file sets, which is the user's. With no such source (or no project), one database, written to
 * `database-url-env`.
 */
export function plannedDatabases(pr: PullRequestRef, deps: CreateDeps): { name: string; env: string }[] {
  const set = new Set((deps.entries ?? []).filter((entry) => entry.value !== null).map((entry) => entry.key))
  const sources: { source: string; env: string }[] = []
  for (const [source, env] of deps.project ? sourceEnvs(deps.project.metadata) : []) {
    if (set.has(env) || sources.some((planned) => planned.env === env)) continue
    sources.push({ source, env })
  }
  if (sources.length === 0) return [{ name: previewName(pr), env: deps.settings.databaseUrlEnv }]
  const names = previewDatabaseNames(
    pr,
    sources.map(({ source }) => source)
  )
  return sources.map(({ env }, index) => ({ name: names[index]!, env }))
}

/**
 * The pull request's databases on `postgres-server-url`, made (or found) before anything is written to Hasura Cloud.
 * Named after the pull request whatever the project's name: delete and sweep find them by their roles.
 */
export async function ensurePreviewDatabases(
  pr: PullRequest,
  store: PreviewDatabaseStore,
  deps: CreateDeps
): Promise<PreviewDatabaseOf[]> {
  const { settings } = deps
  const databases: PreviewDatabaseOf[] = []
  for (const [index, { name, env }] of plannedDatabases(pr, deps).entries()) {
    const database = await store.ensure(name, {
      owner: pr,
      // The template holds the main database's starting data; the others start empty.
      template: index === 0 ? settings.databaseTemplate : undefined,
      reset: settings.resetDatabase,
      dryRun: settings.dryRun,
      seeds: settings.seeds
    })
    // Seeds an earlier run asked for stay pending (its tag says so) until a run with seeds: true: only it reads them.
    const url = engineUrl(database.url, env, deps)
    databases.push({ ...database, url, seedsPending: database.seedsPending && settings.seeds, env })
  }
  deps.report.setDatabases(databases.map((database) => database.name))
  return databases
}

/**
 * The URL the tenant's engine gets for a preview database. With `verify-ca`/`verify-full` the action verified the
 * server against `postgres-ca` (or a `sslrootcert` file, or Node's CAs), which the engine, on Hasura Cloud, cannot
 * read: libpq would look for ~/.postgresql/root.crt and refuse to connect. So unless the sources reading the database
 * give the engine a CA of their own (`ssl_configuration`), it gets `sslmode=require`: encrypted, to the server whose
 * certificate the action verified. `sslrootcert=system` (libpq's system CAs) stays as written.
 */
function engineUrl(url: string, env: string, deps: CreateDeps): string {
  const { settings, project, log } = deps
  const params = queryParams(settings.postgresServerUrl ?? '')
  const mode = params.getAll('sslmode').at(-1)
  if ((mode !== 'verify-ca' && mode !== 'verify-full') || params.get('sslrootcert') === 'system') return url
  const configured = project ? sslConfiguredSources(project.metadata) : new Set<string>()
  const sources = project ? sourcesReading(project, { env }) : []
  if (sources.length > 0 && sources.every((source) => configured.has(source))) return url
  const tenantUrl = withSslmode(url, 'require')
  log.mask(tenantUrl)
  log.info(
    `${env} gets sslmode=require, not ${mode}: the action verified the server's certificate, and the project's ` +
      'engine has no CA to verify it with. To have the engine verify it too, give the source an ssl_configuration ' +
      '(sslmode and sslrootcert from an env var) in databases.yaml.'
  )
  return tenantUrl
}

/** What the schema apply needs to know of them: each one's ledger, and whether its seeds are pending. */
export function previewDatabaseRefs(databases: PreviewDatabaseOf[]): PreviewDatabaseRef[] {
  return databases.map((database) => ({
    name: database.name,
    url: database.url,
    env: database.env,
    fresh: database.created || database.reset,
    seedsPending: database.seedsPending
  }))
}

/**
 * The preview's databases and roles go with the tenant, when they are this pull request's: every role the server
 * holds for it (one per database), and the main one by its name (found even when the listing cannot tell).
 */
export async function dropPreviewDatabases(
  pr: PullRequestRef,
  store: PreviewDatabaseStore,
  deps: OperationDeps
): Promise<DropResult> {
  const dryRun = deps.settings.dryRun
  const main = previewName(pr)
  const names = new Set([main])
  for (const preview of await store.previewsOf(pr)) {
    if (preview.pr.number === pr.number) names.add(preview.name)
  }
  let result: DropResult = 'not-found'
  for (const name of names) {
    const dropped = await store.drop(name, pr, { dryRun })
    if (dropped === 'dropped') {
      deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name} and its role.`)
      result = 'dropped'
    } else if (dropped === 'not-ours') {
      deps.log.warning(
        `The database ${name} is not dropped: it does not belong to the role this action made for this pull request.`
      )
      if (result === 'not-found') result = 'not-ours'
    } else if (name === main && result === 'not-found') {
      deps.log.info(`The preview database ${name} does not exist: nothing to drop.`)
    }
  }
  return result
}
