export const id = 609;
export const ids = [609,879];
export const modules = {

/***/ 8129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ requireEnvTheProjectReads)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1483);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8702);



/**
 * Every env var the `hasura-project` reads must be one the tenant will hold: the env file's, the action's own (the
 * database URLs it writes, the admin secret Hasura Cloud sets), and for sync-env the tenant's own (`tenantKeys`). A
 * missing one would only show after the migrations ran, as inconsistent objects; here it fails first, before any
 * API call or database, with an error annotation at each use.
 */
function requireEnvTheProjectReads(deps, tenantKeys = []) {
    const { project, settings } = deps;
    if (!project || project.envNeeds.length === 0)
        return;
    const available = new Set([_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .F, ...tenantKeys]);
    for (const entry of deps.entries ?? [])
        if (entry.value !== null)
            available.add(entry.key);
    if (settings.databaseUrl)
        available.add(settings.databaseUrlEnv);
    if (settings.operation === 'create' && settings.postgresServerUrl && settings.pullRequest) {
        const create = deps;
        for (const { env } of (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedDatabases */ .f1)(settings.pullRequest, create))
            available.add(env);
    }
    const missing = project.envNeeds.filter((need) => !available.has(need.name));
    if (missing.length === 0)
        return;
    const names = [...new Set(missing.map((need) => need.name))];
    for (const need of missing) {
        deps.log.error(describe(need, settings.operation), {
            file: need.at.file,
            line: need.at.line,
            title: 'hasura-project'
        });
    }
    const firsts = names.map((name) => {
        const first = missing.find((need) => need.name === name);
        return `${name} (first read at ${first.at.file}:${first.at.line}, ${first.what})`;
    });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The Hasura project reads ${names.length === 1 ? 'an env var' : `${names.length} env vars`} the tenant would not ` +
        `hold: ${firsts.join('; ')}. Add ${names.length === 1 ? 'it' : 'them'} to the env file (input "env-file"), a ` +
        'secret through ${NAME}: without them the engine marks those objects inconsistent after every migration ran.');
}
function describe(need, operation) {
    const where = operation === 'sync-env' ? 'neither the env file nor the tenant sets it' : 'the env file does not set it';
    return `${need.what} reads the env var ${need.name}, and ${where}: add ${need.name} to the env file.`;
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
/** The env file's entries plus what the action writes itself: the preview marker and the database URLs. */
function withActionEntries(entries, extra) {
    const all = [...(entries ?? [])];
    if (extra.pr)
        all.push((0,marker/* markerEntry */.Db)(extra.pr));
    if (extra.expiry)
        all.push(extra.expiry);
    for (const { env, url } of extra.databases)
        all.push({ key: env, value: url, line: 0, literal: false });
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
 * Poll `<base>/healthz` until it answers 200, every half second for the first 10 s, then less often, at most every 5 s. 200 `OK` is
 * healthy; 200 `WARN` is healthy with inconsistent metadata (the caller warns).
 */
async function waitForHealthy(endpoint, options) {
    const url = `${(0,endpoints/* projectBase */.zO)(endpoint)}/healthz`;
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    let interval = options.intervalMs ?? 500;
    const maxInterval = options.maxIntervalMs ?? 5000;
    let last;
    for (let polls = 1;; polls++) {
        const remaining = deadline - Date.now();
        try {
            const answer = await (0,transport/* httpRequest */.aj)(url, { signal: AbortSignal.timeout(Math.max(1, Math.min(remaining, 10_000))) });
            if (answer.status === 200) {
                // The engine answers `OK`, or `WARN: inconsistent objects in schema` (hasura/graphql-engine,
                // server/src-lib/Hasura/Server/App.hs, healthzAction): the prefix decides, never the whole text.
                const status = /^WARN\b/i.test(answer.body.trim()) ? 'WARN' : 'OK';
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
        // Every half second while a boot is the likely cause (a new project answers within seconds), then less often.
        if (Date.now() - started >= 10_000)
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

/***/ 7618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applySchemaIfGiven),
/* harmony export */   z: () => (/* binding */ startDirectMigrations)
/* harmony export */ });
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1483);

/**
 * Starts applying the project's migrations (and pending seeds) to the preview databases this run made, over the
 * action's own connection, so that they run while the tenant is created and boots. Never rejects: a failure is kept
 * for applySchemaIfGiven, which reports it where the engine path would. Nothing in a dry run.
 */
function startDirectMigrations(databases, deps, onSeeded) {
    const migrate = deps.migrateDirectly;
    const fresh = databases.filter((database) => database.fresh);
    if (!migrate || deps.settings.dryRun || fresh.length === 0)
        return undefined;
    return (async () => {
        const done = { migrations: 0, seeds: 0 };
        try {
            for (const database of fresh) {
                const applied = await migrate(database);
                done.migrations += applied.migrations;
                done.seeds += applied.seeds;
                if (database.seedsPending)
                    await onSeeded?.(database.name);
            }
            return done;
        }
        catch (error) {
            // The migrations applied before the one that stopped it count too.
            const before = error.migrationsApplied;
            return { ...done, migrations: done.migrations + (typeof before === 'number' ? before : 0), error };
        }
    })();
}
/**
 * Apply the Hasura project, when one was given (after what the direct path applied, `early`), and report how many
 * migrations and seed files ran in all.
 */
async function applySchemaIfGiven(endpoint, env, deps, request, early) {
    if (!deps.applySchema)
        return undefined;
    const direct = early ? await early : { migrations: 0, seeds: 0 };
    if (direct.error !== undefined) {
        // The engine path takes over where the direct one stopped: it records what committed (the CLI's catalog state
        // then agrees), and a migration the database refuses fails there, with the same words.
        deps.log.info(`Applying the migrations directly stopped (${direct.error.message}); the engine applies the rest.`);
    }
    const secret = env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .ADMIN_SECRET_KEY */ .F];
    if (!secret) {
        throw new Error(`The project has no ${_core_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .ADMIN_SECRET_KEY */ .F}, so the action cannot apply "hasura-project" over its metadata API. ` +
            'Set the key in the env file (a secret through ${NAME}).');
    }
    // The databases the direct path finished have no seeds pending any more.
    const settled = request && {
        ...request,
        previewDatabases: request.previewDatabases?.map((database) => database.fresh && early && direct.error === undefined ? { ...database, seedsPending: false } : database)
    };
    const applied = await deps.applySchema(endpoint, secret, settled).catch((error) => {
        const count = error.migrationsApplied;
        if (typeof count === 'number')
            deps.report.setMigrationsApplied(direct.migrations + count);
        throw error;
    });
    const migrations = direct.migrations + applied.migrationsApplied;
    deps.report.setMigrationsApplied(migrations);
    if (request?.onSeeded)
        deps.report.setSeedsApplied(direct.seeds + applied.seedsApplied);
    return migrations;
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
