import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { applyProject, type SchemaApplyResult } from '../../src/engine/apply.js'
import { EngineClient } from '../../src/engine/client.js'
import { EngineError, SchemaError } from '../../src/engine/errors.js'
import type { Annotation, Logger } from '../../src/core/log.js'
import type { HasuraProject, InconsistentObject, Migration, SourceLocation } from '../../src/project/types.js'
import { EngineServer } from '../engine/engine.js'
import { createTestDatabase, type TestDatabase } from '../engine/test-database.js'

const SECRET = 'apply-admin-secret-91c2'

class RecordingLog implements Logger {
  readonly lines: { level: 'info' | 'warning' | 'error'; message: string; annotation?: Annotation }[] = []
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string, annotation?: Annotation): void {
    this.lines.push({ level: 'warning', message, annotation })
  }
  error(message: string, annotation?: Annotation): void {
    this.lines.push({ level: 'error', message, annotation })
  }
  mask(): void {}
  get infos(): string[] {
    return this.lines.filter((line) => line.level === 'info').map((line) => line.message)
  }
  get errors(): { message: string; annotation?: Annotation }[] {
    return this.lines
      .filter((line) => line.level === 'error')
      .map(({ message, annotation }) => ({ message, annotation }))
  }
}

function migration(version: string, name: string, sql: string): Migration {
  return { database: 'default', version, name, file: `hasura/migrations/default/${version}_${name}/up.sql`, sql }
}

const MIGRATIONS = [
  migration('1700000000001', 'create_author', 'CREATE TABLE author (id serial PRIMARY KEY, name text NOT NULL);'),
  migration(
    '1700000000002',
    'create_article',
    'CREATE TABLE article (id serial PRIMARY KEY, title text NOT NULL, author_id int NOT NULL REFERENCES author (id));'
  ),
  migration('1700000000003', 'index_article_author', 'CREATE INDEX article_author_id_idx ON article (author_id);')
]
const VERSIONS = MIGRATIONS.map((m) => m.version)

const TABLES = [
  {
    // A table named by a string: the engine exports it as {schema, name}.
    table: 'author',
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

const tableFile = (name: string): string => `hasura/metadata/databases/default/tables/public_${name}.yaml`

/** Where a project reader would place an object: a table's file (line 1, its relationships and permissions below). */
function locate(object: InconsistentObject): SourceLocation {
  const definition = (object.definition ?? {}) as Record<string, unknown>
  const table = (object.type === 'table' ? definition : definition.table) as Record<string, unknown> | undefined
  if (typeof table?.name === 'string') return { file: tableFile(table.name), line: object.type === 'table' ? 1 : 4 }
  return { file: 'hasura/metadata/databases/databases.yaml', line: 2 }
}

function project(options: { migrations?: Migration[]; tables?: unknown[] } = {}): HasuraProject {
  return {
    dir: 'hasura',
    metadata: {
      version: 3,
      sources: [
        {
          name: 'default',
          configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } },
          tables: options.tables ?? TABLES,
          // Empty lists the engine leaves out of its export.
          functions: []
        }
      ],
      remote_schemas: [],
      actions: []
    },
    migrations: options.migrations ?? MIGRATIONS,
    envNeeds: [],
    seeds: [],
    locate
  }
}

let db: TestDatabase
let server: EngineServer
let engine: EngineClient

beforeEach(async () => {
  db = await createTestDatabase('schema_apply')
  server = await EngineServer.start({ env: { HASURA_GRAPHQL_ADMIN_SECRET: SECRET, PG_DATABASE_URL: db.url } })
  engine = client(SECRET)
})

afterEach(async () => {
  await server.close()
  await db.drop()
})

function client(adminSecret: string): EngineClient {
  return new EngineClient({ endpoint: `${server.url}/v1/graphql`, adminSecret, hooks: { sleep: async () => {} } })
}

