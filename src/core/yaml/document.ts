import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition
} from 'js-yaml'
import { nodeStart, type LineIndex, type YamlErrorReporter } from './events.js'

/** Where a mapping or a list was written: the file, its first line, and the line of each key of a mapping. */
export interface NodePosition {
  file: string
  line: number
  keyLines?: Map<string, number>
}

/**
 * The positions of the mappings and lists built from YAML, kept beside the values (a WeakMap) so the values stay
 * plain JSON-like data that can be sent or compared as they are.
 */
export class YamlPositions {
  private readonly nodes = new WeakMap<object, NodePosition>()

  set(node: object, position: NodePosition): void {
    this.nodes.set(node, position)
  }

  of(node: unknown): NodePosition | undefined {
    return typeof node === 'object' && node !== null ? this.nodes.get(node) : undefined
  }

  /** Give a copy made from a built node the original's position. */
  copy(from: object, to: object): void {
    const position = this.nodes.get(from)
    if (position) this.nodes.set(to, position)
  }
}

/** Replacements a caller makes while the value is built (how `!include` is implemented, for example). */
export interface YamlHooks {
  /** A scalar with a local tag (`!name value`): the value to use instead. Without it, local tags are an error. */
  localTag?(tag: string, text: string, line: number): unknown
  /** A string in a mapping value or a list item (not a key): the value to use instead, or the string itself. */
  string?(text: string, line: number): unknown
}

export interface BuildOptions {
  text: string
  file: string
  lines: LineIndex
  positions: YamlPositions
  onError: YamlErrorReporter
  hooks?: YamlHooks
}

const IMPLICIT_SCALAR_TAGS = CORE_SCHEMA.tags.filter(
  (tag): tag is ScalarTagDefinition => tag.nodeKind === 'scalar' && tag.implicit
)
const MERGE_KEY = '<<'

/**
 * Build the value of a one-document YAML text from its events (see parseBoundedEvents), recording the position of
 * every mapping and list. Scalars follow the YAML 1.2 core schema; mapping keys are taken as written (always
 * strings). Duplicate keys, a second document, complex keys and unknown tags are errors at their line. Merge keys
 * (`<<: *base`) are applied as Go's yaml.v3 (the Hasura CLI's parser) applies them. An empty document is undefined.
 */
export function buildYamlValue(events: readonly Event[], options: BuildOptions): unknown {
  return new Builder(events, options).document()
}

interface Anchored {
  value: unknown
  /** The node ran a hook (an `!include`): repeating it through an alias would repeat the include unbounded. */
  hooked: boolean
}

class Builder {
  private index = 0
  private lastLine = 1
  private hookCalls = 0
  private readonly anchors = new Map<string, Anchored>()

  constructor(
    private readonly events: readonly Event[],
    private readonly options: BuildOptions
  ) {}

  document(): unknown {
    const first = this.events[0]
    if (first === undefined) return undefined
    this.index = 1
    const value = this.events[1]?.type === EVENT_ID.POP ? undefined : this.node(false)
    this.index++ // the document's POP
    if (this.index < this.events.length) {
      const next = this.events[this.index + 1]
      const offset = next ? nodeStart(next) : -1
      this.fail(
        "the file holds more than one YAML document (a second '---'): keep one",
        offset >= 0 ? this.lineAt(offset) : this.lastLine
      )
    }
    return value
  }

  private node(isValue: boolean): unknown {
    const event = this.events[this.index]
    if (event === undefined) return this.fail('unexpected end of the YAML events', this.lastLine)
    const offset = nodeStart(event)
    const line = offset >= 0 ? this.lineAt(offset) : this.lastLine
    if (event.type === EVENT_ID.ALIAS) {
      this.index++
      return this.alias(this.options.text.slice(event.anchorStart, event.anchorEnd), line)
    }
    if (event.type !== EVENT_ID.SCALAR && event.type !== EVENT_ID.SEQUENCE && event.type !== EVENT_ID.MAPPING) {
      return this.fail('unexpected YAML event', line)
    }
    const anchor = event.anchorStart >= 0 ? this.options.text.slice(event.anchorStart, event.anchorEnd) : undefined
    const hooksBefore = this.hookCalls
    let value: unknown
    if (event.type === EVENT_ID.SCALAR) {
      this.index++
      value = this.scalar(event, line, isValue)
    } else {
      this.collectionTag(event.tagStart, event.tagEnd, line)
      value = event.type === EVENT_ID.SEQUENCE ? this.sequence(line) : this.mapping(line)
    }
    if (anchor !== undefined) this.anchors.set(anchor, { value, hooked: this.hookCalls !== hooksBefore })
    return value
  }

  private alias(name: string, line: number): unknown {
    const anchored = this.anchors.get(name)
    if (anchored === undefined) return this.fail(`the alias *${name} refers to no anchor &${name} before it`, line)
    if (anchored.hooked) {
      return this.fail(`the alias *${name} repeats a node with an !include; write the !include again instead`, line)
    }
    return anchored.value // shared, as js-yaml does; the alias bound was checked on the events
  }

