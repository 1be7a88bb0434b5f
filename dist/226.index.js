export const id = 226;
export const ids = [226,871,503];
export const modules = {

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyProject: () => (/* binding */ applyProject),
/* harmony export */   applyProjectAt: () => (/* binding */ applyProjectAt),
/* harmony export */   timeLimit: () => (/* binding */ timeLimit)
/* harmony export */ });
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9317);
/* harmony import */ var _project_sql_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(849);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6153);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6871);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _migration_failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9552);
/* harmony import */ var _metadata_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5503);
/* harmony import */ var _migration_records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(733);








/**
 * Postgres cancels each later statement that runs longer, of the transaction (or, `session`, of the connection); since
 * Postgres 13 each statement of a multi-statement text counts alone.
 */
function timeLimit(ms, scope = 'transaction') {
    return `SET ${scope === 'transaction' ? 'LOCAL ' : ''}statement_timeout = ${Math.max(1, Math.round(ms))}`;
}
/** What a request that carries a migration may wait beyond the migration's own limit: Postgres cancels, then answers. */
const ANSWER_GRACE_MS = 10_000;
/**
 * Apply a Hasura project as `hasura deploy` does, over the project's own APIs: (a) the metadata, only when it
 * differs from the engine's (allowing inconsistency: the tables come with the migrations that follow); (b) each
 * database's migrations not recorded yet, in version order, recorded in the CLI's catalog state (dirty before the
 * SQL runs, clean after) so that `hasura migrate status` agrees; (c) a metadata reload, failing on inconsistency.
 */
/** Apply the project to the engine at `endpoint` (the project's base or GraphQL URL), with its admin secret. */
function applyProjectAt(project, endpoint, adminSecret, log, options) {
    return applyProject(project, new _client_js__WEBPACK_IMPORTED_MODULE_1__.EngineClient({ endpoint, adminSecret, ...options.engine }), log, options);
}
async function applyProject(project, engine, log, options) {
    const callsBefore = engine.calls;
    // Both reads first, so that a dirty migration record stops the step before any write.
    const exported = await engine.exportMetadata();
    const metadataChanged = !(0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_4__.sameMetadata)(project.metadata, exported);
    const records = new _migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .MigrationRecords */ .Z((await engine.getCatalogState()).cliState);
    const databases = migrationsByDatabase(project);
    const ledgers = options.ledgers ?? new Map();
    const { corrected, seeded, interrupted } = await alignWithLedgers(ledgers, records, log);
    refuseDirtyRecords(project, databases, records, ledgers);
    const pending = new Map([...databases].map(([name, all]) => [name, all.filter((m) => !records.has(name, m.version))]));
    refuseInterrupted(pending, interrupted, ledgers);
    const result = {
        dryRun: options.dryRun,
        metadataChanged,
        metadataSent: false,
        migrationsApplied: [],
        migrationsPending: [...pending.values()].flat(),
        databases: Object.fromEntries([...databases].map(([name, all]) => {
            const count = pending.get(name)?.length ?? 0;
            return [name, { alreadyApplied: all.length - count, applied: 0, pending: count }];
        })),
        seedsApplied: 0,
        calls: 0
    };
    if (options.dryRun) {
        log.info(`Dry run: metadata ${metadataChanged ? 'differs: replace_metadata would be sent' : 'unchanged: not sent'}`);
        for (const [name, migrations] of pending)
            log.info(migrationSummary(name, migrations, databases, true));
        result.calls = engine.calls - callsBefore;
        return result;
    }
    if (metadataChanged) {
        await replaceMetadata(project, engine);
        result.metadataSent = true;
        log.info('Metadata changed: sent (replace_metadata)');
    }
    else {
        log.info('Metadata unchanged: not sent');
    }
    const limits = { timeoutMs: options.migrationTimeoutMs, refused: options.refused };
    try {
        try {
            await applyMigrations(pending, engine, records, ledgers, limits, corrected, (migration) => {
                result.migrationsApplied.push(migration);
                const counts = result.databases[migration.database];
                counts.applied++;
                counts.pending--;
                result.migrationsPending = result.migrationsPending.filter((m) => m !== migration);
            });
        }
        finally {
            for (const [name, migrations] of pending) {
                const applied = migrations.filter((m) => result.migrationsApplied.includes(m));
                if (applied.length > 0 || migrations.length === 0)
                    log.info(migrationSummary(name, applied, databases, false));
            }
        }
        if (options.seeds) {
            const plan = options.seeds;
            await applySeeds(project, engine, ledgers, seeded, plan, limits, log, () => result.seedsApplied++);
        }
    }
    catch (error) {
        // How many ran before the file that failed: the step's outputs say it too.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError) {
            error.migrationsApplied = result.migrationsApplied.length;
            error.seedsApplied = result.seedsApplied;
        }
        throw error;
    }
    const consistency = (await engine.reloadMetadata()) ?? (await engine.getInconsistentMetadata());
    result.calls = engine.calls - callsBefore;
    if (!consistency.isConsistent)
        failOnInconsistency(project, consistency.inconsistentObjects, log);
    log.info('Metadata reloaded: consistent');
    return result;
}
/** Each database's migrations in project order (database by database, versions ascending). */
function migrationsByDatabase(project) {
    const databases = new Map();
    for (const migration of project.migrations) {
        databases.set(migration.database, [...(databases.get(migration.database) ?? []), migration]);
    }
    return databases;
}
/**
 * Each ledger's database says what committed there: its records become exactly that (clean), whatever a killed or
 * failed run left in the catalog state. A database without a ledger keeps its records. True when a record changed.
 */
async function alignWithLedgers(ledgers, records, log) {
    let changed = false;
    const seeded = new Map();
    const interrupted = new Map();
    for (const [database, ledger] of ledgers) {
        const recorded = await ledger.applied();
        if (!recorded)
            continue;
        seeded.set(database, recorded.seeds);
        interrupted.set(database, recorded.interrupted);
        const applied = recorded.versions;
        const before = records.versions(database);
        const same = before.length === applied.size && before.every(([version, dirty]) => !dirty && applied.has(version));
        if (same)
            continue;
        const dirty = before.filter(([, isDirty]) => isDirty).map(([version]) => version);
        records.replace(database, applied);
        changed = true;
        log.info(`The record of "${database}" follows what its database says committed: ${applied.size} migration` +
            `${applied.size === 1 ? '' : 's'} applied` +
            (dirty.length > 0
                ? `; ${dirty.join(', ')}, left marked dirty by an earlier run, ${dirty.every((v) => applied.has(v)) ? 'did commit' : 'did not all commit and will run'}.`
                : '.'));
    }
    return { corrected: changed, seeded, interrupted };
}
/**
 * A migration outside a transaction that an earlier run began and never recorded may be partly or wholly applied,
 * and nothing tells which: it is not run again blindly. The step stops before any write, saying how to go on.
 */
