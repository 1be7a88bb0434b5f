export const id = 226;
export const ids = [226,679,871];
export const modules = {

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyProject: () => (/* binding */ applyProject),
/* harmony export */   applyProjectAt: () => (/* binding */ applyProjectAt),
/* harmony export */   refusedMigration: () => (/* binding */ refusedMigration)
/* harmony export */ });
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9317);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6871);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _metadata_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5503);
/* harmony import */ var _migration_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(733);





/**
 * Apply a Hasura project as `hasura deploy` does, over the project's own APIs: (a) the metadata, only when it
 * differs from the engine's (allowing inconsistency: the tables come with the migrations that follow); (b) each
 * database's migrations not recorded yet, in version order, recorded in the CLI's catalog state (dirty before the
 * SQL runs, clean after) so that `hasura migrate status` agrees; (c) a metadata reload, failing on inconsistency.
 */
/** Apply the project to the engine at `endpoint` (the project's base or GraphQL URL), with its admin secret. */
function applyProjectAt(project, endpoint, adminSecret, log, options) {
    return applyProject(project, new _client_js__WEBPACK_IMPORTED_MODULE_1__.EngineClient({ endpoint, adminSecret }), log, options);
}
async function applyProject(project, engine, log, options) {
    const callsBefore = engine.calls;
    // Both reads first, so that a dirty migration record stops the step before any write.
    const exported = await engine.exportMetadata();
    const metadataChanged = !(0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .sameMetadata */ .at)(project.metadata, exported);
    const records = new _migration_records_js__WEBPACK_IMPORTED_MODULE_4__/* .MigrationRecords */ .Z((await engine.getCatalogState()).cliState);
    const databases = migrationsByDatabase(project);
    const ledgers = options.ledgers ?? new Map();
    const { corrected, seeded } = await alignWithLedgers(ledgers, records, log);
    refuseDirtyRecords(project, databases, records, ledgers);
    const pending = new Map([...databases].map(([name, all]) => [name, all.filter((m) => !records.has(name, m.version))]));
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
    try {
        await applyMigrations(pending, engine, records, ledgers, options.migrationTimeoutMs, corrected, (migration) => {
            result.migrationsApplied.push(migration);
            const counts = result.databases[migration.database];
            counts.applied++;
            counts.pending--;
            result.migrationsPending = result.migrationsPending.filter((m) => m !== migration);
        });
    }
    catch (error) {
        // How many ran before the one that failed: the step's output says it too.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError)
            error.migrationsApplied = result.migrationsApplied.length;
        throw error;
    }
    finally {
        for (const [name, migrations] of pending) {
            const applied = migrations.filter((m) => result.migrationsApplied.includes(m));
            if (applied.length > 0 || migrations.length === 0)
                log.info(migrationSummary(name, applied, databases, false));
        }
    }
    if (options.seeds) {
        result.seedsApplied = await applySeeds(project, engine, ledgers, seeded, options.seeds, options.migrationTimeoutMs, log);
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
    for (const [database, ledger] of ledgers) {
        const recorded = await ledger.applied();
        if (!recorded)
            continue;
        seeded.set(database, recorded.seeds);
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
    return { corrected: changed, seeded };
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
        const migration = migrations.find((m) => (0,_migration_records_js__WEBPACK_IMPORTED_MODULE_4__/* .versionKey */ ._)(m.version) === version);
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
 * state is written once, after the last one (or the first that failed).
 */
async function applyMigrations(pending, engine, records, ledgers, timeoutMs, corrected, onApplied) {
    // Records changed in memory since the last set_catalog_state (the ledgers' corrections first of all).
    let unsaved = corrected;
    const save = async () => {
        await engine.setCatalogState('cli', records.toCliState());
        unsaved = false;
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
                    const sqls = batch.map((m) => ledger.wrap({ version: (0,_migration_records_js__WEBPACK_IMPORTED_MODULE_4__/* .versionKey */ ._)(m.version), name: m.name }, m.sql));
                    // Each migration may take its own limit: a batch, the sum of theirs.
                    const limit = timeoutMs === undefined ? undefined : timeoutMs * batch.length;
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
                    for (const migration of batch.slice(0, committed)) {
                        records.set(database, migration.version, false);
                        unsaved = true;
                        onApplied(migration);
                    }
                    if (failed)
                        throw ledgeredFailure(batch[committed], failed.error, batch);
                }
                continue;
            }
            for (const migration of migrations) {
                // The dirty mark goes out with the clean marks before it, as the CLI's records want it; a cancelled run
                // lets the migration finish (critical) and writes its clean mark (above) before it exits.
                records.set(database, migration.version, true);
                await save();
                await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .critical */ .kD)(() => engine.runSql(database, migration.sql, { timeoutMs })).catch(async (error) => {
                    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
                        throw error;
                    throw await migrationFailure(migration, error, async () => {
                        records.remove(database, migration.version);
                        await save();
                    });
                });
                records.set(database, migration.version, false);
                unsaved = true;
                onApplied(migration);
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
/**
 * Migrations go to a database with a ledger in batches, one `bulk` request each: one round trip for many, and so
 * that a request stays a reasonable size.
 */
const BATCH_MIGRATIONS = 50;
const BATCH_BYTES = 1_000_000;
function batches(migrations) {
    const out = [];
    let current = [];
    let bytes = 0;
    for (const migration of migrations) {
        if (current.length > 0 && (current.length >= BATCH_MIGRATIONS || bytes + migration.sql.length > BATCH_BYTES)) {
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
 * A database's `done` runs once all its files are in. How many files this run applied.
 */
async function applySeeds(project, engine, ledgers, seeded, plan, timeoutMs, log) {
    let applied = 0;
    for (const [database, done] of plan.pending) {
        const ledger = ledgers.get(database);
        if (!ledger)
            continue;
        const already = seeded.get(database) ?? new Set();
        const files = project.seeds.filter((seed) => seed.database === database && !already.has(seed.file));
        for (const seed of files) {
            await engine
                .runSql(database, ledger.wrap({ seed: seed.file }, seed.sql), { timeoutMs })
                .catch((error) => {
                if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.EngineError))
                    throw error;
                const reason = (error.serverMessage ?? error.message).replace(/\.$/, '');
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Seed file ${seed.file} failed on database "${database}": ${reason}. The seed files before it are in; fix it ` +
                    'and push again (the next run applies the rest).', seed.file, 1);
            });
            applied++;
        }
        await done();
        log.info(`Applied ${files.length} seed file${files.length === 1 ? '' : 's'} to ${database}.`);
    }
    return applied;
}
/**
 * What a database message says is missing from the server itself (an extension, or what one would bring: TimescaleDB's
 * create_hypertable, pgvector's vector type), and the two fixes; '' for any other failure.
 */
function missingExtension(reason) {
    const extension = /extension "([^"]+)" is not available/i.exec(reason)?.[1] ??
        /could not open extension control file "[^"]*\/([^"/]+)\.control"/i.exec(reason)?.[1] ??
        (/function create_hypertable\(/i.test(reason) ? 'timescaledb' : undefined) ??
        (/type "vector" does not exist/i.test(reason) ? 'vector' : undefined);
    if (!extension)
        return '';
    return (` The database server lacks the extension ${extension}: install it on the server (for the preview databases, the ` +
        'server of postgres-server-url), or give a database-template that has it (CREATE EXTENSION in the template), ' +
        'or create the extension in an earlier migration if the server has it but the database does not.');
}
/**
 * The database refused a migration (its transaction rolled back): where, why, what stays, and the fix when the server
 * lacks an extension. For the engine's run_sql and the direct path alike.
 */
function refusedMigration(file, database, message) {
    const reason = message.replace(/\.$/, '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Migration ${file} failed on database "${database}": ${reason}. The migrations before it stay applied, and it ` +
        `is not; fix it and push again.${missingExtension(reason)}`, file, 1);
}
/** A migration of a database with a ledger failed: its record settles what happened, nobody needs to. */
/**
 * A batch of migrations the engine did not carry out in full: `migration` is the one it refused, or, when the outcome
 * is unknown (a timeout, a lost answer), the batch's first.
 */
function ledgeredFailure(migration, error, batch) {
    const { database, file } = migration;
    if (error.code === 'access-denied')
        return error;
    if (!error.mayHaveActed)
        return refusedMigration(file, database, error.serverMessage ?? error.message);
    const which = batch.length === 1 ? `Migration ${file}` : `Migrations ${file} to ${batch.at(-1).file}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`${which} on database "${database}": ${error.message} Whether they committed, the database itself ` +
        'records: re-run the job, and the next run applies them or counts them as applied.', file, 1);
}
async function migrationFailure(migration, error, unrecord) {
    const { database, file } = migration;
    if (error.code === 'access-denied')
        return error;
    if (!error.mayHaveActed) {
        let record = 'It is not recorded as applied; fix it and push again.';
        try {
            await unrecord();
        }
        catch (unrecordError) {
            record =
                `It did not apply, but stays marked dirty: clearing the mark failed (${unrecordError.message}). ` +
                    `Clear it with \`hasura migrate delete --version ${migration.version} --database-name ${database} ` +
                    '--server`, fix the migration and push again.';
        }
        const reason = (error.serverMessage ?? error.message).replace(/\.$/, '');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Migration ${file} failed on database "${database}": ${reason}. ` +
            `The migrations before it stay applied. ${record}${missingExtension(reason)}`, file, 1);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.SchemaError(`Migration ${file} on database "${database}": ${error.message} It stays marked dirty, as it may have been ` +
        `applied: check the database, then clear the mark with \`hasura migrate delete --version ${migration.version} ` +
        `--database-name ${database} --server\` and run again, or mark it applied with \`hasura migrate apply ` +
        `--skip-execution --version ${migration.version} --database-name ${database}\`.`, file, 1);
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
    if (!match || !(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.isObject)(source) || typeof source.name !== 'string') {
        const kind = /^\$\.args\.metadata\.(\w+)/.exec(path ?? '')?.[1];
        return { type: kind ?? 'metadata' };
    }
    const tables = Array.isArray(source.tables) ? source.tables : [];
    const entry = match[2] === undefined ? undefined : tables[Number(match[2])];
    const table = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.isObject)(entry) ? entry.table : undefined;
    const name = typeof table === 'string' ? { schema: 'public', name: table } : (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.isObject)(table) ? table : undefined;
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
/* harmony export */   engineBaseUrl: () => (/* binding */ engineBaseUrl),
/* harmony export */   isObject: () => (/* binding */ isObject)
/* harmony export */ });
/* harmony import */ var _core_endpoints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1569);
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
        if (!isObject(answer))
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
        if (!isObject(answer))
            throw invalidAnswer('get_catalog_state');
        return {
            cliState: isObject(answer.cli_state) ? answer.cli_state : {},
            consoleState: isObject(answer.console_state) ? answer.console_state : {}
        };
    }
    /** Replaces the whole state of one kind (`cli` holds the migration records). */
    async setCatalogState(type, state) {
        await this.metadata('set_catalog_state', { args: { type, state } });
    }
    /** Runs SQL on one database (metadata source) in one transaction. Never sent twice blindly. */
    async runSql(source, sql, options = {}) {
        const args = { source, sql, cascade: options.cascade ?? false, read_only: options.readOnly ?? false };
        const answer = await this.send('/v2/query', 'run_sql', { type: 'run_sql', args }, false, options.timeoutMs);
        if (!isObject(answer) || (answer.result_type !== 'CommandOk' && answer.result_type !== 'TuplesOk')) {
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
    metadata(type, request) {
        return this.send('/v1/metadata', type, { type, ...request }, true);
    }
    async send(path, type, body, idempotent, timeoutMs = this.timeoutMs) {
        const url = this.baseUrl + path;
        const payload = JSON.stringify(body);
        let answer;
        try {
            answer = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => {
                this.sent++;
                const response = await (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .httpRequest */ .aj)(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': this.adminSecret },
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
        base = new URL((0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_4__/* .projectBase */ .zO)(endpoint));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`The project endpoint "${endpoint}" is not a URL.`, 'endpoint');
    }
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U9)(base))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.EngineError(`The project endpoint ${base.origin} is not https: the admin secret is only sent over https (or to a loopback host).`, 'endpoint');
    }
    return (0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_4__/* .projectBase */ .zO)(endpoint);
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
    const failure = isObject(body) ? body : {};
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
    const error = isObject(internal) && isObject(internal.error) ? internal.error : undefined;
    if (!error || typeof error.message !== 'string')
        return undefined;
    return { message: error.message, state: typeof error.status_code === 'string' ? error.status_code : undefined };
}
function toConsistency(answer) {
    if (!isObject(answer) || typeof answer.is_consistent !== 'boolean')
        return null;
    const objects = inconsistentObjects(answer.inconsistent_objects);
    if (!answer.is_consistent && objects.length === 0 && !Array.isArray(answer.inconsistent_objects))
        return null;
    return { isConsistent: answer.is_consistent, inconsistentObjects: objects };
}
function inconsistentObjects(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).map((object) => ({
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EngineError: () => (/* binding */ EngineError),
/* harmony export */   SchemaError: () => (/* binding */ SchemaError),
/* harmony export */   bulkFailureIndex: () => (/* binding */ bulkFailureIndex)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * A call to a project's own API (`/v1/metadata`, `/v2/query`) failed. The message names the call and carries the
 * server's own message; never the admin secret, the SQL sent or the values of a row (Hasura's `internal` holds the
 * statement and the database's row detail, so only the database's message is kept).
 */
class EngineError extends Error {
    call;
    name = 'EngineError';
    status;
    code;
    serverMessage;
    path;
    mayHaveActed;
    inconsistencies;
    constructor(message, 
    /** The request type, e.g. `replace_metadata`, `run_sql`. */
    call, details = {}) {
        super(message);
        this.call = call;
        this.status = details.status;
        this.code = details.code;
        this.serverMessage = details.serverMessage;
        this.path = details.path;
        this.mayHaveActed = details.mayHaveActed ?? false;
        this.inconsistencies = details.inconsistencies ?? [];
    }
}
/** Applying a `hasura-project` failed at a file of it: annotated at that file and line. */
class SchemaError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f {
    name = 'SchemaError';
    /** For a failed migration: how many migrations this run applied before it. */
    migrationsApplied;
    constructor(message, file, line) {
        super(message, file, line, 'hasura-project');
    }
}
/**
 * Which item of a `bulk` request failed: the engine runs the items with `indexedMapM`, which prefixes an item's
 * error path with its index (`$[2]`, `$[2].args`; graphql-engine server/src-lib/Hasura/Base/Error.hs and
 * Server/API/V2Query.hs). Undefined when the path names no item (the request as a whole was refused).
 */
function bulkFailureIndex(error) {
    const match = /^\$(?:\.args)?\[(\d+)\]/.exec(error.path ?? '');
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ sameMetadata),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   jR: () => (/* binding */ normalizeMetadata)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6871);

/**
 * Whether two metadata documents mean the same, so that an unchanged push sends no `replace_metadata`. The
 * engine's export differs from the files in ways that carry no meaning, all evened out here: key order; keys it
 * leaves out when empty or null (`object_relationships: []`, `comment: null`, `remote_schemas: []`); defaults it
 * writes out (a source's `kind: postgres`, `isolation_level: read-committed`, `use_prepared_statements: false`);
 * a table named by a string (`author` is `{schema: public, name: author}`); and the order of lists whose items
 * are named (sources, tables, relationships, permissions by role).
 */
function sameMetadata(a, b) {
    return canonicalJson(normalizeMetadata(a)) === canonicalJson(normalizeMetadata(b));
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
/** A permission's boolean expressions and column presets. */
const CONDITION_KEYS = new Set(['filter', 'check', 'set']);
function normalizeMetadata(metadata, mode = 'apply') {
    const copy = structuredClone(metadata);
    for (const source of Array.isArray(copy.sources) ? copy.sources : []) {
        if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(source))
            continue;
        source.kind ??= 'postgres';
        const info = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(source.configuration) ? source.configuration.connection_info : undefined;
        if (source.kind === 'postgres' && (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(info)) {
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
    if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value))
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
    if (mode === 'review' && key !== undefined && CONDITION_KEYS.has(key) && (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value)) {
        return Object.keys(value).length > 0 ? value : undefined;
    }
    if (mode === 'review' && value === false)
        return undefined;
    if (Array.isArray(value)) {
        const items = value.map((item) => prune(item, undefined, mode)).filter((item) => item !== undefined);
        const name = key === undefined ? undefined : NAMED_LISTS[key];
        if (name && items.every(_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)) {
            items.sort((x, y) => compare(canonicalJson(name(x)), canonicalJson(name(y))));
        }
        return items.length > 0 ? items : undefined;
    }
    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value)) {
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
    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value)) {
        const keys = Object.keys(value).sort(compare);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MigrationRecords),
/* harmony export */   _: () => (/* binding */ versionKey)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6871);

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
        const found = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(cliState.migrations) ? cliState.migrations : {};
        this.migrations = Object.fromEntries(Object.entries(found).map(([database, versions]) => [database, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(versions) ? { ...versions } : {}]));
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


/***/ })

};
