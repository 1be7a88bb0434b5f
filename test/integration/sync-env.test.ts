/**
 * sync-env in process (see harness.ts) against the live-API emulator (envVars nested by default, refusals with code
 * `unexpected`, a write that changes nothing refused with `nothing changed in config`). The sync's promises are the
 * numbered describes; prune and HASURA_* keys, what is masked, and database-url follow. (test/e2e/sync-env.test.ts
 * runs the bundle for one sync, a dry run and what it masks.)
 */
import { describe, expect, it } from '@jest/globals'
import {
  ADMIN_SECRET,
  envOf as envIn,
  FOUR_TYPES_YAML,
  MASKING,
  syncEnvCases,
  syncMasking,
  syncWith,
  type SyncOptions
} from '../cases/sync-env.js'
import type { EnvShape, Tenant } from '../emulator/emulator.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { annotations, changesOf, errors, inProcess, runOperation, warnings, type OperationRun } from './harness.js'

const MARKER_KEY = 'TENANT_ACTION_PREVIEW'
const MISSING_TENANT = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
/** The live API's shape first: `{"environment": {...}}`; older clients saw the flat map. */
const SHAPES: EnvShape[] = ['nested', 'flat']

const emulator = cloudEmulator()
const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

syncEnvCases(inProcess, emulator, SHAPES)

/** sync-env of `file` (its name says the format) into a tenant. */
const sync = (tenant: Tenant | string, file: string, text: string, more: SyncOptions = {}): Promise<OperationRun> =>
  syncWith(runOperation, emulator, tenant, file, text, more)

const updates = () => emulator.callsTo('updateTenantEnv')
const deletes = () => emulator.callsTo('deleteTenantEnv')
const writes = () => updates().length + deletes().length
const envOf = (tenant: Tenant) => envIn(emulator, tenant)

describe('2. the same file again', () => {
  it.each(SHAPES)('envVars %s: exactly 1 API call, unchanged, no write, no health wait', async (shape) => {
    emulator.envShape = shape
    const tenant = emulator.seedTenant({ envs: { UNTOUCHED: 'untouched-value-42' } })
    const first = await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)
    expect(first.outputs.result).toBe('updated')
    const callsBefore = emulator.calls.length
    const healthBefore = emulator.healthChecks(tenant.id)
    const hashBefore = emulator.tenant(tenant.id)!.hash

    const run = await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)

    expect(run.code).toBe(0)
    expect(emulator.calls.length - callsBefore).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false', hash: hashBefore })
    expect(emulator.tenant(tenant.id)!.hash).toBe(hashBefore)
    expect(writes()).toBe(1)
    expect(emulator.healthChecks(tenant.id)).toBe(healthBefore)
    expect(changesOf(run)).toEqual({})
  })
})

describe('3. dotenv files', () => {
  it('stores export, quotes, \\n escapes, trailing comments and ${VAR} exactly', async () => {
    const token = 'tok-live-9f8e7d6c5b4a3210'
    const dbPassword = 'db-pw-Qx7Lm2Np9Rs4'
    const text = [
      '# settings for the shop tenant',
      '',
      'export EXPORTED=exported-value-001',
      'DOUBLE="double quoted # not a comment"',
      "SINGLE='single ${NOT_SET_ANYWHERE} stays literal'",
      'MULTI="first line\\nsecond line"',
      'TRAILING=trailing-value-002   # a trailing comment',
      '   ',
      'EQUALS=key=value=more',
      'FROM_ENV=prefix-${API_TOKEN}-suffix',
      'QUOTED_ENV="postgres://shop:${DB_PASSWORD}@db.example.com/shop"',
      'EMPTY=',
      ''
    ].join('\r\n')
    const tenant = emulator.seedTenant()
    const run = await sync(tenant, '.env.production', text, {
      env: { API_TOKEN: token, DB_PASSWORD: dbPassword },
      secrets: [token, dbPassword]
    })

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({
      EXPORTED: 'exported-value-001',
      DOUBLE: 'double quoted # not a comment',
      SINGLE: 'single ${NOT_SET_ANYWHERE} stays literal',
      MULTI: 'first line\nsecond line',
      TRAILING: 'trailing-value-002',
      EQUALS: 'key=value=more',
      FROM_ENV: `prefix-${token}-suffix`,
      QUOTED_ENV: `postgres://shop:${dbPassword}@db.example.com/shop`,
      EMPTY: ''
    })
    expect(writes()).toBe(1)
    expect(run.outputs.result).toBe('updated')
  })
})

