export const id = 776;
export const ids = [776];
export const modules = {

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOperation: () => (/* binding */ createOperation)
/* harmony export */ });
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1246);
/* harmony import */ var _core_endpoints_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1569);
/* harmony import */ var _preview_find_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5889);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5465);
/* harmony import */ var _env_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1380);
/* harmony import */ var _health_wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5084);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8702);
/* harmony import */ var _schema_apply_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7618);
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6154);









/**
 * Create a tenant, or on a pull request reuse its preview. In order: the preview database (before any Cloud
 * write, so a Postgres failure costs no tenant); the search for this pull request's preview; the tenant; one env
 * write carrying the file, the marker and the database URL; the project's name; the comment; the health wait; the
 * Hasura project. Outputs are set, and the tenant id logged, the moment each is known.
 */
async function createOperation(deps) {
    const { settings, log } = deps;
    const pr = settings.pullRequest;
    const name = settings.name ?? (pr ? (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_2__/* .previewName */ .gz)(pr) : undefined);
    const database = pr ? await (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_5__/* .ensurePreviewDatabase */ .Q)(pr, deps) : undefined;
    const comment = deps.preview ? await deps.preview.find() : undefined;
    const search = pr
        ? await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_1__/* .findPreview */ .Cr)(deps.cloud, pr, { commentTenantId: comment?.tenantId, name }, log)
        : { projects: await deps.cloud.listProjects() };
    if (search.found) {
        // A database made (or reset) by this run is new to the existing preview: its migration records are of the old one.
        const fresh = !!(database?.created || database?.reset);
        return reusePreview(search.found, comment, database, deps, fresh);
    }
    if (search.gone)
        log.info('Making a new preview.');
    if (settings.dryRun) {
        log.info(`Dry run: a tenant would be created in ${settings.cloud}/${settings.region}` +
            `${name ? ` and named ${name}` : ''}; nothing written.`);
        deps.report.setTenant({ name });
        return { result: 'planned', changed: true };
    }
    const created = await createTenant(search.projects, deps);
    let tenant = created.tenant;
    // Logged at once: a run cancelled from here on still leaves the id in the log, not only in the outputs.
    log.info(`Created ${(0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .describeTenant */ .IT)(tenant)}.`);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTenant */ .l1)(tenant, deps);
    const sync = await writeNewTenantEnv(created, database, deps);
    if (name && tenant.project.name !== name) {
        const named = await nameProject(tenant, name, deps);
        if ('lostTo' in named) {
            log.warning(`Another run made this pull request's preview first (tenant ${named.lostTo.tenant.id}): deleting the tenant ` +
                `this run made (${tenant.id}) and using that one. One pull request, one tenant.`);
            await deps.cloud.deleteTenant(tenant.id);
            // The winner may have commented since this run looked: update its comment rather than post a second one.
            return reusePreview(named.lostTo, (await deps.preview?.find()) ?? comment, database, deps);
        }
        tenant = named.tenant;
        (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTenant */ .l1)(tenant, deps);
    }
    const outcome = { result: 'created', changed: true, changes: sync.changes };
    // The comment goes up before the health wait, so reviewers (and the next run) find the tenant even if the wait fails.
    const published = await publish(comment, tenant, outcome, deps, { database: database?.name });
    await (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitIfAsked */ .V)(tenant.project.endpoint, deps);
    const migrations = await (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_7__/* .applySchemaIfGiven */ .g)(tenant.project.endpoint, sync.env, deps);
    // The comment the first publish wrote is updated, never a second one posted.
    if (migrations !== undefined)
        await publish(published, tenant, outcome, deps, { database: database?.name, migrations });
    return outcome;
}
/** This pull request's existing preview: its env synced, the schema applied, the comment updated. */
async function reusePreview(found, comment, database, deps, freshDatabase = false) {
    const { settings } = deps;
    const { tenant } = found;
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTenant */ .l1)(tenant, deps);
    deps.log.info(`Reusing this pull request's preview: ${(0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .describeTenant */ .IT)(tenant)}.`);
    const entries = (0,_env_write_js__WEBPACK_IMPORTED_MODULE_3__/* .withActionEntries */ .t)(deps.entries, {
        pr: settings.pullRequest,
        databaseUrl: database?.url ?? settings.databaseUrl,
        databaseUrlEnv: settings.databaseUrlEnv
    });
    const sync = await (0,_env_write_js__WEBPACK_IMPORTED_MODULE_3__/* .syncTenantEnv */ .R)(tenant.id, entries, found.env, settings, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .reportEnv */ .wg)(sync.env, deps);
    if (!settings.dryRun && (sync.result === 'updated' || deps.applySchema)) {
        await (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitIfAsked */ .V)(tenant.project.endpoint, deps);
    }
    const fresh = freshDatabase ? { freshDatabaseEnv: settings.databaseUrlEnv } : undefined;
    const migrations = await (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_7__/* .applySchemaIfGiven */ .g)(tenant.project.endpoint, sync.env, deps, fresh);
    // In a dry run, `changed` says whether the sync would write.
    const outcome = {
        result: settings.dryRun ? 'planned' : 'reused',
        changed: sync.changed,
        changes: sync.changes
    };
    await publish(comment, tenant, outcome, deps, { database: database?.name, migrations });
    return outcome;
}
/**
 * createTenant, sent once. After an ambiguous failure the account's projects are listed again: a project that was
 * not there before this run's create, and carries no preview marker yet, is the one this create made, and is
 * adopted only when it is the only one. Otherwise the step fails and names the candidates.
 */
