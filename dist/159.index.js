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
async function deleteOperation(deps) {
    const { settings, log, preview } = deps;
    const pr = settings.pullRequest;
    const comment = preview ? await preview.find() : undefined;
    let target;
    if (settings.tenantId) {
        target = { tenantId: settings.tenantId, gone: false };
    }
    else if (pr) {
        const search = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findPreview */ .Cr)(deps.cloud, pr, { commentTenantId: comment?.tenantId, name: (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr) }, log);
        if (search.found)
            (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .reportTenant */ .l1)(search.found.tenant, deps);
        target = search.found
            ? { tenantId: search.found.tenant.id, gone: false }
            : search.gone
                ? { tenantId: search.gone, gone: true }
                : undefined;
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
    if (pr) {
        await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_2__/* .dropPreviewDatabase */ .t)(pr, deps).catch((error) => {
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


/***/ }),

/***/ 8702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ensurePreviewDatabase),
/* harmony export */   t: () => (/* binding */ dropPreviewDatabase)
/* harmony export */ });
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5465);

/**
 * The pull request's database on `postgres-server-url`, made (or found) before anything is written to Hasura Cloud.
 * Named after the pull request whatever the project's name: delete and sweep find it by that name.
 */
async function ensurePreviewDatabase(pr, deps) {
    const { settings } = deps;
    if (!deps.databases)
        return undefined;
    const store = await deps.databases();
    try {
        const database = await store.ensure((0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(pr), {
            owner: pr,
            template: settings.databaseTemplate,
            reset: settings.resetDatabase,
            dryRun: settings.dryRun
        });
        deps.report.setDatabase(database.name);
        return database;
    }
    finally {
        await store.close();
    }
}
/** The preview database goes with the tenant, when `postgres-server-url` is given and its tag names this pull request. */
async function dropPreviewDatabase(pr, deps) {
    if (!deps.databases)
        return;
    const name = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(pr);
    const store = await deps.databases();
    try {
        const dryRun = deps.settings.dryRun;
        const dropped = await store.drop(name, pr, { dryRun });
        if (dropped === 'dropped')
            deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name}.`);
        else if (dropped === 'not-found')
            deps.log.info(`The preview database ${name} does not exist: nothing to drop.`);
        else
            deps.log.warning(`The database ${name} is not dropped: it is not tagged as this pull request's preview database.`);
    }
    finally {
        await store.close();
    }
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
    deps.report.setAdminSecret(env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .F]);
}
function describeTenant(tenant) {
    return `tenant ${tenant.id} (project ${tenant.project.name}, ${(0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .graphqlUrl */ .XS)(tenant.project.endpoint)})`;
}


/***/ }),

/***/ 5889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ findPreview),
/* harmony export */   bT: () => (/* binding */ findUnmarkedSince),
/* harmony export */   qA: () => (/* binding */ judgeTenant)
/* harmony export */ });
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1246);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);


/**
 * Is the tenant this pull request's preview? Only its own marker says so: a comment can be forged and two
 * repositories' names can normalise alike, but the marker is written by this action on the tenant itself.
 */
async function judgeTenant(cloud, tenantId, pr) {
    let read;
    try {
        read = await cloud.readTenant(tenantId);
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy)
            return { kind: 'gone' };
        throw error;
    }
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .isPreviewOf */ .ko)(read.env.vars, pr)
        ? { kind: 'ours', read }
        : { kind: 'not-ours', why: (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .markerMismatch */ .ru)(read.env.vars, pr) };
}
/**
 * The pull request's preview, shared by create, delete and sweep: the tenant its comment names, else the project
 * with its preview name; either counts only when the tenant's marker names this pull request. A candidate that is
 * not this pull request's preview is left alone, with a warning.
 */
async function findPreview(cloud, pr, hints, log) {
    const { commentTenantId, name } = hints;
    let gone;
    if (commentTenantId) {
        const verdict = await judgeTenant(cloud, commentTenantId, pr);
        if (verdict.kind === 'ours')
            return { found: verdict.read, projects: [] };
        if (verdict.kind === 'gone') {
            gone = commentTenantId;
            log.warning(`The preview comment names tenant ${commentTenantId}, which no longer exists.`);
        }
        else {
            log.warning(`The preview comment names tenant ${commentTenantId}, but ${verdict.why}: it is left alone.`);
        }
    }
    const projects = await cloud.listProjects();
    const holder = name ? projects.find((project) => project.name === name) : undefined;
    if (holder?.tenantId && holder.tenantId !== commentTenantId) {
        const verdict = await judgeTenant(cloud, holder.tenantId, pr);
        if (verdict.kind === 'ours') {
            log.info(`Found this pull request's preview by its name ${name}: tenant ${holder.tenantId}.`);
            return { found: verdict.read, projects };
        }
        if (verdict.kind === 'not-ours') {
            log.warning(`Project ${name} exists (tenant ${holder.tenantId}), but ${verdict.why}: it is left alone.`);
        }
    }
    return { gone, projects };
}
/**
 * The projects made since `before` was listed, and among them the tenants that carry no marker yet: a tenant
 * no run has claimed, which is what a create whose answer was lost leaves behind.
 */
async function findUnmarkedSince(cloud, before) {
    const known = new Set(before.map((project) => project.id));
    const fresh = (await cloud.listProjects()).filter((project) => !known.has(project.id));
    const unmarked = [];
    for (const project of fresh) {
        if (!project.tenantId)
            continue;
        try {
            const read = await cloud.readTenant(project.tenantId);
            if (!(0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .hasMarker */ .xY)(read.env.vars))
                unmarked.push(read);
        }
        catch (error) {
            if (!(error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy))
                throw error;
        }
    }
    return { fresh, unmarked };
}


/***/ }),

/***/ 5465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ previewNumber),
/* harmony export */   gz: () => (/* binding */ previewName),
/* harmony export */   sy: () => (/* binding */ previewNamePattern)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MAX_NAME = 63;
/** Lower case, characters other than a-z0-9- as '-', no '--', no '-' at either end. */
function normalise(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * The project name of a pull request's preview: `<owner>-<repo>-pr-<number>`, normalised. A DNS label holds 63
 * characters, so a longer name keeps `-pr-<number>` and cuts the rest, with 6 hex characters of a hash of the
 * full name so that two long names with one start stay apart: `<cut>-<hash>-pr-<number>`.
 */
function previewName(pr) {
    const suffix = `-pr-${pr.number}`;
    const base = normalise(`${pr.owner}-${pr.repo}`) || 'repo';
    const full = `${base}${suffix}`;
    if (full.length <= MAX_NAME)
        return full;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(full).digest('hex').slice(0, 6);
    const cut = base.slice(0, MAX_NAME - suffix.length - hash.length - 1).replace(/-+$/, '');
    return `${cut}-${hash}${suffix}`;
}
/**
 * A SQL LIKE pattern that every preview name of this repository matches (and some others: callers check each
 * name with previewNumber): the first characters of the normalised `<owner>-<repo>`, which a cut name keeps.
 */
function previewNamePattern(repository) {
    const base = normalise(`${repository.owner}-${repository.repo}`) || 'repo';
    return `${base.slice(0, 24).replace(/[%_\\]/g, '\\$&')}%-pr-%`;
}
/** The pull request number a project name is the preview name of, for this repository; undefined otherwise. */
function previewNumber(name, repository) {
    const match = /-pr-([1-9]\d{0,9})$/.exec(name);
    if (!match)
        return undefined;
    const number = Number(match[1]);
    return previewName({ ...repository, number }) === name ? number : undefined;
}


/***/ })

};
