import { createHash } from 'node:crypto'
import pg from 'pg'
import { timeLimit, type MigrationLedger } from '../engine/apply.js'
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
/**
 * A migration that runs outside a transaction is marked `started:<version>` before its first statement and recorded
 * (the mark dropped) after its last: a mark without its record is one an earlier run began and never saw end.
 */
const STARTED = 'started:'

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
        if (!rows[0]?.present) {
          return fresh
            ? { versions: new Set<string>(), seeds: new Set<string>(), interrupted: new Set<string>() }
            : undefined
        }
        const recorded = await client.query<{ version: string }>(`SELECT version FROM ${TABLE}`)
        const all = recorded.rows.map((row) => row.version)
        const tagged = (tag: string) => all.filter((version) => version.startsWith(tag)).map((v) => v.slice(tag.length))
        const versions = new Set(all.filter((version) => /^\d+$/.test(version)))
        return {
          versions,
          seeds: new Set(tagged(SEED)),
          interrupted: new Set(tagged(STARTED).filter((version) => !versions.has(version)))
        }
      } catch (error) {
        throw databaseError(error, step, { url })
      } finally {
        await session.close()
      }
    },
    wrap(entry, sql, timeoutMs) {
      const [version, name] = 'seed' in entry ? [`${SEED}${entry.seed}`, 'seed'] : [entry.version, entry.name]
      // The lock and the time limit go first, on the file's first line, so that the lines of its errors stay the
      // file's lines (and a position, minus `sqlAt`, points into the file).
      const head = `SELECT pg_advisory_xact_lock(${key}); ${timeoutMs === undefined ? '' : `${timeLimit(timeoutMs)}; `}`
      return { text: `${head}${sql}\n;\n${TABLE_DDL}\n${insert(version, name)}`, sqlAt: head.length }
    },
    marks(entry) {
      const mark = `${STARTED}${entry.version}`
      const unmark = `DELETE FROM ${TABLE} WHERE version = ${pg.escapeLiteral(mark)};`
      return {
        begin: `${TABLE_DDL}\n${insert(mark, entry.name)}`,
        finish: `${insert(entry.version, entry.name)}\n${unmark}`,
        unmark
      }
    },
    settle(version) {
      const mark = pg.escapeLiteral(`${STARTED}${version}`)
      return {
        rerun: `DELETE FROM ${TABLE} WHERE version = ${mark}`,
        applied: `UPDATE ${TABLE} SET version = ${pg.escapeLiteral(version)} WHERE version = ${mark}`
      }
    }
  }
}

const TABLE_DDL =
  `CREATE SCHEMA IF NOT EXISTS hdb_catalog;\n` +
  `CREATE TABLE IF NOT EXISTS ${TABLE} (version text PRIMARY KEY, name text NOT NULL, ` +
  `applied_at timestamptz NOT NULL DEFAULT now());`

function insert(version: string, name: string): string {
  return `INSERT INTO ${TABLE} (version, name) VALUES (${pg.escapeLiteral(version)}, ${pg.escapeLiteral(name)});`
}

/** The advisory lock of the ledger at `database`: a migration outside a transaction holds it for its session. */
export function ledgerLock(database: string): { take: string; release: string } {
  const key = lockKey(database)
  return { take: `SELECT pg_advisory_lock(${key})`, release: `SELECT pg_advisory_unlock(${key})` }
}