async function createTenant(before, deps) {
    const { settings, cloud, log } = deps;
    try {
        return await cloud.createTenant({ cloud: settings.cloud, region: settings.region, plan: settings.plan });
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiRejected */ .dI) {
            const quota = /limit|quota|maximum|exceed/i.test(error.message)
                ? ' The account may have reached its limit of projects: delete previews of closed pull requests (operation: sweep).'
                : '';
            throw new Error(`Hasura Cloud refused to create a tenant: ${error.message}.${quota}`, { cause: error });
        }
        if (!(error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AmbiguousWrite */ .OH))
            throw error;
        log.warning(`${error.message} Looking for a tenant it may have made...`);
        const { fresh, unmarked } = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_1__/* .findUnmarkedSince */ .bT)(cloud, before);
        if (fresh.length === 1 && unmarked.length === 1) {
            const adopted = unmarked[0];
            log.warning(`Tenant ${adopted.tenant.id} (project ${adopted.tenant.project.name}) is the only project made since this run ` +
                'listed the account: it is the one this create made, adopting it.');
            return { tenant: adopted.tenant, hash: adopted.env.hash };
        }
        const candidates = fresh.length
            ? `projects made since this run began: ${fresh.map((project) => `${project.name} (tenant ${project.tenantId ?? 'none yet'})`).join(', ')}; none can be tied to this run alone`
            : 'no new project shows in the account yet';
        throw new Error(`${error.message} A tenant may have been created (${candidates}). Check the Hasura Cloud console before ` +
            're-running, and delete a tenant this run left behind.', { cause: error });
    }
}
/**
 * The new tenant's one env write: the file, the marker and the database URL. A new tenant holds only server-set
 * keys: planning against none saves a read, unless the plan needs them (prune, removals, nothing to write).
 */
async function writeNewTenantEnv(created, database, deps) {
    const { settings } = deps;
    const entries = (0,_env_write_js__WEBPACK_IMPORTED_MODULE_3__/* .withActionEntries */ .t)(deps.entries, {
        pr: settings.pullRequest,
        databaseUrl: database?.url ?? settings.databaseUrl,
        databaseUrlEnv: settings.databaseUrlEnv
    });
    const needsVars = settings.prune || entries.length === 0 || entries.some((entry) => entry.value === null);
    const current = created.hash !== undefined && !needsVars
        ? { hash: created.hash, vars: {} }
        : await deps.cloud.getTenantEnv(created.tenant.id);
    const sync = await (0,_env_write_js__WEBPACK_IMPORTED_MODULE_3__/* .syncTenantEnv */ .R)(created.tenant.id, entries, current, settings, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .reportEnv */ .wg)(sync.env, deps);
    return sync;
}
/**
 * Name the project (the API ignores a name given to createTenant). A refused name leaves the generated one, with a
 * warning; on a pull request, a name held by this pull request's own preview means another run won the race.
 */
