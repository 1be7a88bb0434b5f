/**
 * A database per preview, in process (see harness.ts): the operations against the Cloud emulator (tenants served by
 * the engine emulator) and the test run's real Postgres as `postgres-server-url`, driven by pull_request events.
 * (test/e2e/preview.test.ts runs one pull request's lifecycle with its database through the bundle.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import pg from 'pg'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { FakeGitHub } from '../github/fake-github.js'
import { ROOT } from '../support/action-runner.js'
import { filesOf } from '../support/files.js'
import { freePort, POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import {
  logged,
  logText,
  runOperation,
  type OperationRun as RunResult,
  type OperationRunOptions as RunOptions
} from './harness.js'

const OWNER = 'acme'
/** Every database this file makes starts with `acme-dbshop`, so the cleanup cannot touch another file's. */
const REPO = 'dbshop'
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of '
/** The writes a create must not send when Postgres fails first. */
const CLOUD_WRITES = ['createTenant', 'updateTenantEnv', 'deleteTenantEnv', 'update_projects_by_pk', 'deleteTenant']

type PrAction = 'opened' | 'synchronize' | 'closed'

const servers = previewServers({ databasePrefix: 'acme-dbshop', emulator: { projectQuota: 10 } })
const { serverUrl: SERVER_URL, databaseUrl, tagOf, inDatabase, createDatabase } = servers
const serverUrl = (): string => SERVER_URL
let emulator: CloudEmulator
let gh: FakeGitHub
let admin: pg.Client

beforeAll(() => {
  ;({ emulator, gh, admin } = servers)
})

function prEvent(action: PrAction, number: number, repository = { owner: OWNER, repo: REPO }): RunOptions['event'] {
  return pullRequestEvent(action, { ...repository, number, headSha: SHA })
}

/** One workflow step on a pull_request event: create on opened/synchronize, delete on closed; Postgres given. */
function step(
  action: PrAction,
  number: number,
  options: Partial<RunOptions> & { repository?: { owner: string; repo: string } } = {}
): Promise<RunResult> {
  const { inputs, repository = { owner: OWNER, repo: REPO }, env, ...rest } = options
  return runOperation({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: action === 'closed' ? 'delete' : 'create',
      'postgres-server-url': serverUrl(),
      ...inputs
    },
    event: prEvent(action, number, repository),
    env: { GITHUB_REPOSITORY: `${repository.owner}/${repository.repo}`, ...env },
    githubApiUrl: gh.url,
    emulator,
    // The superuser's password also sits in every preview database URL.
    secrets: [POSTGRES_PASSWORD],
    ...rest
  })
}

/**
 * The URL a preview's tenant gets: the preview's own role (named like its database, with a password of its own,
 * never the server's) and its database.
 */
function expectPreviewUrl(url: string | undefined, name: string): void {
  const parsed = new URL(url ?? '')
  expect(decodeURIComponent(parsed.username)).toBe(name)
  expect(decodeURIComponent(parsed.pathname.slice(1))).toBe(name)
  expect(parsed.password.length).toBeGreaterThanOrEqual(40)
  expect(url).not.toContain(POSTGRES_PASSWORD)
  expect(parsed.host).toBe(new URL(servers.serverUrl).host)
}

function errors(run: RunResult): string[] {
  return logged(run, 'error')
}

function warnings(run: RunResult): string[] {
  return logged(run, 'warning')
}

function envKeysWritten(): string[][] {
  return emulator
    .callsTo('updateTenantEnv')
    .map((call) => (call.variables.envs as { key: string }[]).map((env) => env.key).sort())
}

function cloudWrites(): string[] {
  return emulator.calls.flatMap((call) => call.fields).filter((field) => CLOUD_WRITES.includes(field))
}

