export const id = 2;
export const ids = [2];
export const modules = {

/***/ 6002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getOperation: () => (/* binding */ getOperation)
/* harmony export */ });
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6154);

/** Read a tenant and its env hash; a missing tenant fails the step. */
async function getOperation(deps) {
    const { tenant, env } = await (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .readTenantOrFail */ ._g)(deps.settings.tenantId, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .reportTenant */ .l1)(tenant, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .reportEnv */ .wg)(env, deps);
    deps.log.info(`Found ${(0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTenant */ .IT)(tenant)}.`);
    return { result: 'found', changed: false };
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ describeTenant),
/* harmony export */   _g: () => (/* binding */ readTenantOrFail),
/* harmony export */   l1: () => (/* binding */ reportTenant),
/* harmony export */   wg: () => (/* binding */ reportEnv)
/* harmony export */ });
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1246);
/* harmony import */ var _core_endpoints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1569);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1483);




/** The tenant `tenant-id` names, and its env; a missing tenant is an input error naming `tenant-id`. */
async function readTenantOrFail(tenantId, deps) {
    try {
        return await deps.cloud.readTenant(tenantId);
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${error.message} Check input "tenant-id".`);
        throw error;
    }
}
/** The tenant's outputs: set the moment it is known, so a later failure still leaves them for teardown. */
function reportTenant(tenant, deps) {
    deps.report.setTenant({
        tenantId: tenant.id,
        projectId: tenant.project.id,
        name: tenant.project.name,
        slug: tenant.slug,
        endpoint: tenant.project.endpoint
    });
}
/** The outputs every env-reading operation sets: the hash and the admin secret. */
function reportEnv(env, deps) {
    deps.report.setHash(env.hash);
    deps.report.setAdminSecret(env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .Fi]);
}
function describeTenant(tenant) {
    return `tenant ${tenant.id} (project ${tenant.project.name}, ${(0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .graphqlUrl */ .XS)(tenant.project.endpoint)})`;
}


/***/ })

};