async function nameProject(tenant, name, deps) {
    const { cloud, log } = deps;
    const pr = deps.settings.pullRequest;
    let refusal;
    try {
        const project = await cloud.renameProject(tenant.project.id, name);
        if (project)
            return { tenant: { ...tenant, project } };
        refusal = 'the API answered no project';
    }
    catch (error) {
        if (!(error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiRejected */ .dI))
            throw error;
        refusal = error.message;
        const holder = (await cloud.findProjects(name))[0];
        // A retried rename that went through the first time finds the name already ours.
        if (holder?.tenantId === tenant.id)
            return { tenant: { ...tenant, project: { ...tenant.project, name, endpoint: holder.endpoint } } };
        if (pr && holder?.tenantId) {
            const verdict = await (0,_preview_find_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeTenant */ .qA)(cloud, holder.tenantId, pr);
            if (verdict.kind === 'ours')
                return { lostTo: verdict.read };
        }
    }
    log.warning(`Hasura Cloud refused the name ${name} (${refusal}): the project keeps its generated name ` +
        `${tenant.project.name}. Tenant ${tenant.id} remains the handle${pr ? ' (it carries its preview marker)' : ''}.`);
    return { tenant };
}
async function publish(comment, tenant, outcome, deps, extra) {
    // A dry run writes nothing, and a comment claiming a sync would mislead reviewers.
    if (deps.settings.dryRun || !deps.preview)
        return comment;
    return deps.preview.publish(comment, {
        tenantId: tenant.id,
        endpoint: (0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_8__/* .graphqlUrl */ .XS)(tenant.project.endpoint),
        consoleUrl: (0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleUrl */ .B9)(tenant.project.id),
        projectName: tenant.project.name,
        result: outcome.result,
        changes: outcome.changes ?? [],
        databaseName: extra.database,
        migrationsApplied: extra.migrations
    });
}


/***/ }),

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ syncTenantEnv),
  t: () => (/* binding */ withActionEntries)
});

// EXTERNAL MODULE: ./src/cloud/errors.ts
var errors = __webpack_require__(1246);
// EXTERNAL MODULE: ./src/http/failure.ts
var failure = __webpack_require__(2398);
;// CONCATENATED MODULE: ./src/env/plan.ts
/** Current env vs the file: only what differs is written; null in the file removes a key. */
function planEnv(current, desired, options) {
    const plan = { added: [], changed: [], removed: [], unchanged: [], upserts: [], deletions: [] };
    const listed = new Set();
    for (const { key, value } of desired) {
        listed.add(key);
        const present = Object.hasOwn(current, key);
        if (value === null) {
            if (present) {
                plan.removed.push(key);
                plan.deletions.push(key);
            }
        }
        else if (!present) {
            plan.added.push(key);
            plan.upserts.push({ key, value });
        }
        else if (current[key] !== value) {
            plan.changed.push(key);
            plan.upserts.push({ key, value });
        }
        else {
            plan.unchanged.push(key);
        }
    }
    if (options.prune) {
        for (const key of Object.keys(current).sort()) {
            if (!listed.has(key) && !options.keep(key)) {
                plan.removed.push(key);
                plan.deletions.push(key);
            }
        }
    }
    return plan;
}
function isEmptyPlan(plan) {
    return plan.upserts.length === 0 && plan.deletions.length === 0;
}
/** Each key the plan touches with its change, in a stable order for summaries and comments. */
function planChanges(plan) {
    return [
        ...plan.added.map((key) => ({ key, change: 'added' })),
        ...plan.changed.map((key) => ({ key, change: 'changed' })),
        ...plan.removed.map((key) => ({ key, change: 'removed' }))
    ];
}

// EXTERNAL MODULE: ./src/preview/marker.ts
var marker = __webpack_require__(936);
;// CONCATENATED MODULE: ./src/operations/env-write.ts




