export const id = 634;
export const ids = [634];
export const modules = {

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isMapping),
/* harmony export */   q: () => (/* binding */ mappings)
/* harmony export */ });
/** A JSON object or YAML mapping (not a list, not null): what metadata, answers and files are walked by. */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The mappings of a list (`sources`, `tables`, `permissions`...): none when it is not a list. */
function mappings(value) {
    return Array.isArray(value) ? value.filter(isMapping) : [];
}


/***/ }),

/***/ 1140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ previewDatabaseOfSource),
/* harmony export */   h5: () => (/* binding */ sourcesReading),
/* harmony export */   jR: () => (/* binding */ directWork)
/* harmony export */ });
/* harmony import */ var _project_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8879);

/**
 * Which of the project's work goes to which of the preview's own databases. A source reads a preview database when
 * its URL comes from the env var that carries that database's URL (`from_env`); several sources may read one.
 */
/** The sources (by name) that read `database`. */
function sourcesReading(project, database) {
    return [...(0,_project_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceEnvs */ .K)(project.metadata)].filter(([, env]) => env === database.env).map(([source]) => source);
}
/** What the direct path applies to a new preview database: its sources' migrations, and their seeds when pending. */
function directWork(project, database) {
    const sources = sourcesReading(project, database);
    return {
        sources,
        migrations: project.migrations.filter((migration) => sources.includes(migration.database)),
        seeds: database.seedsPending ? project.seeds.filter((seed) => sources.includes(seed.database)) : []
    };
}
/** The preview database each source reads, by source name, for the sources that read one. */
function previewDatabaseOfSource(project, databases) {
    const bySource = new Map();
    for (const [source, env] of (0,_project_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceEnvs */ .K)(project.metadata)) {
        const database = databases.find((candidate) => candidate.env === env);
        if (database)
            bySource.set(source, database);
    }
    return bySource;
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
/* harmony import */ var _database_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4408);
/* harmony import */ var _project_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8879);
/* harmony import */ var _preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);
/* harmony import */ var _migration_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1140);




/** Opens the `postgres-server-url` store for the length of `work`, when there is one, and closes it whatever happens. */
async function withPreviewDatabases(deps, work) {
    const store = await deps.server?.databases();
    try {
        return await work(store);
    }
    finally {
        await store?.close();
    }
}
/**
 * The databases a preview gets: one per env var the project's Postgres sources read their URL from (in the order
 * of databases.yaml; the first `<preview>`, the others `<preview>-<source>`, kept apart, see previewDatabaseNames),
 * except a var the env file sets, which is the user's. With no such source (or no project), one database, written to
 * `database-url-env`.
 */
function plannedDatabases(pr, deps) {
    const set = new Set((deps.entries ?? []).filter((entry) => entry.value !== null).map((entry) => entry.key));
    const sources = [];
    for (const [source, env] of deps.project ? (0,_project_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceEnvs */ .K)(deps.project.metadata) : []) {
        if (set.has(env) || sources.some((planned) => planned.env === env))
            continue;
        sources.push({ source, env });
    }
    if (sources.length === 0)
        return [{ name: (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr), env: deps.settings.databaseUrlEnv }];
    const names = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewDatabaseNames */ .sC)(pr, sources.map(({ source }) => source));
    return sources.map(({ env }, index) => ({ name: names[index], env }));
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
        // Seeds an earlier run asked for stay pending (its tag says so) until a run with seeds: true: only it reads them.
        const url = engineUrl(database.url, env, deps);
        databases.push({ ...database, url, seedsPending: database.seedsPending && settings.seeds, env });
    }
    deps.report.setDatabases(databases.map((database) => database.name));
    return databases;
}
/**
 * The URL the tenant's engine gets for a preview database. With `verify-ca`/`verify-full` the action verified the
 * server against `postgres-ca` (or a `sslrootcert` file, or Node's CAs), which the engine, on Hasura Cloud, cannot
 * read: libpq would look for ~/.postgresql/root.crt and refuse to connect. So unless the sources reading the database
 * give the engine a CA of their own (`ssl_configuration`), it gets `sslmode=require`: encrypted, to the server whose
 * certificate the action verified. `sslrootcert=system` (libpq's system CAs) stays as written.
 */
function engineUrl(url, env, deps) {
    const { settings, project, log } = deps;
    const params = (0,_database_url_js__WEBPACK_IMPORTED_MODULE_0__/* .queryParams */ .fX)(settings.postgresServerUrl ?? '');
    const mode = params.getAll('sslmode').at(-1);
    if ((mode !== 'verify-ca' && mode !== 'verify-full') || params.get('sslrootcert') === 'system')
        return url;
    const configured = project ? (0,_project_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .sslConfiguredSources */ .L)(project.metadata) : new Set();
    const sources = project ? (0,_migration_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .sourcesReading */ .h5)(project, { env }) : [];
    if (sources.length > 0 && sources.every((source) => configured.has(source)))
        return url;
    const tenantUrl = (0,_database_url_js__WEBPACK_IMPORTED_MODULE_0__/* .withSslmode */ .wM)(url, 'require');
    log.mask(tenantUrl);
    log.info(`${env} gets sslmode=require, not ${mode}: the action verified the server's certificate, and the project's ` +
        'engine has no CA to verify it with. To have the engine verify it too, give the source an ssl_configuration ' +
        '(sslmode and sslrootcert from an env var) in databases.yaml.');
    return tenantUrl;
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
    const main = (0,_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(pr);
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

/***/ 657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncEnvOperation: () => (/* binding */ syncEnvOperation)
/* harmony export */ });
/* harmony import */ var _env_needs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8129);
/* harmony import */ var _env_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1380);
/* harmony import */ var _health_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5084);
/* harmony import */ var _schema_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7618);
/* harmony import */ var _tenant_facts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6154);





