import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import https from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TenantEngineFactory } from '../engine/types.js'
import { CloudEmulator, type EmulatorOptions } from '../emulator/emulator.js'

/** The Cloud API emulator over real HTTP: what a client of the live API would see. */

interface GqlError {
  message: string
  extensions: { code: string; path: string; id?: string }
}
/** Answers are asserted field by field; typing every shape would only restate the schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

interface GqlBody {
  data?: Record<string, Json>
  errors?: GqlError[]
}

const HEX40 = /^[0-9a-f]{40}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const GENERATED_NAME = /^[a-z]+-[a-z]+-\d+$/
const MISSING = '6f1c1b8e-1d7a-4c39-9a51-2f1e4f4b0a11'

const CREATE = `mutation Create($name: String, $plan: String, $envs: [UpdateEnvsObject]) {
  createTenant(cloud: "aws", region: "us-east-2", name: $name, plan: $plan, envs: $envs) {
    id name tenant { id slug active created_at project_id config { hash tenant_id } project { id name endpoint plan_name created_at } }
  }
}`
const GET_TENANT = `query Get($id: uuid!) { tenant_by_pk(id: $id) { id slug project { id name endpoint } } }`
const GET_ENV = `query Env($id: uuid!) { getTenantEnv(tenantId: $id) { hash envVars } }`
const UPDATE_ENV = `mutation Update($id: uuid!, $hash: String!, $envs: [UpdateEnvObject!]!) {
  updateTenantEnv(tenantId: $id, currentHash: $hash, envs: $envs) { hash envVars }
}`
const DELETE_ENV = `mutation DeleteEnv($id: uuid!, $hash: String!, $keys: [String!]!) {
  deleteTenantEnv(tenantId: $id, currentHash: $hash, deleteEnvs: $keys) { hash envVars }
}`
const DELETE = `mutation Delete($id: uuid!) { deleteTenant(tenantId: $id) { status } }`
const RENAME = `mutation Rename($id: uuid!, $name: String) {
  update_projects_by_pk(pk_columns: {id: $id}, _set: {name: $name}) { id name endpoint }
}`
const PROJECTS = `query Find($where: projects_bool_exp, $order: [projects_order_by!], $limit: Int, $offset: Int) {
  projects(where: $where, order_by: $order, limit: $limit, offset: $offset) { name }
}`
const TENANTS = `query Tenants($where: tenant_bool_exp, $order: [tenant_order_by!], $limit: Int) {
  tenant(where: $where, order_by: $order, limit: $limit) { id project { name } }
}`

let emu: CloudEmulator

beforeEach(async () => {
  emu = await CloudEmulator.start({ pat: 'test-pat' })
})

afterEach(async () => {
  await emu.stop()
})

/** Replaces this test's emulator with one started with `options`. */
async function restart(options: EmulatorOptions): Promise<void> {
  await emu.stop()
  emu = await CloudEmulator.start({ pat: 'test-pat', ...options })
}

async function post(body: string, authorization: string | null = `pat ${emu.pat}`): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (authorization !== null) headers.authorization = authorization
  return fetch(emu.url, { method: 'POST', headers, body })
}

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string | null
): Promise<GqlBody> {
  const res = await post(JSON.stringify({ query, variables }), authorization)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return (await res.json()) as GqlBody
}

/** The data of an answer that must have succeeded. */
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, Json>> {
  const body = await gql(query, variables)
  expect(body.errors).toBeUndefined()
  return body.data!
}

function errorOf(body: GqlBody): GqlError {
  expect(body.data).toBeUndefined()
  expect(body.errors).toHaveLength(1)
  return body.errors![0]!
}

async function createTenant(variables: Record<string, unknown> = {}): Promise<Json> {
  return (await ok(CREATE, variables)).createTenant
}

async function readEnv(id: string): Promise<{ hash: string; envVars: Json }> {
  return (await ok(GET_ENV, { id })).getTenantEnv
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url)
  return { status: res.status, body: await res.text() }
}