function refuseInterrupted(pending, interrupted, ledgers) {
    for (const [database, migrations] of pending) {
        const migration = migrations.find((m) => interrupted.get(database)?.has((0,_migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .versionKey */ ._)(m.version)));
        const ledger = ledgers.get(database);
        if (!migration || !ledger)
            continue;
        const settle = ledger.settle((0,_migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .versionKey */ ._)(migration.version));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Migration ${migration.file} of database "${database}" runs outside a transaction (${_project_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .NO_TRANSACTION_MARKER */ .C2}), ` +
            'and an earlier run was stopped while it ran: its statements may be partly or wholly applied, and nothing ' +
            'tells which, so it is not run again. Re-run with reset-database: true to rebuild the preview database ' +
            `from its migrations; or check the database, then in it either let the next push run it again (${settle.rerun}) ` +
            `or count it as applied (${settle.applied}).`, migration.file, 1);
    }
}
/** A dirty record means an earlier run started that migration and never marked it done. */
function refuseDirtyRecords(project, databases, records, ledgers) {
    for (const [database, migrations] of databases) {
        // A database with a ledger knows what committed: its records were just aligned with it.
        if (ledgers.has(database))
            continue;
        const version = records.dirtyVersions(database)[0];
        if (version === undefined)
            continue;
        const migration = migrations.find((m) => (0,_migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .versionKey */ ._)(m.version) === version);
        const at = migration ? { file: migration.file, line: 1 } : project.locate(sourceObject(database));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Migration ${version} of database "${database}" is marked dirty in the project's migration record: an ` +
            'earlier run started it and did not finish, so it may be half applied. Check the database, then clear ' +
            `the mark with \`hasura migrate delete --version ${version} --database-name ${database} --server\` and ` +
            `either run again (to apply it) or mark it applied with \`hasura migrate apply --skip-execution --version ` +
            `${version} --database-name ${database}\`.`, at.file, at.line);
    }
}
async function replaceMetadata(project, engine) {
    try {
        await engine.replaceMetadata(project.metadata, { allowInconsistent: true });
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError) || error.status === undefined || error.status >= 500)
            throw error;
        if (error.code === 'access-denied')
            throw error;
        // The engine refused the metadata itself (a parse error): point at the part its path names.
        const at = project.locate(objectAtPath(project.metadata, error.path));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`The project's metadata was refused: ${error.serverMessage ?? error.message}` +
            `${error.path ? ` (at ${error.path})` : ''}. Fix the metadata files and push again.`, at.file, at.line);
    }
}
/**
 * Per migration of a database without a ledger: record it dirty, run its SQL, record it clean, as the CLI does; a
 * migration the database refused (its transaction rolled back) loses its mark, so a fixed version runs on the next
 * push; one whose outcome is unknown stays dirty. A database with a ledger records each migration in its own
 * transaction: no dirty mark is needed, the migrations go in batches (one `bulk` request each), and the catalog
 * state is written once, after the last one (or the first that failed). A migration outside a transaction goes
 * alone (`no_transaction`), marked in the ledger before and recorded after.
 */
async function applyMigrations(pending, engine, records, ledgers, limits, corrected, onApplied) {
    // Records changed in memory since the last set_catalog_state (the ledgers' corrections first of all).
    let unsaved = corrected;
    const save = async () => {
        await engine.setCatalogState('cli', records.toCliState());
        unsaved = false;
    };
    const applied = (database, migration) => {
        records.set(database, migration.version, false);
        unsaved = true;
        onApplied(migration);
    };
    // A cancelled run writes the clean marks it holds before it exits (a migration it finished stays clean).
    const stopFinishing = (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .beforeCancelExit */ .GA)(async () => {
        if (unsaved)
            await save();
    });
    try {
        for (const [database, migrations] of pending) {
            const ledger = ledgers.get(database);
            if (ledger) {
                for (const batch of batches(migrations)) {
                    const refusedAt = batch.findIndex((m) => m.file === limits.refused?.file);
                    if (refusedAt !== -1) {
                        await applyLedgered(database, batch.slice(0, refusedAt), engine, ledger, limits, applied);
                        throw alreadyRefused(limits.refused);
                    }
                    await applyLedgered(database, batch, engine, ledger, limits, applied);
                }
                continue;
            }
            for (const migration of migrations) {
                // The dirty mark goes out with the clean marks before it, as the CLI's records want it; a cancelled run
                // lets the migration finish (critical) and writes its clean mark (above) before it exits.
                records.set(database, migration.version, true);
                await save();
                await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .critical */ .kD)(() => runMigration(engine, database, migration, limits.timeoutMs)).catch(async (error) => {
                    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
                        throw error;
                    throw await (0,_migration_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .migrationFailure */ .nU)(migration, error, limits.timeoutMs, async () => {
                        records.remove(database, migration.version);
                        await save();
                    });
                });
                applied(database, migration);
            }
        }
    }
    catch (error) {
        // What did apply is recorded; a save that fails here must not hide the failure itself.
        if (unsaved)
            await save().catch(() => { });
        throw error;
    }
    finally {
        stopFinishing();
    }
    if (unsaved)
        await save();
}
/** One migration of a database without a ledger, as the CLI sends it, each statement bounded by the limit. */
function runMigration(engine, database, migration, timeoutMs) {
    if (migration.noTransaction) {
        // No transaction to bound the statements in (a SET would stay on the engine's pooled connection): the request's
        // limit is the bound.
        return engine.runSql(database, migration.sql, { noTransaction: true, timeoutMs: answerLimit(timeoutMs) });
    }
    const sql = timeoutMs === undefined ? migration.sql : `${timeLimit(timeoutMs)}; ${migration.sql}`;
    return engine.runSql(database, sql, { timeoutMs: answerLimit(timeoutMs) });
}
/** How long to wait for the answer to a request carrying `count` migrations, each bounded by `timeoutMs`. */
function answerLimit(timeoutMs, count = 1) {
    return timeoutMs === undefined ? undefined : timeoutMs * count + ANSWER_GRACE_MS;
}
/** The failure the direct path had, for the apply to stop at (a new error: the counts are this apply's own). */
function alreadyRefused(refused) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(refused.message, refused.file, refused.line);
}
/** A batch of migrations of a database with a ledger: one request (`bulk`), or one alone outside a transaction. */
async function applyLedgered(database, batch, engine, ledger, limits, applied) {
    if (batch.length === 0)
        return;
    const [only] = batch;
    if (batch.length === 1 && only.noTransaction)
        return applyOutsideTransaction(database, only, engine, ledger, limits, applied);
    const entry = (m) => ({ version: (0,_migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .versionKey */ ._)(m.version), name: m.name });
    const sqls = batch.map((m) => ledger.wrap(entry(m), m.sql, limits.timeoutMs).text);
    // Each migration bounds its own statements; the request waits for all of them.
    const limit = answerLimit(limits.timeoutMs, batch.length);
    const failed = await engine.runSqlBulk(database, sqls, { timeoutMs: limit }).then(() => undefined, (error) => {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
            throw error;
        // The engine stops at the first migration that fails: those before it committed.
        const index = error.mayHaveActed ? undefined : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__.bulkFailureIndex)(error);
        if (index !== undefined && index >= batch.length)
            return { error, index: undefined };
        return { error, index };
    });
    const committed = failed ? (failed.index ?? 0) : batch.length;
    for (const migration of batch.slice(0, committed))
        applied(database, migration);
    if (failed)
        throw (0,_migration_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgeredFailure */ .R)(batch[committed], failed.error, batch, limits.timeoutMs);
}
/**
 * A migration outside a transaction, on a database with a ledger: marked started, its statements (the engine runs
 * each alone), recorded, in one `no_transaction` run_sql. Refused, it is unmarked: the next run runs it again whole,
 * as the CLI would. Its outcome unknown, the mark stays, and the next run stops at it (refuseInterrupted).
 */