/** Bring a tenant's env to the env file (and the database URL), then apply the Hasura project if one is given. */
async function syncEnvOperation(deps) {
    const { settings } = deps;
    const { tenant, env } = await (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .readTenantOrFail */ ._g)(settings.tenantId, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .reportTenant */ .l1)(tenant, deps);
    (0,_env_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .requireEnvTheProjectReads */ .s)(deps, env.vars);
    const databases = settings.databaseUrl ? [{ env: settings.databaseUrlEnv, url: settings.databaseUrl }] : [];
    const entries = (0,_env_write_js__WEBPACK_IMPORTED_MODULE_1__/* .withActionEntries */ .t)(deps.entries, { databases });
    const sync = await (0,_env_write_js__WEBPACK_IMPORTED_MODULE_1__/* .syncTenantEnv */ .R)(tenant.id, entries, env, settings, deps);
    (0,_tenant_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .reportEnv */ .wg)(sync.env, deps);
    if (!settings.dryRun && (sync.result === 'updated' || deps.project)) {
        await (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitIfAsked */ .V)(tenant.project.endpoint, deps);
    }
    await (0,_schema_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applySchemaIfGiven */ .g)(tenant.project.endpoint, sync.env, deps);
    return { result: sync.result, changed: sync.changed, changes: sync.changes };
}


/***/ }),

/***/ 5465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ previewNumber),
/* harmony export */   gz: () => (/* binding */ previewName),
/* harmony export */   sC: () => (/* binding */ previewDatabaseNames),
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
    const hash = shortHash(full);
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
 * The databases of a preview's sources, in the order given (one per env var): the first `<preview>`, each other
 * `<preview>-<source>`, normalised like a name, a longer one cut to 63 characters with 6 hex characters of a hash of
 * the full name. Two sources whose names come out alike (`sales_eu` and `sales-eu`, or two long names cut alike) must
 * not share a database: the first keeps the name (the one earlier versions gave it, so its preview keeps its data),
 * and a later one adds 6 hex characters of a hash of its own source name. A name free of clashes is the plain one.
 */
function previewDatabaseNames(pr, sources) {
    const names = [];
    for (const [index, source] of sources.entries()) {
        if (index === 0) {
            names.push(previewName(pr));
            continue;
        }
        const base = `${previewName(pr)}-${normalise(source) || 'source'}`;
        let name = fitted(base);
        // A hash can clash too, however unlikely: the next one of the source's name then.
        for (let attempt = 0; names.includes(name); attempt++) {
            name = fitted(`${base}-${shortHash(attempt === 0 ? source : `${source}#${attempt}`)}`);
        }
        names.push(name);
    }
    return names;
}
/** A database name within 63 characters: a longer one is cut and ends with a hash of the full name. */
function fitted(full) {
    if (full.length <= MAX_NAME)
        return full;
    const hash = shortHash(full);
    return `${full.slice(0, MAX_NAME - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
/** 6 hex characters of the SHA-256 of the text. */
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 6);
}


/***/ }),

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sourceEnvs),
/* harmony export */   L: () => (/* binding */ sslConfiguredSources)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * The env var each Postgres source of the metadata reads its URL from (`database_url: {from_env: NAME}`), by source
 * name; a source that names its URL otherwise (a literal, connection parameters) is not listed.
 */
function sourceEnvs(metadata) {
    const envs = new Map();
    for (const source of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(metadata.sources)) {
        if (typeof source.name !== 'string' || (source.kind !== undefined && source.kind !== 'postgres'))
            continue;
        const configuration = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source.configuration) ? source.configuration : {};
        const info = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(configuration.connection_info) ? configuration.connection_info : {};
        const url = info.database_url;
        if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(url) && typeof url.from_env === 'string')
            envs.set(source.name, url.from_env);
    }
    return envs;
}
/**
 * The sources that tell the engine how to verify their server's certificate (`connection_info.ssl_configuration`,
 * Hasura Cloud's PGCertSettings: https://hasura.io/docs/latest/api-reference/syntax-defs/#pgcertsettings).
 */
function sslConfiguredSources(metadata) {
    const configured = new Set();
    for (const source of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(metadata.sources)) {
        const configuration = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source.configuration) ? source.configuration : {};
        const info = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(configuration.connection_info) ? configuration.connection_info : {};
        if (typeof source.name === 'string' && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(info.ssl_configuration))
            configured.add(source.name);
    }
    return configured;
}


/***/ })

};
