export const id = 657;
export const ids = [657];
export const modules = {

/***/ 657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncEnvOperation: () => (/* binding */ syncEnvOperation)
/* harmony export */ });
/* harmony import */ var _env_needs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8129);
/* harmony import */ var _env_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1380);
/* harmony import */ var _health_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5084);
/* harmony import */ var _schema_apply_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7618);
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6154);





/** Bring a tenant's env to the env file (and the database URL), then apply the Hasura project if one is given. */
async function syncEnvOperation(deps) {
    const { settings } = deps;
    const { tenant, env } = await (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .readTenantOrFail */ ._g)(settings.tenantId, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .reportTenant */ .l1)(tenant, deps);
    (0,_env_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .requireEnvTheProjectReads */ .s)(deps, Object.keys(env.vars));
    const databases = settings.databaseUrl ? [{ env: settings.databaseUrlEnv, url: settings.databaseUrl }] : [];
    const entries = (0,_env_write_js__WEBPACK_IMPORTED_MODULE_1__/* .withActionEntries */ .t)(deps.entries, { databases });
    const sync = await (0,_env_write_js__WEBPACK_IMPORTED_MODULE_1__/* .syncTenantEnv */ .R)(tenant.id, entries, env, settings, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .reportEnv */ .wg)(sync.env, deps);
    if (!settings.dryRun && (sync.result === 'updated' || deps.applySchema)) {
        await (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitIfAsked */ .V)(tenant.project.endpoint, deps);
    }
    await (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_4__/* .applySchemaIfGiven */ .g)(tenant.project.endpoint, sync.env, deps);
    return { result: sync.result, changed: sync.changed, changes: sync.changes };
}


/***/ })

};
