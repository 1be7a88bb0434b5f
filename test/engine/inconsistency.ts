/**
 * The metadata inconsistencies the engine emulator detects, worded and shaped as the engine reports them in
 * `get_inconsistent_metadata` (`{type, name, reason, definition}`): a source whose database cannot be reached, a
 * tracked table or view that does not exist, a relationship naming a missing table, column or foreign key, a
 * permission naming a missing column. Objects of a table that is itself inconsistent are not built, so not listed.
 */
import type { InconsistentObject } from '../../src/project/types.js'
import type { DatabaseCatalog } from './catalog.js'
import { isMapping } from '../../src/core/json.js'

export type SourceState = { catalog: DatabaseCatalog } | { problem: string }

export interface QualifiedTable {
  schema: string
  name: string
}

type Json = Record<string, unknown>

const PERMISSION_KINDS = ['insert', 'select', 'update', 'delete'] as const

/** The action's own test of a JSON object, under the name the emulator's modules use. */
export const isObject = isMapping

/** A table as metadata names it: `author` (schema public) or `{schema, name}`. */
export function qualify(table: unknown): QualifiedTable | undefined {
  if (typeof table === 'string') return { schema: 'public', name: table }
  if (isObject(table) && typeof table.name === 'string') {
    return { schema: typeof table.schema === 'string' ? table.schema : 'public', name: table.name }
  }
  return undefined
}

const key = (table: QualifiedTable): string => `${table.schema}.${table.name}`
/** The engine leaves out the schema `public` when it names a table. */
const shown = (table: QualifiedTable): string => (table.schema === 'public' ? table.name : key(table))

export function sourcesOf(metadata: Json): Json[] {
  return Array.isArray(metadata.sources) ? metadata.sources.filter(isObject) : []
}

export function tablesOf(source: Json): Json[] {
  return Array.isArray(source.tables) ? source.tables.filter(isObject) : []
}

export function findInconsistencies(metadata: Json, states: Map<string, SourceState>): InconsistentObject[] {
  const found: InconsistentObject[] = []
  for (const source of sourcesOf(metadata)) {
    const name = String(source.name)
    const state = states.get(name)
    if (!state) continue
    if ('problem' in state) {
      found.push({
        type: 'source',
        name: `source ${name}`,
        reason: `Inconsistent object: ${state.problem}`,
        definition: name
      })
      continue
    }
    found.push(...sourceInconsistencies(name, tablesOf(source), state.catalog))
  }
  return found
}

function sourceInconsistencies(source: string, entries: Json[], catalog: DatabaseCatalog): InconsistentObject[] {
  const found: InconsistentObject[] = []
  const tracked = new Set(
    entries
      .map((entry) => qualify(entry.table))
      .filter((t) => t !== undefined)
      .map(key)
  )
  const check = new TableChecks(catalog, tracked)
  for (const entry of entries) {
    const table = qualify(entry.table)
    if (!table) continue
    const inTable = `in table ${shown(table)} in source ${source}`
    if (!catalog.columns.has(key(table))) {
      found.push({
        type: 'table',
        name: `table ${shown(table)} in source ${source}`,
        reason: `Inconsistent object: no such table/view exists in source: "${shown(table)}"`,
        definition: table
      })
      continue
    }
    for (const kind of ['object', 'array'] as const) {
      for (const relationship of list(entry[`${kind}_relationships`])) {
        const problem = check.relationship(kind, table, relationship.using)
        if (!problem) continue
        const type = `${kind}_relation`
        found.push({
          type,
          name: `${type} ${String(relationship.name)} ${inTable}`,
          reason: `Inconsistent object: in table "${shown(table)}": in relationship "${String(relationship.name)}": ${problem}`,
          definition: { ...relationship, comment: relationship.comment ?? null, source, table }
        })
      }
    }
    for (const kind of PERMISSION_KINDS) {
      for (const permission of list(entry[`${kind}_permissions`])) {
        const definition = isObject(permission.permission) ? permission.permission : {}
        const columns = Array.isArray(definition.columns) ? definition.columns.map(String) : []
        const missing = columns.find((column) => !check.hasColumn(table, column))
        if (missing === undefined) continue
        const type = `${kind}_permission`
        found.push({
          type,
          name: `${type} ${String(permission.role)} ${inTable}`,
          reason: `Inconsistent object: in table "${shown(table)}": in permission for role "${String(permission.role)}": "${missing}" does not exist`,
          definition: { ...permission, comment: permission.comment ?? null, source, table }
        })
      }
    }
  }
  return found
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : []
}

/** The checks the engine makes of a relationship's `using` against the database and the tracked tables. */
class TableChecks {
  constructor(
    private readonly catalog: DatabaseCatalog,
    private readonly tracked: Set<string>
  ) {}

  hasColumn(table: QualifiedTable, column: string): boolean {
    return this.catalog.columns.get(key(table))?.has(column) ?? false
  }

