export const id = 628;
export const ids = [628,713];
export const modules = {

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `1 role`, `3 roles`: a count and its noun, for logs, messages and comments alike. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PostgresConnector: () => (/* binding */ PostgresConnector),
/* harmony export */   j: () => (/* binding */ APPLICATION_NAME)
/* harmony export */ });
/* unused harmony export MAX_SESSIONS */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9942);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(352);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4408);




/** How every session of the action introduces itself: in pg_stat_activity, and in the keys of its advisory locks. */
const APPLICATION_NAME = 'hasura-cloud-tenant-action';
/**
 * The most sessions a run holds on the server at once: the admin session for the whole run, and two more (a
 * template's hand-over, a ledger read, the direct migrations). Free tiers allow few connections in all.
 */
const MAX_SESSIONS = 3;
/** What pg would read from the URL itself and the action decides: the TLS (below) and the session's name. */
const DECIDED_HERE = [
    'sslmode',
    'sslrootcert',
    'sslcert',
    'sslkey',
    'sslpassword',
    'sslnegotiation',
    'uselibpqcompat',
    'ssl',
    'application_name'
];
/**
 * The one way the action opens a Postgres session (admin, template hand-over, ledger, direct migrations and seeds):
 * TLS as libpq reads the server URL's sslmode (see tls.ts), one application name, a bounded connect and lock wait,
 * and at most MAX_SESSIONS sessions at once (a further open waits for a close). Every URL it opens is the server's:
 * the server URL itself, or the same host with another database or role.
 */
class PostgresConnector {
    tls;
    options;
    attempts;
    gate;
    constructor(tls, options = {}) {
        this.tls = tls;
        this.options = options;
        this.attempts = (0,_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .tlsAttempts */ .eG)(tls);
        this.gate = new SessionGate(options.maxSessions ?? MAX_SESSIONS);
    }
    async open(url, options) {
        const release = await this.gate.acquire();
        try {
            const client = await this.connect(url, options);
            let closed = false;
            return {
                client,
                close: async () => {
                    if (closed)
                        return;
                    closed = true;
                    try {
                        await client.end();
                    }
                    catch {
                        // Already ended (the server went away): the place is free all the same.
                    }
                    finally {
                        release();
                    }
                }
            };
        }
        catch (error) {
            release();
            throw error;
        }
    }
    /** libpq's order for allow and prefer: the other way when the server refuses the first (and then first next time). */
    async connect(url, options) {
        const connectTimeoutMs = this.options.connectTimeoutMs ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CONNECT_TIMEOUT_MS */ .cC;
        const attempts = this.attempts;
        for (const [index, ssl] of attempts.entries()) {
            const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
                connectionString: (0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutParams */ .BG)(url, DECIDED_HERE),
                ssl,
                application_name: APPLICATION_NAME,
                connectionTimeoutMillis: connectTimeoutMs,
                lock_timeout: options.lockTimeoutMs ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCK_TIMEOUT_SECONDS */ .Mn * 1000
            });
            // A session lost later fails its next query, which reports it; without a listener it would crash the process.
            client.on('error', () => { });
            try {
                await client.connect();
                if (index > 0)
                    this.attempts = [ssl, ...attempts.filter((attempt) => attempt !== ssl)];
                return client;
            }
            catch (error) {
                await client.end().catch(() => { });
                if (index + 1 < attempts.length && refusedThisWay(error, ssl))
                    continue;
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .databaseError */ .Kz)(error, options.step, { url, connectTimeoutMs, tls: this.tls });
            }
        }
        throw new Error('PostgresConnector: no connection attempt');
    }
}
/** The server turned this kind of session down (not the password, not the network): the other kind may pass. */
function refusedThisWay(error, ssl) {
    const { code, message } = (error ?? {});
    // pg's words when the server answers the TLS request with "no".
    if (ssl && message === 'The server does not support SSL connections')
        return true;
    // pg_hba.conf admits this host only with (hostssl) or only without (hostnossl) encryption.
    return code === '28000';
}
/** A counting gate: `acquire` resolves once fewer than `limit` places are taken, with the release of its place. */
class SessionGate {
    limit;
    taken = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.taken >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.taken++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            // The place passes straight to the next waiter, so no newcomer can take it meanwhile.
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.taken--;
        };
    }
}


