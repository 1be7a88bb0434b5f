/**
 * Postgres servers that speak TLS, as managed services run them, and the URLs users give for them. A server of the
 * run's major (TEST_POSTGRES_VERSION, see test/global-setup.mjs) is started with a certificate for 127.0.0.1 signed by
 * a test CA that Node does not trust; its pg_hba.conf admits the managed-style server role, and so every preview role,
 * over TLS only (a session in the clear is refused), the superuser both ways (the test's bookkeeping), and one more
 * role both ways (the sslmode table). The operations run in process (see harness.ts) against the Cloud emulator,
 * whose tenants' engines read the URLs they get as libpq does (test/engine/libpq.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { InputError } from '../../src/core/errors.js'
import { DatabaseError } from '../../src/database/errors.js'
import { serverTls } from '../../src/database/tls.js'
import { CloudEmulator } from '../emulator/emulator.js'
import { createProjectEngine } from '../engine/engine.js'
import { FakeGitHub } from '../github/fake-github.js'
import { ROOT } from '../support/action-runner.js'
import { connectorFor } from '../support/connector.js'
import { filesOf } from '../support/files.js'
import {
  MANAGED_ROLE,
  managedRoleUrl,
  POSTGRES_PASSWORD,
  rowsIn,
  startPostgres,
  type TestPostgres
} from '../support/postgres.js'
import { dropDatabasesLike, pullRequestEvent } from '../support/pull-request.js'
import { certificateAuthority, type TestAuthority } from '../support/tls.js'
import { errors, GITHUB_TOKEN, logText, runOperation, type OperationRun } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-tlsshop`. */
const REPO = 'tlsshop'
const PROJECT = 'hasura'
const FILES: Record<string, string> = {
  ...filesOf(path.join(ROOT, 'test/fixtures/multi-source'), PROJECT),
  'env.yml': 'ORDERS_WEBHOOK_BASE: https://orders.internal.example\nWEBHOOK_SECRET: ${WEBHOOK_SECRET}\n'
}
const STEP_ENV = { WEBHOOK_SECRET: 'whsec-Tls-Project-0123456789' }
/** The writes a create must not send when Postgres fails first. */
const CLOUD_WRITES = ['createTenant', 'updateTenantEnv', 'deleteTenantEnv', 'update_projects_by_pk', 'deleteTenant']
/** A role the server admits with or without TLS: each sslmode's choice shows. */
const EITHER = { name: 'acme_tls_either', password: 'Either-Way-Passw0rd' }

const version = process.env.TEST_POSTGRES_VERSION ? Number(process.env.TEST_POSTGRES_VERSION) : undefined
let ca: TestAuthority
let otherCa: TestAuthority
let server: TestPostgres
/** The managed-style role's URL on the TLS server, no query. */
let serverUrl: string
let admin: pg.Client
let emulator: CloudEmulator
let gh: FakeGitHub

beforeAll(async () => {
  ca = certificateAuthority('Acme Test Postgres CA')
  otherCa = certificateAuthority('Another Test CA')
  server = await startPostgres({
    version,
    tls: ca.issue('127.0.0.1'),
    hba: [
      'host all postgres 127.0.0.1/32 password',
      `host all ${EITHER.name} 127.0.0.1/32 password`,
      'hostssl all all 127.0.0.1/32 password'
    ]
  })
  serverUrl = await managedRoleUrl(server.url)
  admin = new pg.Client({ connectionString: server.url })
  await admin.connect()
  await admin.query(`CREATE ROLE ${EITHER.name} LOGIN PASSWORD ${pg.escapeLiteral(EITHER.password)}`)
  emulator = await CloudEmulator.start({ engine: createProjectEngine, projectQuota: 10 })
  gh = await FakeGitHub.start({ token: GITHUB_TOKEN })
})

afterAll(async () => {
  await emulator?.stop()
  await gh?.stop()
  await admin?.end()
  await server?.stop()
  ca?.remove()
  otherCa?.remove()
})

beforeEach(async () => {
  await emulator.reset()
  gh.reset()
  await dropDatabasesLike(admin, `${OWNER}-${REPO}`)
})

/** The URL as `user` of the TLS server (`either` or the managed role), with `query`. */
function urlOf(query: string, user: 'managed' | 'either' = 'managed'): string {
  const url = new URL(serverUrl)
  if (user === 'either') {
    url.username = EITHER.name
    url.password = EITHER.password
  }
  return `${url.toString()}${query}`
}

