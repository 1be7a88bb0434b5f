export const id = 821;
export const ids = [821,679,871];
export const modules = {

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

/***/ 3821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffProject: () => (/* binding */ diffProject)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6871);
/* harmony import */ var _metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5503);
/* harmony import */ var _migration_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(733);



const OPERATIONS = ['select', 'insert', 'update', 'delete'];
const RELATIONSHIPS = ['object', 'array', 'remote'];
/** Top-level keys compared object by object; the others are compared whole (see `metadata`). */
const INTERPRETED = new Set(['version', 'sources', 'actions', 'remote_schemas', 'cron_triggers', 'inherited_roles']);
/** Top-level keys that govern who may do what: a change there is for review. */
const ACCESS_KEYS = new Set(['allowlist', 'api_limits', 'graphql_schema_introspection']);
/** Keys of a table entry compared object by object; a change of any other is "settings changed". */
const TABLE_PARTS = new Set([
    'table',
    'object_relationships',
    'array_relationships',
    'remote_relationships',
    'insert_permissions',
    'select_permissions',
    'update_permissions',
    'delete_permissions',
    'event_triggers'
]);
/**
 * The changes, in the order of the metadata: sources and their tables (by name), roles, actions, remote schemas, cron
 * triggers, the rest; then the migrations.
 */