/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ databaseError),
/* harmony export */   Mn: () => (/* binding */ LOCK_TIMEOUT_SECONDS),
/* harmony export */   a$: () => (/* binding */ DatabaseError),
/* harmony export */   as: () => (/* binding */ noCreatedb),
/* harmony export */   cC: () => (/* binding */ CONNECT_TIMEOUT_MS),
/* harmony export */   jt: () => (/* binding */ templateMissing),
/* harmony export */   qd: () => (/* binding */ noCreaterole),
/* harmony export */   sy: () => (/* binding */ templateNotHandedOver)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);
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
    const tls = tlsError(error, code, server.tls);
    if (tls)
        return tls;
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
        // pg_hba.conf's words for a host it admits only with TLS: "no encryption" (Postgres 14+), "SSL off" before.
        const plainRefused = /no encryption|SSL off/i.test(said);
        return new DatabaseError(`${THE_SERVER} refused the login (28000: ${said}). ` +
            (plainRefused
                ? 'It admits encrypted connections only: set sslmode=require (or verify-full with postgres-ca) in the URL.'
                : 'Check the user in the URL, that the role may log in (LOGIN), and that the server admits connections ' +
                    'from the runner (pg_hba.conf).'), 'postgres-server-url');
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
/** Node's codes for a certificate that does not chain to a CA it was given (or trusts). */
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED'
]);
/** A TLS failure of the connect, with its fix; undefined for any other failure. Node's own text is not shown. */
function tlsError(error, code, tls) {
    const message = error instanceof Error ? error.message : '';
    const mode = tls ? `sslmode=${tls.mode}` : 'its sslmode';
    if (message === 'The server does not support SSL connections') {
        return new DatabaseError(`${THE_SERVER} does not speak TLS, and the URL's ${mode} asks for it. Turn on ssl on the server, or ` +
            'set sslmode=prefer (encrypted when the server can) or disable in the URL if the network between them is ' +
            'trusted.', 'postgres-server-url');
    }
    const ca = tls?.caFrom === 'postgres-ca'
        ? 'the CA given as postgres-ca'
        : tls?.caFrom === 'sslrootcert'
            ? "the CA of the URL's sslrootcert file"
            : 'a CA Node trusts (none was given)';
    if (UNTRUSTED.has(code)) {
        return new DatabaseError(`The certificate of the Postgres server of postgres-server-url is not signed by ${ca} (${code}; ${mode}). ` +
            (tls?.caFrom
                ? 'Check that it is the CA bundle of this server (its provider publishes it).'
                : "Give the server's CA bundle (its provider publishes it) as postgres-ca.") +
            ' Or set sslmode=require to encrypt without verifying the certificate, as libpq does.', tls?.caFrom === 'postgres-ca' ? 'postgres-ca' : 'postgres-server-url');
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
        return new DatabaseError(`The certificate of the Postgres server of postgres-server-url is ${code === 'CERT_HAS_EXPIRED' ? 'expired' : 'not valid yet'} ` +
            `(${code}; ${mode}). Renew the server's certificate, or set sslmode=require to encrypt without verifying it.`, 'postgres-server-url');
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return new DatabaseError(`The certificate of the Postgres server of postgres-server-url does not name the host of the URL ` +
            `(${code}; sslmode=verify-full checks it). Use the host name the certificate names, or sslmode=verify-ca to ` +
            `verify the chain only.`, 'postgres-server-url');
    }
    if (/^ERR_SSL_|^ERR_TLS_|^EPROTO$/.test(code)) {
        return new DatabaseError(`The TLS handshake with the Postgres server of postgres-server-url failed (${code}; ${mode}). Check the port ` +
            '(a Postgres port, not a proxy of another protocol) and the sslmode.', 'postgres-server-url');
    }
    return undefined;
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
/** How many of a template's objects the message names; the rest are counted. */
const LISTED_OBJECTS = 5;
/**
 * A template whose objects (loaded by another role, a superuser say) the server role may not hand to the preview's
 * role: its migrations would fail on them ("must be owner of table ..."). `role`: quoted, as in SQL.
 */
function templateNotHandedOver(template, role, objects) {
    const listed = objects
        .slice(0, LISTED_OBJECTS)
        .map((o) => `${o.kind} ${o.name} (owner ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(o.owner)})`);
    const more = objects.length - listed.length;
    const first = objects[0];
    return new DatabaseError(`The template database "${template}" named by database-template holds ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(objects.length, 'object')} ` +
        `of roles the role ${role} of postgres-server-url is not a member of, so ` +
        `they could not be handed to the preview's role and its migrations could not alter them: ${listed.join(', ')}` +
        `${more > 0 ? `, and ${more} more` : ''}. Fix the template, then re-run: make ${role} their owner (as their ` +
        `owner or a superuser, in the template: ALTER ${first.kind.toUpperCase()} ${first.name} OWNER TO ${role}; ` +
        `and so on), or grant their owner to it (GRANT ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(first.owner)} TO ${role}; not possible ` +
        `for a superuser), or load the template as ${role}. The copy was dropped.`, 'database-template');
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

/***/ 3628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PreviewDatabases: () => (/* binding */ PreviewDatabases),
  nextName: () => (/* binding */ nextName)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/preview/pull-request.ts
var pull_request = __webpack_require__(4877);
;// CONCATENATED MODULE: ./src/preview/tag.ts

/**
 * The comment that ties a preview's role and database on the Postgres server to its pull request, in the one
 * format later versions parse back: `hasura-cloud-tenant-action: preview of <owner>/<repo>#<number>` (the tenant
 * marker's text). A role's comment can only be written by a role with CREATEROLE, never by the preview's own role,
 * so the role's tag is the proof; its second line is the preview's journal (see PreviewJournal).
 */
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of ';
const TAG = /^hasura-cloud-tenant-action: preview of ([^\s/#]+)\/([^\s/#]+)#([1-9][0-9]{0,9})$/;
function previewTag(pr) {
    return `${TAG_PREFIX}${(0,pull_request/* pullRequestText */.q)(pr)}`;
}
/** A SQL LIKE pattern for the tags of a repository's previews (compared case-insensitively, with ILIKE). */
function previewTagPattern(repository) {
    return `${TAG_PREFIX}${repository.owner}/${repository.repo}#`.replace(/[%_\\]/g, '\\$&') + '%';
}
/** The pull request a comment's first line names, or undefined when it is not this action's tag. */
function parsePreviewTag(comment) {
    const match = TAG.exec((comment ?? '').split('\n', 1)[0]);
    if (!match)
        return undefined;
    return { owner: match[1], repo: match[2], number: Number(match[3]) };
}
/** Does the comment tag its role or database as this pull request's preview? */
function isTaggedFor(comment, pr) {
    const tagged = parsePreviewTag(comment);
    return tagged !== undefined && (0,pull_request/* samePullRequest */.h)(tagged, pr);
}
/** The role's comment: the tag, then the journal as JSON on a second line. */
function roleComment(pr, journal = {}) {
    const state = journal.tenant || journal.creating ? `\n${JSON.stringify(journal)}` : '';
    return previewTag(pr) + state;
}
/** The journal in a role's comment; empty when there is none or it cannot be read. */
function parseJournal(comment) {
    const line = (comment ?? '').split('\n')[1];
    if (!line)
        return {};
    try {
        const value = JSON.parse(line);
        const journal = {};
        if (typeof value.tenant === 'string' && /^[0-9a-f-]{36}$/i.test(value.tenant))
            journal.tenant = value.tenant;
        const creating = value.creating;
        if (creating && typeof creating.since === 'string' && Array.isArray(creating.before)) {
            journal.creating = { since: creating.since, before: creating.before.filter((id) => typeof id === 'string') };
        }
        return journal;
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./src/database/connection.ts
var connection = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/database/errors.ts
var errors = __webpack_require__(9942);
;// CONCATENATED MODULE: ./src/database/role-password.ts

/**
 * A preview role's password: derived from the server URL (a secret the runner already holds) and the role's name,
 * so every run of the pull request computes the same one (a push changes no env, and restarts nothing) and nobody
 * without the server URL can compute it. 256 bits, base64url.
 */
function rolePassword(serverUrl, role) {
    return (0,external_node_crypto_.createHmac)('sha256', serverUrl).update(`hasura-cloud-tenant-action:role-password:${role}`).digest('base64url');
}
/**
 * The password as Postgres stores it (a SCRAM-SHA-256 verifier, RFC 5803 as in PostgreSQL's `scram_build_secret`):
 * sent instead of the password itself, so that no statement the server might log carries it. The salt is derived
 * too, so the verifier is the same on every run.
 */
function scramVerifier(password, saltSeed) {
    const iterations = 4096;
    const salt = (0,external_node_crypto_.createHash)('sha256').update(`hasura-cloud-tenant-action:salt:${saltSeed}`).digest().subarray(0, 16);
    const salted = (0,external_node_crypto_.pbkdf2Sync)(password, salt, iterations, 32, 'sha256');
    const clientKey = (0,external_node_crypto_.createHmac)('sha256', salted).update('Client Key').digest();
    const storedKey = (0,external_node_crypto_.createHash)('sha256').update(clientKey).digest();
    const serverKey = (0,external_node_crypto_.createHmac)('sha256', salted).update('Server Key').digest();
    return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

// EXTERNAL MODULE: ./src/database/url.ts
var database_url = __webpack_require__(4408);
;// CONCATENATED MODULE: ./src/database/preview-database.ts








/** Postgres's identifier limit: a longer name is cut silently, and could then name another database. */
const MAX_NAME_BYTES = 63;
const FORCE_DROP_VERSION = 130000;
/**
 * Preview databases on the Postgres server of `postgres-server-url`, over one admin connection. Each preview has a
 * login role of its own, named like its database, tagged (its comment, which only a role with CREATEROLE can write)
 * for its pull request, owner of that database alone; the tenant connects as that role, so a pull request's
 * migrations reach neither another preview's database nor the server's others. A database is used or dropped only
 * when the role this action made for the pull request owns it.
 *
 * Every step survives a kill between two statements: the role and its tag are made in one transaction; the database
 * is created owned by the role in one statement; its own tag is written last and says the database is finished (a
 * later run finishes one without it); a reset copies first and swaps after, so the old database is never dropped
 * before its replacement exists.
 */
class PreviewDatabases {
    admin;
    serverUrl;
    session;
    connector;
    log;
    closed = false;
    client;
    constructor(admin, serverUrl, session, connector, log) {
        this.admin = admin;
        this.serverUrl = serverUrl;
        this.session = session;
        this.connector = connector;
        this.log = log;
        this.client = admin.client;
    }
    /**
     * Connect to the URL's own database (`postgres` when it names none) through the run's connector, which reads the
     * URL's sslmode and bounds the waits. The session is held until `close`.
     */
    static async connect(serverUrl, connector, log) {
        (0,database_url/* validatePostgresUrl */.$1)(serverUrl, 'postgres-server-url');
        const target = (0,database_url/* namesDatabase */.k_)(serverUrl) ? serverUrl : (0,database_url/* databaseUrl */.FA)(serverUrl, 'postgres');
        const admin = await connector.open(target, { step: { kind: 'connect' } });
        const client = admin.client;
        try {
            const { rows } = await client.query(`SELECT current_user AS role, current_database() AS database,
                current_setting('server_version_num')::int AS version, rolsuper AS superuser,
                rolcreatedb OR rolsuper AS "canCreate", rolcreaterole OR rolsuper AS "canCreateRole"
           FROM pg_roles WHERE rolname = current_user`);
            return new PreviewDatabases(admin, serverUrl, rows[0], connector, log);
        }
        catch (error) {
            await admin.close();
            throw (0,errors/* databaseError */.Kz)(error, { kind: 'connect' }, { url: serverUrl });
        }
    }
    /**
     * Make the preview's role and database, or find them (a re-run on the next push keeps the data), finishing what a
     * killed run left half done. `reset` replaces the database with a new copy. A dry run writes nothing and logs the
     * plan.
     */
    async ensure(name, options) {
        this.checkName(name);
        const { owner, reset } = options;
        const seeds = options.seeds ?? false;
        const template = options.template || undefined;
        this.checkTemplate(template, name);
        // A secret like the server URL it is made from: masked where it is made, before anyone can log it.
        const url = (0,database_url/* roleUrl */.G1)(this.serverUrl, name, rolePassword(this.serverUrl, name), name);
        this.log.mask(url);
        this.log.mask(rolePassword(this.serverUrl, name));
        const from = template ? ` from the template "${template}"` : '';
        if (options.dryRun) {
            const found = await this.find(name);
            this.requireOurs(name, found, owner);
            if (found.database && !reset) {
                this.log.info(`Dry run: would keep the preview database "${name}" with its data.`);
                return { name, url, created: false, reset: false, seedsPending: hasPendingSeeds(found.database.tag) };
            }
            this.requireRights();
            if (template)
                await this.requireTemplate(template);
            const verb = found.database ? 'replace' : 'create';
            this.log.info(`Dry run: would ${verb} the preview database "${name}"${from}.`);
            return { name, url, created: !found.database, reset: !!found.database, seedsPending: !!options.seeds };
        }
        this.requireRights();
        return this.holdingLock(name, async () => {
            const found = await this.find(name);
            this.requireOurs(name, found, owner);
            if (!found.role)
                await this.createRole(name, owner);
            else
                await this.setPassword(name);
            const next = nextName(name);
            const leftover = (await this.databasesOwnedBy(name)).includes(next);
            if (!found.database) {
                if (leftover) {
                    // A reset was killed after dropping the old database: its copy is the database now.
                    await this.finish(next, name, owner, template, seeds);
                    await this.rename(next, name);
                    this.log.info(`Finished the reset of the preview database "${name}" that an earlier run began.`);
                    return { name, url, created: false, reset: true, seedsPending: seeds };
                }
                await this.createDatabase(name, name, template);
                await this.finish(name, name, owner, template, seeds);
                this.log.info(`Created the preview database "${name}"${from}.`);
                return { name, url, created: true, reset: false, seedsPending: seeds };
            }
            // The tag is written last: without it, an earlier run was killed before it finished the database.
            const unfinished = !isTaggedFor(found.database.tag, owner);
            if (unfinished)
                await this.finish(name, name, owner, template, seeds);
            if (!reset) {
                if (leftover)
                    await this.dropDatabase(next);
                this.log.info(unfinished
                    ? `Finished the preview database "${name}" that an earlier run made.`
                    : `Using the preview database "${name}" of this pull request; its data is kept.`);
                const seedsPending = unfinished ? seeds : hasPendingSeeds(found.database.tag);
                return { name, url, created: unfinished, reset: false, seedsPending };
            }
            // Copy first, swap after: a template that cannot be copied (in use, missing) leaves the old database as it was.
            if (leftover)
                await this.dropDatabase(next);
            if (template)
                await this.requireTemplate(template);
            await this.createDatabase(next, name, template);
            await this.finish(next, name, owner, template, seeds);
            await this.dropDatabase(name);
            await this.rename(next, name);
            this.log.info(`Reset the preview database "${name}": replaced by a new copy${from}.`);
            return { name, url, created: false, reset: true, seedsPending: seeds };
        });
    }
    /** The journal the preview's role carries; empty when there is no such role of this pull request. */
    async journal(name, owner) {
        const { role } = await this.find(name);
        return role && isTaggedFor(role.comment, owner) ? parseJournal(role.comment) : {};
    }
    /** Record what a create is doing with Hasura Cloud on the preview's role (see PreviewJournal). */
    async writeJournal(name, owner, journal) {
        await this.query({ kind: 'work', database: name, doing: 'record the tenant on the role of' }, `COMMENT ON ROLE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(roleComment(owner, journal))}`);
    }
    /**
     * End the sessions on the preview's databases, drop them and its role, only when the role is this pull request's
     * and owns them. In a dry run, 'dropped' means it would be.
     */
    async drop(name, owner, options) {
        this.checkName(name);
        const decide = async () => {
            const found = await this.find(name);
            if (!found.role && !found.database)
                return 'not-found';
            if (!found.role || !isTaggedFor(found.role.comment, owner))
                return 'not-ours';
            if (found.database && found.database.owner !== name)
                return 'not-ours';
            if (options.dryRun)
                return 'dropped';
            for (const database of await this.databasesOwnedBy(name))
                await this.dropDatabase(database);
            await this.dropRole(name);
            return 'dropped';
        };
        return options.dryRun ? decide() : this.holdingLock(name, decide);
    }
    /** The previews of a repository the server holds: the roles tagged for its pull requests, with their databases. */
    async previewsOf(repository) {
        const { rows } = await this.query({ kind: 'work', database: `${repository.owner}/${repository.repo}`, doing: 'list the preview roles of' }, `SELECT r.rolname AS name, shobj_description(r.oid, 'pg_authid') AS comment,
              (SELECT array_agg(d.datname::text ORDER BY d.datname) FROM pg_database d WHERE d.datdba = r.oid) AS databases
         FROM pg_roles r
        WHERE shobj_description(r.oid, 'pg_authid') ILIKE $1
        ORDER BY r.rolname`, [previewTagPattern(repository)]);
        const previews = [];
        for (const row of rows) {
            const pr = parsePreviewTag(row.comment);
            // ILIKE matched the start only: the whole first line must be the tag of this repository.
            if (!pr || pr.owner.toLowerCase() !== repository.owner.toLowerCase())
                continue;
            if (pr.repo.toLowerCase() !== repository.repo.toLowerCase())
                continue;
            previews.push({ name: row.name, pr, journal: parseJournal(row.comment), databases: row.databases ?? [] });
        }
        return previews;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.admin.close();
    }
    checkName(name) {
        if (!/^[a-z0-9-]+$/.test(name)) {
            throw new errors/* DatabaseError */.a$(`The preview database name "${name}" may hold only lower-case letters, digits and "-".`, 'name');
        }
        if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
            throw new errors/* DatabaseError */.a$(`The preview database name "${name}" is ${Buffer.byteLength(name)} bytes long; Postgres allows ` +
                `${MAX_NAME_BYTES}. Give the preview a shorter name.`, 'name');
        }
        if (name === this.session.database) {
            throw new errors/* DatabaseError */.a$(`postgres-server-url names the database "${name}" itself, where the action connects to create and drop it. ` +
                'Point the URL at another database of the server, such as /postgres.', 'postgres-server-url');
        }
    }
    /** `undefined`: CREATE DATABASE copies template1. */
    checkTemplate(template, name) {
        if (template && Buffer.byteLength(template) > MAX_NAME_BYTES) {
            throw new errors/* DatabaseError */.a$(`database-template must name a database of at most ${MAX_NAME_BYTES} bytes.`, 'database-template');
        }
        if (template === name) {
            throw new errors/* DatabaseError */.a$(`database-template names the preview database "${name}" itself: a reset would copy the database it replaces. ` +
                'Name another database (one holding the data every preview starts with).', 'database-template');
        }
        if ((template ?? 'template1') === this.session.database) {
            throw new errors/* DatabaseError */.a$(`postgres-server-url connects to the database "${this.session.database}", which CREATE DATABASE would copy` +
                `${template ? ' (database-template)' : ''}: Postgres copies a database only while no other session is ` +
                'connected to it. Point the URL at another database, such as /postgres.', template ? 'database-template' : 'postgres-server-url');
        }
    }
    /** Both rights are needed before anything is made: checked before any Cloud write, in a dry run too. */
    requireRights() {
        const role = esm/* default.escapeIdentifier */.Ay.escapeIdentifier(this.session.role);
        if (!this.session.canCreate)
            throw (0,errors/* noCreatedb */.as)(role);
        if (!this.session.canCreateRole)
            throw (0,errors/* noCreaterole */.qd)(role);
    }
    async find(name) {
        const { rows } = await this.query({ kind: 'work', database: name, doing: 'look up the role and database' }, `SELECT 'role' AS kind, NULL AS owner, shobj_description(oid, 'pg_authid') AS comment
         FROM pg_roles WHERE rolname = $1
       UNION ALL
       SELECT 'database', pg_get_userbyid(datdba)::text, shobj_description(oid, 'pg_database')
         FROM pg_database WHERE datname = $1`, [name]);
        const role = rows.find((row) => row.kind === 'role');
        const database = rows.find((row) => row.kind === 'database');
        return {
            role: role && { comment: role.comment },
            database: database && { owner: database.owner ?? '', tag: database.comment }
        };
    }
    /** The role must be this pull request's, and own the database: a tag alone proves nothing (its owner can write it). */
    requireOurs(name, found, owner) {
        let why;
        if (found.role && !isTaggedFor(found.role.comment, owner)) {
            const tagged = parsePreviewTag(found.role.comment);
            why = tagged
                ? `a role of that name is the preview of ${(0,pull_request/* pullRequestText */.q)(tagged)}`
                : 'a role of that name exists and carries no tag of this action';
        }
        else if (found.database && found.database.owner !== name) {
            const tagged = parsePreviewTag(found.database.tag);
            why =
                `the database belongs to the role ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(found.database.owner)}, not to the role this action ` +
                    `makes for the preview${tagged ? ` (its tag names ${(0,pull_request/* pullRequestText */.q)(tagged)}, which proves nothing)` : ''}`;
        }
        else if (found.database && !found.role) {
            why = 'the role this action makes for the preview does not exist';
        }
        if (!why)
            return;
        throw new errors/* DatabaseError */.a$(`The database "${name}" exists on the server of postgres-server-url and is not this pull request's preview ` +
            `(${why}); the action leaves it untouched. Drop or rename it, or point postgres-server-url at another server.`, 'postgres-server-url');
    }
    async requireTemplate(template) {
        const { rowCount } = await this.query({ kind: 'work', database: template, doing: 'look up the template database' }, 'SELECT 1 FROM pg_database WHERE datname = $1', [template]);
        if (!rowCount)
            throw (0,errors/* templateMissing */.jt)(template);
    }
    /**
     * The role and its tag in one transaction: a kill leaves both or neither. The admin becomes a member of it, which
     * CREATE DATABASE ... OWNER and the ownership of a template's objects need.
     */
    async createRole(name, owner) {
        const role = esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name);
        const password = scramVerifier(rolePassword(this.serverUrl, name), `${this.serverUrl}:${name}`);
        const step = { kind: 'role', database: name };
        await this.query(step, 'BEGIN');
        try {
            await this.query(step, `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD ${esm/* default.escapeLiteral */.Ay.escapeLiteral(password)}`);
            await this.query(step, `COMMENT ON ROLE ${role} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(roleComment(owner))}`);
            await this.query(step, `GRANT ${role} TO CURRENT_USER`);
            await this.query(step, 'COMMIT');
        }
        catch (error) {
            await this.client.query('ROLLBACK').catch(() => { });
            throw error;
        }
    }
    /** The password follows the server URL it is derived from (a rotated server password changes it). */
    async setPassword(name) {
        const password = scramVerifier(rolePassword(this.serverUrl, name), `${this.serverUrl}:${name}`);
        await this.query({ kind: 'role', database: name }, `ALTER ROLE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} PASSWORD ${esm/* default.escapeLiteral */.Ay.escapeLiteral(password)}`);
    }
    async createDatabase(database, role, template) {
        const copy = template ? ` TEMPLATE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(template)}` : '';
        await this.query({ kind: 'create', database, template }, `CREATE DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(database)} OWNER ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(role)}${copy}`);
    }
    /**
     * What makes a created database the preview's, each step repeatable: a template's objects handed to the role
     * (its migrations alter them), no CONNECT for PUBLIC (other previews' roles), and the tag, last. A copy whose
     * objects cannot all be handed over is dropped (it never got its tag: a killed run's copy is checked again).
     */
    async finish(database, role, owner, template, seeds) {
        if (template) {
            const kept = await this.handOver(database, role, template);
            if (kept.length > 0) {
                await this.dropDatabase(database);
                throw (0,errors/* templateNotHandedOver */.sy)(template, esm/* default.escapeIdentifier */.Ay.escapeIdentifier(this.session.role), kept);
            }
        }
        const quoted = esm/* default.escapeIdentifier */.Ay.escapeIdentifier(database);
        const step = { kind: 'work', database, doing: 'close to other roles' };
        await this.query(step, `REVOKE ALL ON DATABASE ${quoted} FROM PUBLIC`);
        await this.query(step, `COMMENT ON DATABASE ${quoted} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(databaseTag(owner, seeds))}`);
    }
    /** The preview database's seeds are all in: its tag stops asking for them. */
    async seedsApplied(name, owner) {
        await this.query({ kind: 'work', database: name, doing: 'record the seeds of' }, `COMMENT ON DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(databaseTag(owner, false))}`);
    }
    /**
     * The template's objects arrive with their old owner: give the role what the admin may give. What stays another
     * role's (the admin is not a member of its owner) is returned, for the user to fix in the template.
     */
    async handOver(database, role, template) {
        const step = { kind: 'work', database, doing: `hand the objects copied from "${template}" to the role of` };
        const session = await this.connector.open((0,database_url/* databaseUrl */.FA)(this.serverUrl, database), { step });
        try {
            await session.client.query(handOverSql(role));
            const { rows } = await session.client.query(keptObjectsSql(role));
            return rows;
        }
        catch (error) {
            throw (0,errors/* databaseError */.Kz)(error, step, { url: this.serverUrl, role: this.session.role });
        }
        finally {
            await session.close();
        }
    }
    async rename(from, to) {
        await this.query({ kind: 'work', database: to, doing: 'swap in the new copy of' }, `ALTER DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(from)} RENAME TO ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(to)}`);
    }
    async databasesOwnedBy(role) {
        const { rows } = await this.query({ kind: 'work', database: role, doing: 'list the databases of the role' }, 'SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1) ORDER BY datname', [role]);
        return rows.map((row) => row.datname);
    }
    /** End the other sessions, then drop; WITH (FORCE) (Postgres 13+) also ends any that reconnected meanwhile. */
    async dropDatabase(name) {
        const step = { kind: 'drop', database: name };
        await this.query(step, 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        const force = this.session.version >= FORCE_DROP_VERSION ? ' WITH (FORCE)' : '';
        await this.query(step, `DROP DATABASE IF EXISTS ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}${force}`);
    }
    /** What the role still owns or was granted in the admin's database goes with it (its databases are gone already). */
    async dropRole(name) {
        const role = esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name);
        const step = { kind: 'drop', database: name };
        await this.query(step, `DROP OWNED BY ${role}`);
        await this.query(step, `DROP ROLE ${role}`);
    }
    /**
     * Runs that work on the same preview take turns (an advisory lock of the admin database), so a second run finds
     * the first one's work finished instead of half made. The session's end releases it too.
     */
    async holdingLock(name, work) {
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${connection/* APPLICATION_NAME */.j}:database:${name}`).digest().readBigInt64BE(0);
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
            throw (0,errors/* databaseError */.Kz)(error, step, { url: this.serverUrl, role: this.session.role });
        }
    }
}
/** The database's tag, and its second line while the seeds asked for at its making are not all in. */
const SEEDS_PENDING = 'seeds: pending';
function databaseTag(owner, seedsPending) {
    return seedsPending ? `${previewTag(owner)}\n${SEEDS_PENDING}` : previewTag(owner);
}
function hasPendingSeeds(tag) {
    return (tag ?? '').split('\n').slice(1).includes(SEEDS_PENDING);
}
/** The name a reset copies into before it swaps: owned by the preview's role, which is what ties it to the preview. */
function nextName(name) {
    return `hcta-next-${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 24)}`;
}
/**
 * The objects of the connected database a migration may alter (schemas, relations, routines, types), with their
 * owner: sequences owned by a column and a table's row type follow their table, the system schemas are not the
 * database's own. `matters`: a schema another role keeps is in the way only where `role` may not create objects.
 */
function objectsSql(role) {
    const to = esm/* default.escapeLiteral */.Ay.escapeLiteral(role);
    const extensionMember = (catalog, oid) => `EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
    return `SELECT 'SCHEMA' AS kind, quote_ident(n.nspname) AS name, n.nspowner AS owner,
         NOT has_schema_privilege(${to}, n.oid, 'CREATE') AS matters, ${extensionMember('pg_namespace', 'n.oid')} AS extension
    FROM pg_namespace n
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                        WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, format('%I.%I', n.nspname, c.relname),
         c.relowner, true, ${extensionMember('pg_class', 'c.oid')}
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
               AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
  UNION ALL
  SELECT 'ROUTINE', format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), p.proowner,
         true, ${extensionMember('pg_proc', 'p.oid')}
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'TYPE', format('%I.%I', n.nspname, t.typname), t.typowner, true, ${extensionMember('pg_type', 't.oid')}
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
     AND t.typtype IN ('e', 'd', 'c', 'r') AND t.typelem = 0
     AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')`;
}
/**
 * Hands the objects of the connected database to `role`, where the admin may: objects of roles the admin is a member
 * of. An extension's routines and types stay with the extension.
 */
function handOverSql(role) {
    const to = esm/* default.escapeLiteral */.Ay.escapeLiteral(role);
    return `DO $$
DECLARE
  item record;
BEGIN
  FOR item IN
    SELECT format('ALTER %s %s OWNER TO %I', kind, name, ${to}) AS sql FROM (${objectsSql(role)}) o
     WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = ${to}) AND pg_has_role(owner, 'USAGE')
       AND NOT (extension AND kind IN ('ROUTINE', 'TYPE'))
  LOOP
    EXECUTE item.sql;
  END LOOP;
END
$$`;
}
/** What the hand-over left to other roles and is in the migrations' way (an extension's objects stay its own). */
function keptObjectsSql(role) {
    return `SELECT lower(kind) AS kind, name, pg_get_userbyid(owner)::text AS owner FROM (${objectsSql(role)}) o
   WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = ${esm/* default.escapeLiteral */.Ay.escapeLiteral(role)}) AND matters AND NOT extension
   ORDER BY kind, name`;
}


/***/ })

};