/** Whether the session the connector opens for `url` is encrypted, as the server sees it. */
async function encrypted(url: string, ca?: string): Promise<boolean> {
  const session = await connectorFor(url, { ca }).open(url, { step: { kind: 'connect' } })
  try {
    const { rows } = await session.client.query<{ ssl: boolean }>(
      'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()'
    )
    return rows[0]!.ssl
  } finally {
    await session.close()
  }
}

/** The DatabaseError the connect fails with. */
async function connectError(url: string, ca?: string): Promise<DatabaseError> {
  const failure = await encrypted(url, ca).then(
    () => undefined,
    (error: unknown) => error
  )
  expect(failure).toBeInstanceOf(DatabaseError)
  return failure as DatabaseError
}

function step(
  action: 'opened' | 'synchronize' | 'closed',
  inputs: Record<string, string>,
  options: { project?: boolean; files?: Record<string, string> } = {}
): Promise<OperationRun> {
  const project = options.project ?? true
  return runOperation({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: action === 'closed' ? 'delete' : 'create',
      ...(action !== 'closed' && project ? { 'hasura-project': PROJECT, 'env-file': 'env.yml' } : {}),
      ...inputs
    },
    event: pullRequestEvent(action, { owner: OWNER, repo: REPO, number: 5 }),
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...STEP_ENV },
    files: options.files ?? FILES,
    githubApiUrl: gh.url,
    emulator,
    secrets: [POSTGRES_PASSWORD, MANAGED_ROLE.password, STEP_ENV.WEBHOOK_SECRET]
  })
}

function cloudWrites(): string[] {
  return emulator.calls.flatMap((call) => call.fields).filter((field) => CLOUD_WRITES.includes(field))
}

async function previewsOnServer(): Promise<string[]> {
  const { rows } = await admin.query<{ name: string }>(
    `SELECT datname AS name FROM pg_database WHERE datname LIKE 'acme-tlsshop%'
     UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'acme-tlsshop%' ORDER BY 1`
  )
  return rows.map((row) => row.name)
}

const rows = (database: string, sql: string): Promise<unknown[]> => rowsIn(server.url, database, sql)

/** The rest of a preview's life: a push with nothing new applies nothing, and the close leaves nothing on the server. */
async function pushNothingNewThenClose(inputs: Record<string, string>): Promise<void> {
  const pushed = await step('synchronize', inputs)
  expect(errors(pushed)).toBe('')
  expect(pushed.outputs['migrations-applied']).toBe('0')
  const closed = await step('closed', inputs)
  expect(closed.code).toBe(0)
  expect(await previewsOnServer()).toEqual([])
}

