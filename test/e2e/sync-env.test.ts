/**
 * sync-env end to end: the bundle against the live-API emulator, for what only the runner shows: the outputs and the
 * summary's table of one sync, a dry run's summary, and the `::add-mask::` lines that come before anything a secret
 * could appear in. Every other promise of sync-env runs in process: test/integration/sync-env.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator, type Tenant } from '../emulator/emulator.js'
import { runAction, type RunOptions, type RunResult } from './harness.js'

let emulator: CloudEmulator
const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => emulator.reset())

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

/** sync-env of `file` (its name says the format) into a tenant. */
async function sync(
  tenant: Tenant | string,
  file: string,
  text: string,
  more: Partial<Omit<RunOptions, 'inputs' | 'files'>> & { inputs?: Record<string, string> } = {}
): Promise<RunResult> {
  const tenantId = typeof tenant === 'string' ? tenant : tenant.id
  const run = await runAction({
    ...more,
    inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenantId, 'env-file': file, ...more.inputs },
    files: { [file]: text },
    emulator
  })
  // The live API refuses a write that changes nothing: the action plans so that it never sends one.
  expect(run.stdout).not.toContain('nothing changed in config')
  return run
}

const updates = () => emulator.callsTo('updateTenantEnv')
const deletes = () => emulator.callsTo('deleteTenantEnv')
const writes = () => updates().length + deletes().length

/** The env the emulator holds, without the server-set admin secret. */
function envOf(tenant: Tenant): Record<string, string> {
  const { [ADMIN_SECRET]: _secret, ...rest } = emulator.tenant(tenant.id)!.env
  return rest
}

/** The summary's `| `KEY` | change |` rows. */
function summaryChanges(run: RunResult): Record<string, string> {
  const rows: Record<string, string> = {}
  for (const match of run.summary.matchAll(/^\| `([A-Za-z_][A-Za-z0-9_]*)` \| (added|changed|removed) \|$/gm)) {
    rows[match[1]!] = match[2]!
  }
  return rows
}

/** What the run registered with the runner as secrets (`::add-mask::<value>`), in order. */
function masked(run: RunResult): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length))
}

/** The log without the `::add-mask::` lines: what a reader of the job log sees. */
function visibleLog(run: RunResult): string[] {
  return run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
}

const JWT = { type: 'HS256', key: 'jwt-signing-key-0123456789abcdef0123' }
const FOUR_TYPES_YAML = [
  'PLAIN: plain',
  'PORT: 8080',
  'DEV_MODE: true',
  'JWT_SECRET:',
  `  type: ${JWT.type}`,
  `  key: ${JWT.key}`,
  ''
].join('\n')

describe('1. a YAML file with a string, a number, a boolean and a mapping', () => {
  it('stored as text in exactly 1 write, keys not in the file untouched', async () => {
    const tenant = emulator.seedTenant({ envs: { PLAIN: 'old-plain-value', UNTOUCHED: 'untouched-value-42' } })
    const adminSecret = tenant.env[ADMIN_SECRET]
    const run = await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({
      PLAIN: 'plain',
      PORT: '8080',
      DEV_MODE: 'true',
      JWT_SECRET: JSON.stringify(JWT),
      UNTOUCHED: 'untouched-value-42'
    })
    expect(emulator.tenant(tenant.id)!.env[ADMIN_SECRET]).toBe(adminSecret)
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', 'tenant-id': tenant.id })
    expect(run.outputs.hash).toBe(emulator.tenant(tenant.id)!.hash)
    expect(run.outputs.hash).not.toBe(tenant.hash)
    expect(writes()).toBe(1)
    expect(updates()).toHaveLength(1)
    expect(emulator.calls.some((call) => call.fault)).toBe(false)
    expect(run.outputs['admin-secret']).toBe(adminSecret)
    expect(summaryChanges(run)).toEqual({ PORT: 'added', DEV_MODE: 'added', JWT_SECRET: 'added', PLAIN: 'changed' })
    // An env change restarts the project: the step waited for /healthz.
    expect(emulator.healthChecks(tenant.id)).toBeGreaterThanOrEqual(1)
  })
})

