import { describe, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import {
  AmbiguousWrite,
  ApiRejected,
  AuthError,
  EndpointError,
  TenantNotFound,
  UnknownFieldError
} from '../../src/cloud/errors.js'
import { TransientError } from '../../src/http/failure.js'
import { CloudEmulator } from '../emulator/emulator.js'
import { cloudEmulator } from '../support/preview-servers.js'

/** The client against the live-API emulator over real HTTP: what each kind of answer turns into. */
const emulator = cloudEmulator()
// Quick retries, and a budget no busy machine spends on a few requests.
const fast = { budgetMs: 10_000, baseDelayMs: 1, maxDelayMs: 2 }
const client = (options: { pat?: string; endpoint?: string; budgetMs?: number; requestTimeoutMs?: number } = {}) =>
  new CloudClient({
    endpoint: options.endpoint ?? emulator.url,
    pat: options.pat ?? emulator.pat,
    policy: { ...fast, budgetMs: options.budgetMs ?? fast.budgetMs },
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000
  })
const MISSING = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => error
  )

describe('CloudClient error classes', () => {
  it('a rejected token is an AuthError naming the pat input, sent once', async () => {
    const error = await failure(client({ pat: 'wrong-token' }).getTenant(MISSING))
    expect(error).toBeInstanceOf(AuthError)
    expect((error as Error).message).toContain('input "pat"')
    expect(emulator.calls).toHaveLength(1)
  })

  it.each([
    [502, true],
    [504, true],
    [503, false],
    [429, false]
  ])('HTTP %i is transient (may have acted: %p) and retried within the budget', async (status, mayHaveActed) => {
    emulator.inject({ field: '*', fault: { kind: 'http', status: status as 502 }, times: 1000 })
    // A clock that moves only when the client waits (skipped, not slept): the budget is spent by the waits alone,
    // 3, 6, 6, 6 and 6 s, after which another 6 s would leave the next try less than its share. Each try still has
    // seconds of real time before its own timeout, so a busy machine changes nothing.
    let skipped = 0
    const retrying = new CloudClient({
      endpoint: emulator.url,
      pat: emulator.pat,
      policy: { budgetMs: 30_000, baseDelayMs: 4000, maxDelayMs: 8000 },
      hooks: { sleep: async (ms) => void (skipped += ms), now: () => skipped, random: () => 0.5 }
    })
    const error = await failure(retrying.getTenant(MISSING))
    expect(error).toBeInstanceOf(TransientError)
    expect((error as TransientError).mayHaveActed).toBe(mayHaveActed)
    expect((error as Error).message).toMatch(new RegExp(`still failed after 6 tries .*\\(last: HTTP ${status}\\)`))
    expect(emulator.calls).toHaveLength(6)
    expect(skipped).toBe(27_000)
  })

  it('a refusal with code unexpected is not retried: 1 call, the server text in the error', async () => {
    emulator.inject({ field: '*', fault: { kind: 'refuse', message: 'project limit reached for this plan' } })
    const error = await failure(client().getTenant(MISSING))
    expect(error).toBeInstanceOf(ApiRejected)
    expect(error).toMatchObject({ code: 'unexpected', message: 'project limit reached for this plan' })
    expect(emulator.calls).toHaveLength(1)
  })

  it('a GenericServerError is transient; a dropped connection too', async () => {
    emulator.inject({ field: '*', fault: { kind: 'server-error' } })
    emulator.inject({ field: '*', fault: { kind: 'drop-before' } })
    await expect(client().getTenant(MISSING)).resolves.toBeNull()
    expect(emulator.calls.map((call) => call.fault)).toEqual(['server-error', 'drop-before', undefined])
  })

  it('a hung endpoint ends within the budget, naming api-endpoint and its URL', async () => {
    emulator.inject({ field: '*', fault: { kind: 'hang' }, times: 1000 })
    const error = await failure(client({ budgetMs: 1500, requestTimeoutMs: 400 }).getTenant(MISSING))
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toMatch(/^Hasura Cloud did not answer within \d+ s/)
    expect((error as Error).message).toContain(`input "api-endpoint" (${emulator.url})`)
    // Each try was cut by the request timeout, and another started while the budget allowed.
    expect(emulator.calls.length).toBeGreaterThan(1)
  })

  it('an HTML page with status 200 is an EndpointError that does not paste the page', async () => {
    emulator.inject({ field: '*', fault: { kind: 'html' } })
    const error = await failure(client().getTenant(MISSING))
    expect(error).toBeInstanceOf(EndpointError)
    expect((error as Error).message).toMatch(/answered HTTP 200 with an HTML page/)
    expect((error as Error).message).not.toMatch(/<html|<body/i)
    expect(emulator.calls).toHaveLength(1)
  })

  it('a URL that is not the GraphQL API (404) is an EndpointError, not retried', async () => {
    const error = await failure(client({ endpoint: `${emulator.origin}/v2/graphql` }).getTenant(MISSING))
    expect(error).toBeInstanceOf(EndpointError)
    expect((error as Error).message).toContain('answered HTTP 404')
  })

  it('a host that does not resolve is an EndpointError after one try', async () => {
    const error = await failure(client({ endpoint: 'https://cloud.invalid/v1/graphql' }).getTenant(MISSING))
    expect(error).toBeInstanceOf(EndpointError)
    expect((error as Error).message).toContain('https://cloud.invalid/v1/graphql')
  })

  it('an unknown field is an UnknownFieldError that says to run check', async () => {
    const drifted = await CloudEmulator.start({ drift: true })
    try {
      const tenant = drifted.seedTenant()
      const error = await failure(
        new CloudClient({ endpoint: drifted.url, pat: drifted.pat, policy: fast }).getTenantEnv(tenant.id)
      )
      expect(error).toBeInstanceOf(UnknownFieldError)
      expect((error as Error).message).toMatch(/envVars.*operation: check/s)
      expect(drifted.calls).toHaveLength(1)
    } finally {
      await drifted.stop()
    }
  })

  it('an unknown tenant: readTenant and getTenantEnv throw TenantNotFound, getTenant answers null', async () => {
    await expect(client().readTenant(MISSING)).rejects.toBeInstanceOf(TenantNotFound)
    await expect(client().getTenantEnv(MISSING)).rejects.toBeInstanceOf(TenantNotFound)
    await expect(client().getTenant(MISSING)).resolves.toBeNull()
  })

  it('deleteTenant: gone is not-found; a refusal for a tenant that still exists fails', async () => {
    await expect(client().deleteTenant(MISSING)).resolves.toBe('not-found')
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'refuse', message: 'tenant is locked' } })
    await expect(client().deleteTenant(tenant.id)).rejects.toThrow('tenant is locked')
    expect(emulator.tenant(tenant.id)).toBeDefined()
  })

  it('deleteTenant whose answer was lost after it acted: deleted', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'drop-after' } })
    await expect(client().deleteTenant(tenant.id)).resolves.toBe('deleted')
    expect(emulator.tenant(tenant.id)).toBeUndefined()
  })

  it('a stale hash is an ApiRejected, and nothing is written', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'one' } })
    emulator.setEnv(tenant.id, { B: 'two' })
    const error = await failure(client().updateTenantEnv(tenant.id, tenant.hash, [{ key: 'A', value: 'uno' }]))
    expect(error).toBeInstanceOf(ApiRejected)
    expect(emulator.tenant(tenant.id)!.env.A).toBe('one')
  })

  it('createTenant sends no databaseUrl nor name, and plan only when given', async () => {
    await client().createTenant({ cloud: 'aws', region: 'us-east-2' })
    await client().createTenant({ cloud: 'gcp', region: 'europe-west1', plan: 'cloud_payg' })
    const [first, second] = emulator.callsTo('createTenant')
    expect(first!.variables).toEqual({ cloud: 'aws', region: 'us-east-2' })
    expect(second!.variables).toEqual({ cloud: 'gcp', region: 'europe-west1', plan: 'cloud_payg' })
    expect(first!.query).not.toMatch(/databaseUrl|name:/)
  })

  it('createTenant answers the tenant with its endpoint and env hash in one call', async () => {
    const created = await client().createTenant({ cloud: 'aws', region: 'us-east-2' })
    const tenant = emulator.tenant(created.tenant.id)!
    expect(created.hash).toBe(tenant.hash)
    expect(created.tenant.project).toEqual({ id: tenant.projectId, name: tenant.name, endpoint: tenant.endpoint })
    expect(emulator.calls).toHaveLength(1)
  })

  it.each(['drop-after', 'null-after', 'server-error'] as const)(
    'createTenant is not re-sent after a %s: AmbiguousWrite',
    async (kind) => {
      emulator.inject({ field: 'createTenant', fault: { kind } })
      const error = await failure(client().createTenant({ cloud: 'aws', region: 'us-east-2' }))
      expect(error).toBeInstanceOf(AmbiguousWrite)
      expect(emulator.callsTo('createTenant')).toHaveLength(1)
    }
  )

  it('createTenant is retried after a 503 (the gateway did not pass it on) and makes one tenant', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'http', status: 503 } })
    await client().createTenant({ cloud: 'aws', region: 'us-east-2' })
    expect(emulator.callsTo('createTenant')).toHaveLength(2)
    expect(emulator.tenants()).toHaveLength(1)
  })

  it('renameProject: the new name and endpoint; a taken name is an ApiRejected', async () => {
    const taken = emulator.seedTenant({ name: 'shop-staging' })
    const tenant = emulator.seedTenant()
    const renamed = await client().renameProject(tenant.projectId, 'shop-preview')
    expect(renamed).toEqual({
      id: tenant.projectId,
      name: 'shop-preview',
      endpoint: `${emulator.origin}/p/shop-preview`
    })
    await expect(client().renameProject(tenant.projectId, taken.name)).rejects.toBeInstanceOf(ApiRejected)
  })

  it('findProjectsLike pages through every match', async () => {
    emulator.projectQuota = 1000
    for (let n = 1; n <= 205; n++) emulator.seedTenant({ name: `acme-shop-pr-${n}` })
    emulator.seedTenant({ name: 'acme-other-pr-1' })
    const found = await client().findProjectsLike('acme-shop-%')
    expect(found).toHaveLength(205)
    expect(emulator.callsTo('projects')).toHaveLength(3)
  })

  it('reads env in both shapes, and tells the hook every env it reads', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'one' } })
    const seen: Record<string, string>[] = []
    const hooked = new CloudClient({
      endpoint: emulator.url,
      pat: emulator.pat,
      policy: fast,
      onEnvRead: (vars) => void seen.push({ ...vars })
    })
    for (const shape of ['flat', 'nested'] as const) {
      emulator.envShape = shape
      const env = await hooked.getTenantEnv(tenant.id)
      expect(env.vars.A).toBe('one')
      expect(env.hash).toBe(emulator.tenant(tenant.id)!.hash)
    }
    expect(seen.map((vars) => vars.A)).toEqual(['one', 'one'])
  })
})
