import {
  constructFromEvents,
  COLLECTION_STYLE,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  SCALAR_STYLE,
  YAMLException,
  type Event,
  type ScalarEvent
} from 'js-yaml'
import { nodeStart, parseBoundedEvents } from '../core/yaml/events.js'
import { assertValidKey, duplicateKeyError, EnvFileError, type EnvEntry } from './entry.js'
import { substitute } from './interpolate.js'

/**
 * Parse a YAML (or JSON: JSON is YAML) env file: one document, a mapping of keys to values.
 *
 * How values become env values:
 * - Strings (plain, quoted or block) as they are, after `${NAME}` interpolation (all quoting
 *   styles are interpolated; `$${` is the escape for a literal `${`).
 * - Numbers and booleans: the text as written in the file, not JavaScript's rendering of the
 *   parsed number: `8080` → `8080`, `1.50` → `1.50`, `0x1F` → `0x1F`, `1e3` → `1e3`,
 *   `true` → `true`. (Through an alias, where there is no text of its own, `String(value)`.)
 * - Dates stay text: the YAML 1.2 core schema has no timestamp type, so `2024-01-01` is a string.
 * - `null`, `~` or nothing (`KEY:`) → null, meaning "remove this key from the tenant".
 * - A mapping or a list → its `JSON.stringify` text (e.g. a JWT secret). `${NAME}` is
 *   interpolated in the string leaves inside it *before* stringifying, so a substituted secret
 *   is JSON-escaped correctly (a `"` in it cannot break the JSON); keys inside are not
 *   interpolated. Inside such a structure numbers follow JSON (`1.50` → `1.5`).
 *
 * Lines come from js-yaml's event stream (source offsets), not from a text scan, so quoted
 * keys, comments, blank lines and multi-line values are all placed right. Keys are taken as
 * the text written (`true:` and `null:` are the names `true` and `null`, never resolved).
 *
 * Errors: a syntax error at js-yaml's line with its reason (never its source snippet, which
 * could show a value); a repeated key at the repeat; a document that is not a mapping at its
 * start; more than one document at the second one.
 */
export function parseYamlEnv(text: string, file: string, environment: Record<string, string | undefined>): EnvEntry[] {
  // Aliases are bounded before anything is built: a few hundred bytes of nested anchors would expand to billions.
  const { events, lines } = parseBoundedEvents(text, file, (message, line) => {
    throw new EnvFileError(message, file, line)
  })

  const documents: number[] = []
  events.forEach((event, index) => {
    if (event.type === EVENT_ID.DOCUMENT) documents.push(index)
  })
  const firstDocument = documents[0]
  if (firstDocument === undefined) return [] // empty file, or only comments
  const secondDocument = documents[1]
  if (secondDocument !== undefined) {
    const offset = nodeStart(events[secondDocument + 1])
    const line = offset >= 0 ? lines.lineOf(offset) : markerLine(text, isExplicit(events[firstDocument]) ? 2 : 1)
    throw new EnvFileError(
      "the file holds more than one YAML document (a second '---'): put every key in one mapping",
      file,
      line
    )
  }

  const root = events[firstDocument + 1]
  if (root === undefined) return []
  if (root.type !== EVENT_ID.MAPPING) {
    if (root.type === EVENT_ID.SCALAR) {
      const [value] = yaml(
        () => constructFromEvents(events, { source: text, schema: CORE_SCHEMA, filename: file }),
        file
      )
      if (value === null || value === undefined) return [] // `---` alone, `~`, `null`
    }
    const found =
      root.type === EVENT_ID.SEQUENCE ? 'a list' : root.type === EVENT_ID.ALIAS ? 'an alias' : 'a single value'
    const offset = nodeStart(root)
    throw new EnvFileError(
      `the file must be a YAML mapping of KEY: value entries, but it is ${found}`,
      file,
      offset >= 0 ? lines.lineOf(offset) : 1
    )
  }

  // Walk the top-level pairs: key text and line from the events, value events kept for later.
  const pairs: { key: string; line: number; value: Event[] }[] = []
  const seen = new Map<string, number>()
  let lastLine = lines.lineOf(Math.max(root.start, 0))
  let index = firstDocument + 2
  for (;;) {
    const keyEvent = events[index]
    if (keyEvent === undefined || keyEvent.type === EVENT_ID.POP) break
    const valueIndex = skipNode(events, index)
    const next = skipNode(events, valueIndex)
    const offset = nodeStart(keyEvent) >= 0 ? nodeStart(keyEvent) : nodeStart(events[valueIndex])
    const line = offset >= 0 ? lines.lineOf(offset) : lastLine
    lastLine = line
    if (keyEvent.type !== EVENT_ID.SCALAR) {
      throw new EnvFileError('keys must be plain names, not a list, a mapping or an alias', file, line)
    }
    const key = getScalarValue(text, keyEvent)
    if (key === '<<') {
      throw new EnvFileError('merge keys (<<) are not supported in env files: list every key', file, line)
    }
    assertValidKey(key, file, line)
    const first = seen.get(key)
    if (first !== undefined) throw duplicateKeyError(key, first, file, line)
    seen.set(key, line)
    pairs.push({ key, line, value: events.slice(valueIndex, next) })
    index = next
  }
  if (pairs.length === 0) return []

  // Construct every value in one pass, as the items of a synthetic sequence: the keys are never
  // resolved by the schema, and anchors and aliases between values still work.
  const documentEvent = events[firstDocument]
  if (documentEvent === undefined) return []
  const wrapped: Event[] = [
    documentEvent,
    {
      type: EVENT_ID.SEQUENCE,
      start: -1,
      anchorStart: -1,
      anchorEnd: -1,
      tagStart: -1,
      tagEnd: -1,
      style: COLLECTION_STYLE.FLOW
    },
    ...pairs.flatMap((pair) => pair.value),
    { type: EVENT_ID.POP },
    { type: EVENT_ID.POP }
  ]
  const [constructed] = yaml(
    () => constructFromEvents(wrapped, { source: text, schema: CORE_SCHEMA, filename: file }),
    file
  )
  const values = Array.isArray(constructed) ? constructed : []

  return pairs.map((pair, i) => {
    const first = pair.value[0]
    const { value, substituted } = toEnvValue(pair.key, first, values[i], text, environment, file, pair.line)
    return { key: pair.key, value, line: pair.line, literal: !substituted }
  })
}

