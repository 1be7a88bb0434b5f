export const id = 657;
export const ids = [657];
export const modules = {

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

/***/ 657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncEnvOperation: () => (/* binding */ syncEnvOperation)
/* harmony export */ });
/* harmony import */ var _env_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1380);
/* harmony import */ var _health_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5084);
/* harmony import */ var _schema_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7618);
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6154);




/** Bring a tenant's env to the env file (and the database URL), then apply the Hasura project if one is given. */
async function syncEnvOperation(deps) {
    const { settings } = deps;
    const { tenant, env } = await (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .readTenantOrFail */ ._g)(settings.tenantId, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .reportTenant */ .l1)(tenant, deps);
    const entries = (0,_env_write_js__WEBPACK_IMPORTED_MODULE_0__/* .withActionEntries */ .t)(deps.entries, {
        databaseUrl: settings.databaseUrl,
        databaseUrlEnv: settings.databaseUrlEnv
    });
    const sync = await (0,_env_write_js__WEBPACK_IMPORTED_MODULE_0__/* .syncTenantEnv */ .R)(tenant.id, entries, env, settings, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .reportEnv */ .wg)(sync.env, deps);
    if (!settings.dryRun && (sync.result === 'updated' || deps.applySchema)) {
        await (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .waitIfAsked */ .V)(tenant.project.endpoint, deps);
    }
    await (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applySchemaIfGiven */ .g)(tenant.project.endpoint, sync.env, deps);
    return { result: sync.result, changed: sync.changed, changes: sync.changes };
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


/***/ })

};
