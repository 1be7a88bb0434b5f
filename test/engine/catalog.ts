/** What the engine emulator reads of a database to tell whether the metadata matches it: tables, columns, keys. */
import type pg from 'pg'

export interface ForeignKey {
  /** `schema.table` of the referencing table. */
  table: string
  columns: string[]
  /** The referenced table. */
  references: { schema: string; name: string }
}

/** A column as the GraphQL schema needs it: its Postgres type (`udt_name`: int4, text, int8...) and nullability. */
export interface ColumnType {
  name: string
  type: string
  nullable: boolean
}

export interface DatabaseCatalog {
  /** Tables and views by `schema.table`, with their columns. */
  columns: Map<string, Set<string>>
  foreignKeys: ForeignKey[]
  /** Each table's columns in their order, with types (for the GraphQL schema); absent where only names were read. */
  columnTypes?: Map<string, ColumnType[]>
  /** Each table's primary key columns, by `schema.table`. */
  primaryKeys?: Map<string, string[]>
}

const COLUMNS = `
  SELECT table_schema, table_name, column_name, udt_name, is_nullable FROM information_schema.columns
  WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY ordinal_position`

const PRIMARY_KEYS = `
  SELECT ns.nspname AS schema, cl.relname AS table,
    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, i)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns
  FROM pg_constraint con
  JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
  WHERE con.contype = 'p'`

const FOREIGN_KEYS = `
  SELECT ns.nspname AS schema, cl.relname AS table, rns.nspname AS ref_schema, rcl.relname AS ref_table,
    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, i)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns
  FROM pg_constraint con
  JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
  JOIN pg_class rcl ON rcl.oid = con.confrelid JOIN pg_namespace rns ON rns.oid = rcl.relnamespace
  WHERE con.contype = 'f'`

export async function readCatalog(db: pg.Pool | pg.PoolClient): Promise<DatabaseCatalog> {
  const columns = new Map<string, Set<string>>()
  const columnTypes = new Map<string, ColumnType[]>()
  const rows = await db.query<{
    table_schema: string
    table_name: string
    column_name: string
    udt_name: string
    is_nullable: string
  }>(COLUMNS)
  for (const row of rows.rows) {
    const key = `${row.table_schema}.${row.table_name}`
    columns.set(key, (columns.get(key) ?? new Set()).add(row.column_name))
    const typed = columnTypes.get(key) ?? []
    typed.push({ name: row.column_name, type: row.udt_name, nullable: row.is_nullable === 'YES' })
    columnTypes.set(key, typed)
  }
  const primary = await db.query<{ schema: string; table: string; columns: string[] }>(PRIMARY_KEYS)
  const primaryKeys = new Map(primary.rows.map((row) => [`${row.schema}.${row.table}`, row.columns]))
  const keys = await db.query<{
    schema: string
    table: string
    ref_schema: string
    ref_table: string
    columns: string[]
  }>(FOREIGN_KEYS)
  const foreignKeys = keys.rows.map((row) => ({
    table: `${row.schema}.${row.table}`,
    columns: row.columns,
    references: { schema: row.ref_schema, name: row.ref_table }
  }))
  return { columns, foreignKeys, columnTypes, primaryKeys }
}