async function applyOutsideTransaction(database, migration, engine, ledger, limits, applied) {
    const marks = ledger.marks({ version: (0,_migration_records_js__WEBPACK_IMPORTED_MODULE_5__/* .versionKey */ ._)(migration.version), name: migration.name });
    const sql = `${marks.begin}\n${migration.sql}\n;\n${marks.finish}`;
    try {
        await engine.runSql(database, sql, { noTransaction: true, timeoutMs: answerLimit(limits.timeoutMs) });
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
            throw error;
        if (!error.mayHaveActed)
            await engine.runSql(database, marks.unmark).catch(() => { });
        throw (0,_migration_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgeredFailure */ .R)(migration, error, [migration], limits.timeoutMs);
    }
    applied(database, migration);
}
/**
 * Migrations go to a database with a ledger in batches, one `bulk` request each: one round trip for many, and so
 * that a request stays a reasonable size. A migration outside a transaction is a batch of its own.
 */
const BATCH_MIGRATIONS = 50;
const BATCH_BYTES = 1_000_000;
function batches(migrations) {
    const out = [];
    let current = [];
    let bytes = 0;
    for (const migration of migrations) {
        const full = current.length >= BATCH_MIGRATIONS || bytes + migration.sql.length > BATCH_BYTES;
        if (current.length > 0 && (full || migration.noTransaction || current[0].noTransaction)) {
            out.push(current);
            current = [];
            bytes = 0;
        }
        current.push(migration);
        bytes += migration.sql.length;
    }
    if (current.length > 0)
        out.push(current);
    return out;
}
/**
 * The seed files of each database whose seeds are pending, in order, as `hasura seed apply` runs them (one run_sql
 * each), each recorded in the database's ledger in its own transaction: a run killed half-way goes on where it was.
 * A database's `done` runs once all its files are in; `onApplied` after each file.
 */
async function applySeeds(project, engine, ledgers, seeded, plan, limits, log, onApplied) {
    for (const [database, done] of plan.pending) {
        const ledger = ledgers.get(database);
        if (!ledger)
            continue;
        const already = seeded.get(database) ?? new Set();
        const files = project.seeds.filter((seed) => seed.database === database && !already.has(seed.file));
        for (const seed of files) {
            if (seed.file === limits.refused?.file)
                throw alreadyRefused(limits.refused);
            const { text } = ledger.wrap({ seed: seed.file }, seed.sql, limits.timeoutMs);
            await engine.runSql(database, text, { timeoutMs: answerLimit(limits.timeoutMs) }).catch((error) => {
                if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
                    throw error;
                throw (0,_migration_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .refusedSeed */ .Gx)(seed.file, database, error.serverMessage ?? error.message, { timeoutMs: limits.timeoutMs });
            });
            onApplied();
        }
        await done();
        log.info(`Applied ${files.length} seed file${files.length === 1 ? '' : 's'} to ${database}.`);
    }
}
function migrationSummary(database, migrations, all, dryRun) {
    if (migrations.length === 0) {
        const none = `no new migrations for ${database} (${all.get(database)?.length ?? 0} applied before)`;
        return dryRun ? `Dry run: ${none}` : none.charAt(0).toUpperCase() + none.slice(1);
    }
    const names = migrations.map((m) => `${m.version}_${m.name}`).join(', ');
    const count = `${migrations.length} migration${migrations.length === 1 ? '' : 's'}`;
    return `${dryRun ? 'Dry run: would apply' : 'Applied'} ${count} to ${database}: ${names}`;
}
/** One error annotation per inconsistent object, at the file that defines it; the step fails at the first. */
function failOnInconsistency(project, objects, log) {
    const located = objects.map((object) => ({ object, at: project.locate(object) }));
    for (const { object, at } of located) {
        log.error(describe(object), { file: at.file, line: at.line, title: 'Inconsistent Hasura metadata' });
    }
    const first = located[0];
    const at = first?.at ?? project.locate({ type: 'metadata' });
    const count = objects.length === 1 ? '1 object' : `${objects.length} objects`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`After applying the project, its metadata is inconsistent with the databases (${count}` +
        `${first ? `; first: ${describe(first.object)}` : ''}). Fix the metadata or the migrations so that they ` +
        'agree, and push again.', at.file, at.line);
}
function describe(object) {
    const reason = (object.reason ?? 'inconsistent').replace(/^Inconsistent object: /, '');
    return `${object.name ?? object.type}: ${reason}`;
}
function sourceObject(database) {
    return { type: 'source', name: `source ${database}`, definition: database };
}
/** The metadata object a Hasura error path such as `$.args.metadata.sources[0].tables[2]...` points into. */
function objectAtPath(metadata, path) {
    const match = /^\$\.args\.metadata\.sources\[(\d+)\](?:\.tables\[(\d+)\])?/.exec(path ?? '');
    const sources = Array.isArray(metadata.sources) ? metadata.sources : [];
    const source = match ? sources[Number(match[1])] : undefined;
    if (!match || !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isMapping */ .p)(source) || typeof source.name !== 'string') {
        const kind = /^\$\.args\.metadata\.(\w+)/.exec(path ?? '')?.[1];
        return { type: kind ?? 'metadata' };
    }
    const tables = Array.isArray(source.tables) ? source.tables : [];
    const entry = match[2] === undefined ? undefined : tables[Number(match[2])];
    const table = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isMapping */ .p)(entry) ? entry.table : undefined;
    const name = typeof table === 'string' ? { schema: 'public', name: table } : (0,_core_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isMapping */ .p)(table) ? table : undefined;
    if (typeof name?.name !== 'string')
        return sourceObject(source.name);
    const schema = typeof name.schema === 'string' ? name.schema : 'public';
    const shown = schema === 'public' ? name.name : `${schema}.${name.name}`;
    return { type: 'table', name: `table ${shown} in source ${source.name}`, definition: { schema, name: name.name } };
}


/***/ }),

/***/ 6871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENGINE_RETRY_POLICY: () => (/* binding */ ENGINE_RETRY_POLICY),
/* harmony export */   EngineClient: () => (/* binding */ EngineClient),
/* harmony export */   engineBaseUrl: () => (/* binding */ engineBaseUrl)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6153);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(117);
/* harmony import */ var _core_endpoints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1569);
/* harmony import */ var _http_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2398);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3860);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);







/**
 * A small budget for retries: the project answered /healthz just before, so a failure that lasts is no blip. A
 * request itself may take up to `timeoutMs` (a long migration), the budget only bounds when to stop trying again.
 */
const ENGINE_RETRY_POLICY = { budgetMs: 20_000, baseDelayMs: 500, maxDelayMs: 4000 };
/**
 * One Hasura project's own APIs with its admin secret: the metadata API (`/v1/metadata`) and `run_sql`
 * (`/v2/query`). Reads and whole-state writes (replace_metadata, set_catalog_state) are retried on transient
 * failures within a small budget; run_sql only when the request surely was not sent.
 */
