import { EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml'

/**
 * Reports a problem at a 1-based line of the file being read, with the caller's own error class (an env-file
 * error, a project error...). It never returns.
 */
export type YamlErrorReporter = (message: string, line: number) => never

/**
 * How many nodes aliases may add to a document once expanded. Real metadata and env files have no aliases at
 * all; a "billion laughs" file of a few hundred bytes expands to 10^9 nodes and is stopped at this bound.
 */
export const MAX_ALIAS_NODES = 100_000

export interface BoundedEvents {
  /** js-yaml's event stream, source offsets into the text. */
  events: Event[]
  /** The nodes aliases add when expanded (0 without aliases). */
  aliasNodes: number
  lines: LineIndex
}

/**
 * Parse YAML into js-yaml's events, refusing alias bombs before anything is built: every alias is counted as the
 * size of the node it repeats (sizes memoised per anchor, so the check is linear in the events), and the first alias
 * that takes the expansion past `maxAliasNodes` is reported at its line. A syntax error is reported at js-yaml's line
 * with its reason, never its source snippet (which could show a secret).
 */
export function parseBoundedEvents(
  text: string,
  file: string,
  onError: YamlErrorReporter,
  maxAliasNodes = MAX_ALIAS_NODES
): BoundedEvents {
  const lines = new LineIndex(text)
  let events: Event[]
  try {
    events = parseEvents(text, { filename: file })
  } catch (error) {
    if (error instanceof YAMLException) onError(`invalid YAML: ${error.reason}`, error.mark ? error.mark.line + 1 : 1)
    throw error
  }

  // Open collections with their size so far; a node's size is 1 plus its children's, an alias's the size of its anchor.
  const open: { size: number; anchor: string | undefined }[] = []
  let anchors = new Map<string, number>()
  let aliasNodes = 0
  const close = (size: number, anchor: string | undefined): void => {
    if (anchor !== undefined) anchors.set(anchor, size)
    const parent = open[open.length - 1]
    if (parent) parent.size += size
  }
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        anchors = new Map() // anchors are scoped to their document
        break
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        open.push({ size: 1, anchor: anchorOf(text, event.anchorStart, event.anchorEnd) })
        break
      case EVENT_ID.SCALAR:
        close(1, anchorOf(text, event.anchorStart, event.anchorEnd))
        break
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd)
        const line = lines.lineOf(event.anchorStart)
        const size = anchors.get(name)
        if (size === undefined) {
          onError(`the alias *${name} refers to no anchor &${name} before it (or to a node that contains it)`, line)
        }
        aliasNodes += size - 1
        if (aliasNodes > maxAliasNodes) {
          onError(
            `aliases expand to more than ${maxAliasNodes} nodes (at *${name}); write the values out instead of repeating anchors`,
            line
          )
        }
        close(size, undefined)
        break
      }
      case EVENT_ID.POP: {
        const collection = open.pop()
        if (collection) close(collection.size, collection.anchor)
        break
      }
    }
  }
  return { events, aliasNodes, lines }
}

function anchorOf(text: string, start: number, end: number): string | undefined {
  return start >= 0 ? text.slice(start, end) : undefined
}

/** Where a node starts in the source (its tag or anchor, else its value), or -1: an empty scalar has no text. */
export function nodeStart(event: Event | undefined): number {
  if (event === undefined) return -1
  switch (event.type) {
    case EVENT_ID.SCALAR:
      return firstOffset(event.tagStart, event.anchorStart, event.valueStart)
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      return firstOffset(event.tagStart, event.anchorStart, event.start)
    case EVENT_ID.ALIAS:
      return event.anchorStart
    default:
      return -1
  }
}

function firstOffset(...offsets: number[]): number {
  return offsets.find((offset) => offset >= 0) ?? -1
}

/** Source offsets to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }
  lineOf(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}
