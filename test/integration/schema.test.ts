/**
 * The Hasura project applied natively, in process (see harness.ts): the operations against the Cloud emulator whose
 * tenants are served by the engine emulator, which runs the migrations on the test run's real Postgres. Each pull
 * request gets its preview database there (postgres-server-url), which its metadata reaches through PG_DATABASE_URL.
 * (test/e2e/preview.test.ts applies a project through the bundle, on a pull request's lifecycle.)
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import pg from 'pg'
import type { ProjectEngine } from '../engine/engine.js'
import { createTestDatabase } from '../engine/test-database.js'
import { ROOT } from '../support/action-runner.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers, previewStep } from '../support/preview-servers.js'
import { annotations, logged, logText, runOperation, type RunResult } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-schemashop`, so the cleanup cannot touch another file's. */
const REPO = 'schemashop'
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PROJECT = 'hasura'
const EXAMPLE = filesOf(path.join(ROOT, 'examples/hasura'), PROJECT)
const VERSIONS = ['1700000000000', '1700000100000', '1700000200000']
const TABLES_DIR = `${PROJECT}/metadata/databases/default/tables`
const NEW_MIGRATION = `${PROJECT}/migrations/default/1700000300000_add_bio_to_author/up.sql`

type PrAction = 'opened' | 'synchronize'

const servers = previewServers({ databasePrefix: 'acme-schemashop', emulator: { projectQuota: 10 } })
const { emulator, gh, admin } = servers

/** A create step on a pull_request event with the Hasura project in the workspace and a preview database. */
function step(action: PrAction, number: number, files: Record<string, string>, inputs: Record<string, string> = {}) {
  return runOperation(
    previewStep(servers, action, {
      pr: { owner: OWNER, repo: REPO, number, headSha: SHA },
      inputs: { 'hasura-project': PROJECT, ...inputs },
      files
    })
  )
}

function engineOf(run: RunResult): ProjectEngine {
  const engine = emulator.engineOf(run.outputs['tenant-id']!)
  if (!engine) throw new Error(`no engine served tenant ${run.outputs['tenant-id']}`)
  return engine as ProjectEngine
}

