/**
 * A migration may run as long as `migration-timeout` allows, whatever the limit of the engine's other requests:
 * the schema apply against the engine emulator on the real Postgres, with the limits shrunk so the test is quick.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { applyProject } from '../../src/engine/apply.js'
import { EngineClient } from '../../src/engine/client.js'
import type { Logger } from '../../src/core/log.js'
import type { HasuraProject } from '../../src/project/types.js'
import { EngineServer } from '../engine/engine.js'
import { createTestDatabase, type TestDatabase } from '../engine/test-database.js'

const SECRET = 'long-migration-secret-77'
const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, mask: () => {} }
/** The engine's requests get 300 ms here, as they get 60 s in production; the migration takes 1 s. */
const REQUEST_LIMIT_MS = 300

const project: HasuraProject = {
  dir: 'hasura',
  metadata: {
    version: 3,
    sources: [
      {
        name: 'default',
        configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } },
        tables: []
      }
    ]
  },
  migrations: [
    {
      database: 'default',
      version: '1700000000001',
      name: 'backfill',
      file: 'hasura/migrations/default/1700000000001_backfill/up.sql',
      sql: 'SELECT pg_sleep(1); CREATE TABLE backfilled (id int);'
    }
  ],
  envNeeds: [],
  seeds: [],
  locate: () => ({ file: 'hasura/config.yaml', line: 1 })
}

let db: TestDatabase
let server: EngineServer

beforeEach(async () => {
  db = await createTestDatabase('long_migration')
  server = await EngineServer.start({ env: { HASURA_GRAPHQL_ADMIN_SECRET: SECRET, PG_DATABASE_URL: db.url } })
})
afterEach(async () => {
  await server.close()
  await db.drop()
})

function engine(): EngineClient {
  return new EngineClient({ endpoint: server.url, adminSecret: SECRET, timeoutMs: REQUEST_LIMIT_MS })
}

it("a migration longer than the engine requests' limit fails without migration-timeout", async () => {
  await expect(applyProject(project, engine(), log, { dryRun: false })).rejects.toThrow(/no answer within/)
})

it("a migration longer than the engine requests' limit completes within migration-timeout", async () => {
  const applied = await applyProject(project, engine(), log, { dryRun: false, migrationTimeoutMs: 5000 })
  expect(applied.migrationsApplied.map((migration) => migration.name)).toEqual(['backfill'])
  expect((await db.query("SELECT to_regclass('backfilled')::text AS t")).rows).toEqual([{ t: 'backfilled' }])
})
