/**
 * Real Hasura projects, end to end on the real Postgres: the env the metadata needs is checked before anything is
 * made, each Postgres source gets its own preview database, seeds go into new ones, custom directories are honoured,
 * and a migration that needs what the server lacks says how to fix it. The project is test/fixtures/multi-source.
 */
import { expect, it } from '@jest/globals'
import path from 'node:path'
import type { ProjectEngine } from '../engine/engine.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers, previewStep } from '../support/preview-servers.js'
import { annotations } from '../support/workflow-log.js'
import { ROOT, runAction, type RunResult } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-realshop`. */
const REPO = 'realshop'
const PROJECT = 'hasura'
const FILES = filesOf(path.join(ROOT, 'test/fixtures/multi-source'), PROJECT)
const ENV_FILE = { 'env.yml': 'ORDERS_WEBHOOK_BASE: ${WEBHOOK_BASE}\nWEBHOOK_SECRET: ${WEBHOOK_SECRET}\n' }
const STEP_ENV = { WEBHOOK_BASE: 'https://orders.internal.example', WEBHOOK_SECRET: 'whsec-Real-Project-0123456789' }

const servers = previewServers({ databasePrefix: `${OWNER}-${REPO}`, emulator: { projectQuota: 10 } })
const { emulator, admin, inDatabase: rows } = servers
const serverUrl = (): string => servers.serverUrl

/** A pull request's step with the project `files` (create) or without (delete) and the step's env for it. */
function step(
  action: 'opened' | 'synchronize' | 'closed',
  number: number,
  files: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<RunResult> {
  return runAction(
    previewStep(servers, action, {
      pr: { owner: OWNER, repo: REPO, number },
      inputs: { ...(action === 'closed' ? {} : { 'hasura-project': PROJECT }), ...inputs },
      env: STEP_ENV,
      files,
      secrets: [POSTGRES_PASSWORD, STEP_ENV.WEBHOOK_SECRET]
    })
  )
}

async function previewsOnServer(): Promise<string[]> {
  const { rows: found } = await admin.query<{ name: string }>(
    `SELECT datname AS name FROM pg_database WHERE datname LIKE 'acme-realshop%'
     UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'acme-realshop%' ORDER BY 1`
  )
  return found.map((row) => row.name)
}

it('the env the metadata needs, missing from the env file: exit 1 at each use, no Cloud call, no database', async () => {
  const run = await step('opened', 1, FILES)
  expect(run.code).toBe(1)
  const failure = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .join('\n')
  expect(failure).toMatch(
    /ORDERS_WEBHOOK_BASE \(first read at hasura\/metadata\/databases\/default\/tables\/public_shop_order\.yaml:14, event trigger order_created\)/
  )
  expect(failure).toMatch(
    /WEBHOOK_SECRET \(first read at hasura\/metadata\/databases\/default\/tables\/public_shop_order\.yaml:17/
  )
  // One annotation per use, at its file and line: the trigger, the action, the cron trigger.
  const at = annotations(run).map(({ file, line }) => `${file}:${line}`)
  expect(at).toEqual(
    expect.arrayContaining([
      'hasura/metadata/databases/default/tables/public_shop_order.yaml:14',
      'hasura/metadata/actions.yaml:5',
      'hasura/metadata/actions.yaml:8',
      'hasura/metadata/cron_triggers.yaml:2'
    ])
  )
  expect(emulator.calls).toEqual([])
  expect(await previewsOnServer()).toEqual([])
})

it('two sources get two preview databases, migrated and seeded; a push sends nothing; close leaves nothing', async () => {
  const files = { ...FILES, ...ENV_FILE }
  const opened = await step('opened', 1, files, { 'env-file': 'env.yml', seeds: 'true' })
  expect(opened.code).toBe(0)
  expect(opened.outputs).toMatchObject({
    'database-name': 'acme-realshop-pr-1',
    'database-names': 'acme-realshop-pr-1,acme-realshop-pr-1-analytics',
    'migrations-applied': '3',
    'seeds-applied': '2'
  })
  const tenant = emulator.tenant(opened.outputs['tenant-id']!)!
  // Each source's env var carries its own database, as its own role.
  expect(new URL(tenant.env.PG_DATABASE_URL!).pathname).toBe('/acme-realshop-pr-1')
  expect(new URL(tenant.env.ANALYTICS_DATABASE_URL!).pathname).toBe('/acme-realshop-pr-1-analytics')
  expect(decodeURIComponent(new URL(tenant.env.ANALYTICS_DATABASE_URL!).username)).toBe('acme-realshop-pr-1-analytics')
  expect(await rows('acme-realshop-pr-1', 'SELECT customer FROM shop_order ORDER BY id')).toEqual([
    { customer: 'ada' },
    { customer: 'grace' }
  ])
  expect(await rows('acme-realshop-pr-1-analytics', 'SELECT count(*)::int AS n FROM page_view')).toEqual([{ n: 3 }])
  const engine = emulator.engineOf(tenant.id) as ProjectEngine
  expect(engine.inconsistencies).toEqual([])
  const records = engine.catalogState.cli_state.migrations as Record<string, Record<string, boolean>>
  expect(records).toEqual({
    default: { '1700000000000': false, '1700000100000': false },
    analytics: { '1700000000000': false }
  })

  const pushed = await step('synchronize', 1, files, { 'env-file': 'env.yml', seeds: 'true' })
  expect(pushed.code).toBe(0)
  expect(pushed.outputs).toMatchObject({ result: 'reused', 'migrations-applied': '0' })
  expect(pushed.outputs['seeds-applied']).toBe('0')
  expect(engine.calls.replace_metadata).toBe(1)
  // Seeds go into new databases only: the rows are as they were.
  expect(await rows('acme-realshop-pr-1', 'SELECT count(*)::int AS n FROM shop_order')).toEqual([{ n: 2 }])

  const closed = await step('closed', 1, {})
  expect(closed.code).toBe(0)
  expect(closed.outputs.result).toBe('deleted')
  expect(await previewsOnServer()).toEqual([])
})

it('custom directories from config.yaml (metadata/generic, db/migrations, db/seeds) are applied', async () => {
  const moved: Record<string, string> = { ...ENV_FILE }
  for (const [file, text] of Object.entries(FILES)) {
    const relocated = file
      .replace(`${PROJECT}/metadata/`, `${PROJECT}/metadata/generic/`)
      .replace(`${PROJECT}/migrations/`, `${PROJECT}/db/migrations/`)
      .replace(`${PROJECT}/seeds/`, `${PROJECT}/db/seeds/`)
    moved[relocated] =
      file === `${PROJECT}/config.yaml`
        ? text.replace('metadata_directory: metadata', 'metadata_directory: metadata/generic') +
          'migrations_directory: db/migrations\nseeds_directory: db/seeds\n'
        : text
  }
  const opened = await step('opened', 2, moved, { 'env-file': 'env.yml', seeds: 'true' })
  expect(opened.code).toBe(0)
  expect(opened.outputs).toMatchObject({ 'migrations-applied': '3', 'seeds-applied': '2' })
  expect(await rows('acme-realshop-pr-2-analytics', 'SELECT count(*)::int AS n FROM page_view')).toEqual([{ n: 3 }])
})

it('a migration that needs an extension the server lacks: its file, the message, the fix, and how many ran', async () => {
  const files = {
    ...FILES,
    ...ENV_FILE,
    [`${PROJECT}/migrations/default/1700000150000_hypertable/up.sql`]:
      "CREATE EXTENSION IF NOT EXISTS timescaledb;\nSELECT create_hypertable('shop_order', 'id');\n"
  }
  const opened = await step('opened', 3, files, { 'env-file': 'env.yml' })
  expect(opened.code).toBe(1)
  const failure = opened.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n')
  expect(failure).toContain('1700000150000_hypertable/up.sql')
  expect(failure).toMatch(/timescaledb/)
  expect(failure).toMatch(/install it on the server .* or give a database-template that has it/)
  expect(opened.outputs['migrations-applied']).toBe('2')
})

it('sync-env counts the env the tenant holds; a var neither it nor the file sets fails before any write', async () => {
  const database = `${OWNER}-${REPO}-sync`
  await admin.query(`CREATE DATABASE "${database}"`)
  // The superuser's database: the user's own, not a preview's (a managed-style role may not create tables in it).
  const url = servers.databaseUrl(database)
  const tenant = emulator.seedTenant({
    name: 'shop-staging',
    envs: {
      PG_DATABASE_URL: url,
      ANALYTICS_DATABASE_URL: url,
      WEBHOOK_SECRET: 'whsec-On-Tenant-9876543210'
    }
  })
  const sync = (files: Record<string, string>, envFile?: string) =>
    runAction({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        operation: 'sync-env',
        'tenant-id': tenant.id,
        'hasura-project': PROJECT,
        ...(envFile ? { 'env-file': envFile } : {})
      },
      files,
      emulator,
      secrets: [POSTGRES_PASSWORD]
    })
  const refused = await sync(FILES)
  expect(refused.code).toBe(1)
  expect(refused.stdout).toMatch(/reads an env var the tenant would not hold: ORDERS_WEBHOOK_BASE/)
  expect(emulator.calls.flatMap((call) => call.fields)).toEqual(['tenant_by_pk', 'getTenantEnv'])

  const synced = await sync(
    { ...FILES, 'base.yml': 'ORDERS_WEBHOOK_BASE: https://orders.internal.example\n' },
    'base.yml'
  )
  expect(synced.code).toBe(0)
  expect((emulator.engineOf(tenant.id) as ProjectEngine).inconsistencies).toEqual([])
  await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`)
})

it('the engine emulator marks an object whose env var is missing inconsistent, as the engine does', async () => {
  // The check above is what keeps a real run from getting here: without it, after the migrations, this is what comes.
  const tenant = emulator.seedTenant({ envs: { PG_DATABASE_URL: serverUrl(), ANALYTICS_DATABASE_URL: serverUrl() } })
  const { EngineClient } = await import('../../src/engine/client.js')
  const engine = new EngineClient({ endpoint: tenant.endpoint, adminSecret: tenant.env.HASURA_GRAPHQL_ADMIN_SECRET! })
  const { readProject } = await import('../../src/project/read.js')
  const project = readProject(path.join(ROOT, 'test/fixtures'), 'multi-source')
  const consistency = await engine.replaceMetadata({ ...project.metadata, sources: [] }, { allowInconsistent: true })
  expect(consistency.inconsistentObjects.map((object) => [object.type, object.reason])).toEqual([
    ['action', 'Inconsistent object: environment variable "ORDERS_WEBHOOK_BASE" not set'],
    ['cron_trigger', 'Inconsistent object: environment variable "ORDERS_WEBHOOK_BASE" not set']
  ])
})
