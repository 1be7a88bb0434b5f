import { beforeCancelExit, critical } from '../core/cancel.js'
import { NO_TRANSACTION_MARKER } from '../project/sql.js'
import type { Logger } from '../core/log.js'
import type { HasuraProject, InconsistentObject, Migration, SourceLocation } from '../project/types.js'
import { isMapping } from '../core/json.js'
import { EngineClient, type EngineBudgets } from './client.js'
import { bulkFailureIndex, EngineError, SchemaError } from './errors.js'
import { ledgeredFailure, migrationFailure, refusedSeed } from './migration-failures.js'
import { sameMetadata } from './metadata-compare.js'
import { MigrationRecords, versionKey } from './migration-records.js'

export interface SchemaApplyOptions {
  /** Read only (export_metadata, get_catalog_state) and report what would be sent. */
  dryRun: boolean
  /**
   * The sources whose database the action made (a preview database), by source name: each keeps its own record of
   * what was applied (see MigrationLedger), which the catalog state is brought in line with.
   */
  ledgers?: ReadonlyMap<string, MigrationLedger>
  /** How long one migration (or seed file) may run (the engine's other requests keep their own limit). */
  migrationTimeoutMs?: number
  /** The seeds to apply after the migrations (see SeedPlan). */
  seeds?: SeedPlan
  /**
   * A migration or seed file the database already refused in this run (the direct path, with the line Postgres
   * pointed at): it is not sent again, the apply stops there with this failure.
   */
  refused?: SchemaError
  /** The engine client's budgets and clock; default its own. */
  engine?: EngineBudgets
}

/**
 * A database's own record of the migrations applied to it, written in each migration's transaction: the truth about
 * what committed, whatever happened to the run that sent it.
 */
export interface MigrationLedger {
  /**
   * What the database records as applied, read once any migration still running there has ended: the migrations'
   * versions (as versionKey writes them) and the seed files; undefined when the database keeps no record (one the
   * action made before it kept them).
   */
  applied(): Promise<LedgerRecords | undefined>
  /**
   * A migration's or a seed file's SQL, wrapped so that it records itself in its own transaction, each statement
   * bounded by `timeoutMs`; `sqlAt`: the characters before the file's SQL in `text`.
   */
  wrap(
    entry: { version: string; name: string } | { seed: string },
    sql: string,
    timeoutMs?: number
  ): { text: string; sqlAt: number }
  /** For a migration outside a transaction: its mark before its first statement, its record after its last. */
  marks(entry: { version: string; name: string }): { begin: string; finish: string; unmark: string }
  /** For a person settling an interrupted migration: the SQL that lets it run again, or counts it as applied. */
  settle(version: string): { rerun: string; applied: string }
}

export interface LedgerRecords {
  /** The migrations' versions (as versionKey writes them). */
  versions: Set<string>
  seeds: Set<string>
  /** Migrations outside a transaction that an earlier run began and never recorded: maybe partly applied. */
  interrupted: Set<string>
}

/**
 * Postgres cancels each later statement that runs longer, of the transaction (or, `session`, of the connection); since
 * Postgres 13 each statement of a multi-statement text counts alone.
 */
export function timeLimit(ms: number, scope: 'transaction' | 'session' = 'transaction'): string {
  return `SET ${scope === 'transaction' ? 'LOCAL ' : ''}statement_timeout = ${Math.max(1, Math.round(ms))}`
}

/** What a request that carries a migration may wait beyond the migration's own limit: Postgres cancels, then answers. */
const ANSWER_GRACE_MS = 10_000

/** Seeds to apply after the migrations: each database's files, into those whose ledger asks for them. */
export interface SeedPlan {
  /** The databases (source names) whose seeds are pending, and what to do once all their files are in. */
  pending: ReadonlyMap<string, () => Promise<void>>
}

export interface DatabaseCounts {
  /** Recorded as applied before this run. */
  alreadyApplied: number
  /** Applied by this run. */
  applied: number
  /** Not applied after this run (in a dry run: those that would be applied). */
  pending: number
}

export interface SchemaApplyResult {
  dryRun: boolean
  /** The project's metadata differed from what the engine held. */
  metadataChanged: boolean
  /** replace_metadata was sent. */
  metadataSent: boolean
  /** The migrations this run applied, in the order it applied them. */
  migrationsApplied: Migration[]
  /** The migrations not applied yet: in a dry run, those a run would apply. */
  migrationsPending: Migration[]
  /** By database (metadata source) name. */
  databases: Record<string, DatabaseCounts>
  /** Seed files applied by this run. */
  seedsApplied: number
  /** HTTP requests sent to the project, retries included. */
  calls: number
}

