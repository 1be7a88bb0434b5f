export const id = 992;
export const ids = [992];
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

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ledgerLock: () => (/* binding */ ledgerLock),
/* harmony export */   previewLedger: () => (/* binding */ previewLedger)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3849);
/* harmony import */ var _engine_apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2226);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9942);




/**
 * The record of applied migrations that a preview database keeps itself, written in the transaction of each
 * migration: what it says committed, committed. The CLI's catalog state (what `hasura migrate status` reads) lives
 * elsewhere and can lag behind a killed run; for a database the action made, this record is the truth and the
 * catalog state is brought in line with it, so no half-known migration ever needs a person.
 */
const TABLE = 'hdb_catalog.hasura_cloud_action_migrations';
/** A seed file is recorded as `seed:<its path in the project>`, beside the migrations' versions. */
const SEED = 'seed:';
/**
 * A migration that runs outside a transaction is marked `started:<version>` before its first statement and recorded
 * (the mark dropped) after its last: a mark without its record is one an earlier run began and never saw end.
 */
const STARTED = 'started:';
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
function previewLedger(connector, url, database, fresh, waitMs) {
    const key = lockKey(database);
    return {
        async applied() {
            const step = { kind: 'work', database, doing: 'read the record of applied migrations of' };
            const session = await connector.open(url, { step, lockTimeoutMs: waitMs });
            const client = session.client;
            try {
                await client.query('SELECT pg_advisory_lock($1::bigint)', [key]);
                const { rows } = await client.query(`SELECT to_regclass('${TABLE}') IS NOT NULL AS present`);
                if (!rows[0]?.present) {
                    return fresh
                        ? { versions: new Set(), seeds: new Set(), interrupted: new Set() }
                        : undefined;
                }
                const recorded = await client.query(`SELECT version FROM ${TABLE}`);
                const all = recorded.rows.map((row) => row.version);
                const tagged = (tag) => all.filter((version) => version.startsWith(tag)).map((v) => v.slice(tag.length));
                const versions = new Set(all.filter((version) => /^\d+$/.test(version)));
                return {
                    versions,
                    seeds: new Set(tagged(SEED)),
                    interrupted: new Set(tagged(STARTED).filter((version) => !versions.has(version)))
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .databaseError */ .Kz)(error, step, { url });
            }
            finally {
                await session.close();
            }
        },
        wrap(entry, sql, timeoutMs) {
            const [version, name] = 'seed' in entry ? [`${SEED}${entry.seed}`, 'seed'] : [entry.version, entry.name];
            // The lock and the time limit go first, on the file's first line, so that the lines of its errors stay the
            // file's lines (and a position, minus `sqlAt`, points into the file).
            const head = `SELECT pg_advisory_xact_lock(${key}); ${timeoutMs === undefined ? '' : `${(0,_engine_apply_js__WEBPACK_IMPORTED_MODULE_2__.timeLimit)(timeoutMs)}; `}`;
            return { text: `${head}${sql}\n;\n${TABLE_DDL}\n${insert(version, name)}`, sqlAt: head.length };
        },
        marks(entry) {
            const mark = `${STARTED}${entry.version}`;
            const unmark = `DELETE FROM ${TABLE} WHERE version = ${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(mark)};`;
            return {
                begin: `${TABLE_DDL}\n${insert(mark, entry.name)}`,
                finish: `${insert(entry.version, entry.name)}\n${unmark}`,
                unmark
            };
        },
        settle(version) {
            const mark = pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(`${STARTED}${version}`);
            return {
                rerun: `DELETE FROM ${TABLE} WHERE version = ${mark}`,
                applied: `UPDATE ${TABLE} SET version = ${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(version)} WHERE version = ${mark}`
            };
        }
    };
}
const TABLE_DDL = `CREATE SCHEMA IF NOT EXISTS hdb_catalog;\n` +
    `CREATE TABLE IF NOT EXISTS ${TABLE} (version text PRIMARY KEY, name text NOT NULL, ` +
    `applied_at timestamptz NOT NULL DEFAULT now());`;
function insert(version, name) {
    return `INSERT INTO ${TABLE} (version, name) VALUES (${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(version)}, ${pg__WEBPACK_IMPORTED_MODULE_1__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(name)});`;
}
/** The advisory lock of the ledger at `database`: a migration outside a transaction holds it for its session. */
function ledgerLock(database) {
    const key = lockKey(database);
    return { take: `SELECT pg_advisory_lock(${key})`, release: `SELECT pg_advisory_unlock(${key})` };
}


/***/ })

};
