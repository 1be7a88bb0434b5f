export const id = 609;
export const ids = [609];
export const modules = {

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EngineError: () => (/* binding */ EngineError),
/* harmony export */   SchemaError: () => (/* binding */ SchemaError),
/* harmony export */   bulkFailureIndex: () => (/* binding */ bulkFailureIndex)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * A call to a project's own API (`/v1/metadata`, `/v2/query`) failed. The message names the call and carries the
 * server's own message; never the admin secret, the SQL sent or the values of a row (Hasura's `internal` holds the
 * statement and the database's row detail, so only the database's message is kept).
 */
class EngineError extends Error {
    call;
    name = 'EngineError';
    status;
    code;
    serverMessage;
    path;
    mayHaveActed;
    inconsistencies;
    constructor(message, 
    /** The request type, e.g. `replace_metadata`, `run_sql`. */
    call, details = {}) {
        super(message);
        this.call = call;
        this.status = details.status;
        this.code = details.code;
        this.serverMessage = details.serverMessage;
        this.path = details.path;
        this.mayHaveActed = details.mayHaveActed ?? false;
        this.inconsistencies = details.inconsistencies ?? [];
    }
}
/** Applying a `hasura-project` failed at a file of it: annotated at that file and line. */
class SchemaError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f {
    name = 'SchemaError';
    /** How many migrations this run applied before the failure. */
    migrationsApplied;
    /** How many seed files this run applied before the failure. */
    seedsApplied;
    constructor(message, file, line) {
        super(message, file, line, 'hasura-project');
    }
}
/**
 * Which item of a `bulk` request failed: the engine runs the items with `indexedMapM`, which prefixes an item's
 * error path with its index (`$[2]`, `$[2].args`; graphql-engine server/src-lib/Hasura/Base/Error.hs and
 * Server/API/V2Query.hs). Undefined when the path names no item (the request as a whole was refused).
 */
function bulkFailureIndex(error) {
    const match = /^\$(?:\.args)?\[(\d+)\]/.exec(error.path ?? '');
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 8129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ requireEnvTheProjectReads)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1483);
/* harmony import */ var _project_env_needs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6114);
/* harmony import */ var _preview_database_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8702);




/**
 * Every env var the `hasura-project` reads must be one the tenant will hold: the env file's, the action's own (the
 * database URLs it writes, the admin secret Hasura Cloud sets), and for sync-env the tenant's own (`tenantEnv`, read
 * before this check). A missing one would only show after the migrations ran, as inconsistent objects; here it fails
 * first, before any API call or database, with an error annotation at each use. So do an env var Hasura Cloud
 * manages (its metadata database's URL), and an experimental feature the metadata needs that the engine would not
 * run with (HASURA_GRAPHQL_EXPERIMENTAL_FEATURES without `naming_convention`): for create, the env file decides, as
 * it is what every preview's env is made of and synced to on each push; sync-env also counts the tenant's value.
 */
