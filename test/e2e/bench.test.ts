/**
 * The bench measure (`npm run bench`, scripts/bench.ts): one create of the bundle with the example Hasura project,
 * timed from "healthy" to "schema applied", with the requests it sent to the project counted by type.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { createProjectEngine } from '../engine/engine.js'
import { createTestDatabase } from '../engine/test-database.js'
import { measureSchemaApply } from '../support/schema-timing.js'

let emulator: CloudEmulator
/**
 * The requests a fresh project's apply sends: the two reads, the metadata, each migration's SQL with its record
 * marked dirty before and clean after (one catalog-state write per migration, the last clean mark on its own), and
 * the reload; health checks are not counted.
 */
const CALLS = {
  export_metadata: 1,
  get_catalog_state: 1,
  replace_metadata: 1,
  run_sql: 3,
  set_catalog_state: 4,
  reload_metadata: 1
}

beforeAll(async () => {
  emulator = await CloudEmulator.start({ engine: createProjectEngine })
})
afterAll(async () => {
  await emulator.stop()
})

describe('the bench measure (npm run bench)', () => {
  it('times a create from "healthy" to "schema applied" and counts the calls to the project', async () => {
    const database = await createTestDatabase('schema_bench')
    try {
      const measured = await measureSchemaApply({ emulator, databaseUrl: database.url })
      // The schema apply is a part of the run, timed from the run's own lines.
      expect(measured.ms).toBeLessThan(measured.runMs)
      expect(measured.migrationsApplied).toBe(3)
      expect(measured.calls).toEqual(CALLS)
      expect(measured.total).toBe(11)
    } finally {
      await emulator.reset()
      await database.drop()
    }
  })
})
