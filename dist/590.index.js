export const id = 590;
export const ids = [590];
export const modules = {

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `1 role`, `3 roles`: a count and its noun, for logs, messages and comments alike. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ enforcePreviewCap),
/* harmony export */   Xw: () => (/* binding */ expiredAt),
/* harmony export */   fJ: () => (/* binding */ deleteExpiredPreview),
/* harmony export */   nR: () => (/* binding */ timeOf),
/* harmony export */   vv: () => (/* binding */ planExpiry)
/* harmony export */ });
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7522);
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
 * `max-previews`, for a pull request that has no preview yet (create looks it up first, by its marker, so that a
 * pull request that has its preview is never refused): a create that would make one more when the repository has
 * that many already fails before any Cloud write, naming them; previews that expired are deleted first. Previews
 * are counted by their tenants' markers among the account's `projects`, whatever their names (see
 * findMarkedPreviews); two pull requests opened at the same moment may both pass.
 */
async function enforcePreviewCap(pr, store, projects, deps) {
    const { settings, log } = deps;
    const max = settings.maxPreviews;
    if (max === undefined)
        return;
    // The journals on the preview roles name their tenants: those are read whatever the bound on the others.
    const journaled = new Set((await store?.previewsOf(pr))?.flatMap((role) => role.journal.tenant ?? []));
    const { previews, unread } = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findMarkedPreviews */ .RV)(deps.cloud, pr, projects, journaled);
    if (previews.some((preview) => preview.number === pr.number))
        return;
    const byNumber = new Map();
    for (const preview of previews)
        byNumber.set(preview.number, [...(byNumber.get(preview.number) ?? []), preview]);
    if (byNumber.size < max)
        return uncounted(unread, deps);
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
        return uncounted(unread, deps);
    const names = [...live]
        .map(([number, found]) => `${found.map((p) => p.read.tenant.project.name).join(' and ')} (#${number})`)
        .join(', ');
    throw new Error(`Input "max-previews" is ${max}, and ${pr.owner}/${pr.repo} has ${live.size} preview${live.size === 1 ? '' : 's'} ` +
        `already: ${names}. No preview was made for pull request #${pr.number}. Close a pull request (its preview is ` +
        'deleted), delete a preview with operation: delete, raise max-previews, or set expire-after so that idle ' +
        'previews go; then re-run the job.');
}
/** A count under the cap that left projects unread may be short: said, so that one preview too many is explained. */
function uncounted(unread, deps) {
    if (unread === 0)
        return;
    deps.log.warning(`max-previews: the account holds ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(unread, 'more project')} than a create reads to count ` +
        'previews (the oldest were left): a preview among them that carries neither its preview name nor a database ' +
        'role on postgres-server-url is not counted.');
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
        store = await deps.server?.databases();
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


/***/ })

};