function requireEnvTheProjectReads(deps, tenantEnv = {}) {
    const { project, settings } = deps;
    if (!project || project.envNeeds.length === 0)
        return;
    refuseCloudManagedKeys(project.envNeeds, deps);
    const available = new Set([_core_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .ADMIN_SECRET_KEY */ .Fi, ...Object.keys(tenantEnv)]);
    for (const entry of deps.entries ?? [])
        if (entry.value !== null)
            available.add(entry.key);
    if (settings.databaseUrl)
        available.add(settings.databaseUrlEnv);
    if (deps.operation === 'create' && deps.settings.postgresServerUrl && deps.settings.pullRequest) {
        for (const { env } of (0,_preview_database_js__WEBPACK_IMPORTED_MODULE_2__/* .plannedDatabases */ .f1)(deps.settings.pullRequest, deps))
            available.add(env);
    }
    // The value the engine will run with: the env file's, which the sync writes over the tenant's, else the tenant's.
    const valueOf = (key) => {
        const entry = deps.entries?.find((candidate) => candidate.key === key);
        return entry ? (entry.value ?? undefined) : tenantEnv[key];
    };
    refuseMissingFeatures(project.envNeeds.filter((need) => need.listing !== undefined && !(0,_project_env_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .listsItem */ .H)(valueOf(need.name) ?? '', need.listing)), deps);
    const missing = project.envNeeds.filter((need) => need.listing === undefined && !available.has(need.name));
    if (missing.length === 0)
        return;
    const names = [...new Set(missing.map((need) => need.name))];
    annotate(missing, (need) => `${need.what} reads the env var ${need.name}, and ${unsetBy(deps)}: add ${need.name} to the env file.`, deps);
    const firsts = names.map((name) => {
        const first = missing.find((need) => need.name === name);
        return `${name} (first read at ${first.at.file}:${first.at.line}, ${first.what})`;
    });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The Hasura project reads ${names.length === 1 ? 'an env var' : `${names.length} env vars`} the tenant would not ` +
        `hold: ${firsts.join('; ')}. Add ${names.length === 1 ? 'it' : 'them'} to the env file (input "env-file"), a ` +
        'secret through ${NAME}: without them the engine marks those objects inconsistent after every migration ran.');
}
/** Who could have set a variable and did not: the env file, and for sync-env the tenant too. */
function unsetBy(deps) {
    return deps.operation === 'sync-env' ? 'neither the env file nor the tenant sets it' : 'the env file does not set it';
}
/** An error annotation at each use, in the pull request's diff: what the step's one failure line sums up. */
function annotate(needs, message, deps) {
    for (const need of needs) {
        deps.log.error(message(need), { file: need.at.file, line: need.at.line, title: 'hasura-project' });
    }
}
/** A source reading an env var Hasura Cloud sets for itself would get Hasura's own database, or nothing. */
function refuseCloudManagedKeys(needs, deps) {
    const managed = needs.filter((need) => _core_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOUD_MANAGED_KEYS */ .bD.includes(need.name));
    if (managed.length === 0)
        return;
    annotate(managed, (need) => `${need.what} reads ${need.name}, which Hasura Cloud sets to the URL of its own metadata database and a ` +
        'project cannot set: read it from another env var (PG_DATABASE_URL, say) and set that one in the env file.', deps);
    const first = managed[0];
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The Hasura project reads ${first.name} (${first.what}, ${first.at.file}:${first.at.line}), which Hasura Cloud ` +
        'sets to the URL of its own metadata database and a project cannot set: in databases.yaml, read the URL ' +
        'from another env var (`from_env: PG_DATABASE_URL`, say) and set that one in the env file (input "env-file").');
}
/** An experimental feature the metadata relies on, which the engine would not run with: names would differ. */
function refuseMissingFeatures(needs, deps) {
    if (needs.length === 0)
        return;
    annotate(needs, (need) => `${need.what} needs ${need.name} to list ${need.listing} (an experimental feature, Hasura 2.8+), and ` +
        `${unsetBy(deps)} so: without it the engine uses hasura-default names. Add ${need.listing} to ${need.name} in ` +
        'the env file.', deps);
    const first = needs[0];
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The Hasura project uses ${first.listing} (${first.what}, ${first.at.file}:${first.at.line}), an experimental ` +
        `feature the engine only applies when ${first.name} lists it; without it the preview's GraphQL names differ ` +
        `from production's. Set ${first.name}=${first.listing} in the env file (input "env-file"), comma-separated ` +
        'with the other experimental features production runs with.');
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

// EXTERNAL MODULE: ./src/core/endpoints.ts
var endpoints = __webpack_require__(1569);
// EXTERNAL MODULE: ./src/http/failure.ts
var http_failure = __webpack_require__(2398);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __webpack_require__(3860);
;// CONCATENATED MODULE: ./src/engine/health.ts




class HealthTimeout extends Error {
    name = 'HealthTimeout';
}
/**
 * The health wait is the one retry policy with its own pace: a new project answers within seconds, so polls start
 * half a second apart and grow slowly, to at most 5 s apart, for as long as `wait-timeout` allows.
 */
function healthPolicy(timeoutMs) {
    return { budgetMs: timeoutMs, baseDelayMs: 500, maxDelayMs: 5000, growth: 1.25 };
}
/** One poll answers no longer than this, so a hung proxy does not use up the whole wait in one try. */
const POLL_TIMEOUT_MS = 10_000;
/**
 * Poll `<base>/healthz` until it answers 200 (through src/http/retry.ts). 200 `OK` is healthy; 200 `WARN` is healthy
 * with inconsistent metadata (the caller warns). Anything else, a name that does not resolve yet included (a new
 * project's host), is a boot still under way: polled again until the budget runs out.
 */