describe('4. removing keys', () => {
  it.each(SHAPES)(
    'envVars %s: prune removes stale keys in one deleteTenantEnv chained on the update hash, keeping the admin secret',
    async (shape) => {
      emulator.envShape = shape
      const tenant = emulator.seedTenant({
        envs: { KEPT: 'kept-value-12345', STALE_ONE: 'stale-value-one-1', STALE_TWO: 'stale-value-two-2' }
      })
      const run = await sync(tenant, '.env', 'KEPT=kept-value-12345\nNEW_KEY=new-value-67890\n', {
        inputs: { prune: 'true' }
      })

      expect(run.code).toBe(0)
      expect(envOf(tenant)).toEqual({ KEPT: 'kept-value-12345', NEW_KEY: 'new-value-67890' })
      expect(emulator.tenant(tenant.id)!.env[ADMIN_SECRET]).toBe(tenant.env[ADMIN_SECRET])
      expect(updates()).toHaveLength(1)
      expect(deletes()).toHaveLength(1)
      expect(updates()[0]!.variables.envs).toEqual([{ key: 'NEW_KEY', value: 'new-value-67890' }])
      expect(deletes()[0]!.variables.deleteEnvs).toEqual(['STALE_ONE', 'STALE_TWO'])
      // The delete used the hash the update returned, not the one read first.
      expect(updates()[0]!.variables.currentHash).toBe(tenant.hash)
      expect(deletes()[0]!.variables.currentHash).not.toBe(tenant.hash)
      expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
      expect(changesOf(run)).toEqual({ NEW_KEY: 'added', STALE_ONE: 'removed', STALE_TWO: 'removed' })
    }
  )

  it('KEY: null (also ~ and an empty value) removes the key without prune', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        OLD_FEATURE: 'old-feature-flag',
        OLD_TILDE: 'old-tilde-value',
        OLD_EMPTY: 'old-empty-value',
        OTHER: 'other-value-123'
      }
    })
    const run = await sync(tenant, 'env.yml', 'OLD_FEATURE: null\nOLD_TILDE: ~\nOLD_EMPTY:\nNEVER_SET: null\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OTHER: 'other-value-123' })
    expect(updates()).toHaveLength(0)
    expect(deletes()).toHaveLength(1)
    // Only keys that exist are sent: a key that is already absent is no change.
    expect(deletes()[0]!.variables.deleteEnvs).toEqual(['OLD_FEATURE', 'OLD_TILDE', 'OLD_EMPTY'])
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(changesOf(run)).toEqual({ OLD_FEATURE: 'removed', OLD_TILDE: 'removed', OLD_EMPTY: 'removed' })
  })

  it('KEY: null for a key the tenant does not have: no write, unchanged', async () => {
    const tenant = emulator.seedTenant({ envs: { OTHER: 'other-value-123' } })
    const run = await sync(tenant, 'env.yaml', 'NEVER_SET: null\n')

    expect(run.code).toBe(0)
    expect(emulator.calls).toHaveLength(1)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false', hash: tenant.hash })
  })

  it('prune with keep-keys (comma and newline separated) keeps those keys and deletes only', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        LISTED: 'listed-value-001',
        KEEP_ME: 'keep-me-value-01',
        ALSO_KEPT: 'also-kept-value',
        STALE: 'stale-value-0001'
      }
    })
    const run = await sync(tenant, '.env', 'LISTED=listed-value-001\n', {
      inputs: { prune: 'true', 'keep-keys': `${ADMIN_SECRET}, KEEP_ME\nALSO_KEPT` }
    })

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({
      LISTED: 'listed-value-001',
      KEEP_ME: 'keep-me-value-01',
      ALSO_KEPT: 'also-kept-value'
    })
    expect(emulator.tenant(tenant.id)!.env[ADMIN_SECRET]).toBe(tenant.env[ADMIN_SECRET])
    expect(updates()).toHaveLength(0)
    expect(deletes()).toHaveLength(1)
    expect(deletes()[0]!.variables.deleteEnvs).toEqual(['STALE'])
    expect(changesOf(run)).toEqual({ STALE: 'removed' })
  })

  it('prune keeps the admin secret even when keep-keys leaves it out', async () => {
    const tenant = emulator.seedTenant({ envs: { LISTED: 'listed-value-001', STALE: 'stale-value-0001' } })
    const run = await sync(tenant, '.env', 'LISTED=listed-value-001\n', {
      inputs: { prune: 'true', 'keep-keys': 'SOMETHING_ELSE' }
    })

    expect(run.code).toBe(0)
    expect(emulator.tenant(tenant.id)!.env[ADMIN_SECRET]).toBe(tenant.env[ADMIN_SECRET])
    expect(deletes()[0]!.variables.deleteEnvs).toEqual(['STALE'])
  })

  it('prune with nothing stale: no write', async () => {
    const tenant = emulator.seedTenant({ envs: { LISTED: 'listed-value-001' } })
    const run = await sync(tenant, '.env', 'LISTED=listed-value-001\n', { inputs: { prune: 'true' } })

    expect(run.code).toBe(0)
    expect(emulator.calls).toHaveLength(1)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false' })
  })
})

