export const id = 590;
export const ids = [590];
export const modules = {

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

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOperation: () => (/* binding */ sweepOperation)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6706);
/* harmony import */ var _preview_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8702);




/**
 * Delete the previews of closed pull requests that teardown missed. A tenant goes only when its name is this
 * repository's preview name of a pull request, GitHub says that pull request is closed, and the tenant's own marker
 * names it; anything else is kept with a warning. One failed deletion does not stop the others; the step fails at
 * the end if any failed.
 */
async function sweepOperation(deps) {
    const { settings, cloud, log } = deps;
    const repository = settings.repository;
    const projects = await cloud.findProjectsLike((0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNamePattern */ .sy)(repository));
    const rows = [];
    const failed = [];
    let swept = 0;
    let kept = 0;
    for (const project of projects) {
        const number = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNumber */ .KL)(project.name, repository);
        // Another repository's name that shares the first characters: not a candidate at all.
        if (number === undefined)
            continue;
        const pr = { ...repository, number };
        const row = (state, action) => {
            rows.push([(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(project.name), `#${number}`, state, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(action)]);
        };
        const keep = (state, why) => {
            kept++;
            log.warning(`${project.name} (pull request #${number}) is kept: ${why}.`);
            row(state, `kept: ${why}`);
        };
        if (!project.tenantId) {
            keep('-', 'the project has no tenant');
            continue;
        }
        const { state, reason } = await deps.pullRequestState(number);
        if (state === 'open') {
            kept++;
            row('open', 'kept');
            continue;
        }
        if (state !== 'closed') {
            keep(state, reason ?? 'its state is unknown');
            continue;
        }
        const verdict = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeTenant */ .qA)(cloud, project.tenantId, pr);
        if (verdict.kind === 'gone') {
            row('closed', 'gone already');
            continue;
        }
        if (verdict.kind === 'not-ours') {
            keep('closed', verdict.why);
            continue;
        }
        if (settings.dryRun) {
            swept++;
            log.info(`Dry run: ${project.name} (tenant ${project.tenantId}, pull request #${number}, closed) would be deleted.`);
            row('closed', 'would be deleted');
            continue;
        }
        const which = `${project.name} (tenant ${project.tenantId})`;
        try {
            await cloud.deleteTenant(project.tenantId);
        }
        catch (error) {
            const message = error.message;
            failed.push(`${which}: ${message}`);
            log.error(`Could not delete ${which}: ${message}`);
            row('closed', `failed: ${message}`);
            continue;
        }
        swept++;
        log.info(`Deleted ${which}: pull request #${number} is closed.`);
        let action = 'deleted';
        try {
            await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_2__/* .dropPreviewDatabase */ .t)(pr, deps);
        }
        catch (error) {
            // The tenant is gone either way: the failure is about the database alone, and the comment still says so.
            const message = error.message;
            failed.push(`${which}: the tenant was deleted, but its preview database was not dropped: ${message}`);
            log.error(`The tenant of ${which} was deleted, but its preview database was not dropped: ${message}`);
            action = `deleted; database not dropped: ${message}`;
        }
        const preview = deps.previewOf?.(pr);
        const comment = await preview?.find();
        if (preview && comment)
            await preview.markDeleted(comment, project.tenantId, 'swept');
        row('closed', action);
    }
    log.info(`Sweep: ${swept} ${settings.dryRun ? 'to delete' : 'deleted'}, ${kept} kept, ${failed.length} failed.`);
    return {
        result: settings.dryRun ? 'planned' : swept > 0 ? 'deleted' : 'unchanged',
        changed: swept > 0,
        outputs: { swept: String(swept), kept: String(kept) },
        tables: [
            {
                title: `Previews of ${repository.owner}/${repository.repo}`,
                header: ['Name', 'PR', 'State', 'Action taken'],
                rows
            }
        ],
        failure: failed.length > 0
            ? `The sweep failed on ${failed.length} preview${failed.length === 1 ? '' : 's'}: ${failed.join('; ')}`
            : undefined
    };
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
