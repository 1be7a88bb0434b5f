export const id = 159;
export const ids = [159,879];
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

/***/ 8702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WX: () => (/* binding */ dropPreviewDatabases),
/* harmony export */   f1: () => (/* binding */ plannedDatabases),
/* harmony export */   j1: () => (/* binding */ ensurePreviewDatabases),
/* harmony export */   l7: () => (/* binding */ withPreviewDatabases),
/* harmony export */   qu: () => (/* binding */ previewDatabaseRefs)
/* harmony export */ });
/* harmony import */ var _project_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8879);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5465);


/** Opens the `postgres-server-url` store for the length of `work`, when there is one, and closes it whatever happens. */
async function withPreviewDatabases(deps, work) {
    const store = deps.databases ? await deps.databases() : undefined;
    try {
        return await work(store);
    }
    finally {
        await store?.close();
    }
}
/**
 * The databases a preview gets: one per env var the project's Postgres sources read their URL from (in the order
 * of databases.yaml; the first `<preview>`, the others `<preview>-<source>`), except a var the env file sets, which
 * is the user's. With no such source (or no project), one database, written to `database-url-env`.
 */
function plannedDatabases(pr, deps) {
    const set = new Set((deps.entries ?? []).filter((entry) => entry.value !== null).map((entry) => entry.key));
    const planned = [];
    for (const [source, env] of deps.project ? (0,_project_sources_js__WEBPACK_IMPORTED_MODULE_1__.sourceEnvs)(deps.project.metadata) : []) {
        if (set.has(env) || planned.some((database) => database.env === env))
            continue;
        planned.push({ name: planned.length === 0 ? (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(pr) : (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewDatabaseName */ .xM)(pr, source), env });
    }
    return planned.length > 0 ? planned : [{ name: (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(pr), env: deps.settings.databaseUrlEnv }];
}
/**
 * The pull request's databases on `postgres-server-url`, made (or found) before anything is written to Hasura Cloud.
 * Named after the pull request whatever the project's name: delete and sweep find them by their roles.
 */
async function ensurePreviewDatabases(pr, store, deps) {
    const { settings } = deps;
    const databases = [];
    for (const [index, { name, env }] of plannedDatabases(pr, deps).entries()) {
        const database = await store.ensure(name, {
            owner: pr,
            // The template holds the main database's starting data; the others start empty.
            template: index === 0 ? settings.databaseTemplate : undefined,
            reset: settings.resetDatabase,
            dryRun: settings.dryRun,
            seeds: settings.seeds
        });
        databases.push({ ...database, env });
    }
    deps.report.setDatabases(databases.map((database) => database.name));
    return databases;
}
/** What the schema apply needs to know of them: each one's ledger, and whether its seeds are pending. */
function previewDatabaseRefs(databases) {
    return databases.map((database) => ({
        name: database.name,
        url: database.url,
        env: database.env,
        fresh: database.created || database.reset,
        seedsPending: database.seedsPending
    }));
}
/**
 * The preview's databases and roles go with the tenant, when they are this pull request's: every role the server
 * holds for it (one per database), and the main one by its name (found even when the listing cannot tell).
 */
async function dropPreviewDatabases(pr, store, deps) {
    const dryRun = deps.settings.dryRun;
    const main = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(pr);
    const names = new Set([main]);
    for (const preview of await store.previewsOf(pr)) {
        if (preview.pr.number === pr.number)
            names.add(preview.name);
    }
    let result = 'not-found';
    for (const name of names) {
        const dropped = await store.drop(name, pr, { dryRun });
        if (dropped === 'dropped') {
            deps.log.info(`${dryRun ? 'Dry run: would drop' : 'Dropped'} the preview database ${name} and its role.`);
            result = 'dropped';
        }
        else if (dropped === 'not-ours') {
            deps.log.warning(`The database ${name} is not dropped: it does not belong to the role this action made for this pull request.`);
            if (result === 'not-found')
                result = 'not-ours';
        }
        else if (name === main && result === 'not-found') {
            deps.log.info(`The preview database ${name} does not exist: nothing to drop.`);
        }
    }
    return result;
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
/* harmony export */   PI: () => (/* binding */ findUnnamedPreviews),
/* harmony export */   bT: () => (/* binding */ findUnmarkedSince),
/* harmony export */   dr: () => (/* binding */ judgeJournal),
/* harmony export */   ki: () => (/* binding */ findNamedPreviews),
/* harmony export */   qA: () => (/* binding */ judgeTenant)
/* harmony export */ });
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1246);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);



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
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .isPreviewOf */ .ko)(read.env.vars, pr)
        ? { kind: 'ours', read }
        : { kind: 'not-ours', why: (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerMismatch */ .ru)(read.env.vars, pr) };
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
    const renamedNever = await findUnnamed(cloud, pr, projects, hints);
    if (renamedNever) {
        log.info(`Found this pull request's preview by its marker: tenant ${renamedNever.tenant.id} (project ` +
            `${renamedNever.tenant.project.name}, never renamed to ${name ?? 'its preview name'}).`);
        return { found: renamedNever, projects };
    }
    return { gone, projects };
}
/**
 * A preview that never got its name (its rename was refused, or its run ended before it) and that no comment
 * names: among the projects made since the pull request was opened, those whose name is no preview name, the one
 * whose marker names this pull request. One read per such project, and none when the time is not known.
 */