/**
 * Apply a Hasura project as `hasura deploy` does, over the project's own APIs: (a) the metadata, only when it
 * differs from the engine's (allowing inconsistency: the tables come with the migrations that follow); (b) each
 * database's migrations not recorded yet, in version order, recorded in the CLI's catalog state (dirty before the
 * SQL runs, clean after) so that `hasura migrate status` agrees; (c) a metadata reload, failing on inconsistency.
 */
/** Apply the project to the engine at `endpoint` (the project's base or GraphQL URL), with its admin secret. */
export function applyProjectAt(
  project: HasuraProject,
  endpoint: string,
  adminSecret: string,
  log: Logger,
  options: SchemaApplyOptions
): Promise<SchemaApplyResult> {
  return applyProject(project, new EngineClient({ endpoint, adminSecret, ...options.engine }), log, options)
}

export async function applyProject(
  project: HasuraProject,
  engine: EngineClient,
  log: Logger,
  options: SchemaApplyOptions
): Promise<SchemaApplyResult> {
  const callsBefore = engine.calls
  // Both reads first, so that a dirty migration record stops the step before any write.
  const exported = await engine.exportMetadata()
  const metadataChanged = !sameMetadata(project.metadata, exported)
  const records = new MigrationRecords((await engine.getCatalogState()).cliState)
  const databases = migrationsByDatabase(project)
  const ledgers = options.ledgers ?? new Map<string, MigrationLedger>()
  const { corrected, seeded, interrupted } = await alignWithLedgers(ledgers, records, log)
  refuseDirtyRecords(project, databases, records, ledgers)

  const pending = new Map([...databases].map(([name, all]) => [name, all.filter((m) => !records.has(name, m.version))]))
  refuseInterrupted(pending, interrupted, ledgers)
  const result: SchemaApplyResult = {
    dryRun: options.dryRun,
    metadataChanged,
    metadataSent: false,
    migrationsApplied: [],
    migrationsPending: [...pending.values()].flat(),
    databases: Object.fromEntries(
      [...databases].map(([name, all]) => {
        const count = pending.get(name)?.length ?? 0
        return [name, { alreadyApplied: all.length - count, applied: 0, pending: count }]
      })
    ),
    seedsApplied: 0,
    calls: 0
  }
  if (options.dryRun) {
    log.info(`Dry run: metadata ${metadataChanged ? 'differs: replace_metadata would be sent' : 'unchanged: not sent'}`)
    for (const [name, migrations] of pending) log.info(migrationSummary(name, migrations, databases, true))
    result.calls = engine.calls - callsBefore
    return result
  }

  if (metadataChanged) {
    await replaceMetadata(project, engine)
    result.metadataSent = true
    log.info('Metadata changed: sent (replace_metadata)')
  } else {
    log.info('Metadata unchanged: not sent')
  }

  const limits = { timeoutMs: options.migrationTimeoutMs, refused: options.refused }
  try {
    try {
      await applyMigrations(pending, engine, records, ledgers, limits, corrected, (migration) => {
        result.migrationsApplied.push(migration)
        const counts = result.databases[migration.database]!
        counts.applied++
        counts.pending--
        result.migrationsPending = result.migrationsPending.filter((m) => m !== migration)
      })
    } finally {
      for (const [name, migrations] of pending) {
        const applied = migrations.filter((m) => result.migrationsApplied.includes(m))
        if (applied.length > 0 || migrations.length === 0) log.info(migrationSummary(name, applied, databases, false))
      }
    }
    if (options.seeds) {
      const plan = options.seeds
      await applySeeds(project, engine, ledgers, seeded, plan, limits, log, () => result.seedsApplied++)
    }
  } catch (error) {
    // How many ran before the file that failed: the step's outputs say it too.
    if (error instanceof SchemaError) {
      error.migrationsApplied = result.migrationsApplied.length
      error.seedsApplied = result.seedsApplied
    }
    throw error
  }

  const consistency = (await engine.reloadMetadata()) ?? (await engine.getInconsistentMetadata())
  result.calls = engine.calls - callsBefore
  if (!consistency.isConsistent) failOnInconsistency(project, consistency.inconsistentObjects, log)
  log.info('Metadata reloaded: consistent')
  return result
}