describe('requests and auth', () => {
  it.each([
    ['no header', null],
    ['a wrong token', 'pat wrong'],
    ['the wrong scheme', 'Bearer test-pat']
  ])('rejects %s with access-denied over HTTP 200 and runs nothing', async (_label, authorization) => {
    const err = errorOf(await gql(CREATE, { name: 'x' }, authorization))
    expect(err.extensions).toEqual({ code: 'access-denied', path: '$' })
    expect(err.message).toMatch(/access denied/)
    expect(emu.tenants()).toEqual([])
    expect(emu.calls).toEqual([
      { fields: ['createTenant'], query: CREATE, variables: { name: 'x' }, authorized: false, at: expect.any(Number) }
    ])
  })

  it('answers malformed JSON with invalid-json', async () => {
    const res = await post('{"query": ')
    expect(res.status).toBe(200)
    expect(errorOf((await res.json()) as GqlBody).extensions.code).toBe('invalid-json')
    expect(emu.calls).toEqual([expect.objectContaining({ fields: [], query: '', variables: {} })])
  })

  it('records operation name, root fields, query and variables of each call', async () => {
    const id = emu.seedTenant().id
    const both = `query Both($id: uuid!) { tenant_by_pk(id: $id) { id } projects { name } }`
    await ok(both, { id })
    const res = await post(
      JSON.stringify({ query: `${GET_ENV} ${GET_TENANT}`, operationName: 'Env', variables: { id } })
    )
    expect((await res.json()) as GqlBody).toMatchObject({ data: { getTenantEnv: { hash: expect.any(String) } } })
    expect(emu.calls).toEqual([
      {
        fields: ['tenant_by_pk', 'projects'],
        query: both,
        variables: { id },
        authorized: true,
        at: expect.any(Number)
      },
      {
        fields: ['getTenantEnv'],
        operationName: 'Env',
        query: `${GET_ENV} ${GET_TENANT}`,
        variables: { id },
        authorized: true,
        at: expect.any(Number)
      }
    ])
    expect(emu.callsTo('tenant_by_pk')).toEqual([emu.calls[0]])
  })

  it('checks uuids and timestamps as Postgres does', async () => {
    expect(errorOf(await gql(GET_TENANT, { id: 'not-a-uuid' }))).toEqual({
      message: 'invalid input syntax for type uuid: "not-a-uuid"',
      extensions: { code: 'data-exception', path: '$' }
    })
    const err = errorOf(await gql(PROJECTS, { where: { created_at: { _lt: 'yesterday' } } }))
    expect(err.extensions.code).toBe('data-exception')
  })
})

describe('validation, worded as the engine words it; nothing acts', () => {
  it('refuses the databaseUrl argument the 2020 reference had', async () => {
    const query = `mutation { createTenant(cloud: "aws", region: "us-east-2", databaseUrl: "postgres://u:p@db/x") { id } }`
    expect(errorOf(await gql(query))).toEqual({
      message: `'createTenant' has no argument named 'databaseUrl'`,
      extensions: { code: 'validation-failed', path: '$.selectionSet.createTenant' }
    })
    expect(emu.tenants()).toEqual([])
  })

  it('refuses unknown fields at the root and inside, naming the type', async () => {
    expect(errorOf(await gql('{ tenants { id } }'))).toEqual({
      message: `field 'tenants' not found in type: 'query_root'`,
      extensions: { code: 'validation-failed', path: '$.selectionSet.tenants' }
    })
    expect(errorOf(await gql(`query { t: tenant_by_pk(id: "${MISSING}") { id name } }`))).toEqual({
      message: `field 'name' not found in type: 'tenant'`,
      extensions: { code: 'validation-failed', path: '$.selectionSet.t.selectionSet.name' }
    })
    const where = errorOf(await gql(`{ projects(where: {endpoint: {_eq: "x"}}) { name } }`))
    expect(where.message).toBe(`field 'endpoint' not found in type: 'projects_bool_exp'`)
  })

  it('names a missing argument or variable', async () => {
    expect(errorOf(await gql(`mutation { createTenant(region: "us-east-2") { id } }`)).message).toBe(
      `missing required field 'cloud'`
    )
    expect(errorOf(await gql(GET_TENANT, {}))).toEqual({
      message: 'expecting a value for non-nullable variable: "id"',
      extensions: { code: 'validation-failed', path: '$' }
    })
  })

  it('runs no field of a request that has one invalid field', async () => {
    const id = emu.seedTenant().id
    const query = `mutation { deleteTenant(tenantId: "${id}") { status } createTenant(cloud: "aws", region: "x") { nope } }`
    expect(errorOf(await gql(query)).message).toBe(`field 'nope' not found in type: 'CreateTenantResponse'`)
    expect(emu.tenants().map((t) => t.id)).toEqual([id])
  })
})

