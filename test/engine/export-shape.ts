/**
 * The metadata as the engine's `export_metadata` gives it back, which is not byte for byte what was sent with
 * `replace_metadata`: a source gets its `kind` and connection defaults written out, a table named by a string
 * becomes `{schema, name}`, and keys holding null or an empty list are left out (a source's `tables` stays, even
 * empty, as do the lists where empty is not absent: see KEPT_EMPTY).
 */
import { isObject, qualify } from './inconsistency.js'

type Json = Record<string, unknown>

/** A Postgres source's connection settings the engine always exports. */
const CONNECTION_DEFAULTS = { isolation_level: 'read-committed', use_prepared_statements: false }

/** dropEmpty copies what it shapes (and leaves the parts kept as written untouched), so no clone is needed. */
export function exportShape(metadata: Json): Json {
  const exported = dropEmpty(metadata) as Json
  exported.version = 3
  const sources = Array.isArray(metadata.sources) ? metadata.sources.filter(isObject) : []
  exported.sources = sources.map((source) => {
    const copy = dropEmpty(source) as Json
    copy.kind ??= 'postgres'
    copy.tables = (Array.isArray(source.tables) ? source.tables.filter(isObject) : []).map((entry) => {
      const table = dropEmpty(entry) as Json
      table.table = qualify(entry.table) ?? entry.table
      return table
    })
    const configuration = isObject(copy.configuration) ? copy.configuration : undefined
    if (copy.kind === 'postgres' && configuration && isObject(configuration.connection_info)) {
      configuration.connection_info = {
        ...configuration.connection_info,
        ...defaultsMissingFrom(configuration.connection_info)
      }
    }
    return copy
  })
  return exported
}

function defaultsMissingFrom(info: Json): Json {
  return Object.fromEntries(Object.entries(CONNECTION_DEFAULTS).filter(([key]) => info[key] === undefined))
}

/**
 * A permission's boolean expressions and column presets come back as written: the engine parses a boolean expression
 * and encodes it again with its inverse (parseGBoolExp and gBoolExpToJSON, hasura/graphql-engine
 * server/src-lib/Hasura/RQL/IR/BoolExp.hs), keeping each column's operand as the JSON it was given, so `{_or: []}`
 * (no row) and `{id: {_in: []}}` stay what they are, and `{}` (every row) stays `{}`.
 */
const AS_WRITTEN = new Set(['filter', 'check', 'set'])
/**
 * Lists the engine exports even empty, where empty is not absent (hasura/graphql-engine
 * server/src-lib/Hasura/RQL/Types/Metadata/Serialization.hs): a select permission's `columns` and its
 * `query_root_fields` / `subscription_root_fields` once configured (selPermToOrdJSON; `[]` is no root field, absent
 * all), an insert permission's `columns` when given (insPermToOrdJSON), an update permission's `columns`
 * (updPermToOrdJSON), and an event trigger operation's `columns` and `payload` (SubscribeOpSpec's ToJSON). Its other
 * lists (relationships, permissions, `computed_fields`, headers...) go through listToMaybeOrdPair, which drops `[]`.
 */
const KEPT_EMPTY = new Set(['columns', 'query_root_fields', 'subscription_root_fields', 'payload'])

/**
 * Keys whose value is null or an empty list are not exported (an empty `filter: {}` is, an empty `set: {}` is not:
 * maybeSetToMaybeOrdPair), but for KEPT_EMPTY.
 */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty)
  if (!isObject(value)) return value
  const kept: Json = {}
  for (const [key, child] of Object.entries(value)) {
    if (key === 'set' && isObject(child) && Object.keys(child).length === 0) continue
    const shaped = AS_WRITTEN.has(key) && isObject(child) ? child : dropEmpty(child)
    if (shaped !== null && !(Array.isArray(shaped) && shaped.length === 0 && !KEPT_EMPTY.has(key))) kept[key] = shaped
  }
  return kept
}
