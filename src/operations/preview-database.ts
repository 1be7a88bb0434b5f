import type { DropResult, PreviewDatabase } from '../database/preview-database.js'
import { previewName } from '../preview/name.js'
import type { PullRequest, PullRequestRef } from '../preview/pull-request.js'
import type { OperationDeps, PreviewDatabaseStore } from './deps.js'
import type { CreateSettings } from './settings.js'

export type { PreviewDatabase }

/** Opens the `postgres-server-url` store for the length of `work`, when there is one, and closes it whatever happens. */
export async function withPreviewDatabases<T>(
  deps: OperationDeps,
  work: (store: PreviewDatabaseStore | undefined) => Promise<T>
): Promise<T> {
  const store = deps.databases ? await deps.databases() : undefined
  try {
    return await work(store)
  } finally {
    await store?.close()
  }
}

/**
 * The pull request's database on `postgres-server-url`, made (or found) before anything is written to Hasura Cloud.
 * Named after the pull request whatever the project's name: delete and sweep find it by that name.
 */
export async function ensurePreviewDatabase(
  pr: PullRequest,
  store: PreviewDatabaseStore,
  deps: OperationDeps<CreateSettings>
): Promise<PreviewDatabase> {
  const { settings } = deps
  const database = await store.ensure(previewName(pr), {
    owner: pr,
    template: settings.databaseTemplate,
    reset: settings.resetDatabase,
    dryRun: settings.dryRun
  })
  deps.report.setDatabase(database.name)
  return database
}

/** The preview's database and role go with the tenant, when they are this pull request's. */
export async function dropPreviewDatabase(
  pr: PullRequestRef,
  store: PreviewDatabaseStore,
  deps: OperationDeps
): Promise<DropResult> {
  const name = previewName(pr)
  const dryRun = deps.settings.dryRun
  const dropped = await store.drop(name, pr, { dryRun })
  if (dropped === 'dropped')
    deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name} and its role.`)
  else if (dropped === 'not-found') deps.log.info(`The preview database ${name} does not exist: nothing to drop.`)
  else
    deps.log.warning(
      `The database ${name} is not dropped: it does not belong to the role this action made for this pull request.`
    )
  return dropped
}