describe('createTenant', () => {
  it('ignores the name, generates one, and answers the base URL as endpoint', async () => {
    const before = Date.now()
    const created = await createTenant({ name: 'pr-preview-7' })
    const { id, name, tenant } = created
    expect(id).toMatch(UUID)
    expect(name).toMatch(GENERATED_NAME)
    expect(name).not.toBe('pr-preview-7')
    expect(tenant).toEqual({
      id,
      slug: name,
      active: true,
      created_at: expect.stringMatching(/\+00:00$/),
      project_id: expect.stringMatching(UUID),
      config: { hash: expect.stringMatching(HEX40), tenant_id: id },
      project: {
        id: tenant.project_id,
        name,
        endpoint: `${emu.origin}/p/${name}`,
        plan_name: 'cloud_free',
        created_at: tenant.created_at
      }
    })
    expect(Date.parse(tenant.created_at)).toBeGreaterThanOrEqual(before - 1)
    expect(Date.parse(tenant.created_at)).toBeLessThanOrEqual(Date.now())

    const env = await readEnv(id)
    expect(env.hash).toBe(tenant.config.hash)
    expect(env.envVars).toEqual({
      environment: { HASURA_GRAPHQL_ADMIN_SECRET: expect.stringMatching(/^[0-9a-f]{32}$/) }
    })
    expect(emu.tenant(id)).toEqual({
      id,
      name,
      slug: name,
      projectId: tenant.project_id,
      endpoint: `${emu.origin}/p/${name}`,
      cloud: 'aws',
      region: 'us-east-2',
      planName: 'cloud_free',
      createdAt: tenant.created_at,
      env: env.envVars.environment,
      hash: env.hash,
      healthyAt: expect.any(Number)
    })
    expect(await get(`${emu.origin}/p/${name}/healthz`)).toEqual({ status: 200, body: 'OK' })
  })

  it('keeps the plan and gives each tenant its own admin secret', async () => {
    const a = await createTenant({ plan: 'cloud_payg' })
    const b = await createTenant()
    expect(a.tenant.project.plan_name).toBe('cloud_payg')
    expect(emu.tenant(a.id)!.planName).toBe('cloud_payg')
    expect(emu.tenant(a.id)!.env.HASURA_GRAPHQL_ADMIN_SECRET).not.toBe(
      emu.tenant(b.id)!.env.HASURA_GRAPHQL_ADMIN_SECRET
    )
    expect(a.name).not.toBe(b.name)
  })

  it('answers <base>/v1/graphql as endpoint with endpointShape graphql', async () => {
    await restart({ endpointShape: 'graphql' })
    const { id, name } = await createTenant()
    expect((await ok(GET_TENANT, { id })).tenant_by_pk.project.endpoint).toBe(`${emu.origin}/p/${name}/v1/graphql`)
    expect(emu.tenant(id)!.endpoint).toBe(`${emu.origin}/p/${name}/v1/graphql`)
    expect((await get(`${emu.origin}/p/${name}/healthz`)).status).toBe(200)
  })

  it('fails with envs as the live API does, creating nothing; an empty list is fine', async () => {
    const err = errorOf(await gql(CREATE, { envs: [{ key: 'A', value: '1' }] }))
    expect(err.message).toBe('there was an internal error while serving your request')
    expect(err.extensions).toEqual({ code: 'GenericServerError', path: '$', id: expect.stringMatching(UUID) })
    expect(emu.tenants()).toEqual([])
    await createTenant({ envs: [] })
    expect(emu.tenants()).toHaveLength(1)
  })

  it('refuses a project beyond the quota (3 by default) with code unexpected; seeded ones do not count', async () => {
    emu.seedTenant()
    for (let i = 0; i < 3; i++) await createTenant()
    const err = errorOf(await gql(CREATE))
    expect(err.extensions).toEqual({ code: 'unexpected', path: '$' })
    expect(err.message).toMatch(/^project limit reached: this account already has 3 projects/)
    expect(emu.tenants()).toHaveLength(4)

    await ok(DELETE, { id: emu.tenants()[1]!.id })
    await createTenant()
    expect(emu.tenants()).toHaveLength(4)
  })

  it('takes the quota from projectQuota', async () => {
    await restart({ projectQuota: 1 })
    await createTenant()
    expect(errorOf(await gql(CREATE)).extensions.code).toBe('unexpected')
    expect(emu.tenants()).toHaveLength(1)
  })
})

describe('reading tenants and projects', () => {
  it('answers null for an unknown tenant id, and finds the rest by name', async () => {
    expect(await ok(GET_TENANT, { id: MISSING })).toEqual({ tenant_by_pk: null })
    const t = emu.seedTenant({ name: 'shop-pr-7' })
    emu.seedTenant({ name: 'shop-pr-8' })
    expect(await ok(`{ projects(where: {name: {_eq: "shop-pr-7"}}) { id name endpoint tenant { id } } }`)).toEqual({
      projects: [{ id: t.projectId, name: 'shop-pr-7', endpoint: `${emu.origin}/p/shop-pr-7`, tenant: { id: t.id } }]
    })
    const byProject = await ok(TENANTS, { where: { project: { name: { _eq: 'shop-pr-8' } } }, limit: 1 })
    expect(byProject.tenant.map((x: Json) => x.project.name)).toEqual(['shop-pr-8'])
  })

  it('filters with _and, _or, _not, _in, _like, _ilike and timestamps; orders and pages', async () => {
    emu.seedTenant({ name: 'shop-pr-1', createdAt: '2024-01-01T00:00:00Z' })
    emu.seedTenant({ name: 'shop-pr-2', createdAt: '2024-03-01T00:00:00Z' })
    emu.seedTenant({ name: 'shop-staging', createdAt: '2024-02-01T00:00:00Z' })
    emu.seedTenant({ name: 'blog-pr-1', createdAt: '2024-04-01T00:00:00Z' })
    const names = async (variables: Record<string, unknown>): Promise<string[]> =>
      (await ok(PROJECTS, variables)).projects.map((p: Json) => p.name)

    expect(await names({ where: { name: { _like: 'shop-pr-%' } } })).toEqual(['shop-pr-1', 'shop-pr-2'])
    expect(await names({ where: { name: { _ilike: 'SHOP-PR-_' } }, order: [{ name: 'desc' }] })).toEqual([
      'shop-pr-2',
      'shop-pr-1'
    ])
    expect(await names({ where: { _not: { name: { _like: 'shop-%' } } } })).toEqual(['blog-pr-1'])
    expect(
      await names({ where: { _or: [{ name: { _in: ['shop-staging'] } }, { name: { _eq: 'blog-pr-1' } }] } })
    ).toEqual(['shop-staging', 'blog-pr-1'])
    expect(
      await names({
        where: { _and: [{ created_at: { _lt: '2024-03-15T00:00:00Z' } }, { name: { _nlike: '%staging' } }] }
      })
    ).toEqual(['shop-pr-1', 'shop-pr-2'])
    expect(await names({ order: [{ created_at: 'asc' }], limit: 2, offset: 1 })).toEqual(['shop-staging', 'shop-pr-2'])

    const oldest = await ok(TENANTS, { order: { created_at: 'asc' }, limit: 1 })
    expect(oldest.tenant.map((t: Json) => t.project.name)).toEqual(['shop-pr-1'])
  })

  it('treats a null operand as no condition, as Hasura v2 does', async () => {
    emu.seedTenant({ name: 'a' })
    emu.seedTenant({ name: 'b' })
    expect((await ok(PROJECTS, { where: { name: { _eq: null } } })).projects).toHaveLength(2)
  })
})

