/**
 * What a user sees when something is wrong, in process (see harness.ts): a bad input stops the run before any API
 * call, naming the input; the Cloud API's failures are sorted by what to do (retry, stop, ask tenant_by_pk) within
 * the retry budget, and each message names what to check. The retry waits are the production policy's, recorded
 * and skipped (`run.waits`); the hung endpoint gets a small budget instead of a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import net from 'node:net'
import { CloudEmulator } from '../emulator/emulator.js'
import { badInputCases, TENANT } from '../cases/inputs.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { selfSignedCertificate, type TestCertificate } from '../support/tls.js'
import { errors, inProcess, infos, runOperation, type OperationRun, type OperationRunOptions } from './harness.js'

const emulator = cloudEmulator()

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

function run(options: Omit<OperationRunOptions, 'emulator'>): Promise<OperationRun> {
  return runOperation({ emulator, ...options })
}

/** Retries are logged as `...; retry N in X s.`: a run that did not retry has none. */
function retries(done: OperationRun): string[] {
  return infos(done)
    .split('\n')
    .filter((line) => /; retry \d+ in /.test(line))
}

/** A plain HTTP server on 127.0.0.1 that counts the requests it gets and answers each with `answer`. */
async function countingServer(
  answer: (res: http.ServerResponse) => void
): Promise<{ url: string; requests: () => number; stop: () => Promise<void> }> {
  let requests = 0
  const server = http.createServer((_req, res) => {
    requests++
    answer(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    stop: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

badInputCases(inProcess, emulator)

describe('a rejected token', () => {
  it('fails after exactly 1 call, naming the pat input', async () => {
    const done = await run({ inputs: { ...base(), pat: 'not-the-right-token', operation: 'get', 'tenant-id': TENANT } })
    expect(done.code).toBe(1)
    expect(emulator.calls).toHaveLength(1)
    expect(errors(done)).toMatch(/rejected the token in input "pat"/)
    expect(retries(done)).toEqual([])
  })

  it('a delete with it: 1 call, tenant_by_pk is not asked, the tenant stays', async () => {
    const tenant = emulator.seedTenant()
    const done = await run({
      inputs: { ...base(), pat: 'not-the-right-token', operation: 'delete', 'tenant-id': tenant.id }
    })
    expect(done.code).toBe(1)
    expect(emulator.calls.map((call) => call.fields)).toEqual([['deleteTenant']])
    expect(emulator.tenant(tenant.id)).toBeDefined()
    expect(errors(done)).toMatch(/rejected the token in input "pat"/)
  })
})

describe('a refusal with code unexpected is the answer: not retried, the server text in the error', () => {
  it('createTenant refused: sent once, nothing made, the server says why', async () => {
    emulator.inject({
      field: 'createTenant',
      fault: { kind: 'refuse', message: 'region us-east-2 takes no new projects' }
    })
    const done = await run({ inputs: { ...base(), operation: 'create' } })
    expect(done.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(0)
    expect(errors(done)).toMatch(/Hasura Cloud refused to create a tenant: region us-east-2 takes no new projects/)
    expect(retries(done)).toEqual([])
  })

  it('a read refused: its document sent once, the server text in the error', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'getTenantEnv', fault: { kind: 'refuse', message: 'config service is in maintenance' } })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(1)
    expect(emulator.callsTo('getTenantEnv')).toHaveLength(1)
    expect(errors(done)).toMatch(/config service is in maintenance/)
    expect(retries(done)).toEqual([])
  })
})

describe('transient faults are retried, with the production policy', () => {
  it('two 502s on a read: the run succeeds', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 502 }, times: 2 })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(done.outputs.result).toBe('found')
    expect(emulator.calls.filter((call) => call.fault === 'http')).toHaveLength(2)
    expect(retries(done)).toHaveLength(2)
    expect(done.waits).toHaveLength(2)
  })

  it('a 429 with Retry-After: 2 waits 2 s before the next try', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'http', status: 429, retryAfter: '2' } })
    const done = await run({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(emulator.callsTo('deleteTenant')).toHaveLength(2)
    expect(done.waits).toEqual([2000])
    expect(retries(done)).toEqual([expect.stringMatching(/HTTP 429; retry 1 in 2\.0 s/)])
    expect(done.outputs.result).toBe('deleted')
  })

  it('a 503 with Retry-After as an HTTP date is honoured too', async () => {
    const tenant = emulator.seedTenant()
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000)
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 503, retryAfter: at.toUTCString() } })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(emulator.calls).toHaveLength(2)
    // Until the date: 3 to 4 s from when it was written, less the time the first answer took.
    expect(done.waits).toHaveLength(1)
    expect(done.waits[0]).toBeGreaterThan(1000)
    expect(done.waits[0]).toBeLessThanOrEqual(4000)
  })

  it('a Retry-After beyond the budget is not waited for: 1 call, the run fails at once', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 429, retryAfter: '3600' } })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(1)
    expect(emulator.calls).toHaveLength(1)
    expect(done.waits).toEqual([])
    expect(errors(done)).toMatch(
      /answered HTTP 429 and asked to retry after 3600 s, longer than the 60 s the action waits/
    )
    expect(errors(done)).toContain(`input "api-endpoint" (${emulator.url})`)
  })

  it('a 503 and dropped connections on a read: the run succeeds', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 503 } })
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'drop-before' }, times: 2 })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(emulator.calls).toHaveLength(4)
    expect(done.outputs['tenant-id']).toBe(tenant.id)
  })

  it('a GenericServerError on a read is retried', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'server-error' } })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(emulator.calls).toHaveLength(2)
  })

  it('a connection dropped after the delete acted: deleted, not failed', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'drop-after' } })
    const done = await run({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id } })
    expect(done.code).toBe(0)
    expect(emulator.tenant(tenant.id)).toBeUndefined()
    expect(done.outputs.result).toBe('deleted')
  })

  it('a 503 on createTenant (not processed) is retried and makes one tenant', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'http', status: 503 } })
    const done = await run({ inputs: { ...base(), operation: 'create' } })
    expect(done.code).toBe(0)
    expect(emulator.callsTo('createTenant')).toHaveLength(2)
    expect(emulator.tenants()).toHaveLength(1)
  })

  it('a 502 on createTenant (may have been processed) is not sent again: the run says a tenant may exist', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'http', status: 502 } })
    const done = await run({ inputs: { ...base(), operation: 'create' } })
    expect(done.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(errors(done)).toMatch(/A tenant may have been created/)
  })

  it('a server that keeps failing: the run fails once the budget is spent, naming api-endpoint', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'http', status: 503 }, times: Infinity })
    const done = await run({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id } })
    expect(done.code).toBe(1)
    expect(emulator.calls.length).toBeGreaterThan(3)
    expect(emulator.calls).toHaveLength(done.waits.length + 1)
    // The waits stay within the 60 s budget, growing up to the 8 s cap.
    const waited = done.waits.reduce((sum, ms) => sum + ms, 0)
    expect(waited).toBeLessThanOrEqual(60_000)
    expect(waited).toBeGreaterThan(40_000)
    expect(Math.max(...done.waits)).toBeLessThanOrEqual(8000)
    expect(errors(done)).toMatch(/still failed after \d+ tries in \d+ s \(last: HTTP 503\): it may be down/)
    expect(errors(done)).toContain(`input "api-endpoint" (${emulator.url})`)
  })
})

