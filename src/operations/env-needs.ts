import { InputError } from '../core/errors.js'
import { ADMIN_SECRET_KEY, CLOUD_MANAGED_KEYS } from '../core/keys.js'
import { listsItem } from '../project/env-needs.js'
import type { EnvNeed } from '../project/types.js'
import type { CreateDeps, SyncEnvDeps } from './deps.js'
import { plannedDatabases } from './preview-database.js'

/**
 * Every env var the `hasura-project` reads must be one the tenant will hold: the env file's, the action's own (the
 * database URLs it writes, the admin secret Hasura Cloud sets), and for sync-env the tenant's own (`tenantEnv`, read
 * before this check). A missing one would only show after the migrations ran, as inconsistent objects; here it fails
 * first, before any API call or database, with an error annotation at each use. So do an env var Hasura Cloud
 * manages (its metadata database's URL), and an experimental feature the metadata needs that the engine would not
 * run with (HASURA_GRAPHQL_EXPERIMENTAL_FEATURES without `naming_convention`): for create, the env file decides, as
 * it is what every preview's env is made of and synced to on each push; sync-env also counts the tenant's value.
 */
export function requireEnvTheProjectReads(
  deps: CreateDeps | SyncEnvDeps,
  tenantEnv: Readonly<Record<string, string>> = {}
): void {
  const { project, settings } = deps
  if (!project || project.envNeeds.length === 0) return
  refuseCloudManagedKeys(project.envNeeds, deps)
  const available = new Set([ADMIN_SECRET_KEY, ...Object.keys(tenantEnv)])
  for (const entry of deps.entries ?? []) if (entry.value !== null) available.add(entry.key)
  if (settings.databaseUrl) available.add(settings.databaseUrlEnv)
  if (deps.operation === 'create' && deps.settings.postgresServerUrl && deps.settings.pullRequest) {
    for (const { env } of plannedDatabases(deps.settings.pullRequest, deps)) available.add(env)
  }
  // The value the engine will run with: the env file's, which the sync writes over the tenant's, else the tenant's.
  const valueOf = (key: string): string | undefined => {
    const entry = deps.entries?.find((candidate) => candidate.key === key)
    return entry ? (entry.value ?? undefined) : tenantEnv[key]
  }
  refuseMissingFeatures(
    project.envNeeds.filter((need) => need.listing !== undefined && !listsItem(valueOf(need.name) ?? '', need.listing)),
    deps
  )
  const missing = project.envNeeds.filter((need) => need.listing === undefined && !available.has(need.name))
  if (missing.length === 0) return
  const names = [...new Set(missing.map((need) => need.name))]
  annotate(
    missing,
    (need) => `${need.what} reads the env var ${need.name}, and ${unsetBy(deps)}: add ${need.name} to the env file.`,
    deps
  )
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

/** Who could have set a variable and did not: the env file, and for sync-env the tenant too. */
function unsetBy(deps: CreateDeps | SyncEnvDeps): string {
  return deps.operation === 'sync-env' ? 'neither the env file nor the tenant sets it' : 'the env file does not set it'
}

/** An error annotation at each use, in the pull request's diff: what the step's one failure line sums up. */
function annotate(needs: EnvNeed[], message: (need: EnvNeed) => string, deps: CreateDeps | SyncEnvDeps): void {
  for (const need of needs) {
    deps.log.error(message(need), { file: need.at.file, line: need.at.line, title: 'hasura-project' })
  }
}

/** A source reading an env var Hasura Cloud sets for itself would get Hasura's own database, or nothing. */
function refuseCloudManagedKeys(needs: EnvNeed[], deps: CreateDeps | SyncEnvDeps) {
  const managed = needs.filter((need) => CLOUD_MANAGED_KEYS.includes(need.name))
  if (managed.length === 0) return
  annotate(
    managed,
    (need) =>
      `${need.what} reads ${need.name}, which Hasura Cloud sets to the URL of its own metadata database and a ` +
      'project cannot set: read it from another env var (PG_DATABASE_URL, say) and set that one in the env file.',
    deps
  )
  const first = managed[0]!
  throw new InputError(
    `The Hasura project reads ${first.name} (${first.what}, ${first.at.file}:${first.at.line}), which Hasura Cloud ` +
      'sets to the URL of its own metadata database and a project cannot set: in databases.yaml, read the URL ' +
      'from another env var (`from_env: PG_DATABASE_URL`, say) and set that one in the env file (input "env-file").'
  )
}

/** An experimental feature the metadata relies on, which the engine would not run with: names would differ. */
function refuseMissingFeatures(needs: EnvNeed[], deps: CreateDeps | SyncEnvDeps): void {
  if (needs.length === 0) return
  annotate(
    needs,
    (need) =>
      `${need.what} needs ${need.name} to list ${need.listing} (an experimental feature, Hasura 2.8+), and ` +
      `${unsetBy(deps)} so: without it the engine uses hasura-default names. Add ${need.listing} to ${need.name} in ` +
      'the env file.',
    deps
  )
  const first = needs[0]!
  throw new InputError(
    `The Hasura project uses ${first.listing} (${first.what}, ${first.at.file}:${first.at.line}), an experimental ` +
      `feature the engine only applies when ${first.name} lists it; without it the preview's GraphQL names differ ` +
      `from production's. Set ${first.name}=${first.listing} in the env file (input "env-file"), comma-separated ` +
      'with the other experimental features production runs with.'
  )
}
