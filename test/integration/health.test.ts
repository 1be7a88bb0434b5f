/**
 * The health wait against the engine emulator, which answers as the engine does (hasura/graphql-engine,
 * server/src-lib/Hasura/Server/App.hs, healthzAction): `200 OK`, or `200 WARN: inconsistent objects in schema`
 * when the metadata is inconsistent (`500 ERROR: ...` with ?strict=true).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { EngineClient } from '../../src/engine/client.js'
import { waitForHealthy } from '../../src/engine/health.js'
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