describe('renaming a project', () => {
  it('moves the endpoint and the /healthz to the new name', async () => {
    const { id, name, tenant } = await createTenant()
    const renamed = await ok(RENAME, { id: tenant.project_id, name: 'shop-pr-7' })
    expect(renamed.update_projects_by_pk).toEqual({
      id: tenant.project_id,
      name: 'shop-pr-7',
      endpoint: `${emu.origin}/p/shop-pr-7`
    })
    expect(emu.tenant(id)).toMatchObject({ name: 'shop-pr-7', slug: name, endpoint: `${emu.origin}/p/shop-pr-7` })
    expect(await get(`${emu.origin}/p/shop-pr-7/healthz`)).toEqual({ status: 200, body: 'OK' })
    expect((await get(`${emu.origin}/p/${name}/healthz`)).status).toBe(404)
    expect(emu.healthChecks(id)).toBe(1)
    expect((await ok(PROJECTS, { where: { name: { _eq: name } } })).projects).toEqual([])
  })

  it('refuses a name this account or another one holds, with Hasura uniqueness error', async () => {
    await restart({ reservedNames: ['someone-elses'] })
    emu.seedTenant({ name: 'taken' })
    const mine = emu.seedTenant({ name: 'mine' })
    for (const name of ['taken', 'someone-elses']) {
      expect(errorOf(await gql(RENAME, { id: mine.projectId, name }))).toEqual({
        message: 'Uniqueness violation. duplicate key value violates unique constraint "projects_name_key"',
        extensions: { code: 'constraint-violation', path: '$' }
      })
    }
    expect(emu.tenant(mine.id)!.name).toBe('mine')
    expect((await ok(PROJECTS)).projects.map((p: Json) => p.name)).toEqual(['taken', 'mine'])
    expect((await ok(RENAME, { id: mine.projectId, name: 'mine' })).update_projects_by_pk.name).toBe('mine')
  })

  it.each(['Shop', 'shop_pr', '-shop', 'shop-', 'shop--pr', 'a'.repeat(64), ''])(
    'refuses the name "%s" with code unexpected',
    async (name) => {
      const { id, projectId } = emu.seedTenant({ name: 'before' })
      const err = errorOf(await gql(RENAME, { id: projectId, name }))
      expect(err.extensions).toEqual({ code: 'unexpected', path: '$' })
      expect(err.message).toMatch(/^invalid project name/)
      expect(emu.tenant(id)!.name).toBe('before')
    }
  )

  it('accepts a 63-character name and answers null for an unknown project', async () => {
    const { projectId } = emu.seedTenant()
    const long = `a${'-b'.repeat(31)}`
    expect(long).toHaveLength(63)
    expect((await ok(RENAME, { id: projectId, name: long })).update_projects_by_pk.name).toBe(long)
    expect(await ok(RENAME, { id: MISSING, name: 'x' })).toEqual({ update_projects_by_pk: null })
  })
})

