/**
 * Preview databases on the real Postgres of the test run (TEST_POSTGRES_URL, a superuser URL). Every database and
 * role here has a name unique to this run, and is removed at the end.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { InputError } from '../../src/core/errors.js'
import type { Logger } from '../../src/core/log.js'
import type { PullRequestRef } from '../../src/preview/pull-request.js'
import { DatabaseError, type DatabaseInput } from '../../src/database/errors.js'
import { PreviewDatabases } from '../../src/database/preview-database.js'
import { parsePreviewTag, previewTag } from '../../src/preview/tag.js'
import { databaseUrl, roleUrl, validatePostgresUrl } from '../../src/database/url.js'
import { connectorFor } from '../support/connector.js'
import { freePort, POSTGRES_PASSWORD } from '../support/postgres.js'

/** The superuser, for this file's own bookkeeping. */
const SERVER = process.env.TEST_POSTGRES_URL!
/** What the action connects as: the superuser, or a managed-style role (see test/global-setup.mjs). */
const ACTION_SERVER = process.env.TEST_POSTGRES_SERVER_URL ?? SERVER
const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`
const OWNER: PullRequestRef = { owner: 'acme', repo: 'shop', number: 7 }
const dryRun = false

let admin: pg.Client
const databases = new Set<string>()
const roles = new Set<string>()
let counter = 0

/** A database name of this run, shaped like a preview name (lower case, '-', so it needs quotes in SQL). */
function uniqueName(prefix = 'acme-shop-pr'): string {
  const name = `${prefix}-${RUN}-${++counter}`
  databases.add(name)
  return name
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(m),
    error: (m) => void lines.push(m),
    mask: () => {}
  }
}

/** The server URL with another user and password (percent-encoded as a user would write them). */
function urlAs(user: string, password: string, database = 'postgres'): string {
  const url = new URL(SERVER)
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${url.host}/${database}`
}

async function connected(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  return client
}

/** Run SQL over a connection string. */
async function sqlAt(url: string, text: string): Promise<pg.QueryResult> {
  const client = await connected(url)
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

/** Run SQL in one database as the superuser. */
async function sql(database: string, text: string): Promise<pg.QueryResult> {
  return sqlAt(databaseUrl(SERVER, database), text)
}

async function exists(name: string): Promise<boolean> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  return rowCount === 1
}

async function tagOf(name: string): Promise<string | null> {
  const { rows } = await admin.query(
    "SELECT shobj_description(oid, 'pg_database') AS tag FROM pg_database WHERE datname = $1",
    [name]
  )
  return (rows[0] as { tag: string | null }).tag
}

async function makeRole(options: string): Promise<{ role: string; password: string }> {
  const role = `preview_role_${RUN}_${++counter}`
  const password = `role-Secret-${RUN}`
  await admin.query(`CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN ${options} PASSWORD ${pg.escapeLiteral(password)}`)
  roles.add(role)
  return { role, password }
}

