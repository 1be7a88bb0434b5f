export const id = 879;
export const ids = [879];
export const modules = {

/***/ 1343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/** A YAML mapping / JSON object (not a list, not null). */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sourceEnvs: () => (/* binding */ sourceEnvs)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1343);

/**
 * The env var each Postgres source of the metadata reads its URL from (`database_url: {from_env: NAME}`), by source
 * name; a source that names its URL otherwise (a literal, connection parameters) is not listed.
 */
function sourceEnvs(metadata) {
    const envs = new Map();
    const sources = Array.isArray(metadata.sources) ? metadata.sources.filter(_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p) : [];
    for (const source of sources) {
        if (typeof source.name !== 'string' || (source.kind !== undefined && source.kind !== 'postgres'))
            continue;
        const configuration = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source.configuration) ? source.configuration : {};
        const info = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(configuration.connection_info) ? configuration.connection_info : {};
        const url = info.database_url;
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(url) && typeof url.from_env === 'string')
            envs.set(source.name, url.from_env);
    }
    return envs;
}


/***/ })

};