describe('env vars', () => {
  it('answers envVars nested by default, flat with envShape flat', async () => {
    const id = emu.seedTenant({ envs: { A: '1' } }).id
    const secret = emu.tenant(id)!.env.HASURA_GRAPHQL_ADMIN_SECRET
    expect((await readEnv(id)).envVars).toEqual({ environment: { HASURA_GRAPHQL_ADMIN_SECRET: secret, A: '1' } })

    await restart({ envShape: 'flat' })
    const flat = emu.seedTenant({ envs: { A: '1' } })
    expect((await readEnv(flat.id)).envVars).toEqual({
      HASURA_GRAPHQL_ADMIN_SECRET: flat.env.HASURA_GRAPHQL_ADMIN_SECRET,
      A: '1'
    })
    const updated = await ok(UPDATE_ENV, { id: flat.id, hash: flat.hash, envs: [{ key: 'B', value: '2' }] })
    expect(Object.keys(updated.updateTenantEnv.envVars)).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET', 'A', 'B'])
  })

  it('upserts, keeps other keys and changes the hash', async () => {
    const id = emu.seedTenant().id
    const before = await readEnv(id)
    const after = (
      await ok(UPDATE_ENV, {
        id,
        hash: before.hash,
        envs: [
          { key: 'A', value: '1' },
          { key: 'B', value: '2' }
        ]
      })
    ).updateTenantEnv
    expect(after.hash).toMatch(HEX40)
    expect(after.hash).not.toBe(before.hash)
    expect(after.envVars.environment).toEqual({ ...before.envVars.environment, A: '1', B: '2' })

    const again = (await ok(UPDATE_ENV, { id, hash: after.hash, envs: [{ key: 'A', value: 'changed' }] }))
      .updateTenantEnv
    expect(again.envVars.environment).toEqual({ ...before.envVars.environment, A: 'changed', B: '2' })
    expect(emu.tenant(id)!.hash).toBe(again.hash)
  })

  it('refuses a stale hash with code unexpected and leaves the env alone', async () => {
    const id = emu.seedTenant().id
    const { hash } = await readEnv(id)
    emu.setEnv(id, { OTHER: 'writer' })
    const err = errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] }))
    expect(err).toEqual({
      message: 'the config has been modified since it was read: currentHash is stale',
      extensions: { code: 'unexpected', path: '$' }
    })
    expect(emu.tenant(id)!.env.A).toBeUndefined()
    expect(errorOf(await gql(DELETE_ENV, { id, hash, keys: ['OTHER'] })).message).toMatch(/currentHash is stale/)
    expect(emu.tenant(id)!.env.OTHER).toBe('writer')
  })

  it('refuses writes that change nothing with "nothing changed in config"', async () => {
    const id = emu.seedTenant({ envs: { A: '1' } }).id
    const { hash } = await readEnv(id)
    const nothing = { message: 'nothing changed in config', extensions: { code: 'unexpected', path: '$' } }
    expect(errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] }))).toEqual(nothing)
    expect(errorOf(await gql(DELETE_ENV, { id, hash, keys: ['MISSING'] }))).toEqual(nothing)
    expect(emu.tenant(id)!.hash).toBe(hash)
  })

  it('deletes the listed keys that exist', async () => {
    const id = emu.seedTenant({ envs: { A: '1', B: '2' } }).id
    const { hash } = await readEnv(id)
    const after = (await ok(DELETE_ENV, { id, hash, keys: ['A', 'MISSING'] })).deleteTenantEnv
    expect(after.hash).not.toBe(hash)
    expect(Object.keys(after.envVars.environment)).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET', 'B'])
  })

  it('refuses every operation on an unknown tenant with code unexpected, except tenant_by_pk', async () => {
    for (const [query, vars] of [
      [DELETE, { id: MISSING }],
      [GET_ENV, { id: MISSING }],
      [UPDATE_ENV, { id: MISSING, hash: 'h', envs: [{ key: 'A', value: '1' }] }],
      [DELETE_ENV, { id: MISSING, hash: 'h', keys: ['A'] }]
    ] as const) {
      expect(errorOf(await gql(query, vars))).toEqual({
        message: 'tenant not found',
        extensions: { code: 'unexpected', path: '$' }
      })
    }
  })

  it('treats keys like __proto__ as plain keys', async () => {
    const id = emu.seedTenant().id
    const { hash } = await readEnv(id)
    await ok(UPDATE_ENV, { id, hash, envs: [{ key: '__proto__', value: 'x' }] })
    expect(Object.getOwnPropertyDescriptor(emu.tenant(id)!.env, '__proto__')?.value).toBe('x')
  })
})

describe('introspection and schema drift', () => {
  const FIELDS_OF_TENANT_ENV = `{ __type(name: "TenantEnv") { fields { name } } }`

  it('answers introspection by default', async () => {
    expect(await ok('{ __schema { queryType { name } mutationType { name } } }')).toEqual({
      __schema: { queryType: { name: 'query_root' }, mutationType: { name: 'mutation_root' } }
    })
    expect(await ok(FIELDS_OF_TENANT_ENV)).toEqual({ __type: { fields: [{ name: 'hash' }, { name: 'envVars' }] } })
  })

  it('refuses __schema and __type as hidden fields with introspection false; other queries still work', async () => {
    await restart({ introspection: false })
    expect(errorOf(await gql('{ __schema { queryType { name } } }'))).toEqual({
      message: `field '__schema' not found in type: 'query_root'`,
      extensions: { code: 'validation-failed', path: '$.selectionSet.__schema' }
    })
    expect(errorOf(await gql(FIELDS_OF_TENANT_ENV)).message).toBe(`field '__type' not found in type: 'query_root'`)
    const id = emu.seedTenant().id
    expect((await ok(`query($id: uuid!) { __typename tenant_by_pk(id: $id) { id } }`, { id })).tenant_by_pk).toEqual({
      id
    })
  })

  it('drift: true serves TenantEnv.envVars as envVariables', async () => {
    await restart({ drift: true })
    const t = emu.seedTenant()
    expect(errorOf(await gql(GET_ENV, { id: t.id }))).toEqual({
      message: `field 'envVars' not found in type: 'TenantEnv'`,
      extensions: { code: 'validation-failed', path: '$.selectionSet.getTenantEnv.selectionSet.envVars' }
    })
    expect(await ok(`query($id: uuid!) { getTenantEnv(tenantId: $id) { envVariables } }`, { id: t.id })).toEqual({
      getTenantEnv: { envVariables: { environment: t.env } }
    })
    expect(await ok(FIELDS_OF_TENANT_ENV)).toEqual({ __type: { fields: [{ name: 'hash' }, { name: 'envVariables' }] } })
  })

  it('drift renames any field given, root fields included', async () => {
    await restart({ drift: { type: 'mutation_root', field: 'createTenant', renamedTo: 'createProject' } })
    expect(errorOf(await gql(CREATE)).message).toBe(`field 'createTenant' not found in type: 'mutation_root'`)
    expect(emu.tenants()).toEqual([])
    const made = await ok(`mutation { createProject(cloud: "aws", region: "us-east-2") { id } }`)
    expect(emu.tenants().map((t) => t.id)).toEqual([made.createProject.id])
  })

  it('refuses to start with a drift of a field the schema does not have', async () => {
    await expect(CloudEmulator.start({ drift: { type: 'TenantEnv', field: 'nope', renamedTo: 'x' } })).rejects.toThrow(
      'drift: type TenantEnv has no field nope'
    )
  })
})

