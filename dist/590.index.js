export const id = 590;
export const ids = [590,879];
export const modules = {

/***/ 4147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ enforcePreviewCap),
/* harmony export */   Xw: () => (/* binding */ expiredAt),
/* harmony export */   fJ: () => (/* binding */ deleteExpiredPreview),
/* harmony export */   nR: () => (/* binding */ timeOf),
/* harmony export */   vv: () => (/* binding */ planExpiry)
/* harmony export */ });
/* harmony import */ var _preview_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
/* harmony import */ var _preview_marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8702);



/** The time of day, as the run's clock tells it. */
function timeOf(deps) {
    return deps.now?.() ?? new Date();
}
/**
 * An expiry renewed less than this part of the window ago stands: the same value, so a push soon after the last one
 * writes no env (an env write restarts the project). A preview is deleted no sooner than 9/10 of `expire-after`
 * after its last push.
 */
const RENEWAL_SLACK = 0.1;
/**
 * What a create writes about the preview's expiry, given its tenant's env (undefined for a new tenant): with
 * `expire-after`, that long from now (see RENEWAL_SLACK); without, an expiry an earlier run wrote goes.
 */
function planExpiry(vars, deps) {
    const window = deps.settings.expireAfter;
    if (!window)
        return vars ? { entry: (0,_preview_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryEntry */ .eD)(null) } : {};
    const target = timeOf(deps).getTime() + window.ms;
    const stored = vars ? (0,_preview_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryOf */ .p1)(vars) : undefined;
    if (stored && stored.getTime() <= target && stored.getTime() >= target - window.ms * RENEWAL_SLACK) {
        return { entry: (0,_preview_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryEntry */ .eD)(stored), at: stored };
    }
    const at = new Date(target);
    return { entry: (0,_preview_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryEntry */ .eD)(at), at };
}
/** When a preview's tenants say it expired: the latest expiry, once all of them have one that has passed. */
function expiredAt(tenants, now) {
    const expiries = tenants.map((tenant) => (0,_preview_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryOf */ .p1)(tenant.env.vars));
    if (expiries.length === 0 || expiries.some((at) => !at || at > now))
        return undefined;
    return new Date(Math.max(...expiries.map((at) => at.getTime())));
}
/**
 * Delete the preview of an open pull request that expired. Its databases go first: while its pull request is open,
 * a database left behind is no sweep's to find (only the pull request's next push or its close would). Then its
 * comment says so (and stops naming the tenant, so the next push makes a new preview), then its tenants go: a run
 * killed on the way finds the tenant, still expired, and finishes.
 */
async function deleteExpiredPreview(pr, tenants, at, store, deps) {
    const { cloud, log } = deps;
    const result = { deleted: [], dropped: false, failures: [] };
    if (store) {
        try {
            result.dropped = (await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_1__/* .dropPreviewDatabases */ .WX)(pr, store, deps)) === 'dropped';
        }
        catch (error) {
            const message = `its database was not dropped: ${error.message}`;
            result.failures.push(message);
            log.error(`The expired preview of pull request #${pr.number}: ${message}`);
        }
    }
    const preview = deps.previewOf?.(pr);
    const comment = await preview?.find();
    if (preview && comment?.tenantId)
        await preview.markDeleted(comment, comment.tenantId, { kind: 'expired', at });
    for (const tenant of tenants) {
        const which = `${tenant.project.name} (tenant ${tenant.id})`;
        try {
            await cloud.deleteTenant(tenant.id);
            result.deleted.push(which);
            log.info(`Deleted ${which}: the preview of pull request #${pr.number} expired at ${at.toISOString()}.`);
        }
        catch (error) {
            const message = error.message;
            result.failures.push(`${which}: ${message}`);
            log.error(`Could not delete ${which}: ${message}`);
        }
    }
    return result;
}
/**
 * `max-previews`: a create that would make a new preview when the repository has that many already fails before any
 * Cloud write, naming them; previews that expired are deleted first. A pull request that has its preview is never
 * refused (its create reuses it). Previews are counted by their names and markers; two pull requests opened at the
 * same moment may both pass.
 */
