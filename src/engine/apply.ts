import { beforeCancelExit, critical } from '../core/cancel.js'
import type { Logger } from '../core/log.js'
import type { HasuraProject, InconsistentObject, Migration, SourceLocation } from '../project/types.js'
import { EngineClient, isObject } from './client.js'
import { bulkFailureIndex, EngineError, SchemaError } from './errors.js'
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
  applied(): Promise<{ versions: Set<string>; seeds: Set<string> } | undefined>
  /** A migration's or a seed file's SQL, wrapped so that it records itself in its own transaction. */
  wrap(entry: { version: string; name: string } | { seed: string }, sql: string): string
}

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
  return applyProject(project, new EngineClient({ endpoint, adminSecret }), log, options)
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
  const { corrected, seeded } = await alignWithLedgers(ledgers, records, log)
  refuseDirtyRecords(project, databases, records, ledgers)

  const pending = new Map([...databases].map(([name, all]) => [name, all.filter((m) => !records.has(name, m.version))]))
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

  try {
    await applyMigrations(pending, engine, records, ledgers, options.migrationTimeoutMs, corrected, (migration) => {
      result.migrationsApplied.push(migration)
      const counts = result.databases[migration.database]!
      counts.applied++
      counts.pending--
      result.migrationsPending = result.migrationsPending.filter((m) => m !== migration)
    })
  } catch (error) {
    // How many ran before the one that failed: the step's output says it too.
    if (error instanceof SchemaError) error.migrationsApplied = result.migrationsApplied.length
    throw error
  } finally {
    for (const [name, migrations] of pending) {
      const applied = migrations.filter((m) => result.migrationsApplied.includes(m))
      if (applied.length > 0 || migrations.length === 0) log.info(migrationSummary(name, applied, databases, false))
    }
  }

  if (options.seeds) {
    result.seedsApplied = await applySeeds(
      project,
      engine,
      ledgers,
      seeded,
      options.seeds,
      options.migrationTimeoutMs,
      log
    )
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
): Promise<{ corrected: boolean; seeded: Map<string, Set<string>> }> {
  let changed = false
  const seeded = new Map<string, Set<string>>()
  for (const [database, ledger] of ledgers) {
    const recorded = await ledger.applied()
    if (!recorded) continue
    seeded.set(database, recorded.seeds)
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
  return { corrected: changed, seeded }
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

/**
 * Per migration of a database without a ledger: record it dirty, run its SQL, record it clean, as the CLI does; a
 * migration the database refused (its transaction rolled back) loses its mark, so a fixed version runs on the next
 * push; one whose outcome is unknown stays dirty. A database with a ledger records each migration in its own
 * transaction: no dirty mark is needed, the migrations go in batches (one `bulk` request each), and the catalog
 * state is written once, after the last one (or the first that failed).
 */
async function applyMigrations(
  pending: Map<string, Migration[]>,
  engine: EngineClient,
  records: MigrationRecords,
  ledgers: ReadonlyMap<string, MigrationLedger>,
  timeoutMs: number | undefined,
  corrected: boolean,
  onApplied: (migration: Migration) => void
): Promise<void> {
  // Records changed in memory since the last set_catalog_state (the ledgers' corrections first of all).
  let unsaved = corrected
  const save = async (): Promise<void> => {
    await engine.setCatalogState('cli', records.toCliState())
    unsaved = false
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
          const sqls = batch.map((m) => ledger.wrap({ version: versionKey(m.version), name: m.name }, m.sql))
          // Each migration may take its own limit: a batch, the sum of theirs.
          const limit = timeoutMs === undefined ? undefined : timeoutMs * batch.length
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
          for (const migration of batch.slice(0, committed)) {
            records.set(database, migration.version, false)
            unsaved = true
            onApplied(migration)
          }
          if (failed) throw ledgeredFailure(batch[committed]!, failed.error, batch)
        }
        continue
      }
      for (const migration of migrations) {
        // The dirty mark goes out with the clean marks before it, as the CLI's records want it; a cancelled run
        // lets the migration finish (critical) and writes its clean mark (above) before it exits.
        records.set(database, migration.version, true)
        await save()
        await critical(() => engine.runSql(database, migration.sql, { timeoutMs })).catch(async (error: unknown) => {
          if (!(error instanceof EngineError)) throw error
          throw await migrationFailure(migration, error, async () => {
            records.remove(database, migration.version)
            await save()
          })
        })
        records.set(database, migration.version, false)
        unsaved = true
        onApplied(migration)
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

/**
 * Migrations go to a database with a ledger in batches, one `bulk` request each: one round trip for many, and so
 * that a request stays a reasonable size.
 */
const BATCH_MIGRATIONS = 50
const BATCH_BYTES = 1_000_000

function batches(migrations: readonly Migration[]): Migration[][] {
  const out: Migration[][] = []
  let current: Migration[] = []
  let bytes = 0
  for (const migration of migrations) {
    if (current.length > 0 && (current.length >= BATCH_MIGRATIONS || bytes + migration.sql.length > BATCH_BYTES)) {
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
 * A database's `done` runs once all its files are in. How many files this run applied.
 */
async function applySeeds(
  project: HasuraProject,
  engine: EngineClient,
  ledgers: ReadonlyMap<string, MigrationLedger>,
  seeded: ReadonlyMap<string, Set<string>>,
  plan: SeedPlan,
  timeoutMs: number | undefined,
  log: Logger
): Promise<number> {
  let applied = 0
  for (const [database, done] of plan.pending) {
    const ledger = ledgers.get(database)
    if (!ledger) continue
    const already = seeded.get(database) ?? new Set<string>()
    const files = project.seeds.filter((seed) => seed.database === database && !already.has(seed.file))
    for (const seed of files) {
      await engine
        .runSql(database, ledger.wrap({ seed: seed.file }, seed.sql), { timeoutMs })
        .catch((error: unknown) => {
          if (!(error instanceof EngineError)) throw error
          const reason = (error.serverMessage ?? error.message).replace(/\.$/, '')
          throw new SchemaError(
            `Seed file ${seed.file} failed on database "${database}": ${reason}. The seed files before it are in; fix it ` +
              'and push again (the next run applies the rest).',
            seed.file,
            1
          )
        })
      applied++
    }
    await done()
    log.info(`Applied ${files.length} seed file${files.length === 1 ? '' : 's'} to ${database}.`)
  }
  return applied
}

/**
 * What a database message says is missing from the server itself (an extension, or what one would bring: TimescaleDB's
 * create_hypertable, pgvector's vector type), and the two fixes; '' for any other failure.
 */
function missingExtension(reason: string): string {
  const extension =
    /extension "([^"]+)" is not available/i.exec(reason)?.[1] ??
    /could not open extension control file "[^"]*\/([^"/]+)\.control"/i.exec(reason)?.[1] ??
    (/function create_hypertable\(/i.test(reason) ? 'timescaledb' : undefined) ??
    (/type "vector" does not exist/i.test(reason) ? 'vector' : undefined)
  if (!extension) return ''
  return (
    ` The database server lacks the extension ${extension}: install it on the server (for the preview databases, the ` +
    'server of postgres-server-url), or give a database-template that has it (CREATE EXTENSION in the template), ' +
    'or create the extension in an earlier migration if the server has it but the database does not.'
  )
}

/**
 * The database refused a migration (its transaction rolled back): where, why, what stays, and the fix when the server
 * lacks an extension. For the engine's run_sql and the direct path alike.
 */
export function refusedMigration(file: string, database: string, message: string): SchemaError {
  const reason = message.replace(/\.$/, '')
  return new SchemaError(
    `Migration ${file} failed on database "${database}": ${reason}. The migrations before it stay applied, and it ` +
      `is not; fix it and push again.${missingExtension(reason)}`,
    file,
    1
  )
}

/** A migration of a database with a ledger failed: its record settles what happened, nobody needs to. */
/**
 * A batch of migrations the engine did not carry out in full: `migration` is the one it refused, or, when the outcome
 * is unknown (a timeout, a lost answer), the batch's first.
 */
function ledgeredFailure(migration: Migration, error: EngineError, batch: readonly Migration[]): Error {
  const { database, file } = migration
  if (error.code === 'access-denied') return error
  if (!error.mayHaveActed) return refusedMigration(file, database, error.serverMessage ?? error.message)
  const which = batch.length === 1 ? `Migration ${file}` : `Migrations ${file} to ${batch.at(-1)!.file}`
  return new SchemaError(
    `${which} on database "${database}": ${error.message} Whether they committed, the database itself ` +
      'records: re-run the job, and the next run applies them or counts them as applied.',
    file,
    1
  )
}

async function migrationFailure(
  migration: Migration,
  error: EngineError,
  unrecord: () => Promise<void>
): Promise<Error> {
  const { database, file } = migration
  if (error.code === 'access-denied') return error
  if (!error.mayHaveActed) {
    let record = 'It is not recorded as applied; fix it and push again.'
    try {
      await unrecord()
    } catch (unrecordError) {
      record =
        `It did not apply, but stays marked dirty: clearing the mark failed (${(unrecordError as Error).message}). ` +
        `Clear it with \`hasura migrate delete --version ${migration.version} --database-name ${database} ` +
        '--server`, fix the migration and push again.'
    }
    const reason = (error.serverMessage ?? error.message).replace(/\.$/, '')
    return new SchemaError(
      `Migration ${file} failed on database "${database}": ${reason}. ` +
        `The migrations before it stay applied. ${record}${missingExtension(reason)}`,
      file,
      1
    )
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
  if (!match || !isObject(source) || typeof source.name !== 'string') {
    const kind = /^\$\.args\.metadata\.(\w+)/.exec(path ?? '')?.[1]
    return { type: kind ?? 'metadata' }
  }
  const tables = Array.isArray(source.tables) ? source.tables : []
  const entry = match[2] === undefined ? undefined : tables[Number(match[2])]
  const table = isObject(entry) ? entry.table : undefined
  const name = typeof table === 'string' ? { schema: 'public', name: table } : isObject(table) ? table : undefined
  if (typeof name?.name !== 'string') return sourceObject(source.name)
  const schema = typeof name.schema === 'string' ? name.schema : 'public'
  const shown = schema === 'public' ? name.name : `${schema}.${name.name}`
  return { type: 'table', name: `table ${shown} in source ${source.name}`, definition: { schema, name: name.name } }
}