describe('a hung endpoint (a black-holed proxy, a stuck gateway)', () => {
  it('get and create end within the budget, naming api-endpoint and its URL; create makes nothing', async () => {
    const hung = await CloudEmulator.start()
    try {
      hung.inject({ field: '*', fault: { kind: 'hang' }, times: Infinity })
      const tenant = hung.seedTenant()
      // The production budget is 60 s (see the default policy's test in test/unit/retry.test.ts): here 1.5 s.
      const budgets = {
        cloud: { policy: { budgetMs: 1500, baseDelayMs: 50, maxDelayMs: 100 }, requestTimeoutMs: 300 }
      }
      const inputs = { pat: hung.pat, 'api-endpoint': hung.url }
      const [get, create] = await Promise.all([
        runOperation({ inputs: { ...inputs, operation: 'get', 'tenant-id': tenant.id }, emulator: hung, budgets }),
        runOperation({ inputs: { ...inputs, operation: 'create' }, emulator: hung, budgets })
      ])
      for (const done of [get, create]) {
        expect(done.code).toBe(1)
        expect(errors(done)).toMatch(/Hasura Cloud did not answer within \d+ s at input "api-endpoint"/)
        expect(errors(done)).toContain(`(${hung.url})`)
      }
      // The retries happened, each cut short, and no create got through.
      expect(hung.calls.length).toBeGreaterThan(2)
      expect(hung.tenants()).toEqual([tenant])
      expect(create.outputs['tenant-id']).toBeUndefined()
    } finally {
      await hung.stop()
    }
  })
})