const apply = (p: HasuraProject, log = new RecordingLog(), dryRun = false): Promise<SchemaApplyResult> =>
  applyProject(p, engine, log, { dryRun })

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: Error) => error
  )
}

async function relations(...names: string[]): Promise<Record<string, string | null>> {
  const columns = names.map((name, i) => `to_regclass('public.${name}')::text AS c${i}`).join(', ')
  const row = (await db.query(`SELECT ${columns}`)).rows[0] as Record<string, string | null>
  return Object.fromEntries(names.map((name, i) => [name, row[`c${i}`] ?? null]))
}

const cliMigrations = (): unknown => (server.engine.catalogState.cli_state as { migrations?: unknown }).migrations

describe('applyProject', () => {
  it('gives a fresh project its metadata, then its migrations in order, recorded clean as the CLI records them', async () => {
    const log = new RecordingLog()
    const result = await apply(project(), log)

    expect(result).toMatchObject({
      dryRun: false,
      metadataChanged: true,
      metadataSent: true,
      migrationsPending: [],
      databases: { default: { alreadyApplied: 0, applied: 3, pending: 0 } }
    })
    expect(result.migrationsApplied.map((m) => m.version)).toEqual(VERSIONS)
    expect(await relations('author', 'article', 'article_author_id_idx')).toEqual({
      author: 'author',
      article: 'article',
      article_author_id_idx: 'article_author_id_idx'
    })
    expect(cliMigrations()).toEqual({ default: { 1700000000001: false, 1700000000002: false, 1700000000003: false } })
    expect(server.engine.inconsistencies).toEqual([])
    expect(server.engine.calls).toMatchObject({ replace_metadata: 1, run_sql: 3, reload_metadata: 1 })
    expect(result.calls).toBe(server.engine.totalCalls)
    expect(log.infos).toEqual([
      'Metadata changed: sent (replace_metadata)',
      'Applied 3 migrations to default: 1700000000001_create_author, 1700000000002_create_article, 1700000000003_index_article_author',
      'Metadata reloaded: consistent'
    ])
    expect(JSON.stringify(log.lines)).not.toContain(SECRET)
    expect(JSON.stringify(log.lines)).not.toContain(db.url)
  })

  it('sends neither metadata nor migrations on a re-run: only the two reads and the reload', async () => {
    await apply(project())
    const before = { ...server.engine.calls }
    const log = new RecordingLog()

    const again = await apply(project(), log)

    expect(again).toMatchObject({
      metadataChanged: false,
      metadataSent: false,
      migrationsApplied: [],
      databases: { default: { alreadyApplied: 3, applied: 0, pending: 0 } },
      calls: 3
    })
    expect(server.engine.calls).toEqual({
      ...before,
      export_metadata: before.export_metadata! + 1,
      get_catalog_state: before.get_catalog_state! + 1,
      reload_metadata: before.reload_metadata! + 1
    })
    expect(log.infos).toEqual([
      'Metadata unchanged: not sent',
      'No new migrations for default (3 applied before)',
      'Metadata reloaded: consistent'
    ])
  })

  it('an empty list is not an absent one: a push that only drops `query_root_fields: []` or `columns: []` is sent', async () => {
    type Permission = { permission: Record<string, unknown> }
    type Table = { table: unknown; select_permissions?: Permission[]; insert_permissions?: Permission[] }
    const article = (tables: Table[]): Table =>
      tables.find((entry) => (entry.table as { name?: string }).name === 'article')!
    const hidden = structuredClone(TABLES) as Table[]
    article(hidden).insert_permissions = [{ role: 'writer', permission: { check: {}, columns: [] } } as Permission]
    article(hidden).select_permissions![0]!.permission.query_root_fields = []
    await apply(project({ tables: hidden }))
    // The engine exports both as given: no root field, no column (absent would be all of them).
    const exported = (await engine.exportMetadata()) as { sources: { tables: Table[] }[] }
    const held = article(exported.sources[0]!.tables)
    expect(held.select_permissions![0]!.permission.query_root_fields).toEqual([])
    expect(held.insert_permissions![0]!.permission.columns).toEqual([])

    const exposed = structuredClone(hidden)
    delete article(exposed).select_permissions![0]!.permission.query_root_fields
    const log = new RecordingLog()
    expect(await apply(project({ tables: exposed }), log)).toMatchObject({ metadataChanged: true, metadataSent: true })
    expect(log.infos[0]).toBe('Metadata changed: sent (replace_metadata)')
    const now = article((server.engine.metadata.sources as { tables: Table[] }[])[0]!.tables)
    expect(now.select_permissions![0]!.permission).not.toHaveProperty('query_root_fields')

    const allColumns = structuredClone(exposed)
    delete article(allColumns).insert_permissions![0]!.permission.columns
    expect(await apply(project({ tables: allColumns }))).toMatchObject({ metadataChanged: true, metadataSent: true })
    // And the same files again are the same metadata: nothing is sent.
    expect(await apply(project({ tables: allColumns }))).toMatchObject({ metadataChanged: false, metadataSent: false })
  })

  it('metadata the engine holds nested 6,000 deep (another tool wrote it): the project is sent, no stack overflow', async () => {
    await apply(project())
    const exported = await engine.exportMetadata()
    const tables = (exported.sources as { tables: { select_permissions?: { permission: unknown }[] }[] }[])[0]!.tables
    tables.find((entry) => entry.select_permissions)!.select_permissions![0]!.permission = 'DEEP_PERMISSION'
    const deep = `{"columns":["id"],"filter":${'{"_and":['.repeat(6000)}{}${']}'.repeat(6000)}}`
    const body = JSON.stringify({ type: 'replace_metadata', version: 2, args: { metadata: exported } })
    const written = await fetch(`${server.url}/v1/metadata`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET },
      body: body.replace('"DEEP_PERMISSION"', deep)
    })
    expect(written.status).toBe(200)

    expect(await apply(project())).toMatchObject({ metadataChanged: true, metadataSent: true })
    // The project's own metadata is back, and the next push compares equal again.
    expect(await apply(project())).toMatchObject({ metadataChanged: false, metadataSent: false })
  })

  it('applies exactly the one new migration of the next push', async () => {
    await apply(project())
    const added = migration('1700000000004', 'add_author_bio', 'ALTER TABLE author ADD COLUMN bio text;')

    const result = await apply(project({ migrations: [...MIGRATIONS, added] }))

    expect(result.migrationsApplied).toEqual([added])
    expect(result).toMatchObject({ metadataSent: false, databases: { default: { alreadyApplied: 3, applied: 1 } } })
    expect(server.engine.calls.run_sql).toBe(4)
    expect((await db.query("SELECT 1 FROM information_schema.columns WHERE column_name = 'bio'")).rowCount).toBe(1)
    expect(cliMigrations()).toEqual({
      default: { 1700000000001: false, 1700000000002: false, 1700000000003: false, 1700000000004: false }
    })
  })

  it('fails at the up.sql of a migration the database refuses, keeping the ones before applied and recorded', async () => {
    const broken = migration(
      '1700000000002',
      'create_article',
      'CREATE TABLE article (id serial PRIMARY KEY, author_id int REFERENCES writer (id));'
    )

    const error = await failure(apply(project({ migrations: [MIGRATIONS[0]!, broken, MIGRATIONS[2]!] })))

    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ file: broken.file, line: 1, input: 'hasura-project' })
    expect(error.message).toContain(broken.file)
    expect(error.message).toContain('relation "writer" does not exist')
    expect(error.message).not.toContain('CREATE TABLE')
    expect(await relations('author', 'article')).toEqual({ author: 'author', article: null })
    expect(cliMigrations()).toEqual({ default: { 1700000000001: false } })
    expect(server.engine.calls.run_sql).toBe(2)

    // Fixed on the next push: the rest applies.
    const fixed = await apply(project())
    expect(fixed.migrationsApplied.map((m) => m.version)).toEqual(VERSIONS.slice(1))
  })

  it('fails with an error annotation at the file and line of each inconsistent object', async () => {
    const log = new RecordingLog()
    const tables = [...TABLES, { table: { schema: 'public', name: 'ghost' } }]

    const error = await failure(apply(project({ tables }), log))

    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ file: tableFile('ghost'), line: 1 })
    expect(error.message).toContain('table ghost in source default: no such table/view exists in source: "ghost"')
    expect(log.errors).toEqual([
      {
        message: 'table ghost in source default: no such table/view exists in source: "ghost"',
        annotation: { file: tableFile('ghost'), line: 1, title: 'Inconsistent Hasura metadata' }
      }
    ])
    // The migrations ran and stay recorded; only the metadata needs fixing.
    expect(cliMigrations()).toEqual({ default: { 1700000000001: false, 1700000000002: false, 1700000000003: false } })
  })

  it('stops before any write when a migration is marked dirty, saying it may be half applied and how to fix it', async () => {
    server.engine.setCliState({
      migrations: { default: { 1700000000001: false, 1700000000002: true } },
      settings: { migration_mode: 'true' }
    })

    const error = await failure(apply(project()))

    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ file: MIGRATIONS[1]!.file, line: 1 })
    expect(error.message).toContain('marked dirty')
    expect(error.message).toContain('half applied')
    expect(error.message).toContain('hasura migrate delete --version 1700000000002 --database-name default --server')
    expect(server.engine.calls).toEqual({ export_metadata: 1, get_catalog_state: 1 })
  })

  it('reads only in a dry run, and reports what it would send', async () => {
    const log = new RecordingLog()

    const result = await apply(project(), log, true)

    expect(result).toMatchObject({
      dryRun: true,
      metadataChanged: true,
      metadataSent: false,
      migrationsApplied: [],
      databases: { default: { alreadyApplied: 0, applied: 0, pending: 3 } },
      calls: 2
    })
    expect(result.migrationsPending.map((m) => m.version)).toEqual(VERSIONS)
    expect(server.engine.calls).toEqual({ export_metadata: 1, get_catalog_state: 1 })
    expect(await relations('author')).toEqual({ author: null })
    expect(log.infos).toEqual([
      'Dry run: metadata differs: replace_metadata would be sent',
      'Dry run: would apply 3 migrations to default: 1700000000001_create_author, 1700000000002_create_article, 1700000000003_index_article_author'
    ])
  })

  it('points at the table whose metadata the engine cannot read', async () => {
    const tables = [TABLES[0], { select_permissions: [] }]

    const error = await failure(apply(project({ tables })))

    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ file: 'hasura/metadata/databases/databases.yaml', line: 2 })
    expect(error.message).toContain('key "table" not found (at $.args.metadata.sources[0].tables[1])')
    expect(server.engine.calls.run_sql).toBeUndefined()
  })
})

