import { InputError } from '../core/errors.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { EnvNeed } from '../project/types.js'
import type { OperationDeps } from './deps.js'
import { plannedDatabases } from './preview-database.js'
import type { CreateSettings, SyncEnvSettings } from './settings.js'

/**
 * Every env var the `hasura-project` reads must be one the tenant will hold: the env file's, the action's own (the
 * database URLs it writes, the admin secret Hasura Cloud sets), and for sync-env the tenant's own (`tenantKeys`). A
 * missing one would only show after the migrations ran, as inconsistent objects; here it fails first, before any
 * API call or database, with an error annotation at each use.
 */
export function requireEnvTheProjectReads(
  deps: OperationDeps<CreateSettings> | OperationDeps<SyncEnvSettings>,
  tenantKeys: string[] = []
): void {
  const { project, settings } = deps
  if (!project || project.envNeeds.length === 0) return
  const available = new Set([ADMIN_SECRET_KEY, ...tenantKeys])
  for (const entry of deps.entries ?? []) if (entry.value !== null) available.add(entry.key)
  if (settings.databaseUrl) available.add(settings.databaseUrlEnv)
  if (settings.operation === 'create' && settings.postgresServerUrl && settings.pullRequest) {
    const create = deps as OperationDeps<CreateSettings>
    for (const { env } of plannedDatabases(settings.pullRequest, create)) available.add(env)
  }
  const missing = project.envNeeds.filter((need) => !available.has(need.name))
  if (missing.length === 0) return
  const names = [...new Set(missing.map((need) => need.name))]
  for (const need of missing) {
    deps.log.error(describe(need, settings.operation), {
      file: need.at.file,
      line: need.at.line,
      title: 'hasura-project'
    })
  }
  const firsts = names.map((name) => {
    const first = missing.find((need) => need.name === name)!
    return `${name} (first read at ${first.at.file}:${first.at.line}, ${first.what})`
  })
  throw new InputError(
    `The Hasura project reads ${names.length === 1 ? 'an env var' : `${names.length} env vars`} the tenant would not ` +
      `hold: ${firsts.join('; ')}. Add ${names.length === 1 ? 'it' : 'them'} to the env file (input "env-file"), a ` +
      'secret through ${NAME}: without them the engine marks those objects inconsistent after every migration ran.'
  )
}

function describe(need: EnvNeed, operation: string): string {
  const where =
    operation === 'sync-env' ? 'neither the env file nor the tenant sets it' : 'the env file does not set it'
  return `${need.what} reads the env var ${need.name}, and ${where}: add ${need.name} to the env file.`
}
