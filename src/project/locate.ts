import type { YamlPositions } from '../core/yaml/document.js'
import { isMapping } from '../core/json.js'
import type { InconsistentObject, SourceLocation } from './types.js'

export interface LocateContext {
  metadata: Record<string, unknown>
  positions: YamlPositions
  /** Top-level metadata key -> the file it was read from. */
  files: Map<string, string>
  /** Where to point when nothing better is known (config.yaml). */
  fallback: SourceLocation
}

/** The table-level objects: inconsistency type -> the table's list that holds them, and the key naming them. */
const TABLE_OBJECTS: Record<string, { list: string; by: 'name' | 'role' }> = {
  object_relation: { list: 'object_relationships', by: 'name' },
  array_relation: { list: 'array_relationships', by: 'name' },
  insert_permission: { list: 'insert_permissions', by: 'role' },
  select_permission: { list: 'select_permissions', by: 'role' },
  update_permission: { list: 'update_permissions', by: 'role' },
  delete_permission: { list: 'delete_permissions', by: 'role' },
  event_trigger: { list: 'event_triggers', by: 'name' },
  computed_field: { list: 'computed_fields', by: 'name' },
  remote_relationship: { list: 'remote_relationships', by: 'name' }
}

/** Top-level objects found by name: inconsistency type -> metadata key and the key naming an entry. */
const NAMED_OBJECTS: Record<string, { key: string; by: string; from: string[] }> = {
  remote_schema: { key: 'remote_schemas', by: 'name', from: ['name'] },
  remote_schema_permission: { key: 'remote_schemas', by: 'name', from: ['remote_schema'] },
  remote_schema_remote_relationship: { key: 'remote_schemas', by: 'name', from: ['remote_schema'] },
  action: { key: 'actions', by: 'name', from: ['name'] },
  action_permission: { key: 'actions', by: 'name', from: ['action'] },
  cron_trigger: { key: 'cron_triggers', by: 'name', from: ['name'] },
  endpoint: { key: 'rest_endpoints', by: 'name', from: ['name'] },
  inherited_role: { key: 'inherited_roles', by: 'role_name', from: ['role_name'] },
  query_collection: { key: 'query_collections', by: 'name', from: ['collection', 'name'] }
}

/** Kinds that live in one metadata file: inconsistency type -> metadata key. */
const FILE_OBJECTS: Record<string, string> = {
  custom_types: 'custom_types',
  allowlist: 'allowlist',
  api_limits: 'api_limits',
  metrics_config: 'metrics_config',
  host_network_tls_allowlist: 'network',
  network: 'network',
  opentelemetry: 'opentelemetry',
  backend_config: 'backend_configs',
  data_connector_agent: 'backend_configs',
  graphql_schema_introspection: 'graphql_schema_introspection'
}

/**
 * The file and line that define an object the engine reports as inconsistent (see HasuraProject.locate). Names
 * come from the definition when it has them (`source`, `table`, `role`...), else from the engine's `name` text
 * ("select_permission user in table article in source default"). Never throws: anything unexpected falls back to the
 * file of that kind of object, then to config.yaml.
 */
export function locateObject(context: LocateContext, object: InconsistentObject): SourceLocation {
  try {
    return new Locator(context).locate(object) ?? context.fallback
  } catch {
    return context.fallback
  }
}

class Locator {
  constructor(private readonly context: LocateContext) {}

  locate(object: InconsistentObject): SourceLocation | undefined {
    if (typeof object.type !== 'string' && Array.isArray(object.objects)) {
      for (const each of object.objects) {
        const found = isMapping(each) ? this.locate(each) : undefined
        if (found) return found
      }
      return undefined
    }
    const type = object.type ?? ''
    const definition = isMapping(object.definition) ? object.definition : {}
    const name = typeof object.name === 'string' ? object.name : ''
    if (type === 'source') return this.source(object.definition, name)
    if (type === 'table' || type in TABLE_OBJECTS) return this.tableObject(type, object.definition, definition, name)
    if (type === 'function' || type === 'function_permission')
      return this.function(type, object.definition, definition, name)
    if (type === 'query_collection' && typeof definition.query === 'string') return this.collectionQuery(definition)
    const named = NAMED_OBJECTS[type]
    if (named) return this.named(named, definition) ?? this.file(named.key)
    const key = FILE_OBJECTS[type]
    if (key) return this.file(key)
    const source = this.sourceOf(definition, name)
    return (source && this.at(source)) ?? this.file('sources')
  }

