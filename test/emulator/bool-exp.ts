/**
 * Hasura's `where` / `order_by` / `limit` / `offset` over the emulator's in-memory rows, for the
 * `tenant` and `projects` queries.
 */

/** A row as a `where` sees it: its columns, and the one-to-one relationships it can filter through. */
export interface Row {
  columns: Record<string, string>
  relations: Record<string, () => Row>
}

interface Comparison {
  _eq?: string | null
  _neq?: string | null
  _in?: string[] | null
  _nin?: string[] | null
  _like?: string | null
  _nlike?: string | null
  _ilike?: string | null
  _gt?: string | null
  _gte?: string | null
  _lt?: string | null
  _lte?: string | null
}

export interface BoolExp {
  _and?: BoolExp[] | null
  _or?: BoolExp[] | null
  _not?: BoolExp | null
  [column: string]: BoolExp | BoolExp[] | Comparison | null | undefined
}

export type OrderBy = Record<string, 'asc' | 'desc' | null | undefined>

/** Columns compared as instants rather than as text. */
const TIMESTAMPS = new Set(['created_at'])

export function matches(row: Row, where: BoolExp | null | undefined): boolean {
  if (!where) return true
  return Object.entries(where).every(([key, value]) => {
    if (value == null) return true
    if (key === '_and') return (value as BoolExp[]).every((clause) => matches(row, clause))
    if (key === '_or') return (value as BoolExp[]).some((clause) => matches(row, clause))
    if (key === '_not') return !matches(row, value as BoolExp)
    const relation = row.relations[key]
    if (relation) return matches(relation(), value as BoolExp)
    return compare(row.columns[key] ?? '', value as Comparison, TIMESTAMPS.has(key))
  })
}

/** A null operand drops its condition, as Hasura v2 does: `{_eq: null}` matches every row. */
function compare(actual: string, cmp: Comparison, isTimestamp: boolean): boolean {
  const order = (other: string): number =>
    isTimestamp ? Date.parse(actual) - Date.parse(other) : actual < other ? -1 : actual > other ? 1 : 0
  const checks: [unknown, () => boolean][] = [
    [cmp._eq, () => order(cmp._eq!) === 0],
    [cmp._neq, () => order(cmp._neq!) !== 0],
    [cmp._in, () => cmp._in!.some((v) => order(v) === 0)],
    [cmp._nin, () => !cmp._nin!.some((v) => order(v) === 0)],
    [cmp._like, () => like(cmp._like!, '').test(actual)],
    [cmp._nlike, () => !like(cmp._nlike!, '').test(actual)],
    [cmp._ilike, () => like(cmp._ilike!, 'i').test(actual)],
    [cmp._gt, () => order(cmp._gt!) > 0],
    [cmp._gte, () => order(cmp._gte!) >= 0],
    [cmp._lt, () => order(cmp._lt!) < 0],
    [cmp._lte, () => order(cmp._lte!) <= 0]
  ]
  return checks.every(([operand, check]) => operand == null || check())
}

/** SQL LIKE: `%` any run, `_` one character, `\` escapes. */
function like(pattern: string, flags: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!)
    else if (c === '%') source += '[\\s\\S]*'
    else if (c === '_') source += '[\\s\\S]'
    else source += escapeRegExp(c)
  }
  return new RegExp(`^${source}$`, flags)
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The arguments of a Hasura list query. */
export interface ListArgs {
  where?: BoolExp | null
  order_by?: OrderBy[] | null
  limit?: number | null
  offset?: number | null
}

/** Filters, sorts (stable; insertion order otherwise), then pages, as one Hasura list query does. */
export function select<T>(items: T[], rowOf: (item: T) => Row, args: ListArgs): T[] {
  const rows = items.map((item) => ({ item, row: rowOf(item) })).filter(({ row }) => matches(row, args.where))
  const keys = (args.order_by ?? []).flatMap((clause) =>
    Object.entries(clause).filter((entry): entry is [string, 'asc' | 'desc'] => entry[1] != null)
  )
  rows.sort((a, b) => {
    for (const [column, direction] of keys) {
      const x = a.row.columns[column] ?? ''
      const y = b.row.columns[column] ?? ''
      const diff = TIMESTAMPS.has(column) ? Date.parse(x) - Date.parse(y) : x.localeCompare(y)
      if (diff !== 0) return direction === 'asc' ? diff : -diff
    }
    return 0
  })
  const offset = args.offset ?? 0
  const end = args.limit == null ? undefined : offset + args.limit
  return rows.slice(offset, end).map(({ item }) => item)
}