describe('a pull request from open to close', () => {
  it('makes its database, keeps its data across pushes, resets it on request and drops it on close', async () => {
    const name = 'acme-dbshop-pr-7'
    const opened = await step('opened', 7, {
      inputs: { 'env-file': 'env.yml' },
      files: { 'env.yml': 'LOG_LEVEL: info\n' }
    })
    expect(opened.code).toBe(0)
    expect(opened.outputs).toMatchObject({ result: 'created', 'database-name': name })
    expect(await tagOf(name)).toBe(`${TAG_PREFIX}acme/dbshop#7`)
    const tenant = emulator.tenant(opened.outputs['tenant-id']!)!
    expect(tenant.name).toBe(name)
    expectPreviewUrl(tenant.env.PG_DATABASE_URL, name)
    // One env write: the file, the marker and the database URL together.
    expect(envKeysWritten()).toEqual([['LOG_LEVEL', 'PG_DATABASE_URL', 'TENANT_ACTION_PREVIEW']])
    expect(opened.outputs['database-name']).toBe(name)

    await inDatabase(name, "CREATE TABLE orders (id int PRIMARY KEY, item text); INSERT INTO orders VALUES (1, 'tea')")

    const pushed = await step('synchronize', 7, {
      inputs: { 'env-file': 'env.yml' },
      files: { 'env.yml': 'LOG_LEVEL: info\n' }
    })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': tenant.id, 'database-name': name })
    expect(await inDatabase(name, 'SELECT id, item FROM orders')).toEqual([{ id: 1, item: 'tea' }])
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(1)
    expect(emulator.tenant(tenant.id)!.env.PG_DATABASE_URL).toBe(tenant.env.PG_DATABASE_URL)

    const reset = await step('synchronize', 7, { inputs: { 'reset-database': 'true' } })
    expect(reset.code).toBe(0)
    expect(reset.outputs).toMatchObject({ result: 'reused', 'database-name': name })
    expect(await inDatabase(name, "SELECT to_regclass('public.orders') AS orders")).toEqual([{ orders: null }])
    expect(await tagOf(name)).toBe(`${TAG_PREFIX}acme/dbshop#7`)

    // Another session (an app, a psql left open) on the database does not keep it alive.
    const session = new pg.Client({ connectionString: tenant.env.PG_DATABASE_URL })
    const sessionErrors: Error[] = []
    session.on('error', (error) => sessionErrors.push(error))
    await session.connect()
    const closed = await step('closed', 7)
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': tenant.id })
    expect(await tagOf(name)).toBeUndefined()
    expect(sessionErrors.map((error) => error.message).join('\n')).toMatch(/terminat/)
    await session.end().catch(() => {})
    expect(emulator.tenants()).toHaveLength(0)

    const closedAgain = await step('closed', 7)
    expect(closedAgain.code).toBe(0)
    expect(closedAgain.outputs.result).toBe('not-found')
    expect(logText(closedAgain)).toMatch(/preview database acme-dbshop-pr-7 does not exist: nothing to drop/)
    expect(errors(closedAgain)).toEqual([])
  })

  it("a template's rows appear in a new preview, and the template is left as it was", async () => {
    const template = 'acme-dbshop-template'
    await servers.createTemplate(
      template,
      "CREATE TABLE products (sku text PRIMARY KEY); INSERT INTO products VALUES ('A-1'), ('B-2')"
    )

    const opened = await step('opened', 8, { inputs: { 'database-template': template } })
    expect(opened.code).toBe(0)
    expect(opened.outputs['database-name']).toBe('acme-dbshop-pr-8')
    expect(logText(opened)).toContain(
      'Created the preview database "acme-dbshop-pr-8" from the template "acme-dbshop-template"'
    )
    expect(await inDatabase('acme-dbshop-pr-8', 'SELECT sku FROM products ORDER BY sku')).toEqual([
      { sku: 'A-1' },
      { sku: 'B-2' }
    ])
    expect(await tagOf('acme-dbshop-pr-8')).toBe(`${TAG_PREFIX}acme/dbshop#8`)
    expect(await tagOf(template)).toBeNull()
    expect(await inDatabase(template, 'SELECT count(*)::int AS n FROM products')).toEqual([{ n: 2 }])
  })
})