describe("the action's sessions read sslmode as libpq does", () => {
  it.each([
    ['disable', false],
    ['allow', false],
    ['prefer', true],
    ['require', true]
  ])('sslmode=%s on a server that admits both: encrypted %s', async (mode, expected) => {
    expect(await encrypted(urlOf(`?sslmode=${mode}`, 'either'))).toBe(expected)
  })

  it('no sslmode is prefer, as for libpq: encrypted where the server can, in the clear where it cannot', async () => {
    expect(await encrypted(urlOf('', 'either'))).toBe(true)
    expect(await encrypted(process.env.TEST_POSTGRES_URL!)).toBe(false)
  })

  it('allow goes over to TLS where the server admits TLS only; disable is refused there, saying to use TLS', async () => {
    expect(await encrypted(urlOf('?sslmode=allow'))).toBe(true)
    const refused = await connectError(urlOf('?sslmode=disable'))
    expect(refused.message).toMatch(/refused the login \(28000: .*no encryption\)/)
    expect(refused.message).toContain('It admits encrypted connections only: set sslmode=require')
  })

  it('require encrypts without verifying: the certificate of a CA Node does not trust is accepted', async () => {
    expect(await encrypted(urlOf('?sslmode=require'))).toBe(true)
  })

  it('verify-ca and verify-full pass with the CA as postgres-ca', async () => {
    expect(await encrypted(urlOf('?sslmode=verify-ca'), ca.cert)).toBe(true)
    expect(await encrypted(urlOf('?sslmode=verify-full'), ca.cert)).toBe(true)
  })

  it('verify-full without a CA, or with another, fails naming postgres-server-url and the certificate', async () => {
    const untrusted = await connectError(urlOf('?sslmode=verify-full'))
    expect(untrusted.message).toContain(
      'The certificate of the Postgres server of postgres-server-url is not signed by a CA Node trusts (none was given)'
    )
    expect(untrusted.message).toContain("Give the server's CA bundle (its provider publishes it) as postgres-ca.")
    const other = await connectError(urlOf('?sslmode=verify-full'), otherCa.cert)
    expect(other.message).toContain(
      'The certificate of the Postgres server of postgres-server-url is not signed by the CA given as postgres-ca'
    )
    expect(other.input).toBe('postgres-ca')
    // require with a root CA verifies the chain, as libpq's does.
    await connectError(urlOf('?sslmode=require'), otherCa.cert)
  })

  it('verify-full checks the host name and verify-ca does not: localhost is not in the certificate', async () => {
    const localhost = (query: string): string => urlOf(query).replace('@127.0.0.1:', '@localhost:')
    const mismatch = await connectError(localhost('?sslmode=verify-full'), ca.cert)
    expect(mismatch.message).toContain(
      'The certificate of the Postgres server of postgres-server-url does not name the host of the URL'
    )
    expect(mismatch.message).toContain('or sslmode=verify-ca to verify the chain only')
    expect(await encrypted(localhost('?sslmode=verify-ca'), ca.cert)).toBe(true)
  })

  it('sslrootcert names a CA file of the workspace; one outside it, or missing, is an input error', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'hasura-action-ws-'))
    try {
      writeFileSync(path.join(workspace, 'ca.pem'), ca.cert)
      const tls = serverTls(urlOf('?sslmode=verify-full&sslrootcert=ca.pem'), { workspace })
      expect(tls).toEqual({ mode: 'verify-full', ca: ca.cert, caFrom: 'sslrootcert' })
      for (const file of ['../ca.pem', '/etc/hostname', 'missing.pem']) {
        expect(() => serverTls(urlOf(`?sslmode=verify-full&sslrootcert=${file}`), { workspace })).toThrow(InputError)
        expect(() => serverTls(urlOf(`?sslmode=verify-full&sslrootcert=${file}`), { workspace })).toThrow(
          /^Input "postgres-server-url \(sslrootcert\)"/
        )
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe('a preview on a server that admits encrypted sessions only, as a managed-style role', () => {
  it('sslmode=require: open (two sources, migrations, seeds), push and close', async () => {
    // The proof that every session is encrypted: the server refuses the role in the clear.
    await connectError(urlOf('?sslmode=disable'))
    const inputs = { 'postgres-server-url': urlOf('?sslmode=require') }
    const opened = await step('opened', { ...inputs, seeds: 'true' })
    expect(errors(opened)).toBe('')
    expect(opened.code).toBe(0)
    expect(opened.outputs).toMatchObject({
      'database-names': 'acme-tlsshop-pr-5,acme-tlsshop-pr-5-analytics',
      'migrations-applied': '3',
      'seeds-applied': '2'
    })
    const tenant = emulator.tenant(opened.outputs['tenant-id']!)!
    // The engine gets the user's sslmode as written.
    expect(new URL(tenant.env.PG_DATABASE_URL!).search).toBe('?sslmode=require')
    expect(await rows('acme-tlsshop-pr-5', 'SELECT customer FROM shop_order ORDER BY id')).toEqual([
      { customer: 'ada' },
      { customer: 'grace' }
    ])
    expect(await rows('acme-tlsshop-pr-5-analytics', 'SELECT count(*)::int AS n FROM page_view')).toEqual([{ n: 3 }])
    await pushNothingNewThenClose(inputs)
  })

  it('verify-full with the CA as postgres-ca: the project previews, the engine getting sslmode=require', async () => {
    const inputs = { 'postgres-server-url': urlOf('?sslmode=verify-full'), 'postgres-ca': ca.cert }
    const opened = await step('opened', { ...inputs, seeds: 'true' })
    expect(errors(opened)).toBe('')
    expect(opened.outputs).toMatchObject({ 'migrations-applied': '3', 'seeds-applied': '2' })
    // The action verified the server; the engine, which cannot read the CA the runner has, connects encrypted.
    const env = emulator.tenant(opened.outputs['tenant-id']!)!.env
    for (const key of ['PG_DATABASE_URL', 'ANALYTICS_DATABASE_URL']) {
      expect(new URL(env[key]!).searchParams.getAll('sslmode')).toEqual(['require'])
    }
    expect(logText(opened)).toContain('PG_DATABASE_URL gets sslmode=require, not verify-full')
    expect(await rows('acme-tlsshop-pr-5-analytics', 'SELECT count(*)::int AS n FROM page_view')).toEqual([{ n: 3 }])
    await pushNothingNewThenClose(inputs)
  })

  it("verify-full with a source's ssl_configuration: that source's engine URL keeps verify-full, and verifies", async () => {
    const databases = `${PROJECT}/metadata/databases/databases.yaml`
    const files = {
      ...FILES,
      [databases]: FILES[databases]!.replace(
        '        from_env: PG_DATABASE_URL\n',
        '        from_env: PG_DATABASE_URL\n      ssl_configuration:\n        sslmode: verify-full\n' +
          '        sslrootcert:\n          from_env: PG_CA\n'
      ),
      'env.yml': `${FILES['env.yml']}PG_CA: \${PG_CA}\n`
    }
    const inputs = { 'postgres-server-url': urlOf('?sslmode=verify-full'), 'postgres-ca': ca.cert }
    const opened = await runOperation({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        operation: 'create',
        'hasura-project': PROJECT,
        'env-file': 'env.yml',
        ...inputs
      },
      event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 5 }),
      env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...STEP_ENV, PG_CA: ca.cert },
      files,
      githubApiUrl: gh.url,
      emulator,
      secrets: [POSTGRES_PASSWORD, MANAGED_ROLE.password, STEP_ENV.WEBHOOK_SECRET]
    })
    expect(errors(opened)).toBe('')
    const env = emulator.tenant(opened.outputs['tenant-id']!)!.env
    expect(new URL(env.PG_DATABASE_URL!).searchParams.get('sslmode')).toBe('verify-full')
    expect(new URL(env.ANALYTICS_DATABASE_URL!).searchParams.get('sslmode')).toBe('require')
    expect((await step('closed', inputs)).code).toBe(0)
  })

  it('verify-full with another CA: exit 1 before any Cloud call, naming postgres-server-url and the certificate', async () => {
    const opened = await step('opened', {
      'postgres-server-url': urlOf('?sslmode=verify-full'),
      'postgres-ca': otherCa.cert
    })
    expect(opened.code).toBe(1)
    expect(opened.failure).toContain(
      'The certificate of the Postgres server of postgres-server-url is not signed by the CA given as postgres-ca'
    )
    expect(emulator.calls).toEqual([])
    expect(await previewsOnServer()).toEqual([])
    // The harness checked that neither the URL, its password nor a line of the CA shows anywhere.
  })
})

