/**
 * Walls between previews, and preview databases that survive a kill between any two statements, on the real
 * Postgres of the test run (TEST_POSTGRES_URL, a superuser URL). Each preview has a role of its own: what one pull
 * request's migrations can and cannot do to another's, and what a later run does with what a killed one left.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Logger } from '../../src/core/log.js'
import { DatabaseError } from '../../src/database/errors.js'
import { nextName, PreviewDatabases } from '../../src/database/preview-database.js'
import { databaseUrl } from '../../src/database/url.js'
import { previewTag } from '../../src/preview/tag.js'
import { connectorFor } from '../support/connector.js'
import { dropDatabasesLike } from '../support/pull-request.js'

const SERVER = process.env.TEST_POSTGRES_URL!
const PREFIX = `walls-${process.pid.toString(36)}${Date.now().toString(36)}`
const dryRun = false
let counter = 0
let admin: pg.Client

const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, mask: () => {} }

function pr(number: number) {
  return { owner: 'acme', repo: 'shop', number }
}

function uniqueName(): string {
  return `${PREFIX}-${++counter}`
}

async function withDatabases<T>(work: (dbs: PreviewDatabases) => Promise<T>): Promise<T> {
  const dbs = await PreviewDatabases.connect(SERVER, connectorFor(SERVER), log)
  try {
    return await work(dbs)
  } finally {
    await dbs.close()
  }
}

/** Run SQL over a URL; the error's SQLSTATE when it fails. */
async function sqlAt(url: string, text: string): Promise<{ rows: unknown[]; code?: string }> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  try {
    await client.connect()
    const result: pg.QueryResult | pg.QueryResult[] = await client.query(text)
    return { rows: (Array.isArray(result) ? result.at(-1)! : result).rows }
  } catch (error) {
    return { rows: [], code: (error as { code?: string }).code ?? 'failed' }
  } finally {
    await client.end().catch(() => {})
  }
}

async function facts(name: string) {
  const { rows } = await admin.query<{ owner: string | null; tag: string | null }>(
    `SELECT pg_get_userbyid(datdba) AS owner, shobj_description(oid, 'pg_database') AS tag
       FROM pg_database WHERE datname = $1`,
    [name]
  )
  const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])
  return { database: rows[0], role: role.rowCount === 1 }
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
})
afterAll(async () => {
  await dropDatabasesLike(admin, PREFIX)
  await admin.end()
})

