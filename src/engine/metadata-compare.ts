import { isObject } from './client.js'

/**
 * Whether two metadata documents mean the same, so that an unchanged push sends no `replace_metadata`. The
 * engine's export differs from the files in ways that carry no meaning, all evened out here: key order; keys it
 * leaves out when empty or null (`object_relationships: []`, `comment: null`, `remote_schemas: []`); defaults it
 * writes out (a source's `kind: postgres`, `isolation_level: read-committed`, `use_prepared_statements: false`);
 * a table named by a string (`author` is `{schema: public, name: author}`); and the order of lists whose items
 * are named (sources, tables, relationships, permissions by role).
 */
export function sameMetadata(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalJson(normalizeMetadata(a)) === canonicalJson(normalizeMetadata(b))
}

/** Lists whose order carries no meaning, and the key that names their items. */
const NAMED_LISTS: Record<string, (item: Record<string, unknown>) => unknown> = {
  sources: (item) => item.name,
  tables: (item) => item.table,
  functions: (item) => item.function,
  object_relationships: (item) => item.name,
  array_relationships: (item) => item.name,
  remote_relationships: (item) => item.name,
  computed_fields: (item) => item.name,
  event_triggers: (item) => item.name,
  insert_permissions: (item) => item.role,
  select_permissions: (item) => item.role,
  update_permissions: (item) => item.role,
  delete_permissions: (item) => item.role
}

const TABLE_KEYS = new Set(['table', 'remote_table'])
/** A permission's boolean expressions and column presets. */
const CONDITION_KEYS = new Set(['filter', 'check', 'set'])

/**
 * `apply`: what sameMetadata compares. `review`, for telling what changed (see metadata-diff.ts), also: boolean
 * expressions and column presets are kept as written, since dropping the empty parts inside one changes its meaning
 * (`{id: {_in: []}}` matches no row, `{}` every row), and only an empty one is left out (as if absent: every row); and
 * `false` is left out, the default of every flag of the metadata (`allow_aggregations`, `backend_only`, ...).
 */
export type NormalizeMode = 'apply' | 'review'

export function normalizeMetadata(metadata: Record<string, unknown>, mode: NormalizeMode = 'apply'): unknown {
  const copy = structuredClone(metadata)
  for (const source of Array.isArray(copy.sources) ? copy.sources : []) {
    if (!isObject(source)) continue
    source.kind ??= 'postgres'
    const info = isObject(source.configuration) ? source.configuration.connection_info : undefined
    if (source.kind === 'postgres' && isObject(info)) {
      info.isolation_level ??= 'read-committed'
      info.use_prepared_statements ??= false
    }
    qualifyTables(source.tables)
  }
  return prune(copy, undefined, mode)
}

/** `table: author` and `{schema: public, name: author}` are the same Postgres table. */
function qualifyTables(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(qualifyTables)
  if (!isObject(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (TABLE_KEYS.has(key) && typeof child === 'string') value[key] = { schema: 'public', name: child }
    else qualifyTables(child)
  }
}

/** Drops null, empty lists and empty objects, and sorts named lists; undefined when nothing is left. */
function prune(value: unknown, key: string | undefined, mode: NormalizeMode): unknown {
  if (mode === 'review' && key !== undefined && CONDITION_KEYS.has(key) && isObject(value)) {
    return Object.keys(value).length > 0 ? value : undefined
  }
  if (mode === 'review' && value === false) return undefined
  if (Array.isArray(value)) {
    const items = value.map((item) => prune(item, undefined, mode)).filter((item) => item !== undefined)
    const name = key === undefined ? undefined : NAMED_LISTS[key]
    if (name && items.every(isObject)) {
      items.sort((x, y) => compare(canonicalJson(name(x)), canonicalJson(name(y))))
    }
    return items.length > 0 ? items : undefined
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([childKey, child]) => [childKey, prune(child, childKey, mode)] as const)
      .filter(([, child]) => child !== undefined)
    return entries.length > 0 ? Object.fromEntries(entries) : undefined
  }
  return value === null ? undefined : value
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

/** JSON with object keys sorted, so key order does not count. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isObject(value)) {
    const keys = Object.keys(value).sort(compare)
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