class EngineClient {
    /** The project's base URL, without a trailing slash. */
    baseUrl;
    adminSecret;
    timeoutMs;
    policy;
    hooks;
    sent = 0;
    constructor(options) {
        this.baseUrl = engineBaseUrl(options.endpoint);
        this.adminSecret = options.adminSecret;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.policy = options.policy ?? ENGINE_RETRY_POLICY;
        this.hooks = options.hooks ?? {};
    }
    /** HTTP requests sent so far, retries included. */
    get calls() {
        return this.sent;
    }
    async exportMetadata() {
        const answer = await this.metadata('export_metadata', { version: 1, args: {} });
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer))
            throw invalidAnswer('export_metadata');
        return answer;
    }
    /** Replaces the whole metadata; with `allowInconsistent`, inconsistent objects are kept and listed. */
    async replaceMetadata(metadata, options) {
        const args = { allow_inconsistent_metadata: options.allowInconsistent, metadata };
        const answer = await this.metadata('replace_metadata', { version: 2, args });
        return toConsistency(answer) ?? { isConsistent: true, inconsistentObjects: [] };
    }
    /** Rebuilds the schema from the databases; null when the answer does not say whether it is consistent. */
    async reloadMetadata() {
        return toConsistency(await this.metadata('reload_metadata', { args: {} }));
    }
    async getInconsistentMetadata() {
        const consistency = toConsistency(await this.metadata('get_inconsistent_metadata', { args: {} }));
        if (!consistency)
            throw invalidAnswer('get_inconsistent_metadata');
        return consistency;
    }
    async getCatalogState() {
        const answer = await this.metadata('get_catalog_state', { args: {} });
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer))
            throw invalidAnswer('get_catalog_state');
        return {
            cliState: (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer.cli_state) ? answer.cli_state : {},
            consoleState: (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer.console_state) ? answer.console_state : {}
        };
    }
    /** Replaces the whole state of one kind (`cli` holds the migration records). */
    async setCatalogState(type, state) {
        await this.metadata('set_catalog_state', { args: { type, state } });
    }
    /** Runs SQL on one database (metadata source) in one transaction (unless `noTransaction`). Never sent twice blindly. */
    async runSql(source, sql, options = {}) {
        const args = {
            source,
            sql,
            cascade: options.cascade ?? false,
            read_only: options.readOnly ?? false,
            // Only when asked: an engine older than v2.45.3 would ignore the key and run the SQL in a transaction.
            ...(options.noTransaction ? { no_transaction: true } : {})
        };
        const answer = await this.send('/v2/query', 'run_sql', { type: 'run_sql', args }, false, options.timeoutMs);
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer) || (answer.result_type !== 'CommandOk' && answer.result_type !== 'TuplesOk')) {
            throw invalidAnswer('run_sql');
        }
        return { resultType: answer.result_type, result: Array.isArray(answer.result) ? answer.result : null };
    }
    /**
     * Runs several SQL texts on one database in one `bulk` request: the engine runs them in order, each in its own
     * transaction (those before a failure stay committed), and stops at the first that fails, whose index the error's
     * path starts with (`$[2]`: see bulkFailureIndex). Never sent twice blindly.
     */
    async runSqlBulk(source, sqls, options = {}) {
        // One alone goes as itself (the answer to a lone item would be the same, the request simpler).
        if (sqls.length === 1)
            return void (await this.runSql(source, sqls[0], options));
        const args = sqls.map((sql) => ({
            type: 'run_sql',
            args: { source, sql, cascade: options.cascade ?? false, read_only: options.readOnly ?? false }
        }));
        const answer = await this.send('/v2/query', 'run_sql', { type: 'bulk', args }, false, options.timeoutMs);
        if (!Array.isArray(answer) || answer.length !== sqls.length)
            throw invalidAnswer('run_sql');
    }
    /**
     * The GraphQL schema `role` sees (`admin` included), by the standard introspection query on `/v1/graphql` with the
     * admin secret and `x-hasura-role`. A read: retried like the metadata reads. GraphQL answers its errors with HTTP 200
     * and `{errors}` (introspection disabled for the role, an unknown role header...): an EngineError with the first.
     */
    async introspect(role) {
        const body = { query: (0,graphql__WEBPACK_IMPORTED_MODULE_5__/* .getIntrospectionQuery */ .I)(), operationName: 'IntrospectionQuery' };
        const answer = await this.send('/v1/graphql', 'introspection', body, true, undefined, { 'x-hasura-role': role });
        const errors = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer) && Array.isArray(answer.errors) ? answer.errors : undefined;
        if (errors && errors.length > 0) {
            const first = errors[0];
            const message = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(first) && typeof first.message === 'string' ? first.message : 'an error';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`introspection as role ${role} failed: ${message}.`, 'introspection', {
                serverMessage: message
            });
        }
        const data = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer) ? answer.data : undefined;
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(data) || !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(data.__schema))
            throw invalidAnswer('introspection');
        return data;
    }
    metadata(type, request) {
        return this.send('/v1/metadata', type, { type, ...request }, true);
    }
    async send(path, type, body, idempotent, timeoutMs = this.timeoutMs, headers = {}) {
        const url = this.baseUrl + path;
        const payload = JSON.stringify(body);
        let answer;
        try {
            answer = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => {
                this.sent++;
                const response = await (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .httpRequest */ .aj)(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', ...headers, 'x-hasura-admin-secret': this.adminSecret },
                    body: payload,
                    signal: AbortSignal.timeout(timeoutMs)
                }).catch((error) => {
                    const failure = (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailure */ .rd)(error, timeoutMs);
                    if (failure.kind === 'transient')
                        throw failure.error;
                    const reason = failure.kind === 'unreachable' ? `its host ${failure.reason}` : failure.message;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type} could not reach the project at ${this.baseUrl}: ${reason}.`, type, {
                        code: failure.code
                    });
                });
                const transient = (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .transientStatus */ .fO)(response.status, header(response, 'retry-after'));
                if (transient)
                    throw transient;
                return response;
            }, this.policy, this.hooks, (error) => idempotent || !error.mayHaveActed);
        }
        catch (error) {
            if (!(error instanceof _http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_))
                throw error;
            const may = error.mayHaveActed && !idempotent ? '; it may have been carried out' : '';
            const status = error.code?.startsWith('http-') ? Number(error.code.slice(5)) : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type} to ${this.baseUrl} failed (${error.message})${may}.`, type, {
                status,
                code: error.code,
                mayHaveActed: error.mayHaveActed
            });
        }
        return parseAnswer(answer, type, this.baseUrl);
    }
}
/** The project's base URL (see projectBase); the admin secret only goes over https or to a loopback host. */
function engineBaseUrl(endpoint) {
    let base;
    try {
        base = new URL((0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .projectBase */ .zO)(endpoint));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`The project endpoint "${endpoint}" is not a URL.`, 'endpoint');
    }
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U9)(base))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`The project endpoint ${base.origin} is not https: the admin secret is only sent over https (or to a loopback host).`, 'endpoint');
    }
    return (0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .projectBase */ .zO)(endpoint);
}
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function parseAnswer(answer, type, baseUrl) {
    let body;
    try {
        body = answer.body === '' ? undefined : JSON.parse(answer.body);
    }
    catch {
        body = undefined;
    }
    if (answer.status >= 200 && answer.status < 300) {
        if (body === undefined)
            throw invalidAnswer(type, answer.status);
        return body;
    }
    const failure = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(body) ? body : {};
    const status = answer.status;
    const code = typeof failure.code === 'string' ? failure.code : `http-${status}`;
    const serverMessage = typeof failure.error === 'string' ? failure.error : `HTTP ${status}`;
    const path = typeof failure.path === 'string' ? failure.path : undefined;
    if (status === 401 || status === 403 || code === 'access-denied') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type} was refused: the project at ${baseUrl} did not accept the admin secret (${code}: ${serverMessage}). ` +
            "Check the tenant's HASURA_GRAPHQL_ADMIN_SECRET.", type, { status, code, serverMessage });
    }
    if (code === 'postgres-error') {
        const database = databaseError(failure.internal);
        const message = database?.message ?? serverMessage;
        const state = database?.state ? ` (SQLSTATE ${database.state})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type} failed: the database answered: ${message}${state}`, type, {
            status,
            code,
            serverMessage: message + state,
            path
        });
    }
    const where = path && path !== '$' ? ` at ${path}` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type} failed: ${serverMessage}${where} (HTTP ${status}, ${code}).`, type, {
        status,
        code,
        serverMessage,
        path,
        // An internal error may come after the work was done; a 4xx is the engine refusing it.
        mayHaveActed: status >= 500,
        inconsistencies: inconsistentObjects(failure.internal)
    });
}
/** The database's own message in a postgres-error; `internal` also holds the statement and row detail, never kept. */
function databaseError(internal) {
    const error = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(internal) && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(internal.error) ? internal.error : undefined;
    if (!error || typeof error.message !== 'string')
        return undefined;
    return { message: error.message, state: typeof error.status_code === 'string' ? error.status_code : undefined };
}
function toConsistency(answer) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(answer) || typeof answer.is_consistent !== 'boolean')
        return null;
    const objects = inconsistentObjects(answer.inconsistent_objects);
    if (!answer.is_consistent && objects.length === 0 && !Array.isArray(answer.inconsistent_objects))
        return null;
    return { isConsistent: answer.is_consistent, inconsistentObjects: objects };
}
function inconsistentObjects(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p).map((object) => ({
        type: typeof object.type === 'string' ? object.type : 'unknown',
        name: typeof object.name === 'string' ? object.name : undefined,
        reason: typeof object.reason === 'string' ? object.reason : undefined,
        definition: object.definition
    }));
}
function invalidAnswer(type, status) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`${type}: the project answered something that is not Hasura's answer.`, type, {
        status,
        code: 'invalid-response'
    });
}


