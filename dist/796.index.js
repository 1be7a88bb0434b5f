export const id = 796;
export const ids = [796,992];
export const modules = {

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ databaseError),
/* harmony export */   Mn: () => (/* binding */ LOCK_TIMEOUT_SECONDS),
/* harmony export */   a$: () => (/* binding */ DatabaseError),
/* harmony export */   as: () => (/* binding */ noCreatedb),
/* harmony export */   cC: () => (/* binding */ CONNECT_TIMEOUT_MS),
/* harmony export */   jt: () => (/* binding */ templateMissing),
/* harmony export */   qd: () => (/* binding */ noCreaterole)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4408);


/**
 * A preview database could not be made, found or dropped. The message names the input to fix and says how, and
 * never contains the server URL or its password.
 */
class DatabaseError extends Error {
    input;
    name = 'DatabaseError';
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
const CONNECT_TIMEOUT_MS = 10_000;
const LOCK_TIMEOUT_SECONDS = 60;
const SERVER = 'the Postgres server of postgres-server-url';
const THE_SERVER = 'The Postgres server of postgres-server-url';
const NETWORK = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'its host name does not resolve',
    EAI_AGAIN: 'its host name could not be resolved now',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ECONNRESET: 'the connection was reset'
};
/** A failure from pg (a network error, a server error with its SQLSTATE, or the driver's own) as a DatabaseError. */
function databaseError(error, step, server) {
    if (error instanceof DatabaseError)
        return error;
    const code = errorCode(error);
    const said = (0,_url_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(error instanceof Error ? error.message : String(error), server.url);
    const role = server.role ? pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(server.role) : 'the role of postgres-server-url';
    const network = NETWORK[code];
    if (network || said === 'timeout expired') {
        const why = network ?? `no answer within ${(server.connectTimeoutMs ?? CONNECT_TIMEOUT_MS) / 1000} s`;
        return new DatabaseError(`Could not reach ${SERVER} (${why}). Check the host and port in the URL, that the server is running, ` +
            'and that it accepts connections from the runner (firewall, allow-list).', 'postgres-server-url');
    }
    if (code === '28P01' || said.startsWith('SASL:')) {
        return new DatabaseError(`${THE_SERVER} rejected the user name or password (${code || said}). ` +
            'Check the credentials in the URL, with @ : / ? # % in the password percent-encoded.', 'postgres-server-url');
    }
    if (code === '28000') {
        return new DatabaseError(`${THE_SERVER} refused the login (28000: ${said}). Check the user in the URL, that the role may log in ` +
            '(LOGIN), and that the server admits connections from the runner (pg_hba.conf).', 'postgres-server-url');
    }
    if (code === '55P03') {
        return new DatabaseError(`Waited ${LOCK_TIMEOUT_SECONDS} s for another run working on the preview database on ${SERVER} ` +
            '(or on its template). Re-run the job once that run has finished.', 'postgres-server-url');
    }
    switch (step.kind) {
        case 'connect':
            if (code === '3D000') {
                return new DatabaseError(`The database named in postgres-server-url does not exist on its server. Name an existing one ` +
                    '(postgres) in the URL path, or leave the path empty.', 'postgres-server-url');
            }
            return new DatabaseError(`Could not connect to ${SERVER}: ${said}${code ? ` (${code})` : ''}. Check the URL and its sslmode.`, 'postgres-server-url');
        case 'create':
            return createError(step, code, said, role) ?? otherError(`create the database "${step.database}"`, code, said);
        case 'drop':
            if (code === '42501') {
                return new DatabaseError(`The role ${role} may not drop the preview database "${step.database}" or end its sessions (${said}). ` +
                    'Use the role that created it (its owner) in postgres-server-url, or grant that role pg_signal_backend.', 'postgres-server-url');
            }
            if (code === '55006') {
                return new DatabaseError(`The preview database "${step.database}" still has sessions that could not be ended (${said}). ` +
                    'Stop what connects to it and re-run.', 'postgres-server-url');
            }
            return otherError(`drop the database "${step.database}"`, code, said);
        case 'role':
            if (code === '42501')
                return noCreaterole(role);
            return otherError(`make the role of the preview "${step.database}"`, code, said);
        case 'work':
            return otherError(`${step.doing} "${step.database}"`, code, said);
    }
}
function createError(step, code, said, role) {
    const template = step.template;
    if (template && code === '3D000')
        return templateMissing(template);
    if (template && code === '55006') {
        return new DatabaseError(`The template database "${template}" named by database-template is in use: Postgres copies a database only ` +
            'while no other session is connected to it. Close those connections (an app or a Hasura project using it) ' +
            'and re-run.', 'database-template');
    }
    if (template && code === '42501' && /copy database/i.test(said)) {
        return new DatabaseError(`The role ${role} may not copy the database "${template}" named by database-template. Mark it as a template ` +
            `(ALTER DATABASE ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(template)} IS_TEMPLATE true) or make the role its owner.`, 'database-template');
    }
    if (code === '42501')
        return noCreatedb(role);
    return undefined;
}
/** `role`: quoted, as in SQL. */
function noCreatedb(role) {
    return new DatabaseError(`The role ${role} of postgres-server-url may not create databases. Grant it the right as a superuser ` +
        `(ALTER ROLE ${role} CREATEDB) or use a role that has it.`, 'postgres-server-url');
}
/** `role`: quoted, as in SQL. */
function noCreaterole(role) {
    return new DatabaseError(`The role ${role} of postgres-server-url may not create roles: each preview database gets a login role of its ` +
        `own, so that a pull request's migrations reach no other database. Grant it the right as a superuser ` +
        `(ALTER ROLE ${role} CREATEDB CREATEROLE) or use a role that has it.`, 'postgres-server-url');
}
function templateMissing(template) {
    return new DatabaseError(`The template database "${template}" named by database-template does not exist on ${SERVER}. ` +
        'Check its name (case matters) or create it first.', 'database-template');
}
function otherError(what, code, said) {
    return new DatabaseError(`Could not ${what} on ${SERVER}: ${said}${code ? ` (${code})` : ''}.`, 'postgres-server-url');
}
/** A SQLSTATE from the server, or a Node network code (Node 20's AggregateError for several addresses included). */
function errorCode(error) {
    const { code, errors } = (error ?? {});
    if (typeof code === 'string')
        return code;
    if (Array.isArray(errors))
        return errorCode(errors[0]);
    return '';
}


/***/ }),

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previewLedger: () => (/* binding */ previewLedger)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9942);



