/**
 * The operations in process (see harness.ts) against the live-API emulator: the cases of test/cases/core.ts (which
 * test/e2e/core.test.ts runs through the bundle), then create's name, lost answers and refusals, the endpoint and
 * console outputs, get and delete of a missing tenant.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import type http from 'node:http'
import { CloudEmulator } from '../emulator/emulator.js'
import type { TenantEngine } from '../engine/types.js'
import { coreCases } from '../cases/core.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { errors, inProcess, logged, logText, runOperation, type OperationRun } from './harness.js'

/** What the tenants' /healthz answers, for the WARN case. */
let healthBody = 'OK'

const engine = (): TenantEngine => ({
  serve: async (_req: http.IncomingMessage, res: http.ServerResponse, path: string) => {
    const status = path.startsWith('/healthz') ? 200 : 404
    res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? healthBody : 'not found')
  },
  close: async () => {}
})
const emulator = cloudEmulator({ engine })

coreCases(inProcess, emulator)

beforeEach(() => {
  healthBody = 'OK'
})

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

function warnings(run: OperationRun): string[] {
  return logged(run, 'warning')
}

describe('create', () => {
  it('with plan and name: the plan is sent, the project renamed and read back', async () => {
    const run = await runOperation({
      inputs: { ...base(), operation: 'create', plan: 'cloud_payg', name: 'shop-staging' },
      emulator
    })
    expect(run.code).toBe(0)
    const [tenant] = emulator.tenants()
    expect(tenant!.planName).toBe('cloud_payg')
    expect(tenant!.name).toBe('shop-staging')
    expect(run.outputs.name).toBe('shop-staging')
    expect(run.outputs.endpoint).toBe(`${emulator.origin}/p/shop-staging/v1/graphql`)
    expect(emulator.callsTo('update_projects_by_pk')).toHaveLength(1)
  })

  it('with a name that is taken: a warning naming the generated name, the tenant kept, its outputs set', async () => {
    const taken = emulator.seedTenant({ name: 'shop-staging' })
    const run = await runOperation({ inputs: { ...base(), operation: 'create', name: 'shop-staging' }, emulator })
    expect(run.code).toBe(0)
    const created = emulator.tenants().find((tenant) => tenant.id !== taken.id)!
    expect(created.name).not.toBe('shop-staging')
    expect(warnings(run).join('\n')).toContain(`keeps its generated name ${created.name}`)
    expect(run.outputs).toMatchObject({ result: 'created', 'tenant-id': created.id, name: created.name })
    expect(emulator.tenant(taken.id)!.name).toBe('shop-staging')
  })

  it('a name taken by another account: the same warning, the tenant kept', async () => {
    const other = await CloudEmulator.start({ engine, reservedNames: ['shop-staging'] })
    try {
      const run = await runOperation({
        inputs: { pat: other.pat, 'api-endpoint': other.url, operation: 'create', name: 'shop-staging' },
        emulator: other
      })
      expect(run.code).toBe(0)
      expect(other.tenants()).toHaveLength(1)
      expect(warnings(run).join('\n')).toMatch(/refused the name shop-staging/)
    } finally {
      await other.stop()
    }
  })

  it('a connection dropped after the create went through: that tenant is adopted, exactly one exists, its env written', async () => {
    emulator.seedTenant({ name: 'older-project' })
    emulator.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    const run = await runOperation({
      inputs: { ...base(), operation: 'create', name: 'shop-preview', 'env-file': '.env' },
      files: { '.env': 'LOG_LEVEL=info\n' },
      emulator
    })
    expect(run.code).toBe(0)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    const created = emulator.tenants().filter((tenant) => tenant.name !== 'older-project')
    expect(created).toHaveLength(1)
    expect(created[0]!.name).toBe('shop-preview')
    expect(created[0]!.env.LOG_LEVEL).toBe('info')
    expect(run.outputs).toMatchObject({
      result: 'created',
      changed: 'true',
      'tenant-id': created[0]!.id,
      name: 'shop-preview',
      'project-id': created[0]!.projectId,
      hash: created[0]!.hash,
      'admin-secret': created[0]!.env.HASURA_GRAPHQL_ADMIN_SECRET
    })
    expect(warnings(run)).toEqual([
      expect.stringMatching(/createTenant failed .* Looking for a tenant it may have made/),
      expect.stringMatching(new RegExp(`Tenant ${created[0]!.id} .* adopting it`))
    ])
    // One listing before the create and one after the lost answer: what ties the tenant to this run.
    expect(emulator.callsTo('projects')).toHaveLength(2)
  })

  it('an answer without data after the tenant was made: adopted the same way, no "Cannot read properties of null"', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'null-after' } })
    const run = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(0)
    expect(emulator.tenants()).toHaveLength(1)
    expect(run.outputs['tenant-id']).toBe(emulator.tenants()[0]!.id)
    expect(logText(run)).not.toMatch(/Cannot read properties/)
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
    const run = await runOperation({ inputs: { ...base(), operation: 'create', name: 'shop-preview' }, emulator })
    expect(run.code).toBe(1)
    expect(errors(run)).toMatch(new RegExp(`A tenant may have been created .*${other}`))
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([other])
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(0)
    expect(emulator.callsTo('update_projects_by_pk')).toHaveLength(0)
  })

  it('a lost create while another run made a project too: nothing adopted, the step names both candidates', async () => {
    let other: { id: string; name: string } | undefined
    // Another run's create lands between this run's listing and its own create.
    emulator.inject({ field: 'createTenant', fault: { kind: 'meanwhile', run: () => (other = emulator.seedTenant()) } })
    emulator.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    const run = await runOperation({ inputs: { ...base(), operation: 'create', name: 'shop-preview' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.tenants()).toHaveLength(2)
    const mine = emulator.tenants().find((tenant) => tenant.id !== other!.id)!
    expect(mine.name).not.toBe('shop-preview')
    const error = errors(run)
    expect(error).toMatch(/A tenant may have been created/)
    expect(error).toContain(other!.id)
    expect(error).toContain(mine.id)
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(0)
  })

  it('a GenericServerError before anything was made: sent once, fails saying a tenant may have been created', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'server-error' } })
    const run = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(0)
    expect(errors(run)).toMatch(/A tenant may have been created \(no new project shows in the account yet\)/)
  })

  it('the quota: refused with code unexpected, sent once, the message points at the sweep', async () => {
    emulator.projectQuota = 0
    const run = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(1)
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(errors(run)).toMatch(/^Hasura Cloud refused to create a tenant: project limit reached.*operation: sweep/)
  })
})