async function enforcePreviewCap(pr, store, deps) {
    const { settings, log } = deps;
    const max = settings.maxPreviews;
    if (max === undefined)
        return;
    const previews = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findNamedPreviews */ .ki)(deps.cloud, pr);
    if (previews.some((preview) => preview.number === pr.number))
        return;
    const byNumber = new Map();
    for (const preview of previews)
        byNumber.set(preview.number, [...(byNumber.get(preview.number) ?? []), preview]);
    if (byNumber.size < max)
        return;
    const now = timeOf(deps);
    const live = new Map();
    for (const [number, found] of [...byNumber].sort(([a], [b]) => a - b)) {
        const at = expiredAt(found.map((preview) => preview.read), now);
        if (!at) {
            live.set(number, found);
            continue;
        }
        if (settings.dryRun) {
            log.info(`Dry run: the preview of pull request #${number} expired at ${at.toISOString()}; it would be deleted.`);
            continue;
        }
        log.info(`The preview of pull request #${number} expired at ${at.toISOString()}: deleting it to make room.`);
        const done = await deleteExpiredPreview({ ...pr, number }, found.map((preview) => preview.read.tenant), at, store, deps);
        if (done.deleted.length < found.length)
            live.set(number, found);
    }
    if (live.size < max)
        return;
    const names = [...live]
        .map(([number, found]) => `${found.map((p) => p.read.tenant.project.name).join(' and ')} (#${number})`)
        .join(', ');
    throw new Error(`Input "max-previews" is ${max}, and ${pr.owner}/${pr.repo} has ${live.size} preview${live.size === 1 ? '' : 's'} ` +
        `already: ${names}. No preview was made for pull request #${pr.number}. Close a pull request (its preview is ` +
        'deleted), delete a preview with operation: delete, raise max-previews, or set expire-after so that idle ' +
        'previews go; then re-run the job.');
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

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOperation: () => (/* binding */ sweepOperation)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6706);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2334);
/* harmony import */ var _preview_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4147);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8702);






/**
 * Delete the previews of closed pull requests that teardown missed: a tenant goes only when GitHub says its pull
 * request is closed and the tenant is tied to it (its own marker, or the preview's journal on the database server);
 * the preview's databases and role go when the role is the pull request's. Candidates come from the project names
 * and from the roles on the database server, so what a killed teardown left on either side is found. Anything else
 * is kept with a warning. One failure does not stop the others; the step fails at the end if any failed.
 */
async function sweepOperation(deps) {
    // A database server that cannot be reached must not keep the tenants of closed pull requests alive.
    let store;
    let unreachable;
    try {
        store = await deps.databases?.();
    }
    catch (error) {
        unreachable = error.message;
        deps.log.error(`The preview databases cannot be swept: ${unreachable}`);
    }
    try {
        return await sweep(store, unreachable, deps);
    }
    finally {
        await store?.close();
    }
}
async function sweep(store, unreachable, deps) {
    const { settings, log } = deps;
    const repository = settings.repository;
    const candidates = new Map();
    const candidate = (number) => {
        const found = candidates.get(number) ?? { number, projects: [], servers: [] };
        candidates.set(number, found);
        return found;
    };
    for (const project of await deps.cloud.findProjectsLike((0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNamePattern */ .sy)(repository))) {
        const number = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNumber */ .KL)(project.name, repository);
        // Another repository's name that shares the first characters: not a candidate at all.
        if (number !== undefined)
            candidate(number).projects.push(project);
    }
    for (const [number, projects] of await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findUnnamedPreviews */ .PI)(deps.cloud, repository)) {
        candidate(number).projects.push(...projects);
    }
    for (const server of (await store?.previewsOf(repository)) ?? [])
        candidate(server.pr.number).servers.push(server);
    const tally = { swept: 0, kept: 0, rows: [], failed: [] };
    for (const found of [...candidates.values()].sort((a, b) => a.number - b.number)) {
        await sweepOne(found, store, unreachable, tally, deps);
    }
    log.info(`Sweep: ${tally.swept} ${settings.dryRun ? 'to delete' : 'deleted'}, ${tally.kept} kept, ${tally.failed.length} failed.`);
    return {
        result: settings.dryRun ? 'planned' : tally.swept > 0 ? 'deleted' : 'unchanged',
        changed: tally.swept > 0,
        outputs: { swept: String(tally.swept), kept: String(tally.kept) },
        tables: [
            {
                title: `Previews of ${repository.owner}/${repository.repo}`,
                header: ['Name', 'PR', 'State', 'Action taken'],
                rows: tally.rows
            }
        ],
        failure: tally.failed.length > 0
            ? `The sweep failed on ${tally.failed.length} preview${tally.failed.length === 1 ? '' : 's'}: ${tally.failed.join('; ')}`
            : undefined
    };
}
/**
 * An open pull request's preview stays, unless it expired (`expire-after`): its tenants, tied to it by their markers,
 * all carry an expiry that has passed. One read per project of the preview.
 */