/** Re-read and re-plan at most this many times after a rejected or unknown write. */
const MAX_REPLANS = 3;
/**
 * Bring a tenant's env to `entries`, writing only what differs: one updateTenantEnv for the upserts, then one
 * deleteTenantEnv for the removals, each guarded by the hash before it. A rejected or unknown write is resolved
 * by re-reading and re-planning, so a concurrent writer's keys survive and nothing is applied twice. A write whose
 * outcome was unknown counts as ours for the keys the re-read shows done: `changed` and the health wait must not
 * be lost to a dropped answer.
 */
async function syncTenantEnv(tenantId, entries, current, options, deps) {
    const { cloud, settings, log } = deps;
    const kept = new Set(options.keepKeys);
    const planOptions = { prune: options.prune, keep: (key) => kept.has(key) || (0,marker/* neverPruned */.Jw)(key) };
    let env = current;
    let plan = planEnv(env.vars, entries, planOptions);
    warnOfLargePrune(plan, entries, deps);
    // Each key once, with its change against the first read, however many times the plan was redone.
    const applied = new Map();
    const record = (keys, change) => {
        for (const key of keys)
            if (!applied.has(key))
                applied.set(key, change);
    };
    let wrote = false;
    for (let replans = 0;; replans++) {
        if (settings.dryRun) {
            log.info(`Dry run: ${describe(plan)}; nothing written.`);
            return { result: 'planned', changed: !isEmptyPlan(plan), env, changes: planChanges(plan) };
        }
        if (isEmptyPlan(plan))
            break;
        log.info(`Env plan: ${describe(plan)}.`);
        let step = 'upserts';
        try {
            if (plan.upserts.length > 0) {
                env = await cloud.updateTenantEnv(tenantId, env.hash, plan.upserts);
                wrote = true;
                record(plan.added, 'added');
                record(plan.changed, 'changed');
            }
            step = 'deletions';
            if (plan.deletions.length > 0) {
                env = await cloud.deleteTenantEnv(tenantId, env.hash, plan.deletions);
                wrote = true;
                record(plan.removed, 'removed');
            }
            break;
        }
        catch (error) {
            if (error instanceof errors/* AuthError */.lR || !(error instanceof failure/* CallError */.RA) || replans >= MAX_REPLANS)
                throw error;
            // The hash was stale or the outcome is unknown: see what is there now and plan again.
            log.warning(`An env write was not confirmed (${error.message}); re-reading the tenant's env and planning again.`);
            env = await cloud.getTenantEnv(tenantId);
            const attempted = plan;
            plan = planEnv(env.vars, entries, planOptions);
            if (error instanceof errors/* AmbiguousWrite */.OH) {
                // The failed step may have gone through: what it meant to do and the re-read shows done counts as ours.
                const tried = step === 'upserts' ? { ...attempted, removed: [] } : { added: [], changed: [], removed: attempted.removed };
                const pending = new Set([...plan.upserts.map((upsert) => upsert.key), ...plan.deletions]);
                for (const { key, change } of planChanges(tried)) {
                    if (pending.has(key))
                        continue;
                    record([key], change);
                    wrote = true;
                }
            }
        }
    }
    const changes = [...applied].map(([key, change]) => ({ key, change }));
    if (!wrote) {
        log.info('The tenant already has every value: nothing written.');
        return { result: 'unchanged', changed: false, env, changes };
    }
    return { result: 'updated', changed: true, env, changes };
}
/** A prune that removes more keys than the file sets is likely a mistake in the file: say so before writing. */
function warnOfLargePrune(plan, entries, deps) {
    const listed = new Set(entries.map((entry) => entry.key));
    const pruned = plan.removed.filter((key) => !listed.has(key));
    const set = entries.filter((entry) => entry.value !== null).length;
    if (pruned.length > set) {
        deps.log.warning(`prune removes ${pruned.length} key${pruned.length === 1 ? '' : 's'} the env file does not list, more than the ` +
            `${set} it sets: ${pruned.join(', ')}. Add them to the file or to "keep-keys" if they must stay.`);
    }
}
function describe(plan) {
    const parts = [`${plan.added.length} to add`, `${plan.changed.length} to change`, `${plan.removed.length} to remove`];
    const keys = planChanges(plan).map(({ key, change }) => `${key} (${change})`);
    return `${parts.join(', ')}, ${plan.unchanged.length} unchanged${keys.length ? `: ${keys.join(', ')}` : ''}`;
}
/** The env file's entries plus what the action writes itself: the preview marker and the database URL. */
function withActionEntries(entries, extra) {
    const all = [...(entries ?? [])];
    if (extra.pr)
        all.push((0,marker/* markerEntry */.Db)(extra.pr));
    if (extra.databaseUrl)
        all.push({ key: extra.databaseUrlEnv, value: extra.databaseUrl, line: 0, literal: false });
    return all;
}


