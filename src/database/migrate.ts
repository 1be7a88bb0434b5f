import type pg from 'pg'
import type { Migration, Seed } from '../project/types.js'
import type { PostgresConnector } from './connection.js'
import { previewLedger } from './ledger.js'

/** A migration or seed file the database refused: the file, and the database's own message. */
export class DirectApplyError extends Error {
  override name = 'DirectApplyError'
  constructor(
    readonly file: string,
    readonly kind: 'migration' | 'seed',
    /** The database's message (SQLSTATE appended), never the SQL sent. */
    readonly reason: string,
    /** Migrations this run applied before it. */
    readonly migrationsApplied: number
  ) {
    super(`${kind === 'migration' ? 'Migration' : 'Seed file'} ${file}: ${reason}`)
  }
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
 */
export async function applyDirectly(
  connector: PostgresConnector,
  url: string,
  database: string,
  migrations: Migration[],
  seeds: Seed[],
  options: { fresh: boolean; waitMs: number }
): Promise<DirectApplyResult> {
  const ledger = previewLedger(connector, url, database, options.fresh, options.waitMs)
  const recorded = (await ledger.applied()) ?? { versions: new Set<string>(), seeds: new Set<string>() }
  const session = await connector.open(url, {
    step: { kind: 'work', database, doing: 'apply the migrations of' },
    lockTimeoutMs: options.waitMs
  })
  const client = session.client
  const applied: Migration[] = []
  let seeded = 0
  try {
    for (const migration of migrations) {
      if (recorded.versions.has(BigInt(migration.version).toString())) continue
      const sql = ledger.wrap({ version: BigInt(migration.version).toString(), name: migration.name }, migration.sql)
      await run(client, sql, migration.file, 'migration', applied.length)
      applied.push(migration)
    }
    for (const seed of seeds) {
      if (recorded.seeds.has(seed.file)) continue
      await run(client, ledger.wrap({ seed: seed.file }, seed.sql), seed.file, 'seed', applied.length)
      seeded++
    }
  } finally {
    await session.close()
  }
  return { migrations: applied, seeds: seeded }
}

/** One file, in its own (implicit) transaction: a simple query of several statements commits or rolls back whole. */
async function run(client: pg.Client, sql: string, file: string, kind: 'migration' | 'seed', before: number) {
  try {
    await client.query(sql)
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string }
    if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) throw error
    throw new DirectApplyError(file, kind, `${message ?? 'failed'} (SQLSTATE ${code})`, before)
  }
}