function diffProject(project, reference) {
    const after = normalized(project.metadata);
    const before = normalized(reference.metadata);
    const changes = [];
    diffSources(before, after, changes);
    diffRoles(before, after, changes);
    diffInheritedRoles(before, after, changes);
    diffActions(before, after, changes);
    diffRemoteSchemas(before, after, changes);
    diffCronTriggers(before, after, changes);
    diffOtherMetadata(before, after, changes);
    const records = new _migration_records_js__WEBPACK_IMPORTED_MODULE_2__/* .MigrationRecords */ .Z(reference.cliState);
    for (const migration of project.migrations) {
        if (records.has(migration.database, migration.version))
            continue;
        const { database: source, version, name } = migration;
        changes.push(change({ kind: 'migration', source, version, name }, 'not applied'));
    }
    return changes;
}
function change(object, verb, details = [], widens = false) {
    return {
        object,
        change: verb,
        details,
        widens: widens || details.some((detail) => detail.widens),
        review: details.some((detail) => detail.review)
    };
}
function normalized(metadata) {
    const value = (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeMetadata */ .jR)(metadata, 'review');
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value) ? value : {};
}
// ---- sources, tables, functions ----
function diffSources(before, after, changes) {
    const pairs = pairBy(list(before.sources), list(after.sources), (source) => text(source.name));
    for (const [source, old, now] of pairs) {
        if (!old)
            changes.push(change({ kind: 'source', source }, 'added'));
        else if (!now)
            changes.push(change({ kind: 'source', source }, 'removed'));
        else {
            // A source's configuration holds its connection (a database URL may be written out): only which keys changed.
            const settings = changedKeys(old, now, (key) => key !== 'tables' && key !== 'functions');
            if (settings.length > 0) {
                changes.push(change({ kind: 'source', source }, 'changed', [
                    { what: 'settings changed (values not shown):', names: settings }
                ]));
            }
        }
        for (const [table, oldTable, newTable] of pairBy(list(old?.tables), list(now?.tables), (t) => qualifiedName(t.table))) {
            diffTable(source, table, oldTable, newTable, changes);
        }
        for (const [name, oldFunction, newFunction] of pairBy(list(old?.functions), list(now?.functions), (f) => qualifiedName(f.function))) {
            diffFunction(source, name, oldFunction, newFunction, changes);
        }
    }
}
function diffTable(source, table, before, after, changes) {
    const object = { kind: 'table', source, table };
    if (!before || !after) {
        const entry = (before ?? after);
        // A table tracked with permissions opens it to those roles; its permissions are the widening details.
        const details = after
            ? [
                ...permissionsOf(after).map(({ operation, role }) => ({
                    what: `${operation} permission for role`,
                    names: [role],
                    widens: true
                })),
                ...named('relationships', relationshipsOf(after)),
                ...named('event triggers', list(after.event_triggers).map((trigger) => text(trigger.name)))
            ]
            : named('permissions removed for roles', unique(permissionsOf(entry).map(({ role }) => role)));
        changes.push(change(object, after ? 'tracked' : 'untracked', details));
        return;
    }
    for (const kind of RELATIONSHIPS) {
        const key = `${kind}_relationships`;
        for (const [name, old, now] of pairBy(list(before[key]), list(after[key]), (r) => text(r.name))) {
            const relationship = { kind: 'relationship', source, table, relationship: kind, name };
            if (!old)
                changes.push(change(relationship, 'added'));
            else if (!now)
                changes.push(change(relationship, 'removed'));
            else if (!same(old, now))
                changes.push(change(relationship, 'changed', [{ what: 'definition changed' }]));
        }
    }
    for (const operation of OPERATIONS) {
        const key = `${operation}_permissions`;
        for (const [role, old, now] of pairBy(list(before[key]), list(after[key]), (p) => text(p.role))) {
            const permission = { kind: 'permission', source, table, role, operation };
            const oldRule = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(old?.permission) ? old.permission : {};
            const newRule = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(now?.permission) ? now.permission : {};
            if (!old)
                changes.push(change(permission, 'added', grantDetails(operation, newRule), true));
            else if (!now)
                changes.push(change(permission, 'removed'));
            else {
                const details = permissionDetails(operation, oldRule, newRule);
                if (details.length > 0)
                    changes.push(change(permission, 'changed', details));
            }
        }
    }
    for (const [name, old, now] of pairBy(list(before.event_triggers), list(after.event_triggers), (t) => text(t.name))) {
        const trigger = { kind: 'event trigger', source, table, name };
        if (!old)
            changes.push(change(trigger, 'added', eventTriggerDetails({}, now)));
        else if (!now)
            changes.push(change(trigger, 'removed'));
        else {
            const details = eventTriggerDetails(old, now);
            if (details.length > 0)
                changes.push(change(trigger, 'changed', details));
        }
    }
    const settings = changedKeys(before, after, (key) => !TABLE_PARTS.has(key));
    if (settings.length > 0)
        changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]));
}
function diffFunction(source, name, before, after, changes) {
    const object = { kind: 'function', source, function: name };
    if (!before) {
        changes.push(change(object, 'tracked', permissionGrants(after)));
        return;
    }
    if (!after) {
        changes.push(change(object, 'untracked'));
        return;
    }
    diffRolePermissions(before, after, changes, (role) => ({ kind: 'function permission', source, function: name, role }));
    const settings = changedKeys(before, after, (key) => key !== 'function' && key !== 'permissions');
    if (settings.length > 0)
        changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]));
}
/** Every permission of a table entry: operation and role. */
function permissionsOf(table) {
    return OPERATIONS.flatMap((operation) => list(table[`${operation}_permissions`]).map((permission) => ({ operation, role: text(permission.role) })));
}
function relationshipsOf(table) {
    return RELATIONSHIPS.flatMap((kind) => list(table[`${kind}_relationships`]).map((r) => text(r.name)));
}
// ---- permissions ----
/** What a new permission grants: its columns, and that it has no row filter or check when it has none. */
function grantDetails(operation, rule) {
    const details = [];
    if (operation !== 'delete') {
        const columns = texts(rule.columns);
        details.push(rule.columns === '*'
            ? { what: 'all columns' }
            : columns.length > 0
                ? { what: 'columns', names: columns }
                : { what: 'no columns' });
    }
    for (const condition of conditionsOf(operation)) {
        if (rule[condition.key] === undefined)
            details.push({ what: `${condition.label}: none (every row)` });
    }
    return details;
}
/** The boolean expressions of a permission: which rows it may read, change or delete, and what rows it may write. */
function conditionsOf(operation) {
    switch (operation) {
        case 'select':
        case 'delete':
            return [{ key: 'filter', label: 'row filter' }];
        case 'insert':
            return [{ key: 'check', label: 'check' }];
        case 'update':
            return [
                { key: 'filter', label: 'row filter' },
                { key: 'check', label: 'check after update' }
            ];
    }
}
/** The keys of a permission this module interprets; a change of another is for review. */
const PERMISSION_KEYS = new Set([
    'columns',
    'computed_fields',
    'filter',
    'check',
    'set',
    'allow_aggregations',
    'limit',
    'backend_only',
    'query_root_fields',
    'subscription_root_fields'
]);
/** How a permission changed (normalised: an empty filter, check or list is left out, as if absent). */
function permissionDetails(operation, before, after) {
    const details = [];
    if (operation !== 'delete')
        details.push(...listDetails('columns', before.columns, after.columns, 'absent: none'));
    details.push(...listDetails('computed fields', before.computed_fields, after.computed_fields, 'absent: none'));
    for (const { key, label } of conditionsOf(operation)) {
        const old = before[key];
        const now = after[key];
        if (same(old, now))
            continue;
        if (now === undefined)
            details.push({ what: `${label} removed (every row)`, widens: true });
        else if (old === undefined)
            details.push({ what: `${label} added` });
        else
            details.push({ what: `${label} changed`, review: true });
    }
    const oldSet = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(before.set) ? before.set : {};
    const newSet = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(after.set) ? after.set : {};
    const presets = pairBy(Object.keys(oldSet).map((column) => ({ column })), Object.keys(newSet).map((column) => ({ column })), (entry) => text(entry.column));
    const removed = presets.filter(([, , now]) => !now).map(([column]) => column);
    const added = presets.filter(([, old]) => !old).map(([column]) => column);
    const changed = presets.filter(([column, old, now]) => old && now && !same(oldSet[column], newSet[column]));
    // Without its preset, the role may choose the column's value (when it may write the column).
    if (removed.length > 0)
        details.push({ what: 'column presets removed', names: removed, widens: true });
    if (added.length > 0)
        details.push({ what: 'column presets added', names: added });
    if (changed.length > 0)
        details.push({ what: 'column presets changed', names: changed.map(([c]) => c), review: true });
    if (before.allow_aggregations !== after.allow_aggregations) {
        details.push(after.allow_aggregations === true
            ? { what: 'aggregations allowed', widens: true }
            : { what: 'aggregations no longer allowed' });
    }
    details.push(...limitDetails(before.limit, after.limit));
    if (before.backend_only !== after.backend_only) {
        details.push(after.backend_only === true
            ? { what: 'now backend only' }
            : { what: 'no longer backend only (any client)', widens: true });
    }
    details.push(...listDetails('query root fields', before.query_root_fields, after.query_root_fields, 'absent: all'));
    details.push(...listDetails('subscription root fields', before.subscription_root_fields, after.subscription_root_fields, 'absent: all'));
    const other = changedKeys(before, after, (key) => !PERMISSION_KEYS.has(key));
    if (other.length > 0)
        details.push({ what: 'other settings changed:', names: other, review: true });
    return details;
}
/**
 * A list of names a role is granted (columns, computed fields, root fields): what it gained widens. `*` is every
 * column; a list that is absent means none (columns) or all (root fields: no restriction).
 */