describe('5. a concurrent writer', () => {
  it('changes the tenant between our read and our update: its keys and ours are there, hash is the final one', async () => {
    const tenant = emulator.seedTenant({ envs: { SHARED: 'shared-old-value' } })
    emulator.inject({
      field: 'updateTenantEnv',
      fault: { kind: 'concurrent-write', envs: { THEIRS: 'their-value-0042' } }
    })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\nSHARED=shared-new-value\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042', SHARED: 'shared-new-value', THEIRS: 'their-value-0042' })
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    // The first update was rejected (stale hash); the second went out with the hash read again.
    expect(updates()).toHaveLength(2)
    expect(updates()[1]!.variables.currentHash).not.toBe(updates()[0]!.variables.currentHash)
    expect(warnings(run)).toMatch(/re-reading/)
    expect(warnings(run)).toMatch(/An env write was not confirmed .* planning again/)
    expect(changesOf(run)).toEqual({ OURS: 'added', SHARED: 'changed' })
  })

  it('changes the tenant between our update and our delete: both survive, the removal still happens', async () => {
    const tenant = emulator.seedTenant({ envs: { STALE: 'stale-value-0001' } })
    emulator.inject({
      field: 'deleteTenantEnv',
      fault: { kind: 'concurrent-write', envs: { THEIRS: 'their-value-0042' } }
    })
    const run = await sync(tenant, 'env.yaml', 'OURS: our-value-000042\nSTALE: null\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042', THEIRS: 'their-value-0042' })
    expect(updates()).toHaveLength(1)
    expect(deletes()).toHaveLength(2)
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(changesOf(run)).toEqual({ OURS: 'added', STALE: 'removed' })
  })

  it('writes exactly our values itself: nothing left to write, unchanged', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({
      field: 'updateTenantEnv',
      fault: { kind: 'concurrent-write', envs: { OURS: 'our-value-000042' } }
    })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042' })
    expect(updates()).toHaveLength(1)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false', hash: emulator.tenant(tenant.id)!.hash })
  })

  it('keeps writing: re-planned at most 3 times, then the step fails with the tenant id output', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({
      field: 'updateTenantEnv',
      fault: { kind: 'concurrent-write', envs: { THEIRS: 'their-value-0042' } },
      times: Infinity
    })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\n')

    expect(run.code).toBe(1)
    expect(updates()).toHaveLength(4)
    expect(emulator.tenant(tenant.id)!.env.OURS).toBeUndefined()
    expect(run.outputs['tenant-id']).toBe(tenant.id)
    expect(run.outputs.result).toBeUndefined()
    expect(run.failure).toMatch(/\S/)
    expect(errors(run)).toContain(run.failure)
  })
})