  relationship(kind: 'object' | 'array', table: QualifiedTable, using: unknown): string | undefined {
    if (!isObject(using)) return 'the relationship has no "using"'
    const onKey = using.foreign_key_constraint_on
    if (typeof onKey === 'string' || Array.isArray(onKey)) {
      // An object relationship through a foreign key of this table.
      if (kind === 'array') return 'an array relationship needs "foreign_key_constraint_on" with a "table"'
      const columns = typeof onKey === 'string' ? [onKey] : onKey.map(String)
      const missing = this.missingColumn(table, columns)
      if (missing) return missing
      const target = this.foreignKey(table, columns)
      if (!target) return 'no foreign constraint exists on the given column(s)'
      return this.tracked.has(key(target)) ? undefined : `table "${shown(target)}" is not tracked`
    }
    if (isObject(onKey)) {
      // Through a foreign key of the remote table that points at this one.
      const remote = qualify(onKey.table)
      if (!remote) return 'foreign_key_constraint_on names no table'
      const columns = Array.isArray(onKey.columns) ? onKey.columns.map(String) : [String(onKey.column)]
      const problem = this.remoteTable(remote) ?? this.missingColumn(remote, columns)
      if (problem) return problem
      const target = this.foreignKey(remote, columns)
      return target && key(target) === key(table) ? undefined : 'no foreign constraint exists on the given column(s)'
    }
    const manual = using.manual_configuration
    if (isObject(manual)) {
      const remote = qualify(manual.remote_table)
      if (!remote) return 'manual_configuration names no remote_table'
      const mapping = isObject(manual.column_mapping) ? manual.column_mapping : {}
      return (
        this.remoteTable(remote) ??
        this.missingColumn(table, Object.keys(mapping)) ??
        this.missingColumn(remote, Object.values(mapping).map(String))
      )
    }
    return 'the relationship has neither "foreign_key_constraint_on" nor "manual_configuration"'
  }

  private remoteTable(remote: QualifiedTable): string | undefined {
    if (!this.catalog.columns.has(key(remote))) return `table "${shown(remote)}" does not exist`
    if (!this.tracked.has(key(remote))) return `table "${shown(remote)}" is not tracked`
    return undefined
  }

  private missingColumn(table: QualifiedTable, columns: string[]): string | undefined {
    const missing = columns.find((column) => !this.hasColumn(table, column))
    return missing === undefined ? undefined : `column "${missing}" does not exist in table "${shown(table)}"`
  }

  /** The table a foreign key on exactly these columns references. */
  private foreignKey(table: QualifiedTable, columns: string[]): QualifiedTable | undefined {
    const wanted = [...columns].sort().join(',')
    return this.catalog.foreignKeys.find((fk) => fk.table === key(table) && [...fk.columns].sort().join(',') === wanted)
      ?.references
  }
}

/**
 * Objects whose URL or headers read an env var the engine does not have: an action's handler, a cron trigger's or
 * an event trigger's webhook, a remote schema's URL (`{{NAME}}` templates and `*_from_env`), and their headers'
 * `value_from_env`. The engine resolves these when it builds the schema and marks the object inconsistent (the text
 * seen from Hasura Cloud: `environment variable "NAME" not set`).
 */
export function envInconsistencies(metadata: Json, env: Record<string, string | undefined>): InconsistentObject[] {
  const found: InconsistentObject[] = []
  const missing = (object: Json, urlKeys: string[]): string | undefined => {
    const names: string[] = []
    for (const key of urlKeys) {
      const value = object[key]
      // The engine's rule (parseTemplate, server/src-lib/Data/URL/Template.hs): everything between `{{` and the next
      // `}}` is the env var's name, as written.
      if (typeof value === 'string') for (const match of value.matchAll(/\{\{([\s\S]*?)\}\}/g)) names.push(match[1]!)
    }
    for (const key of ['webhook_from_env', 'url_from_env'])
      if (typeof object[key] === 'string') names.push(object[key] as string)
    const headers = Array.isArray(object.headers) ? object.headers.filter(isObject) : []
    for (const header of headers) if (typeof header.value_from_env === 'string') names.push(header.value_from_env)
    return names.find((name) => !env[name])
  }
  const add = (type: string, name: string, variable: string | undefined, definition: unknown): void => {
    if (variable) {
      found.push({ type, name, reason: `Inconsistent object: environment variable "${variable}" not set`, definition })
    }
  }
  for (const action of Array.isArray(metadata.actions) ? metadata.actions.filter(isObject) : []) {
    const definition = isObject(action.definition) ? action.definition : {}
    add('action', `action ${String(action.name)}`, missing(definition, ['handler']), action)
  }
  for (const cron of Array.isArray(metadata.cron_triggers) ? metadata.cron_triggers.filter(isObject) : []) {
    add('cron_trigger', `cron_trigger ${String(cron.name)}`, missing(cron, ['webhook']), cron)
  }
  for (const remote of Array.isArray(metadata.remote_schemas) ? metadata.remote_schemas.filter(isObject) : []) {
    const definition = isObject(remote.definition) ? remote.definition : {}
    add('remote_schema', `remote_schema ${String(remote.name)}`, missing(definition, ['url']), remote)
  }
  for (const source of sourcesOf(metadata)) {
    for (const entry of tablesOf(source)) {
      const table = qualify(entry.table)
      if (!table) continue
      for (const trigger of Array.isArray(entry.event_triggers) ? entry.event_triggers.filter(isObject) : []) {
        add(
          'event_trigger',
          `event_trigger ${String(trigger.name)} in table ${shown(table)} in source ${String(source.name)}`,
          missing(trigger, ['webhook']),
          { source: source.name, table, configuration: trigger }
        )
      }
    }
  }
  return found
}