/** Work with a PreviewDatabases on `url`, closed afterwards whatever happens. */
async function withDatabases<T>(url: string, work: (databases: PreviewDatabases) => Promise<T>, log = recordingLog()) {
  const store = await PreviewDatabases.connect(url, connectorFor(url), log)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

/** The DatabaseError a promise rejects with, checked to name `input` and to leak neither password nor URL. */
async function databaseError(promise: Promise<unknown>, input: DatabaseInput, ...secrets: string[]): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(DatabaseError)
  const { message } = error as DatabaseError
  expect((error as DatabaseError).input).toBe(input)
  expect(message).toContain(input)
  for (const secret of [POSTGRES_PASSWORD, SERVER, ACTION_SERVER, ...secrets]) expect(message).not.toContain(secret)
  expect(message).not.toMatch(/postgres(ql)?:\/\//)
  return message
}

beforeAll(async () => {
  admin = await connected(SERVER)
})

afterAll(async () => {
  // The previews' own roles are named like their databases; a reset's copy belongs to such a role.
  for (const name of databases) {
    const owned = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname = $1 OR pg_get_userbyid(datdba) = $1',
      [name]
    )
    for (const { datname } of owned.rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`)
    }
  }
  for (const role of [...databases, ...roles]) {
    if ((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 0) continue
    await admin.query(`DROP OWNED BY ${pg.escapeIdentifier(role)}`)
    await admin.query(`DROP ROLE ${pg.escapeIdentifier(role)}`)
  }
  await admin.end()
})

describe('ensure', () => {
  it('creates and tags the database; the next push finds it and keeps its data', async () => {
    const name = uniqueName()
    const log = recordingLog()
    const first = await withDatabases(
      ACTION_SERVER,
      (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }),
      log
    )
    expect(first).toMatchObject({ name, created: true, reset: false })
    // The tenant connects as the preview's own role, never as the server's.
    expect(decodeURIComponent(new URL(first.url).username)).toBe(name)
    expect(first.url).not.toContain(POSTGRES_PASSWORD)
    expect(await tagOf(name)).toBe('hasura-cloud-tenant-action: preview of acme/shop#7')
    expect(log.lines).toEqual([`Created the preview database "${name}".`])

    // As a migration would: the preview's role makes the table.
    await sqlAt(first.url, 'CREATE TABLE orders (id int); INSERT INTO orders VALUES (1), (2)')
    const again = await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    expect(again).toMatchObject({ created: false, reset: false })
    // The URL it hands out reaches the database, rows and all.
    expect((await sqlAt(again.url, 'SELECT count(*)::int AS n FROM orders')).rows).toEqual([{ n: 2 }])
  })

  it('with reset, replaces it with an empty copy (ending its sessions) and tags it again', async () => {
    const name = uniqueName()
    const made = await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    // As the tenant would: its own role (a managed server role may not end a superuser's session).
    await sqlAt(made.url, 'CREATE TABLE orders (id int); INSERT INTO orders VALUES (1)')
    const session = await connected(made.url)
    try {
      const result = await withDatabases(ACTION_SERVER, (dbs) =>
        dbs.ensure(name, { owner: OWNER, reset: true, dryRun })
      )
      expect(result).toMatchObject({ created: false, reset: true })
    } finally {
      await session.end().catch(() => {})
    }
    expect((await sql(name, "SELECT to_regclass('orders') AS t")).rows).toEqual([{ t: null }])
    expect(await tagOf(name)).toBe(previewTag(OWNER))
  })

  it('copies the template into a new preview database, and again on reset', async () => {
    // Loaded as the action's server role, as the README asks.
    const template = uniqueName('seed')
    await sqlAt(ACTION_SERVER, `CREATE DATABASE ${pg.escapeIdentifier(template)}`)
    await sqlAt(
      databaseUrl(ACTION_SERVER, template),
      "CREATE TABLE products (name text); INSERT INTO products VALUES ('tea'), ('cake')"
    )
    const name = uniqueName()
    const log = recordingLog()
    await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, template, reset: false, dryRun }), log)
    expect(log.lines).toEqual([`Created the preview database "${name}" from the template "${template}".`])
    expect((await sql(name, 'SELECT name FROM products ORDER BY name')).rows).toEqual([
      { name: 'cake' },
      { name: 'tea' }
    ])

    await sql(name, "DELETE FROM products; INSERT INTO products VALUES ('changed')")
    await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, template, reset: true, dryRun }))
    expect((await sql(name, 'SELECT count(*)::int AS n FROM products')).rows).toEqual([{ n: 2 }])
    expect(await tagOf(name)).toBe(previewTag(OWNER))
    // The comment is the preview's, not copied onto the template.
    expect(await tagOf(template)).toBeNull()
  })

  it('leaves a database of the same name alone when it has no tag, or another pull request or repository', async () => {
    const notOurs = 'the database belongs to the role "postgres", not to the role this action makes for the preview'
    const cases: [string | undefined, string][] = [
      [undefined, notOurs],
      [previewTag({ ...OWNER, number: 8 }), 'its tag names acme/shop#8, which proves nothing'],
      [previewTag({ ...OWNER, owner: 'other' }), 'its tag names other/shop#7, which proves nothing'],
      // A forged tag for this very pull request does not make the database ours either.
      [previewTag(OWNER), 'its tag names acme/shop#7, which proves nothing'],
      ['production data, do not drop', notOurs]
    ]
    for (const [comment, why] of cases) {
      const name = uniqueName()
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
      if (comment) await admin.query(`COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS ${pg.escapeLiteral(comment)}`)
      await sql(name, 'CREATE TABLE keep (id int); INSERT INTO keep VALUES (1)')

      await withDatabases(ACTION_SERVER, async (dbs) => {
        for (const reset of [false, true]) {
          const message = await databaseError(dbs.ensure(name, { owner: OWNER, reset, dryRun }), 'postgres-server-url')
          expect(message).toContain(`"${name}" exists`)
          expect(message).toContain(why)
        }
        expect(await dbs.drop(name, OWNER, { dryRun })).toBe('not-ours')
      })
      expect((await sql(name, 'SELECT count(*)::int AS n FROM keep')).rows).toEqual([{ n: 1 }])
      expect(await tagOf(name)).toBe(comment ?? null)
    }
  })

  it('accepts its own tag whatever the case of the repository name', async () => {
    const name = uniqueName()
    await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    const found = await withDatabases(ACTION_SERVER, (dbs) =>
      dbs.ensure(name, { owner: { owner: 'Acme', repo: 'Shop', number: 7 }, reset: false, dryRun })
    )
    expect(found.created).toBe(false)
  })

  it('two runs at once make one database and both use it', async () => {
    const name = uniqueName()
    const [a, b] = await Promise.all([
      withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun })),
      withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    ])
    expect([a.created, b.created].sort()).toEqual([false, true])
    expect(await tagOf(name)).toBe(previewTag(OWNER))
  })

  it('takes names of 63 bytes and refuses longer ones before touching the server', async () => {
    const base = uniqueName()
    const name = base.padEnd(63, 'x')
    databases.add(name)
    const longer = `${name}y`
    await withDatabases(ACTION_SERVER, async (dbs) => {
      expect((await dbs.ensure(name, { owner: OWNER, reset: false, dryRun })).created).toBe(true)
      const message = await databaseError(dbs.ensure(longer, { owner: OWNER, reset: false, dryRun }), 'name')
      expect(message).toContain('64 bytes')
      await databaseError(dbs.ensure('Acme_Shop', { owner: OWNER, reset: false, dryRun }), 'name')
    })
    expect(await exists(name)).toBe(true)
    // Postgres cuts a longer name to 63 bytes, so the refused one could only have matched this one: one database.
    expect((await admin.query("SELECT 1 FROM pg_database WHERE datname LIKE $1 || '%'", [base])).rowCount).toBe(1)
  })

  it('in a dry run writes nothing and says what it would do', async () => {
    const name = uniqueName()
    const log = recordingLog()
    const planned = await withDatabases(
      ACTION_SERVER,
      (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun: true }),
      log
    )
    expect(planned).toMatchObject({ created: true, reset: false })
    expect(await exists(name)).toBe(false)
    expect(log.lines).toEqual([`Dry run: would create the preview database "${name}".`])

    await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    await sql(name, 'CREATE TABLE orders (id int)')
    const resetLog = recordingLog()
    await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: true, dryRun: true }), resetLog)
    expect(resetLog.lines).toEqual([`Dry run: would replace the preview database "${name}".`])
    expect((await sql(name, "SELECT to_regclass('orders')::text AS t")).rows).toEqual([{ t: 'orders' }])
  })
})

describe('drop', () => {
  it('ends the other sessions and drops the database; a second drop finds nothing', async () => {
    const name = uniqueName()
    const made = await withDatabases(ACTION_SERVER, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    const session = await connected(made.url)
    try {
      await withDatabases(ACTION_SERVER, async (dbs) => {
        expect(await dbs.drop(name, OWNER, { dryRun: true })).toBe('dropped')
        expect(await exists(name)).toBe(true)
        expect(await dbs.drop(name, OWNER, { dryRun })).toBe('dropped')
        expect(await exists(name)).toBe(false)
        // The other session was ended, not waited for.
        await expect(session.query('SELECT 1')).rejects.toThrow()
        expect(await dbs.drop(name, OWNER, { dryRun })).toBe('not-found')
      })
    } finally {
      await session.end().catch(() => {})
    }
  })
})

describe('a role that is not a superuser', () => {
  it('with CREATEDB and CREATEROLE makes and drops previews; a URL without a database connects to postgres', async () => {
    const { role, password } = await makeRole('CREATEDB CREATEROLE')
    const url = urlAs(role, password).replace(/\/postgres$/, '')
    const name = uniqueName()
    await withDatabases(url, async (dbs) => {
      const made = await dbs.ensure(name, { owner: OWNER, reset: false, dryRun })
      expect(made.url).toMatch(new RegExp(`^postgres://${name}:[A-Za-z0-9_-]{43}@${new URL(url).host}/${name}$`))
      await sql(name, 'SELECT 1')
      expect(await dbs.drop(name, OWNER, { dryRun })).toBe('dropped')
    })
    expect(await exists(name)).toBe(false)
    // Every session it opened is closed.
    const sessions = async () =>
      (await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1', [role])).rows[0].n
    // Their backends end a moment after the sessions close: given up to 5 s on a busy machine.
    for (let i = 0; i < 100 && (await sessions()) > 0; i++) await new Promise((r) => setTimeout(r, 50))
    expect(await sessions()).toBe(0)
  })

  it('without CREATEDB is told how to grant it, in a dry run too', async () => {
    const { role, password } = await makeRole('NOCREATEDB')
    const name = uniqueName()
    const messages = await withDatabases(urlAs(role, password), async (dbs) => [
      await databaseError(
        dbs.ensure(name, { owner: OWNER, reset: false, dryRun: true }),
        'postgres-server-url',
        password
      ),
      await databaseError(dbs.ensure(name, { owner: OWNER, reset: false, dryRun }), 'postgres-server-url', password)
    ])
    for (const message of messages) expect(message).toContain(`ALTER ROLE "${role}" CREATEDB`)
    expect(await exists(name)).toBe(false)
  })

  it('without CREATEROLE is told what to grant, in a dry run too, and makes nothing', async () => {
    const { role, password } = await makeRole('CREATEDB NOCREATEROLE')
    const name = uniqueName()
    const messages = await withDatabases(urlAs(role, password), async (dbs) => [
      await databaseError(
        dbs.ensure(name, { owner: OWNER, reset: false, dryRun: true }),
        'postgres-server-url',
        password
      ),
      await databaseError(dbs.ensure(name, { owner: OWNER, reset: false, dryRun }), 'postgres-server-url', password)
    ])
    for (const message of messages) expect(message).toContain(`ALTER ROLE "${role}" CREATEDB CREATEROLE`)
    expect(await exists(name)).toBe(false)
    expect((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount).toBe(0)
  })
})

