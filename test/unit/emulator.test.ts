import { CloudEmulator } from '../emulator/emulator.js'

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

const CREATE = `mutation Create($name: String, $databaseUrl: String, $envs: [UpdateEnvObject!]) {
  createTenant(cloud: "aws", region: "us-east-2", name: $name, databaseUrl: $databaseUrl, envs: $envs) {
    id name tenant { id }
  }
}`
const GET_TENANT = `query Get($id: uuid!) { tenant_by_pk(id: $id) { id slug name project { id name endpoint } } }`
const GET_ENV = `query Env($id: uuid!) { getTenantEnv(tenantId: $id) { hash envVars } }`
const UPDATE_ENV = `mutation Update($id: uuid!, $hash: String!, $envs: [UpdateEnvObject!]!) {
  updateTenantEnv(tenantId: $id, currentHash: $hash, envs: $envs) { hash envVars }
}`
const DELETE_ENV = `mutation DeleteEnv($id: uuid!, $hash: String!, $keys: [String!]!) {
  deleteTenantEnv(tenantId: $id, currentHash: $hash, deleteEnvs: $keys) { hash envVars }
}`
const DELETE = `mutation Delete($id: uuid!) { deleteTenant(tenantId: $id) { status } }`
const PROJECTS = `query Find($name: String!) { projects(where: {name: {_eq: $name}}) { id name endpoint tenant { id } } }`

let emu: CloudEmulator

beforeEach(async () => {
  emu = await CloudEmulator.start({ pat: 'test-pat' })
})

afterEach(async () => {
  await emu.stop()
})

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

function errorOf(body: GqlBody): GqlError {
  expect(body.data).toBeUndefined()
  expect(body.errors).toHaveLength(1)
  return body.errors![0]!
}

async function createTenant(name?: string): Promise<string> {
  const body = await gql(CREATE, { name })
  expect(body.errors).toBeUndefined()
  return body.data!.createTenant.id as string
}

async function readEnv(id: string): Promise<{ hash: string; envVars: Json }> {
  const body = await gql(GET_ENV, { id })
  expect(body.errors).toBeUndefined()
  return body.data!.getTenantEnv
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
    expect(emu.calls).toHaveLength(1)
    expect(emu.calls[0]).toMatchObject({ fields: ['createTenant'], variables: { name: 'x' }, authorized: false })
  })

  it('answers malformed JSON with invalid-json', async () => {
    const res = await post('{"query": ')
    expect(res.status).toBe(200)
    expect(errorOf((await res.json()) as GqlBody).extensions.code).toBe('invalid-json')
    expect(emu.calls).toEqual([expect.objectContaining({ fields: [], variables: {} })])
  })

  it('answers unknown fields and bad uuids as Hasura does', async () => {
    const unknown = errorOf(await gql('{ tenants { id } }'))
    expect(unknown).toEqual({
      message: `field "tenants" not found in type: 'query_root'`,
      extensions: { code: 'validation-failed', path: '$' }
    })
    expect(errorOf(await gql(GET_TENANT, { id: 'not-a-uuid' })).extensions.code).toBe('data-exception')
    expect(errorOf(await gql(GET_TENANT, {})).extensions.code).toBe('validation-failed')
  })

  it('records operation name, root fields and variables of each call', async () => {
    const id = emu.seedTenant().id
    await gql(`query Both($id: uuid!) { tenant_by_pk(id: $id) { id } projects { id } }`, { id })
    const res = await post(
      JSON.stringify({ query: `${GET_ENV} ${GET_TENANT}`, operationName: 'Env', variables: { id } })
    )
    expect((await res.json()) as GqlBody).toMatchObject({ data: { getTenantEnv: { hash: expect.any(String) } } })
    expect(emu.calls).toEqual([
      { fields: ['tenant_by_pk', 'projects'], variables: { id }, authorized: true, at: expect.any(Number) },
      { fields: ['getTenantEnv'], operationName: 'Env', variables: { id }, authorized: true, at: expect.any(Number) }
    ])
    expect(emu.callsTo('tenant_by_pk')).toEqual([emu.calls[0]])
  })
})

