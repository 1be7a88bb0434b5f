/**
 * The trickiest paths of the operations, in process: the real client against the Cloud emulator, a report and a log
 * that record what the operation told them. (The e2e tests run the same paths through the bundle.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import type { EnvEntry } from '../../src/env/entry.js'
import type { Logger } from '../../src/core/log.js'
import { createOperation } from '../../src/operations/create.js'
import type { CreateDeps, RunReport, SyncEnvDeps } from '../../src/operations/deps.js'
import { syncEnvOperation } from '../../src/operations/sync-env.js'
import type { TenantFacts } from '../../src/operations/outcome.js'
import type { CreateSettings, SyncEnvSettings } from '../../src/operations/settings.js'
import { CloudEmulator } from '../emulator/emulator.js'

let emulator: CloudEmulator

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(async () => {
  await emulator.reset()
})

class RecordingReport implements RunReport {
  facts: TenantFacts = {}
  hash?: string
  adminSecret?: string
  setTenant(facts: TenantFacts): void {
    this.facts = { ...this.facts, ...Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) }
  }
  setHash(hash: string): void {
    this.hash = hash
  }
  setAdminSecret(secret: string | undefined): void {
    this.adminSecret = secret
  }
  setDatabases(): void {}
  setMigrationsApplied(): void {}
  setSeedsApplied(): void {}
  setExpiresAt(): void {}
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => void lines.push(`info: ${message}`),
    warning: (message) => void lines.push(`warning: ${message}`),
    error: (message) => void lines.push(`error: ${message}`),
    mask: () => {}
  }
}

const common = () => ({
  pat: emulator.pat,
  apiEndpoint: emulator.url,
  dryRun: false,
  workspace: '/nonexistent',
  environment: {},
  githubToken: '',
  comment: false,
  databaseUrlEnv: 'PG_DATABASE_URL',
  prune: false,
  keepKeys: ['HASURA_GRAPHQL_ADMIN_SECRET'],
  wait: false,
  waitTimeoutSeconds: 10,
  migrationTimeoutSeconds: 1800
})

function deps(
  settings: CreateSettings,
  entries?: EnvEntry[]
): { deps: CreateDeps; report: RecordingReport; log: ReturnType<typeof recordingLog> }
function deps(
  settings: SyncEnvSettings,
  entries?: EnvEntry[]
): { deps: SyncEnvDeps; report: RecordingReport; log: ReturnType<typeof recordingLog> }
function deps(settings: CreateSettings | SyncEnvSettings, entries?: EnvEntry[]) {
  const report = new RecordingReport()
  const log = recordingLog()
  const cloud = new CloudClient({
    endpoint: emulator.url,
    pat: emulator.pat,
    policy: { budgetMs: 10_000, baseDelayMs: 1, maxDelayMs: 2 }
  })
  const common = { cloud, report, log, entries, now: () => new Date(), waits: {}, engine: {} }
  const all: CreateDeps | SyncEnvDeps =
    settings.operation === 'create'
      ? { ...common, operation: 'create', settings }
      : { ...common, operation: 'sync-env', settings }
  return { deps: all, report, log }
}

const entry = (key: string, value: string | null, line = 1): EnvEntry => ({ key, value, line, literal: true })

describe('create, in process', () => {
  const settings = (): CreateSettings => ({
    ...common(),
    operation: 'create',
    cloud: 'aws',
    region: 'us-east-2',
    resetDatabase: false,
    seeds: false,
    name: 'shop-preview',
    operations: [],
    failOnBreaking: false,
    approveLabel: 'approved-breaking-change'
  })

  it('adopts the one project a lost create made, and tells the report its facts as soon as they are known', async () => {
    emulator.seedTenant({ name: 'older' })
    emulator.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    const run = deps(settings(), [entry('LOG_LEVEL', 'info')])
    const outcome = await createOperation(run.deps)
    const created = emulator.tenants().find((tenant) => tenant.name !== 'older')!
    expect(outcome).toMatchObject({ result: 'created', changed: true })
    expect(run.report.facts).toMatchObject({ tenantId: created.id, name: 'shop-preview', projectId: created.projectId })
    expect(run.report.hash).toBe(created.hash)
    expect(run.report.adminSecret).toBe(created.env.HASURA_GRAPHQL_ADMIN_SECRET)
    expect(created.env.LOG_LEVEL).toBe('info')
    expect(run.log.lines.filter((line) => line.startsWith('warning'))).toEqual([
      expect.stringMatching(/createTenant failed .* Looking for a tenant it may have made/),
      expect.stringMatching(new RegExp(`Tenant ${created.id} .* adopting it`))
    ])
  })

  it('does not adopt the one new project when it already carries a preview marker: another run made it', async () => {
    let other = ''
    emulator.inject({
      field: 'createTenant',
      fault: {
        kind: 'meanwhile',
        run: () => void (other = emulator.seedTenant({ envs: { TENANT_ACTION_PREVIEW: 'acme/shop#9' } }).id)
      }
    })
    // The server fails without making anything: the only new project is the other run's.
    emulator.inject({ field: 'createTenant', fault: { kind: 'server-error' } })
    const run = deps(settings())
    await expect(createOperation(run.deps)).rejects.toThrow(new RegExp(`A tenant may have been created .*${other}`))
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([other])
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(0)
    expect(emulator.callsTo('update_projects_by_pk')).toHaveLength(0)
  })
})

describe('sync-env, in process', () => {
  it('a concurrent writer between the read and the write: re-read, re-planned, its key kept, ours written once', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'old' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'concurrent-write', envs: { OTHER: 'theirs' } } })
    const settings: SyncEnvSettings = { ...common(), operation: 'sync-env', tenantId: tenant.id, envFile: '.env' }
    const run = deps(settings, [entry('A', 'new')])
    const outcome = await syncEnvOperation(run.deps)
    expect(outcome).toEqual({ result: 'updated', changed: true, changes: [{ key: 'A', change: 'changed' }] })
    expect(emulator.tenant(tenant.id)!.env).toMatchObject({ A: 'new', OTHER: 'theirs' })
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(2)
    expect(run.report.hash).toBe(emulator.tenant(tenant.id)!.hash)
    expect(run.log.lines).toContainEqual(
      expect.stringMatching(/^warning: An env write was not confirmed .* planning again/)
    )
  })

  it('an answer lost after the write went through: the re-read shows it done, counted as ours, nothing sent twice', async () => {
    const tenant = emulator.seedTenant({ envs: { A: 'old' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'drop-after' } })
    const settings: SyncEnvSettings = { ...common(), operation: 'sync-env', tenantId: tenant.id, envFile: '.env' }
    const run = deps(settings, [entry('A', 'new')])
    const outcome = await syncEnvOperation(run.deps)
    expect(outcome).toMatchObject({ result: 'updated', changed: true, changes: [{ key: 'A', change: 'changed' }] })
    expect(emulator.tenant(tenant.id)!.env.A).toBe('new')
    // The retry met the new hash (refused), the re-read found the value: no third write, no "nothing changed" refusal.
    expect(emulator.callsTo('updateTenantEnv').length).toBeLessThanOrEqual(2)
  })
})