describe('applyProject on a database without a ledger: limits and migrations outside a transaction', () => {
  const index = migration(
    '1700000000004',
    'index_article_title',
    '-- hasura:no-transaction\nCREATE INDEX CONCURRENTLY article_title_idx ON article (title);\n'
  )

  it('runs a migration marked -- hasura:no-transaction outside a transaction, recorded clean once', async () => {
    const result = await apply(project({ migrations: [...MIGRATIONS, { ...index, noTransaction: true }] }))
    expect(result.migrationsApplied.map((m) => m.version)).toEqual([...VERSIONS, '1700000000004'])
    expect(await relations('article_title_idx')).toEqual({ article_title_idx: 'article_title_idx' })
    expect(cliMigrations()).toEqual({
      default: { 1700000000001: false, 1700000000002: false, 1700000000003: false, 1700000000004: false }
    })
  })

  it('without the marker, CREATE INDEX CONCURRENTLY fails saying to add it', async () => {
    const error = await failure(apply(project({ migrations: [...MIGRATIONS, index] })))
    expect(error.message).toContain('CREATE INDEX CONCURRENTLY cannot run inside a transaction block')
    expect(error.message).toContain('Make -- hasura:no-transaction the first line of the file')
  })

  it('migration-timeout cancels a migration that runs longer: refused, unmarked, the input named', async () => {
    const slow = migration('1700000000004', 'backfill', 'SELECT pg_sleep(5);')
    const error = await failure(
      applyProject(project({ migrations: [...MIGRATIONS, slow] }), engine, new RecordingLog(), {
        dryRun: false,
        migrationTimeoutMs: 1000
      })
    )
    expect(error).toMatchObject({ file: slow.file, line: 1 })
    expect(error.message).toContain('canceling statement due to statement timeout')
    expect(error.message).toContain('migration-timeout allows (1 s)')
    expect(cliMigrations()).toEqual({ default: { 1700000000001: false, 1700000000002: false, 1700000000003: false } })
  })
})