/** Each database's migrations in project order (database by database, versions ascending). */
function migrationsByDatabase(project: HasuraProject): Map<string, Migration[]> {
  const databases = new Map<string, Migration[]>()
  for (const migration of project.migrations) {
    databases.set(migration.database, [...(databases.get(migration.database) ?? []), migration])
  }
  return databases
}

/**
 * Each ledger's database says what committed there: its records become exactly that (clean), whatever a killed or
 * failed run left in the catalog state. A database without a ledger keeps its records. True when a record changed.
 */
async function alignWithLedgers(
  ledgers: ReadonlyMap<string, MigrationLedger>,
  records: MigrationRecords,
  log: Logger
): Promise<{ corrected: boolean; seeded: Map<string, Set<string>>; interrupted: Map<string, Set<string>> }> {
  let changed = false
  const seeded = new Map<string, Set<string>>()
  const interrupted = new Map<string, Set<string>>()
  for (const [database, ledger] of ledgers) {
    const recorded = await ledger.applied()
    if (!recorded) continue
    seeded.set(database, recorded.seeds)
    interrupted.set(database, recorded.interrupted)
    const applied = recorded.versions
    const before = records.versions(database)
    const same = before.length === applied.size && before.every(([version, dirty]) => !dirty && applied.has(version))
    if (same) continue
    const dirty = before.filter(([, isDirty]) => isDirty).map(([version]) => version)
    records.replace(database, applied)
    changed = true
    log.info(
      `The record of "${database}" follows what its database says committed: ${applied.size} migration` +
        `${applied.size === 1 ? '' : 's'} applied` +
        (dirty.length > 0
          ? `; ${dirty.join(', ')}, left marked dirty by an earlier run, ${dirty.every((v) => applied.has(v)) ? 'did commit' : 'did not all commit and will run'}.`
          : '.')
    )
  }
  return { corrected: changed, seeded, interrupted }
}

/**
 * A migration outside a transaction that an earlier run began and never recorded may be partly or wholly applied,
 * and nothing tells which: it is not run again blindly. The step stops before any write, saying how to go on.
 */
function refuseInterrupted(
  pending: Map<string, Migration[]>,
  interrupted: Map<string, Set<string>>,
  ledgers: ReadonlyMap<string, MigrationLedger>
): void {
  for (const [database, migrations] of pending) {
    const migration = migrations.find((m) => interrupted.get(database)?.has(versionKey(m.version)))
    const ledger = ledgers.get(database)
    if (!migration || !ledger) continue
    const settle = ledger.settle(versionKey(migration.version))
    throw new SchemaError(
      `Migration ${migration.file} of database "${database}" runs outside a transaction (${NO_TRANSACTION_MARKER}), ` +
        'and an earlier run was stopped while it ran: its statements may be partly or wholly applied, and nothing ' +
        'tells which, so it is not run again. Re-run with reset-database: true to rebuild the preview database ' +
        `from its migrations; or check the database, then in it either let the next push run it again (${settle.rerun}) ` +
        `or count it as applied (${settle.applied}).`,
      migration.file,
      1
    )
  }
}

/** A dirty record means an earlier run started that migration and never marked it done. */
function refuseDirtyRecords(
  project: HasuraProject,
  databases: Map<string, Migration[]>,
  records: MigrationRecords,
  ledgers: ReadonlyMap<string, MigrationLedger>
): void {
  for (const [database, migrations] of databases) {
    // A database with a ledger knows what committed: its records were just aligned with it.
    if (ledgers.has(database)) continue
    const version = records.dirtyVersions(database)[0]
    if (version === undefined) continue
    const migration = migrations.find((m) => versionKey(m.version) === version)
    const at = migration ? { file: migration.file, line: 1 } : project.locate(sourceObject(database))
    throw new SchemaError(
      `Migration ${version} of database "${database}" is marked dirty in the project's migration record: an ` +
        'earlier run started it and did not finish, so it may be half applied. Check the database, then clear ' +
        `the mark with \`hasura migrate delete --version ${version} --database-name ${database} --server\` and ` +
        `either run again (to apply it) or mark it applied with \`hasura migrate apply --skip-execution --version ` +
        `${version} --database-name ${database}\`.`,
      at.file,
      at.line
    )
  }
}