function listDetails(label, before, after, absent) {
    const all = (value) => value === '*' || (value === undefined && absent === 'absent: all');
    if (same(before, after) || (all(before) && all(after)))
        return [];
    if (all(after))
        return [{ what: `${label}: now all`, widens: true }];
    const now = texts(after);
    if (all(before))
        return [{ what: `${label}: no longer all, only`, names: now }];
    const old = texts(before);
    const gained = now.filter((name) => !old.includes(name));
    const lost = old.filter((name) => !now.includes(name));
    return [
        ...(gained.length > 0 ? [{ what: `${label} gained`, names: gained, widens: true }] : []),
        ...(lost.length > 0 ? [{ what: `${label} lost`, names: lost }] : [])
    ];
}
function limitDetails(before, after) {
    if (same(before, after))
        return [];
    if (typeof before === 'number' && after === undefined)
        return [{ what: `row limit removed (was ${before})`, widens: true }];
    if (before === undefined && typeof after === 'number')
        return [{ what: `row limit set to ${after}` }];
    if (typeof before === 'number' && typeof after === 'number') {
        return after > before
            ? [{ what: `row limit raised from ${before} to ${after}`, widens: true }]
            : [{ what: `row limit lowered from ${before} to ${after}` }];
    }
    return [{ what: 'row limit changed', review: true }];
}
/**
 * Permissions that are only a role (actions, functions): one change each, a new one widening. `object` names the
 * permission of a role.
 */
