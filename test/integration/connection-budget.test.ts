/**
 * At most MAX_SESSIONS (3) sessions of a run on the Postgres server at once: free tiers allow few connections. The
 * connector's gate, on the test run's Postgres; and a whole create (a template, two sources, migrations and seeds)
 * counted on the wire by a proxy in front of the server, which tells the action's sessions (their application_name)
 * from the engine's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import pg from 'pg'
import { APPLICATION_NAME, MAX_SESSIONS, type Session } from '../../src/database/connection.js'
import { ROOT } from '../support/action-runner.js'
import { connectorFor } from '../support/connector.js'
import { filesOf } from '../support/files.js'
import { PgProxy } from '../support/pg-proxy.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { errors, runOperation } from './harness.js'

const servers = previewServers({ databasePrefix: 'acme-budget' })
const ROLE = { name: `acme_budget_${process.pid}`, password: 'Budget-Role-Passw0rd' }

beforeAll(async () => {
  await servers.admin.query(`DROP ROLE IF EXISTS ${ROLE.name}`)
  await servers.admin.query(`CREATE ROLE ${ROLE.name} LOGIN PASSWORD ${pg.escapeLiteral(ROLE.password)}`)
})
afterAll(async () => {
  // servers.admin is closed by now.
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await admin.connect()
  await admin.query(`DROP ROLE IF EXISTS ${ROLE.name}`)
  await admin.end()
})

/** The action's sessions on the server as the role of this file. */
async function sessionsOfRole(): Promise<number> {
  const { rows } = await servers.admin.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND application_name = $2',
    [ROLE.name, APPLICATION_NAME]
  )
  return rows[0]!.n
}

describe('the connector', () => {
  it(`holds at most ${MAX_SESSIONS} sessions: a fourth open waits until one of them closes`, async () => {
    const url = new URL(servers.serverUrl)
    url.username = ROLE.name
    url.password = ROLE.password
    const connector = connectorFor(url.toString())
    const open = () => connector.open(url.toString(), { step: { kind: 'connect' } })
    const held: Session[] = await Promise.all(Array.from({ length: MAX_SESSIONS }, open))
    let fourth: Session | undefined
    const opening = open().then((session) => (fourth = session))
    // While the three are held, the server never sees a fourth (each look is a round trip to it).
    let most = 0
    for (let look = 0; look < 40; look++) most = Math.max(most, await sessionsOfRole())
    expect(most).toBe(MAX_SESSIONS)
    expect(fourth).toBeUndefined()
    await held[0]!.close()
    await opening
    expect(fourth).toBeDefined()
    for (const session of [...held.slice(1), fourth!]) await session.close()
    for (let look = 0; look < 100 && (await sessionsOfRole()) > 0; look++) await new Promise((r) => setTimeout(r, 50))
    expect(await sessionsOfRole()).toBe(0)
  })
})

describe('a whole create', () => {
  let proxy: PgProxy
  beforeAll(async () => {
    proxy = await PgProxy.start(Number(new URL(servers.serverUrl).port), () => false)
  })
  afterAll(async () => {
    await proxy.stop()
  })

  it(`with a template, two sources, migrations and seeds, holds at most ${MAX_SESSIONS} sessions at once`, async () => {
    const through = new URL(servers.serverUrl)
    through.port = String(proxy.port)
    // The template is the server role's, as the README asks: its objects are handed to the preview's role.
    const template = 'acme-budget-template'
    const setup = new pg.Client({ connectionString: servers.serverUrl })
    await setup.connect()
    await setup.query(`CREATE DATABASE "${template}"`)
    await setup.end()
    const fill = new pg.Client({ connectionString: servers.databaseUrl(template, servers.serverUrl) })
    await fill.connect()
    await fill.query('CREATE TABLE loyalty (id int PRIMARY KEY); INSERT INTO loyalty VALUES (1)')
    await fill.end()

    const opened = await runOperation({
      inputs: {
        pat: servers.emulator.pat,
        'api-endpoint': servers.emulator.url,
        operation: 'create',
        'postgres-server-url': through.toString(),
        'database-template': template,
        'hasura-project': 'hasura',
        'env-file': 'env.yml',
        seeds: 'true'
      },
      event: pullRequestEvent('opened', { owner: 'acme', repo: 'budget', number: 3 }),
      env: { GITHUB_REPOSITORY: 'acme/budget', WEBHOOK_SECRET: 'whsec-Budget-0123456789' },
      files: {
        ...filesOf(path.join(ROOT, 'test/fixtures/multi-source'), 'hasura'),
        'env.yml': 'ORDERS_WEBHOOK_BASE: https://orders.internal.example\nWEBHOOK_SECRET: ${WEBHOOK_SECRET}\n'
      },
      githubApiUrl: servers.gh.url,
      emulator: servers.emulator,
      secrets: [POSTGRES_PASSWORD, 'whsec-Budget-0123456789']
    })
    expect(errors(opened)).toBe('')
    expect(opened.outputs).toMatchObject({ 'migrations-applied': '3', 'seeds-applied': '2' })
    // The template's rows, read as the tenant reads them.
    const tenant = servers.emulator.tenant(opened.outputs['tenant-id']!)!
    const asTenant = new pg.Client({ connectionString: tenant.env.PG_DATABASE_URL })
    await asTenant.connect()
    expect((await asTenant.query('SELECT id FROM loyalty')).rows).toEqual([{ id: 1 }])
    await asTenant.end()
    expect(proxy.actionSessions.peak).toBeGreaterThanOrEqual(2)
    expect(proxy.actionSessions.peak).toBeLessThanOrEqual(MAX_SESSIONS)
  })
})
