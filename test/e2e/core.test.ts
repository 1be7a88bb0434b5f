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
beforeEach(() => emulator.reset())

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

describe('create', () => {
  it('creates one tenant with the defaults and outputs its facts', async () => {
    const run = await runAction({ inputs: { ...base(), operation: 'create', 'database-url': DATABASE_URL }, emulator })
    expect(run.code).toBe(0)
    const tenants = emulator.tenants()
    expect(tenants).toHaveLength(1)
    const tenant = tenants[0]!
    expect(tenant.cloud).toBe('aws')
    expect(tenant.region).toBe('us-east-2')
    expect(tenant.databaseUrl).toBe(DATABASE_URL)
    expect(run.outputs['tenant-id']).toMatch(UUID)
    expect(run.outputs['tenant-id']).toBe(tenant.id)
    expect(run.outputs['project-id']).toBe(tenant.projectId)
    expect(run.outputs.endpoint).toBe(tenant.endpoint)
    expect(run.outputs.endpoint).toMatch(/\/v1\/graphql$/)
    expect(run.outputs.hash).toBe(tenant.hash)
    expect(run.outputs.hash).toMatch(/^[0-9a-f]{40}$/)
    expect(run.outputs.result).toBe('created')
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs['admin-secret']).toBe(tenant.env.HASURA_GRAPHQL_ADMIN_SECRET)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(run.summary).toContain('created')
  })
})

describe('get', () => {
  it('reads a tenant in at most 2 calls and writes nothing', async () => {
    const tenant = emulator.seedTenant({ name: 'shop-staging' })
    const hashBefore = tenant.hash
    const run = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.calls.length).toBeLessThanOrEqual(2)
    expect(run.outputs).toMatchObject({
      result: 'found',
      changed: 'false',
      'tenant-id': tenant.id,
      name: 'shop-staging',
      hash: hashBefore
    })
    expect(emulator.tenant(tenant.id)!.hash).toBe(hashBefore)
  })

  it('fails for a missing tenant', async () => {
    const run = await runAction({
      inputs: { ...base(), operation: 'get', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      emulator
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*3fa85f64-5717-4562-b3fc-2c963f66afa6 was not found/)
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

  it('warns, not fails, when the tenant is already gone', async () => {
    const run = await runAction({
      inputs: { ...base(), operation: 'delete', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      emulator
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'not-found', changed: 'false' })
    expect(run.stdout).toMatch(/::warning::.*does not exist/)
  })
})
