/**
 * The GraphQL schema the engine emulator answers introspection with, per role, built as graphql-engine builds it from
 * the metadata and the database catalog (hasura/graphql-engine server/src-lib/Hasura/GraphQL/Schema/): one object type
 * per tracked table named by its `custom_name` or its table name (`<schema>_<table>` outside `public`, Table.hs
 * getTableIdentifierName), the role's permitted columns with their Postgres type's scalar (Int, Float, String,
 * Boolean, else the Postgres type name: Backends/Postgres/Instances/Schema.hs), object and array relationships to
 * tables the role may select, and the root fields of Build.hs (buildTableQueryAndSubscriptionFields and the mutation
 * builders): `<t>`, `<t>_by_pk` (when every primary key column is selectable, Select.hs selectTableByPk),
 * `<t>_aggregate` (with `allow_aggregations`, selectTableAggregate), `<t>_stream` on subscriptions, filtered by the
 * permission's `query_root_fields` / `subscription_root_fields`; `insert_<t>`, `insert_<t>_one` (which also needs a
 * select permission), `update_<t>`, `update_<t>_by_pk`, `update_<t>_many`, `delete_<t>`, `delete_<t>_by_pk` per
 * permission (Mutation.hs, Update.hs), each renamed by `custom_root_fields`. A role with no query field gets
 * `no_queries_available` (as the engine does), no mutation or subscription root when it has none.
 *
 * A faithful subset: left out are functions and computed fields, actions and remote schemas, remote relationships,
 * nested inserts and `on_conflict` (they need the unique constraints), aggregate order_by and aggregation
 * predicates, the stddev/variance aggregates, type-specific operators (jsonb's `_contains`, `_has_key`..., PostGIS'),
 * the Relay API, naming conventions (`graphql-default`), source customization (root field namespaces and prefixes),
 * column comments as descriptions, and introspection disabled per role. Inherited roles take the union of their
 * parents' select permissions and a mutation permission only when every parent has the same (the engine's conflict
 * rules are finer).
 */
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLEnumValueConfigMap,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLInputFieldConfig,
  type ThunkObjMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType
} from 'graphql'
import type { ColumnType, DatabaseCatalog } from './catalog.js'
import { isObject, qualify, sourcesOf, tablesOf, type QualifiedTable } from './inconsistency.js'

type Json = Record<string, unknown>

const ADMIN = 'admin'

/** The role's select permission on a table; `rootFields` undefined: every root field. */
interface SelectGrant {
  columns: Set<string>
  aggregations: boolean
  queryRootFields?: Set<string>
  subscriptionRootFields?: Set<string>
}

interface Grants {
  select?: SelectGrant
  insert?: Set<string>
  update?: Set<string>
  delete?: boolean
}

interface Relationship {
  name: string
  kind: 'object' | 'array'
  remote: string
  /** Object relationships over this table's own non-null foreign key columns are non-null (Select.hs relationshipField). */
  nonNull: boolean
}

interface TableInfo {
  key: string
  source: string
  table: QualifiedTable
  name: string
  columns: (ColumnType & { field: string })[]
  primaryKey: string[]
  rootNames: Record<string, string>
  relationships: Relationship[]
  grants: Grants
}

/** Postgres types with a GraphQL built-in scalar (Backends/Postgres/SQL/Types.hs, mkScalarTypeName); others keep their name. */
const BUILT_IN: Record<string, GraphQLScalarType> = {
  int4: GraphQLInt,
  float4: GraphQLFloat,
  text: GraphQLString,
  varchar: GraphQLString,
  bool: GraphQLBoolean
}
/** Postgres names the engine shows for some `udt_name`s. */
const TYPE_NAMES: Record<string, string> = { int2: 'smallint', int8: 'bigint' }
const NUMERIC = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'money'])
const STRING_LIKE = new Set(['text', 'varchar', 'bpchar', 'citext', 'name'])
/** Types without an order (max/min leave them out: Backends/Postgres/Instances/Schema.hs comparable types). */
const UNORDERED = new Set(['json', 'jsonb', 'bool', 'geometry', 'geography', 'uuid'])

