/**
 * The README's "Postgres providers" section, run on the test run's Postgres (TEST_POSTGRES_URL, a superuser URL): the
 * SQL under each provider makes a server role that is not a superuser and with which the action makes and drops a
 * preview database. The self-hosted SQL runs as the superuser, as the README says; the managed providers' SQL runs
 * as an admin with CREATEDB and CREATEROLE that is not a superuser, as RDS, Cloud SQL and Azure document theirs.
 * Every role and database has a name unique to this run, and is removed at the end.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Logger } from '../../src/core/log.js'
import { PreviewDatabases } from '../../src/database/preview-database.js'
import type { PullRequestRef } from '../../src/preview/pull-request.js'
import { ROOT } from '../support/action-runner.js'
import { connectorFor } from '../support/connector.js'

const SERVER = process.env.TEST_POSTGRES_URL!
const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`
const OWNER: PullRequestRef = { owner: 'acme', repo: 'shop', number: 24 }
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

const SELF_HOSTED = 'Self-hosted Postgres'
const PROVIDERS = [
  'Amazon RDS and Aurora',
  'Google Cloud SQL for PostgreSQL',
  'Azure Database for PostgreSQL flexible server',
  'Supabase',
  'Neon',
  'Crunchy Bridge',
  SELF_HOSTED
]

/** The `### ` subsections of the README's "## Postgres providers", by heading. */
function providerSections(markdown: string): Map<string, string> {
  const start = markdown.indexOf('\n## Postgres providers\n')
  if (start < 0) throw new Error('README.md has no "## Postgres providers" section')
  const end = markdown.indexOf('\n## ', start + 1)
  const section = markdown.slice(start, end < 0 ? undefined : end)
  const sections = new Map<string, string>()
  for (const part of section.split(/^### /m).slice(1)) {
    const newline = part.indexOf('\n')
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1))
  }
  return sections
}

/** The one ```sql block of a subsection, without the list item's indentation. */
function sqlBlock(body: string): string {
  const blocks = [...body.matchAll(/^( *)```sql\n([\s\S]*?)^ *```$/gm)]
  expect(blocks).toHaveLength(1)
  const [, indent, text] = blocks[0]!
  return text!
    .split('\n')
    .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
    .join('\n')
    .trim()
}

/** The README's role `previews` and its placeholder password, swapped for this run's. */
function asRun(sql: string, role: string, password: string): string {
  expect(sql).toMatch(/\bCREATE ROLE previews\b/)
  expect(sql).toMatch(/\bPASSWORD '[^']*'/)
  return sql
    .replace(/\bpreviews\b/g, pg.escapeIdentifier(role))
    .replace(/\bPASSWORD '[^']*'/g, `PASSWORD ${pg.escapeLiteral(password)}`)
}

function urlAs(user: string, password: string): string {
  const url = new URL(SERVER)
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${url.host}/postgres`
}

async function connected(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  return client
}

async function sqlAt<R extends pg.QueryResultRow>(url: string, text: string): Promise<pg.QueryResult<R>> {
  const client = await connected(url)
  try {
    return await client.query<R>(text)
  } finally {
    await client.end()
  }
}

let admin: pg.Client
let counter = 0
/** Made here, dropped at the end in this order: previews (named like their databases), server roles, admins. */
const previews: string[] = []
const serverRoles: string[] = []
const admins: string[] = []

function unique(prefix: string): string {
  return `${prefix}${RUN}-${++counter}`
}

function secret(): string {
  return randomBytes(18).toString('base64url')
}

/** A managed provider's admin: may create databases and roles, is no superuser. */
async function managedAdmin(): Promise<string> {
  const role = unique('provider_admin_')
  const password = secret()
  await admin.query(
    `CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN NOSUPERUSER CREATEDB CREATEROLE PASSWORD ${pg.escapeLiteral(password)}`
  )
  admins.push(role)
  return urlAs(role, password)
}

interface RoleAttributes {
  login: boolean
  superuser: boolean
  createdb: boolean
  createrole: boolean
  is_superuser: string
}

beforeAll(async () => {
  admin = await connected(SERVER)
})

afterAll(async () => {
  for (const name of previews) {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
  }
  for (const role of [...previews, ...serverRoles, ...admins]) {
    if ((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 0) continue
    await admin.query(`DROP OWNED BY ${pg.escapeIdentifier(role)}`)
    await admin.query(`DROP ROLE ${pg.escapeIdentifier(role)}`)
  }
  await admin.end()
})

describe('README "Postgres providers"', () => {
  it('has a subsection with one SQL block for each provider', () => {
    const sections = providerSections(README)
    expect([...sections.keys()]).toEqual(PROVIDERS)
    for (const body of sections.values()) expect(sqlBlock(body)).toMatch(/\bCREATEDB CREATEROLE\b/)
  })

  it.each(PROVIDERS)(
    '%s: the SQL makes a login role that is no superuser, and the action makes and drops a preview with it',
    async (provider) => {
      const sql = sqlBlock(providerSections(README).get(provider)!)
      const role = unique('previews_')
      const password = secret()
      // Self-hosted: as the superuser, as the README says; elsewhere as the provider's admin, itself no superuser.
      const by = provider === SELF_HOSTED ? SERVER : await managedAdmin()
      serverRoles.push(role)
      await sqlAt(by, asRun(sql, role, password))

      const url = urlAs(role, password)
      const { rows } = await sqlAt<RoleAttributes>(
        url,
        `SELECT rolcanlogin AS login, rolsuper AS superuser, rolcreatedb AS createdb, rolcreaterole AS createrole,
                current_setting('is_superuser') AS is_superuser
           FROM pg_roles WHERE rolname = current_user`
      )
      expect(rows).toEqual([{ login: true, superuser: false, createdb: true, createrole: true, is_superuser: 'off' }])

      const name = unique('acme-shop-pr-')
      previews.push(name)
      const lines: string[] = []
      const log: Logger = {
        info: (m) => void lines.push(m),
        warning: (m) => void lines.push(m),
        error: (m) => void lines.push(m),
        mask: () => {}
      }
      const databases = await PreviewDatabases.connect(url, connectorFor(url), log)
      try {
        const made = await databases.ensure(name, { owner: OWNER, reset: false, dryRun: false })
        expect(made).toMatchObject({ name, created: true, reset: false })
        expect(lines).toEqual([`Created the preview database "${name}".`])
        // The tenant's URL reaches the new database as the preview's own role.
        expect((await sqlAt<{ who: string }>(made.url, 'SELECT current_user AS who')).rows).toEqual([{ who: name }])
        expect(await databases.drop(name, OWNER, { dryRun: false })).toBe('dropped')
      } finally {
        await databases.close()
      }
      const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      expect(left.rowCount).toBe(0)
      const roleLeft = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])
      expect(roleLeft.rowCount).toBe(0)
    }
  )
})