async function waitForHealthy(endpoint, options) {
    const url = `${(0,endpoints/* projectBase */.zO)(endpoint)}/healthz`;
    const now = options.hooks?.now ?? Date.now;
    const started = now();
    const seconds = Math.round(options.timeoutMs / 1000);
    let polls = 0;
    const poll = async (remainingMs) => {
        polls++;
        const timeoutMs = Math.min(remainingMs, POLL_TIMEOUT_MS);
        let answer;
        try {
            answer = await (0,transport/* httpRequest */.aj)(url, { signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            const failure = (0,http_failure/* networkFailure */.rd)(error, timeoutMs);
            const reason = failure.kind === 'transient'
                ? failure.error.message
                : failure.kind === 'unreachable'
                    ? failure.reason
                    : failure.message;
            throw new http_failure/* TransientError */.N_(reason, failure.kind === 'transient' ? failure.error.code : (failure.code ?? 'network'), false);
        }
        if (answer.status !== 200)
            throw new http_failure/* TransientError */.N_(`HTTP ${answer.status}`, `http-${answer.status}`, false);
        // The engine answers `OK`, or `WARN: inconsistent objects in schema` (hasura/graphql-engine,
        // server/src-lib/Hasura/Server/App.hs, healthzAction): the prefix decides, never the whole text.
        const status = /^WARN\b/i.test(answer.body.trim()) ? 'WARN' : 'OK';
        return { status, polls, ms: now() - started };
    };
    try {
        return await (0,retry/* withRetry */.bD)(poll, healthPolicy(options.timeoutMs), {
            ...options.hooks,
            onRetry: (_error, attempt) => {
                if (attempt === 1)
                    options.log?.(`Waiting for ${url} to answer 200 (up to ${seconds} s)...`);
            }
        });
    }
    catch (error) {
        if (!(error instanceof http_failure/* TransientError */.N_))
            throw error;
        throw new HealthTimeout(`${url} did not answer 200 within ${seconds} s (last: ${error.message}, ${polls} polls). ` +
            'Raise "wait-timeout", or set "wait: false" to skip the wait.');
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
        hooks: deps.waits,
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
/* harmony export */   g: () => (/* binding */ applySchemaIfGiven),
/* harmony export */   z: () => (/* binding */ startDirectMigrations)
/* harmony export */ });
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1483);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _migration_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1140);



/** What a failure says this run applied before it (see SchemaError). */
function appliedBefore(error) {
    const { migrationsApplied, seedsApplied } = (error ?? {});
    return {
        migrations: typeof migrationsApplied === 'number' ? migrationsApplied : 0,
        seeds: typeof seedsApplied === 'number' ? seedsApplied : 0
    };
}
/**
 * Starts applying the project's migrations (and pending seeds) to the preview databases this run made, over the
 * action's own connection, so that they run while the tenant is created and boots. Never rejects: a failure is kept
 * for applySchemaIfGiven, which reports it where the engine path would. Nothing in a dry run.
 */
function startDirectMigrations(databases, deps, onSeeded) {
    const { project, server, settings, log } = deps;
    const fresh = databases.filter((database) => database.fresh);
    if (!project || !server || settings.dryRun || fresh.length === 0)
        return undefined;
    const timeoutMs = settings.migrationTimeoutSeconds * 1000;
    return (async () => {
        const { applyDirectly } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(226), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 9796));
        const done = { migrations: 0, seeds: 0 };
        try {
            for (const database of fresh) {
                const { sources, migrations, seeds } = (0,_migration_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .directWork */ .jR)(project, database);
                const target = { url: database.url, name: database.name, sources };
                const applied = await applyDirectly(server.connector, target, migrations, seeds, {
                    fresh: database.fresh,
                    waitMs: timeoutMs,
                    timeoutMs
                });
                if (applied.migrations.length > 0) {
                    log.info(`Applied ${applied.migrations.length} migrations to ${sources.join(', ')} (${database.name}) while the ` +
                        'project boots.');
                }
                done.migrations += applied.migrations.length;
                done.seeds += applied.seeds;
                if (database.seedsPending)
                    await onSeeded?.(database.name);
            }
            return done;
        }
        catch (error) {
            // The migrations and seed files applied before the one that stopped it count too.
            const before = appliedBefore(error);
            return { migrations: done.migrations + before.migrations, seeds: done.seeds + before.seeds, error };
        }
    })();
}
/**
 * Apply the Hasura project, when one was given (after what the direct path applied, `early`), as `hasura deploy`
 * does (see engine/apply.ts), and report how many migrations and seed files ran in all. The sources reading a
 * preview database keep their record of applied migrations in it (a ledger), and get its seeds when pending.
 */