describe("tenants' own APIs", () => {
  /** An engine that echoes what it was asked and records its life. */
  function echoEngines() {
    const made: { tenantId: string; closed: boolean }[] = []
    const factory: TenantEngineFactory = (tenant) => {
      const record = { tenantId: tenant.tenantId, closed: false }
      made.push(record)
      return {
        async serve(req, res, path) {
          let body = ''
          for await (const chunk of req) body += String(chunk)
          const answer = JSON.stringify({ method: req.method, path, body, env: tenant.env() })
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(answer)
        },
        async close() {
          record.closed = true
        }
      }
    }
    return { made, factory }
  }

  it('hands every request under the endpoint to the tenant engine, with the path after the base', async () => {
    const engines = echoEngines()
    await restart({ engine: engines.factory })
    const t = emu.seedTenant({ name: 'shop', envs: { A: '1' } })
    const res = await fetch(`${t.endpoint}/v2/query?x=1`, { method: 'POST', body: '{"type":"run_sql"}' })
    expect(await res.json()).toEqual({ method: 'POST', path: '/v2/query?x=1', body: '{"type":"run_sql"}', env: t.env })
    emu.setEnv(t.id, { A: '2' })
    const again = (await (await fetch(`${t.endpoint}?y`)).json()) as Json
    expect(again).toMatchObject({ method: 'GET', path: '/?y', env: { A: '2' } })
    expect(engines.made).toEqual([{ tenantId: t.id, closed: false }])
  })

  it('answers 503 on every path while the tenant restarts, and counts health checks', async () => {
    await restart({ healthDelayMs: 300 })
    const { id, name } = await createTenant()
    const base = `${emu.origin}/p/${name}`
    expect((await get(`${base}/healthz`)).status).toBe(503)
    expect((await get(`${base}/v1/version`)).status).toBe(503)
    await new Promise((resolve) => setTimeout(resolve, 320))
    expect(await get(`${base}/healthz?strict=true`)).toEqual({ status: 200, body: 'OK' })
    expect((await get(`${base}/v1/version`)).status).toBe(404)
    expect(emu.healthChecks(id)).toBe(2)

    const { hash } = await readEnv(id)
    emu.healthDelayMs = 10_000
    await ok(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] })
    expect((await get(`${base}/healthz`)).status).toBe(503)
    emu.setHealthDelay(id, 0)
    expect((await get(`${base}/healthz`)).status).toBe(200)
  })

  it('answers 404 for an unknown or deleted tenant', async () => {
    const id = emu.seedTenant({ name: 'gone' }).id
    expect((await get(`${emu.origin}/p/nobody/healthz`)).status).toBe(404)
    await ok(DELETE, { id })
    expect((await get(`${emu.origin}/p/gone/healthz`)).status).toBe(404)
  })

  it('honours a per-tenant delay for seeded tenants', async () => {
    const t = emu.seedTenant({ healthDelayMs: 10_000 })
    expect((await get(`${t.endpoint}/healthz`)).status).toBe(503)
  })

  it('closes engines when their tenant is deleted, on reset and on stop', async () => {
    const engines = echoEngines()
    await restart({ engine: engines.factory })
    const [a, b, c] = [emu.seedTenant(), emu.seedTenant(), emu.seedTenant()]
    for (const t of [a, b, c]) await (await fetch(`${t.endpoint}/healthz`)).text()
    await ok(DELETE, { id: a.id })
    expect(engines.made.map((e) => e.closed)).toEqual([true, false, false])
    await emu.reset()
    expect(engines.made.map((e) => e.closed)).toEqual([true, true, true])

    const d = emu.seedTenant()
    await (await fetch(`${d.endpoint}/healthz`)).text()
    await emu.stop()
    expect(engines.made).toHaveLength(4)
    expect(engines.made[3]).toEqual({ tenantId: d.id, closed: true })
  })
})