function diffRolePermissions(before, after, changes, object) {
    for (const [role, old, now] of pairBy(list(before.permissions), list(after.permissions), (p) => text(p.role))) {
        if (!old)
            changes.push(change(object(role), 'added', [], true));
        else if (!now)
            changes.push(change(object(role), 'removed'));
        else if (!same(old, now))
            changes.push(change(object(role), 'changed', [{ what: 'definition changed', review: true }]));
    }
}
/** The permissions of something new (an action, a function, a remote schema): each role it opens to, widening. */
function permissionGrants(entry) {
    const roles = list(entry.permissions).map((permission) => text(permission.role));
    return roles.map((role) => ({ what: 'permission for role', names: [role], widens: true }));
}
// ---- roles ----
/** Roles that appear in, or disappear from, the metadata as a whole: permissions of any kind and inherited roles. */
function diffRoles(before, after, changes) {
    const old = rolesOf(before);
    const now = rolesOf(after);
    for (const role of now)
        if (!old.has(role))
            changes.push(change({ kind: 'role', role }, 'added'));
    for (const role of old)
        if (!now.has(role))
            changes.push(change({ kind: 'role', role }, 'removed'));
}
function rolesOf(metadata) {
    const roles = new Set();
    for (const source of list(metadata.sources)) {
        for (const table of list(source.tables))
            for (const { role } of permissionsOf(table))
                roles.add(role);
        for (const fn of list(source.functions))
            for (const p of list(fn.permissions))
                roles.add(text(p.role));
    }
    for (const action of list(metadata.actions))
        for (const p of list(action.permissions))
            roles.add(text(p.role));
    for (const schema of list(metadata.remote_schemas))
        for (const p of list(schema.permissions))
            roles.add(text(p.role));
    for (const inherited of list(metadata.inherited_roles)) {
        roles.add(text(inherited.role_name));
        for (const role of texts(inherited.role_set))
            roles.add(role);
    }
    return roles;
}
function diffInheritedRoles(before, after, changes) {
    const pairs = pairBy(list(before.inherited_roles), list(after.inherited_roles), (r) => text(r.role_name));
    for (const [role, old, now] of pairs) {
        const object = { kind: 'inherited role', role };
        // An inherited role has every permission of the roles in it.
        if (!old)
            changes.push(change(object, 'added', [{ what: 'made of', names: texts(now.role_set) }], true));
        else if (!now)
            changes.push(change(object, 'removed'));
        else {
            const oldSet = texts(old.role_set);
            const newSet = texts(now.role_set);
            const gained = newSet.filter((r) => !oldSet.includes(r));
            const lost = oldSet.filter((r) => !newSet.includes(r));
            const details = [
                ...(gained.length > 0 ? [{ what: 'roles added to it', names: gained, widens: true }] : []),
                ...(lost.length > 0 ? [{ what: 'roles taken out of it', names: lost }] : [])
            ];
            if (details.length > 0)
                changes.push(change(object, 'changed', details));
        }
    }
}
// ---- actions, remote schemas, triggers ----
function diffActions(before, after, changes) {
    for (const [name, old, now] of pairBy(list(before.actions), list(after.actions), (a) => text(a.name))) {
        const object = { kind: 'action', name };
        if (!old) {
            const definition = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(now.definition) ? now.definition : {};
            const details = [...textDetails('handler', undefined, definition.handler), ...permissionGrants(now)];
            changes.push(change(object, 'added', details));
            continue;
        }
        if (!now) {
            changes.push(change(object, 'removed'));
            continue;
        }
        diffRolePermissions(old, now, changes, (role) => ({ kind: 'action permission', action: name, role }));
        const details = definitionDetails((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(old.definition) ? old.definition : {}, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(now.definition) ? now.definition : {}, {
            texts: ['handler', 'kind', 'type', 'timeout', 'forward_client_headers'],
            summaries: {
                arguments: 'arguments changed',
                output_type: 'output type changed',
                headers: 'headers changed',
                request_transform: 'request transform changed',
                response_transform: 'response transform changed'
            }
        });
        details.push(...otherKeys(old, now, ['name', 'definition', 'permissions']));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
function diffRemoteSchemas(before, after, changes) {
    for (const [name, old, now] of pairBy(list(before.remote_schemas), list(after.remote_schemas), (s) => text(s.name))) {
        const object = { kind: 'remote schema', name };
        if (!old || !now) {
            const definition = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(now?.definition) ? now.definition : {};
            // Unless the engine runs with remote schema permissions (off by default), every role may query every remote
            // schema (https://hasura.io/docs/latest/remote-schemas/auth/remote-schema-permissions/).
            const open = {
                what: 'no permissions: every role may query it, unless remote schema permissions are on'
            };
            const grants = now ? permissionGrants(now) : [];
            const details = now
                ? [
                    ...textDetails('URL', undefined, definition.url),
                    ...textDetails('URL from env var', undefined, definition.url_from_env),
                    ...(grants.length > 0 ? grants : [{ ...open, widens: true }])
                ]
                : [];
            changes.push(change(object, now ? 'added' : 'removed', details));
            continue;
        }
        for (const [role, oldPermission, newPermission] of pairBy(list(old.permissions), list(now.permissions), (p) => text(p.role))) {
            const permission = { kind: 'remote schema permission', remoteSchema: name, role };
            if (!oldPermission)
                changes.push(change(permission, 'added', [], true));
            else if (!newPermission)
                changes.push(change(permission, 'removed'));
            else if (!same(oldPermission, newPermission)) {
                // The role's schema is an SDL subset of the remote schema: a changed one may show more or fewer fields.
                changes.push(change(permission, 'changed', [{ what: 'schema changed', review: true }]));
            }
        }
        const details = definitionDetails((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(old.definition) ? old.definition : {}, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(now.definition) ? now.definition : {}, {
            texts: ['url', 'url_from_env', 'timeout_seconds', 'forward_client_headers'],
            labels: { url: 'URL', url_from_env: 'URL from env var' },
            summaries: { headers: 'headers changed', customization: 'customization changed' }
        });
        if (!same(old.remote_relationships, now.remote_relationships))
            details.push({ what: 'relationships changed' });
        details.push(...otherKeys(old, now, ['name', 'definition', 'permissions', 'remote_relationships']));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
function eventTriggerDetails(before, after) {
    const details = [
        ...textDetails('webhook', before.webhook, after.webhook),
        ...textDetails('webhook from env var', before.webhook_from_env, after.webhook_from_env)
    ];
    if (!same(before.definition, after.definition)) {
        const oldOps = operationsOf(before.definition);
        const newOps = operationsOf(after.definition);
        if (oldOps !== newOps)
            details.push({ what: 'fires on', from: oldOps || undefined, to: newOps });
        else
            details.push({ what: 'columns that fire it changed' });
    }
    // A new trigger's settings are its own; for a changed one, what changed.
    if (Object.keys(before).length > 0) {
        if (!same(before.headers, after.headers))
            details.push({ what: 'headers changed' });
        if (!same(before.retry_conf, after.retry_conf))
            details.push({ what: 'retry settings changed' });
        const transforms = ['request_transform', 'response_transform'].filter((key) => !same(before[key], after[key]));
        if (transforms.length > 0)
            details.push({ what: 'transform changed' });
        details.push(...otherKeys(before, after, [
            'name',
            'definition',
            'webhook',
            'webhook_from_env',
            'headers',
            'retry_conf',
            'request_transform',
            'response_transform'
        ]));
    }
    return details;
}
/** The operations that fire an event trigger: `insert, update, delete, manual`. */
function operationsOf(definition) {
    if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(definition))
        return '';
    const operations = ['insert', 'update', 'delete'].filter((operation) => definition[operation] !== undefined);
    if (definition.enable_manual === true)
        operations.push('manual');
    return operations.join(', ');
}
function diffCronTriggers(before, after, changes) {
    for (const [name, old, now] of pairBy(list(before.cron_triggers), list(after.cron_triggers), (t) => text(t.name))) {
        const object = { kind: 'cron trigger', name };
        if (!old || !now) {
            const details = now
                ? [...textDetails('webhook', undefined, now.webhook), ...textDetails('schedule', undefined, now.schedule)]
                : [];
            changes.push(change(object, now ? 'added' : 'removed', details));
            continue;
        }
        const details = definitionDetails(old, now, {
            texts: ['webhook', 'schedule'],
            summaries: {
                payload: 'payload changed',
                headers: 'headers changed',
                retry_conf: 'retry settings changed',
                request_transform: 'request transform changed',
                response_transform: 'response transform changed'
            }
        });
        details.push(...otherKeys(old, now, [
            'name',
            'webhook',
            'schedule',
            'payload',
            'headers',
            'retry_conf',
            'request_transform',
            'response_transform'
        ]));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
/** The top-level parts not compared object by object (`allowlist`, `custom_types`, `rest_endpoints`, ...), whole. */
function diffOtherMetadata(before, after, changes) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !INTERPRETED.has(key));
    for (const key of keys.sort()) {
        if (same(before[key], after[key]))
            continue;
        const verb = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed';
        changes.push(change({ kind: 'metadata', key }, verb, ACCESS_KEYS.has(key) ? [{ what: 'governs access', review: true }] : []));
    }
}
function definitionDetails(before, after, parts) {
    const details = [];
    for (const key of parts.texts)
        details.push(...textDetails(parts.labels?.[key] ?? key, before[key], after[key]));
    for (const [key, what] of Object.entries(parts.summaries))
        if (!same(before[key], after[key]))
            details.push({ what });
    const other = changedKeys(before, after, (key) => !parts.texts.includes(key) && !(key in parts.summaries));
    if (other.length > 0)
        details.push({ what: 'other settings changed:', names: other });
    return details;
}
/** A setting shown as written: before and after when it changed; an object (`{from_env}`) by its JSON. */
function textDetails(what, before, after) {
    if (same(before, after))
        return [];
    return [{ what, from: shown(before), to: shown(after) }];
}
/** A setting's text; a URL's user and password, should one be written in the metadata, are left out. */
function shown(value) {
    if (value === undefined)
        return undefined;
    return (typeof value === 'string' ? value : (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value)).replace(/\/\/[^/?#@\s]*@/g, '//***@');
}
/** Keys of the entry itself (a comment, ...) that changed, outside the ones compared part by part. */
function otherKeys(before, after, compared) {
    const other = changedKeys(before, after, (key) => !compared.includes(key));
    return other.length > 0 ? [{ what: 'other settings changed:', names: other }] : [];
}
function changedKeys(before, after, include) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.filter((key) => include(key) && !same(before[key], after[key])).sort();
}
function named(what, names) {
    return names.length > 0 ? [{ what, names }] : [];
}
// ---- helpers ----
/** Items of both lists matched by name, in the order of the new list, then the removed ones: [name, before, after]. */
function pairBy(before, after, nameOf) {
    const old = new Map(before.map((item) => [nameOf(item), item]));
    const now = new Map(after.map((item) => [nameOf(item), item]));
    return [
        ...[...now].map(([name, item]) => [name, old.get(name), item]),
        ...[...old]
            .filter(([name]) => !now.has(name))
            .map(([name, item]) => [name, item, undefined])
    ];
}
/** `schema.name` of a table or function (`dataset.name` on BigQuery, ...); its JSON when it has no name. */
function qualifiedName(value) {
    if (typeof value === 'string')
        return value;
    if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(value) || typeof value.name !== 'string')
        return (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value);
    const qualifier = value.schema ?? value.dataset ?? value.database;
    return typeof qualifier === 'string' ? `${qualifier}.${value.name}` : value.name;
}
function same(a, b) {
    return (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(a) === (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(b);
}
function list(value) {
    return Array.isArray(value) ? value.filter(_client_js__WEBPACK_IMPORTED_MODULE_0__.isObject) : [];
}
function text(value) {
    return typeof value === 'string' ? value : (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value);
}
function texts(value) {
    return Array.isArray(value) ? value.map(text) : [];
}
function unique(values) {
    return [...new Set(values)];
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