describe('tenants', () => {
  it('creates, reads, finds and deletes a tenant', async () => {
    const created = await gql(CREATE, { name: 'pr-preview-7', databaseUrl: 'postgres://u:secret@db/x' })
    const { id, name, tenant } = created.data!.createTenant
    expect(id).toMatch(UUID)
    expect(name).toBe('pr-preview-7')
    expect(tenant).toEqual({ id })

    const read = (await gql(GET_TENANT, { id })).data!.tenant_by_pk
    expect(read).toEqual({
      id,
      slug: 'pr-preview-7',
      name: 'pr-preview-7',
      project: {
        id: expect.stringMatching(UUID),
        name: 'pr-preview-7',
        endpoint: `${emu.origin}/p/pr-preview-7/v1/graphql`
      }
    })
    expect(read.project.id).not.toBe(id)

    const env = await readEnv(id)
    expect(env.hash).toMatch(HEX40)
    expect(Object.keys(env.envVars)).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET', 'HASURA_GRAPHQL_DATABASE_URL'])
    expect(env.envVars.HASURA_GRAPHQL_ADMIN_SECRET).toMatch(/^[0-9a-f]{32}$/)
    expect(env.envVars.HASURA_GRAPHQL_DATABASE_URL).toBe('postgres://u:secret@db/x')

    const found = (await gql(PROJECTS, { name: 'pr-preview-7' })).data!.projects
    expect(found).toEqual([
      { id: read.project.id, name: 'pr-preview-7', endpoint: read.project.endpoint, tenant: { id } }
    ])
    expect((await gql(PROJECTS, { name: 'other' })).data!.projects).toEqual([])

    expect((await gql(DELETE, { id })).data).toEqual({ deleteTenant: { status: 'deleted' } })
    expect((await gql(GET_TENANT, { id })).data).toEqual({ tenant_by_pk: null })
    expect(emu.tenants()).toEqual([])
  })

  it('generates a lower-case name when none is given', async () => {
    const id = await createTenant()
    expect(emu.tenant(id)!.name).toMatch(/^[a-z]+-[a-z]+-\d{4}$/)
    expect(emu.tenant(id)!.slug).toBe(emu.tenant(id)!.name)
  })

  it('rejects a duplicate name with constraint-violation', async () => {
    await createTenant('taken')
    expect(errorOf(await gql(CREATE, { name: 'taken' })).extensions.code).toBe('constraint-violation')
    expect(emu.tenants()).toHaveLength(1)
  })

  it('fails createTenant with envs as the live API does, creating nothing', async () => {
    const err = errorOf(await gql(CREATE, { name: 'x', envs: [{ key: 'A', value: '1' }] }))
    expect(err.message).toBe('there was an internal error while serving your request')
    expect(err.extensions.code).toBe('GenericServerError')
    expect(emu.tenants()).toEqual([])
  })

  it('reports an unknown tenant as not-exists on every operation but tenant_by_pk', async () => {
    const id = '6f1c1b8e-1d7a-4c39-9a51-2f1e4f4b0a11'
    expect((await gql(GET_TENANT, { id })).data).toEqual({ tenant_by_pk: null })
    for (const [query, vars] of [
      [DELETE, { id }],
      [GET_ENV, { id }],
      [UPDATE_ENV, { id, hash: 'h', envs: [{ key: 'A', value: '1' }] }],
      [DELETE_ENV, { id, hash: 'h', keys: ['A'] }]
    ] as const) {
      const err = errorOf(await gql(query, vars))
      expect(err).toEqual({ message: 'tenant not found', extensions: { code: 'not-exists', path: '$' } })
    }
  })
})