/***/ }),

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMPARED_DEPTH: () => (/* binding */ MAX_COMPARED_DEPTH),
/* harmony export */   boundedCopy: () => (/* binding */ boundedCopy),
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   normalizeMetadata: () => (/* binding */ normalizeMetadata),
/* harmony export */   sameMetadata: () => (/* binding */ sameMetadata)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * Whether two metadata documents mean the same, so that an unchanged push sends no `replace_metadata`. The
 * engine's export differs from the files in ways that carry no meaning, all evened out here: key order; keys it
 * leaves out when empty or null (`object_relationships: []`, `comment: null`, `remote_schemas: []`); defaults it
 * writes out (a source's `kind: postgres`, `isolation_level: read-committed`, `use_prepared_statements: false`);
 * a table named by a string (`author` is `{schema: public, name: author}`); and the order of lists whose items
 * are named (sources, tables, relationships, permissions by role). A document nested deeper than the comparison
 * goes (MAX_COMPARED_DEPTH) is never the same: sending it costs one request, skipping it could lose a change.
 */
function sameMetadata(a, b) {
    const [x, y] = [normalizeMetadata(a), normalizeMetadata(b)];
    if (x.cut.count > 0 || y.cut.count > 0)
        return false;
    return canonicalJson(x.normalized) === canonicalJson(y.normalized);
}
/** Lists whose order carries no meaning, and the key that names their items. */
const NAMED_LISTS = {
    sources: (item) => item.name,
    tables: (item) => item.table,
    functions: (item) => item.function,
    object_relationships: (item) => item.name,
    array_relationships: (item) => item.name,
    remote_relationships: (item) => item.name,
    computed_fields: (item) => item.name,
    event_triggers: (item) => item.name,
    insert_permissions: (item) => item.role,
    select_permissions: (item) => item.role,
    update_permissions: (item) => item.role,
    delete_permissions: (item) => item.role
};
const TABLE_KEYS = new Set(['table', 'remote_table']);
/**
 * A permission's boolean expressions and column presets, kept as written: the engine exports a boolean expression as
 * it was given (gBoolExpToJSON, server/src-lib/Hasura/RQL/IR/BoolExp.hs) and dropping the empty parts inside one
 * changes its meaning (`{id: {_in: []}}` matches no row, `{}` every row). An empty one is left out, as absent: `{}`
 * is every row as an absent check is, and the engine does not export an empty `set` (maybeSetToMaybeOrdPair,
 * server/src-lib/Hasura/RQL/Types/Metadata/Serialization.hs).
 */
const CONDITION_KEYS = new Set(['filter', 'check', 'set']);
/**
 * Keys where an empty list is not an absent one, which the engine's export keeps even empty (selPermToOrdJSON,
 * insPermToOrdJSON and the event trigger's SubscribeOpSpec in the same Serialization.hs): a select permission's
 * `query_root_fields: []` and `subscription_root_fields: []` allow no root field where absent allows all
 * (ARFAllowConfiguredRootFields, Hasura/RQL/Types/Permission.hs); an insert permission's `columns: []` allows no
 * column where absent allows all (buildInsPermInfo: `fromMaybe allCols`); an event trigger's `payload: []` sends no
 * column where absent sends all. Kept as written, like a cron trigger's `payload`, a JSON value sent as it is.
 * (`computed_fields: []` means none as absent does, and the engine leaves it out: it is pruned like the rest.)
 */
const EMPTY_IS_NOT_ABSENT = new Set(['query_root_fields', 'subscription_root_fields', 'columns', 'payload']);
/**
 * The metadata evened out as sameMetadata compares it (see there), cut at MAX_COMPARED_DEPTH (see boundedCopy), and
 * where it was cut.
 */
function normalizeMetadata(metadata, mode = 'apply') {
    const { copy, cut } = boundedCopy(metadata);
    return { normalized: normalizeCopy(copy, mode), cut };
}
/** Normalises `copy` in place (a copy of the caller's, so its defaults can be written in) and prunes it. */
function normalizeCopy(copy, mode) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(copy))
        return undefined;
    for (const source of Array.isArray(copy.sources) ? copy.sources : []) {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source))
            continue;
        source.kind ??= 'postgres';
        const info = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source.configuration) ? source.configuration.connection_info : undefined;
        if (source.kind === 'postgres' && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(info)) {
            info.isolation_level ??= 'read-committed';
            info.use_prepared_statements ??= false;
        }
        qualifyTables(source.tables);
    }
    return prune(copy, undefined, mode);
}
/** `table: author` and `{schema: public, name: author}` are the same Postgres table. */
function qualifyTables(value) {
    if (Array.isArray(value))
        return value.forEach(qualifyTables);
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        if (TABLE_KEYS.has(key) && typeof child === 'string')
            value[key] = { schema: 'public', name: child };
        else
            qualifyTables(child);
    }
}
/** Drops null, empty lists and empty objects, and sorts named lists; undefined when nothing is left. */
function prune(value, key, mode) {
    if (key !== undefined && CONDITION_KEYS.has(key) && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        return Object.keys(value).length > 0 ? value : undefined;
    }
    if (key !== undefined && EMPTY_IS_NOT_ABSENT.has(key) && value !== null)
        return value;
    if (mode === 'review' && value === false)
        return undefined;
    if (Array.isArray(value)) {
        const items = value.map((item) => prune(item, undefined, mode)).filter((item) => item !== undefined);
        // Own keys only: a list under `valueOf` or `hasOwnProperty` (a connector's configuration may hold one) is not named.
        const name = key !== undefined && Object.hasOwn(NAMED_LISTS, key) ? NAMED_LISTS[key] : undefined;
        if (name && items.every(_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)) {
            items.sort((x, y) => compare(canonicalJson(name(x)), canonicalJson(name(y))));
        }
        return items.length > 0 ? items : undefined;
    }
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        const entries = Object.entries(value)
            .map(([childKey, child]) => [childKey, prune(child, childKey, mode)])
            .filter(([, child]) => child !== undefined);
        return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    return value === null ? undefined : value;
}
function compare(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
/** JSON with object keys sorted, so key order does not count. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        const keys = Object.keys(value).sort(compare);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * How many levels of lists and mappings the comparisons go into. Real metadata is a few dozen levels deep (a
 * permission's row filter starts at the 8th); the comparison's walkers recurse, and Node's stack ends a few thousand
 * levels down, while an exported document (JSON.parse does not recurse) can be nested without bound.
 */
const MAX_COMPARED_DEPTH = 200;
/** Stands for a part nested deeper than MAX_COMPARED_DEPTH: two documents cut at the same place compare equal there. */
const CUT = '(nested too deep to compare)';
const PATHS_KEPT = 3;
/**
 * A copy of `value` (lists, mappings and scalars: JSON data) in which every list or mapping nested deeper than
 * `maxDepth` levels is replaced by a marker, made without recursion so that no depth can overflow the stack; and
 * where it was cut.
 */
function boundedCopy(value, maxDepth = MAX_COMPARED_DEPTH) {
    const cut = { count: 0, paths: [] };
    const root = {};
    const pending = [
        { from: value, into: root, key: 'value', at: { depth: 0 } }
    ];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { from, into, key, at } = next;
        const put = (part) => void Reflect.set(into, key, part);
        if (!Array.isArray(from) && !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(from)) {
            put(from);
        }
        else if (at.depth >= maxDepth) {
            put(CUT);
            if (cut.count++ < PATHS_KEPT)
                cut.paths.push(pathText(at));
        }
        else if (Array.isArray(from)) {
            const copy = new Array(from.length);
            put(copy);
            from.forEach((item, index) => {
                const segment = `[${itemName(item) ?? index}]`;
                pending.push({ from: item, into: copy, key: index, at: { depth: at.depth + 1, parent: at, segment } });
            });
        }
        else {
            // Every key first, in order, so the copy keeps the original's key order whatever order it is filled in.
            const copy = Object.fromEntries(Object.keys(from).map((name) => [name, undefined]));
            put(copy);
            for (const [name, child] of Object.entries(from)) {
                pending.push({ from: child, into: copy, key: name, at: { depth: at.depth + 1, parent: at, segment: name } });
            }
        }
    }
    return { copy: root.value, cut };
}
/** The first levels of the way to a cut place, as a reader finds it in the metadata. */
function pathText(at) {
    const segments = [];
    for (let link = at; link?.segment !== undefined; link = link.parent)
        segments.push(link.segment);
    segments.reverse();
    const shown = segments.slice(0, 8).map((segment) => (segment.length > 60 ? `${segment.slice(0, 60)}…` : segment));
    const text = shown.map((segment, i) => (i === 0 || segment.startsWith('[') ? segment : `.${segment}`)).join('');
    return segments.length > shown.length ? `${text}…` : text;
}
/** The name a list item goes by in the metadata (a source, a table, a role), when it has one. */
function itemName(item) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(item))
        return undefined;
    for (const key of ['name', 'role', 'role_name'])
        if (typeof item[key] === 'string')
            return item[key];
    const table = item.table ?? item.function;
    if (typeof table === 'string')
        return table;
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(table) && typeof table.name === 'string') {
        return typeof table.schema === 'string' ? `${table.schema}.${table.name}` : table.name;
    }
    return undefined;
}