describe('a template whose objects another role loaded (a superuser), with a server role that is not one', () => {
  /** A template of `role` whose objects a superuser loaded: a table with its sequence, a view, a function, a type. */
  async function superuserTemplate(role: string): Promise<string> {
    const template = uniqueName('loaded')
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(template)} OWNER ${pg.escapeIdentifier(role)}`)
    await sql(
      template,
      `CREATE TABLE product (id serial PRIMARY KEY, name text);
       INSERT INTO product (name) VALUES ('tea');
       CREATE VIEW product_names AS SELECT name FROM product;
       CREATE FUNCTION product_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM product';
       CREATE TYPE size AS ENUM ('s', 'm', 'l')`
    )
    return template
  }

  it('fails before the database is used, naming database-template, the objects and their owner, and what to do', async () => {
    const { role, password } = await makeRole('CREATEDB CREATEROLE')
    const template = await superuserTemplate(role)
    const name = uniqueName()
    const message = await withDatabases(urlAs(role, password), (dbs) =>
      databaseError(dbs.ensure(name, { owner: OWNER, template, reset: false, dryRun }), 'database-template', password)
    )
    expect(message).toContain(`The template database "${template}" named by database-template holds 4 objects`)
    expect(message).toContain(
      'routine public.product_count() (owner "postgres"), table public.product (owner "postgres"), ' +
        'type public.size (owner "postgres"), view public.product_names (owner "postgres")'
    )
    expect(message).toContain(`ALTER ROUTINE public.product_count() OWNER TO "${role}"`)
    expect(message).toContain(`or load the template as "${role}". The copy was dropped.`)
    // Nothing is left that a later run could take for a finished preview database.
    expect(await exists(name)).toBe(false)
  })

  it("a copy a killed run left unfinished is checked too (and dropped); once the template is fixed, the copy is the role's", async () => {
    const { role, password } = await makeRole('CREATEDB CREATEROLE')
    const template = await superuserTemplate(role)
    const name = uniqueName()
    const server = urlAs(role, password)
    await withDatabases(server, (dbs) =>
      databaseError(dbs.ensure(name, { owner: OWNER, template, reset: false, dryRun }), 'database-template', password)
    )
    // A run killed between the copy and its hand-over leaves the copy, owned by the preview's role, without its tag.
    await admin.query(
      `CREATE DATABASE ${pg.escapeIdentifier(name)} OWNER ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`
    )
    await withDatabases(server, (dbs) =>
      databaseError(dbs.ensure(name, { owner: OWNER, template, reset: false, dryRun }), 'database-template', password)
    )
    expect(await exists(name)).toBe(false)

    // The fix the message gives: the server role owns what the template holds.
    const to = pg.escapeIdentifier(role)
    await sql(
      template,
      `ALTER TABLE product OWNER TO ${to}; ALTER VIEW product_names OWNER TO ${to};
       ALTER FUNCTION product_count() OWNER TO ${to}; ALTER TYPE size OWNER TO ${to}`
    )
    const made = await withDatabases(server, (dbs) =>
      dbs.ensure(name, { owner: OWNER, template, reset: false, dryRun })
    )
    expect(made).toMatchObject({ created: true })
    const { rows } = await sqlAt(
      made.url,
      "SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'product'"
    )
    expect(rows).toEqual([{ owner: name }])
    await sqlAt(made.url, 'ALTER TABLE product ADD COLUMN price int')
    expect(await tagOf(name)).toBe(previewTag(OWNER))
  })
})

describe('failures name the input and never show the URL or the password', () => {
  it('a wrong password', async () => {
    const wrong = 'not-the-Passw0rd'
    const message = await databaseError(
      PreviewDatabases.connect(urlAs('postgres', wrong), connectorFor(SERVER), recordingLog()),
      'postgres-server-url',
      wrong
    )
    expect(message).toContain('rejected the user name or password')
  })

  it('a server that is down', async () => {
    const url = urlAs('postgres', POSTGRES_PASSWORD).replace(/:\d+\//, `:${await freePort()}/`)
    const message = await databaseError(
      PreviewDatabases.connect(url, connectorFor(url), recordingLog()),
      'postgres-server-url'
    )
    expect(message).toContain('Could not reach the Postgres server of postgres-server-url (connection refused)')
  })

  it('a server that never answers, within the connect timeout', async () => {
    // It takes the connection and says nothing; the connection is ended with the test (close() leaves it open).
    const accepted: net.Socket[] = []
    const silent = net.createServer((socket) => void accepted.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    try {
      const started = Date.now()
      const url = `postgres://postgres:${POSTGRES_PASSWORD}@127.0.0.1:${port}/postgres`
      // The production timeout is 10 s (CONNECT_TIMEOUT_MS); the wait is the same with a shorter one.
      const connecting = PreviewDatabases.connect(url, connectorFor(url, { connectTimeoutMs: 500 }), recordingLog())
      const message = await databaseError(connecting, 'postgres-server-url')
      expect(message).toContain('Could not reach the Postgres server of postgres-server-url (no answer within 0.5 s)')
      // It waited for the answer that never came, rather than failing at once.
      expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    } finally {
      for (const socket of accepted) socket.destroy()
      silent.close()
    }
  })

  it.each(['require', 'verify-full'])(
    'sslmode=%s against a server without TLS fails, saying the server does not speak it',
    async (mode) => {
      const url = `${ACTION_SERVER}?sslmode=${mode}`
      const message = await databaseError(
        PreviewDatabases.connect(url, connectorFor(url), recordingLog()),
        'postgres-server-url'
      )
      expect(message).toContain(
        `The Postgres server of postgres-server-url does not speak TLS, and the URL's sslmode=${mode} asks for it.`
      )
    }
  )

  it('a template that does not exist', async () => {
    const name = uniqueName()
    const message = await withDatabases(ACTION_SERVER, async (dbs) => {
      // A dry run finds it out too.
      await databaseError(
        dbs.ensure(name, { owner: OWNER, template: 'no-such-template', reset: false, dryRun: true }),
        'database-template'
      )
      return databaseError(
        dbs.ensure(name, { owner: OWNER, template: 'no-such-template', reset: false, dryRun }),
        'database-template'
      )
    })
    expect(message).toContain('"no-such-template"')
    expect(await exists(name)).toBe(false)
  })

  // A template another session is connected to: Postgres waits 5 s for that session to go before it refuses the
  // copy, so the case runs once, through the create operation, in busy-template.test.ts (the message names
  // database-template and says the template is in use; no database is left).

  it('a server URL that points at the database CREATE DATABASE copies', async () => {
    const name = uniqueName()
    const message = await withDatabases(databaseUrl(ACTION_SERVER, 'template1'), (dbs) =>
      databaseError(dbs.ensure(name, { owner: OWNER, reset: false, dryRun }), 'postgres-server-url')
    )
    expect(message).toContain('Point the URL at another database')
    expect(await exists(name)).toBe(false)
  })

  it('a server URL that is not a Postgres URL, without echoing it', () => {
    for (const url of ['mysql://root:hunter22@db/x', 'postgres:///postgres', 'hunter22', '']) {
      expect(() => validatePostgresUrl(url, 'postgres-server-url')).toThrow(InputError)
      expect(() => validatePostgresUrl(url, 'postgres-server-url')).toThrow(
        /^Input "postgres-server-url" is not a Postgres connection URL/
      )
      try {
        validatePostgresUrl(url, 'postgres-server-url')
      } catch (error) {
        if (url) expect((error as Error).message).not.toContain(url)
        expect((error as Error).message).not.toContain('hunter22')
      }
    }
    expect(() => validatePostgresUrl(SERVER, 'postgres-server-url')).not.toThrow()
    expect(() =>
      validatePostgresUrl('postgresql://u:p@db.example.com:5432?sslmode=require', 'postgres-server-url')
    ).not.toThrow()
  })
})

