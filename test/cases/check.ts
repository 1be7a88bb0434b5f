/**
 * `operation: check` against the live-API emulator: the action compares every document it sends with the live schema
 * (introspection) and prints a table of what holds in the summary; a field the API lost fails the step.
 * test/e2e/check.test.ts runs these cases through the bundle, test/integration/check.test.ts in process beside the
 * others (no introspection, drift at the root, a bad token, other operations meeting an unknown field).
 */
import { describe, expect, it } from '@jest/globals'
import type { CloudEmulator } from '../emulator/emulator.js'
import { emulatorPerTest } from '../support/preview-servers.js'
import { logged, type StepRun } from '../support/workflow-log.js'
import type { Tier } from './tier.js'

/** Every document the action sends, by the operation name check reports. */
export const READS = ['GetTenant', 'ReadTenant', 'GetTenantEnv', 'ListProjects', 'FindProjects', 'ListPreviewProjects']
export const MUTATIONS = ['CreateTenant', 'RenameProject', 'DeleteTenant', 'UpdateTenantEnv', 'DeleteTenantEnv']
const MUTATION_FIELDS = ['createTenant', 'update_projects_by_pk', 'deleteTenant', 'updateTenantEnv', 'deleteTenantEnv']

export function check(tier: Tier, cloud: CloudEmulator, inputs: Record<string, string> = {}): Promise<StepRun> {
  return tier.run({
    inputs: { pat: cloud.pat, 'api-endpoint': cloud.url, operation: 'check', ...inputs },
    emulator: cloud
  })
}

export interface Row {
  operation: string
  field: string
  status: string
}

/** The summary's `| operation | `field` | status |` rows. */
export function rows(run: StepRun): Row[] {
  const found: Row[] = []
  for (const match of run.summary.matchAll(/^\| (\w+) \| `([^`]+)` \| (holds|missing|not verifiable) \|$/gm)) {
    found.push({ operation: match[1]!, field: match[2]!, status: match[3]! })
  }
  return found
}

export const lines = (run: StepRun, level: 'warning' | 'error'): string[] => logged(run, level)

/** No call check sends may change the account: no mutation reaches the API, whatever the mode. */
export function expectNoMutationSent(cloud: CloudEmulator): void {
  for (const field of MUTATION_FIELDS) expect(cloud.callsTo(field)).toEqual([])
}

export function checkCases(tier: Tier): void {
  describe(`check against the live-API emulator (${tier.name})`, () => {
    const start = emulatorPerTest()

    it('passes: exit 0, a table with every document and every row "holds"', async () => {
      const cloud = await start()
      const run = await check(tier, cloud)

      expect(run.code).toBe(0)
      expect(run.summary.match(/^\| Operation \| Field \| Status \|$/gm)).toHaveLength(1)
      const table = rows(run)
      expect(new Set(table.map((row) => row.operation))).toEqual(new Set([...READS, ...MUTATIONS]))
      expect(table.filter((row) => row.status !== 'holds')).toEqual([])
      // Fields, result fields and arguments alike.
      expect(table).toEqual(
        expect.arrayContaining([
          { operation: 'ReadTenant', field: 'TenantEnv.envVars', status: 'holds' },
          { operation: 'CreateTenant', field: 'mutation_root.createTenant', status: 'holds' },
          { operation: 'CreateTenant', field: 'mutation_root.createTenant(plan:)', status: 'holds' },
          { operation: 'RenameProject', field: 'mutation_root.update_projects_by_pk(_set:)', status: 'holds' },
          { operation: 'UpdateTenantEnv', field: 'TenantEnv.hash', status: 'holds' }
        ])
      )
      expect(lines(run, 'error')).toEqual([])
      expect(lines(run, 'warning')).toEqual([])
      expect(run.outputs.changed).toBe('false')
      // One introspection query, nothing else.
      expect(cloud.calls.map((call) => call.fields)).toEqual([['__schema']])
      expect(cloud.tenants()).toEqual([])
    })

    it('drifted (TenantEnv.envVars renamed): exit 1, the missing field in the error and in the table', async () => {
      const cloud = await start({ drift: true })
      const run = await check(tier, cloud)

      expect(run.code).toBe(1)
      const missing = rows(run).filter((row) => row.status === 'missing')
      expect(missing.map((row) => row.operation).sort()).toEqual(
        ['DeleteTenantEnv', 'GetTenantEnv', 'ReadTenant', 'UpdateTenantEnv'].sort()
      )
      expect(new Set(missing.map((row) => row.field))).toEqual(new Set(['TenantEnv.envVars']))
      expect(rows(run)).toContainEqual({ operation: 'GetTenant', field: 'query_root.tenant_by_pk', status: 'holds' })
      const failure = lines(run, 'error').at(-1)!
      expect(failure).toContain('TenantEnv.envVars')
      expect(run.summary).toMatch(/failed: .*TenantEnv\.envVars/)
      expectNoMutationSent(cloud)
    })
  })
}
