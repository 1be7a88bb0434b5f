export const id = 628;
export const ids = [628];
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
const APPLICATION_NAME = 'hasura-cloud-tenant-action';
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
        const connectTimeoutMs = options.connectTimeoutMs ?? errors/* CONNECT_TIMEOUT_MS */.cC;
        const server = { url: serverUrl, connectTimeoutMs };
        let client;
        try {
            const target = (0,database_url/* namesDatabase */.k_)(serverUrl) ? serverUrl : (0,database_url/* databaseUrl */.FA)(serverUrl, 'postgres');
            client = new esm/* default.Client */.Ay.Client(clientConfig(target, connectTimeoutMs));
        }
        catch (error) {
            // Parsing the URL's query can fail too (an sslrootcert file that is missing, say).
            throw (0,errors/* databaseError */.Kz)(error, { kind: 'connect' }, server);
        }
        // A connection lost later fails the next query, which reports it; without a listener it would crash the process.
        client.on('error', () => { });
        try {
            await client.connect();
            const { rows } = await client.query(`SELECT current_user AS role, current_database() AS database,
                current_setting('server_version_num')::int AS version, rolsuper AS superuser,
                rolcreatedb OR rolsuper AS "canCreate", rolcreaterole OR rolsuper AS "canCreateRole"
           FROM pg_roles WHERE rolname = current_user`);
            return new PreviewDatabases(client, serverUrl, rows[0], log);
        }
        catch (error) {
            await client.end().catch(() => { });
            throw (0,errors/* databaseError */.Kz)(error, { kind: 'connect' }, server);
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
        await this.client.end().catch(() => { });
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
     * (its migrations alter them), no CONNECT for PUBLIC (other previews' roles), and the tag, last.
     */
    async finish(database, role, owner, template, seeds) {
        if (template)
            await this.handOver(database, role, template);
        const quoted = esm/* default.escapeIdentifier */.Ay.escapeIdentifier(database);
        const step = { kind: 'work', database, doing: 'close to other roles' };
        await this.query(step, `REVOKE ALL ON DATABASE ${quoted} FROM PUBLIC`);
        await this.query(step, `COMMENT ON DATABASE ${quoted} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(databaseTag(owner, seeds))}`);
    }
    /** The preview database's seeds are all in: its tag stops asking for them. */
    async seedsApplied(name, owner) {
        await this.query({ kind: 'work', database: name, doing: 'record the seeds of' }, `COMMENT ON DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} IS ${esm/* default.escapeLiteral */.Ay.escapeLiteral(databaseTag(owner, false))}`);
    }
    /** The template's objects arrive with their old owner: give the role what the admin may give. */
    async handOver(database, role, template) {
        const client = new esm/* default.Client */.Ay.Client(clientConfig((0,database_url/* databaseUrl */.FA)(this.serverUrl, database)));
        client.on('error', () => { });
        const step = { kind: 'work', database, doing: `hand the objects copied from "${template}" to the role of` };
        try {
            await client.connect();
            await client.query(handOverSql(role));
        }
        catch (error) {
            throw (0,errors/* databaseError */.Kz)(error, step, { url: this.serverUrl, role: this.session.role });
        }
        finally {
            await client.end().catch(() => { });
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
 * Hands the objects of the connected database (schemas, relations, routines, types) to `role`, where the admin may:
 * objects of roles the admin is a member of. Sequences owned by a column and a table's row type follow their table.
 */
function handOverSql(role) {
    const to = esm/* default.escapeLiteral */.Ay.escapeLiteral(role);
    return `DO $$
DECLARE
  target oid := (SELECT oid FROM pg_roles WHERE rolname = ${to});
  item record;
BEGIN
  FOR item IN
    SELECT format('ALTER SCHEMA %I OWNER TO %I', nspname, ${to}) AS sql FROM pg_namespace
     WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND nspowner <> target
       AND pg_has_role(nspowner, 'USAGE')
    UNION ALL
    SELECT format('ALTER %s %s OWNER TO %I',
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass, ${to})
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND c.relowner <> target
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND pg_has_role(c.relowner, 'USAGE')
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                 AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ${to})
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND p.proowner <> target
       AND pg_has_role(p.proowner, 'USAGE')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, ${to})
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND t.typowner <> target
       AND t.typtype IN ('e', 'd', 'c', 'r') AND t.typelem = 0
       AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
       AND pg_has_role(t.typowner, 'USAGE')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE item.sql;
  END LOOP;
END
$$`;
}
/** One admin connection, with libpq's meaning of sslmode and bounded waits. */
function clientConfig(url, connectTimeoutMs = errors/* CONNECT_TIMEOUT_MS */.cC) {
    return {
        connectionString: libpqSemantics(url),
        connectionTimeoutMillis: connectTimeoutMs,
        // Bounds the wait for a concurrent run (the advisory lock) and for sessions on a template; the URL may override.
        lock_timeout: errors/* LOCK_TIMEOUT_SECONDS */.Mn * 1000,
        application_name: APPLICATION_NAME
    };
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
