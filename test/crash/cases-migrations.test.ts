/**
 * A migration cut off mid-way: on a preview database the action made, the database's own record settles it and the
 * next run finishes the job; on a database the user gave, the Hasura CLI's rule stands, with the exact commands.
 */
import { expect, it } from '@jest/globals'
import path from 'node:path'
import { createTestDatabase } from '../engine/test-database.js'
import { ROOT } from '../e2e/harness.js'
import { filesOf } from '../support/files.js'
import { generatedProject } from '../support/generated-project.js'
import { checkConvergence, crashWorld, FLOWS, type Flow } from './flows.js'

const push = FLOWS.find((flow) => flow.name === 'push with a new migration')!
const world = crashWorld('crash-cases-c')

/** A create on pull request `number`'s opened event with the Hasura project `files`, its database on the server. */
function openedStep(number: number, files: Record<string, string>, inputs: Record<string, string> = {}) {
  const project = { 'postgres-server-url': world.serverUrl(), 'hasura-project': 'hasura' }
  return world.pullRequestStep('opened', number, { inputs: { ...project, ...inputs }, files })
}

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

describe('300 migrations on the fast path (a new preview database, while the tenant boots)', () => {
  const project = generatedProject(300)
  const versionOf = (n: number): string => String(1_700_000_000_000 + n * 1000)
  const opened = (files: Record<string, string>): Flow => ({
    name: 'opened with 300 migrations',
    prepare: async () => {},
    step: () => openedStep(9, files),
    check: async () => []
  })
  const ledger = (): Promise<unknown[]> =>
    world.rows(`${world.prefix}-pr-9`, 'SELECT count(*)::int AS n FROM hdb_catalog.hasura_cloud_action_migrations')
  const records = (): Record<string, boolean> => {
    const [tenant] = world.emulator.tenants()
    const engine = world.emulator.engineOf(tenant!.id) as unknown as {
      catalogState: { cli_state: { migrations?: { default?: Record<string, boolean> } } }
    }
    return engine.catalogState.cli_state.migrations?.default ?? {}
  }

  it('a failing 150th, then a failing 180th: those before each are applied and recorded, it is not, and the failure names its file', async () => {
    const file = `hasura/migrations/default/${versionOf(150)}_table_150/up.sql`
    const broken = { ...project, [file]: 'CREATE TABLE "public"."t1" ("id" int);\n' }
    await world.reset()
    const run = await opened(broken).step(world)
    expect(run.code).toBe(1)
    const failure = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .join('\n')
    expect(failure).toContain(file)
    expect(failure).toMatch(/relation "t1" already exists/)
    expect(run.outputs['migrations-applied']).toBe('149')
    expect(await ledger()).toEqual([{ n: 149 }])
    // What `hasura migrate status` reads agrees: 149 clean records, none for the 150th.
    const recorded = records()
    expect(Object.keys(recorded)).toHaveLength(149)
    expect(Object.values(recorded).every((dirty) => dirty === false)).toBe(true)
    expect(recorded[versionOf(150)]).toBeUndefined()

    // The database exists now: the engine applies the rest, fifty to a request; the 180th fails in the first.
    const later = `hasura/migrations/default/${versionOf(180)}_table_180/up.sql`
    const again = await opened({ ...project, [later]: 'CREATE TABLE "public"."t2" ("id" int);\n' }).step(world)
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(new RegExp(`::error title=hasura-project,file=${later},line=1::.*"t2" already exists`))
    expect(again.outputs['migrations-applied']).toBe('30')
    expect(await ledger()).toEqual([{ n: 179 }])
    expect(Object.keys(records())).toHaveLength(179)
    expect(records()[versionOf(180)]).toBeUndefined()

    const fixed = await opened(project).step(world)
    expect(fixed.code).toBe(0)
    expect(fixed.outputs['migrations-applied']).toBe('121')
    expect(await ledger()).toEqual([{ n: 300 }])
    expect(Object.keys(records())).toHaveLength(300)
  })

  it('killed in the middle: the next run applies the rest, each migration once', async () => {
    const result = await checkConvergence(world, opened(project), /"t150"/, 'kill', async () => {
      expect(await ledger()).toEqual([{ n: 150 }])
    })
    expect(result.problems).toEqual([])
    expect(result.rerun.outputs['migrations-applied']).toBe('150')
    expect(await ledger()).toEqual([{ n: 300 }])
    expect(Object.keys(records())).toHaveLength(300)
  })
})

it('killed while a migration outside a transaction runs: the next run does not run it again, and says how to go on', async () => {
  const index = 'hasura/migrations/default/1700000300000_index_titles/up.sql'
  const files = {
    ...filesOf(path.join(ROOT, 'examples/hasura'), 'hasura'),
    [index]:
      '-- hasura:no-transaction\nCREATE INDEX CONCURRENTLY "title_concurrently" ON "public"."article" ("title");\n'
  }
  const step = (inputs: Record<string, string> = {}) => openedStep(10, files, inputs)
  const database = `${world.prefix}-pr-10`
  await world.reset()
  // Killed right after the statement went out: the index may well be built, its record is not written.
  world.switch.arm(/CONCURRENTLY/, 'kill')
  const killed = await step()
  world.switch.disarm()
  expect(killed.code).not.toBe(0)

  const rerun = await step()
  expect(rerun.code).toBe(1)
  expect(rerun.stdout).toMatch(
    new RegExp(`::error title=hasura-project,file=${index},line=1::.*earlier run was stopped`)
  )
  expect(
    await world.rows(
      database,
      "SELECT version FROM hdb_catalog.hasura_cloud_action_migrations WHERE version LIKE 'started:%'"
    )
  ).toEqual([{ version: 'started:1700000300000' }])

  // The way out it names: the preview database rebuilt from its migrations.
  const reset = await step({ 'reset-database': 'true' })
  expect(reset.code).toBe(0)
  expect(reset.outputs['migrations-applied']).toBe('4')
  expect(await world.rows(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'title_concurrently'")).toEqual(
    [{ indexname: 'title_concurrently' }]
  )
})
