import type pg from 'pg'
import type { Migration, Seed } from '../project/types.js'
import { timeLimit, type MigrationLedger } from '../engine/apply.js'
import type { SchemaError } from '../engine/errors.js'
import { refusedMigration, refusedSeed } from '../engine/migration-failures.js'
import { lineAt, splitStatements } from '../project/sql.js'
import type { PostgresConnector } from './connection.js'
import { ledgerLock, previewLedger } from './ledger.js'

/** A new preview database: its role's URL (secret), its name, and the project's sources that read it (for messages). */
export interface DirectTarget {
  url: string
  name: string
  sources: string[]
}

export interface DirectApplyResult {
  migrations: Migration[]
  seeds: number
}

/**
 * Applies a new preview database's migrations (and its seeds, when asked) over our own connection as the preview's
 * role, while the tenant boots: the engine is not needed for a database it has not seen yet, and one session runs
 * them at the speed of the SQL itself. Each migration or seed file runs in its own transaction with its record in
 * the database's ledger (the engine path writes the same), so the ones before a failure stay applied and recorded,
 * and a run killed half-way is finished by the next; the schema apply then brings the CLI's catalog state in line.
 * Each statement may run `timeoutMs`. A migration marked `-- hasura:no-transaction` runs statement by statement. A file
 * the database refuses fails as a SchemaError at the line Postgres pointed at, saying what this run applied before.
 */
export async function applyDirectly(
  connector: PostgresConnector,
  target: DirectTarget,
  migrations: Migration[],
  seeds: Seed[],
  options: { fresh: boolean; waitMs: number; timeoutMs?: number }
): Promise<DirectApplyResult> {
  const { url, name: database } = target
  const ledger = previewLedger(connector, url, database, options.fresh, options.waitMs)
  const recorded = (await ledger.applied()) ?? { versions: new Set<string>(), seeds: new Set<string>() }
  const session = await connector.open(url, {
    step: { kind: 'work', database, doing: 'apply the migrations of' },
    lockTimeoutMs: options.waitMs
  })
  const client = session.client
  const applied: Migration[] = []
  let seeded = 0
  const refusal = () => ({
    target,
    timeoutMs: options.timeoutMs,
    before: { migrations: applied.length, seeds: seeded }
  })
  try {
    for (const migration of migrations) {
      const entry = { version: BigInt(migration.version).toString(), name: migration.name }
      if (recorded.versions.has(entry.version)) continue
      if (migration.noTransaction) {
        await outsideTransaction(client, ledger, entry, migration, refusal())
      } else {
        await run(client, ledger.wrap(entry, migration.sql, options.timeoutMs), migration, 'migration', refusal())
      }
      applied.push(migration)
    }
    for (const seed of seeds) {
      if (recorded.seeds.has(seed.file)) continue
      await run(client, ledger.wrap({ seed: seed.file }, seed.sql, options.timeoutMs), seed, 'seed', refusal())
      seeded++
    }
  } finally {
    await session.close()
  }
  return { migrations: applied, seeds: seeded }
}

/** One file, in its own (implicit) transaction: a simple query of several statements commits or rolls back whole. */
async function run(
  client: pg.Client,
  wrapped: { text: string; sqlAt: number },
  source: { file: string; sql: string },
  kind: 'migration' | 'seed',
  context: RefusalContext
): Promise<void> {
  try {
    await client.query(wrapped.text)
  } catch (error) {
    throw refused(error, source.file, kind, context, (position) => lineAt(source.sql, position, wrapped.sqlAt))
  }
}

/**
 * A migration marked `-- hasura:no-transaction`: each statement sent alone (CREATE INDEX CONCURRENTLY refuses even
 * the implicit transaction of a multi-statement query), between its mark and its record in the ledger, holding the
 * ledger's lock for the session so that a reader waits for it. A statement refused: the mark goes, the statements
 * before it stay. A run killed meanwhile leaves the mark, which the next run stops at.
 */
async function outsideTransaction(
  client: pg.Client,
  ledger: MigrationLedger,
  entry: { version: string; name: string },
  migration: Migration,
  context: RefusalContext
): Promise<void> {
  const { timeoutMs } = context
  const lock = ledgerLock(context.target.name)
  const marks = ledger.marks(entry)
  await client.query(lock.take)
  try {
    await client.query(marks.begin)
    if (timeoutMs !== undefined) await client.query(timeLimit(timeoutMs, 'session'))
    for (const statement of splitStatements(migration.sql)) {
      try {
        await client.query(statement.text)
      } catch (error) {
        const lineOf = (position: number) => lineAt(migration.sql, position, 0, statement.start)
        const failure = refused(error, migration.file, 'migration', context, lineOf, true)
        await client.query(marks.unmark)
        throw failure
      }
    }
    await client.query('RESET statement_timeout')
    await client.query(marks.finish)
  } finally {
    await client.query(lock.release).catch(() => {})
  }
}

/** Where a file runs, its time limit, and what this run applied before it: what a refusal says. */
interface RefusalContext {
  target: DirectTarget
  timeoutMs: number | undefined
  before: { migrations: number; seeds: number }
}

/** A database's refusal (it has a SQLSTATE) as a SchemaError at the line it points at; anything else as it is. */
function refused(
  error: unknown,
  file: string,
  kind: 'migration' | 'seed',
  context: RefusalContext,
  lineOf: (position: number) => number | undefined,
  noTransaction = false
): unknown {
  const { message, code, position } = error as { message?: string; code?: string; position?: string }
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return error
  // Postgres' error cursor: characters (from 1) into the text sent, which `lineOf` maps to the file's line.
  const line = position === undefined ? undefined : lineOf(Number(position))
  const refuse = kind === 'migration' ? refusedMigration : refusedSeed
  const failure: SchemaError = refuse(
    file,
    context.target.sources.join(', '),
    `${message ?? 'failed'} (SQLSTATE ${code})`,
    {
      line,
      noTransaction,
      timeoutMs: context.timeoutMs
    }
  )
  failure.migrationsApplied = context.before.migrations
  failure.seedsApplied = context.before.seeds
  return failure
}
