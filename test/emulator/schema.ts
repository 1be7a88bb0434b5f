/**
 * The GraphQL schema of the emulated Hasura Cloud control-plane API: the subset of Hasura's generated
 * control-plane types (from Hasura's generated control-plane types, hasura/graphql-engine frontend/.../ControlPlane/generatedGraphQLTypes.ts) that the action uses, with the scalars checked the
 * way Postgres would, and optionally one field renamed to emulate a live schema that drifted away.
 */
import {
  GraphQLScalarType,
  Kind,
  buildASTSchema,
  defaultFieldResolver,
  parse,
  visit,
  type GraphQLObjectType,
  type GraphQLSchema
} from 'graphql'

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

/** One field of an object type served under another name, as after a change of the live API. */
export interface SchemaDrift {
  type: string
  field: string
  renamedTo: string
}

/** The drift `drift: true` means: the field the action reads env vars from. */
export const DEFAULT_DRIFT: SchemaDrift = { type: 'TenantEnv', field: 'envVars', renamedTo: 'envVariables' }

export const cloudSdl = /* GraphQL */ `
  schema {
    query: query_root
    mutation: mutation_root
  }

  scalar uuid
  "Arbitrary JSON; envVars is {environment: map} on the live API, a flat map on older ones."
  scalar jsonb
  scalar timestamptz

  enum order_by {
    asc
    desc
  }

  type query_root {
    tenant_by_pk(id: uuid!): tenant
    tenant(where: tenant_bool_exp, limit: Int, offset: Int, order_by: [tenant_order_by!]): [tenant!]!
    projects(where: projects_bool_exp, limit: Int, offset: Int, order_by: [projects_order_by!]): [projects!]!
    getTenantEnv(tenantId: uuid!): TenantEnv
  }

  type mutation_root {
    createTenant(
      cloud: String!
      region: String!
      name: String
      plan: String
      envs: [UpdateEnvsObject]
      dedicatedVPCID: String
    ): CreateTenantResponse
    update_projects_by_pk(pk_columns: projects_pk_columns_input!, _set: projects_set_input): projects
    deleteTenant(tenantId: uuid!): TenantDeleteResponse
    updateTenantEnv(tenantId: uuid!, currentHash: String!, envs: [UpdateEnvObject!]!): TenantEnv
    deleteTenantEnv(tenantId: uuid!, currentHash: String!, deleteEnvs: [String!]!): TenantEnv
  }

  type tenant {
    id: uuid!
    slug: String!
    active: Boolean!
    cloud: String!
    region: String!
    created_at: timestamptz!
    project_id: uuid!
    project: projects!
    config: config
  }

  type config {
    hash: String!
    tenant_id: uuid!
  }

  type projects {
    id: uuid!
    name: String!
    endpoint: String!
    created_at: timestamptz!
    plan_name: String
    tenant: tenant
  }

  type TenantEnv {
    hash: String!
    envVars: jsonb!
  }

  type CreateTenantResponse {
    id: uuid!
    name: String!
    tenant: tenant
  }

  type TenantDeleteResponse {
    status: String!
  }

  input UpdateEnvObject {
    key: String!
    value: String!
  }

  input UpdateEnvsObject {
    key: String!
    value: String!
  }

  input projects_pk_columns_input {
    id: uuid!
  }

  input projects_set_input {
    name: String
  }

  input String_comparison_exp {
    _eq: String
    _neq: String
    _in: [String!]
    _nin: [String!]
    _like: String
    _nlike: String
    _ilike: String
  }

  input uuid_comparison_exp {
    _eq: uuid
    _neq: uuid
    _in: [uuid!]
  }

  input timestamptz_comparison_exp {
    _eq: timestamptz
    _gt: timestamptz
    _gte: timestamptz
    _lt: timestamptz
    _lte: timestamptz
  }

  input projects_bool_exp {
    _and: [projects_bool_exp!]
    _or: [projects_bool_exp!]
    _not: projects_bool_exp
    id: uuid_comparison_exp
    name: String_comparison_exp
    created_at: timestamptz_comparison_exp
    tenant: tenant_bool_exp
  }

  input tenant_bool_exp {
    _and: [tenant_bool_exp!]
    _or: [tenant_bool_exp!]
    _not: tenant_bool_exp
    id: uuid_comparison_exp
    slug: String_comparison_exp
    created_at: timestamptz_comparison_exp
    project: projects_bool_exp
  }

  input projects_order_by {
    created_at: order_by
    name: order_by
  }

  input tenant_order_by {
    created_at: order_by
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

function parseTimestamp(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new ApiError(
      'data-exception',
      `invalid input syntax for type timestamp with time zone: ${JSON.stringify(value)}`
    )
  }
  return value
}

/** buildSchema gives custom scalars identity parsing; these must reject what Postgres rejects. */
function checkScalar(schema: GraphQLSchema, name: string, parse: (value: unknown) => string): void {
  const scalar = schema.getType(name) as GraphQLScalarType
  scalar.parseValue = parse
  scalar.parseLiteral = (node) => parse(node.kind === Kind.STRING ? node.value : undefined)
}

/**
 * The schema, with `drift` applied: the field gets its new name and still resolves from the old property. `edit`
 * rewrites the SDL first (a live schema without a mutation root, or with a type graphql-js calls invalid: it is then
 * served as the engine would serve it, unvalidated).
 */
export function buildCloudSchema(drift?: SchemaDrift, edit?: (sdl: string) => string): GraphQLSchema {
  let renamed = false
  const document = visit(parse(edit ? edit(cloudSdl) : cloudSdl), {
    ObjectTypeDefinition(node) {
      if (!drift || node.name.value !== drift.type) return undefined
      const fields = node.fields?.map((field) => {
        if (field.name.value !== drift.field) return field
        renamed = true
        return { ...field, name: { ...field.name, value: drift.renamedTo } }
      })
      return { ...node, fields }
    }
  })
  if (drift && !renamed) throw new Error(`drift: type ${drift.type} has no field ${drift.field} in the emulated schema`)

  const schema = buildASTSchema(document, { assumeValid: edit !== undefined })
  checkScalar(schema, 'uuid', parseUuid)
  checkScalar(schema, 'timestamptz', parseTimestamp)
  if (drift) {
    const field = (schema.getType(drift.type) as GraphQLObjectType).getFields()[drift.renamedTo]!
    field.resolve = (source, args, context, info) =>
      defaultFieldResolver(source, args, context, { ...info, fieldName: drift.field })
  }
  return schema
}
