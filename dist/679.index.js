export const id = 679;
export const ids = [679];
export const modules = {

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
