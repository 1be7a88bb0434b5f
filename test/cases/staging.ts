/**
 * Staging, the tenant a pull request's preview is compared with (compare-tenant-id): a tenant of its own database,
 * given a Hasura project (test/fixtures/compare-staging by default) by the action's own sync-env, as a push to main
 * would. Used by test/integration/compare.test.ts, test/integration/breaking.test.ts and test/e2e/breaking.test.ts.
 */
import { expect } from '@jest/globals'
import path from 'node:path'
import type { CloudEmulator, Tenant } from '../emulator/emulator.js'
import { createTestDatabase } from '../engine/test-database.js'
import { ROOT } from '../support/action-runner.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import type { StepRun } from '../support/workflow-log.js'
import type { TierRunOptions } from './tier.js'

export const STAGING_PROJECT = filesOf(path.join(ROOT, 'test/fixtures/compare-staging'), 'hasura')
/** Values of 8 characters or more: the harnesses fail a run that prints one; the tests check the comment too. */
export const STAGING_ENV = {
  WEBHOOK_BASE: 'https://hooks.staging.example.com/acme',
  WEBHOOK_SECRET: 'whsec_staging_0123456789abcdef'
}

/**
 * `test` with staging made on a database of its own (`name`) and given `files` with `run`; afterwards the emulator is
 * reset (its engines close their pools) and the database dropped.
 */
export async function withStaging<R extends StepRun>(
  run: (options: TierRunOptions) => Promise<R>,
  emulator: CloudEmulator,
  name: string,
  test: (reference: Tenant, synced: R) => Promise<void>,
  files: Record<string, string> = STAGING_PROJECT
): Promise<void> {
  const database = await createTestDatabase(name)
  try {
    const tenant = emulator.seedTenant({
      name: 'shop-staging',
      envs: { PG_DATABASE_URL: database.url, ...STAGING_ENV }
    })
    const synced = await run({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        'hasura-project': 'hasura',
        operation: 'sync-env',
        'tenant-id': tenant.id
      },
      files,
      emulator,
      secrets: [POSTGRES_PASSWORD]
    })
    expect(synced.code).toBe(0)
    await test(emulator.tenant(tenant.id)!, synced)
  } finally {
    await emulator.reset()
    await database.drop()
  }
}
