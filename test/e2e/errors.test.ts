import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { runAction } from './harness.js'

let emulator: CloudEmulator
const TENANT = '3fa85f64-5717-4562-b3fc-2c963f66afa6'

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => emulator.reset())

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

describe('bad inputs stop the step before any API call, naming the input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['unknown operation', { operation: 'destroy' }, /"operation" must be one of create, delete, sync-env, get/],
    [
      'tenant-id that is not a UUID',
      { operation: 'get', 'tenant-id': 'my-tenant' },
      /"tenant-id" must be a tenant UUID/
    ],
    ['empty pat', { operation: 'get', 'tenant-id': TENANT, pat: '' }, /"pat" is empty/],
    ['get without tenant-id', { operation: 'get' }, /"tenant-id" is required for operation "get"/],
    [
      'sync-env without tenant-id',
      { operation: 'sync-env', 'env-file': '.env' },
      /"tenant-id" is required for operation "sync-env"/
    ],
    [
      'delete without tenant-id outside a pull request',
      { operation: 'delete' },
      /"tenant-id" is required for operation "delete"/
    ],
    ['sync-env without env-file', { operation: 'sync-env', 'tenant-id': TENANT }, /"env-file" is required/],
    ['non-boolean wait', { operation: 'create', wait: 'yes' }, /"wait" must be true or false/],
    ['non-boolean dry-run', { operation: 'create', 'dry-run': 'on' }, /"dry-run" must be true or false/],
    [
      'non-boolean prune',
      { operation: 'sync-env', 'tenant-id': TENANT, 'env-file': '.env', prune: '1' },
      /"prune" must be true or false/
    ],
    ['non-boolean comment', { operation: 'create', comment: 'y' }, /"comment" must be true or false/],
    [
      'wait-timeout not a number',
      { operation: 'create', 'wait-timeout': 'ten' },
      /"wait-timeout" must be a positive number/
    ],
    ['wait-timeout zero', { operation: 'create', 'wait-timeout': '0' }, /"wait-timeout" must be a positive number/],
    ['wait-timeout negative', { operation: 'create', 'wait-timeout': '-5' }, /"wait-timeout" must be a positive number/]
  ]
  it.each(cases)('%s', async (_, inputs, message) => {
    const run = await runAction({ inputs: { ...base(), ...inputs }, files: { '.env': 'A=1\n' } })
    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    expect(run.stdout).toMatch(new RegExp(`::error::.*${message.source}`))
    expect(run.summary).toContain('failed')
  })
})

describe('a rejected token', () => {
  it('fails after exactly 1 call, naming the pat input', async () => {
    const run = await runAction({
      inputs: { ...base(), pat: 'not-the-right-token', operation: 'get', 'tenant-id': TENANT }
    })
    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(1)
    expect(run.stdout).toMatch(/::error::.*rejected the token in input "pat"/)
    expect(run.stdout).not.toMatch(/retry/)
  })
})

describe('transient faults are retried', () => {
  it('two 502s on a read: the step succeeds', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 502 }, times: 2 })
    const run = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('found')
    expect(emulator.calls.filter((call) => call.fault === 'http')).toHaveLength(2)
  })

  it('a 429 with Retry-After: 2 waits at least 2 s', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'http', status: 429, retryAfter: '2' } })
    const run = await runAction({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    const [first, second] = emulator.callsTo('deleteTenant')
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2000)
    expect(run.outputs.result).toBe('deleted')
  })

  it('a 503 and a dropped connection on a read: the step succeeds', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 503 } })
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'drop-before' } })
    const run = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    expect(run.outputs['tenant-id']).toBe(tenant.id)
  })

  it('a connection dropped after the delete acted: deleted, not failed', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'drop-after' } })
    const run = await runAction({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.tenant(tenant.id)).toBeUndefined()
    expect(run.outputs.result).toBe('deleted')
  })

  it('a server that keeps failing: the tries are bounded and the step fails', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 503, retryAfter: '0' }, times: 100 })
    const run = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.calls.length).toBe(5)
    expect(run.stdout).toMatch(/::error::.*HTTP 503/)
  })
})

describe('createTenant is never sent twice blindly', () => {
  it('a GenericServerError: sent once, the step fails saying a tenant may exist', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'server-error' } })
    const run = await runAction({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(run.stdout).toMatch(/::error::.*A tenant may have been created/)
  })

  it('with a name, a connection dropped after the create: the project is found by name and adopted', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    const run = await runAction({ inputs: { ...base(), operation: 'create', name: 'shop-preview' }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(1)
    expect(run.outputs['tenant-id']).toBe(emulator.tenants()[0]!.id)
    expect(run.outputs.result).toBe('created')
    expect(run.stdout).toMatch(/::warning::.*adopting it/)
  })

  it('with a name, a server error before anything was created: fails, and says nothing was created', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'server-error' } })
    const run = await runAction({ inputs: { ...base(), operation: 'create', name: 'shop-preview' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(0)
    expect(run.stdout).toMatch(/::error::.*No project named shop-preview exists/)
  })

  it('a 503 (not processed) is retried and creates one tenant', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'http', status: 503 } })
    const run = await runAction({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.tenants()).toHaveLength(1)
  })

  it('a name that is taken: fails naming the tenant that has it, creates nothing', async () => {
    const existing = emulator.seedTenant({ name: 'shop-preview' })
    const run = await runAction({ inputs: { ...base(), operation: 'create', name: 'shop-preview' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.tenants()).toHaveLength(1)
    expect(run.stdout).toContain(existing.id)
  })
})

describe('health wait', () => {
  it('times out within the timeout plus a few seconds, and tenant-id is still output', async () => {
    emulator.healthDelayMs = 60_000
    const run = await runAction({ inputs: { ...base(), operation: 'create', 'wait-timeout': '2' }, emulator })
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(2000 + 4000)
    expect(run.outputs['tenant-id']).toBe(emulator.tenants()[0]!.id)
    expect(run.outputs.endpoint).toBe(emulator.tenants()[0]!.endpoint)
    expect(run.stdout).toMatch(/::error::.*did not answer 200 within 2 s/)
  })

  it('waits until /healthz answers 200', async () => {
    emulator.healthDelayMs = 2500
    const run = await runAction({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(0)
    expect(run.ms).toBeGreaterThanOrEqual(2500)
    expect(emulator.healthChecks(run.outputs['tenant-id']!)).toBeGreaterThan(1)
  })

  it('wait: false does not poll', async () => {
    emulator.healthDelayMs = 60_000
    const run = await runAction({ inputs: { ...base(), operation: 'create', wait: 'false' }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.healthChecks(run.outputs['tenant-id']!)).toBe(0)
  })
})
