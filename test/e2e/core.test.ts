/**
 * The bundle against the live-API emulator, one run per operation: create as today's Cloud API wants it (no
 * databaseUrl), with its outputs and summary; get; delete. Every other case of these operations runs in process:
 * test/integration/core.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { runAction, UUID } from './harness.js'

let emulator: CloudEmulator
const DATABASE_URL = 'postgres://shop:s3cretPassw0rd@db.example.com:5432/shop'

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(async () => {
  await emulator.reset()
})

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })
const ENV_FILE = 'LOG_LEVEL: info\nFEATURE_FLAGS: search,checkout\n'

describe('create', () => {
  it('with the defaults: one tenant, the database URL and the file in one env write, never databaseUrl', async () => {
    const run = await runAction({
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
    expect(run.stdout).toContain(`Created tenant ${tenant!.id}`)
    expect(run.summary).toContain('created')
  })
})

describe('get', () => {
  it('reads a tenant in one call and writes nothing', async () => {
    const tenant = emulator.seedTenant({ name: 'shop-staging' })
    const run = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
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
})

describe('delete', () => {
  it('deletes with exactly 1 call', async () => {
    const tenant = emulator.seedTenant()
    const run = await runAction({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.calls).toHaveLength(1)
    expect(emulator.tenant(tenant.id)).toBeUndefined()
    expect(run.outputs).toMatchObject({ result: 'deleted', changed: 'true' })
  })
})
