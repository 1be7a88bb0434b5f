/**
 * sync-env against the live-API emulator, the cases that hold in both tiers: one sync (its outputs and the summary's
 * table), a dry run's summary, and the `::add-mask::` lines that come before any line a secret could appear in.
 * test/e2e/sync-env.test.ts runs them through the bundle, test/integration/sync-env.test.ts in process (for both shapes
 * of envVars) beside every other promise of sync-env.
 */
import { describe, expect, it } from '@jest/globals'
import type { CloudEmulator, EnvShape, Tenant } from '../emulator/emulator.js'
import { logText, readStepLog, summaryChanges, type StepRun } from '../support/workflow-log.js'
import type { Tier, TierRunOptions } from './tier.js'

export const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'

/** More of the step: inputs beside the sync's, its environment, values that must not leak. */
export type SyncOptions = Pick<TierRunOptions, 'env' | 'secrets'> & { inputs?: Record<string, string> }

/** sync-env of `file` (its name says the format) into a tenant, with `run` (a tier's, or a harness's own). */
export async function syncWith<R extends StepRun>(
  run: (options: TierRunOptions) => Promise<R>,
  emulator: CloudEmulator,
  tenant: Tenant | string,
  file: string,
  text: string,
  more: SyncOptions = {}
): Promise<R> {
  const tenantId = typeof tenant === 'string' ? tenant : tenant.id
  const inputs = { pat: emulator.pat, 'api-endpoint': emulator.url, operation: 'sync-env', 'tenant-id': tenantId }
  const done = await run({
    ...more,
    inputs: { ...inputs, 'env-file': file, ...more.inputs },
    files: { [file]: text },
    emulator
  })
  // The live API refuses a write that changes nothing: the action plans so that it never sends one.
  expect(logText(done)).not.toContain('nothing changed in config')
  return done
}

/** The env the emulator holds, without the server-set admin secret. */
export function envOf(emulator: CloudEmulator, tenant: Tenant): Record<string, string> {
  const { [ADMIN_SECRET]: _secret, ...rest } = emulator.tenant(tenant.id)!.env
  return rest
}

export const JWT = { type: 'HS256', key: 'jwt-signing-key-0123456789abcdef0123' }
export const FOUR_TYPES_YAML = [
  'PLAIN: plain',
  'PORT: 8080',
  'DEV_MODE: true',
  'JWT_SECRET:',
  `  type: ${JWT.type}`,
  `  key: ${JWT.key}`,
  ''
].join('\n')