describe("a pull request's migrations, run as its preview's role", () => {
  let a: { name: string; url: string }
  let b: { name: string; url: string }
  beforeAll(async () => {
    ;[a, b] = await withDatabases(async (dbs) => [
      await dbs.ensure(uniqueName(), { owner: pr(1), reset: false, dryRun }),
      await dbs.ensure(uniqueName(), { owner: pr(2), reset: false, dryRun })
    ])
  })

  it('own their database: they make and alter its tables', async () => {
    expect((await sqlAt(a.url, 'CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN x text; SELECT 1 AS ok')).code).toBe(
      undefined
    )
  })

  it("cannot connect to another preview's database", async () => {
    const intoB = databaseUrl(a.url, b.name)
    expect((await sqlAt(intoB, 'SELECT 1')).code).toBe('42501')
  })

  it("cannot remove another preview's tag, nor rewrite their own role's record", async () => {
    expect((await sqlAt(a.url, `COMMENT ON DATABASE ${pg.escapeIdentifier(b.name)} IS NULL`)).code).toBe('42501')
    expect((await facts(b.name)).database?.tag).toBe(previewTag(pr(2)))
    expect((await sqlAt(a.url, `COMMENT ON ROLE ${pg.escapeIdentifier(a.name)} IS 'mine'`)).code).toBe('42501')
    expect((await sqlAt(a.url, `ALTER DATABASE ${pg.escapeIdentifier(b.name)} OWNER TO CURRENT_USER`)).code).toBe(
      '42501'
    )
  })

  it('cannot create databases or roles', async () => {
    expect((await sqlAt(a.url, `CREATE DATABASE ${pg.escapeIdentifier(`${a.name}-evil`)}`)).code).toBe('42501')
    expect((await sqlAt(a.url, 'CREATE ROLE evil LOGIN')).code).toBe('42501')
  })

  it('that remove their own tag do not stop the teardown, and the next run puts it back', async () => {
    expect((await sqlAt(a.url, `COMMENT ON DATABASE ${pg.escapeIdentifier(a.name)} IS NULL`)).code).toBe(undefined)
    const again = await withDatabases((dbs) => dbs.ensure(a.name, { owner: pr(1), reset: false, dryRun }))
    expect(again.url).toBe(a.url)
    expect((await facts(a.name)).database?.tag).toBe(previewTag(pr(1)))
    expect((await sqlAt(a.url, 'SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }])
  })

  it('the teardown drops the database and its role, and leaves no role behind', async () => {
    await withDatabases(async (dbs) => expect(await dbs.drop(b.name, pr(2), { dryRun })).toBe('dropped'))
    expect(await facts(b.name)).toEqual({ database: undefined, role: false })
  })
})

describe('a role or a database of that name that is not the preview', () => {
  it("another pull request's role of that name: neither used nor dropped", async () => {
    const name = uniqueName()
    await withDatabases((dbs) => dbs.ensure(name, { owner: pr(3), reset: false, dryRun }))
    await withDatabases(async (dbs) => {
      await expect(dbs.ensure(name, { owner: pr(4), reset: false, dryRun })).rejects.toThrow(
        /a role of that name is the preview of acme\/shop#3/
      )
      expect(await dbs.drop(name, pr(4), { dryRun })).toBe('not-ours')
    })
    expect(await facts(name)).toMatchObject({ role: true, database: { owner: name } })
  })

  it('a role of that name without our tag: the action makes nothing and drops nothing', async () => {
    const name = uniqueName()
    await admin.query(`CREATE ROLE ${pg.escapeIdentifier(name)} LOGIN`)
    await withDatabases(async (dbs) => {
      await expect(dbs.ensure(name, { owner: pr(5), reset: false, dryRun })).rejects.toThrow(/carries no tag/)
      expect(await dbs.drop(name, pr(5), { dryRun })).toBe('not-ours')
    })
    expect(await facts(name)).toEqual({ database: undefined, role: true })
  })
})

describe('the objects of a template', () => {
  it("are handed to the preview's role, so its migrations can alter them", async () => {
    const template = uniqueName()
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`)
    const seed = new pg.Client({ connectionString: databaseUrl(SERVER, template) })
    await seed.connect()
    await seed.query(
      "CREATE SCHEMA shop; CREATE TABLE shop.products (id serial PRIMARY KEY, name text); INSERT INTO shop.products (name) VALUES ('tea');" +
        " CREATE TYPE shop.size AS ENUM ('s', 'm'); CREATE FUNCTION shop.one() RETURNS int LANGUAGE sql AS 'SELECT 1';" +
        ' CREATE VIEW shop.names AS SELECT name FROM shop.products'
    )
    await seed.end()
    const made = await withDatabases((dbs) =>
      dbs.ensure(uniqueName(), { owner: pr(6), template, reset: false, dryRun })
    )
    const migration = await sqlAt(
      made.url,
      "ALTER TABLE shop.products ADD COLUMN price int; INSERT INTO shop.products (name) VALUES ('cake');" +
        " ALTER TYPE shop.size ADD VALUE 'l'; CREATE OR REPLACE VIEW shop.names AS SELECT name, price FROM shop.products;" +
        ' DROP FUNCTION shop.one(); SELECT count(*)::int AS n FROM shop.products'
    )
    expect(migration).toEqual({ rows: [{ n: 2 }] })
  })
})

describe('a reset', () => {
  it('against a template another session is using: refused, and the preview keeps its database and data', async () => {
    const template = uniqueName()
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`)
    const made = await withDatabases((dbs) => dbs.ensure(uniqueName(), { owner: pr(7), reset: false, dryRun }))
    await sqlAt(made.url, "CREATE TABLE keep (v text); INSERT INTO keep VALUES ('data')")
    const busy = new pg.Client({ connectionString: databaseUrl(SERVER, template) })
    await busy.connect()
    try {
      const error = await withDatabases((dbs) =>
        dbs.ensure(made.name, { owner: pr(7), template, reset: true, dryRun }).catch((e: unknown) => e)
      )
      expect(error).toBeInstanceOf(DatabaseError)
      expect((error as DatabaseError).input).toBe('database-template')
    } finally {
      await busy.end()
    }
    expect((await sqlAt(made.url, 'SELECT v FROM keep')).rows).toEqual([{ v: 'data' }])
  })

  it('from the preview database itself: refused before anything is touched', async () => {
    const made = await withDatabases((dbs) => dbs.ensure(uniqueName(), { owner: pr(8), reset: false, dryRun }))
    await sqlAt(made.url, "CREATE TABLE keep (v text); INSERT INTO keep VALUES ('data')")
    const error = await withDatabases((dbs) =>
      dbs.ensure(made.name, { owner: pr(8), template: made.name, reset: true, dryRun }).catch((e: unknown) => e)
    )
    expect((error as DatabaseError).input).toBe('database-template')
    expect((error as Error).message).toMatch(/names the preview database .* itself/)
    expect((await sqlAt(made.url, 'SELECT v FROM keep')).rows).toEqual([{ v: 'data' }])
  })
})

describe('what a killed run left, finished by the next', () => {
  it('a role and no database (killed before CREATE DATABASE): the database is made', async () => {
    const name = uniqueName()
    await withDatabases((dbs) => dbs.ensure(name, { owner: pr(9), reset: false, dryRun }))
    await admin.query(`DROP DATABASE ${pg.escapeIdentifier(name)}`)
    const made = await withDatabases((dbs) => dbs.ensure(name, { owner: pr(9), reset: false, dryRun }))
    expect(made).toMatchObject({ created: true })
    expect((await facts(name)).database).toEqual({ owner: name, tag: previewTag(pr(9)) })
  })

  it('a database without its tag (killed before COMMENT ON DATABASE): used, tagged, counted as new', async () => {
    const name = uniqueName()
    const first = await withDatabases((dbs) => dbs.ensure(name, { owner: pr(10), reset: false, dryRun }))
    await admin.query(`COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS NULL`)
    const again = await withDatabases((dbs) => dbs.ensure(name, { owner: pr(10), reset: false, dryRun }))
    expect(again).toEqual({ ...first, created: true })
    expect((await facts(name)).database?.tag).toBe(previewTag(pr(10)))
    // And the teardown of such a database works too.
    await admin.query(`COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS NULL`)
    await withDatabases(async (dbs) => expect(await dbs.drop(name, pr(10), { dryRun })).toBe('dropped'))
    expect(await facts(name)).toEqual({ database: undefined, role: false })
  })

  it('a reset killed after its copy was made: a run without reset keeps the old one and removes the copy', async () => {
    const name = uniqueName()
    const made = await withDatabases((dbs) => dbs.ensure(name, { owner: pr(11), reset: false, dryRun }))
    await sqlAt(made.url, "CREATE TABLE keep (v text); INSERT INTO keep VALUES ('data')")
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(nextName(name))} OWNER ${pg.escapeIdentifier(name)}`)
    await withDatabases((dbs) => dbs.ensure(name, { owner: pr(11), reset: false, dryRun }))
    expect((await sqlAt(made.url, 'SELECT v FROM keep')).rows).toEqual([{ v: 'data' }])
    expect((await facts(nextName(name))).database).toBeUndefined()
  })

  it('a reset killed after the old database was dropped: the copy becomes the database', async () => {
    const name = uniqueName()
    await withDatabases((dbs) => dbs.ensure(name, { owner: pr(12), reset: false, dryRun }))
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(nextName(name))} OWNER ${pg.escapeIdentifier(name)}`)
    await admin.query(`DROP DATABASE ${pg.escapeIdentifier(name)}`)
    const made = await withDatabases((dbs) => dbs.ensure(name, { owner: pr(12), reset: false, dryRun }))
    expect(made).toMatchObject({ created: false, reset: true })
    expect((await facts(name)).database).toEqual({ owner: name, tag: previewTag(pr(12)) })
    expect((await facts(nextName(name))).database).toBeUndefined()
  })

  it('a teardown killed between the database and the role: the next one drops the role', async () => {
    const name = uniqueName()
    await withDatabases((dbs) => dbs.ensure(name, { owner: pr(13), reset: false, dryRun }))
    await admin.query(`DROP DATABASE ${pg.escapeIdentifier(name)}`)
    await withDatabases(async (dbs) => expect(await dbs.drop(name, pr(13), { dryRun })).toBe('dropped'))
    expect(await facts(name)).toEqual({ database: undefined, role: false })
  })
})