function toEnvValue(
  key: string,
  event: Event | undefined,
  value: unknown,
  text: string,
  environment: Record<string, string | undefined>,
  file: string,
  line: number
): { value: string | null; substituted: boolean } {
  if (value === null || value === undefined) return { value: null, substituted: false }
  if (typeof value === 'string') return substitute(value, environment, file, line)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return { value: event?.type === EVENT_ID.SCALAR ? scalarText(text, event) : String(value), substituted: false }
  }
  if (typeof value === 'object') {
    const seen = { substituted: false }
    return {
      value: JSON.stringify(interpolateDeep(value, environment, file, line, seen)),
      substituted: seen.substituted
    }
  }
  throw new EnvFileError(`${key}: unsupported value type (${typeof value})`, file, line)
}

/** The scalar as written (plain) or as decoded (quoted with an explicit tag, e.g. `!!int "8"`). */
function scalarText(text: string, event: ScalarEvent): string {
  const written = getScalarValue(text, event)
  return event.style === SCALAR_STYLE.PLAIN ? written.trim() : written
}

function interpolateDeep(
  value: unknown,
  environment: Record<string, string | undefined>,
  file: string,
  line: number,
  seen: { substituted: boolean }
): unknown {
  if (typeof value === 'string') {
    const result = substitute(value, environment, file, line)
    seen.substituted ||= result.substituted
    return result.value
  }
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, environment, file, line, seen))
  if (value !== null && typeof value === 'object') {
    // A null-prototype object, so that a `__proto__` key stays an ordinary key.
    const out = Object.create(null) as Record<string, unknown>
    for (const [k, v] of Object.entries(value)) out[k] = interpolateDeep(v, environment, file, line, seen)
    return out
  }
  return value
}

/** Index just past the node that starts at `index` (a scalar, an alias or a whole collection). */
function skipNode(events: readonly Event[], index: number): number {
  const event = events[index]
  if (event === undefined) return index
  if (event.type !== EVENT_ID.SEQUENCE && event.type !== EVENT_ID.MAPPING) return index + 1
  let depth = 0
  for (let i = index; i < events.length; i++) {
    const type = events[i]?.type
    if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING) depth++
    else if (type === EVENT_ID.POP && --depth === 0) return i + 1
  }
  return events.length
}

function isExplicit(event: Event | undefined): boolean {
  return event?.type === EVENT_ID.DOCUMENT && event.explicitStart
}

/** Line of the nth `---` document marker (1-based n), or 1. */
function markerLine(text: string, nth: number): number {
  let count = 0
  const all = text.split('\n')
  for (let i = 0; i < all.length; i++) {
    if (/^---(?:[ \t\r]|$)/.test(all[i] ?? '') && ++count === nth) return i + 1
  }
  return 1
}

/** Run a js-yaml call; its exceptions become EnvFileErrors at js-yaml's line, reason only. */
function yaml<T>(run: () => T, file: string): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1
      throw new EnvFileError(`invalid YAML: ${error.reason}`, file, line)
    }
    throw error
  }
}