async function applySchemaIfGiven(endpoint, env, deps, request = {}, early) {
    const { project, settings, log } = deps;
    if (!project)
        return undefined;
    const direct = early ? await early : { migrations: 0, seeds: 0 };
    // A file the database refused stays refused: the engine path stops there with that failure (and its line).
    const refused = direct.error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError ? direct.error : undefined;
    if (direct.error !== undefined && !refused) {
        // The engine path takes over where the direct one stopped: it records what committed (the CLI's catalog state
        // then agrees), and a migration the database refuses fails there, with the same words.
        log.info(`Applying the migrations directly stopped (${direct.error.message}); the engine applies the rest.`);
    }
    const secret = env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .Fi];
    if (!secret) {
        throw new Error(`The project has no ${_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .Fi}, so the action cannot apply "hasura-project" over its metadata API. ` +
            'Set the key in the env file (a secret through ${NAME}).');
    }
    const timeoutMs = settings.migrationTimeoutSeconds * 1000;
    const connector = deps.operation === 'create' ? deps.server?.connector : undefined;
    const [{ applyProjectAt }, { previewLedger }] = await Promise.all([
        __webpack_require__.e(/* import() */ 226).then(__webpack_require__.bind(__webpack_require__, 2226)),
        Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(226), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 1992))
    ]);
    const ledgers = new Map();
    const pending = new Map();
    // Preview databases are the server's (postgres-server-url, create only): their ledgers are read through its connector.
    if (connector) {
        for (const [source, database] of (0,_migration_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .previewDatabaseOfSource */ .MI)(project, request.previewDatabases ?? [])) {
            ledgers.set(source, previewLedger(connector, database.url, database.name, database.fresh, timeoutMs));
            // The databases the direct path finished have no seeds pending any more.
            const seeded = database.fresh && early !== undefined && direct.error === undefined;
            if (database.seedsPending && !seeded)
                pending.set(source, async () => request.onSeeded?.(database.name));
        }
    }
    const applied = await applyProjectAt(project, endpoint, secret, log, {
        dryRun: settings.dryRun,
        ledgers,
        migrationTimeoutMs: timeoutMs,
        seeds: pending.size > 0 ? { pending } : undefined,
        refused,
        engine: deps.engine
    }).catch((error) => {
        // What did apply before the failure is in the outputs too (a seed file failing after the migrations, say).
        if (error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__.SchemaError) {
            const before = appliedBefore(error);
            deps.report.setMigrationsApplied(direct.migrations + before.migrations);
            if (request.onSeeded)
                deps.report.setSeedsApplied(direct.seeds + before.seeds);
        }
        throw error;
    });
    const migrations = direct.migrations + applied.migrationsApplied.length;
    deps.report.setMigrationsApplied(migrations);
    if (request.onSeeded)
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
    deps.report.setAdminSecret(env.vars[_core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ADMIN_SECRET_KEY */ .Fi]);
}
function describeTenant(tenant) {
    return `tenant ${tenant.id} (project ${tenant.project.name}, ${(0,_core_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .graphqlUrl */ .XS)(tenant.project.endpoint)})`;
}


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ listsItem),
/* harmony export */   J: () => (/* binding */ envNeeds)
/* harmony export */ });
/* harmony import */ var _core_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1483);
/* harmony import */ var _env_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5359);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);



/** Keys whose value is an env var's name (`value_from_env` of headers, `from_env` of a database URL, ...). */
const NAME_KEYS = new Set(['from_env', 'value_from_env', 'webhook_from_env', 'url_from_env']);
/**
 * Keys whose value the engine resolves as a template of env vars, an InputWebhook (hasura/graphql-engine
 * server/src-lib/Hasura/RQL/Types/Common.hs, resolveWebhook): an action's `handler`, an event or cron trigger's
 * `webhook`, a remote schema's (or an input validation's) `url`, and a source's `database_url` given as a string
 * (UrlValue, resolveUrlConf).
 */
const TEMPLATE_KEYS = new Set(['handler', 'webhook', 'url', 'database_url']);
/**
 * Request and response transforms hold Kriti templates (`{{$body.input.id}}`, `{{ if ... }}`, `{{ range ... }}`,
 * `{{$base_url}}`), which the engine evaluates on each request against the request itself, never against its env
 * (https://hasura.io/docs/latest/api-reference/kriti-templating/): nothing inside one is an env var, `url` included.
 */
const KRITI_KEYS = new Set(['request_transform', 'response_transform']);
/**
 * The engine's template rule (parseTemplate, server/src-lib/Data/URL/Template.hs): `{{`, then everything up to the
 * next `}}` is the name of an env var. Outside the transforms (skipped above) what a template names is read as an env
 * var's name, spaces around it set aside: `{{ API_URL }}` still needs API_URL, so the check never lets through a
 * project whose variable is missing. What no env var can be named (`{{$body.x}}`) is not a reference.
 */
