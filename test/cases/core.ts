/**
 * One run of each of create, get and delete against the live-API emulator: create as today's Cloud API wants it (no
 * databaseUrl), with its outputs, log and summary. test/e2e/core.test.ts runs them through the bundle,
 * test/integration/core.test.ts in process beside the other cases of these operations.
 */
import { describe, expect, it } from '@jest/globals'
import type { CloudEmulator } from '../emulator/emulator.js'
import { UUID } from '../support/action-runner.js'
import { logText } from '../support/workflow-log.js'
import type { Tier } from './tier.js'

const DATABASE_URL = 'postgres://shop:s3cretPassw0rd@db.example.com:5432/shop'
const ENV_FILE = 'LOG_LEVEL: info\nFEATURE_FLAGS: search,checkout\n'

export function coreCases(tier: Tier, emulator: CloudEmulator): void {
  const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

  describe(`create, get and delete (${tier.name})`, () => {
    it('create with the defaults: one tenant, the database URL and the file in one env write, never databaseUrl', async () => {
      const run = await tier.run({
        inputs: { ...base(), operation: 'create', 'database-url': DATABASE_URL, 'env-file': 'env.yml' },
        files: { 'env.yml': ENV_FILE },
        emulator
      })
      expect(run.code).toBe(0)
      const [tenant, ...others] = emulator.tenants()
      expect(others).toHaveLength(0)
      expect(tenant!.cloud).toBe('aws')
      expect(tenant!.region).toBe('us-east-2')
      expect(tenant!.env.PG_DATABASE_URL).toBe(DATABASE_URL)
      expect(tenant!.env.LOG_LEVEL).toBe('info')
      expect(tenant!.env.FEATURE_FLAGS).toBe('search,checkout')
      const writes = emulator.callsTo('updateTenantEnv')
      expect(writes).toHaveLength(1)
      expect((writes[0]!.variables.envs as { key: string }[]).map((env) => env.key).sort()).toEqual([
        'FEATURE_FLAGS',
        'LOG_LEVEL',
        'PG_DATABASE_URL'
      ])
      const create = emulator.callsTo('createTenant')
      expect(create).toHaveLength(1)
      expect(create[0]!.query).not.toContain('databaseUrl')
      expect(JSON.stringify(create[0]!.variables)).not.toContain(DATABASE_URL)
      expect(run.outputs).toMatchObject({
        result: 'created',
        changed: 'true',
        'tenant-id': tenant!.id,
        'project-id': tenant!.projectId,
        name: tenant!.name,
        hash: tenant!.hash,
        'admin-secret': tenant!.env.HASURA_GRAPHQL_ADMIN_SECRET
      })
      expect(run.outputs['tenant-id']).toMatch(UUID)
      expect(run.outputs.endpoint).toBe(`${tenant!.endpoint}/v1/graphql`)
      expect(run.outputs['console-url']).toBe(`https://cloud.hasura.io/project/${tenant!.projectId}/console`)
      expect(logText(run)).toContain(`Created tenant ${tenant!.id}`)
      expect(run.summary).toContain('created')
    })

    it('get reads a tenant in one call and writes nothing', async () => {
      const tenant = emulator.seedTenant({ name: 'shop-staging' })
      const run = await tier.run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
      expect(run.code).toBe(0)
      expect(emulator.calls).toHaveLength(1)
      expect(run.outputs).toMatchObject({
        result: 'found',
        changed: 'false',
        'tenant-id': tenant.id,
        name: 'shop-staging',
        hash: tenant.hash
      })
      expect(emulator.tenant(tenant.id)!.hash).toBe(tenant.hash)
    })

    it('delete deletes with exactly 1 call', async () => {
      const tenant = emulator.seedTenant()
      const run = await tier.run({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id }, emulator })
      expect(run.code).toBe(0)
      expect(emulator.calls).toHaveLength(1)
      expect(emulator.tenant(tenant.id)).toBeUndefined()
      expect(run.outputs).toMatchObject({ result: 'deleted', changed: 'true' })
    })
  })
}