/** Root field kinds of custom_root_fields, and the default name each gets from the table's name. */
const ROOT_FIELDS: Record<string, (name: string) => string> = {
  select: (t) => t,
  select_by_pk: (t) => `${t}_by_pk`,
  select_aggregate: (t) => `${t}_aggregate`,
  select_stream: (t) => `${t}_stream`,
  insert: (t) => `insert_${t}`,
  insert_one: (t) => `insert_${t}_one`,
  update: (t) => `update_${t}`,
  update_by_pk: (t) => `update_${t}_by_pk`,
  update_many: (t) => `update_${t}_many`,
  delete: (t) => `delete_${t}`,
  delete_by_pk: (t) => `delete_${t}_by_pk`
}

/** The schema `role` sees (`admin`: everything), from the metadata and each source's catalog. */
export function roleSchema(metadata: Json, role: string, catalogs: Map<string, DatabaseCatalog>): GraphQLSchema {
  const tables = new Map<string, TableInfo>()
  for (const source of sourcesOf(metadata)) {
    const catalog = catalogs.get(String(source.name))
    if (!catalog) continue
    for (const entry of tablesOf(source)) {
      // Grants are read only for tables the database has (an inconsistent one is not in the schema).
      const info = tableInfo(String(source.name), entry, catalog, () => grantsOf(metadata, entry, role))
      if (info) tables.set(info.key, info)
    }
  }
  return new SchemaBuilder(tables).build()
}

function tableKey(source: string, table: QualifiedTable): string {
  return `${source}.${table.schema}.${table.name}`
}

function tableInfo(source: string, entry: Json, catalog: DatabaseCatalog, grants: () => Grants): TableInfo | undefined {
  const table = qualify(entry.table)
  // An inconsistent table (not in the database) is not in the schema.
  const columns = table && catalog.columnTypes?.get(`${table.schema}.${table.name}`)
  if (!table || !columns) return undefined
  const configuration = isObject(entry.configuration) ? entry.configuration : {}
  const name =
    typeof configuration.custom_name === 'string'
      ? configuration.custom_name
      : table.schema === 'public'
        ? table.name
        : `${table.schema}_${table.name}`
  const columnConfig = isObject(configuration.column_config) ? configuration.column_config : {}
  const customColumns = isObject(configuration.custom_column_names) ? configuration.custom_column_names : {}
  const fieldOf = (column: string): string => {
    const config = columnConfig[column]
    if (isObject(config) && typeof config.custom_name === 'string') return config.custom_name
    const custom = customColumns[column]
    return typeof custom === 'string' ? custom : column
  }
  const custom = isObject(configuration.custom_root_fields) ? configuration.custom_root_fields : {}
  const rootNames = Object.fromEntries(
    Object.entries(ROOT_FIELDS).map(([kind, named]) => {
      const given = custom[kind]
      const customName = typeof given === 'string' ? given : isObject(given) ? given.name : undefined
      return [kind, typeof customName === 'string' ? customName : named(name)]
    })
  )
  const key = `${table.schema}.${table.name}`
  return {
    key: tableKey(source, table),
    source,
    table,
    name,
    columns: columns.map((column) => ({ ...column, field: fieldOf(column.name) })),
    primaryKey: catalog.primaryKeys?.get(key) ?? [],
    rootNames,
    relationships: relationshipsOf(source, table, entry, catalog, columns),
    grants: grants()
  }
}