  private sequence(line: number): unknown[] {
    const items: unknown[] = []
    this.options.positions.set(items, { file: this.options.file, line })
    this.index++
    while (this.events[this.index]?.type !== EVENT_ID.POP) items.push(this.node(true))
    this.index++
    return items
  }

  private mapping(line: number): Record<string, unknown> {
    const map: Record<string, unknown> = {}
    const keyLines = new Map<string, number>()
    this.options.positions.set(map, { file: this.options.file, line, keyLines })
    const merged: { source: Record<string, unknown>; line: number }[] = []
    this.index++
    while (this.events[this.index]?.type !== EVENT_ID.POP) {
      const keyEvent = this.events[this.index]
      const keyOffset = keyEvent ? nodeStart(keyEvent) : -1
      const keyLine = keyOffset >= 0 ? this.lineAt(keyOffset) : this.lastLine
      if (keyEvent?.type !== EVENT_ID.SCALAR) {
        this.fail('mapping keys must be plain text, not a list, a mapping or an alias', keyLine)
      }
      const key = getScalarValue(this.options.text, keyEvent)
      this.index++
      if (key === MERGE_KEY && keyEvent.style === SCALAR_STYLE.PLAIN) {
        for (const source of this.mergeSources(this.node(false), keyLine)) merged.push({ source, line: keyLine })
        continue
      }
      const first = keyLines.get(key)
      if (first !== undefined) this.fail(`the key "${key}" appears twice (first on line ${first})`, keyLine)
      keyLines.set(key, keyLine)
      define(map, key, this.node(true))
    }
    this.index++
    // Keys written in the mapping win over merged ones; earlier merged mappings win over later ones.
    for (const { source, line: mergeLine } of merged) {
      for (const [key, value] of Object.entries(source)) {
        if (keyLines.has(key)) continue
        keyLines.set(key, mergeLine)
        define(map, key, value)
      }
    }
    return map
  }

  private mergeSources(value: unknown, line: number): Record<string, unknown>[] {
    const sources = Array.isArray(value) ? value : [value]
    return sources.map((source) => {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        return this.fail('a merge key (<<) takes a mapping or a list of mappings', line)
      }
      return source as Record<string, unknown>
    })
  }

  private scalar(event: ScalarEvent, line: number, isValue: boolean): unknown {
    const { text } = this.options
    const raw = getScalarValue(text, event)
    const tag = event.tagStart >= 0 ? text.slice(event.tagStart, event.tagEnd) : undefined
    let value: unknown
    if (tag === undefined || tag === '!') {
      value = event.style === SCALAR_STYLE.PLAIN && tag === undefined ? resolvePlain(raw) : raw
    } else if (tag.startsWith('!!') || tag.startsWith('!<')) {
      value = this.standardTag(event, line)
    } else {
      const hook = this.options.hooks?.localTag
      if (!hook) return this.fail(`the tag ${tag} is not supported here`, line)
      this.hookCalls++
      return hook(tag, raw, line)
    }
    const stringHook = this.options.hooks?.string
    if (isValue && typeof value === 'string' && stringHook) {
      const replaced = stringHook(value, line)
      if (replaced !== value) this.hookCalls++
      return replaced
    }
    return value
  }

  /** `!!str 8`, `!!int "8"`...: js-yaml constructs the one scalar, with its checks and messages. */
  private standardTag(event: ScalarEvent, line: number): unknown {
    const scalar: ScalarEvent = { ...event, anchorStart: -1, anchorEnd: -1 }
    try {
      const [value] = constructFromEvents(
        [
          { type: EVENT_ID.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] },
          scalar,
          { type: EVENT_ID.POP }
        ],
        { source: this.options.text, schema: CORE_SCHEMA, filename: this.options.file }
      )
      return value
    } catch (error) {
      if (error instanceof YAMLException) return this.fail(`invalid YAML: ${error.reason}`, line)
      throw error
    }
  }

  private collectionTag(start: number, end: number, line: number): void {
    if (start < 0) return
    const tag = this.options.text.slice(start, end)
    if (tag !== '!' && tag !== '!!map' && tag !== '!!seq')
      this.fail(`the tag ${tag} is not supported on a list or mapping`, line)
  }

  private lineAt(offset: number): number {
    this.lastLine = this.options.lines.lineOf(offset)
    return this.lastLine
  }

  private fail(message: string, line: number): never {
    return this.options.onError(message, line)
  }
}

function resolvePlain(raw: string): unknown {
  for (const tag of IMPLICIT_SCALAR_TAGS) {
    const value = tag.resolve(raw, false, tag.tagName)
    if (value !== NOT_RESOLVED) return value
  }
  return raw
}

/** Set a key, `__proto__` included, as an own data property (never the prototype). */
function define(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true })
  else map[key] = value
}
