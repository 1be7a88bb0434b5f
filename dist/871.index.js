export const id = 871;
export const ids = [871];
export const modules = {

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