describe('6. transient failures on the write', () => {
  it('a 503: retried with the same hash, applied once, final hash output', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'http', status: 503, retryAfter: '0' } })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042' })
    expect(updates()).toHaveLength(2)
    expect(updates()[0]!.fault).toBe('http')
    expect(updates()[1]!.fault).toBeUndefined()
    expect(updates()[1]!.variables.currentHash).toBe(tenant.hash)
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
  })

  it('a GenericServerError: retried, applied once', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'server-error' } })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042' })
    expect(updates()).toHaveLength(2)
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
  })

  it('an update applied but unanswered (connection dropped): counted as written, waited for, final hash', async () => {
    const tenant = emulator.seedTenant({ envs: { SHARED: 'shared-old-value' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'drop-after' } })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\nSHARED=shared-new-value\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042', SHARED: 'shared-new-value' })
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(changesOf(run)).toEqual({ OURS: 'added', SHARED: 'changed' })
    expect(emulator.healthChecks(tenant.id)).toBeGreaterThanOrEqual(1)
    // The retry met the new hash (refused), the re-read found the value: no third write.
    expect(updates().length).toBeLessThanOrEqual(2)
  })

  it('a delete applied but unanswered: counted as written, final hash', async () => {
    const tenant = emulator.seedTenant({ envs: { STALE: 'stale-value-0001', OTHER: 'other-value-123' } })
    emulator.inject({ field: 'deleteTenantEnv', fault: { kind: 'drop-after' } })
    const run = await sync(tenant, 'env.yaml', 'STALE: null\n')

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OTHER: 'other-value-123' })
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(changesOf(run)).toEqual({ STALE: 'removed' })
  })

  it('an update applied but unanswered, whose resend is refused with "nothing changed in config": still updated', async () => {
    // Which check the live API makes first on the resend, the stale hash or the no-op, is unknown: here the no-op.
    const tenant = emulator.seedTenant({ envs: { SHARED: 'shared-old-value' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'drop-after' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'refuse', message: 'nothing changed in config' } })
    const run = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env' },
      files: { '.env': 'OURS=our-value-000042\nSHARED=shared-new-value\n' },
      emulator
    })

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042', SHARED: 'shared-new-value' })
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(changesOf(run)).toEqual({ OURS: 'added', SHARED: 'changed' })
    // Re-read and found done: no third write.
    expect(updates().filter((call) => !call.fault)).toHaveLength(0)
    expect(emulator.healthChecks(tenant.id)).toBeGreaterThanOrEqual(1)
  })
})

describe('7. dry-run', () => {
  it('with nothing to change: planned, changed=false', async () => {
    const tenant = emulator.seedTenant({ envs: { SAME: 'same-value-0001' } })
    const run = await sync(tenant, '.env', 'SAME=same-value-0001\n', { inputs: { 'dry-run': 'true' } })

    expect(run.code).toBe(0)
    expect(writes()).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'planned', changed: 'false', hash: tenant.hash })
    expect(changesOf(run)).toEqual({})
  })
})

describe('8. envVars as a flat map and as {"environment": {...}}', () => {
  // Points 1, 2 and 4 run in both shapes above; here one tenant answers in one shape, then in the other.
  it.each<[EnvShape, EnvShape]>([
    ['nested', 'flat'],
    ['flat', 'nested']
  ])('written while the API answered %s, read back %s: unchanged, 1 API call', async (first, second) => {
    emulator.envShape = first
    const tenant = emulator.seedTenant({ envs: { UNTOUCHED: 'untouched-value-42' } })
    expect((await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)).outputs.result).toBe('updated')
    emulator.envShape = second
    const callsBefore = emulator.calls.length

    const run = await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false', hash: emulator.tenant(tenant.id)!.hash })
    expect(run.outputs['admin-secret']).toBe(tenant.env[ADMIN_SECRET])
    expect(emulator.calls.length - callsBefore).toBe(1)
  })

  it('a flat map with a key named "environment" is read as the flat map it is', async () => {
    emulator.envShape = 'flat'
    const tenant = emulator.seedTenant({ envs: { environment: 'production-stage', REGION: 'eu-central-1x' } })
    const run = await sync(tenant, 'env.yaml', 'environment: production-stage\nREGION: eu-central-1x\nNEW_KEY: new-1\n')

    expect(run.code).toBe(0)
    expect(updates()).toHaveLength(1)
    expect(updates()[0]!.variables.envs).toEqual([{ key: 'NEW_KEY', value: 'new-1' }])
    expect(changesOf(run)).toEqual({ NEW_KEY: 'added' })
    expect(run.outputs['admin-secret']).toBe(tenant.env[ADMIN_SECRET])
  })
})