describe('faults', () => {
  it.each([429, 500, 502, 503, 504] as const)('answers HTTP %i from the gateway without acting', async (status) => {
    emu.inject({ field: 'createTenant', fault: { kind: 'http', status, retryAfter: '3' } })
    const res = await post(JSON.stringify({ query: CREATE }))
    expect(res.status).toBe(status)
    expect(res.headers.get('retry-after')).toBe('3')
    await res.text()
    expect(emu.tenants()).toEqual([])
    expect(emu.calls).toEqual([expect.objectContaining({ fields: ['createTenant'], fault: 'http' })])

    await createTenant()
    expect(emu.tenants()).toHaveLength(1)
    expect(emu.calls[1]!.fault).toBeUndefined()
  })

  it('sends no Retry-After unless asked', async () => {
    emu.inject({ field: '*', fault: { kind: 'http', status: 503 } })
    const res = await post(JSON.stringify({ query: '{ projects { id } }' }))
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBeNull()
  })

  it('drops the connection before acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'drop-before' } })
    await expect(gql(CREATE)).rejects.toThrow('fetch failed')
    expect(emu.tenants()).toEqual([])
    expect(emu.callsTo('createTenant')).toEqual([expect.objectContaining({ fault: 'drop-before' })])
  })

  it('drops the connection after acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    await expect(gql(CREATE)).rejects.toThrow('fetch failed')
    expect(emu.tenants()).toHaveLength(1)
  })

  it('answers a GenericServerError with an id without acting', async () => {
    const id = emu.seedTenant().id
    emu.inject({ field: 'deleteTenant', fault: { kind: 'server-error' } })
    expect(errorOf(await gql(DELETE, { id }))).toEqual({
      message: 'there was an internal error while serving your request',
      extensions: { code: 'GenericServerError', path: '$', id: expect.stringMatching(UUID) }
    })
    expect(emu.tenant(id)).toBeDefined()
  })

  it('answers an HTML page with HTTP 200 without acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'html' } })
    const res = await post(JSON.stringify({ query: CREATE }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toMatch(/^<!DOCTYPE html>/)
    expect(emu.tenants()).toEqual([])
    expect(emu.calls[0]!.fault).toBe('html')
  })

  it('acts, then answers null for each root field', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'null-after' } })
    expect(await gql(`mutation { made: createTenant(cloud: "aws", region: "us-east-2") { id } }`)).toEqual({
      data: { made: null }
    })
    expect(emu.tenants()).toHaveLength(1)
  })

  it('refuses with code unexpected and the given message without acting', async () => {
    const id = emu.seedTenant().id
    emu.inject({ field: 'deleteTenant', fault: { kind: 'refuse', message: 'tenant is being migrated' } })
    expect(errorOf(await gql(DELETE, { id }))).toEqual({
      message: 'tenant is being migrated',
      extensions: { code: 'unexpected', path: '$' }
    })
    expect(emu.tenant(id)).toBeDefined()
  })

  it('hangs without acting until the emulator stops', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'hang' } })
    let settled = false
    const pending = gql(CREATE).finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(settled).toBe(false)
    expect(emu.tenants()).toEqual([])
    expect(emu.calls).toEqual([expect.objectContaining({ fault: 'hang' })])
    const started = Date.now()
    await emu.stop()
    await expect(pending).rejects.toThrow('fetch failed')
    // Stopped, not waited out: seconds at most on a busy machine, where a hang would be forever.
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('lets a concurrent writer change the env just before the request', async () => {
    const id = emu.seedTenant().id
    const { hash } = await readEnv(id)
    emu.inject({ field: 'updateTenantEnv', fault: { kind: 'concurrent-write', envs: { THEIRS: 'x' } } })
    expect(errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'MINE', value: 'y' }] })).message).toMatch(/stale/)

    const fresh = await readEnv(id)
    expect(fresh.hash).not.toBe(hash)
    expect(fresh.envVars.environment.THEIRS).toBe('x')
    const done = await ok(UPDATE_ENV, { id, hash: fresh.hash, envs: [{ key: 'MINE', value: 'y' }] })
    expect(done.updateTenantEnv.envVars.environment).toMatchObject({ THEIRS: 'x', MINE: 'y' })
  })

  it('delays the answer of a slow request, after acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'slow', ms: 300 } })
    const started = Date.now()
    const pending = gql(CREATE)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(emu.tenants()).toHaveLength(1)
    await pending
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('stops promptly while a slow answer is pending', async () => {
    emu.inject({ field: '*', fault: { kind: 'slow', ms: 60_000 } })
    const pending = gql('{ projects { id } }')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = Date.now()
    await emu.stop()
    // Seconds at most on a busy machine, where waiting out the answer would take a minute.
    expect(Date.now() - started).toBeLessThan(5000)
    await expect(pending).rejects.toThrow('fetch failed')
  })

  it('applies rules in order, to matching fields only, as many times as asked', async () => {
    emu.inject({ field: 'getTenantEnv', fault: { kind: 'http', status: 502 }, times: 2 })
    emu.inject({ field: '*', fault: { kind: 'http', status: 504 } })
    const id = emu.seedTenant().id
    const statuses: number[] = []
    for (const query of [GET_TENANT, GET_ENV, GET_ENV, GET_ENV, GET_ENV]) {
      const res = await post(JSON.stringify({ query, variables: { id } }))
      statuses.push(res.status)
      await res.text()
    }
    expect(statuses).toEqual([504, 502, 502, 200, 200])
    expect(emu.calls.map((c) => c.fault)).toEqual(['http', 'http', 'http', undefined, undefined])
  })
})

