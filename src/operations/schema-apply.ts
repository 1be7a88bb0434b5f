import type { TenantEnv } from '../cloud/client.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { OperationDeps, PreviewDatabaseRef } from './deps.js'

/** Apply the Hasura project, when one was given, and report how many migrations ran. */
export async function applySchemaIfGiven(
  endpoint: string,
  env: TenantEnv,
  deps: OperationDeps,
  options?: { previewDatabases?: PreviewDatabaseRef[] }
): Promise<number | undefined> {
  if (!deps.applySchema) return undefined
  const secret = env.vars[ADMIN_SECRET_KEY]
  if (!secret) {
    throw new Error(
      `The project has no ${ADMIN_SECRET_KEY}, so the action cannot apply "hasura-project" over its metadata API. ` +
        'Set the key in the env file (a secret through ${NAME}).'
    )
  }
  const applied = await deps.applySchema(endpoint, secret, options)
  deps.report.setMigrationsApplied(applied.migrationsApplied)
  return applied.migrationsApplied
}
