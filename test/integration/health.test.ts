/**
 * The health wait against the engine emulator, which answers as the engine does (hasura/graphql-engine,
 * server/src-lib/Hasura/Server/App.hs, healthzAction): `200 OK`, or `200 WARN: inconsistent objects in schema`
 * when the metadata is inconsistent (`500 ERROR: ...` with ?strict=true).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { EngineClient } from '../../src/engine/client.js'
import { HealthTimeout, waitForHealthy } from '../../src/engine/health.js'
import { CloudEmulator } from '../emulator/emulator.js'
import { createProjectEngine } from '../engine/engine.js'

let emulator: CloudEmulator

beforeAll(async () => {
  emulator = await CloudEmulator.start({ engine: createProjectEngine })
})
afterAll(async () => {
  await emulator.stop()
})

it('a project whose metadata is inconsistent is reported WARN, not healthy', async () => {
  const tenant = emulator.seedTenant({ envs: { PG_DATABASE_URL: process.env.TEST_POSTGRES_URL! } })
  expect((await waitForHealthy(tenant.endpoint, { timeoutMs: 5000 })).status).toBe('OK')
  const engine = new EngineClient({ endpoint: tenant.endpoint, adminSecret: tenant.env.HASURA_GRAPHQL_ADMIN_SECRET! })
  const metadata = {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        tables: [{ table: { schema: 'public', name: 'no_such_table_for_the_health_test' } }],
        configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } }
      }
    ]
  }
  expect((await engine.replaceMetadata(metadata, { allowInconsistent: true })).isConsistent).toBe(false)
  const answer = await fetch(`${tenant.endpoint}/healthz`)
  expect([answer.status, await answer.text()]).toEqual([200, 'WARN: inconsistent objects in schema'])
  expect((await waitForHealthy(tenant.endpoint, { timeoutMs: 5000 })).status).toBe('WARN')
})

it('a project that never answers 200 ends the wait at wait-timeout, on the retry policy clock, not in real time', async () => {
  // A boot that never ends: every poll is refused with 503, as the Cloud answers while a project starts.
  const server = http.createServer((_request, response) => response.writeHead(503).end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const waits: number[] = []
  let skipped = 0
  const hooks = { sleep: async (ms: number) => void (waits.push(ms), (skipped += ms)), now: () => Date.now() + skipped }
  try {
    const failure = await waitForHealthy(`http://127.0.0.1:${port}`, { timeoutMs: 300_000, hooks }).catch((e) => e)
    expect(failure).toBeInstanceOf(HealthTimeout)
    expect((failure as Error).message).toMatch(/did not answer 200 within 300 s \(last: HTTP 503, \d+ polls\)/)
    expect((failure as Error).message).toContain('Raise "wait-timeout"')
    // Polls start about half a second apart and slow down to at most 5 s apart, within the 300 s asked for.
    expect(waits[0]).toBeLessThanOrEqual(500)
    expect(Math.max(...waits)).toBeLessThanOrEqual(5000)
    expect(Math.max(...waits)).toBeGreaterThan(2500)
    const waited = waits.reduce((sum, ms) => sum + ms, 0)
    expect(waited).toBeLessThan(300_000)
    expect(waited).toBeGreaterThan(290_000)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})