describe('a database the action did not make for this pull request', () => {
  it('without our tag: create fails before any Cloud write, delete leaves it, it still exists with its data', async () => {
    const name = 'acme-dbshop-pr-9'
    await createDatabase(name)
    await inDatabase(name, 'CREATE TABLE ledger (id int); INSERT INTO ledger VALUES (42)')

    const opened = await step('opened', 9)
    expect(opened.code).toBe(1)
    expect(errors(opened).join('\n')).toMatch(
      /database "acme-dbshop-pr-9" exists on the server of postgres-server-url and is not this pull request's preview \(the database belongs to the role "postgres", not to the role this action makes for the preview\)/
    )
    expect(cloudWrites()).toEqual([])
    expect(emulator.tenants()).toHaveLength(0)

    const closed = await step('closed', 9)
    expect(closed.code).toBe(0)
    expect(warnings(closed).join('\n')).toMatch(/acme-dbshop-pr-9 is not dropped/)
    expect(await tagOf(name)).toBeNull()
    expect(await inDatabase(name, 'SELECT id FROM ledger')).toEqual([{ id: 42 }])
  })

  it("with another pull request's tag: neither used by this one's create nor dropped by its close", async () => {
    const name = 'acme-dbshop-pr-10'
    const otherTag = `${TAG_PREFIX}acme/dbshop#11`
    await createDatabase(name, otherTag)

    const opened = await step('opened', 10)
    expect(opened.code).toBe(1)
    expect(errors(opened).join('\n')).toMatch(/its tag names acme\/dbshop#11, which proves nothing/)
    expect(errors(opened).join('\n')).toMatch(/postgres-server-url/)
    expect(cloudWrites()).toEqual([])

    const closed = await step('closed', 10)
    expect(closed.code).toBe(0)
    expect(warnings(closed).join('\n')).toMatch(/acme-dbshop-pr-10 is not dropped/)
    expect(await tagOf(name)).toBe(otherTag)
  })

  it("with the same tag text but another repository's: not dropped", async () => {
    const name = 'acme-dbshop-pr-12'
    const otherTag = `${TAG_PREFIX}acme/webshop#12`
    await createDatabase(name, otherTag)
    const closed = await step('closed', 12)
    expect(closed.code).toBe(0)
    expect(warnings(closed).join('\n')).toMatch(/acme-dbshop-pr-12 is not dropped/)
    expect(await tagOf(name)).toBe(otherTag)
  })
})

describe('Postgres failures cost no tenant and print no secret', () => {
  const role = 'acme_dbshop_nocreatedb'
  const rolePassword = 'N0-Createdb-Passw0rd'
  const noRoles = 'acme_dbshop_nocreaterole'

  beforeAll(async () => {
    await admin.query(`DROP ROLE IF EXISTS ${role}`)
    await admin.query(`CREATE ROLE ${role} LOGIN NOCREATEDB PASSWORD ${pg.escapeLiteral(rolePassword)}`)
    await admin.query(`DROP ROLE IF EXISTS ${noRoles}`)
    await admin.query(`CREATE ROLE ${noRoles} LOGIN CREATEDB NOCREATEROLE PASSWORD ${pg.escapeLiteral(rolePassword)}`)
  })
  afterAll(async () => {
    await admin.query(`DROP ROLE IF EXISTS ${role}`)
    await admin.query(`DROP ROLE IF EXISTS ${noRoles}`)
  })

  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'server down',
      async () => `postgres://postgres:${encodeURIComponent(POSTGRES_PASSWORD)}@127.0.0.1:${await freePort()}/postgres`,
      /Could not reach the Postgres server of postgres-server-url \(connection refused\)/
    ],
    [
      'wrong password',
      async () => {
        const url = new URL(serverUrl())
        url.password = 'Wr0ng-Passw0rd-for-the-test'
        return url.toString()
      },
      /The Postgres server of postgres-server-url rejected the user name or password/
    ],
    [
      'a role without CREATEDB',
      async () => {
        const url = new URL(serverUrl())
        url.username = role
        url.password = rolePassword
        return url.toString()
      },
      /The role "acme_dbshop_nocreatedb" of postgres-server-url may not create databases.*ALTER ROLE "acme_dbshop_nocreatedb" CREATEDB/
    ],
    [
      'a role with CREATEDB but without CREATEROLE',
      async () => {
        const url = new URL(serverUrl())
        url.username = noRoles
        url.password = rolePassword
        return url.toString()
      },
      /The role "acme_dbshop_nocreaterole" of postgres-server-url may not create roles.*ALTER ROLE "acme_dbshop_nocreaterole" CREATEDB CREATEROLE/
    ]
  ]

  it.each(cases)('%s: exit 1, the message names postgres-server-url, no Cloud write', async (_, url, message) => {
    const given = await url()
    const opened = await step('opened', 20, {
      inputs: { 'postgres-server-url': given },
      // The harness checks the input and its password; the real superuser's URL is checked too.
      secrets: [POSTGRES_PASSWORD, serverUrl(), databaseUrl('acme-dbshop-pr-20', given)]
    })
    expect(opened.code).toBe(1)
    const failure = errors(opened)
    expect(failure.join('\n')).toMatch(message)
    expect(failure.join('\n')).toMatch(/postgres-server-url/)
    expect(cloudWrites()).toEqual([])
    expect(emulator.tenants()).toHaveLength(0)
    expect(await tagOf('acme-dbshop-pr-20')).toBeUndefined()
    expect(opened.failure).toMatch(/postgres-server-url/)
  })
})