/** A dotenv file of literal values, values too short to mask, `true`, and an interpolated token. */
export const MASKING = {
  TOKEN: 'interp-token-7Hq2Zk9W',
  DATABASE_PASSWORD: 'Db-pass-5Tq8Wz',
  DATABASE_URL: 'postgres://shop:Db-pass-5Tq8Wz@db.example.com:5432/shop',
  // Literal values: in the repository already. Masking `info` or `1000` job-wide would garble every later log line.
  LITERALS: ['info', '1000', 'plain-literal-value', 'wxyz', 'multi-first-line', 'multi-second-line'],
  FILE: [
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
}

/** sync-env of MASKING.FILE, with its token in the step's environment and the database URL as an input. */
export function syncMasking<R extends StepRun>(
  run: (options: TierRunOptions) => Promise<R>,
  emulator: CloudEmulator,
  tenant: Tenant
): Promise<R> {
  const { TOKEN, DATABASE_PASSWORD, DATABASE_URL, FILE } = MASKING
  return syncWith(run, emulator, tenant, '.env', FILE, {
    env: { TOKEN },
    inputs: { 'database-url': DATABASE_URL },
    secrets: [TOKEN, DATABASE_PASSWORD, 'plain-literal-value']
  })
}

/** The cases; `shapes`: the forms of envVars the emulator answers the first in. */
export function syncEnvCases(tier: Tier, emulator: CloudEmulator, shapes: EnvShape[] = ['nested']): void {
  const sync = (tenant: Tenant, file: string, text: string, more: SyncOptions = {}) =>
    syncWith(tier.run, emulator, tenant, file, text, more)
  const updates = () => emulator.callsTo('updateTenantEnv')
  const writes = () => updates().length + emulator.callsTo('deleteTenantEnv').length

  describe(`sync-env, ${tier.name}`, () => {
    it.each(shapes)(
      'a YAML file with a string, a number, a boolean and a mapping, envVars %s: stored as text in exactly 1 write, keys not in the file untouched',
      async (shape) => {
        emulator.envShape = shape
        const tenant = emulator.seedTenant({ envs: { PLAIN: 'old-plain-value', UNTOUCHED: 'untouched-value-42' } })
        const adminSecret = tenant.env[ADMIN_SECRET]
        const run = await sync(tenant, 'cfg/env.yaml', FOUR_TYPES_YAML)

        expect(run.code).toBe(0)
        expect(envOf(emulator, tenant)).toEqual({
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
      }
    )

    it('dry-run writes nothing and lists every key that would change in the summary', async () => {
      const envs = { CHANGE_ME: 'old-value-1', SAME: 'same-value-1', DROP_ME: 'drop-value-1', STALE: 'stale-value-1' }
      const tenant = emulator.seedTenant({ envs })
      const file = 'ADD_ME: add-me-value-01\nCHANGE_ME: change-me-new-1\nSAME: same-value-1\nDROP_ME: null\n'
      const run = await sync(tenant, 'env.yaml', file, { inputs: { 'dry-run': 'true', prune: 'true' } })

      expect(run.code).toBe(0)
      expect(writes()).toBe(0)
      expect(emulator.calls).toHaveLength(1)
      expect(emulator.tenant(tenant.id)!.env).toEqual(tenant.env)
      expect(emulator.tenant(tenant.id)!.hash).toBe(tenant.hash)
      expect(run.outputs).toMatchObject({ result: 'planned', changed: 'true', hash: tenant.hash })
      expect(run.summary).toContain('dry run, nothing written')
      expect(summaryChanges(run)).toEqual({
        ADD_ME: 'added',
        CHANGE_ME: 'changed',
        DROP_ME: 'removed',
        STALE: 'removed'
      })
      expect(run.summary).not.toContain('`SAME`')
      expect(emulator.healthChecks(tenant.id)).toBe(0)
    })

    it('interpolated values, the database URL and tenant values get ::add-mask:: before any line could show them; literals none', async () => {
      const { TOKEN, DATABASE_PASSWORD, DATABASE_URL, LITERALS } = MASKING
      const tenant = emulator.seedTenant({ envs: { EXISTING: 'tenant-held-value-77', PLAIN: 'old-plain-value-1' } })
      const first = await syncMasking(tier.run, emulator, tenant)

      expect(first.code).toBe(0)
      const { masks } = readStepLog(first.stdout)
      for (const literal of LITERALS) {
        expect(masks).not.toContain(literal)
        if (literal.length >= 8) expect(masks.filter((mask) => mask.includes(literal))).toEqual([])
      }
      const lines = first.stdout.split('\n')
      const maskLine = (value: string): number => lines.indexOf(`::add-mask::${value}`)
      // Interpolated values and the database URL are known before the first API call, and masked before any line.
      const firstLine = lines.findIndex((line) => !line.startsWith('::add-mask::'))
      for (const secret of [`Bearer ${TOKEN}`, DATABASE_URL, DATABASE_PASSWORD]) {
        expect(maskLine(secret)).toBeGreaterThanOrEqual(0)
        expect(maskLine(secret)).toBeLessThan(firstLine)
      }
      // Tenant values the file does not set literally (an old value of PLAIN among them): masked as they are read,
      // before the plan is logged.
      const plan = lines.findIndex((line) => line.startsWith('Env plan:'))
      expect(plan).toBeGreaterThan(0)
      for (const secret of ['tenant-held-value-77', 'old-plain-value-1', tenant.env[ADMIN_SECRET]!]) {
        expect(maskLine(secret)).toBeGreaterThanOrEqual(0)
        expect(maskLine(secret)).toBeLessThan(plan)
      }
      // Short values and true/false are never registered; and no value at all is printed, summarised or output.
      expect(masks).not.toContain('q7Z')
      expect(masks).not.toContain('true')
      const shown = logText(first)
      for (const value of ['wxyz', 'q7Z', 'plain-literal-value', 'multi-first-line', 'Bearer']) {
        expect(shown).not.toContain(value)
        expect(first.summary).not.toContain(value)
        for (const [name, output] of Object.entries(first.outputs))
          if (name !== 'admin-secret') expect(output).not.toContain(value)
      }
      // Keys are what the log and the summary name.
      expect(shown).toMatch(/LOG_LEVEL \(added\)/)
      expect(summaryChanges(first)).toMatchObject({
        LOG_LEVEL: 'added',
        PAGE_SIZE: 'added',
        PLAIN: 'changed',
        PG_DATABASE_URL: 'added'
      })
    })
  })
}