describe('an endpoint that is not the Cloud API: not retried, the message names api-endpoint and its URL', () => {
  it('a host that does not resolve (ENOTFOUND): one try', async () => {
    const endpoint = 'https://cloud.test:8443/v1/graphql'
    const done = await run({ inputs: { ...base(), 'api-endpoint': endpoint, operation: 'get', 'tenant-id': TENANT } })
    expect(done.code).toBe(1)
    expect(errors(done)).toMatch(/does not resolve \(ENOTFOUND\)/)
    expect(errors(done)).toContain(`input "api-endpoint" (${endpoint})`)
    expect(retries(done)).toEqual([])
    expect(done.waits).toEqual([])
  })

  it('HTTP 404: one request', async () => {
    const server = await countingServer((res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found'))
    try {
      const endpoint = `${server.url}/v2/graphql`
      const done = await run({
        inputs: { ...base(), 'api-endpoint': endpoint, operation: 'get', 'tenant-id': TENANT }
      })
      expect(done.code).toBe(1)
      expect(server.requests()).toBe(1)
      expect(errors(done)).toContain(`input "api-endpoint" (${endpoint}) answered HTTP 404`)
      expect(retries(done)).toEqual([])
    } finally {
      await server.stop()
    }
  })

  describe('a TLS certificate the runner does not trust', () => {
    let certificate: TestCertificate
    let tls: CloudEmulator
    beforeAll(async () => {
      certificate = selfSignedCertificate('cloud.test')
      tls = await CloudEmulator.start({ tls: { key: certificate.key, cert: certificate.cert } })
    })
    afterAll(async () => {
      await tls.stop()
      certificate.remove()
    })

    it('one connection, no API call, the message names api-endpoint', async () => {
      // Connections are counted on their way to the emulator: a retry would open another.
      let connections = 0
      const port = Number(new URL(tls.url).port)
      const counter = net.createServer((socket) => {
        connections++
        const upstream = net.connect(port, '127.0.0.1')
        socket.pipe(upstream).pipe(socket)
        socket.on('error', () => upstream.destroy())
        upstream.on('error', () => socket.destroy())
      })
      await new Promise<void>((resolve) => counter.listen(0, '127.0.0.1', resolve))
      try {
        const endpoint = `https://127.0.0.1:${(counter.address() as net.AddressInfo).port}/v1/graphql`
        const done = await runOperation({
          inputs: { pat: tls.pat, 'api-endpoint': endpoint, operation: 'get', 'tenant-id': TENANT }
        })
        expect(done.code).toBe(1)
        expect(connections).toBe(1)
        expect(tls.calls).toHaveLength(0)
        expect(errors(done)).toMatch(
          /The host of input "api-endpoint" \(https:\/\/127\.0\.0\.1:\d+\/v1\/graphql\) failed the TLS handshake/
        )
        expect(retries(done)).toEqual([])
      } finally {
        counter.close()
      }
    })
  })

  it('a validation error about an unknown field: the API may have changed, run check; not retried', async () => {
    const drifted = await CloudEmulator.start({ drift: true })
    try {
      const tenant = drifted.seedTenant()
      const done = await runOperation({
        inputs: { pat: drifted.pat, 'api-endpoint': drifted.url, operation: 'get', 'tenant-id': tenant.id },
        emulator: drifted
      })
      expect(done.code).toBe(1)
      expect(drifted.calls).toHaveLength(1)
      expect(errors(done)).toMatch(/field 'envVars' not found in type: 'TenantEnv'/)
      expect(errors(done)).toMatch(/the Cloud API has changed: run the action with `operation: check`/)
    } finally {
      await drifted.stop()
    }
  })
})

describe('after a delete fails for another reason than the token, tenant_by_pk decides', () => {
  it('the tenant is gone: a warning, result=not-found, exit 0', async () => {
    const done = await run({ inputs: { ...base(), operation: 'delete', 'tenant-id': TENANT } })
    expect(done.code).toBe(0)
    expect(emulator.calls.map((call) => call.fields)).toEqual([['deleteTenant'], ['tenant_by_pk']])
    expect(done.outputs).toMatchObject({ result: 'not-found', changed: 'false' })
    expect(done.log).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/^Tenant 3fa85f64-5717-4562-b3fc-2c963f66afa6 does not exist/)
    })
  })

  it('the tenant is still there: the run fails with the server text, the tenant stays', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({
      field: 'deleteTenant',
      fault: { kind: 'refuse', message: 'project is being restored from a backup' }
    })
    const done = await run({ inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id } })
    expect(done.code).toBe(1)
    expect(emulator.calls.map((call) => call.fields)).toEqual([['deleteTenant'], ['tenant_by_pk']])
    expect(emulator.tenant(tenant.id)).toBeDefined()
    expect(errors(done)).toMatch(/project is being restored from a backup/)
    expect(done.outputs.result).toBeUndefined()
  })
})

