/**
 * `operation: check` in process (see harness.ts): the action compares every document it sends with the live schema
 * (introspection), or probes the reads with the nil UUID where introspection is refused, and makes a table of what
 * holds. Other operations that meet an unknown field point at `check`. The cases of test/cases/check.ts (a check that
 * passes, one that fails) run here and through the bundle (test/e2e/check.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { check as checkIn, checkCases, expectNoMutationSent, lines, MUTATIONS, READS, rows } from '../cases/check.js'
import type { CloudEmulator } from '../emulator/emulator.js'
import { emulatorPerTest } from '../support/preview-servers.js'
import { inProcess, runOperation } from './harness.js'

const NIL_UUID = '00000000-0000-0000-0000-000000000000'
const start = emulatorPerTest()
const check = (cloud: CloudEmulator) => checkIn(inProcess, cloud)

checkCases(inProcess)

describe('check against the live-API emulator, drifted at the root', () => {
  it('a mutation renamed at the root (updateTenantEnv): exit 1 naming it', async () => {
    const cloud = await start({
      drift: { type: 'mutation_root', field: 'updateTenantEnv', renamedTo: 'updateTenantEnvironment' }
    })
    const run = await check(cloud)

    expect(run.code).toBe(1)
    expect(rows(run).filter((row) => row.status === 'missing')).toEqual([
      { operation: 'UpdateTenantEnv', field: 'mutation_root.updateTenantEnv', status: 'missing' }
    ])
    expect(lines(run, 'error').at(-1)).toContain('mutation_root.updateTenantEnv')
  })

  it('a read renamed at the root (projects): exit 1 naming it for every document that reads it', async () => {
    const cloud = await start({ drift: { type: 'query_root', field: 'projects', renamedTo: 'project' } })
    const run = await check(cloud)

    expect(run.code).toBe(1)
    const missing = rows(run).filter((row) => row.status === 'missing')
    expect(missing).toEqual(
      ['ListProjects', 'FindProjects', 'ListPreviewProjects'].map((operation) => ({
        operation,
        field: 'query_root.projects',
        status: 'missing'
      }))
    )
    expect(lines(run, 'error').at(-1)).toContain('query_root.projects')
  })
})

describe('check where the token may not introspect', () => {
  it('verifies the reads with the nil UUID and reports the mutations "not verifiable": a warning, exit 0', async () => {
    const cloud = await start({ introspection: false })
    const run = await check(cloud)

    expect(run.code).toBe(0)
    const table = rows(run)
    for (const operation of READS) {
      const own = table.filter((row) => row.operation === operation)
      expect(own.length).toBeGreaterThan(0)
      expect(own.every((row) => row.status === 'holds')).toBe(true)
    }
    for (const operation of MUTATIONS) {
      const own = table.filter((row) => row.operation === operation)
      expect(own.length).toBeGreaterThan(0)
      expect(own.every((row) => row.status === 'not verifiable')).toBe(true)
    }
    const warning = lines(run, 'warning').join('\n')
    for (const operation of MUTATIONS) expect(warning).toContain(operation)
    // The refusal is explained as what it is here, not with the advice to run check.
    expect(warning).not.toMatch(/operation: check/)
    expect(lines(run, 'error')).toEqual([])
    // The probes named no tenant but the nil UUID, and nothing was written.
    const ids = cloud.calls.flatMap((call) => [call.variables.id, call.variables.tenantId]).filter(Boolean)
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids)).toEqual(new Set([NIL_UUID]))
    expectNoMutationSent(cloud)
  })

  it('drifted too: the renamed read field is still found missing, exit 1', async () => {
    const cloud = await start({ introspection: false, drift: true })
    const run = await check(cloud)

    expect(run.code).toBe(1)
    const missing = rows(run).filter((row) => row.status === 'missing')
    expect(missing.map((row) => row.operation).sort()).toEqual(['GetTenantEnv', 'ReadTenant'])
    // Named as introspection names it: the engine's error says the type.
    for (const row of missing) expect(row.field).toBe('TenantEnv.envVars')
    expect(rows(run)).toContainEqual({ operation: 'GetTenant', field: 'query_root.tenant_by_pk', status: 'holds' })
    expect(lines(run, 'error').at(-1)).toMatch(/envVars/)
    expectNoMutationSent(cloud)
  })

  it('drifted at the root (projects): every read of it is found missing, named as introspection names it', async () => {
    const cloud = await start({
      introspection: false,
      drift: { type: 'query_root', field: 'projects', renamedTo: 'project' }
    })
    const run = await check(cloud)

    expect(run.code).toBe(1)
    expect(rows(run).filter((row) => row.status === 'missing')).toEqual(
      ['ListProjects', 'FindProjects', 'ListPreviewProjects'].map((operation) => ({
        operation,
        field: 'query_root.projects',
        status: 'missing'
      }))
    )
    expect(rows(run)).toContainEqual({ operation: 'ReadTenant', field: 'query_root.getTenantEnv', status: 'holds' })
  })
})

describe('check with a bad token', () => {
  it('fails at once naming "pat"', async () => {
    const cloud = await start()
    const run = await runOperation({
      inputs: { pat: 'not-the-token-0123456789', 'api-endpoint': cloud.url, operation: 'check' },
      emulator: cloud
    })

    expect(run.code).toBe(1)
    expect(lines(run, 'error').join('\n')).toMatch(/"pat"/)
    expect(cloud.calls).toHaveLength(1)
    expect(rows(run)).toEqual([])
  })
})

describe('other operations against a changed API', () => {
  it('get meets the renamed field: exit 1, saying the API may have changed and to run check', async () => {
    const cloud = await start({ drift: true })
    const tenant = cloud.seedTenant()
    const run = await runOperation({
      inputs: { pat: cloud.pat, 'api-endpoint': cloud.url, operation: 'get', 'tenant-id': tenant.id },
      emulator: cloud
    })

    expect(run.code).toBe(1)
    const error = lines(run, 'error').join('\n')
    expect(error).toMatch(/envVars/)
    expect(error).toMatch(/API has changed/)
    expect(error).toMatch(/operation: check/)
    // A validation error is not transient: one call, no retries.
    expect(cloud.calls).toHaveLength(1)
  })

  it('create meets a renamed mutation: exit 1 pointing at check, and no tenant is made', async () => {
    const cloud = await start({ drift: { type: 'mutation_root', field: 'createTenant', renamedTo: 'newTenant' } })
    const run = await runOperation({
      inputs: { pat: cloud.pat, 'api-endpoint': cloud.url, operation: 'create' },
      emulator: cloud
    })

    expect(run.code).toBe(1)
    expect(lines(run, 'error').join('\n')).toMatch(/createTenant.*operation: check/)
    expect(cloud.tenants()).toEqual([])
    expect(cloud.callsTo('createTenant')).toHaveLength(1)
  })
})
