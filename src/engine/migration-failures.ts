import { NO_TRANSACTION_MARKER } from '../project/sql.js'
import type { Migration } from '../project/types.js'
import { EngineError, SchemaError } from './errors.js'

/**
 * Every way a migration or seed file fails, for both paths (the direct one over the action's own connection, and
 * the engine's run_sql): what the database said, where, what stays applied, and what the user can do. The one home of
 * these messages.
 */

/** What the database said, and where: the file's line Postgres pointed at (1 when it did not say). */
export interface Refusal {
  /** The line of the file Postgres pointed at. */
  line?: number
  /** The migration-timeout in force. */
  timeoutMs?: number
  /** The migration ran outside a transaction (its statements before the failing one stay). */
  noTransaction?: boolean
}

/**
 * What a database message says the user can fix, beyond the message itself: an extension the server lacks, one a
 * database owner may not create, a statement cut by migration-timeout, a statement that cannot run in a transaction.
 * '' for any other failure. The one home of these translations, for both paths, migrations and seeds.
 */
function hint(reason: string, refusal: Refusal): string {
  const missing =
    /extension "([^"]+)" is not available/i.exec(reason)?.[1] ??
    /could not open extension control file "[^"]*\/([^"/]+)\.control"/i.exec(reason)?.[1] ??
    (/function create_hypertable\(/i.test(reason) ? 'timescaledb' : undefined) ??
    (/type "vector" does not exist/i.test(reason) ? 'vector' : undefined)
  if (missing) {
    return (
      ` The database server lacks the extension ${missing}: install it on the server (for the preview databases, the ` +
      'server of postgres-server-url), or give a database-template that has it (CREATE EXTENSION in the template), ' +
      'or create the extension in an earlier migration if the server has it but the database does not.'
    )
  }
  const untrusted = /permission denied to create extension "([^"]+)"/i.exec(reason)?.[1]
  if (untrusted) {
    // https://www.postgresql.org/docs/current/sql-createextension.html: without superuser, only trusted extensions.
    return (
      ` The extension ${untrusted} is not trusted: since Postgres 13 a role that is not a superuser (as the preview ` +
      'role, which owns its database) may create only extensions marked trusted ' +
      '(https://www.postgresql.org/docs/current/sql-createextension.html). It must come from the database-template ' +
      `(a superuser runs CREATE EXTENSION ${untrusted} in the template database) or from the server's admin (in ` +
      'template1, which every new database copies, or in this database); the migration may then keep ' +
      `CREATE EXTENSION IF NOT EXISTS ${untrusted}.`
    )
  }
  if (/canceling statement due to statement timeout/i.test(reason) && refusal.timeoutMs !== undefined) {
    return (
      ` A statement ran longer than migration-timeout allows (${refusal.timeoutMs / 1000} s): raise the input ` +
      'migration-timeout, or make the statement faster (a large backfill in batches, an index built before the data).'
    )
  }
  if (/cannot run inside a transaction block/i.test(reason)) {
    return refusal.noTransaction
      ? ' The project asks for it to run outside a transaction, which needs Hasura v2.45.3 or later (run_sql no_transaction).'
      : ` Make ${NO_TRANSACTION_MARKER} the first line of the file: it then runs outside a transaction, as the Hasura CLI runs it.`
  }
  return ''
}

/**
 * The database refused a migration: where, why, what stays, and what to do. For the engine's run_sql and the direct
 * path alike.
 */
export function refusedMigration(file: string, database: string, message: string, refusal: Refusal = {}): SchemaError {
  const reason = message.replace(/\.$/, '')
  const line = refusal.line ?? 1
  const stays = refusal.noTransaction
    ? `The migrations before it stay applied. It ran outside a transaction (${NO_TRANSACTION_MARKER}), so its ` +
      `statements before ${refusal.line === undefined ? 'the one that failed' : `line ${line}`} stay applied too; ` +
      'it is not recorded, and the next run runs it again from its ' +
      'first line: make those statements safe to repeat (IF NOT EXISTS), or re-run with reset-database: true.'
    : 'The migrations before it stay applied, and it is not; fix it and push again.'
  return new SchemaError(
    `Migration ${file} failed on database "${database}"${atLine(refusal)}: ${reason}. ${stays}${hint(reason, refusal)}`,
    file,
    line
  )
}

/** The database refused a seed file: the files before it are in, the next run applies the rest. Both paths. */
export function refusedSeed(file: string, database: string, message: string, refusal: Refusal = {}): SchemaError {
  const reason = message.replace(/\.$/, '')
  return new SchemaError(
    `Seed file ${file} failed on database "${database}"${atLine(refusal)}: ${reason}. The seed files before it are ` +
      `in; fix it and push again (the next run applies the rest).${hint(reason, refusal)}`,
    file,
    refusal.line ?? 1
  )
}

function atLine(refusal: Refusal): string {
  return refusal.line === undefined ? '' : ` at line ${refusal.line}`
}

/**
 * A batch of migrations the engine did not carry out in full: `migration` is the one it refused, or, when the outcome
 * is unknown (a timeout, a lost answer), the batch's first.
 */
export function ledgeredFailure(
  migration: Migration,
  error: EngineError,
  batch: readonly Migration[],
  timeoutMs: number | undefined
): Error {
  const { database, file } = migration
  if (error.code === 'access-denied') return error
  if (!error.mayHaveActed) {
    const refusal = { timeoutMs, noTransaction: migration.noTransaction }
    return refusedMigration(file, database, error.serverMessage ?? error.message, refusal)
  }
  const which = batch.length === 1 ? `Migration ${file}` : `Migrations ${file} to ${batch.at(-1)!.file}`
  const next = migration.noTransaction
    ? 'It runs outside a transaction, so it is marked as started: re-run the job, and the next run says how to go on.'
    : 'Whether they committed, the database itself records: re-run the job, and the next run applies them or ' +
      'counts them as applied.'
  return new SchemaError(`${which} on database "${database}": ${error.message} ${next}`, file, 1)
}

export async function migrationFailure(
  migration: Migration,
  error: EngineError,
  timeoutMs: number | undefined,
  unrecord: () => Promise<void>
): Promise<Error> {
  const { database, file } = migration
  if (error.code === 'access-denied') return error
  if (!error.mayHaveActed) {
    const refused = refusedMigration(file, database, error.serverMessage ?? error.message, {
      timeoutMs,
      noTransaction: migration.noTransaction
    })
    try {
      await unrecord()
    } catch (unrecordError) {
      refused.message +=
        ` It stays marked dirty: clearing the mark failed (${(unrecordError as Error).message}). ` +
        `Clear it with \`hasura migrate delete --version ${migration.version} --database-name ${database} ` +
        '--server`, fix the migration and push again.'
    }
    return refused
  }
  return new SchemaError(
    `Migration ${file} on database "${database}": ${error.message} It stays marked dirty, as it may have been ` +
      `applied: check the database, then clear the mark with \`hasura migrate delete --version ${migration.version} ` +
      `--database-name ${database} --server\` and run again, or mark it applied with \`hasura migrate apply ` +
      `--skip-execution --version ${migration.version} --database-name ${database}\`.`,
    file,
    1
  )
}