/** `schema.table` of the tables in a database, sorted. */
async function tablesIn(database: string): Promise<string[]> {
  const rows = await servers.inDatabase<{ name: string }>(
    database,
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
     WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'hdb_catalog') ORDER BY 1`
  )
  return rows.map((row) => row.name)
}

async function columnsOf(database: string, table: string): Promise<string[]> {
  const rows = await servers.inDatabase<{ column_name: string }>(
    database,
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = " +
      `${pg.escapeLiteral(table)} ORDER BY 1`
  )
  return rows.map((row) => row.column_name)
}

/** The tables the engine's metadata tracks in source `default`, as `schema.name`. */
function trackedTables(engine: ProjectEngine): string[] {
  const sources = (engine.metadata.sources ?? []) as {
    name: string
    tables?: { table: { schema: string; name: string } }[]
  }[]
  const source = sources.find((each) => each.name === 'default')
  return (source?.tables ?? []).map(({ table }) => `${table.schema}.${table.name}`).sort()
}

/** What `hasura migrate status` reads: cli_state.migrations[<database>][<version>] = dirty. */
function migrationRecord(engine: ProjectEngine): unknown {
  return (engine.catalogState.cli_state.migrations as Record<string, unknown> | undefined)?.default
}

const clean = (versions: string[]): Record<string, boolean> =>
  Object.fromEntries(versions.map((version) => [version, false]))

function errors(run: RunResult): string[] {
  return logged(run, 'error')
}

describe('a pull request with hasura-project', () => {
  it('opened applies the 3 migrations and the metadata; a push applies exactly its new one; a re-run sends nothing', async () => {
    const database = 'acme-schemashop-pr-1'
    const opened = await step('opened', 1, EXAMPLE)
    expect(opened.code).toBe(0)
    expect(opened.outputs).toMatchObject({ result: 'created', 'migrations-applied': '3', 'database-name': database })
    expect(await tablesIn(database)).toEqual(['public.article', 'public.author'])
    expect(await columnsOf(database, 'article')).toContain('published_at')
    const engine = engineOf(opened)
    expect(trackedTables(engine)).toEqual(['public.article', 'public.author'])
    expect(engine.inconsistencies).toEqual([])
    expect(migrationRecord(engine)).toEqual(clean(VERSIONS))
    expect(engine.calls.replace_metadata).toBe(1)
    // A new database gets its migrations over the action's own connection, while the tenant boots: the engine runs
    // none of them, and after the health wait the metadata goes in and the records follow the database's ledger.
    expect(engine.calls.run_sql).toBeUndefined()
    expect(logText(opened)).toContain('Applied 3 migrations to default (acme-schemashop-pr-1) while the project boots.')
    expect(logText(opened).indexOf('The project is healthy')).toBeLessThan(
      logText(opened).indexOf('Metadata changed: sent')
    )
    const comments = gh.comments(OWNER, REPO, 1)
    expect(comments.map((comment) => comment.body)).toEqual([expect.stringMatching(/\| Migrations applied \| 3 \|/)])

    const pushed = await step('synchronize', 1, {
      ...EXAMPLE,
      [NEW_MIGRATION]: 'ALTER TABLE "public"."author" ADD COLUMN "bio" text NULL;\n'
    })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'migrations-applied': '1' })
    expect(engineOf(pushed)).toBe(engine)
    expect(await columnsOf(database, 'author')).toEqual(['bio', 'id', 'name'])
    expect(engine.calls.run_sql).toBe(1)
    expect(engine.calls.replace_metadata).toBe(1)
    expect(migrationRecord(engine)).toEqual(clean([...VERSIONS, '1700000300000']))

    const before = { ...engine.calls }
    const again = await step('synchronize', 1, {
      ...EXAMPLE,
      [NEW_MIGRATION]: 'ALTER TABLE "public"."author" ADD COLUMN "bio" text NULL;\n'
    })
    expect(again.code).toBe(0)
    expect(again.outputs['migrations-applied']).toBe('0')
    expect(logText(again)).toContain('Metadata unchanged: not sent')
    for (const write of ['replace_metadata', 'run_sql', 'set_catalog_state']) {
      expect(engine.calls[write]).toBe(before[write])
    }
  })

  it('a migration with a SQL error: exit 1 naming its up.sql and the error; the ones before stay; fixed, it runs alone', async () => {
    const bad = `${PROJECT}/migrations/default/1700000300000_add_rating_to_article/up.sql`
    const opened = await step('opened', 2, {
      ...EXAMPLE,
      [bad]: 'ALTER TABLE "public"."article" ADD COLUMN "rating" integer REFERENCES "public"."rating" ("id");\n'
    })
    expect(opened.code).toBe(1)
    const failure = errors(opened).join('\n')
    expect(failure).toContain(bad)
    expect(failure).toContain('relation "public.rating" does not exist')
    expect(annotations(opened).some((at) => at.file === bad && at.line === 1)).toBe(true)
    const engine = engineOf(opened)
    expect(await tablesIn('acme-schemashop-pr-2')).toEqual(['public.article', 'public.author'])
    expect(await columnsOf('acme-schemashop-pr-2', 'article')).not.toContain('rating')
    expect(migrationRecord(engine)).toEqual(clean(VERSIONS))
    // Outputs known before the failure stay set, so teardown finds the tenant.
    expect(opened.outputs['tenant-id']).toBeDefined()

    const fixed = await step('synchronize', 2, {
      ...EXAMPLE,
      [bad]: 'ALTER TABLE "public"."article" ADD COLUMN "rating" integer NULL;\n'
    })
    expect(fixed.code).toBe(0)
    expect(fixed.outputs['migrations-applied']).toBe('1')
    expect(await columnsOf('acme-schemashop-pr-2', 'article')).toContain('rating')
  })

  it('metadata that tracks a missing table: exit 1 with an error annotation at that table file', async () => {
    const review = `${TABLES_DIR}/public_review.yaml`
    const opened = await step('opened', 3, {
      ...EXAMPLE,
      [review]: 'table:\n  name: review\n  schema: public\n',
      [`${TABLES_DIR}/tables.yaml`]:
        '- "!include public_article.yaml"\n- "!include public_author.yaml"\n- "!include public_review.yaml"\n'
    })
    expect(opened.code).toBe(1)
    const at = annotations(opened).filter((annotation) => annotation.file === review)
    expect(at.length).toBeGreaterThan(0)
    expect(at[0]!.line).toBe(1)
    expect(at.map(({ message }) => message).join('\n')).toMatch(/review/)
    expect(at.map(({ message }) => message).join('\n')).toMatch(/no such table\/view exists in source/)
    // The migrations ran; only the metadata disagrees with them.
    expect(await tablesIn('acme-schemashop-pr-3')).toEqual(['public.article', 'public.author'])
  })

  it('reset-database: the emptied database gets every migration again, and the preview stays consistent', async () => {
    const database = 'acme-schemashop-pr-6'
    const opened = await step('opened', 6, EXAMPLE)
    expect(opened.code).toBe(0)
    expect(opened.outputs['migrations-applied']).toBe('3')

    const reset = await step('synchronize', 6, EXAMPLE, { 'reset-database': 'true' })
    expect(reset.code).toBe(0)
    expect(reset.outputs).toMatchObject({ result: 'reused', 'migrations-applied': '3' })
    expect(logText(reset)).toContain('Applied 3 migrations to default (acme-schemashop-pr-6) while the project boots.')
    expect(await tablesIn(database)).toEqual(['public.article', 'public.author'])
    const engine = engineOf(reset)
    expect(engine.inconsistencies).toEqual([])
    expect(migrationRecord(engine)).toEqual(clean(VERSIONS))
  })

  it('the article-author project (a real one by Hasura) applies cleanly', async () => {
    const files = filesOf(path.join(ROOT, 'test/fixtures/article-author'), PROJECT)
    const opened = await step('opened', 4, files)
    expect(opened.code).toBe(0)
    expect(opened.outputs['migrations-applied']).toBe('2')
    expect(await tablesIn('acme-schemashop-pr-4')).toEqual(['public.article', 'public.author'])
    const engine = engineOf(opened)
    expect(trackedTables(engine)).toEqual(['public.article', 'public.author'])
    expect(engine.inconsistencies).toEqual([])
    expect(migrationRecord(engine)).toEqual(clean(['1632999721726', '1632999801197']))
  })
})

describe('a project refused before any API call', () => {
  it.each([
    [
      'config v2',
      { [`${PROJECT}/config.yaml`]: 'version: 2\nendpoint: http://localhost:8080\n' },
      `${PROJECT}/config.yaml`,
      /config\.yaml says version 2/
    ],
    [
      'a bad !include',
      { [`${TABLES_DIR}/tables.yaml`]: '- "!include public_article.yaml"\n- "!include public_authors.yaml"\n' },
      `${TABLES_DIR}/tables.yaml`,
      /public_authors\.yaml/
    ]
  ])('%s: exit 1 naming the file, no Cloud, GitHub or Postgres work', async (_, change, file, message) => {
    const run = await step('opened', 5, { ...EXAMPLE, ...change })
    expect(run.code).toBe(1)
    expect(errors(run).join('\n')).toMatch(message)
    expect(annotations(run).some((at) => at.file === file)).toBe(true)
    expect(errors(run).join('\n')).toContain(file)
    expect(emulator.calls).toEqual([])
    expect(gh.requests).toEqual([])
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'acme-schemashop-pr-5'")
    expect(rowCount).toBe(0)
  })
})

describe('sync-env with hasura-project', () => {
  it("applies the project to the tenant's database, then nothing on a re-run", async () => {
    const database = await createTestDatabase('schema_sync')
    try {
      const tenant = emulator.seedTenant({ name: 'shop-staging', envs: { PG_DATABASE_URL: database.url } })
      const sync = () =>
        runOperation({
          inputs: {
            pat: emulator.pat,
            'api-endpoint': emulator.url,
            operation: 'sync-env',
            'tenant-id': tenant.id,
            'hasura-project': PROJECT
          },
          files: EXAMPLE,
          emulator,
          secrets: [POSTGRES_PASSWORD]
        })
      const first = await sync()
      expect(first.code).toBe(0)
      expect(first.outputs).toMatchObject({ result: 'unchanged', 'migrations-applied': '3' })
      const { rows } = await database.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
      )
      expect(rows.map((row: { table_name: string }) => row.table_name)).toEqual(['article', 'author'])
      const engine = emulator.engineOf(tenant.id) as ProjectEngine
      expect(trackedTables(engine)).toEqual(['public.article', 'public.author'])
      expect(migrationRecord(engine)).toEqual(clean(VERSIONS))

      const second = await sync()
      expect(second.code).toBe(0)
      expect(second.outputs['migrations-applied']).toBe('0')
      expect(engine.calls.replace_metadata).toBe(1)
      expect(engine.calls.run_sql).toBe(3)
    } finally {
      await emulator.reset()
      await database.drop()
    }
  })
})
