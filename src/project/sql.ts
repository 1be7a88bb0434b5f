/**
 * What the action needs to know of a migration's SQL text without parsing it: whether it asks to run outside a
 * transaction, where its statements end (to send them one by one), and which line of the file a character is on.
 */

/**
 * The first line that makes a migration run outside a transaction, as the Hasura CLI reads it (`hasura migrate
 * apply --per-migration-transaction`): the file's first line, whitespace trimmed, is exactly this. hasura/graphql-engine
 * cli/migrate/migrate.go (`noTransactionMarker`, `detectNoTransactionComment`), commit ae63c77a0e4298e5fd640faa1372b4b1a153b0f6.
 */
export const NO_TRANSACTION_MARKER = '-- hasura:no-transaction'

export function isNoTransaction(sql: string): boolean {
  const end = sql.indexOf('\n')
  return (end === -1 ? sql : sql.slice(0, end)).trim() === NO_TRANSACTION_MARKER
}

/** One statement of a SQL text: its text (comments and whitespace before it included) and where it starts. */
export interface Statement {
  text: string
  /** Its first UTF-16 unit in the whole text. */
  start: number
}

const IDENTIFIER_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/

/**
 * The statements of a SQL text, split at the semicolons Postgres ends statements with, as psql splits a file:
 * semicolons in strings ('', E'' with backslashes), quoted names, dollar-quoted bodies, comments (nested block
 * comments too) and SQL-standard function bodies (BEGIN ATOMIC ... END) do not end one. What holds only comments or
 * whitespace is left out.
 */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = []
  let start = 0
  let atomic = 0
  let i = 0
  const push = (end: number): void => {
    const text = sql.slice(start, end)
    if (hasCode(text)) statements.push({ text, start })
    start = end + 1
  }
  while (i < sql.length) {
    const c = sql[i]!
    const next = sql[i + 1]
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i)
      i = end === -1 ? sql.length : end + 1
    } else if (c === '/' && next === '*') {
      i = blockCommentEnd(sql, i)
    } else if (c === "'") {
      const escapes = /[eE]/.test(sql[i - 1] ?? '') && !IDENTIFIER_CHAR.test(sql[i - 2] ?? '')
      i = quotedEnd(sql, i, "'", escapes)
    } else if (c === '"') {
      i = quotedEnd(sql, i, '"', false)
    } else if (c === '$' && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
      const tag = DOLLAR_TAG.exec(sql.slice(i, i + 64))?.[0]
      if (tag) {
        const end = sql.indexOf(tag, i + tag.length)
        i = end === -1 ? sql.length : end + tag.length
      } else {
        i++
      }
    } else if (/[A-Za-z_]/.test(c) && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 64))![0]
      const upper = word.toUpperCase()
      if (upper === 'BEGIN' && /^\s+ATOMIC\b/i.test(sql.slice(i + word.length, i + word.length + 16))) atomic++
      else if (atomic > 0 && upper === 'CASE') atomic++
      else if (atomic > 0 && upper === 'END') atomic--
      i += word.length
    } else if (c === ';' && atomic === 0) {
      push(i)
      i++
    } else {
      i++
    }
  }
  push(sql.length)
  return statements
}

function blockCommentEnd(sql: string, from: number): number {
  let depth = 0
  let i = from
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++
      i += 2
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--
      i += 2
      if (depth === 0) return i
    } else {
      i++
    }
  }
  return sql.length
}

function quotedEnd(sql: string, from: number, quote: string, backslashes: boolean): number {
  let i = from + 1
  while (i < sql.length) {
    if (backslashes && sql[i] === '\\') i += 2
    else if (sql[i] === quote && sql[i + 1] === quote) i += 2
    else if (sql[i] === quote) return i + 1
    else i++
  }
  return sql.length
}

/** Whether a piece of SQL holds more than comments and whitespace. */
function hasCode(text: string): boolean {
  return (
    text
      .replace(/--[^\n]*/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() !== ''
  )
}

/**
 * The line of `sql` that a Postgres error position points at: `position` counts characters (code points, from 1) of
 * the text sent, which began `skipped` characters before `sql[from]`. Undefined when it points outside `sql` (at what
 * the action added around it).
 */
export function lineAt(sql: string, position: number, skipped = 0, from = 0): number | undefined {
  let characters = position - 1 - skipped
  if (characters < 0) return undefined
  let i = from
  while (characters > 0 && i < sql.length) {
    i += (sql.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
    characters--
  }
  if (i >= sql.length) return undefined
  let line = 1
  for (let at = sql.indexOf('\n'); at !== -1 && at < i; at = sql.indexOf('\n', at + 1)) line++
  return line
}