/***/ }),

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ refusedSeed),
/* harmony export */   R: () => (/* binding */ ledgeredFailure),
/* harmony export */   Vq: () => (/* binding */ refusedMigration),
/* harmony export */   nU: () => (/* binding */ migrationFailure)
/* harmony export */ });
/* harmony import */ var _project_sql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);


/**
 * What a database message says the user can fix, beyond the message itself: an extension the server lacks, one a
 * database owner may not create, a statement cut by migration-timeout, a statement that cannot run in a transaction.
 * '' for any other failure. The one home of these translations, for both paths, migrations and seeds.
 */
function hint(reason, refusal) {
    const missing = /extension "([^"]+)" is not available/i.exec(reason)?.[1] ??
        /could not open extension control file "[^"]*\/([^"/]+)\.control"/i.exec(reason)?.[1] ??
        (/function create_hypertable\(/i.test(reason) ? 'timescaledb' : undefined) ??
        (/type "vector" does not exist/i.test(reason) ? 'vector' : undefined);
    if (missing) {
        return (` The database server lacks the extension ${missing}: install it on the server (for the preview databases, the ` +
            'server of postgres-server-url), or give a database-template that has it (CREATE EXTENSION in the template), ' +
            'or create the extension in an earlier migration if the server has it but the database does not.');
    }
    const untrusted = /permission denied to create extension "([^"]+)"/i.exec(reason)?.[1];
    if (untrusted) {
        // https://www.postgresql.org/docs/current/sql-createextension.html: without superuser, only trusted extensions.
        return (` The extension ${untrusted} is not trusted: since Postgres 13 a role that is not a superuser (as the preview ` +
            'role, which owns its database) may create only extensions marked trusted ' +
            '(https://www.postgresql.org/docs/current/sql-createextension.html). It must come from the database-template ' +
            `(a superuser runs CREATE EXTENSION ${untrusted} in the template database) or from the server's admin (in ` +
            'template1, which every new database copies, or in this database); the migration may then keep ' +
            `CREATE EXTENSION IF NOT EXISTS ${untrusted}.`);
    }
    if (/canceling statement due to statement timeout/i.test(reason) && refusal.timeoutMs !== undefined) {
        return (` A statement ran longer than migration-timeout allows (${refusal.timeoutMs / 1000} s): raise the input ` +
            'migration-timeout, or make the statement faster (a large backfill in batches, an index built before the data).');
    }
    if (/cannot run inside a transaction block/i.test(reason)) {
        return refusal.noTransaction
            ? ' The project asks for it to run outside a transaction, which needs Hasura v2.45.3 or later (run_sql no_transaction).'
            : ` Make ${_project_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_TRANSACTION_MARKER */ .C2} the first line of the file: it then runs outside a transaction, as the Hasura CLI runs it.`;
    }
    return '';
}
/**
 * The database refused a migration: where, why, what stays, and what to do. For the engine's run_sql and the direct
 * path alike.
 */