describe('9. env file errors: an annotation at file and line, exit 1, zero API calls', () => {
  const cases: [string, string, string, number, RegExp][] = [
    ['an invalid key', 'cfg/env.yaml', 'GOOD: good-value-001\nbad-key: 2\n', 2, /"bad-key" is not a valid key/],
    ['a YAML syntax error', 'cfg/env.yaml', 'A: ok\nTOKEN: secret-in-broken-line-123: y\n', 2, /invalid YAML/],
    ['a YAML list', 'cfg/env.yaml', '- A\n- B\n', 1, /must be a YAML mapping.*a list/],
    ['a duplicate YAML key', 'cfg/env.yaml', 'A: 1\nB: 2\nA: 3\n', 3, /A is defined twice: first on line 1/],
    ['a duplicate dotenv key', 'cfg/.env', 'A=1\nB=2\nA=3\n', 3, /A is defined twice: first on line 1/],
    ['a malformed dotenv line', 'cfg/.env', 'A=1\nthis is not an assignment\n', 2, /not KEY=value/],
    ['an invalid dotenv key', 'cfg/.env', 'A=1\n\n1BAD=x\n', 3, /"1BAD" is not a valid key/],
    ['an unclosed dotenv quote', 'cfg/.env', 'A=1\nB="never closed\nC=3\n', 2, /never closed/],
    [
      "the action's own preview marker key",
      'cfg/env.yaml',
      `A: 1\n${MARKER_KEY}: acme/shop#7\n`,
      2,
      /written by the action/
    ]
  ]
  it.each(cases)('%s', async (_, file, text, line, message) => {
    const tenant = emulator.seedTenant({ envs: { EXISTING: 'existing-value-1' } })
    const run = await sync(tenant, file, text, { secrets: ['secret-in-broken-line-123'] })

    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    const located = annotations(run)
    expect(located).toHaveLength(1)
    expect(located[0]).toMatchObject({ file, line })
    expect(located[0]!.message).toMatch(message)
    expect(emulator.tenant(tenant.id)!.env).toEqual(tenant.env)
  })

  it('a file that does not exist: exit 1 naming input "env-file" and the path, zero API calls', async () => {
    const tenant = emulator.seedTenant()
    const run = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'cfg/missing.env' },
      emulator
    })

    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    expect(errors(run)).toMatch(/"env-file".*cfg\/missing\.env does not exist/)
  })

  it('create with a bad env file creates nothing', async () => {
    const run = await runOperation({
      inputs: { ...base(), operation: 'create', name: 'shop-bad-env', 'env-file': 'cfg/env.yaml' },
      files: { 'cfg/env.yaml': 'GOOD: 1\nbad-key: 2\n' },
      emulator
    })

    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    expect(emulator.tenants()).toHaveLength(0)
    expect(annotations(run)[0]).toMatchObject({ file: 'cfg/env.yaml', line: 2 })
  })
})

describe('10. a large file', () => {
  // The plan's work grows with the keys, not their square: counted in test/unit/plan.test.ts.
  it('2,000 keys: one write', async () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `KEY_${String(i).padStart(4, '0')}`)
    const value = (key: string) => `value-of-${key.toLowerCase()}-x9`
    const tenant = emulator.seedTenant()
    const run = await sync(tenant, '.env', keys.map((key) => `${key}=${value(key)}`).join('\n') + '\n')

    expect(run.code).toBe(0)
    expect(writes()).toBe(1)
    expect(emulator.calls).toHaveLength(2)
    expect(updates()[0]!.variables.envs).toHaveLength(2000)
    expect(envOf(tenant)).toEqual(Object.fromEntries(keys.map((key) => [key, value(key)])))
    expect(Object.keys(changesOf(run))).toHaveLength(2000)
    expect(run.outputs).toMatchObject({ result: 'updated', hash: emulator.tenant(tenant.id)!.hash })
  })
})