async function sweepIfExpired(found, store, tally, row, deps) {
    const { settings, log } = deps;
    const pr = { ...settings.repository, number: found.number };
    const ours = [];
    for (const project of found.projects) {
        if (!project.tenantId)
            continue;
        const verdict = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeTenant */ .qA)(deps.cloud, project.tenantId, pr);
        if (verdict.kind === 'ours')
            ours.push(verdict.read);
    }
    const at = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiredAt */ .Xw)(ours, (0,_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .timeOf */ .nR)(deps));
    if (!at) {
        tally.kept++;
        row('open', 'kept');
        return;
    }
    const when = `expired at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .utcText */ .k)(at)}`;
    if (settings.dryRun) {
        tally.swept++;
        log.info(`Dry run: the preview of pull request #${pr.number} (open) ${when}; it would be deleted.`);
        row('open', `would be deleted (${when})`);
        return;
    }
    const done = await (0,_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteExpiredPreview */ .fJ)(pr, ours.map((read) => read.tenant), at, store, deps);
    if (done.deleted.length > 0 || done.dropped)
        tally.swept++;
    tally.failed.push(...done.failures);
    row('open', done.failures.length > 0 ? `failed: ${done.failures.join('; ')}` : `deleted (${when})`);
}
async function sweepOne(found, store, unreachable, tally, deps) {
    const { settings, cloud, log } = deps;
    const { number } = found;
    const pr = { ...settings.repository, number };
    const label = found.projects[0]?.name ?? (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr);
    const row = (state, action) => {
        tally.rows.push([(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(label), `#${number}`, state, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(action)]);
    };
    const keep = (state, why) => {
        tally.kept++;
        log.warning(`${label} (pull request #${number}) is kept: ${why}.`);
        row(state, `kept: ${why}`);
    };
    const { state, reason } = await deps.pullRequestState(number);
    if (state === 'open')
        return sweepIfExpired(found, store, tally, row, deps);
    if (state !== 'closed')
        return keep(state, reason ?? 'its state is unknown');
    // The tenants tied to the closed pull request: by their marker, or by the preview's journal.
    const tenants = new Map();
    const refusals = [];
    for (const project of found.projects) {
        if (!project.tenantId)
            continue;
        const verdict = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeTenant */ .qA)(cloud, project.tenantId, pr);
        if (verdict.kind === 'ours')
            tenants.set(project.tenantId, `${project.name} (tenant ${project.tenantId})`);
        else if (verdict.kind === 'not-ours')
            refusals.push(verdict.why);
    }
    // The journal is on the preview's main role, named like the preview.
    const main = found.servers.find((server) => server.name === (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr));
    if (main) {
        const journaled = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeJournal */ .dr)(cloud, pr, main.journal, log);
        if (journaled.kind === 'tenant' && !tenants.has(journaled.read.tenant.id)) {
            const { tenant } = journaled.read;
            tenants.set(tenant.id, `${tenant.project.name} (tenant ${tenant.id})`);
        }
    }
    if (tenants.size === 0 && found.servers.length === 0) {
        if (refusals.length > 0)
            return keep('closed', refusals.join('; '));
        row('closed', 'gone already');
        return;
    }
    const what = [...tenants.values(), ...found.servers.map((server) => `database ${server.name}`)].join(', ');
    if (settings.dryRun) {
        tally.swept++;
        log.info(`Dry run: ${what} of pull request #${number} (closed) would be deleted.`);
        row('closed', 'would be deleted');
        return;
    }
    const failures = [];
    const deletedTenants = [];
    for (const [tenantId, which] of tenants) {
        try {
            await cloud.deleteTenant(tenantId);
            deletedTenants.push(which);
            log.info(`Deleted ${which}: pull request #${number} is closed.`);
        }
        catch (error) {
            const message = error.message;
            failures.push(`${which}: ${message}`);
            log.error(`Could not delete ${which}: ${message}`);
        }
    }
    const deleted = deletedTenants.length;
    // The comment says the preview is gone before its last trace (its role) goes: a sweep killed in between finds the
    // role on its next run, and a comment still naming a tenant is updated then.
    if (failures.length === 0) {
        const preview = deps.previewOf?.(pr);
        const comment = await preview?.find();
        if (preview && comment?.tenantId)
            await preview.markDeleted(comment, comment.tenantId, { kind: 'swept' });
    }
    // The database goes once no tenant of the preview is left to use it.
    let dropped = false;
    let notDropped = failures.length === 0 ? unreachable : undefined;
    if (store && failures.length === 0) {
        try {
            dropped = (await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_3__/* .dropPreviewDatabases */ .WX)(pr, store, deps)) === 'dropped';
        }
        catch (error) {
            notDropped = error.message;
        }
    }
    if (notDropped) {
        // The tenant is gone either way: the failure is about the database alone, and the comment still says so.
        const whose = deleted > 0 ? `${deletedTenants.join(', ')}: the tenant was deleted, but its` : `${label}: the`;
        failures.push(`${whose} preview database was not dropped: ${notDropped}`);
        log.error(`${whose} preview database was not dropped: ${notDropped}`);
    }
    if (deleted > 0 || dropped)
        tally.swept++;
    tally.failed.push(...failures);
    if (notDropped && deleted > 0)
        row('closed', `deleted; database not dropped: ${notDropped}`);
    else if (failures.length > 0)
        row('closed', `failed: ${failures.join('; ')}`);
    else
        row('closed', deleted > 0 ? 'deleted' : 'deleted (what an earlier run left)');
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