describe('database-template problems cost no tenant either', () => {
  it('a template that does not exist: exit 1 naming database-template', async () => {
    const opened = await step('opened', 25, { inputs: { 'database-template': 'acme-dbshop-no-such-template' } })
    expect(opened.code).toBe(1)
    expect(errors(opened).join('\n')).toMatch(
      /The template database "acme-dbshop-no-such-template" named by database-template does not exist/
    )
    expect(cloudWrites()).toEqual([])
    expect(await tagOf('acme-dbshop-pr-25')).toBeUndefined()
  })
  // A template in use by another session: busy-template.test.ts (Postgres waits 5 s before it refuses the copy).

  it('a template whose tables a superuser loaded, with a managed-style server role: exit 1 naming them', async () => {
    const managed = process.env.TEST_POSTGRES_MANAGED_URL!
    const template = 'acme-dbshop-loaded-template'
    await admin.query(`CREATE DATABASE "${template}" OWNER ${new URL(managed).username}`)
    await inDatabase(
      template,
      "CREATE TABLE product (id int PRIMARY KEY, name text); INSERT INTO product VALUES (1, 'tea')"
    )
    const opened = await step('opened', 26, {
      inputs: { 'postgres-server-url': managed, 'database-template': template }
    })
    expect(opened.code).toBe(1)
    expect(opened.failure).toContain(
      `The template database "${template}" named by database-template holds 1 object of roles the role ` +
        `"${new URL(managed).username}" of postgres-server-url is not a member of`
    )
    expect(opened.failure).toContain('table public.product (owner "postgres")')
    expect(cloudWrites()).toEqual([])
    expect(await tagOf('acme-dbshop-pr-26')).toBeUndefined()
  })
})

describe('names', () => {
  it('a name of 63+ characters is cut with a hash, and the database of that name is made and dropped', async () => {
    const repository = { owner: OWNER, repo: 'dbshop-storefront-checkout-payments-and-subscriptions-service' }
    expect(`acme-${repository.repo}-pr-21`.length).toBeGreaterThan(63)
    const opened = await step('opened', 21, { repository })
    expect(opened.code).toBe(0)
    const name = opened.outputs['database-name']!
    expect(name.length).toBeLessThanOrEqual(63)
    expect(name).toMatch(/^acme-dbshop-storefront-[a-z0-9-]*-[0-9a-f]{6}-pr-21$/)
    expect(opened.outputs.name).toBe(name)
    expectPreviewUrl(emulator.tenant(opened.outputs['tenant-id']!)!.env.PG_DATABASE_URL, name)
    expect(await tagOf(name)).toBe(`${TAG_PREFIX}acme/${repository.repo}#21`)

    const closed = await step('closed', 21, { repository })
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('deleted')
    expect(await tagOf(name)).toBeUndefined()
  })

  it('a project named by the "name" input: the database is still named after the pull request, and dropped on close', async () => {
    const opened = await step('opened', 23, { inputs: { name: 'dbshop-checkout-review' } })
    expect(opened.code).toBe(0)
    expect(opened.outputs).toMatchObject({ name: 'dbshop-checkout-review', 'database-name': 'acme-dbshop-pr-23' })
    expect(await tagOf('acme-dbshop-pr-23')).toBe(`${TAG_PREFIX}acme/dbshop#23`)

    const closed = await step('closed', 23)
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('deleted')
    expect(await tagOf('acme-dbshop-pr-23')).toBeUndefined()
  })

  it('a repository with upper case, dots and underscores: the normalised name, quoted in SQL, tag kept as GitHub spells it', async () => {
    const repository = { owner: 'Acme', repo: 'DbShop.Web_V2' }
    const opened = await step('opened', 22, { repository })
    expect(opened.code).toBe(0)
    expect(opened.outputs['database-name']).toBe('acme-dbshop-web-v2-pr-22')
    expect(await tagOf('acme-dbshop-web-v2-pr-22')).toBe(`${TAG_PREFIX}Acme/DbShop.Web_V2#22`)
    await inDatabase('acme-dbshop-web-v2-pr-22', 'CREATE TABLE t (id int)')

    const closed = await step('closed', 22, { repository })
    expect(closed.code).toBe(0)
    expect(await tagOf('acme-dbshop-web-v2-pr-22')).toBeUndefined()
  })
})