describe('env vars', () => {
  it('upserts, keeps other keys and changes the hash', async () => {
    const id = await createTenant('env')
    const before = await readEnv(id)
    const body = await gql(UPDATE_ENV, {
      id,
      hash: before.hash,
      envs: [
        { key: 'A', value: '1' },
        { key: 'B', value: '2' }
      ]
    })
    const after = body.data!.updateTenantEnv
    expect(after.hash).toMatch(HEX40)
    expect(after.hash).not.toBe(before.hash)
    expect(after.envVars).toEqual({ ...before.envVars, A: '1', B: '2' })

    const again = (await gql(UPDATE_ENV, { id, hash: after.hash, envs: [{ key: 'A', value: 'changed' }] })).data!
      .updateTenantEnv
    expect(again.envVars).toEqual({ ...before.envVars, A: 'changed', B: '2' })
    expect(emu.tenant(id)!.hash).toBe(again.hash)
  })

  it('rejects a stale hash and leaves the env alone', async () => {
    const id = await createTenant('stale')
    const { hash } = await readEnv(id)
    emu.setEnv(id, { OTHER: 'writer' })
    const err = errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] }))
    expect(err.message).toMatch(/modified since it was read/)
    expect(emu.tenant(id)!.env.A).toBeUndefined()
    expect(errorOf(await gql(DELETE_ENV, { id, hash, keys: ['OTHER'] })).message).toMatch(/modified/)
    expect(emu.tenant(id)!.env.OTHER).toBe('writer')
  })

  it('rejects writes that change nothing', async () => {
    const id = emu.seedTenant({ envs: { A: '1' } }).id
    const { hash } = await readEnv(id)
    expect(errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] })).message).toMatch(/no changes/)
    expect(errorOf(await gql(DELETE_ENV, { id, hash, keys: ['MISSING'] })).message).toMatch(/no changes/)
    expect(emu.tenant(id)!.hash).toBe(hash)
  })

  it('deletes the listed keys that exist', async () => {
    const id = emu.seedTenant({ envs: { A: '1', B: '2' } }).id
    const { hash } = await readEnv(id)
    const after = (await gql(DELETE_ENV, { id, hash, keys: ['A', 'MISSING'] })).data!.deleteTenantEnv
    expect(after.hash).not.toBe(hash)
    expect(Object.keys(after.envVars)).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET', 'B'])
  })

  it('answers envVars in the flat or nested shape', async () => {
    const id = emu.seedTenant({ envs: { A: '1' } }).id
    const secret = emu.tenant(id)!.env.HASURA_GRAPHQL_ADMIN_SECRET
    expect((await readEnv(id)).envVars).toEqual({ HASURA_GRAPHQL_ADMIN_SECRET: secret, A: '1' })

    emu.envShape = 'nested'
    const nested = await readEnv(id)
    expect(nested.envVars).toEqual({ environment: { HASURA_GRAPHQL_ADMIN_SECRET: secret, A: '1' } })
    const updated = await gql(UPDATE_ENV, { id, hash: nested.hash, envs: [{ key: 'B', value: '2' }] })
    expect(updated.data!.updateTenantEnv.envVars).toEqual({
      environment: { HASURA_GRAPHQL_ADMIN_SECRET: secret, A: '1', B: '2' }
    })
  })

  it('treats keys like __proto__ as plain keys', async () => {
    const id = emu.seedTenant().id
    const { hash } = await readEnv(id)
    await gql(UPDATE_ENV, { id, hash, envs: [{ key: '__proto__', value: 'x' }] })
    expect(Object.getOwnPropertyDescriptor(emu.tenant(id)!.env, '__proto__')?.value).toBe('x')
  })
})

