import { previewName } from '../preview/name.js'
import type { PullRequest, PullRequestRef } from '../preview/pull-request.js'
import type { OperationDeps, PreviewDatabaseStore } from './deps.js'
import type { CreateSettings } from './settings.js'

export type PreviewDatabase = Awaited<ReturnType<PreviewDatabaseStore['ensure']>>

/**
 * The pull request's database on `postgres-server-url`, made (or found) before anything is written to Hasura Cloud.
 * Named after the pull request whatever the project's name: delete and sweep find it by that name.
 */
export async function ensurePreviewDatabase(
  pr: PullRequest,
  deps: OperationDeps<CreateSettings>
): Promise<PreviewDatabase | undefined> {
  const { settings } = deps
  if (!deps.databases) return undefined
  const store = await deps.databases()
  try {
    const database = await store.ensure(previewName(pr), {
      owner: pr,
      template: settings.databaseTemplate,
      reset: settings.resetDatabase,
      dryRun: settings.dryRun
    })
    deps.report.setDatabase(database.name)
    return database
  } finally {
    await store.close()
  }
}

/** The preview database goes with the tenant, when `postgres-server-url` is given and its tag names this pull request. */
export async function dropPreviewDatabase(pr: PullRequestRef, deps: OperationDeps): Promise<void> {
  if (!deps.databases) return
  const name = previewName(pr)
  const store = await deps.databases()
  try {
    const dryRun = deps.settings.dryRun
    const dropped = await store.drop(name, pr, { dryRun })
    if (dropped === 'dropped')
      deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name}.`)
    else if (dropped === 'not-found') deps.log.info(`The preview database ${name} does not exist: nothing to drop.`)
    else
      deps.log.warning(`The database ${name} is not dropped: it is not tagged as this pull request's preview database.`)
  } finally {
    await store.close()
  }
}
