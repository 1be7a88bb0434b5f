export const id = 713;
export const ids = [713];
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


/***/ })

};