const TEMPLATE = /\{\{([\s\S]*?)\}\}/g;
/**
 * A source's GraphQL naming convention (`customization.naming_convention`, Hasura 2.8+) only applies when the engine
 * runs with the experimental feature `naming_convention`: without it the engine silently uses `hasura-default`
 * (server/src-lib/Hasura/RQL/DDL/Schema/Cache.hs: `if isNamingConventionEnabled then ... else HasuraCase`), so the
 * preview's GraphQL names would differ from production's (https://hasura.io/docs/latest/schema/postgres/naming-convention/).
 */
const NAMING_CONVENTION = { feature: 'naming_convention', default: 'hasura-default' };
/**
 * Every env var the metadata reads, with the file and line of each use: `{{NAME}}` in handlers, webhooks and URLs,
 * every `*_from_env`, and HASURA_GRAPHQL_EXPERIMENTAL_FEATURES with `naming_convention` for a source that sets its
 * naming convention. Walks the whole metadata, so any object that reads one is found wherever it sits.
 */
function envNeeds(metadata, positions, fallback) {
    const needs = [];
    const visit = (value, what, at) => {
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, what, positionOf(item) ?? at);
            return;
        }
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(value))
            return;
        const here = positionOf(value) ?? at;
        const named = nameOf(value, what);
        const keyLines = positions.of(value)?.keyLines;
        for (const [key, child] of Object.entries(value)) {
            const line = keyLines?.get(key) ?? here.line;
            const place = { file: here.file, line };
            if (KRITI_KEYS.has(key))
                continue;
            if (NAME_KEYS.has(key) && typeof child === 'string' && child !== '') {
                needs.push({ name: child, at: place, what: named });
            }
            else if (TEMPLATE_KEYS.has(key) && typeof child === 'string') {
                for (const name of templateNames(child))
                    needs.push({ name, at: place, what: named });
            }
            else {
                visit(child, kindOf(key) ?? named, positionOf(child) ?? place);
            }
        }
    };
    const positionOf = (value) => {
        const position = positions.of(value);
        return position ? { file: position.file, line: position.line } : undefined;
    };
    visit(metadata, 'the metadata', fallback);
    needs.push(...featureNeeds(metadata, positions, fallback));
    return needs;
}
/** The env vars a `{{NAME}}` template reads, by the engine's rule (see TEMPLATE). */
function templateNames(template) {
    return [...template.matchAll(TEMPLATE)].map((match) => match[1].trim()).filter((name) => _env_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_PATTERN */ .bn.test(name));
}
/** The experimental features the metadata needs the engine to run with: a source's naming convention. */
function featureNeeds(metadata, positions, fallback) {
    const needs = [];
    for (const source of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .mappings */ .q)(metadata.sources)) {
        const customization = source.customization;
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(customization))
            continue;
        const convention = customization.naming_convention;
        if (typeof convention !== 'string' || convention === NAMING_CONVENTION.default)
            continue;
        const position = positions.of(customization) ?? positions.of(source);
        const at = position
            ? { file: position.file, line: position.keyLines?.get('naming_convention') ?? position.line }
            : fallback;
        needs.push({
            name: _core_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPERIMENTAL_FEATURES_KEY */ .zI,
            listing: NAMING_CONVENTION.feature,
            at,
            what: `database ${String(source.name)} (naming_convention: ${convention})`
        });
    }
    return needs;
}
/**
 * Whether a comma-separated value lists `item`, as the engine reads HASURA_GRAPHQL_EXPERIMENTAL_FEATURES: split on
 * commas, each part trimmed and compared without case (FromEnv (HashSet ExperimentalFeature),
 * server/src-lib/Hasura/Server/Init/Env.hs).
 */
function listsItem(value, item) {
    return value.split(',').some((part) => part.trim().toLowerCase() === item);
}
/** What a list under this key holds, for naming its items. */
function kindOf(key) {
    const kinds = {
        sources: 'database',
        actions: 'action',
        cron_triggers: 'cron trigger',
        remote_schemas: 'remote schema',
        event_triggers: 'event trigger',
        tables: 'table'
    };
    return Object.hasOwn(kinds, key) ? kinds[key] : undefined;
}
/** `action ban_app` for a named item of a known kind; the enclosing name otherwise. */
function nameOf(value, what) {
    if (typeof value.name !== 'string')
        return what;
    const kind = /^(database|action|cron trigger|remote schema|event trigger)$/.exec(what)?.[1];
    return kind ? `${kind} ${value.name}` : what;
}


/***/ })

};