/***/ }),

/***/ 5084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ waitIfAsked)
});

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __webpack_require__(3860);
// EXTERNAL MODULE: ./src/core/endpoints.ts
var endpoints = __webpack_require__(1569);
;// CONCATENATED MODULE: ./src/engine/health.ts


class HealthTimeout extends Error {
    name = 'HealthTimeout';
}
/**
 * Poll `<base>/healthz` until it answers 200, about every second at first and at most every 5 s. 200 `OK` is
 * healthy; 200 `WARN` is healthy with inconsistent metadata (the caller warns).
 */
async function waitForHealthy(endpoint, options) {
    const url = `${(0,endpoints/* projectBase */.zO)(endpoint)}/healthz`;
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    let interval = options.intervalMs ?? 1000;
    const maxInterval = options.maxIntervalMs ?? 5000;
    let last;
    for (let polls = 1;; polls++) {
        const remaining = deadline - Date.now();
        try {
            const answer = await (0,transport/* httpRequest */.aj)(url, { signal: AbortSignal.timeout(Math.max(1, Math.min(remaining, 10_000))) });
            if (answer.status === 200) {
                const status = answer.body.trim().toUpperCase() === 'WARN' ? 'WARN' : 'OK';
                return { status, polls, ms: Date.now() - started };
            }
            last = `HTTP ${answer.status}`;
        }
        catch (error) {
            last =
                error.name === 'TimeoutError'
                    ? 'no answer'
                    : `network error (${error.code ?? error.message})`;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
            throw new HealthTimeout(`${url} did not answer 200 within ${Math.round(options.timeoutMs / 1000)} s (last: ${last}, ${polls} polls). ` +
                'Raise "wait-timeout", or set "wait: false" to skip the wait.');
        }
        if (polls === 1)
            options.log?.(`Waiting for ${url} to answer 200 (up to ${Math.round(options.timeoutMs / 1000)} s)...`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(interval, left)));
        interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
}

;// CONCATENATED MODULE: ./src/operations/health-wait.ts

/** After an env change or a create, the project restarts: wait until it answers again, when `wait` asks for it. */
async function waitIfAsked(endpoint, deps) {
    const { settings } = deps;
    if (!('wait' in settings) || !settings.wait)
        return;
    const health = await waitForHealthy(endpoint, {
        timeoutMs: settings.waitTimeoutSeconds * 1000,
        log: (message) => deps.log.info(message)
    });
    const checks = `${health.polls} health check${health.polls === 1 ? '' : 's'}, ${(health.ms / 1000).toFixed(1)} s`;
    if (health.status === 'WARN') {
        deps.log.warning(`The project answers, but its /healthz says WARN: its metadata is inconsistent (${checks}). ` +
            'Open the console\'s "Metadata status" page, or apply the project with "hasura-project".');
    }
    else {
        deps.log.info(`The project is healthy (${checks}).`);
    }
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

/***/ 7618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applySchemaIfGiven)
/* harmony export */ });
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1483);

/** Apply the Hasura project, when one was given, and report how many migrations ran. */
async function applySchemaIfGiven(endpoint, env, deps, options) {
    if (!deps.applySchema)
        return undefined;
    const secret = env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .ADMIN_SECRET_KEY */ .F];
    if (!secret) {
        throw new Error(`The project has no ${_core_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .ADMIN_SECRET_KEY */ .F}, so the action cannot apply "hasura-project" over its metadata API. ` +
            'Set the key in the env file (a secret through ${NAME}).');
    }
    const applied = await deps.applySchema(endpoint, secret, options);
    deps.report.setMigrationsApplied(applied.migrationsApplied);
    return applied.migrationsApplied;
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