describe('test helpers', () => {
  it('seedTenant makes a tenant without a recorded call; a taken or invalid name is a mistake in the test', async () => {
    const t = emu.seedTenant({ name: 'shop-pr-7', envs: { A: '1' }, createdAt: new Date('2024-05-01T10:00:00Z') })
    expect(t).toEqual({
      id: expect.stringMatching(UUID),
      name: 'shop-pr-7',
      slug: 'shop-pr-7',
      projectId: expect.stringMatching(UUID),
      endpoint: `${emu.origin}/p/shop-pr-7`,
      cloud: 'aws',
      region: 'us-east-2',
      planName: 'cloud_free',
      createdAt: '2024-05-01T10:00:00.000+00:00',
      env: { HASURA_GRAPHQL_ADMIN_SECRET: expect.stringMatching(/^[0-9a-f]{32}$/), A: '1' },
      hash: expect.stringMatching(HEX40),
      healthyAt: expect.any(Number)
    })
    expect(emu.seedTenant().name).toMatch(GENERATED_NAME)
    expect(() => emu.seedTenant({ name: 'shop-pr-7' })).toThrow('the project name shop-pr-7 is taken')
    expect(() => emu.seedTenant({ name: 'Shop' })).toThrow('invalid project name')
    expect(emu.calls).toEqual([])
    expect(emu.tenants().map((x) => x.id)).toContain(t.id)
    expect(emu.tenant(MISSING)).toBeUndefined()
  })

  it('setEnv writes out of band: new hash, and the tenant restarts', async () => {
    const t = emu.seedTenant()
    emu.healthDelayMs = 10_000
    emu.setEnv(t.id, { B: '2' })
    expect(emu.tenant(t.id)!.hash).not.toBe(t.hash)
    expect(emu.tenant(t.id)!.env.B).toBe('2')
    expect((await get(`${t.endpoint}/healthz`)).status).toBe(503)
  })

  it('rename moves the endpoint as a rename in the console would', async () => {
    const t = emu.seedTenant({ name: 'old-name' })
    emu.seedTenant({ name: 'other' })
    expect(emu.rename(t.id, 'new-name').endpoint).toBe(`${emu.origin}/p/new-name`)
    expect((await get(`${emu.origin}/p/new-name/healthz`)).status).toBe(200)
    expect((await get(`${emu.origin}/p/old-name/healthz`)).status).toBe(404)
    expect(() => emu.rename(t.id, 'other')).toThrow('the project name other is taken')
  })

  it('reset goes back to the start options, with no tenants, calls or faults', async () => {
    await restart({ envShape: 'flat', projectQuota: 1 })
    emu.envShape = 'nested'
    emu.endpointShape = 'graphql'
    emu.projectQuota = 0
    emu.introspection = false
    emu.seedTenant()
    emu.inject({ field: '*', fault: { kind: 'drop-before' } })
    await emu.reset()
    expect(emu.tenants()).toEqual([])
    const { id, name } = await createTenant()
    expect((await readEnv(id)).envVars).toEqual(emu.tenant(id)!.env)
    expect(emu.tenant(id)!.endpoint).toBe(`${emu.origin}/p/${name}`)
    expect(errorOf(await gql(CREATE)).extensions.code).toBe('unexpected')
    await ok('{ __schema { queryType { name } } }')
    expect(emu.calls).toHaveLength(4)
  })
})

describe('TLS', () => {
  it('serves HTTPS under the given host name, for the API and the tenants', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emulator-tls-'))
    try {
      const made = spawnSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=cloud.test'],
          ...['-addext', 'subjectAltName=DNS:cloud.test', '-keyout', 'key.pem', '-out', 'cert.pem']
        ],
        { cwd: dir, encoding: 'utf8' }
      )
      expect(made.status).toBe(0)
      const cert = readFileSync(path.join(dir, 'cert.pem'))
      await restart({ tls: { key: readFileSync(path.join(dir, 'key.pem')), cert }, host: 'cloud.test' })

      expect(emu.origin).toMatch(/^https:\/\/cloud\.test:\d+$/)
      expect(emu.url).toBe(`${emu.origin}/v1/graphql`)
      // cloud.test resolves nowhere: connect to 127.0.0.1 and verify the certificate for the name, as a proxy would.
      const request = (url: string, body?: string) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const { port, pathname, host } = new URL(url)
          const req = https.request(
            {
              host: '127.0.0.1',
              port,
              path: pathname,
              method: body === undefined ? 'GET' : 'POST',
              servername: 'cloud.test',
              ca: cert,
              headers: { host, authorization: `pat ${emu.pat}`, 'content-type': 'application/json' }
            },
            (res) => {
              let text = ''
              res.on('data', (chunk: Buffer) => (text += chunk.toString()))
              res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
            }
          )
          req.on('error', reject)
          req.end(body)
        })

      const created = await request(emu.url, JSON.stringify({ query: CREATE }))
      const { name, tenant } = (JSON.parse(created.text) as GqlBody).data!.createTenant
      expect(tenant.project.endpoint).toBe(`${emu.origin}/p/${name}`)
      expect(await request(`${tenant.project.endpoint}/healthz`)).toEqual({ status: 200, text: 'OK' })
      await expect(fetch(`http://127.0.0.1:${new URL(emu.origin).port}/v1/graphql`)).rejects.toThrow('fetch failed')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