/**
 * The record of applied migrations that a preview database keeps itself, written in the transaction of each
 * migration: what it says committed, committed. The CLI's catalog state (what `hasura migrate status` reads) lives
 * elsewhere and can lag behind a killed run; for a database the action made, this record is the truth and the
 * catalog state is brought in line with it, so no half-known migration ever needs a person.
 */
const TABLE = 'hdb_catalog.hasura_cloud_action_migrations';
/** A seed file is recorded as `seed:<its path in the project>`, beside the migrations' versions. */
const SEED = 'seed:';
/** The lock a migration holds while it runs, and that a reader waits for: the same key for one database. */
function lockKey(database) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`hasura-cloud-tenant-action:migrations:${database}`)
        .digest()
        .readBigInt64BE(0)
        .toString();
}
/**
 * The ledger of the preview database at `url` (the preview role's URL: the role owns the database and the record).
 * `fresh`: the database was made (or replaced) by this run, so no record means nothing applied yet; otherwise no
 * record means a database made before the action kept one. `waitMs` bounds the wait for a migration still running.
 */
function previewLedger(url, database, fresh, waitMs) {
    const key = lockKey(database);
    return {
        async applied() {
            const client = new pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].Client */ .Ay.Client({
                connectionString: url,
                connectionTimeoutMillis: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_TIMEOUT_MS */ .cC,
                lock_timeout: waitMs,
                application_name: 'hasura-cloud-tenant-action'
            });
            client.on('error', () => { });
            const step = { kind: 'work', database, doing: 'read the record of applied migrations of' };
            try {
                await client.connect();
                await client.query('SELECT pg_advisory_lock($1::bigint)', [key]);
                const { rows } = await client.query(`SELECT to_regclass('${TABLE}') IS NOT NULL AS present`);
                if (!rows[0]?.present)
                    return fresh ? { versions: new Set(), seeds: new Set() } : undefined;
                const recorded = await client.query(`SELECT version FROM ${TABLE}`);
                const all = recorded.rows.map((row) => row.version);
                return {
                    versions: new Set(all.filter((version) => /^\d+$/.test(version))),
                    seeds: new Set(all.filter((version) => version.startsWith(SEED)).map((version) => version.slice(SEED.length)))
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .databaseError */ .Kz)(error, step, { url });
            }
            finally {
                await client.end().catch(() => { });
            }
        },
        wrap(entry, sql) {
            const [version, name] = 'seed' in entry ? [`${SEED}${entry.seed}`, 'seed'] : [entry.version, entry.name];
            // The lock goes first, on the migration's first line, so that the lines of its errors stay the file's lines.
            const lock = `SELECT pg_advisory_xact_lock(${key}); `;
            const record = `CREATE SCHEMA IF NOT EXISTS hdb_catalog;\n` +
                `CREATE TABLE IF NOT EXISTS ${TABLE} (version text PRIMARY KEY, name text NOT NULL, ` +
                `applied_at timestamptz NOT NULL DEFAULT now());\n` +
                `INSERT INTO ${TABLE} (version, name) VALUES (${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(version)}, ${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(name)});`;
            return `${lock}${sql}\n;\n${record}`;
        }
    };
}