describe('create with env-file', () => {
  it('applies the file after the tenant exists, through updateTenantEnv, never createTenant envs', async () => {
    const apiKey = 'api-key-c0ffee-5678-beef'
    const run = await runOperation({
      inputs: { ...base(), operation: 'create', name: 'shop-with-env', 'env-file': 'cfg/env.yaml' },
      files: { 'cfg/env.yaml': 'API_KEY: ${API_KEY}\nMODE: preview\nPORT: 8080\n' },
      env: { API_KEY: apiKey },
      secrets: [apiKey],
      emulator
    })

    expect(run.code).toBe(0)
    const [tenant] = emulator.tenants()
    expect(emulator.tenants()).toHaveLength(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.callsTo('createTenant')[0]!.variables).not.toHaveProperty('envs')
    // The live API has no databaseUrl argument and ignores a name: the project is renamed after the create.
    expect(emulator.callsTo('createTenant')[0]!.query).not.toMatch(/databaseUrl|envs:/)
    expect(tenant!.name).toBe('shop-with-env')
    expect(updates()).toHaveLength(1)
    expect(updates()[0]!.variables.envs).toEqual([
      { key: 'API_KEY', value: apiKey },
      { key: 'MODE', value: 'preview' },
      { key: 'PORT', value: '8080' }
    ])
    expect(envOf(tenant!)).toEqual({ API_KEY: apiKey, MODE: 'preview', PORT: '8080' })
    expect(tenant!.env[ADMIN_SECRET]).toMatch(/.{8,}/)
    expect(run.outputs).toMatchObject({
      result: 'created',
      changed: 'true',
      'tenant-id': tenant!.id,
      hash: tenant!.hash
    })
    expect(changesOf(run)).toEqual({ API_KEY: 'added', MODE: 'added', PORT: 'added' })
  })
})

describe('prune never deletes HASURA_* keys the file does not name', () => {
  it('HASURA_* keys and the preview marker stay; only the stale key of our own goes', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"server-side-jwt-key-0123456789abcdef"}',
        HASURA_GRAPHQL_CORS_DOMAIN: 'https://*.shop.example',
        HASURA_GRAPHQL_ENABLE_CONSOLE: 'true',
        [MARKER_KEY]: 'acme/shop#7',
        LISTED: 'listed-value-001',
        STALE: 'stale-value-0001'
      }
    })
    const run = await sync(tenant, '.env', 'LISTED=listed-value-001\n', { inputs: { prune: 'true' } })

    expect(run.code).toBe(0)
    expect(deletes()).toHaveLength(1)
    expect(deletes()[0]!.variables.deleteEnvs).toEqual(['STALE'])
    expect(updates()).toHaveLength(0)
    const { STALE: _stale, ...kept } = tenant.env
    expect(emulator.tenant(tenant.id)!.env).toEqual(kept)
    expect(changesOf(run)).toEqual({ STALE: 'removed' })
  })

  it('with only HASURA_* keys and the marker beside the file: nothing to prune, no write', async () => {
    const tenant = emulator.seedTenant({
      envs: { HASURA_GRAPHQL_CORS_DOMAIN: 'https://*.shop.example', [MARKER_KEY]: 'acme/shop#7', LISTED: 'listed-1' }
    })
    const run = await sync(tenant, '.env', 'LISTED=listed-1\n', { inputs: { prune: 'true', 'keep-keys': 'OTHER' } })

    expect(run.code).toBe(0)
    expect(writes()).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false' })
  })

  it('a HASURA_* key the file names is synced like any other: changed, or removed by null', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        HASURA_GRAPHQL_CORS_DOMAIN: 'https://old.shop.example',
        HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"old-jwt-key-0123456789abcdef0123"}'
      }
    })
    const run = await sync(
      tenant,
      'env.yaml',
      'HASURA_GRAPHQL_CORS_DOMAIN: https://new.shop.example\nHASURA_GRAPHQL_JWT_SECRET: null\n',
      { inputs: { prune: 'true' } }
    )

    expect(run.code).toBe(0)
    expect(envOf(tenant)).toEqual({ HASURA_GRAPHQL_CORS_DOMAIN: 'https://new.shop.example' })
    expect(emulator.tenant(tenant.id)!.env[ADMIN_SECRET]).toBe(tenant.env[ADMIN_SECRET])
    expect(changesOf(run)).toEqual({ HASURA_GRAPHQL_CORS_DOMAIN: 'changed', HASURA_GRAPHQL_JWT_SECRET: 'removed' })
  })
})