describe('the endpoint outputs', () => {
  it.each(['base', 'graphql'] as const)('end in one /v1/graphql when the API answers the %s form', async (shape) => {
    emulator.endpointShape = shape
    const run = await runOperation({ inputs: { ...base(), operation: 'create', name: 'shop-form' }, emulator })
    expect(run.code).toBe(0)
    expect(run.outputs.endpoint).toBe(`${emulator.origin}/p/shop-form/v1/graphql`)
    expect(run.outputs['console-url']).toBe(
      `https://cloud.hasura.io/project/${emulator.tenants()[0]!.projectId}/console`
    )
    const id = emulator.tenants()[0]!.id
    const get = await runOperation({ inputs: { ...base(), operation: 'get', 'tenant-id': id }, emulator })
    expect(get.outputs.endpoint).toBe(run.outputs.endpoint)
  })

  it('a /healthz that answers WARN passes, with a warning that the metadata is inconsistent', async () => {
    healthBody = 'WARN'
    const run = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(run.code).toBe(0)
    expect(warnings(run).join('\n')).toMatch(/WARN: its metadata is inconsistent/)
  })
})

describe('get', () => {
  it('fails for a missing tenant, naming tenant-id', async () => {
    const run = await runOperation({
      inputs: { ...base(), operation: 'get', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      emulator
    })
    expect(run.code).toBe(1)
    expect(errors(run)).toMatch(/3fa85f64-5717-4562-b3fc-2c963f66afa6 was not found.*"tenant-id"/)
  })
})

describe('delete', () => {
  it('warns, not fails, when the tenant is already gone', async () => {
    const run = await runOperation({
      inputs: { ...base(), operation: 'delete', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      emulator
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'not-found', changed: 'false' })
    expect(warnings(run).join('\n')).toMatch(/does not exist/)
  })
})