/** Object and array relationships as metadata defines them, resolved against the catalog's foreign keys. */
function relationshipsOf(
  source: string,
  table: QualifiedTable,
  entry: Json,
  catalog: DatabaseCatalog,
  columns: ColumnType[]
): Relationship[] {
  const found: Relationship[] = []
  for (const kind of ['object', 'array'] as const) {
    const list = entry[`${kind}_relationships`]
    for (const relationship of Array.isArray(list) ? list.filter(isObject) : []) {
      const using = isObject(relationship.using) ? relationship.using : {}
      const name = String(relationship.name)
      const fk = using.foreign_key_constraint_on
      const manual = isObject(using.manual_configuration) ? using.manual_configuration : undefined
      if (manual) {
        const remote = qualify(manual.remote_table)
        if (remote) found.push({ name, kind, remote: tableKey(source, remote), nonNull: false })
        continue
      }
      if (isObject(fk) && fk.table !== undefined) {
        // The foreign key is on the other table, pointing here.
        const remote = qualify(fk.table)
        if (remote) found.push({ name, kind, remote: tableKey(source, remote), nonNull: false })
        continue
      }
      const own = typeof fk === 'string' ? [fk] : isObject(fk) ? columnsOf(fk) : []
      const key = catalog.foreignKeys.find(
        (candidate) =>
          candidate.table === `${table.schema}.${table.name}` &&
          candidate.columns.length === own.length &&
          candidate.columns.every((column) => own.includes(column))
      )
      if (!key) continue
      const nonNull = own.every((column) => columns.find((each) => each.name === column)?.nullable === false)
      found.push({ name, kind, remote: tableKey(source, key.references), nonNull })
    }
  }
  return found
}

function columnsOf(fk: Json): string[] {
  if (typeof fk.column === 'string') return [fk.column]
  return Array.isArray(fk.columns) ? fk.columns.map(String) : []
}

// ---- permissions ----

function grantsOf(metadata: Json, entry: Json, role: string, seen = new Set<string>()): Grants {
  if (role === ADMIN) {
    const all = new Set(['*'])
    return { select: { columns: all, aggregations: true }, insert: all, update: all, delete: true }
  }
  const inherited = inheritedRoles(metadata).get(role)
  if (inherited && !seen.has(role)) {
    seen.add(role)
    return combine(inherited.map((parent) => grantsOf(metadata, entry, parent, seen)))
  }
  const permission = (kind: string): Json | undefined => {
    const list = entry[`${kind}_permissions`]
    const found = Array.isArray(list) ? list.filter(isObject).find((each) => each.role === role) : undefined
    return found && isObject(found.permission) ? found.permission : found ? {} : undefined
  }
  const select = permission('select')
  const insert = permission('insert')
  const update = permission('update')
  return {
    select: select && {
      columns: columnSet(select.columns),
      aggregations: select.allow_aggregations === true,
      queryRootFields: Array.isArray(select.query_root_fields)
        ? new Set(select.query_root_fields.map(String))
        : undefined,
      subscriptionRootFields: Array.isArray(select.subscription_root_fields)
        ? new Set(select.subscription_root_fields.map(String))
        : undefined
    },
    insert: insert && columnSet(insert.columns),
    update: update && columnSet(update.columns),
    delete: permission('delete') !== undefined
  }
}

function inheritedRoles(metadata: Json): Map<string, string[]> {
  const list = Array.isArray(metadata.inherited_roles) ? metadata.inherited_roles.filter(isObject) : []
  return new Map(
    list.map((each) => [String(each.role_name), Array.isArray(each.role_set) ? each.role_set.map(String) : []])
  )
}

function columnSet(columns: unknown): Set<string> {
  if (columns === '*') return new Set(['*'])
  return new Set(Array.isArray(columns) ? columns.map(String) : [])
}

