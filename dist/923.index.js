export const id = 923;
export const ids = [923];
export const modules = {

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PreviewDatabases: () => (/* binding */ PreviewDatabases)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/preview/pull-request.ts
var pull_request = __webpack_require__(4877);
;// CONCATENATED MODULE: ./src/preview/tag.ts

/**
 * The database comment that ties a preview database to its pull request, in the one format later versions parse
 * back: `hasura-cloud-tenant-action: preview of <owner>/<repo>#<number>` (the tenant marker's text).
 */
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of ';
const TAG = /^hasura-cloud-tenant-action: preview of ([^\s/#]+)\/([^\s/#]+)#([1-9][0-9]{0,9})$/;
function previewTag(pr) {
    return `${TAG_PREFIX}${(0,pull_request/* pullRequestText */.q)(pr)}`;
}
/** The pull request a database comment names, or undefined when the comment is not this action's tag. */
function parsePreviewTag(comment) {
    const match = TAG.exec(comment ?? '');
    if (!match)
        return undefined;
    return { owner: match[1], repo: match[2], number: Number(match[3]) };
}
/** Does the comment tag the database as this pull request's preview? */
function isTaggedFor(comment, pr) {
    const tagged = parsePreviewTag(comment);
    return tagged !== undefined && (0,pull_request/* samePullRequest */.h)(tagged, pr);
}

// EXTERNAL MODULE: ./src/database/url.ts
var database_url = __webpack_require__(4408);
;// CONCATENATED MODULE: ./src/database/errors.ts


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
    const said = (0,database_url/* redact */.E$)(error instanceof Error ? error.message : String(error), server.url);
    const role = server.role ? esm/* default.escapeIdentifier */.Ay.escapeIdentifier(server.role) : 'the role of postgres-server-url';
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
            `(ALTER DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(template)} IS_TEMPLATE true) or make the role its owner.`, 'database-template');
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

;// CONCATENATED MODULE: ./src/database/preview-database.ts






/** Postgres's identifier limit: a longer name is cut silently, and could then name another database. */
const MAX_NAME_BYTES = 63;
const APPLICATION_NAME = 'hasura-cloud-tenant-action';
const FORCE_DROP_VERSION = 130000;
/**
 * Preview databases on the Postgres server of `postgres-server-url`, over one admin connection. A database is
 * used, reset or dropped only when its comment tags it as this pull request's preview (see tag.ts).
 */
class PreviewDatabases {
    client;
    serverUrl;
    session;
    log;
    closed = false;
    constructor(client, serverUrl, session, log) {
        this.client = client;
        this.serverUrl = serverUrl;
        this.session = session;
        this.log = log;
    }
    /**
     * Connect to the URL's own database (`postgres` when it names none), honouring its query (sslmode, ...).
     * `connectTimeoutMs` (default CONNECT_TIMEOUT_MS) bounds the wait for a server that does not answer.
     */
    static async connect(serverUrl, log, options = {}) {
        (0,database_url/* validatePostgresUrl */.$1)(serverUrl, 'postgres-server-url');
        const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
        const server = { url: serverUrl, connectTimeoutMs };
        let client;
        try {
            client = new esm/* default.Client */.Ay.Client({
                connectionString: libpqSemantics((0,database_url/* namesDatabase */.k_)(serverUrl) ? serverUrl : (0,database_url/* databaseUrl */.FA)(serverUrl, 'postgres')),
                connectionTimeoutMillis: connectTimeoutMs,
                // Bounds the wait for a concurrent run (the advisory lock) and for sessions on a template; the URL may override.
                lock_timeout: LOCK_TIMEOUT_SECONDS * 1000,
                application_name: APPLICATION_NAME
            });
        }
        catch (error) {
            // Parsing the URL's query can fail too (an sslrootcert file that is missing, say).
            throw databaseError(error, { kind: 'connect' }, server);
        }
        // A connection lost later fails the next query, which reports it; without a listener it would crash the process.
        client.on('error', () => { });
        try {
            await client.connect();
            const { rows } = await client.query(`SELECT current_user AS role, current_database() AS database,
                current_setting('server_version_num')::int AS version,
                (SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user) AS "canCreate"`);
            return new PreviewDatabases(client, serverUrl, rows[0], log);
        }
        catch (error) {
            await client.end().catch(() => { });
            throw databaseError(error, { kind: 'connect' }, server);
        }
    }
    /**
     * Make the preview database, or find it (a re-run on the next push keeps its data). An existing database is used
     * only when its tag names `owner`; `reset` drops and recreates it. A dry run writes nothing and logs the plan.
     */
    async ensure(name, options) {
        this.checkName(name);
        const { owner, reset } = options;
        const template = options.template || undefined;
        this.checkTemplate(template);
        // A secret like the server URL it is made from: masked where it is made, before anyone can log it.
        const url = (0,database_url/* databaseUrl */.FA)(this.serverUrl, name);
        this.log.mask(url);
        const from = template ? ` from the template "${template}"` : '';
        if (options.dryRun) {
            const tag = await this.tagOf(name);
            if (tag !== undefined)
                this.requireOurs(name, tag, owner);
            if (tag !== undefined && !reset) {
                this.log.info(`Dry run: would keep the preview database "${name}" with its data.`);
                return { name, url, created: false, reset: false };
            }
            if (!this.session.canCreate)
                throw noCreatedb(esm/* default.escapeIdentifier */.Ay.escapeIdentifier(this.session.role));
            if (template)
                await this.requireTemplate(template);
            this.log.info(`Dry run: would ${tag === undefined ? 'create' : 'drop and recreate'} the preview database "${name}"${from}.`);
            return { name, url, created: tag === undefined, reset: tag !== undefined };
        }
        return this.holdingLock(name, async () => {
            const tag = await this.tagOf(name);
            if (tag !== undefined) {
                this.requireOurs(name, tag, owner);
                if (!reset) {
                    this.log.info(`Using the preview database "${name}" of this pull request; its data is kept.`);
                    return { name, url, created: false, reset: false };
                }
                // A missing template would otherwise show only after the drop, leaving no database at all.
                if (template)
                    await this.requireTemplate(template);
                await this.dropDatabase(name);
            }
            if (!(await this.createDatabase(name, template))) {
                // Another run made it between our look and our CREATE (one that does not share our lock): its tag decides.
                this.requireOurs(name, (await this.tagOf(name)) ?? null, owner);
                this.log.info(`Using the preview database "${name}" of this pull request, just made by another run.`);
                return { name, url, created: false, reset: false };
            }
            await this.tagDatabase(name, owner);
            this.log.info(tag === undefined
                ? `Created the preview database "${name}"${from}.`
                : `Reset the preview database "${name}": dropped and created again${from}.`);
            return { name, url, created: tag === undefined, reset: tag !== undefined };
        });
    }
    /**
     * End the sessions on the preview database and drop it, only when its tag names `owner`; the caller reports the
     * result. In a dry run, 'dropped' means it would be.
     */
    async drop(name, owner, options) {
        this.checkName(name);
        const decide = async () => {
            const tag = await this.tagOf(name);
            if (tag === undefined)
                return 'not-found';
            if (!isTaggedFor(tag, owner))
                return 'not-ours';
            if (!options.dryRun)
                await this.dropDatabase(name);
            return 'dropped';
        };
        return options.dryRun ? decide() : this.holdingLock(name, decide);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.client.end().catch(() => { });
    }
    checkName(name) {
        if (!/^[a-z0-9-]+$/.test(name)) {
            throw new DatabaseError(`The preview database name "${name}" may hold only lower-case letters, digits and "-".`, 'name');
        }
        if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
            throw new DatabaseError(`The preview database name "${name}" is ${Buffer.byteLength(name)} bytes long; Postgres allows ` +
                `${MAX_NAME_BYTES}. Give the preview a shorter name.`, 'name');
        }
        if (name === this.session.database) {
            throw new DatabaseError(`postgres-server-url names the database "${name}" itself, where the action connects to create and drop it. ` +
                'Point the URL at another database of the server, such as /postgres.', 'postgres-server-url');
        }
    }
    /** `undefined`: CREATE DATABASE copies template1. */
    checkTemplate(template) {
        if (template && Buffer.byteLength(template) > MAX_NAME_BYTES) {
            throw new DatabaseError(`database-template must name a database of at most ${MAX_NAME_BYTES} bytes.`, 'database-template');
        }
        if ((template ?? 'template1') === this.session.database) {
            throw new DatabaseError(`postgres-server-url connects to the database "${this.session.database}", which CREATE DATABASE would copy` +
                `${template ? ' (database-template)' : ''}: Postgres copies a database only while no other session is ` +
                'connected to it. Point the URL at another database, such as /postgres.', template ? 'database-template' : 'postgres-server-url');
        }
    }
    /** The database's comment: undefined when there is no such database, null when it has none. */
    async tagOf(name) {
        const { rows } = await this.query({ kind: 'work', database: name, doing: 'look up the database' }, "SELECT shobj_description(oid, 'pg_database') AS tag FROM pg_database WHERE datname = $1", [name]);
        return rows[0] ? rows[0].tag : undefined;
    }
    requireOurs(name, tag, owner) {
        if (isTaggedFor(tag, owner))
            return;
        const tagged = parsePreviewTag(tag);
        const why = tagged
            ? `it is the preview of ${(0,pull_request/* pullRequestText */.q)(tagged)}`
            : tag === null
                ? 'it carries no tag of this action'
                : 'its comment is not the tag of this action';
        throw new DatabaseError(`The database "${name}" exists on the server of postgres-server-url and is not this pull request's preview ` +
            `(${why}); the action leaves it untouched. Drop or rename it, or point postgres-server-url at another server.`, 'postgres-server-url');
    }
    async requireTemplate(template) {
        const { rowCount } = await this.query({ kind: 'work', database: template, doing: 'look up the template database' }, 'SELECT 1 FROM pg_database WHERE datname = $1', [template]);
        if (!rowCount)
            throw templateMissing(template);
    }
    /** False when the database exists already: a concurrent CREATE won (42P04, or 23505 on pg_database's index). */
    async createDatabase(name, template) {
        const sql = `CREATE DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}${template ? ` TEMPLATE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(template)}` : ''}`;
        try {
            await this.client.query(sql);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (code === '42P04' || code === '23505')
                return false;
            throw this.failure(error, { kind: 'create', database: name, template });
        }
    }
    async tagDatabase(name, owner) {
        try {
            await this.query({ kind: 'work', database: name, doing: 'tag the database' }, `COMMENT ON DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(previewTag(owner))}`);
        }
        catch (error) {
            // An untagged database would block every later run of this pull request: remove the empty one just made.
            await this.client.query(`DROP DATABASE IF EXISTS ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}`).catch(() => { });
            throw error;
        }
    }
    /** End the other sessions, then drop; WITH (FORCE) (Postgres 13+) also ends any that reconnected meanwhile. */
    async dropDatabase(name) {
        const step = { kind: 'drop', database: name };
        await this.query(step, 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        const force = this.session.version >= FORCE_DROP_VERSION ? ' WITH (FORCE)' : '';
        await this.query(step, `DROP DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}${force}`);
    }
    /**
     * Runs that work on the same preview database take turns (an advisory lock of the admin database), so a second
     * run finds the first one's database tagged instead of half made. The session's end releases it too.
     */
    async holdingLock(name, work) {
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${APPLICATION_NAME}:database:${name}`).digest().readBigInt64BE(0);
        const step = { kind: 'work', database: name, doing: 'wait for other runs on the database' };
        await this.query(step, 'SELECT pg_advisory_lock($1::bigint)', [key.toString()]);
        try {
            return await work();
        }
        finally {
            await this.client.query('SELECT pg_advisory_unlock($1::bigint)', [key.toString()]).catch(() => { });
        }
    }
    async query(step, sql, values) {
        try {
            return await this.client.query(sql, values);
        }
        catch (error) {
            throw this.failure(error, step);
        }
    }
    failure(error, step) {
        return databaseError(error, step, { url: this.serverUrl, role: this.session.role });
    }
}
/**
 * The URL is written for the project's engine, which reads `sslmode` as libpq does (`require`: encrypted, the
 * certificate not verified); pg 8 alone would verify it. Our own connection asks pg for libpq's meaning.
 */
function libpqSemantics(url) {
    if (!/[?&]sslmode=/i.test(url) || /[?&]uselibpqcompat=/i.test(url))
        return url;
    return `${url}${url.includes('?') ? '&' : '?'}uselibpqcompat=true`;
}


/***/ })

};