describe('7. dry-run', () => {
  it('writes nothing and lists every key that would change in the summary', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        CHANGE_ME: 'change-me-old-1',
        SAME: 'same-value-0001',
        DROP_ME: 'drop-me-value-1',
        STALE: 'stale-value-0001'
      }
    })
    const run = await sync(
      tenant,
      'env.yaml',
      'ADD_ME: add-me-value-01\nCHANGE_ME: change-me-new-1\nSAME: same-value-0001\nDROP_ME: null\n',
      { inputs: { 'dry-run': 'true', prune: 'true' } }
    )

    expect(run.code).toBe(0)
    expect(writes()).toBe(0)
    expect(emulator.calls).toHaveLength(1)
    expect(emulator.tenant(tenant.id)!.env).toEqual(tenant.env)
    expect(emulator.tenant(tenant.id)!.hash).toBe(tenant.hash)
    expect(run.outputs).toMatchObject({ result: 'planned', changed: 'true', hash: tenant.hash })
    expect(run.summary).toContain('dry run, nothing written')
    expect(summaryChanges(run)).toEqual({ ADD_ME: 'added', CHANGE_ME: 'changed', DROP_ME: 'removed', STALE: 'removed' })
    expect(run.summary).not.toContain('`SAME`')
    expect(emulator.healthChecks(tenant.id)).toBe(0)
  })
})

describe('only values that are not in the repository are registered as secrets', () => {
  const TOKEN = 'interp-token-7Hq2Zk9W'
  const DATABASE_PASSWORD = 'Db-pass-5Tq8Wz'
  const DATABASE_URL = `postgres://shop:${DATABASE_PASSWORD}@db.example.com:5432/shop`
  // Literal values: in the repository already. Masking `info` or `1000` job-wide would garble every later log line.
  const LITERALS = ['info', '1000', 'plain-literal-value', 'wxyz', 'multi-first-line', 'multi-second-line']
  const FILE = [
    'LOG_LEVEL=info',
    'PAGE_SIZE=1000',
    'PLAIN=plain-literal-value',
    'FOUR=wxyz',
    'SHORT=q7Z',
    'FLAG=true',
    'WITH_TOKEN=Bearer ${TOKEN}',
    'MULTI="multi-first-line\\nmulti-second-line"',
    ''
  ].join('\n')
  const run = (tenant: Tenant): Promise<RunResult> =>
    sync(tenant, '.env', FILE, {
      env: { TOKEN },
      inputs: { 'database-url': DATABASE_URL },
      secrets: [TOKEN, DATABASE_PASSWORD, 'plain-literal-value']
    })

  /** The index of the first `::add-mask::<value>` line; -1 if there is none. */
  const maskLine = (lines: string[], value: string): number => lines.indexOf(`::add-mask::${value}`)

  it('interpolated values, the database URL and tenant values get ::add-mask:: before any line could show them; literals none', async () => {
    const tenant = emulator.seedTenant({ envs: { EXISTING: 'tenant-held-value-77', PLAIN: 'old-plain-value-1' } })
    const first = await run(tenant)

    expect(first.code).toBe(0)
    const masks = masked(first)
    for (const literal of LITERALS) {
      expect(masks).not.toContain(literal)
      if (literal.length >= 8) expect(masks.filter((mask) => mask.includes(literal))).toEqual([])
    }
    const lines = first.stdout.split('\n')
    // Interpolated values and the database URL are known before the first API call, and masked before any line.
    const firstLine = lines.findIndex((line) => !line.startsWith('::add-mask::'))
    for (const secret of [`Bearer ${TOKEN}`, DATABASE_URL, DATABASE_PASSWORD]) {
      expect(maskLine(lines, secret)).toBeGreaterThanOrEqual(0)
      expect(maskLine(lines, secret)).toBeLessThan(firstLine)
    }
    // Tenant values the file does not set literally (an old value of PLAIN among them): masked as they are read,
    // before the plan is logged.
    const plan = lines.findIndex((line) => line.startsWith('Env plan:'))
    expect(plan).toBeGreaterThan(0)
    for (const secret of ['tenant-held-value-77', 'old-plain-value-1', tenant.env[ADMIN_SECRET]!]) {
      expect(maskLine(lines, secret)).toBeGreaterThanOrEqual(0)
      expect(maskLine(lines, secret)).toBeLessThan(plan)
    }
    // Short values and true/false are never registered; and no value at all is printed, summarised or output.
    expect(masks).not.toContain('q7Z')
    expect(masks).not.toContain('true')
    const shown = visibleLog(first).join('\n')
    for (const value of ['wxyz', 'q7Z', 'plain-literal-value', 'multi-first-line', 'Bearer']) {
      expect(shown).not.toContain(value)
      expect(first.summary).not.toContain(value)
      for (const [name, output] of Object.entries(first.outputs))
        if (name !== 'admin-secret') expect(output).not.toContain(value)
    }
    // Keys are what the log and the summary name.
    expect(first.stdout).toMatch(/LOG_LEVEL \(added\)/)
    expect(summaryChanges(first)).toMatchObject({
      LOG_LEVEL: 'added',
      PAGE_SIZE: 'added',
      PLAIN: 'changed',
      PG_DATABASE_URL: 'added'
    })
  })
})