function combine(parents: Grants[]): Grants {
  const selects = parents.map((each) => each.select).filter((each) => each !== undefined)
  const union = (sets: (Set<string> | undefined)[]): Set<string> | undefined =>
    sets.some((each) => each === undefined) ? undefined : new Set(sets.flatMap((each) => [...each!]))
  const same = (sets: (Set<string> | undefined)[]): Set<string> | undefined => {
    const first = sets[0]
    if (!first || sets.some((each) => !each || [...each].sort().join() !== [...first].sort().join())) return undefined
    return first
  }
  return {
    select:
      selects.length === 0
        ? undefined
        : {
            columns: new Set(selects.flatMap((each) => [...each.columns])),
            aggregations: selects.some((each) => each.aggregations),
            queryRootFields: union(selects.map((each) => each.queryRootFields)),
            subscriptionRootFields: union(selects.map((each) => each.subscriptionRootFields))
          },
    insert: same(parents.map((each) => each.insert)),
    update: same(parents.map((each) => each.update)),
    delete: parents.length > 0 && parents.every((each) => each.delete)
  }
}

function allows(columns: Set<string>, column: string): boolean {
  return columns.has('*') || columns.has(column)
}

function rootAllowed(fields: Set<string> | undefined, kind: string): boolean {
  return fields === undefined || fields.has(kind)
}

// ---- types ----

const nonNull = <T extends GraphQLOutputType | GraphQLInputType>(type: T) => new GraphQLNonNull(type)
const listOf = <T extends GraphQLOutputType | GraphQLInputType>(type: T) => new GraphQLList(type)

class SchemaBuilder {
  private readonly types = new Map<string, GraphQLNamedType>()

  constructor(private readonly tables: Map<string, TableInfo>) {}