describe('only values that are not in the repository are registered as secrets', () => {
  const { TOKEN, DATABASE_URL, LITERALS } = MASKING
  const run = (tenant: Tenant): Promise<OperationRun> => syncMasking(runOperation, emulator, tenant)

  it('literal values read back from the tenant on the next run are still not masked; the others still are', async () => {
    const tenant = emulator.seedTenant({ envs: { EXISTING: 'tenant-held-value-77' } })
    expect((await run(tenant)).code).toBe(0)
    expect(emulator.tenant(tenant.id)!.env).toMatchObject({ LOG_LEVEL: 'info', PAGE_SIZE: '1000' })

    const again = await run(tenant)

    expect(again.code).toBe(0)
    expect(again.outputs.result).toBe('unchanged')
    const masks = again.masks
    for (const literal of LITERALS) expect(masks).not.toContain(literal)
    for (const secret of [`Bearer ${TOKEN}`, DATABASE_URL, 'tenant-held-value-77', tenant.env[ADMIN_SECRET]!]) {
      expect(masks).toContain(secret)
    }
  })

  it('YAML numbers, booleans and mappings written in the file are literal; a mapping with ${NAME} in it is not', async () => {
    const key = 'jwt-key-from-secret-0123456789ab'
    const tenant = emulator.seedTenant()
    const yaml = [
      'PAGE_SIZE: 1000',
      'PORT: 8080',
      'CORS: {origin: "https://shop.example"}',
      'JWT:',
      '  type: HS256',
      '  key: ${JWT_KEY}',
      ''
    ].join('\n')
    const done = await sync(tenant, 'env.yaml', yaml, { env: { JWT_KEY: key }, secrets: [key] })

    expect(done.code).toBe(0)
    const masks = done.masks
    for (const literal of ['1000', '8080', JSON.stringify({ origin: 'https://shop.example' })]) {
      expect(masks).not.toContain(literal)
    }
    expect(masks).toContain(JSON.stringify({ type: 'HS256', key }))
  })
})

describe('database-url on sync-env', () => {
  const DATABASE_URL = 'postgres://shop:Db-pass-5Tq8Wz@db.example.com:5432/shop'

  it('is written as PG_DATABASE_URL in the same single write as the file keys, and kept by prune', async () => {
    const tenant = emulator.seedTenant({ envs: { STALE: 'stale-value-0001' } })
    const run = await sync(tenant, 'env.yaml', 'LOG_LEVEL: info\nPAGE_SIZE: 1000\n', {
      inputs: { 'database-url': DATABASE_URL, prune: 'true' }
    })

    expect(run.code).toBe(0)
    expect(updates()).toHaveLength(1)
    expect(updates()[0]!.variables.envs).toEqual([
      { key: 'LOG_LEVEL', value: 'info' },
      { key: 'PAGE_SIZE', value: '1000' },
      { key: 'PG_DATABASE_URL', value: DATABASE_URL }
    ])
    expect(deletes()[0]!.variables.deleteEnvs).toEqual(['STALE'])
    expect(envOf(tenant)).toEqual({ LOG_LEVEL: 'info', PAGE_SIZE: '1000', PG_DATABASE_URL: DATABASE_URL })
    expect(changesOf(run)).toEqual({
      LOG_LEVEL: 'added',
      PAGE_SIZE: 'added',
      PG_DATABASE_URL: 'added',
      STALE: 'removed'
    })
    expect(run.masks).toContain(DATABASE_URL)
  })

  it('under the key database-url-env names', async () => {
    const tenant = emulator.seedTenant()
    const run = await sync(tenant, '.env', 'LOG_LEVEL=info\n', {
      inputs: { 'database-url': DATABASE_URL, 'database-url-env': 'SHOP_DB_URL' }
    })

    expect(run.code).toBe(0)
    expect(updates()).toHaveLength(1)
    expect(envOf(tenant)).toEqual({ LOG_LEVEL: 'info', SHOP_DB_URL: DATABASE_URL })
  })

  it('without an env file: one write of that key, then unchanged on the next run', async () => {
    const tenant = emulator.seedTenant({ envs: { OTHER: 'other-value-123' } })
    const syncDatabase = () =>
      runOperation({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'database-url': DATABASE_URL },
        emulator
      })
    const first = await syncDatabase()
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({ result: 'updated', changed: 'true' })
    expect(updates()[0]!.variables.envs).toEqual([{ key: 'PG_DATABASE_URL', value: DATABASE_URL }])
    expect(envOf(tenant)).toEqual({ OTHER: 'other-value-123', PG_DATABASE_URL: DATABASE_URL })

    const again = await syncDatabase()
    expect(again.code).toBe(0)
    expect(again.outputs).toMatchObject({ result: 'unchanged', changed: 'false' })
    expect(writes()).toBe(1)
  })

  it('an env file that sets the same key: an annotation at its line, zero API calls', async () => {
    const tenant = emulator.seedTenant()
    const run = await sync(tenant, 'env.yaml', 'LOG_LEVEL: info\nPG_DATABASE_URL: postgres://other/db\n', {
      inputs: { 'database-url': DATABASE_URL }
    })

    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    const located = annotations(run)
    expect(located).toHaveLength(1)
    expect(located[0]).toMatchObject({ file: 'env.yaml', line: 2 })
    expect(located[0]!.message).toMatch(/database-url-env/)
  })
})