describe('applyProject over an unreliable connection', () => {
  it('retries a read the gateway failed', async () => {
    server.engine.injectFault({ type: 'export_metadata', fault: { kind: 'http', status: 503 } })

    const result = await apply(project())

    expect(result.migrationsApplied).toHaveLength(3)
    expect(server.engine.calls.export_metadata).toBe(2)
    expect(result.calls).toBe(server.engine.totalCalls)
  })

  it('never sends a migration twice: one whose answer was lost stays marked dirty', async () => {
    server.engine.injectFault({ type: 'run_sql', fault: { kind: 'drop-after' } })

    const error = await failure(apply(project()))

    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ file: MIGRATIONS[0]!.file, line: 1 })
    expect(error.message).toContain('may have been applied')
    expect(server.engine.calls.run_sql).toBe(1)
    // It did run: the record says it may have.
    expect(await relations('author')).toEqual({ author: 'author' })
    expect(cliMigrations()).toEqual({ default: { 1700000000001: true } })

    const next = await failure(apply(project()))
    expect(next.message).toContain('marked dirty')
  })

  it('does not retry run_sql after a 502 either', async () => {
    server.engine.injectFault({ type: 'run_sql', fault: { kind: 'http', status: 502 } })

    const error = await failure(apply(project()))

    expect(error.message).toContain('HTTP 502')
    expect(server.engine.calls.run_sql).toBe(1)
    expect(cliMigrations()).toEqual({ default: { 1700000000001: true } })
  })

  it('says the admin secret was refused, without printing it, and writes nothing', async () => {
    engine = client('a-wrong-secret-5d1e')

    const error = await failure(apply(project()))

    expect(error).toBeInstanceOf(EngineError)
    expect(error).toMatchObject({ status: 401, code: 'access-denied', call: 'export_metadata' })
    expect(error.message).toContain('did not accept the admin secret')
    expect(error.message).not.toContain('a-wrong-secret-5d1e')
    expect(server.engine.calls).toEqual({ unauthorized: 1 })
  })
})

describe('EngineClient', () => {
  it('talks to the project base of a GraphQL URL, keeping a path prefix', () => {
    const at = (endpoint: string): string => new EngineClient({ endpoint, adminSecret: SECRET }).baseUrl
    expect(at('https://tender-hare-42.hasura.app/v1/graphql')).toBe('https://tender-hare-42.hasura.app')
    expect(at('https://tender-hare-42.hasura.app/')).toBe('https://tender-hare-42.hasura.app')
    expect(at('http://127.0.0.1:8080/p/tender-hare-42/v1/graphql')).toBe('http://127.0.0.1:8080/p/tender-hare-42')
  })

  it('refuses to send the admin secret over plain http to a host that is not loopback', () => {
    const create = (): EngineClient =>
      new EngineClient({ endpoint: 'http://tender-hare-42.hasura.app', adminSecret: SECRET })
    expect(create).toThrow(EngineError)
    expect(create).toThrow(/not https/)
  })
})