function refusedMigration(file, database, message, refusal = {}) {
    const reason = message.replace(/\.$/, '');
    const line = refusal.line ?? 1;
    const stays = refusal.noTransaction
        ? `The migrations before it stay applied. It ran outside a transaction (${_project_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_TRANSACTION_MARKER */ .C2}), so its ` +
            `statements before ${refusal.line === undefined ? 'the one that failed' : `line ${line}`} stay applied too; ` +
            'it is not recorded, and the next run runs it again from its ' +
            'first line: make those statements safe to repeat (IF NOT EXISTS), or re-run with reset-database: true.'
        : 'The migrations before it stay applied, and it is not; fix it and push again.';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError(`Migration ${file} failed on database "${database}"${atLine(refusal)}: ${reason}. ${stays}${hint(reason, refusal)}`, file, line);
}
/** The database refused a seed file: the files before it are in, the next run applies the rest. Both paths. */
function refusedSeed(file, database, message, refusal = {}) {
    const reason = message.replace(/\.$/, '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError(`Seed file ${file} failed on database "${database}"${atLine(refusal)}: ${reason}. The seed files before it are ` +
        `in; fix it and push again (the next run applies the rest).${hint(reason, refusal)}`, file, refusal.line ?? 1);
}
function atLine(refusal) {
    return refusal.line === undefined ? '' : ` at line ${refusal.line}`;
}
/**
 * A batch of migrations the engine did not carry out in full: `migration` is the one it refused, or, when the outcome
 * is unknown (a timeout, a lost answer), the batch's first.
 */
function ledgeredFailure(migration, error, batch, timeoutMs) {
    const { database, file } = migration;
    if (error.code === 'access-denied')
        return error;
    if (!error.mayHaveActed) {
        const refusal = { timeoutMs, noTransaction: migration.noTransaction };
        return refusedMigration(file, database, error.serverMessage ?? error.message, refusal);
    }
    const which = batch.length === 1 ? `Migration ${file}` : `Migrations ${file} to ${batch.at(-1).file}`;
    const next = migration.noTransaction
        ? 'It runs outside a transaction, so it is marked as started: re-run the job, and the next run says how to go on.'
        : 'Whether they committed, the database itself records: re-run the job, and the next run applies them or ' +
            'counts them as applied.';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError(`${which} on database "${database}": ${error.message} ${next}`, file, 1);
}
async function migrationFailure(migration, error, timeoutMs, unrecord) {
    const { database, file } = migration;
    if (error.code === 'access-denied')
        return error;
    if (!error.mayHaveActed) {
        const refused = refusedMigration(file, database, error.serverMessage ?? error.message, {
            timeoutMs,
            noTransaction: migration.noTransaction
        });
        try {
            await unrecord();
        }
        catch (unrecordError) {
            refused.message +=
                ` It stays marked dirty: clearing the mark failed (${unrecordError.message}). ` +
                    `Clear it with \`hasura migrate delete --version ${migration.version} --database-name ${database} ` +
                    '--server`, fix the migration and push again.';
        }
        return refused;
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError(`Migration ${file} on database "${database}": ${error.message} It stays marked dirty, as it may have been ` +
        `applied: check the database, then clear the mark with \`hasura migrate delete --version ${migration.version} ` +
        `--database-name ${database} --server\` and run again, or mark it applied with \`hasura migrate apply ` +
        `--skip-execution --version ${migration.version} --database-name ${database}\`.`, file, 1);
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MigrationRecords),
/* harmony export */   _: () => (/* binding */ versionKey)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * The Hasura CLI's record of applied migrations, kept in the catalog state (`get_catalog_state`):
 * `cli_state.migrations[<database>][<version>] = <dirty>`. A version is written dirty before its SQL runs and
 * clean after, so `hasura migrate status` and this action agree on what is applied. Versions are keys as the CLI
 * writes them (`%d` of the number); everything else in the CLI's state (settings, ...) is kept as found.
 */
class MigrationRecords {
    cliState;
    migrations;
    constructor(cliState) {
        this.cliState = cliState;
        const found = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(cliState.migrations) ? cliState.migrations : {};
        this.migrations = Object.fromEntries(Object.entries(found).map(([database, versions]) => [database, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(versions) ? { ...versions } : {}]));
    }
    /** Recorded, dirty or clean: the CLI too counts a dirty version as applied. */
    has(database, version) {
        return this.migrations[database]?.[versionKey(version)] !== undefined;
    }
    /** The versions of a database marked dirty. */
    dirtyVersions(database) {
        return Object.entries(this.migrations[database] ?? {})
            .filter(([, dirty]) => dirty !== false)
            .map(([version]) => version);
    }
    set(database, version, dirty) {
        this.migrations[database] = { ...this.migrations[database], [versionKey(version)]: dirty };
    }
    remove(database, version) {
        const versions = this.migrations[database];
        if (versions)
            delete versions[versionKey(version)];
    }
    /** The records of a database: each version (as versionKey writes it) and whether it is marked dirty. */
    versions(database) {
        return Object.entries(this.migrations[database] ?? {}).map(([version, dirty]) => [version, dirty !== false]);
    }
    /** The records of a database become exactly these versions, clean. */
    replace(database, versions) {
        this.migrations[database] = Object.fromEntries([...versions].map((version) => [versionKey(version), false]));
    }
    /** The CLI state to send with set_catalog_state. */
    toCliState() {
        return { ...this.cliState, migrations: structuredClone(this.migrations) };
    }
}
/** The CLI parses versions as integers and writes them back with `%d`: `0042` and `42` are one version. */
function versionKey(version) {
    return /^\d+$/.test(version) ? BigInt(version).toString() : version;
}


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ NO_TRANSACTION_MARKER),
/* harmony export */   Qm: () => (/* binding */ isNoTransaction),
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/**
 * What the action needs to know of a migration's SQL text without parsing it: whether it asks to run outside a
 * transaction, where its statements end (to send them one by one), and which line of the file a character is on.
 */
/**
 * The first line that makes a migration run outside a transaction, as the Hasura CLI reads it (`hasura migrate
 * apply --per-migration-transaction`): the file's first line, whitespace trimmed, is exactly this. hasura/graphql-engine
 * cli/migrate/migrate.go (`noTransactionMarker`, `detectNoTransactionComment`), commit ae63c77a0e4298e5fd640faa1372b4b1a153b0f6.
 */
const NO_TRANSACTION_MARKER = '-- hasura:no-transaction';
function isNoTransaction(sql) {
    const end = sql.indexOf('\n');
    return (end === -1 ? sql : sql.slice(0, end)).trim() === NO_TRANSACTION_MARKER;
}
const IDENTIFIER_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
/**
 * The statements of a SQL text, split at the semicolons Postgres ends statements with, as psql splits a file:
 * semicolons in strings ('', E'' with backslashes), quoted names, dollar-quoted bodies, comments (nested block
 * comments too) and SQL-standard function bodies (BEGIN ATOMIC ... END) do not end one. What holds only comments or
 * whitespace is left out.
 */