describe('sources whose names normalise alike', () => {
  /** test/fixtures/multi-source, plus two sources `sales_eu` and `sales-eu` on env vars of their own. */
  function salesProject(): Record<string, string> {
    const files = filesOf(path.join(ROOT, 'test/fixtures/multi-source'), 'hasura')
    const source = (name: string, env: string): string =>
      `- name: ${name}\n  kind: postgres\n  configuration:\n    connection_info:\n      database_url:\n` +
      `        from_env: ${env}\n  tables: []\n`
    files['hasura/metadata/databases/databases.yaml'] +=
      source('sales_eu', 'SALES_EU_DATABASE_URL') + source('sales-eu', 'SALES_EU_ARCHIVE_URL')
    files['hasura/migrations/sales_eu/1700000000000_create_eu_order/up.sql'] = 'CREATE TABLE eu_order (id int);'
    files['hasura/migrations/sales-eu/1700000000000_create_eu_archive/up.sql'] = 'CREATE TABLE eu_archive (id int);'
    files['env.yml'] = 'ORDERS_WEBHOOK_BASE: https://orders.internal.example\nWEBHOOK_SECRET: whsec-dbshop-0123456789\n'
    return files
  }

  it('`sales_eu` and `sales-eu` on two env vars get a database each, migrated apart, and close drops every one', async () => {
    const files = salesProject()
    const inputs = { 'hasura-project': 'hasura', 'env-file': 'env.yml' }
    const opened = await step('opened', 26, { inputs, files })
    expect(opened.code).toBe(0)
    const names = opened.outputs['database-names']!.split(',')
    // The first three keep the names earlier versions gave them; the fourth, which would share one, gets a hash.
    expect(names.slice(0, 3)).toEqual([
      'acme-dbshop-pr-26',
      'acme-dbshop-pr-26-analytics',
      'acme-dbshop-pr-26-sales-eu'
    ])
    expect(names[3]).toMatch(/^acme-dbshop-pr-26-sales-eu-[0-9a-f]{6}$/)
    const tenant = emulator.tenant(opened.outputs['tenant-id']!)!
    expectPreviewUrl(tenant.env.SALES_EU_DATABASE_URL, names[2]!)
    expectPreviewUrl(tenant.env.SALES_EU_ARCHIVE_URL, names[3]!)
    const tables = async (name: string) =>
      (await inDatabase<{ name: string }>(name, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"))
        .map((row) => row.name)
        .sort()
    expect(await tables(names[2]!)).toEqual(['eu_order'])
    expect(await tables(names[3]!)).toEqual(['eu_archive'])
    expect(opened.outputs['migrations-applied']).toBe('5')

    // The next push finds the same four databases and has nothing to apply.
    const pushed = await step('synchronize', 26, { inputs, files })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({
      result: 'reused',
      'database-names': names.join(','),
      'migrations-applied': '0'
    })

    const closed = await step('closed', 26)
    expect(closed.code).toBe(0)
    for (const name of names) expect(await tagOf(name)).toBeUndefined()
    const { rows } = await admin.query("SELECT rolname FROM pg_roles WHERE rolname LIKE 'acme-dbshop-pr-26%'")
    expect(rows).toEqual([])
  })
})

describe('dry run', () => {
  it('create: the database is named in the outputs, nothing is made or written', async () => {
    const planned = await step('opened', 23, { inputs: { 'dry-run': 'true' } })
    expect(planned.code).toBe(0)
    expect(planned.outputs).toMatchObject({ result: 'planned', 'database-name': 'acme-dbshop-pr-23' })
    expect(logText(planned)).toContain('Dry run: would create the preview database "acme-dbshop-pr-23"')
    expect(await tagOf('acme-dbshop-pr-23')).toBeUndefined()
    expect(cloudWrites()).toEqual([])
    expect(gh.requests.filter((request) => request.method !== 'GET')).toEqual([])
  })

  it('reset and close: the database and its data stay', async () => {
    const name = 'acme-dbshop-pr-24'
    const opened = await step('opened', 24)
    expect(opened.code).toBe(0)
    await inDatabase(name, 'CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)')

    const reset = await step('synchronize', 24, { inputs: { 'dry-run': 'true', 'reset-database': 'true' } })
    expect(reset.code).toBe(0)
    expect(logText(reset)).toContain(`Dry run: would replace the preview database "${name}"`)
    const closed = await step('closed', 24, { inputs: { 'dry-run': 'true' } })
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('planned')
    expect(logText(closed)).toContain(`Dry run: would drop the preview database ${name}`)
    expect(await inDatabase(name, 'SELECT id FROM kept')).toEqual([{ id: 1 }])
    expect(emulator.tenants()).toHaveLength(1)
    expect(emulator.callsTo('deleteTenant')).toHaveLength(0)
  })
})