async function replaceMetadata(project: HasuraProject, engine: EngineClient): Promise<void> {
  try {
    await engine.replaceMetadata(project.metadata, { allowInconsistent: true })
  } catch (error) {
    if (!(error instanceof EngineError) || error.status === undefined || error.status >= 500) throw error
    if (error.code === 'access-denied') throw error
    // The engine refused the metadata itself (a parse error): point at the part its path names.
    const at = project.locate(objectAtPath(project.metadata, error.path))
    throw new SchemaError(
      `The project's metadata was refused: ${error.serverMessage ?? error.message}` +
        `${error.path ? ` (at ${error.path})` : ''}. Fix the metadata files and push again.`,
      at.file,
      at.line
    )
  }
}

/** How long each migration or seed file may run, and the one the database already refused in this run. */
interface Limits {
  timeoutMs?: number
  refused?: SchemaError
}

/**
 * Per migration of a database without a ledger: record it dirty, run its SQL, record it clean, as the CLI does; a
 * migration the database refused (its transaction rolled back) loses its mark, so a fixed version runs on the next
 * push; one whose outcome is unknown stays dirty. A database with a ledger records each migration in its own
 * transaction: no dirty mark is needed, the migrations go in batches (one `bulk` request each), and the catalog
 * state is written once, after the last one (or the first that failed). A migration outside a transaction goes
 * alone (`no_transaction`), marked in the ledger before and recorded after.
 */
async function applyMigrations(
  pending: Map<string, Migration[]>,
  engine: EngineClient,
  records: MigrationRecords,
  ledgers: ReadonlyMap<string, MigrationLedger>,
  limits: Limits,
  corrected: boolean,
  onApplied: (migration: Migration) => void
): Promise<void> {
  // Records changed in memory since the last set_catalog_state (the ledgers' corrections first of all).
  let unsaved = corrected
  const save = async (): Promise<void> => {
    await engine.setCatalogState('cli', records.toCliState())
    unsaved = false
  }
  const applied = (database: string, migration: Migration): void => {
    records.set(database, migration.version, false)
    unsaved = true
    onApplied(migration)
  }
  // A cancelled run writes the clean marks it holds before it exits (a migration it finished stays clean).
  const stopFinishing = beforeCancelExit(async () => {
    if (unsaved) await save()
  })
  try {
    for (const [database, migrations] of pending) {
      const ledger = ledgers.get(database)
      if (ledger) {
        for (const batch of batches(migrations)) {
          const refusedAt = batch.findIndex((m) => m.file === limits.refused?.file)
          if (refusedAt !== -1) {
            await applyLedgered(database, batch.slice(0, refusedAt), engine, ledger, limits, applied)
            throw alreadyRefused(limits.refused!)
          }
          await applyLedgered(database, batch, engine, ledger, limits, applied)
        }
        continue
      }
      for (const migration of migrations) {
        // The dirty mark goes out with the clean marks before it, as the CLI's records want it; a cancelled run
        // lets the migration finish (critical) and writes its clean mark (above) before it exits.
        records.set(database, migration.version, true)
        await save()
        await critical(() => runMigration(engine, database, migration, limits.timeoutMs)).catch(
          async (error: unknown) => {
            if (!(error instanceof EngineError)) throw error
            throw await migrationFailure(migration, error, limits.timeoutMs, async () => {
              records.remove(database, migration.version)
              await save()
            })
          }
        )
        applied(database, migration)
      }
    }
  } catch (error) {
    // What did apply is recorded; a save that fails here must not hide the failure itself.
    if (unsaved) await save().catch(() => {})
    throw error
  } finally {
    stopFinishing()
  }
  if (unsaved) await save()
}

/** One migration of a database without a ledger, as the CLI sends it, each statement bounded by the limit. */
function runMigration(engine: EngineClient, database: string, migration: Migration, timeoutMs?: number) {
  if (migration.noTransaction) {
    // No transaction to bound the statements in (a SET would stay on the engine's pooled connection): the request's
    // limit is the bound.
    return engine.runSql(database, migration.sql, { noTransaction: true, timeoutMs: answerLimit(timeoutMs) })
  }
  const sql = timeoutMs === undefined ? migration.sql : `${timeLimit(timeoutMs)}; ${migration.sql}`
  return engine.runSql(database, sql, { timeoutMs: answerLimit(timeoutMs) })
}

