import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { httpRequest } from '../../src/http/transport.js'
import { EngineServer } from '../engine/engine.js'
import { createTestDatabase, type TestDatabase } from '../engine/test-database.js'

const SECRET = 'emulator-admin-secret-7f3a'

let db: TestDatabase
let server: EngineServer

beforeEach(async () => {
  db = await createTestDatabase('engine_emulator')
  server = await EngineServer.start({ env: { HASURA_GRAPHQL_ADMIN_SECRET: SECRET, PG_DATABASE_URL: db.url } })
  // A new project has no database: connect it, tracking nothing yet.
  expect((await replace([], false)).status).toBe(200)
})

afterEach(async () => {
  await server.close()
  await db.drop()
})

interface Answer {
  status: number
  body: Record<string, unknown>
  text: string
}

/** `secret: null` sends no admin secret header. */
async function post(path: string, body: unknown, secret: string | null = SECRET): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (secret !== null) headers['x-hasura-admin-secret'] = secret
  const answer = await httpRequest(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) })
  return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown>, text: answer.body }
}

const metadataCall = (type: string, args: unknown = {}, extra: object = {}): Promise<Answer> =>
  post('/v1/metadata', { type, args, ...extra })

const runSql = (sql: string, extra: object = {}): Promise<Answer> =>
  post('/v2/query', { type: 'run_sql', args: { source: 'default', sql, ...extra } })

async function health(query = ''): Promise<{ status: number; text: string }> {
  const answer = await httpRequest(`${server.url}/healthz${query}`)
  return { status: answer.status, text: answer.body }
}

const source = (tables: unknown[]): Record<string, unknown> => ({
  name: 'default',
  configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } },
  tables
})

/** author <- article (article.author_id), both ways, and a permission on article's columns. */
const blogTables = [
  {
    table: { schema: 'public', name: 'author' },
    array_relationships: [
      {
        name: 'articles',
        using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } }
      }
    ]
  },
  {
    table: { schema: 'public', name: 'article' },
    object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
    select_permissions: [{ role: 'reader', permission: { columns: ['id', 'title'], filter: {} } }]
  }
]

const replace = (tables: unknown[], allow: boolean): Promise<Answer> =>
  metadataCall(
    'replace_metadata',
    { allow_inconsistent_metadata: allow, metadata: { version: 3, sources: [source(tables)] } },
    { version: 2 }
  )

describe('engine emulator: auth and health', () => {
  it('answers the metadata API only with the admin secret, and /healthz without it', async () => {
    expect((await metadataCall('export_metadata')).status).toBe(200)

    const none = await post('/v1/metadata', { type: 'export_metadata', args: {} }, null)
    expect(none.status).toBe(401)
    expect(none.body).toMatchObject({ code: 'access-denied', path: '$' })

    const wrong = await post('/v2/query', { type: 'run_sql', args: { sql: 'select 1' } }, 'not-the-secret')
    expect(wrong.status).toBe(401)
    expect(wrong.body.error).toBe('invalid x-hasura-admin-secret/x-hasura-access-key')

    expect(await health()).toEqual({ status: 200, text: 'OK' })

    // GraphQL reports a refused secret as an error in a 200 answer.
    const probe = { query: '{ __typename }' }
    expect((await post('/v1/graphql', probe)).body).toEqual({ data: { __typename: 'query_root' } })
    const refused = await post('/v1/graphql', probe, null)
    expect(refused.status).toBe(200)
    expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'access-denied' } }] })
  })

  it('says WARN while the metadata is inconsistent (500 with strict=true), OK again once it is not', async () => {
    expect((await replace([{ table: { schema: 'public', name: 'ghost' } }], true)).status).toBe(200)
    expect(await health()).toEqual({ status: 200, text: 'WARN: inconsistent objects in schema' })
    expect(await health('?strict=true')).toEqual({ status: 500, text: 'ERROR: inconsistent objects in schema' })

    expect((await runSql('CREATE TABLE ghost (id int)')).status).toBe(200)
    expect(await health('?strict=true')).toEqual({ status: 200, text: 'OK' })
  })
})

