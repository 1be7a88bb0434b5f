import type { TenantEnv } from '../cloud/client.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import type { OperationDeps, SchemaApplyRequest } from './deps.js'

/** Apply the Hasura project, when one was given, and report how many migrations ran. */
export async function applySchemaIfGiven(
  endpoint: string,
  env: TenantEnv,
  deps: OperationDeps,
  request?: SchemaApplyRequest
): Promise<number | undefined> {
  if (!deps.applySchema) return undefined
  const secret = env.vars[ADMIN_SECRET_KEY]
  if (!secret) {
    throw new Error(
      `The project has no ${ADMIN_SECRET_KEY}, so the action cannot apply "hasura-project" over its metadata API. ` +
        'Set the key in the env file (a secret through ${NAME}).'
    )
  }
  const applied = await deps.applySchema(endpoint, secret, request).catch((error: unknown) => {
    const count = (error as { migrationsApplied?: unknown }).migrationsApplied
    if (typeof count === 'number') deps.report.setMigrationsApplied(count)
    throw error
  })
  deps.report.setMigrationsApplied(applied.migrationsApplied)
  if (request?.onSeeded) deps.report.setSeedsApplied(applied.seedsApplied)
  return applied.migrationsApplied
}
