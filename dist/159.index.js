export const id = 159;
export const ids = [159];
export const modules = {

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteOperation: () => (/* binding */ deleteOperation)
/* harmony export */ });
/* harmony import */ var _preview_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8702);
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6154);




/**
 * Delete a tenant: the one `tenant-id` names, or on a pull request its preview (see findPreview: deleted only when
 * its own marker names this pull request). A tenant that is already gone is a warning, never a failure, so teardown
 * jobs stay green. Then the preview database, if ours, and the comment says the preview is gone.
 */
function deleteOperation(deps) {
    const pr = deps.settings.pullRequest;
    return (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_2__/* .withPreviewDatabases */ .l7)(deps, (store) => deletePreview(pr, store, deps));
}
async function deletePreview(pr, store, deps) {
    const { settings, log, preview } = deps;
    const comment = preview ? await preview.find() : undefined;
    let target;
    if (settings.tenantId) {
        target = { tenantId: settings.tenantId, gone: false };
    }
    else if (pr) {
        target = await findTarget(pr, store, comment, deps);
    }
    let result = 'not-found';
    if (!target) {
        log.warning('No preview tenant of this pull request was found (by its comment, its name and its marker): nothing to delete.');
    }
    else {
        deps.report.setTenant({ tenantId: target.tenantId });
        if (target.gone) {
            log.warning(`Tenant ${target.tenantId} does not exist (already deleted?): nothing to delete.`);
        }
        else if (settings.dryRun) {
            log.info(`Dry run: tenant ${target.tenantId} would be deleted; nothing written.`);
            result = 'planned';
        }
        else {
            result = await deps.cloud.deleteTenant(target.tenantId);
            if (result === 'not-found')
                log.warning(`Tenant ${target.tenantId} does not exist (already deleted?): nothing to delete.`);
            else
                log.info(`Deleted tenant ${target.tenantId}.`);
        }
    }
    // A database that cannot be dropped must not hide that the tenant is gone: the comment still says so.
    let dropFailure;
    if (pr && store) {
        await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_2__/* .dropPreviewDatabases */ .WX)(pr, store, deps).catch((error) => {
            dropFailure = error instanceof Error ? error.message : String(error);
        });
    }
    // Only a tenant that is gone now is reported: a comment naming someone else's tenant, or one that already says
    // the preview was deleted, stays as it is.
    if (preview &&
        comment &&
        target &&
        !settings.dryRun &&
        (!settings.tenantId || settings.tenantId === comment.tenantId)) {
        await preview.markDeleted(comment, target.tenantId);
    }
    const outcome = { result, changed: result !== 'not-found' };
    if (dropFailure) {
        outcome.failure = `${result === 'deleted' ? 'The tenant was deleted, but its' : 'The'} preview database was not dropped: ${dropFailure}`;
    }
    return outcome;
}
/**
 * The pull request's tenant: the one its journal ties to it (marked or not: a create killed before the marker), else
 * the one findPreview finds; `gone` when the only lead is a comment naming a tenant that no longer exists.
 */
async function findTarget(pr, store, comment, deps) {
    const { log } = deps;
    const journal = store ? await store.journal((0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr), pr) : {};
    const journaled = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeJournal */ .dr)(deps.cloud, pr, journal, log);
    if (journaled.kind === 'tenant') {
        (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .reportTenant */ .l1)(journaled.read.tenant, deps);
        return { tenantId: journaled.read.tenant.id, gone: false };
    }
    if (journaled.kind === 'ambiguous') {
        log.warning(`A create of this pull request's preview ended before it answered, and these projects were made since: ` +
            `${journaled.candidates.map((project) => project.name).join(', ')}; none can be tied to it, none is deleted.`);
    }
    const search = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findPreview */ .Cr)(deps.cloud, pr, {
        commentTenantId: comment?.tenantId,
        name: (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr),
        openedAt: deps.settings.pullRequest?.openedAt
    }, log);
    if (search.found) {
        (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .reportTenant */ .l1)(search.found.tenant, deps);
        return { tenantId: search.found.tenant.id, gone: false };
    }
    return search.gone ? { tenantId: search.gone, gone: true } : undefined;
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