describe('the tag', () => {
  it('names the pull request in a form a later version parses back', () => {
    expect(previewTag(OWNER)).toBe('hasura-cloud-tenant-action: preview of acme/shop#7')
    expect(parsePreviewTag(previewTag(OWNER))).toEqual(OWNER)
    for (const comment of [
      null,
      '',
      'preview of acme/shop#7',
      `${previewTag(OWNER)} `,
      'hasura-cloud-tenant-action: preview of acme#7'
    ]) {
      expect(parsePreviewTag(comment)).toBeUndefined()
    }
  })
})

describe('databaseUrl', () => {
  it('a server password with special characters works, and the preview URL reaches its database as its role', async () => {
    const password = `p@ss:w/rd?#%&= ü'"-${RUN}`
    const { role } = await makeRole('CREATEDB CREATEROLE')
    await admin.query(`ALTER ROLE ${pg.escapeIdentifier(role)} PASSWORD ${pg.escapeLiteral(password)}`)
    const server = urlAs(role, password)
    const name = uniqueName()
    const made = await withDatabases(server, (dbs) => dbs.ensure(name, { owner: OWNER, reset: false, dryRun }))
    expect(made.url).not.toContain(encodeURIComponent(password))
    const { rows } = await sqlAt(made.url, 'SELECT current_user AS u, current_database() AS d')
    expect(rows).toEqual([{ u: name, d: name }])
  })

  it('keeps the query (sslmode) and replaces only the path', () => {
    expect(databaseUrl('postgres://u:p%40w@db.example.com:6543/postgres?sslmode=disable', 'acme-shop-pr-7')).toBe(
      'postgres://u:p%40w@db.example.com:6543/acme-shop-pr-7?sslmode=disable'
    )
    expect(databaseUrl('postgresql://u:p@db.example.com?sslmode=require&application_name=ci', 'acme-shop-pr-7')).toBe(
      'postgresql://u:p@db.example.com/acme-shop-pr-7?sslmode=require&application_name=ci'
    )
    expect(databaseUrl('postgres://u:p@db.example.com/', 'acme-shop-pr-7')).toBe(
      'postgres://u:p@db.example.com/acme-shop-pr-7'
    )
  })

  it("the tenant's URL keeps sslmode as written, without the runner's sslrootcert path or pg's uselibpqcompat", () => {
    const server =
      'postgres://u:p@db.example.com/postgres?sslmode=verify-full&sslrootcert=certs/ca.pem&uselibpqcompat=true&connect_timeout=5'
    expect(roleUrl(server, 'acme-shop-pr-7', 'pw', 'acme-shop-pr-7')).toBe(
      'postgres://acme-shop-pr-7:pw@db.example.com/acme-shop-pr-7?sslmode=verify-full&connect_timeout=5'
    )
    expect(roleUrl('postgres://u:p@db.example.com?sslrootcert=ca.pem', 'r', 'pw', 'd')).toBe(
      'postgres://r:pw@db.example.com/d'
    )
    // libpq's word for the system's CAs is no runner path: the engine reads it too.
    expect(roleUrl('postgres://u:p@db.example.com?sslmode=verify-full&sslrootcert=system', 'r', 'pw', 'd')).toBe(
      'postgres://r:pw@db.example.com/d?sslmode=verify-full&sslrootcert=system'
    )
  })

  it('a preview URL with ?sslmode=disable works against the server', async () => {
    const made = await withDatabases(`${ACTION_SERVER}?sslmode=disable`, (dbs) =>
      dbs.ensure(uniqueName(), { owner: OWNER, reset: false, dryRun })
    )
    expect(made.url).toMatch(/\?sslmode=disable$/)
    expect((await sqlAt(made.url, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }])
  })
})