describe('the journal and the listing the sweep reads', () => {
  it('keeps what a create did on the role, lists the roles of one repository, and nothing of another', async () => {
    const ours = uniqueName()
    const theirs = uniqueName()
    await withDatabases(async (dbs) => {
      await dbs.ensure(ours, { owner: pr(14), reset: false, dryRun })
      await dbs.ensure(theirs, { owner: { owner: 'acme', repo: 'shop-api', number: 14 }, reset: false, dryRun })
      expect(await dbs.journal(ours, pr(14))).toEqual({})
      await dbs.writeJournal(ours, pr(14), { tenant: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })
      expect(await dbs.journal(ours, pr(14))).toEqual({ tenant: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })
      // Another pull request reads no journal from a role that is not its own.
      expect(await dbs.journal(ours, pr(15))).toEqual({})
      const listed = (await dbs.previewsOf({ owner: 'ACME', repo: 'Shop' })).filter((p) => p.name.startsWith(PREFIX))
      expect(listed.map((preview) => preview.name)).toContain(ours)
      expect(listed.map((preview) => preview.name)).not.toContain(theirs)
      expect(listed.find((preview) => preview.name === ours)).toMatchObject({
        pr: { number: 14 },
        journal: { tenant: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
        databases: [ours]
      })
    })
  })
})