async function findUnnamed(cloud, pr, projects, hints) {
    if (!hints.openedAt)
        return undefined;
    const since = Date.parse(hints.openedAt);
    const candidates = projects.filter((project) => project.tenantId &&
        project.tenantId !== hints.commentTenantId &&
        project.name !== hints.name &&
        !LOOKS_LIKE_A_PREVIEW.test(project.name) &&
        Date.parse(project.createdAt) >= since);
    for (const project of candidates) {
        const verdict = await judgeTenant(cloud, project.tenantId, pr);
        if (verdict.kind === 'ours')
            return verdict.read;
    }
    return undefined;
}
/** Names this action gives previews (of any repository) end so; a generated name does not. */
const LOOKS_LIKE_A_PREVIEW = /-pr-[1-9][0-9]*$/;
/**
 * The projects made since the account held `before` (their ids), and among them the tenants that carry no marker
 * yet: a tenant no run has claimed, which is what a create whose answer was lost leaves behind.
 */
async function findUnmarkedSince(cloud, before) {
    const known = new Set(before);
    const fresh = (await cloud.listProjects()).filter((project) => !known.has(project.id));
    const unmarked = [];
    for (const project of fresh) {
        if (!project.tenantId)
            continue;
        try {
            const read = await cloud.readTenant(project.tenantId);
            if (!(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(read.env.vars))
                unmarked.push(read);
        }
        catch (error) {
            if (!(error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy))
                throw error;
        }
    }
    return { fresh, unmarked };
}
/**
 * The tenant a preview's journal ties to its pull request (see PreviewJournal): the one it names, unless that
 * tenant is gone or marked for another pull request; or, when a create was sent and its answer lost, the one
 * project made since then that no run has marked, when there is exactly one.
 */
async function judgeJournal(cloud, pr, journal, log) {
    if (journal.tenant) {
        let read;
        try {
            read = await cloud.readTenant(journal.tenant);
        }
        catch (error) {
            if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy)
                return { kind: 'none' };
            throw error;
        }
        if ((0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .isPreviewOf */ .ko)(read.env.vars, pr))
            return { kind: 'tenant', read, marked: true };
        if (!(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(read.env.vars))
            return { kind: 'tenant', read, marked: false };
        log.warning(`The preview's record on its database server names tenant ${journal.tenant}, but ${(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerMismatch */ .ru)(read.env.vars, pr)}: ` +
            'it is left alone.');
        return { kind: 'none' };
    }
    if (!journal.creating)
        return { kind: 'none' };
    const { fresh, unmarked } = await findUnmarkedSince(cloud, journal.creating.before);
    if (unmarked.length === 0)
        return { kind: 'none' };
    if (fresh.length === 1 && unmarked.length === 1)
        return { kind: 'tenant', read: unmarked[0], marked: false };
    return { kind: 'ambiguous', candidates: fresh };
}
/**
 * The previews of a repository that never got their name (see findUnnamed), by pull request number: every project
 * of the account whose name is no preview name is read once. For the sweep, which knows no time to start from.
 */
async function findUnnamedPreviews(cloud, repository) {
    const found = new Map();
    for (const project of await cloud.listProjects()) {
        if (!project.tenantId || LOOKS_LIKE_A_PREVIEW.test(project.name))
            continue;
        let read;
        try {
            read = await cloud.readTenant(project.tenantId);
        }
        catch (error) {
            if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy)
                continue;
            throw error;
        }
        const number = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markedNumber */ .qM)(read.env.vars, repository);
        if (number !== undefined)
            found.set(number, [...(found.get(number) ?? []), project]);
    }
    return found;
}
/**
 * The previews of a repository that carry their names (`<owner>-<repo>-pr-<n>`), each tied to its pull request by its
 * own marker: one search, and one read per project so named. A project named so whose marker says otherwise is not
 * one of them.
 */
async function findNamedPreviews(cloud, repository) {
    const previews = [];
    for (const project of await cloud.findProjectsLike((0,_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNamePattern */ .sy)(repository))) {
        const number = (0,_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNumber */ .KL)(project.name, repository);
        if (number === undefined || !project.tenantId)
            continue;
        const verdict = await judgeTenant(cloud, project.tenantId, { ...repository, number });
        if (verdict.kind === 'ours')
            previews.push({ number, read: verdict.read });
    }
    return previews;
}


/***/ }),

/***/ 5465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ previewNumber),
/* harmony export */   gz: () => (/* binding */ previewName),
/* harmony export */   sy: () => (/* binding */ previewNamePattern),
/* harmony export */   xM: () => (/* binding */ previewDatabaseName)
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
/**
 * The database of one more source of a preview: `<preview>-<source>`, normalised like a name; a longer one is cut
 * to 63 characters and ends with 6 hex characters of a hash of the full name, so two sources stay apart.
 */
function previewDatabaseName(pr, source) {
    const full = `${previewName(pr)}-${normalise(source) || 'source'}`;
    if (full.length <= MAX_NAME)
        return full;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(full).digest('hex').slice(0, 6);
    return `${full.slice(0, MAX_NAME - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}


/***/ }),

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