function splitStatements(sql) {
    const statements = [];
    let start = 0;
    let atomic = 0;
    let i = 0;
    const push = (end) => {
        const text = sql.slice(start, end);
        if (hasCode(text))
            statements.push({ text, start });
        start = end + 1;
    };
    while (i < sql.length) {
        const c = sql[i];
        const next = sql[i + 1];
        if (c === '-' && next === '-') {
            const end = sql.indexOf('\n', i);
            i = end === -1 ? sql.length : end + 1;
        }
        else if (c === '/' && next === '*') {
            i = blockCommentEnd(sql, i);
        }
        else if (c === "'") {
            const escapes = /[eE]/.test(sql[i - 1] ?? '') && !IDENTIFIER_CHAR.test(sql[i - 2] ?? '');
            i = quotedEnd(sql, i, "'", escapes);
        }
        else if (c === '"') {
            i = quotedEnd(sql, i, '"', false);
        }
        else if (c === '$' && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
            const tag = DOLLAR_TAG.exec(sql.slice(i, i + 64))?.[0];
            if (tag) {
                const end = sql.indexOf(tag, i + tag.length);
                i = end === -1 ? sql.length : end + tag.length;
            }
            else {
                i++;
            }
        }
        else if (/[A-Za-z_]/.test(c) && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
            const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 64))[0];
            const upper = word.toUpperCase();
            if (upper === 'BEGIN' && /^\s+ATOMIC\b/i.test(sql.slice(i + word.length, i + word.length + 16)))
                atomic++;
            else if (atomic > 0 && upper === 'CASE')
                atomic++;
            else if (atomic > 0 && upper === 'END')
                atomic--;
            i += word.length;
        }
        else if (c === ';' && atomic === 0) {
            push(i);
            i++;
        }
        else {
            i++;
        }
    }
    push(sql.length);
    return statements;
}
function blockCommentEnd(sql, from) {
    let depth = 0;
    let i = from;
    while (i < sql.length) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
            depth++;
            i += 2;
        }
        else if (sql[i] === '*' && sql[i + 1] === '/') {
            depth--;
            i += 2;
            if (depth === 0)
                return i;
        }
        else {
            i++;
        }
    }
    return sql.length;
}
function quotedEnd(sql, from, quote, backslashes) {
    let i = from + 1;
    while (i < sql.length) {
        if (backslashes && sql[i] === '\\')
            i += 2;
        else if (sql[i] === quote && sql[i + 1] === quote)
            i += 2;
        else if (sql[i] === quote)
            return i + 1;
        else
            i++;
    }
    return sql.length;
}
/** Whether a piece of SQL holds more than comments and whitespace. */
function hasCode(text) {
    return (text
        .replace(/--[^\n]*/g, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim() !== '');
}
/**
 * The line of `sql` that a Postgres error position points at: `position` counts characters (code points, from 1) of
 * the text sent, which began `skipped` characters before `sql[from]`. Undefined when it points outside `sql` (at what
 * the action added around it).
 */
function lineAt(sql, position, skipped = 0, from = 0) {
    let characters = position - 1 - skipped;
    if (characters < 0)
        return undefined;
    let i = from;
    while (characters > 0 && i < sql.length) {
        i += (sql.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        characters--;
    }
    if (i >= sql.length)
        return undefined;
    let line = 1;
    for (let at = sql.indexOf('\n'); at !== -1 && at < i; at = sql.indexOf('\n', at + 1))
        line++;
    return line;
}


/***/ }),

/***/ 117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ getIntrospectionQuery)
/* harmony export */ });
/** @category Introspection */

/** Options controlling which fields are included in the introspection query. */

/**
 * Produce the GraphQL query recommended for a full schema introspection.
 * Accepts optional IntrospectionOptions.
 * @param options - Optional configuration for this operation.
 * @returns The resolved introspection query.
 * @example
 * ```ts
 * // Generate the default introspection query.
 * import { getIntrospectionQuery } from 'graphql/utilities';
 *
 * const query = getIntrospectionQuery();
 *
 * query.includes('__schema'); // => true
 * query.includes('description'); // => true
 * query.includes('specifiedByURL'); // => false
 * ```
 * @example
 * ```ts
 * // This variant customizes optional introspection fields and nesting depth.
 * import { getIntrospectionQuery } from 'graphql/utilities';
 *
 * const query = getIntrospectionQuery({
 *   descriptions: false,
 *   specifiedByUrl: true,
 *   directiveIsRepeatable: true,
 *   schemaDescription: true,
 *   inputValueDeprecation: true,
 *   experimentalDirectiveDeprecation: true,
 *   oneOf: true,
 *   typeDepth: 3,
 * });
 *
 * query.includes('description'); // => false
 * query.includes('specifiedByURL'); // => true
 * query.includes('isRepeatable'); // => true
 * query.includes('includeDeprecated: true'); // => true
 * query.includes('isOneOf'); // => true
 * (query.match(/ofType/g)?.length ?? 0) > 0; // => true
 * ```
 */
function getIntrospectionQuery(options) {
  const optionsWithDefault = {
    descriptions: true,
    specifiedByUrl: false,
    directiveIsRepeatable: false,
    schemaDescription: false,
    inputValueDeprecation: false,
    experimentalDirectiveDeprecation: false,
    oneOf: false,
    typeDepth: 9,
    ...options,
  };
  const descriptions = optionsWithDefault.descriptions ? 'description' : '';
  const specifiedByUrl = optionsWithDefault.specifiedByUrl
    ? 'specifiedByURL'
    : '';
  const directiveIsRepeatable = optionsWithDefault.directiveIsRepeatable
    ? 'isRepeatable'
    : '';
  const schemaDescription = optionsWithDefault.schemaDescription
    ? descriptions
    : '';

  function inputDeprecation(str) {
    return optionsWithDefault.inputValueDeprecation ? str : '';
  }

  function experimentalDirectiveDeprecation(str) {
    return optionsWithDefault.experimentalDirectiveDeprecation ? str : '';
  }

  const oneOf = optionsWithDefault.oneOf ? 'isOneOf' : '';

  function ofType(level, indent) {
    if (level <= 0) {
      return '';
    }

    if (level > 100) {
      throw new Error(
        'Please set typeDepth to a reasonable value between 0 and 100; the default is 9.',
      );
    }

    return `
${indent}ofType {
${indent}  name
${indent}  kind${ofType(level - 1, indent + '  ')}
${indent}}`;
  }

  return `
    query IntrospectionQuery {
      __schema {
        ${schemaDescription}
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives${experimentalDirectiveDeprecation(
          '(includeDeprecated: true)',
        )} {
          name
          ${descriptions}
          ${directiveIsRepeatable}
          ${experimentalDirectiveDeprecation('isDeprecated')}
          ${experimentalDirectiveDeprecation('deprecationReason')}
          locations
          args${inputDeprecation('(includeDeprecated: true)')} {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      ${descriptions}
      ${specifiedByUrl}
      ${oneOf}
      fields(includeDeprecated: true) {
        name
        ${descriptions}
        args${inputDeprecation('(includeDeprecated: true)')} {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields${inputDeprecation('(includeDeprecated: true)')} {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        ${descriptions}
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      ${descriptions}
      type { ...TypeRef }
      defaultValue
      ${inputDeprecation('isDeprecated')}
      ${inputDeprecation('deprecationReason')}
    }

    fragment TypeRef on __Type {
      kind
      name${ofType(optionsWithDefault.typeDepth, '      ')}
    }
  `;
}
/** The result shape returned by a full introspection query. */


/***/ })

};
