/**
 * `operation: check` through the bundle: the action compares every document it sends with the live schema
 * (introspection) and prints a table of what holds in the summary; a field the API lost fails the step. The other
 * cases (no introspection, drift at the root, a bad token, other operations meeting an unknown field) run in process:
 * test/integration/check.test.ts.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator, type EmulatorOptions } from '../emulator/emulator.js'
import { runAction, type RunResult } from './harness.js'

/** Every document the action sends, by the operation name check reports. */
const READS = ['GetTenant', 'ReadTenant', 'GetTenantEnv', 'ListProjects', 'FindProjects', 'ListPreviewProjects']
const MUTATIONS = ['CreateTenant', 'RenameProject', 'DeleteTenant', 'UpdateTenantEnv', 'DeleteTenantEnv']
const MUTATION_FIELDS = ['createTenant', 'update_projects_by_pk', 'deleteTenant', 'updateTenantEnv', 'deleteTenantEnv']

let emulator: CloudEmulator | undefined

afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

async function start(options: EmulatorOptions = {}): Promise<CloudEmulator> {
  emulator = await CloudEmulator.start(options)
  return emulator
}

function check(cloud: CloudEmulator, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    inputs: { pat: cloud.pat, 'api-endpoint': cloud.url, operation: 'check', ...inputs },
    emulator: cloud
  })
}

interface Row {
  operation: string
  field: string
  status: string
}

/** The summary's `| operation | `field` | status |` rows. */
function rows(run: RunResult): Row[] {
  const found: Row[] = []
  for (const match of run.summary.matchAll(/^\| (\w+) \| `([^`]+)` \| (holds|missing|not verifiable) \|$/gm)) {
    found.push({ operation: match[1]!, field: match[2]!, status: match[3]! })
  }
  return found
}

const lines = (run: RunResult, level: string): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith(`::${level}`))

/** No call check sends may change the account: no mutation reaches the API, whatever the mode. */
function expectNoMutationSent(cloud: CloudEmulator): void {
  for (const field of MUTATION_FIELDS) expect(cloud.callsTo(field)).toEqual([])
}

describe('check against the live-API emulator', () => {
  it('passes: exit 0, a table with every document and every row "holds"', async () => {
    const cloud = await start()
    const run = await check(cloud)

    expect(run.code).toBe(0)
    expect(run.summary).toMatch(/^\| Operation \| Field \| Status \|$/m)
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
    const run = await check(cloud)

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