describe('URLs the action refuses, before any Cloud call or database connection', () => {
  it('sslmode=require on a server without TLS', async () => {
    const opened = await step('opened', { 'postgres-server-url': `${process.env.TEST_POSTGRES_URL}?sslmode=require` })
    expect(opened.code).toBe(1)
    expect(opened.failure).toContain(
      "The Postgres server of postgres-server-url does not speak TLS, and the URL's sslmode=require asks for it."
    )
    expect(cloudWrites()).toEqual([])
  })

  it.each([
    ['pgbouncer=true', () => `${serverUrl}?pgbouncer=true`, /pgbouncer=true/],
    [
      "Supabase's transaction-mode port",
      () => 'postgres://postgres.abcdefgh:Sup4base-Passw0rd@aws-0-us-east-1.pooler.supabase.com:6543/postgres',
      /port 6543 is Supabase's transaction-mode pooler/
    ],
    [
      "Supabase's pooler host in session mode, whose user names the preview roles cannot carry",
      () => 'postgres://postgres.abcdefgh:Sup4base-Passw0rd@aws-0-us-east-1.pooler.supabase.com:5432/postgres',
      /a pooler.supabase.com host is Supabase's pooler/
    ],
    [
      "Neon's pooled endpoint",
      () => 'postgresql://alex:Ne0n-Passw0rd@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/db?sslmode=require',
      /Neon's pooled \(transaction-mode\) endpoint/
    ]
  ])('a transaction-mode pooler: %s', async (_, url, why) => {
    const opened = await step('opened', { 'postgres-server-url': url() })
    expect(opened.code).toBe(1)
    expect(opened.error).toBeInstanceOf(InputError)
    expect(opened.failure).toMatch(/^Input "postgres-server-url" points at a transaction-mode connection pooler/)
    expect(opened.failure).toMatch(why)
    expect(opened.failure).toContain("Give the server's direct URL (Supabase: db.<project-ref>.supabase.co:5432)")
    expect(emulator.calls).toEqual([])
  })

  it('a postgres-ca that is not a PEM certificate', async () => {
    const cut = ca.cert.replace(/\n[A-Za-z0-9+/=]{20,}\n/, '\nnot-base64-at-all!\n')
    for (const [given, message] of [
      ['a file name, not its text: ca.pem', /^Input "postgres-ca" holds no PEM certificate/],
      [cut, /^Input "postgres-ca": certificate 1 of 1 is not a valid PEM certificate/]
    ] as const) {
      const opened = await step('opened', {
        'postgres-server-url': urlOf('?sslmode=verify-full'),
        'postgres-ca': given
      })
      expect(opened.code).toBe(1)
      expect(opened.failure).toMatch(message)
      expect(emulator.calls).toEqual([])
    }
  })
})
