/**
 * A migration cut off mid-way: on a preview database the action made, the database's own record settles it and the
 * next run finishes the job; on a database the user gave, the Hasura CLI's rule stands, with the exact commands.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import path from 'node:path'
import { createTestDatabase } from '../engine/test-database.js'
import { ROOT } from '../e2e/harness.js'
import { filesOf } from '../support/files.js'
import { checkConvergence, CrashWorld, FLOWS, type Flow } from './flows.js'

const push = FLOWS.find((flow) => flow.name === 'push with a new migration')!
let world: CrashWorld

beforeAll(async () => {
  world = await CrashWorld.start('crash-cases-c')
})
afterAll(async () => {
  await world.stop()
})

it('a migration cut off mid-way on a preview database needs no person: the next run counts it as applied', async () => {
  // The push's one new migration is its one run_sql.
  const at = /\/v2\/query/
  const result = await checkConvergence(world, push, at, 'kill', () => {
    const [tenant] = world.emulator.tenants()
    const engine = world.emulator.engineOf(tenant!.id) as unknown as {
      catalogState: { cli_state: { migrations?: { default?: object } } }
    }
    // The catalog state does not know the migration committed; the database does.
    expect(Object.keys(engine.catalogState.cli_state.migrations?.default ?? {})).not.toContain('1700000300000')
  })
  expect(result.problems).toEqual([])
  expect(result.rerun.outputs['migrations-applied']).toBe('0')
})

it('on a database the user gave, a migration cut off mid-way stays dirty, and the failure gives the exact commands', async () => {
  const database = await createTestDatabase('crash_user_db')
  try {
    const files = filesOf(path.join(ROOT, 'examples/hasura'), 'hasura')
    const given: Flow = {
      name: 'sync-env with a database-url',
      prepare: async () => {
        world.emulator.seedTenant({ name: 'shop-staging', envs: { PG_DATABASE_URL: database.url } })
      },
      step: () =>
        world.run({
          inputs: {
            pat: world.emulator.pat,
            'api-endpoint': world.emulator.url,
            operation: 'sync-env',
            'tenant-id': world.emulator.tenants()[0]!.id,
            'hasura-project': 'hasura'
          },
          files,
          secrets: [database.url]
        }),
      check: async () => []
    }
    const at = /\/v2\/query/
    const result = await checkConvergence(world, given, at, 'kill')
    const failure = result.rerun.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .join('\n')
    expect(result.rerun.code).toBe(1)
    expect(failure).toContain('is marked dirty')
    expect(failure).toContain('hasura migrate delete --version 1700000000000 --database-name default --server')
    expect(failure).toContain('hasura migrate apply --skip-execution --version 1700000000000 --database-name default')
  } finally {
    await world.emulator.reset()
    await database.drop()
  }
})
