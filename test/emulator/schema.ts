/**
 * The GraphQL schema of the emulated Hasura Cloud control-plane API, written from
 * ../shared/hasura-cloud-api.md (documented operations plus the undocumented ones real
 * clients use), with the `uuid` scalar checked the way Postgres would.
 */
import { GraphQLScalarType, Kind, buildSchema, type GraphQLSchema } from 'graphql'

/** A failure the emulated server reports as a Hasura-style error with `extensions.code`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Extra `extensions` entries, e.g. the request id of a GenericServerError. */
    readonly extensions: Record<string, unknown> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const cloudSdl = /* GraphQL */ `
  schema {
    query: query_root
    mutation: mutation_root
  }

  scalar uuid
  "Arbitrary JSON; envVars is a flat map or {environment: map} depending on the API version."
  scalar jsonb

  type query_root {
    tenant_by_pk(id: uuid!): tenant
    getTenantEnv(tenantId: uuid!): TenantEnv
    projects(where: projects_bool_exp): [projects!]!
  }

  type mutation_root {
    createTenant(
      cloud: String!
      region: String!
      databaseUrl: String
      name: String
      envs: [UpdateEnvObject!]
      plan: String
    ): CreateTenantResponse
    deleteTenant(tenantId: uuid!): DeleteTenantResponse
    updateTenantEnv(tenantId: uuid!, currentHash: String!, envs: [UpdateEnvObject!]!): TenantEnv
    deleteTenantEnv(tenantId: uuid!, currentHash: String!, deleteEnvs: [String!]!): TenantEnv
  }

  type tenant {
    id: uuid!
    name: String!
    slug: String!
    cloud: String!
    region: String!
    project: projects!
  }

  type projects {
    id: uuid!
    name: String!
    endpoint: String!
    tenant: tenant
  }

  type TenantEnv {
    hash: String!
    envVars: jsonb!
  }

  type CreateTenantResponse {
    id: uuid!
    name: String!
    tenant: tenant!
  }

  type DeleteTenantResponse {
    status: String!
  }

  input UpdateEnvObject {
    key: String!
    value: String!
  }

  input String_comparison_exp {
    _eq: String
  }

  input uuid_comparison_exp {
    _eq: uuid
  }

  input projects_bool_exp {
    _and: [projects_bool_exp!]
    id: uuid_comparison_exp
    name: String_comparison_exp
  }
`

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

function parseUuid(value: unknown): string {
  if (!isUuid(value)) {
    throw new ApiError('data-exception', `invalid input syntax for type uuid: ${JSON.stringify(value)}`)
  }
  return value.toLowerCase()
}

export function buildCloudSchema(): GraphQLSchema {
  const schema = buildSchema(cloudSdl)
  // buildSchema gives custom scalars identity parsing; uuid must reject non-UUIDs like Postgres does.
  const uuid = schema.getType('uuid') as GraphQLScalarType
  uuid.parseValue = parseUuid
  uuid.parseLiteral = (node) => parseUuid(node.kind === Kind.STRING ? node.value : undefined)
  return schema
}
