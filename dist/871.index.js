export const id = 871;
export const ids = [871,679];
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


/***/ })

};