describe('refusals (code unexpected)', () => {
  it('a refused write is not retried blindly: the env is read again, re-planned, and written once more', async () => {
    const tenant = emulator.seedTenant({ envs: { SHARED: 'shared-old-value' } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'refuse', message: 'config is being updated' } })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\nSHARED=shared-new-value\n')

    expect(run.code).toBe(0)
    expect(emulator.calls.map((call) => call.fields.join('+'))).toEqual([
      'tenant_by_pk+getTenantEnv',
      'updateTenantEnv',
      'getTenantEnv',
      'updateTenantEnv'
    ])
    expect(envOf(tenant)).toEqual({ OURS: 'our-value-000042', SHARED: 'shared-new-value' })
    expect(run.outputs).toMatchObject({ result: 'updated', changed: 'true', hash: emulator.tenant(tenant.id)!.hash })
    expect(warnings(run)).toMatch(/config is being updated.*re-reading/)
  })

  it('a refused read fails the step with the server message, without retries', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'getTenantEnv', fault: { kind: 'refuse', message: 'tenant is being migrated' } })
    const run = await sync(tenant, '.env', 'OURS=our-value-000042\n')

    expect(run.code).toBe(1)
    expect(errors(run)).toMatch(/tenant is being migrated/)
    // The read, then tenant_by_pk asked whether the tenant exists (it does): no retry of the read, no write.
    expect(emulator.calls.map((call) => call.fields.join('+'))).toEqual(['tenant_by_pk+getTenantEnv', 'tenant_by_pk'])
    expect(writes()).toBe(0)
  })
})

describe('odd keys and tenants', () => {
  it('a key named __proto__ is an ordinary key: synced, then unchanged', async () => {
    const tenant = emulator.seedTenant()
    const first = await sync(tenant, 'env.yaml', '__proto__: proto-value-0001\nconstructor: ctor-value-0001\n')
    expect(first.code).toBe(0)
    expect(emulator.tenant(tenant.id)!.env).toMatchObject({
      ['__proto__']: 'proto-value-0001',
      constructor: 'ctor-value-0001'
    })

    const again = await sync(tenant, 'env.yaml', '__proto__: proto-value-0001\nconstructor: ctor-value-0001\n')
    expect(again.code).toBe(0)
    expect(again.outputs).toMatchObject({ result: 'unchanged', changed: 'false' })
    expect(writes()).toBe(1)
  })

  it('a tenant that does not exist: exit 1 naming tenant-id, nothing written', async () => {
    const run = await sync(MISSING_TENANT, '.env', 'A_KEY=a-value-12345\n')

    expect(run.code).toBe(1)
    expect(writes()).toBe(0)
    expect(errors(run)).toMatch(new RegExp(`${MISSING_TENANT} was not found.*Check input "tenant-id"`))
  })
})