/** How long to wait for the answer to a request carrying `count` migrations, each bounded by `timeoutMs`. */
function answerLimit(timeoutMs: number | undefined, count = 1): number | undefined {
  return timeoutMs === undefined ? undefined : timeoutMs * count + ANSWER_GRACE_MS
}

/** The failure the direct path had, for the apply to stop at (a new error: the counts are this apply's own). */
function alreadyRefused(refused: SchemaError): SchemaError {
  return new SchemaError(refused.message, refused.file, refused.line)
}

/** A batch of migrations of a database with a ledger: one request (`bulk`), or one alone outside a transaction. */
async function applyLedgered(
  database: string,
  batch: Migration[],
  engine: EngineClient,
  ledger: MigrationLedger,
  limits: Limits,
  applied: (database: string, migration: Migration) => void
): Promise<void> {
  if (batch.length === 0) return
  const [only] = batch
  if (batch.length === 1 && only!.noTransaction)
    return applyOutsideTransaction(database, only!, engine, ledger, limits, applied)
  const entry = (m: Migration) => ({ version: versionKey(m.version), name: m.name })
  const sqls = batch.map((m) => ledger.wrap(entry(m), m.sql, limits.timeoutMs).text)
  // Each migration bounds its own statements; the request waits for all of them.
  const limit = answerLimit(limits.timeoutMs, batch.length)
  const failed = await engine.runSqlBulk(database, sqls, { timeoutMs: limit }).then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof EngineError)) throw error
      // The engine stops at the first migration that fails: those before it committed.
      const index = error.mayHaveActed ? undefined : bulkFailureIndex(error)
      if (index !== undefined && index >= batch.length) return { error, index: undefined }
      return { error, index }
    }
  )
  const committed = failed ? (failed.index ?? 0) : batch.length
  for (const migration of batch.slice(0, committed)) applied(database, migration)
  if (failed) throw ledgeredFailure(batch[committed]!, failed.error, batch, limits.timeoutMs)
}

/**
 * A migration outside a transaction, on a database with a ledger: marked started, its statements (the engine runs
 * each alone), recorded, in one `no_transaction` run_sql. Refused, it is unmarked: the next run runs it again whole,
 * as the CLI would. Its outcome unknown, the mark stays, and the next run stops at it (refuseInterrupted).
 */
async function applyOutsideTransaction(
  database: string,
  migration: Migration,
  engine: EngineClient,
  ledger: MigrationLedger,
  limits: Limits,
  applied: (database: string, migration: Migration) => void
): Promise<void> {
  const marks = ledger.marks({ version: versionKey(migration.version), name: migration.name })
  const sql = `${marks.begin}\n${migration.sql}\n;\n${marks.finish}`
  try {
    await engine.runSql(database, sql, { noTransaction: true, timeoutMs: answerLimit(limits.timeoutMs) })
  } catch (error) {
    if (!(error instanceof EngineError)) throw error
    if (!error.mayHaveActed) await engine.runSql(database, marks.unmark).catch(() => {})
    throw ledgeredFailure(migration, error, [migration], limits.timeoutMs)
  }
  applied(database, migration)
}

/**
 * Migrations go to a database with a ledger in batches, one `bulk` request each: one round trip for many, and so
 * that a request stays a reasonable size. A migration outside a transaction is a batch of its own.
 */
const BATCH_MIGRATIONS = 50
const BATCH_BYTES = 1_000_000

function batches(migrations: readonly Migration[]): Migration[][] {
  const out: Migration[][] = []
  let current: Migration[] = []
  let bytes = 0
  for (const migration of migrations) {
    const full = current.length >= BATCH_MIGRATIONS || bytes + migration.sql.length > BATCH_BYTES
    if (current.length > 0 && (full || migration.noTransaction || current[0]!.noTransaction)) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(migration)
    bytes += migration.sql.length
  }
  if (current.length > 0) out.push(current)
  return out
}

/**
 * The seed files of each database whose seeds are pending, in order, as `hasura seed apply` runs them (one run_sql
 * each), each recorded in the database's ledger in its own transaction: a run killed half-way goes on where it was.
 * A database's `done` runs once all its files are in; `onApplied` after each file.
 */
