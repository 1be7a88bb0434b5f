/**
 * Every GraphQL document the action sends to Hasura Cloud, in one place: the client sends them, and `check`
 * verifies each against the live schema. Variables are scalars only, so no input type name of the API is assumed
 * beyond the ones written here.
 */
export interface CloudDocument {
  /** The operation name, as `check` reports it. */
  name: string
  kind: 'query' | 'mutation'
  text: string
  /** The action's operations that send it. */
  usedBy: readonly string[]
  /** For reads: variables that touch nothing (the nil UUID), to prove the fields exist where introspection is refused. */
  probe?: Record<string, unknown>
}

export const NIL_UUID = '00000000-0000-0000-0000-000000000000'

const TENANT_FIELDS = 'id slug project { id name endpoint }'
const PROJECT_FIELDS = 'id name endpoint created_at tenant { id }'
const ENV_FIELDS = 'hash envVars'

function document(
  name: string,
  kind: CloudDocument['kind'],
  text: string,
  usedBy: string[],
  probe?: Record<string, unknown>
): CloudDocument {
  return { name, kind, text, usedBy, probe }
}

export const DOCUMENTS = {
  getTenant: document(
    'GetTenant',
    'query',
    `query GetTenant($id: uuid!) { tenant_by_pk(id: $id) { ${TENANT_FIELDS} } }`,
    ['create', 'delete', 'get', 'sync-env', 'sweep'],
    { id: NIL_UUID }
  ),
  readTenant: document(
    'ReadTenant',
    'query',
    `query ReadTenant($id: uuid!) { tenant_by_pk(id: $id) { ${TENANT_FIELDS} } getTenantEnv(tenantId: $id) { ${ENV_FIELDS} } }`,
    ['create', 'delete', 'get', 'sync-env', 'sweep'],
    { id: NIL_UUID }
  ),
  getTenantEnv: document(
    'GetTenantEnv',
    'query',
    `query GetTenantEnv($tenantId: uuid!) { getTenantEnv(tenantId: $tenantId) { ${ENV_FIELDS} } }`,
    ['create', 'sync-env', 'sweep'],
    { tenantId: NIL_UUID }
  ),
  listProjects: document(
    'ListProjects',
    'query',
    `query ListProjects { projects(order_by: {created_at: asc}) { ${PROJECT_FIELDS} } }`,
    ['create'],
    {}
  ),
  findProjects: document(
    'FindProjects',
    'query',
    `query FindProjects($name: String!) { projects(where: {name: {_eq: $name}}) { ${PROJECT_FIELDS} } }`,
    ['create', 'delete'],
    { name: '' }
  ),
  listPreviewProjects: document(
    'ListPreviewProjects',
    'query',
    `query ListPreviewProjects($pattern: String!, $limit: Int!, $offset: Int!) {
  projects(where: {name: {_like: $pattern}}, order_by: {created_at: asc}, limit: $limit, offset: $offset) { ${PROJECT_FIELDS} }
}`,
    ['sweep'],
    { pattern: '', limit: 1, offset: 0 }
  ),
  createTenant: document(
    'CreateTenant',
    'mutation',
    `mutation CreateTenant($cloud: String!, $region: String!, $plan: String) {
  createTenant(cloud: $cloud, region: $region, plan: $plan) { id name tenant { id slug config { hash } project { id name endpoint } } }
}`,
    ['create']
  ),
  renameProject: document(
    'RenameProject',
    'mutation',
    `mutation RenameProject($id: uuid!, $name: String!) {
  update_projects_by_pk(pk_columns: {id: $id}, _set: {name: $name}) { id name endpoint }
}`,
    ['create']
  ),
  deleteTenant: document(
    'DeleteTenant',
    'mutation',
    `mutation DeleteTenant($tenantId: uuid!) { deleteTenant(tenantId: $tenantId) { status } }`,
    ['create', 'delete', 'sweep']
  ),
  updateTenantEnv: document(
    'UpdateTenantEnv',
    'mutation',
    `mutation UpdateTenantEnv($tenantId: uuid!, $currentHash: String!, $envs: [UpdateEnvObject!]!) {
  updateTenantEnv(tenantId: $tenantId, currentHash: $currentHash, envs: $envs) { ${ENV_FIELDS} }
}`,
    ['create', 'sync-env']
  ),
  deleteTenantEnv: document(
    'DeleteTenantEnv',
    'mutation',
    `mutation DeleteTenantEnv($tenantId: uuid!, $currentHash: String!, $deleteEnvs: [String!]!) {
  deleteTenantEnv(tenantId: $tenantId, currentHash: $currentHash, deleteEnvs: $deleteEnvs) { ${ENV_FIELDS} }
}`,
    ['create', 'sync-env']
  )
} as const satisfies Record<string, CloudDocument>
