import { createHash } from 'node:crypto'
import pg from 'pg'
import type { MigrationLedger } from '../engine/apply.js'
import type { PostgresConnector } from './connection.js'
import { databaseError } from './errors.js'

/**
 * The record of applied migrations that a preview database keeps itself, written in the transaction of each
 * migration: what it says committed, committed. The CLI's catalog state (what `hasura migrate status` reads) lives
 * elsewhere and can lag behind a killed run; for a database the action made, this record is the truth and the
 * catalog state is brought in line with it, so no half-known migration ever needs a person.
 */
const TABLE = 'hdb_catalog.hasura_cloud_action_migrations'
/** A seed file is recorded as `seed:<its path in the project>`, beside the migrations' versions. */
const SEED = 'seed:'

/** The lock a migration holds while it runs, and that a reader waits for: the same key for one database. */
function lockKey(database: string): string {
  return createHash('sha256')
    .update(`hasura-cloud-tenant-action:migrations:${database}`)
    .digest()
    .readBigInt64BE(0)
    .toString()
}

/**
 * The ledger of the preview database at `url` (the preview role's URL: the role owns the database and the record).
 * `fresh`: the database was made (or replaced) by this run, so no record means nothing applied yet; otherwise no
 * record means a database made before the action kept one. `waitMs` bounds the wait for a migration still running.
 */
export function previewLedger(
  connector: PostgresConnector,
  url: string,
  database: string,
  fresh: boolean,
  waitMs: number
): MigrationLedger {
  const key = lockKey(database)
  return {
    async applied() {
      const step = { kind: 'work' as const, database, doing: 'read the record of applied migrations of' }
      const session = await connector.open(url, { step, lockTimeoutMs: waitMs })
      const client = session.client
      try {
        await client.query('SELECT pg_advisory_lock($1::bigint)', [key])
        const { rows } = await client.query<{ present: boolean }>(
          `SELECT to_regclass('${TABLE}') IS NOT NULL AS present`
        )
        if (!rows[0]?.present) return fresh ? { versions: new Set<string>(), seeds: new Set<string>() } : undefined
        const recorded = await client.query<{ version: string }>(`SELECT version FROM ${TABLE}`)
        const all = recorded.rows.map((row) => row.version)
        return {
          versions: new Set(all.filter((version) => /^\d+$/.test(version))),
          seeds: new Set(all.filter((version) => version.startsWith(SEED)).map((version) => version.slice(SEED.length)))
        }
      } catch (error) {
        throw databaseError(error, step, { url })
      } finally {
        await session.close()
      }
    },
    wrap(entry, sql) {
      const [version, name] = 'seed' in entry ? [`${SEED}${entry.seed}`, 'seed'] : [entry.version, entry.name]
      // The lock goes first, on the migration's first line, so that the lines of its errors stay the file's lines.
      const lock = `SELECT pg_advisory_xact_lock(${key}); `
      const record =
        `CREATE SCHEMA IF NOT EXISTS hdb_catalog;\n` +
        `CREATE TABLE IF NOT EXISTS ${TABLE} (version text PRIMARY KEY, name text NOT NULL, ` +
        `applied_at timestamptz NOT NULL DEFAULT now());\n` +
        `INSERT INTO ${TABLE} (version, name) VALUES (${pg.escapeLiteral(version)}, ${pg.escapeLiteral(name)});`
      return `${lock}${sql}\n;\n${record}`
    }
  }
}