async function applySeeds(
  project: HasuraProject,
  engine: EngineClient,
  ledgers: ReadonlyMap<string, MigrationLedger>,
  seeded: ReadonlyMap<string, Set<string>>,
  plan: SeedPlan,
  limits: Limits,
  log: Logger,
  onApplied: () => void
): Promise<void> {
  for (const [database, done] of plan.pending) {
    const ledger = ledgers.get(database)
    if (!ledger) continue
    const already = seeded.get(database) ?? new Set<string>()
    const files = project.seeds.filter((seed) => seed.database === database && !already.has(seed.file))
    for (const seed of files) {
      if (seed.file === limits.refused?.file) throw alreadyRefused(limits.refused)
      const { text } = ledger.wrap({ seed: seed.file }, seed.sql, limits.timeoutMs)
      await engine.runSql(database, text, { timeoutMs: answerLimit(limits.timeoutMs) }).catch((error: unknown) => {
        if (!(error instanceof EngineError)) throw error
        throw refusedSeed(seed.file, database, error.serverMessage ?? error.message, { timeoutMs: limits.timeoutMs })
      })
      onApplied()
    }
    await done()
    log.info(`Applied ${files.length} seed file${files.length === 1 ? '' : 's'} to ${database}.`)
  }
}

function migrationSummary(
  database: string,
  migrations: Migration[],
  all: Map<string, Migration[]>,
  dryRun: boolean
): string {
  if (migrations.length === 0) {
    const none = `no new migrations for ${database} (${all.get(database)?.length ?? 0} applied before)`
    return dryRun ? `Dry run: ${none}` : none.charAt(0).toUpperCase() + none.slice(1)
  }
  const names = migrations.map((m) => `${m.version}_${m.name}`).join(', ')
  const count = `${migrations.length} migration${migrations.length === 1 ? '' : 's'}`
  return `${dryRun ? 'Dry run: would apply' : 'Applied'} ${count} to ${database}: ${names}`
}

/** One error annotation per inconsistent object, at the file that defines it; the step fails at the first. */
function failOnInconsistency(project: HasuraProject, objects: InconsistentObject[], log: Logger): never {
  const located = objects.map((object) => ({ object, at: project.locate(object) }))
  for (const { object, at } of located) {
    log.error(describe(object), { file: at.file, line: at.line, title: 'Inconsistent Hasura metadata' })
  }
  const first = located[0]
  const at: SourceLocation = first?.at ?? project.locate({ type: 'metadata' })
  const count = objects.length === 1 ? '1 object' : `${objects.length} objects`
  throw new SchemaError(
    `After applying the project, its metadata is inconsistent with the databases (${count}` +
      `${first ? `; first: ${describe(first.object)}` : ''}). Fix the metadata or the migrations so that they ` +
      'agree, and push again.',
    at.file,
    at.line
  )
}

function describe(object: InconsistentObject): string {
  const reason = (object.reason ?? 'inconsistent').replace(/^Inconsistent object: /, '')
  return `${object.name ?? object.type}: ${reason}`
}

function sourceObject(database: string): InconsistentObject {
  return { type: 'source', name: `source ${database}`, definition: database }
}

/** The metadata object a Hasura error path such as `$.args.metadata.sources[0].tables[2]...` points into. */
function objectAtPath(metadata: Record<string, unknown>, path: string | undefined): InconsistentObject {
  const match = /^\$\.args\.metadata\.sources\[(\d+)\](?:\.tables\[(\d+)\])?/.exec(path ?? '')
  const sources = Array.isArray(metadata.sources) ? metadata.sources : []
  const source = match ? sources[Number(match[1])] : undefined
  if (!match || !isMapping(source) || typeof source.name !== 'string') {
    const kind = /^\$\.args\.metadata\.(\w+)/.exec(path ?? '')?.[1]
    return { type: kind ?? 'metadata' }
  }
  const tables = Array.isArray(source.tables) ? source.tables : []
  const entry = match[2] === undefined ? undefined : tables[Number(match[2])]
  const table = isMapping(entry) ? entry.table : undefined
  const name = typeof table === 'string' ? { schema: 'public', name: table } : isMapping(table) ? table : undefined
  if (typeof name?.name !== 'string') return sourceObject(source.name)
  const schema = typeof name.schema === 'string' ? name.schema : 'public'
  const shown = schema === 'public' ? name.name : `${schema}.${name.name}`
  return { type: 'table', name: `table ${shown} in source ${source.name}`, definition: { schema, name: name.name } }
}