describe('engine emulator: run_sql on the real database', () => {
  it('answers rows as text with a header row, and runs each request in one transaction', async () => {
    const created = await runSql(
      "CREATE TABLE note (id int PRIMARY KEY, body text, at date); INSERT INTO note VALUES (1, 'one', '2024-02-29'), (2, NULL, NULL)"
    )
    expect(created.body).toEqual({ result_type: 'CommandOk', result: null })

    const rows = await runSql('SELECT id, body, at FROM note ORDER BY id')
    expect(rows.body).toEqual({
      result_type: 'TuplesOk',
      result: [
        ['id', 'body', 'at'],
        ['1', 'one', '2024-02-29'],
        ['2', null, null]
      ]
    })
    expect((await db.query('SELECT count(*)::int AS n FROM note')).rows[0]).toEqual({ n: 2 })
  })

  it('answers a SQL error as a postgres-error with the database message, and rolls the whole request back', async () => {
    const failed = await runSql('CREATE TABLE half (id int); INSERT INTO missing_table VALUES (1)')
    expect(failed.status).toBe(400)
    expect(failed.body).toMatchObject({
      code: 'postgres-error',
      error: 'query execution failed',
      internal: { error: { message: 'relation "missing_table" does not exist', status_code: '42P01' } }
    })
    expect((await db.query("SELECT to_regclass('public.half') AS half")).rows[0]).toEqual({ half: null })
  })

  it("answers a SQL error without a position, as the engine's error carries none (pg-client-hs PGStmtErrDetail)", async () => {
    const failed = await runSql('SELECT 1;\nSELECT nope FROM missing_table')
    expect(Object.keys((failed.body.internal as { error: object }).error).sort()).toEqual([
      'description',
      'exec_status',
      'hint',
      'message',
      'status_code'
    ])
  })

  it('with no_transaction runs each statement alone: CREATE INDEX CONCURRENTLY works, those before a failure stay', async () => {
    await runSql('CREATE TABLE t (a int, b int)')
    const concurrently = 'CREATE INDEX CONCURRENTLY ta ON t (a);\nCREATE INDEX CONCURRENTLY tb ON t (b);'
    const inTransaction = await runSql(concurrently)
    expect(inTransaction.body).toMatchObject({ code: 'postgres-error', internal: { error: { status_code: '25001' } } })
    expect((await runSql(concurrently, { no_transaction: true })).status).toBe(200)
    const failed = await runSql('CREATE INDEX CONCURRENTLY tc ON t (a, b); CREATE INDEX CONCURRENTLY td ON t (c)', {
      no_transaction: true
    })
    expect(failed.body).toMatchObject({ code: 'postgres-error', internal: { error: { status_code: '42703' } } })
    const { rows } = await db.query("SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1")
    expect(rows.map((row: { indexname: string }) => row.indexname)).toEqual(['ta', 'tb', 'tc'])
  })

  it('refuses writes in a read_only request', async () => {
    const failed = await runSql('CREATE TABLE nope (id int)', { read_only: true })
    expect(failed.status).toBe(400)
    expect(failed.body).toMatchObject({ code: 'postgres-error', internal: { error: { status_code: '25006' } } })
  })

  it('refuses an unknown source and a source whose env var is not set', async () => {
    const unknown = await post('/v2/query', { type: 'run_sql', args: { source: 'reports', sql: 'select 1' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ code: 'not-exists', error: 'source with name "reports" does not exist' })

    const unset = {
      name: 'default',
      configuration: { connection_info: { database_url: { from_env: 'OTHER_DATABASE_URL' } } },
      tables: []
    }
    const replaced = await metadataCall(
      'replace_metadata',
      { allow_inconsistent_metadata: true, metadata: { version: 3, sources: [unset] } },
      { version: 2 }
    )
    expect(replaced.body).toEqual({
      is_consistent: false,
      inconsistent_objects: [
        {
          type: 'source',
          name: 'source default',
          reason: 'Inconsistent object: environment variable "OTHER_DATABASE_URL" not set',
          definition: 'default'
        }
      ]
    })
    expect((await runSql('select 1')).status).toBe(400)
  })
})

describe('engine emulator: metadata', () => {
  it('refuses inconsistent metadata unless allowed, listing the objects in internal', async () => {
    const refused = await replace(blogTables, false)
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({
      code: 'unexpected',
      error: 'cannot continue due to inconsistent metadata',
      path: '$.args'
    })
    expect(refused.body.internal).toEqual([
      {
        type: 'table',
        name: 'table author in source default',
        reason: 'Inconsistent object: no such table/view exists in source: "author"',
        definition: { schema: 'public', name: 'author' }
      },
      expect.objectContaining({ type: 'table', name: 'table article in source default' })
    ])
    expect(server.engine.metadata).toEqual({ version: 3, sources: [source([])] })
  })

  it('exports what was replaced in the engine shape, and finds a relationship to a missing column', async () => {
    const replaced = await replace(blogTables, true)
    expect(replaced.body).toMatchObject({ is_consistent: false })

    const exported = await metadataCall('export_metadata')
    const sources = exported.body.sources as Record<string, unknown>[]
    expect(sources[0]).toMatchObject({
      name: 'default',
      kind: 'postgres',
      configuration: {
        connection_info: {
          database_url: { from_env: 'PG_DATABASE_URL' },
          isolation_level: 'read-committed',
          use_prepared_statements: false
        }
      }
    })
    expect(sources[0]!.tables).toEqual(blogTables)

    // Both tables exist now, but article has no author_id: each side of the relationship is inconsistent.
    await runSql('CREATE TABLE author (id int PRIMARY KEY); CREATE TABLE article (id int PRIMARY KEY, title text)')
    const found = await metadataCall('get_inconsistent_metadata')
    expect(found.body.is_consistent).toBe(false)
    expect(found.body.inconsistent_objects).toEqual([
      expect.objectContaining({
        type: 'array_relation',
        name: 'array_relation articles in table author in source default',
        reason:
          'Inconsistent object: in table "author": in relationship "articles": column "author_id" does not exist in table "article"'
      }),
      {
        type: 'object_relation',
        name: 'object_relation author in table article in source default',
        reason:
          'Inconsistent object: in table "article": in relationship "author": column "author_id" does not exist in table "article"',
        definition: {
          name: 'author',
          using: { foreign_key_constraint_on: 'author_id' },
          comment: null,
          source: 'default',
          table: { schema: 'public', name: 'article' }
        }
      }
    ])

    // A column without a foreign key is not enough for the engine.
    await db.query('ALTER TABLE article ADD COLUMN author_id int')
    const reloaded = await metadataCall('reload_metadata')
    expect((reloaded.body.inconsistent_objects as { reason: string }[]).map((o) => o.reason)).toEqual([
      'Inconsistent object: in table "author": in relationship "articles": no foreign constraint exists on the given column(s)',
      'Inconsistent object: in table "article": in relationship "author": no foreign constraint exists on the given column(s)'
    ])

    await db.query('ALTER TABLE article ADD FOREIGN KEY (author_id) REFERENCES author (id)')
    expect((await metadataCall('reload_metadata')).body).toEqual({ message: 'success', is_consistent: true })
    expect((await metadataCall('get_inconsistent_metadata')).body).toEqual({
      is_consistent: true,
      inconsistent_objects: []
    })
  })

  it("exports a permission's row filter, check and presets as written, empty lists inside them included", async () => {
    const permissions = {
      select_permissions: [{ role: 'reader', permission: { columns: ['id'], filter: { _or: [] } } }],
      insert_permissions: [
        { role: 'writer', permission: { columns: ['id'], check: { id: { _in: [] } }, set: { id: 'x-hasura-user-id' } } }
      ],
      delete_permissions: [{ role: 'writer', permission: { filter: {} } }]
    }
    await replace([{ table: { schema: 'public', name: 'author' }, ...permissions }], true)
    const exported = await metadataCall('export_metadata')
    const [exportedSource] = exported.body.sources as { tables: Record<string, unknown>[] }[]
    expect(exportedSource!.tables[0]).toEqual({ table: { schema: 'public', name: 'author' }, ...permissions })
  })

  it('finds a permission naming a missing column', async () => {
    await runSql(
      'CREATE TABLE author (id int PRIMARY KEY); CREATE TABLE article (id int PRIMARY KEY, author_id int REFERENCES author (id))'
    )
    const replaced = await replace(blogTables, true)
    expect(replaced.body).toEqual({
      is_consistent: false,
      inconsistent_objects: [
        expect.objectContaining({
          type: 'select_permission',
          name: 'select_permission reader in table article in source default',
          reason: 'Inconsistent object: in table "article": in permission for role "reader": "title" does not exist'
        })
      ]
    })
  })

  it('answers a metadata parse error at the path of the part it cannot read', async () => {
    const answer = await replace([{ table: { schema: 'public', name: 'author' } }, { select_permissions: [] }], true)
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      code: 'parse-failed',
      error: 'key "table" not found',
      path: '$.args.metadata.sources[0].tables[1]'
    })
  })
})

describe('engine emulator: catalog state', () => {
  it('keeps the cli and console states apart, in memory', async () => {
    const fresh = await metadataCall('get_catalog_state')
    expect(fresh.body).toEqual({ id: expect.any(String), cli_state: {}, console_state: {} })

    const cli = { migrations: { default: { '1700000000001': false } }, settings: { migration_mode: 'true' } }
    expect((await metadataCall('set_catalog_state', { type: 'cli', state: cli })).body).toEqual({ message: 'success' })
    await metadataCall('set_catalog_state', { type: 'console', state: { onboardingShown: true } })

    const read = await metadataCall('get_catalog_state')
    expect(read.body).toEqual({ id: fresh.body.id, cli_state: cli, console_state: { onboardingShown: true } })
    expect(server.engine.catalogState.cli_state).toEqual(cli)

    const bad = await metadataCall('set_catalog_state', { type: 'some_state', state: {} })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'parse-failed', path: '$.args.type' })
    expect(server.engine.calls).toMatchObject({ replace_metadata: 1, get_catalog_state: 2, set_catalog_state: 3 })
  })
})