  build(): GraphQLSchema {
    const query: GraphQLFieldConfigMap<unknown, unknown> = {}
    const subscription: GraphQLFieldConfigMap<unknown, unknown> = {}
    const mutation: GraphQLFieldConfigMap<unknown, unknown> = {}
    for (const table of this.tables.values()) {
      this.queryFields(table, query, 'query')
      this.queryFields(table, subscription, 'subscription')
      this.mutationFields(table, mutation)
    }
    if (Object.keys(query).length === 0) {
      query.no_queries_available = {
        type: nonNull(GraphQLString),
        description:
          "There are no queries available to the current role. Either there are no sources or remote schemas configured, or the current role doesn't have the required permissions."
      }
    }
    return new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'query_root', fields: query }),
      mutation:
        Object.keys(mutation).length > 0
          ? new GraphQLObjectType({ name: 'mutation_root', description: 'mutation root', fields: mutation })
          : undefined,
      subscription:
        Object.keys(subscription).length > 0
          ? new GraphQLObjectType({ name: 'subscription_root', fields: subscription })
          : undefined
    })
  }

  private queryFields(table: TableInfo, fields: GraphQLFieldConfigMap<unknown, unknown>, root: string): void {
    const select = table.grants.select
    if (!select) return
    const allowed = root === 'query' ? select.queryRootFields : select.subscriptionRootFields
    const quoted = `"${table.table.name}"`
    if (rootAllowed(allowed, 'select')) {
      fields[table.rootNames.select!] = {
        type: nonNull(listOf(nonNull(this.object(table)))),
        args: this.selectArgs(table),
        description: `fetch data from the table: ${quoted}`
      }
    }
    const pk = this.primaryKeyArgs(table)
    if (pk && rootAllowed(allowed, 'select_by_pk')) {
      fields[table.rootNames.select_by_pk!] = {
        type: this.object(table),
        args: pk,
        description: `fetch data from the table: ${quoted} using primary key columns`
      }
    }
    if (select.aggregations && rootAllowed(allowed, 'select_aggregate')) {
      fields[table.rootNames.select_aggregate!] = {
        type: nonNull(this.aggregate(table)),
        args: this.selectArgs(table),
        description: `fetch aggregated fields from the table: ${quoted}`
      }
    }
    if (root === 'subscription' && rootAllowed(allowed, 'select_stream')) {
      fields[table.rootNames.select_stream!] = {
        type: nonNull(listOf(nonNull(this.object(table)))),
        args: {
          batch_size: { type: nonNull(GraphQLInt), description: 'maximum number of rows returned in a single batch' },
          cursor: {
            type: nonNull(listOf(this.streamCursor(table))),
            description: 'cursor to stream the results returned by the query'
          },
          where: { type: this.boolExp(table), description: 'filter the rows returned' }
        },
        description: `fetch data from the table in a streaming manner: ${quoted}`
      }
    }
  }

  private mutationFields(table: TableInfo, fields: GraphQLFieldConfigMap<unknown, unknown>): void {
    const { grants, rootNames } = table
    const quoted = `"${table.table.name}"`
    const response = (): GraphQLObjectType => this.mutationResponse(table)
    if (grants.insert) {
      const input = this.columnInput(table, `${table.name}_insert_input`, grants.insert)
      fields[rootNames.insert!] = {
        type: response(),
        args: { objects: { type: nonNull(listOf(nonNull(input))), description: 'the rows to be inserted' } },
        description: `insert data into the table: ${quoted}`
      }
      // The selection set of insert_one is the table's: without a select permission it is not there (Build.hs).
      if (grants.select) {
        fields[rootNames.insert_one!] = {
          type: this.object(table),
          args: { object: { type: nonNull(input), description: 'the row to be inserted' } },
          description: `insert a single row into the table: ${quoted}`
        }
      }
    }
    if (grants.update) {
      const operators = this.updateOperators(table, grants.update)
      fields[rootNames.update!] = {
        type: response(),
        args: {
          ...operators,
          where: { type: nonNull(this.boolExp(table)), description: 'filter the rows which have to be updated' }
        },
        description: `update data of the table: ${quoted}`
      }
      const pk = this.primaryKeyInput(table)
      if (pk) {
        fields[rootNames.update_by_pk!] = {
          type: this.object(table),
          args: { ...operators, pk_columns: { type: nonNull(pk) } },
          description: `update single row of the table: ${quoted}`
        }
      }
      const updates = this.inputType(`${table.name}_updates`, undefined, () => ({
        ...operators,
        where: { type: nonNull(this.boolExp(table)), description: 'filter the rows which have to be updated' }
      }))
      fields[rootNames.update_many!] = {
        type: listOf(response()),
        args: { updates: { type: nonNull(listOf(nonNull(updates))), description: 'updates to execute, in order' } },
        description: `update multiples rows of table: ${quoted}`
      }
    }
    if (grants.delete) {
      fields[rootNames.delete!] = {
        type: response(),
        args: {
          where: { type: nonNull(this.boolExp(table)), description: 'filter the rows which have to be deleted' }
        },
        description: `delete data from the table: ${quoted}`
      }
      const pk = this.primaryKeyArgs(table)
      if (pk) {
        fields[rootNames.delete_by_pk!] = {
          type: this.object(table),
          args: pk,
          description: `delete single row from the table: ${quoted}`
        }
      }
    }
  }

  /** The columns the role may select, in the table's order. */
  private selectable(table: TableInfo): TableInfo['columns'] {
    const select = table.grants.select
    return select ? table.columns.filter((column) => allows(select.columns, column.name)) : []
  }

  /** Relationships to tables the role may select. */
  private relationships(table: TableInfo): { relationship: Relationship; remote: TableInfo }[] {
    return table.relationships.flatMap((relationship) => {
      const remote = this.tables.get(relationship.remote)
      return remote?.grants.select ? [{ relationship, remote }] : []
    })
  }

  private object(table: TableInfo): GraphQLObjectType {
    return this.outputType(table.name, `columns and relationships of "${table.table.name}"`, () => {
      const fields: GraphQLFieldConfigMap<unknown, unknown> = {}
      for (const column of this.selectable(table)) {
        const type = this.scalar(column.type)
        fields[column.field] = { type: column.nullable ? type : nonNull(type) }
      }
      for (const { relationship, remote } of this.relationships(table)) {
        if (relationship.kind === 'object') {
          const type = this.object(remote)
          fields[relationship.name] = {
            type: relationship.nonNull ? nonNull(type) : type,
            description: 'An object relationship'
          }
          continue
        }
        fields[relationship.name] = {
          type: nonNull(listOf(nonNull(this.object(remote)))),
          args: this.selectArgs(remote),
          description: 'An array relationship'
        }
        if (remote.grants.select!.aggregations) {
          fields[`${relationship.name}_aggregate`] = {
            type: nonNull(this.aggregate(remote)),
            args: this.selectArgs(remote),
            description: 'An aggregate relationship'
          }
        }
      }
      return fields
    })
  }

  /** distinct_on, limit, offset, order_by, where (Select.hs defaultTableArgs). */
  private selectArgs(table: TableInfo): GraphQLFieldConfigArgumentMap {
    const args: GraphQLFieldConfigArgumentMap = {}
    const columns = this.selectColumn(table)
    if (columns) args.distinct_on = { type: listOf(nonNull(columns)), description: 'distinct select on columns' }
    args.limit = { type: GraphQLInt, description: 'limit the number of rows returned' }
    args.offset = { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' }
    args.order_by = { type: listOf(nonNull(this.orderBy(table))), description: 'sort the rows by one or more columns' }
    args.where = { type: this.boolExp(table), description: 'filter the rows returned' }
    return args
  }

  private primaryKeyArgs(table: TableInfo): GraphQLFieldConfigArgumentMap | undefined {
    const columns = this.primaryKeyColumns(table)
    if (!columns) return undefined
    return Object.fromEntries(columns.map((column) => [column.field, { type: nonNull(this.scalar(column.type)) }]))
  }

  /** The primary key's columns, when the table has one and the role may select every one of them. */
  private primaryKeyColumns(table: TableInfo): TableInfo['columns'] | undefined {
    const selectable = this.selectable(table)
    const columns = table.primaryKey.map((name) => selectable.find((column) => column.name === name))
    if (columns.length === 0 || columns.some((column) => column === undefined)) return undefined
    return columns as TableInfo['columns']
  }

  private primaryKeyInput(table: TableInfo): GraphQLInputObjectType | undefined {
    const args = this.primaryKeyArgs(table)
    if (!args) return undefined
    const name = `${table.name}_pk_columns_input`
    return this.inputType(
      name,
      `primary key columns input for table: ${table.table.name}`,
      args as GraphQLInputFieldConfigMap
    )
  }

  private selectColumn(table: TableInfo): GraphQLEnumType | undefined {
    const columns = this.selectable(table)
    if (columns.length === 0) return undefined
    const name = `${table.name}_select_column`
    return this.enumType(
      name,
      `select columns of table "${table.table.name}"`,
      Object.fromEntries(columns.map((column) => [column.field, { description: 'column name' }]))
    )
  }

  private orderBy(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_order_by`
    return this.inputType(name, `Ordering options when selecting data from "${table.table.name}".`, () => {
      const fields: GraphQLInputFieldConfigMap = {}
      for (const column of this.selectable(table)) fields[column.field] = { type: this.orderByEnum() }
      for (const { relationship, remote } of this.relationships(table)) {
        if (relationship.kind === 'object') fields[relationship.name] = { type: this.orderBy(remote) }
      }
      return fields
    })
  }

  private orderByEnum(): GraphQLEnumType {
    return this.enumType(
      'order_by',
      'column ordering options',
      Object.fromEntries(
        ['asc', 'asc_nulls_first', 'asc_nulls_last', 'desc', 'desc_nulls_first', 'desc_nulls_last'].map((value) => [
          value,
          {}
        ])
      )
    )
  }

  /** `<t>_bool_exp` (BoolExp.hs boolExp): _and, _not, _or, a comparison per column, a relationship's own bool_exp. */
  private boolExp(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_bool_exp`
    const description = `Boolean expression to filter rows from the table "${table.table.name}". All fields are combined with a logical 'AND'.`
    // The thunk runs once the type is named: its own name then finds it.
    return this.inputType(name, description, () => {
      const type = this.boolExp(table)
      const fields: GraphQLInputFieldConfigMap = {
        _and: { type: listOf(nonNull(type)) },
        _not: { type },
        _or: { type: listOf(nonNull(type)) }
      }
      for (const column of this.selectable(table)) fields[column.field] = { type: this.comparison(column.type) }
      for (const { relationship, remote } of this.relationships(table)) {
        fields[relationship.name] = { type: this.boolExp(remote) }
      }
      return fields
    })
  }

  private comparison(pgType: string): GraphQLInputObjectType {
    const scalar = this.scalar(pgType)
    const name = `${scalar.name}_comparison_exp`
    return this.inputType(
      name,
      `Boolean expression to compare columns of type "${scalar.name}". All fields are combined with logical 'AND'.`,
      () => {
        const fields: GraphQLInputFieldConfigMap = {}
        for (const op of ['_eq', '_gt', '_gte', '_lt', '_lte', '_neq']) fields[op] = { type: scalar }
        fields._in = { type: listOf(nonNull(scalar)) }
        fields._nin = { type: listOf(nonNull(scalar)) }
        fields._is_null = { type: GraphQLBoolean }
        if (STRING_LIKE.has(pgType)) {
          for (const op of [
            '_ilike',
            '_iregex',
            '_like',
            '_nilike',
            '_niregex',
            '_nlike',
            '_nregex',
            '_nsimilar',
            '_regex',
            '_similar'
          ]) {
            fields[op] = { type: GraphQLString }
          }
        }
        return fields
      }
    )
  }

  /** `<t>_aggregate` and `<t>_aggregate_fields` (Select.hs selectTableAggregate): count, max, min, and for numbers avg, sum. */
  private aggregate(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_aggregate`
    return this.outputType(name, `aggregated selection of "${table.table.name}"`, () => ({
      aggregate: { type: this.aggregateFields(table) },
      nodes: { type: nonNull(listOf(nonNull(this.object(table)))) }
    }))
  }

  private aggregateFields(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_aggregate_fields`
    const columns = this.selectable(table)
    const ordered = columns.filter((column) => !UNORDERED.has(column.type) && !column.type.startsWith('_'))
    const numeric = columns.filter((column) => NUMERIC.has(column.type))
    const part = (suffix: string, list: TableInfo['columns'], typeOf: (column: ColumnType) => GraphQLScalarType) =>
      list.length === 0
        ? undefined
        : this.outputType(
            `${table.name}_${suffix}_fields`,
            `aggregate ${suffix} on columns`,
            Object.fromEntries(list.map((column) => [column.field, { type: typeOf(column) }]))
          )
    return this.outputType(name, `aggregate fields of "${table.table.name}"`, () => {
      const fields: GraphQLFieldConfigMap<unknown, unknown> = {}
      const selectColumn = this.selectColumn(table)
      fields.count = {
        type: nonNull(GraphQLInt),
        args: {
          ...(selectColumn ? { columns: { type: listOf(nonNull(selectColumn)) } } : {}),
          distinct: { type: GraphQLBoolean }
        }
      }
      const parts = {
        avg: part('avg', numeric, () => GraphQLFloat),
        max: part('max', ordered, (column) => this.scalar(column.type)),
        min: part('min', ordered, (column) => this.scalar(column.type)),
        sum: part('sum', numeric, (column) => this.scalar(column.type))
      }
      for (const [field, type] of Object.entries(parts)) if (type) fields[field] = { type }
      return fields
    })
  }

  private mutationResponse(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_mutation_response`
    return this.outputType(name, `response of any mutation on the table "${table.table.name}"`, () => ({
      affected_rows: { type: nonNull(GraphQLInt), description: 'number of rows affected by the mutation' },
      // `returning` selects the rows: only with a select permission (Mutation.hs mutationSelectionSet).
      ...(table.grants.select
        ? {
            returning: {
              type: nonNull(listOf(nonNull(this.object(table)))),
              description: 'data from the rows affected by the mutation'
            }
          }
        : {})
    }))
  }

  private columnInput(table: TableInfo, name: string, columns: Set<string>): GraphQLInputObjectType {
    return this.inputType(name, `input type for inserting data into table "${table.table.name}"`, () =>
      Object.fromEntries(
        table.columns
          .filter((column) => allows(columns, column.name))
          .map((column) => [column.field, { type: this.scalar(column.type) }])
      )
    )
  }

  /** `_set` over the permitted columns, `_inc` over the numeric ones (Backends/Postgres/Instances/Schema.hs updateOperators). */
  private updateOperators(table: TableInfo, columns: Set<string>): GraphQLFieldConfigArgumentMap {
    const permitted = table.columns.filter((column) => allows(columns, column.name))
    const args: GraphQLFieldConfigArgumentMap = {}
    const numeric = permitted.filter((column) => NUMERIC.has(column.type))
    if (numeric.length > 0) {
      const name = `${table.name}_inc_input`
      args._inc = {
        type: this.inputType(
          name,
          `input type for incrementing numeric columns in table "${table.table.name}"`,
          Object.fromEntries(numeric.map((column) => [column.field, { type: this.scalar(column.type) }]))
        ),
        description: 'increments the numeric columns with given value of the filtered values'
      }
    }
    if (permitted.length > 0) {
      const name = `${table.name}_set_input`
      args._set = {
        type: this.inputType(
          name,
          `input type for updating data in table "${table.table.name}"`,
          Object.fromEntries(permitted.map((column) => [column.field, { type: this.scalar(column.type) }]))
        ),
        description: 'sets the columns of the filtered rows to the given values'
      }
    }
    return args
  }

  private streamCursor(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_stream_cursor_input`
    const valueName = `${table.name}_stream_cursor_value_input`
    return this.inputType(name, `Streaming cursor of the table "${table.table.name}"`, () => ({
      initial_value: {
        type: nonNull(
          this.inputType(valueName, 'Initial value of the column from where the streaming should start', () =>
            Object.fromEntries(
              this.selectable(table).map((column) => [column.field, { type: this.scalar(column.type) }])
            )
          )
        ),
        description: 'Stream column input with initial value'
      },
      ordering: {
        type: this.enumType('cursor_ordering', 'ordering argument of a cursor', {
          ASC: { description: 'ascending ordering of the cursor' },
          DESC: { description: 'descending ordering of the cursor' }
        }),
        description: 'cursor ordering'
      }
    }))
  }

  private scalar(pgType: string): GraphQLScalarType {
    const builtIn = BUILT_IN[pgType]
    if (builtIn) return builtIn
    const name = TYPE_NAMES[pgType] ?? pgType
    return this.named(name, () => new GraphQLScalarType({ name }))
  }

  private outputType(
    name: string,
    description: string,
    fields: ThunkObjMap<GraphQLFieldConfig<unknown, unknown>>
  ): GraphQLObjectType {
    return this.named(name, () => new GraphQLObjectType({ name, description, fields }))
  }

  private inputType(
    name: string,
    description: string | undefined,
    fields: ThunkObjMap<GraphQLInputFieldConfig>
  ): GraphQLInputObjectType {
    return this.named(name, () => new GraphQLInputObjectType({ name, description, fields }))
  }

  private enumType(name: string, description: string, values: GraphQLEnumValueConfigMap): GraphQLEnumType {
    return this.named(name, () => new GraphQLEnumType({ name, description, values }))
  }

  private named<T extends GraphQLNamedType>(name: string, make: () => T): T {
    let type = this.types.get(name)
    if (!type) {
      type = make()
      this.types.set(name, type)
    }
    return type as T
  }
}
