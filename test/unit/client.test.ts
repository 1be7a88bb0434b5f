import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import { AmbiguousWrite, ApiRejected, AuthError, TenantNotFound, TransientError } from '../../src/cloud/errors.js'
import { CloudEmulator } from '../emulator/emulator.js'

/** The client against the emulator over real HTTP: what each kind of answer turns into. */
let emulator: CloudEmulator
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 10 }
const client = (pat = emulator.pat) => new CloudClient({ endpoint: emulator.url, pat, policy: fast, timeoutMs: 2000 })
const MISSING = '3fa85f64-5717-4562-b3fc-2c963f66afa6'

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => emulator.reset())

describe('CloudClient error classes', () => {
  it('a rejected token is an AuthError naming the pat input, sent once', async () => {
    const error = await client('wrong-token')
      .getTenant(MISSING)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as Error).message).toContain('input "pat"')
    expect(emulator.calls).toHaveLength(1)
  })

  it.each([
    [502, true],
    [504, true],
    [503, false],
    [429, false]
  ])('HTTP %i is transient (may have acted: %p) and retried to the bound', async (status, mayHaveActed) => {
    emulator.inject({ field: '*', fault: { kind: 'http', status: status as 502 }, times: 10 })
    const error = await client()
      .getTenant(MISSING)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as TransientError).mayHaveActed).toBe(mayHaveActed)
    expect(emulator.calls).toHaveLength(3)
  })

  it('a GenericServerError is transient; a dropped connection too', async () => {
    emulator.inject({ field: '*', fault: { kind: 'server-error' } })
    emulator.inject({ field: '*', fault: { kind: 'drop-before' } })
    await expect(client().getTenant(MISSING)).resolves.toBeNull()
    expect(emulator.calls.map((call) => call.fault)).toEqual(['server-error', 'drop-before', undefined])
  })

  it('a request with no answer in time is transient and may have acted', async () => {
    emulator.inject({ field: '*', fault: { kind: 'slow', ms: 3000 }, times: 10 })
    const error = await new CloudClient({
      endpoint: emulator.url,
      pat: emulator.pat,
      policy: { ...fast, attempts: 1 },
      timeoutMs: 200
    })
      .getTenant(MISSING)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect(error).toMatchObject({ code: 'timeout', mayHaveActed: true })
  })

  it('an unknown tenant: readTenant and getTenantEnv throw TenantNotFound, getTenant answers null', async () => {
    await expect(client().readTenant(MISSING)).rejects.toBeInstanceOf(TenantNotFound)
    await expect(client().getTenant(MISSING)).resolves.toBeNull()
  })

  it('deleteTenant of a tenant that is gone answers not-found', async () => {
    await expect(client().deleteTenant(MISSING)).resolves.toBe('not-found')
  })

  it('a stale hash is an ApiRejected, and nothing is written', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'one' } })
    emulator.setEnv(tenant.id, { B: 'two' })
    const error = await client()
      .updateTenantEnv(tenant.id, tenant.hash, [{ key: 'A', value: 'uno' }])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRejected)
    expect(emulator.tenant(tenant.id)!.env.A).toBe('one')
  })

  it('createTenant is not re-sent after a failure that may have acted: AmbiguousWrite', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    const error = await client()
      .createTenant({ cloud: 'aws', region: 'us-east-2' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousWrite)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(1)
  })

  it('error messages never carry request variables', async () => {
    const secret = 'postgres://u:VerySecretPassword@db/x'
    emulator.inject({ field: 'createTenant', fault: { kind: 'server-error' } })
    const error = (await client()
      .createTenant({ cloud: 'aws', region: 'us-east-2', databaseUrl: secret })
      .catch((e: unknown) => e)) as Error
    expect(error.message).not.toContain('VerySecretPassword')
  })

  it('reads env in both shapes', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'one' } })
    for (const shape of ['flat', 'nested'] as const) {
      emulator.envShape = shape
      const env = await client().getTenantEnv(tenant.id)
      expect(env.vars.A).toBe('one')
      expect(env.hash).toBe(emulator.tenant(tenant.id)!.hash)
    }
  })
})