describe('health wait', () => {
  it('times out at wait-timeout, saying so, and tenant-id is still output', async () => {
    // A boot that outlasts the wait, counted in health checks: the wait's clock is the run's (skipped waits).
    emulator.bootChecks = 1000
    const done = await run({ inputs: { ...base(), operation: 'create', 'wait-timeout': '1' } })
    expect(done.code).toBe(1)
    // It polled for the whole second, then gave up rather than wait on.
    const checks = emulator.healthChecks(done.outputs['tenant-id']!)
    expect(checks).toBeGreaterThan(1)
    expect(done.waits).toHaveLength(checks - 1)
    expect(done.waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(1000)
    const [tenant] = emulator.tenants()
    expect(done.outputs['tenant-id']).toBe(tenant!.id)
    expect(done.outputs.endpoint).toBe(`${tenant!.endpoint}/v1/graphql`)
    expect(errors(done)).toMatch(new RegExp(`did not answer 200 within 1 s \\(last: HTTP 503, ${checks} polls\\)`))
  })

  it('waits until /healthz answers 200', async () => {
    // The project boots through two refused checks: the third finds it up.
    emulator.bootChecks = 2
    const done = await run({ inputs: { ...base(), operation: 'create' } })
    expect(done.code).toBe(0)
    expect(emulator.healthChecks(done.outputs['tenant-id']!)).toBe(3)
    expect(done.waits).toHaveLength(2)
  })

  it('wait: false does not poll', async () => {
    emulator.healthDelayMs = 60_000
    const done = await run({ inputs: { ...base(), operation: 'create', wait: 'false' } })
    expect(done.code).toBe(0)
    expect(emulator.healthChecks(done.outputs['tenant-id']!)).toBe(0)
  })
})
