export const id = 920;
export const ids = [920];
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

/***/ 5889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ findPreview),
/* harmony export */   PI: () => (/* binding */ findUnnamedPreviews),
/* harmony export */   RV: () => (/* binding */ findMarkedPreviews),
/* harmony export */   bT: () => (/* binding */ findUnmarkedSince),
/* harmony export */   dr: () => (/* binding */ judgeJournal),
/* harmony export */   qA: () => (/* binding */ judgeTenant)
/* harmony export */ });
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1246);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(936);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5465);



/** A tenant and its env, or undefined when it is gone (deleted meanwhile, or never there). */
async function readIfExists(cloud, tenantId) {
    try {
        return await cloud.readTenant(tenantId);
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TenantNotFound */ .Yy)
            return undefined;
        throw error;
    }
}
/**
 * Is the tenant this pull request's preview? Only its own marker says so: a comment can be forged and two
 * repositories' names can normalise alike, but the marker is written by this action on the tenant itself.
 */
async function judgeTenant(cloud, tenantId, pr) {
    const read = await readIfExists(cloud, tenantId);
    if (!read)
        return { kind: 'gone' };
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
        const read = await readIfExists(cloud, project.tenantId);
        if (read && !(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(read.env.vars))
            unmarked.push(read);
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
        const read = await readIfExists(cloud, journal.tenant);
        if (!read)
            return { kind: 'none' };
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
        const read = await readIfExists(cloud, project.tenantId);
        if (!read)
            continue;
        const number = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markedNumber */ .qM)(read.env.vars, repository);
        if (number !== undefined)
            found.set(number, [...(found.get(number) ?? []), project]);
    }
    return found;
}
/**
 * How many projects with no tie to the repository a count reads, newest first. A preview may carry any name (the
 * `name` input, or its generated one when the rename was refused), so only its tenant's marker says whose it is: one
 * read per project, which an account of many projects must not pay in full on every capped push. Previews live as
 * long as their pull requests, so the newest projects are the likeliest ones.
 */
const MAX_UNTIED_READS = 50;
/**
 * The previews of a repository among the account's projects (listed once), each tied to its pull request by its own
 * marker, whatever its name: the projects with one of the repository's preview names, and the tenants in `likely`
 * (named by its preview roles' journals), are read first, then the others, newest first, up to MAX_UNTIED_READS;
 * `unread` counts those left.
 */
async function findMarkedPreviews(cloud, repository, projects, likely = new Set()) {
    const withTenant = projects.filter((project) => project.tenantId);
    const tied = (project) => likely.has(project.tenantId) || (0,_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewNumber */ .KL)(project.name, repository) !== undefined;
    const untied = withTenant
        .filter((project) => !tied(project))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const previews = [];
    for (const project of [...withTenant.filter(tied), ...untied.slice(0, MAX_UNTIED_READS)]) {
        const read = await readIfExists(cloud, project.tenantId);
        if (!read)
            continue;
        const number = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markedNumber */ .qM)(read.env.vars, repository);
        if (number !== undefined)
            previews.push({ number, read });
    }
    return { previews, unread: Math.max(untied.length - MAX_UNTIED_READS, 0) };
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