/***/ }),

/***/ 9796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirectApplyError: () => (/* binding */ DirectApplyError),
/* harmony export */   applyDirectly: () => (/* binding */ applyDirectly)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9942);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1992);



/** A migration or seed file the database refused: the file, and the database's own message. */
class DirectApplyError extends Error {
    file;
    kind;
    reason;
    migrationsApplied;
    name = 'DirectApplyError';
    constructor(file, kind, 
    /** The database's message (SQLSTATE appended), never the SQL sent. */
    reason, 
    /** Migrations this run applied before it. */
    migrationsApplied) {
        super(`${kind === 'migration' ? 'Migration' : 'Seed file'} ${file}: ${reason}`);
        this.file = file;
        this.kind = kind;
        this.reason = reason;
        this.migrationsApplied = migrationsApplied;
    }
}
/**
 * Applies a new preview database's migrations (and its seeds, when asked) over our own connection as the preview's
 * role, while the tenant boots: the engine is not needed for a database it has not seen yet, and one session runs
 * them at the speed of the SQL itself. Each migration or seed file runs in its own transaction with its record in
 * the database's ledger (the engine path writes the same), so the ones before a failure stay applied and recorded,
 * and a run killed half-way is finished by the next; the schema apply then brings the CLI's catalog state in line.
 */
async function applyDirectly(url, database, migrations, seeds, options) {
    const ledger = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__.previewLedger)(url, database, options.fresh, options.waitMs);
    const recorded = (await ledger.applied()) ?? { versions: new Set(), seeds: new Set() };
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: url,
        connectionTimeoutMillis: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CONNECT_TIMEOUT_MS */ .cC,
        application_name: 'hasura-cloud-tenant-action'
    });
    client.on('error', () => { });
    const applied = [];
    let seeded = 0;
    try {
        await client.connect();
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .databaseError */ .Kz)(error, { kind: 'work', database, doing: 'apply the migrations of' }, { url });
    }
    try {
        for (const migration of migrations) {
            if (recorded.versions.has(BigInt(migration.version).toString()))
                continue;
            const sql = ledger.wrap({ version: BigInt(migration.version).toString(), name: migration.name }, migration.sql);
            await run(client, sql, migration.file, 'migration', applied.length);
            applied.push(migration);
        }
        for (const seed of seeds) {
            if (recorded.seeds.has(seed.file))
                continue;
            await run(client, ledger.wrap({ seed: seed.file }, seed.sql), seed.file, 'seed', applied.length);
            seeded++;
        }
    }
    finally {
        await client.end().catch(() => { });
    }
    return { migrations: applied, seeds: seeded };
}
/** One file, in its own (implicit) transaction: a simple query of several statements commits or rolls back whole. */
async function run(client, sql, file, kind, before) {
    try {
        await client.query(sql);
    }
    catch (error) {
        const { message, code } = error;
        if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code))
            throw error;
        throw new DirectApplyError(file, kind, `${message ?? 'failed'} (SQLSTATE ${code})`, before);
    }
}


/***/ })

};