  private source(definition: unknown, name: string): SourceLocation | undefined {
    const sourceName =
      typeof definition === 'string'
        ? definition
        : isMapping(definition) && typeof definition.name === 'string'
          ? definition.name
          : /^source (.+)$/.exec(name)?.[1]
    const source = this.sources().find((each) => each.name === sourceName)
    return (source && this.at(source)) ?? this.file('sources')
  }

  private tableObject(
    type: string,
    raw: unknown,
    definition: Record<string, unknown>,
    name: string
  ): SourceLocation | undefined {
    const source = this.sourceOf(definition, name)
    if (!source) return this.file('sources')
    // A table's definition is the table name itself ({schema, name} or a string); its objects' carry `table`.
    const wanted = type === 'table' ? (definition.table ?? raw) : definition.table
    const table = list(source.tables).find((each) => isMapping(each) && sameTable(each.table, wanted))
    if (!isMapping(table)) return this.at(source) ?? this.file('sources')
    const kind = TABLE_OBJECTS[type]
    if (kind) {
      const wantedName = kind.by === 'role' ? definition.role : (definition.name ?? configurationName(definition))
      const found = list(table[kind.list]).find((each) => isMapping(each) && each[kind.by] === wantedName)
      const at = this.at(found)
      if (at) return at
    }
    return this.at(table) ?? this.at(source)
  }

  private function(
    type: string,
    raw: unknown,
    definition: Record<string, unknown>,
    name: string
  ): SourceLocation | undefined {
    const source = this.sourceOf(definition, name)
    if (!source) return this.file('sources')
    const wanted = definition.function ?? (type === 'function' ? raw : undefined)
    const found = list(source.functions).find((each) => isMapping(each) && sameTable(each.function, wanted))
    if (isMapping(found) && type === 'function_permission') {
      const permission = list(found.permissions).find((each) => isMapping(each) && each.role === definition.role)
      const at = this.at(permission)
      if (at) return at
    }
    return this.at(found) ?? this.at(source)
  }

  private named(named: { key: string; by: string; from: string[] }, definition: Record<string, unknown>) {
    const wanted = named.from.map((key) => definition[key]).find((value) => typeof value === 'string')
    if (wanted === undefined) return undefined
    const entry = list(this.context.metadata[named.key]).find((each) => isMapping(each) && each[named.by] === wanted)
    return this.at(entry)
  }

  /** One query of a collection (`definition: {collection, query}`): its entry, else the collection's. */
  private collectionQuery(definition: Record<string, unknown>): SourceLocation | undefined {
    const collection = list(this.context.metadata.query_collections).find(
      (each) => isMapping(each) && each.name === definition.collection
    )
    const queries = isMapping(collection) && isMapping(collection.definition) ? collection.definition.queries : []
    const query = list(queries).find((each) => isMapping(each) && each.name === definition.query)
    return this.at(query) ?? this.at(collection) ?? this.file('query_collections')
  }

  /** The source an object belongs to: `definition.source`, else "... in source <name>", else the only source. */
  private sourceOf(definition: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
    const sources = this.sources()
    const wanted = typeof definition.source === 'string' ? definition.source : / in source (.+)$/.exec(name)?.[1]
    if (wanted !== undefined) return sources.find((source) => source.name === wanted)
    return sources.length === 1 ? sources[0] : sources.find((source) => source.name === 'default')
  }

  private sources(): Record<string, unknown>[] {
    return list(this.context.metadata.sources).filter(isMapping)
  }

  private at(value: unknown): SourceLocation | undefined {
    const position = this.context.positions.of(value)
    return position ? { file: position.file, line: position.line } : undefined
  }

  private file(key: string): SourceLocation | undefined {
    const file = this.context.files.get(key)
    return file === undefined ? undefined : { file, line: 1 }
  }
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** An event trigger's definition names it inside `configuration` in some engine versions. */
function configurationName(definition: Record<string, unknown>): unknown {
  return isMapping(definition.configuration) ? definition.configuration.name : undefined
}

/**
 * Table (or function) names compare as the engine does: a bare string is a Postgres name in schema `public`;
 * objects ({schema, name}, {dataset, name}...) and lists (data connectors) compare field by field.
 */
function sameTable(written: unknown, wanted: unknown): boolean {
  if (wanted === undefined || wanted === null) return false
  return canonical(written) === canonical(wanted)
}

function canonical(name: unknown): string {
  if (typeof name === 'string') return JSON.stringify({ name, schema: 'public' })
  if (isMapping(name)) {
    const withSchema =
      'schema' in name || 'dataset' in name || 'database' in name ? name : { ...name, schema: 'public' }
    return JSON.stringify(Object.fromEntries(Object.entries(withSchema).sort(([a], [b]) => (a < b ? -1 : 1))))
  }
  return JSON.stringify(name)
}