describe('faults', () => {
  it.each([429, 500, 502, 503, 504] as const)('answers HTTP %i from the gateway without acting', async (status) => {
    emu.inject({ field: 'createTenant', fault: { kind: 'http', status, retryAfter: '3' } })
    const res = await post(JSON.stringify({ query: CREATE, variables: { name: 'x' } }))
    expect(res.status).toBe(status)
    expect(res.headers.get('retry-after')).toBe('3')
    await res.text()
    expect(emu.tenants()).toEqual([])
    expect(emu.calls).toEqual([expect.objectContaining({ fields: ['createTenant'], fault: 'http' })])

    await createTenant('x')
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
    await expect(gql(CREATE, { name: 'x' })).rejects.toThrow('fetch failed')
    expect(emu.tenants()).toEqual([])
    expect(emu.callsTo('createTenant')).toEqual([expect.objectContaining({ fault: 'drop-before' })])
  })

  it('drops the connection after acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'drop-after' } })
    await expect(gql(CREATE, { name: 'lost' })).rejects.toThrow('fetch failed')
    expect(emu.tenants().map((t) => t.name)).toEqual(['lost'])
    expect((await gql(PROJECTS, { name: 'lost' })).data!.projects).toHaveLength(1)
  })

  it('answers a GenericServerError with an id without acting', async () => {
    const id = emu.seedTenant().id
    emu.inject({ field: 'deleteTenant', fault: { kind: 'server-error' } })
    const err = errorOf(await gql(DELETE, { id }))
    expect(err.message).toBe('there was an internal error while serving your request')
    expect(err.extensions.code).toBe('GenericServerError')
    expect(err.extensions.path).toBe('$')
    expect(err.extensions.id).toMatch(UUID)
    expect(emu.tenant(id)).toBeDefined()
  })

  it('lets a concurrent writer change the env just before the request', async () => {
    const id = emu.seedTenant().id
    const { hash } = await readEnv(id)
    emu.inject({ field: 'updateTenantEnv', fault: { kind: 'concurrent-write', envs: { THEIRS: 'x' } } })
    const err = errorOf(await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'MINE', value: 'y' }] }))
    expect(err.message).toMatch(/modified/)

    const fresh = await readEnv(id)
    expect(fresh.hash).not.toBe(hash)
    expect(fresh.envVars.THEIRS).toBe('x')
    const ok = await gql(UPDATE_ENV, { id, hash: fresh.hash, envs: [{ key: 'MINE', value: 'y' }] })
    expect(ok.data!.updateTenantEnv.envVars).toMatchObject({ THEIRS: 'x', MINE: 'y' })
  })

  it('delays the answer of a slow request, after acting', async () => {
    emu.inject({ field: 'createTenant', fault: { kind: 'slow', ms: 300 } })
    const started = Date.now()
    const pending = gql(CREATE, { name: 'slow' })
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
    expect(Date.now() - started).toBeLessThan(1000)
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

  it('reset clears tenants, calls and rules', async () => {
    emu.seedTenant()
    emu.inject({ field: '*', fault: { kind: 'drop-before' } })
    emu.reset()
    expect(emu.tenants()).toEqual([])
    expect((await gql('{ projects { id } }')).data).toEqual({ projects: [] })
    expect(emu.calls).toHaveLength(1)
  })
})

describe('health', () => {
  async function health(slug: string): Promise<number> {
    const res = await fetch(`${emu.origin}/p/${slug}/healthz`)
    await res.text()
    return res.status
  }

  it('keeps a new tenant unhealthy for healthDelayMs and counts the checks', async () => {
    emu.healthDelayMs = 300
    const id = await createTenant('slowstart')
    expect(await health('slowstart')).toBe(503)
    await new Promise((resolve) => setTimeout(resolve, 320))
    const res = await fetch(`${emu.origin}/p/slowstart/healthz`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('OK')
    expect(emu.healthChecks(id)).toBe(2)
  })

  it('restarts the tenant on an env change', async () => {
    const id = emu.seedTenant({ name: 'restart' }).id
    expect(await health('restart')).toBe(200)
    emu.healthDelayMs = 10_000
    const { hash } = await readEnv(id)
    await gql(UPDATE_ENV, { id, hash, envs: [{ key: 'A', value: '1' }] })
    expect(await health('restart')).toBe(503)
    emu.setHealthDelay(id, 0)
    expect(await health('restart')).toBe(200)
  })

  it('answers 404 for an unknown or deleted tenant', async () => {
    const id = emu.seedTenant({ name: 'gone' }).id
    expect(await health('nobody')).toBe(404)
    await gql(DELETE, { id })
    expect(await health('gone')).toBe(404)
  })

  it('honours a per-tenant delay for seeded tenants', async () => {
    emu.seedTenant({ name: 'seeded', healthDelayMs: 10_000 })
    expect(await health('seeded')).toBe(503)
  })
})
