import { assertValidKey, duplicateKeyError, EnvFileError, type EnvEntry } from './entry.js'
import { substitute } from './interpolate.js'

/**
 * Parse a dotenv file. The rules (every line is one of these, or it is an error):
 *
 * - Blank lines and whole-line `#` comments are skipped.
 * - `KEY=value` or `export KEY=value`; whitespace before the key and around `=` is ignored.
 * - Unquoted value: everything after `=` up to a `#` that follows whitespace (a comment),
 *   trimmed. A `#` glued to the text before it is part of the value (`COLOR=#fff`,
 *   `URL=http://h/#x`, `A=a#b`). `KEY=` (or `KEY= # note`) is the empty string. No escapes
 *   (backslashes are literal); `${NAME}` is interpolated.
 * - `'single quoted'`: literal, on one line; no escapes, no interpolation.
 * - `"double quoted"`: escapes `\n`, `\r`, `\t`, `\"`, `\\` (any other backslash is kept with
 *   the character after it, so `"\d+"` stays `\d+`); may span several lines (the newlines
 *   are kept); `${NAME}` is interpolated after the escapes.
 * - After a closing quote only whitespace and a `#` comment may follow.
 * - A repeated key is an error at the repeat, naming the first line.
 *
 * CRLF line endings and a leading UTF-8 BOM are accepted. Entries are reported at the line
 * where their key starts. Messages never include a value.
 */
export function parseDotenv(text: string, file: string, environment: Record<string, string | undefined>): EnvEntry[] {
  const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n/g, '\n')
  const lines = source.split('\n')
  const entries: EnvEntry[] = []
  const seen = new Map<string, number>()

  for (let index = 0; index < lines.length; index++) {
    const line = index + 1
    const raw = lines[index] ?? ''
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue

    const match = /^\s*(?:export[ \t]+)?([^=]*?)\s*=(.*)$/.exec(raw)
    if (!match) {
      throw new EnvFileError(
        /^export[ \t]+\S+$/.test(trimmed)
          ? "an `export` line needs a value: write `export KEY=value` ('=' is missing)"
          : "this line is not KEY=value, `export KEY=value`, a # comment or blank ('=' is missing)",
        file,
        line
      )
    }
    const key = match[1] ?? ''
    const rest = match[2] ?? ''
    assertValidKey(key, file, line)
    const first = seen.get(key)
    if (first !== undefined) throw duplicateKeyError(key, first, file, line)
    seen.set(key, line)

    const afterEquals = rest.replace(/^[ \t]+/, '')
    let value: string
    let literal = true
    if (afterEquals.startsWith("'")) {
      const close = afterEquals.indexOf("'", 1)
      if (close < 0) {
        throw new EnvFileError(
          `${key}: the single-quoted value is not closed on this line (single-quoted values are one line; use double quotes for several lines)`,
          file,
          line
        )
      }
      assertOnlyComment(afterEquals.slice(close + 1), key, file, line)
      value = afterEquals.slice(1, close)
    } else if (afterEquals.startsWith('"')) {
      const quoted = readDoubleQuoted(afterEquals, lines, index)
      if (!quoted) {
        throw new EnvFileError(
          `${key}: the double-quoted value opened on line ${line} is never closed (a '"' inside it must be written \\")`,
          file,
          line
        )
      }
      assertOnlyComment(quoted.after, key, file, quoted.lastIndex + 1)
      index = quoted.lastIndex
      const result = substitute(quoted.value, environment, file, line)
      value = result.value
      literal = !result.substituted
    } else {
      const comment = rest.search(/\s#/)
      const text = (comment < 0 ? rest : rest.slice(0, comment)).trim()
      const result = substitute(text, environment, file, line)
      value = result.value
      literal = !result.substituted
    }

    entries.push({ key, value, line, literal })
  }
  return entries
}

function assertOnlyComment(after: string, key: string, file: string, line: number): void {
  if (/^\s*(#.*)?$/.test(after)) return
  throw new EnvFileError(
    `${key}: unexpected text after the closing quote (only a # comment may follow a quoted value)`,
    file,
    line
  )
}

/** The escapes of a double-quoted value; any other backslash is kept with its character. */
function decodeEscape(ch: string): string | undefined {
  switch (ch) {
    case 'n':
      return '\n'
    case 'r':
      return '\r'
    case 't':
      return '\t'
    case '"':
      return '"'
    case '\\':
      return '\\'
    default:
      return undefined
  }
}

/**
 * Read a double-quoted value starting at `start` (which begins with `"`) on line `index`,
 * continuing onto following lines until an unescaped `"`. Returns the decoded value, the
 * text after the closing quote and the index of the line it closed on; undefined if the
 * file ends first.
 */
function readDoubleQuoted(
  start: string,
  lines: readonly string[],
  index: number
): { value: string; after: string; lastIndex: number } | undefined {
  let value = ''
  let current = start
  let position = 1
  let lastIndex = index
  for (;;) {
    while (position < current.length) {
      const ch = current[position] ?? ''
      if (ch === '"') return { value, after: current.slice(position + 1), lastIndex }
      if (ch === '\\' && position + 1 < current.length) {
        const next = current[position + 1] ?? ''
        value += decodeEscape(next) ?? ch + next
        position += 2
        continue
      }
      value += ch
      position++
    }
    // End of this line inside the quotes: the newline is part of the value.
    lastIndex++
    if (lastIndex >= lines.length) return undefined
    value += '\n'
    current = lines[lastIndex] ?? ''
    position = 0
  }
}
