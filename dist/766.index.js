export const id = 766;
export const ids = [766];
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

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOperation: () => (/* binding */ createOperation)
});

// EXTERNAL MODULE: ./src/cloud/errors.ts
var errors = __webpack_require__(1246);
// EXTERNAL MODULE: ./src/core/cancel.ts
var cancel = __webpack_require__(9317);
// EXTERNAL MODULE: ./src/core/endpoints.ts
var endpoints = __webpack_require__(1569);
// EXTERNAL MODULE: ./src/preview/find.ts
var find = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/preview/name.ts
var preview_name = __webpack_require__(5465);
// EXTERNAL MODULE: ./src/core/keys.ts
var keys = __webpack_require__(1483);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/operations/breaking.ts

/**
 * With `compare-tenant-id`, after the preview is up and its project applied: for the admin role and every role the
 * reference's metadata grants anything, introspect the reference and the preview as that role and compare (see
 * clients/breaking.ts); roles only the preview grants are new, never breaking. A reference (or preview) that cannot
 * be introspected is a warning: nothing is known to break, and the step goes on, with `fail-on-breaking` too.
 */
async function breakingForClients(deps, reference, preview) {
    const { settings, project, log } = deps;
    const tenantId = settings.compareTenantId;
    if (!tenantId || !project || settings.dryRun)
        return undefined;
    const [{ EngineClient }, { ADMIN_ROLE, grantedRoles }, { breakingCount, changeText, compareRole }, markdown] = await Promise.all([
        __webpack_require__.e(/* import() */ 871).then(__webpack_require__.bind(__webpack_require__, 6871)),
        __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 9829)),
        Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(964), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 779)),
        Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(964), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 4770))
    ]);
    if (!reference) {
        return {
            section: markdown.breakingUncheckedMarkdown(tenantId, 'its metadata could not be read (see the warning above)'),
            count: 0
        };
    }
    const referenceRoles = grantedRoles(reference.metadata);
    const previewRoles = grantedRoles(project.metadata);
    const roles = [ADMIN_ROLE, ...[...referenceRoles].sort()];
    const newRoles = [...previewRoles].filter((role) => !referenceRoles.has(role)).sort();
    const operations = deps.clientOperations ?? { files: [], allowList: [] };
    const all = [...operations.files, ...operations.allowList];
    const engines = {
        reference: new EngineClient({ endpoint: reference.endpoint, adminSecret: reference.adminSecret, ...deps.engine }),
        preview: new EngineClient({ endpoint: preview.endpoint, adminSecret: preview.adminSecret, ...deps.engine })
    };
    const verdicts = [];
    for (const role of roles) {
        // Both sides at once; roles one after the other, so that neither project gets more than one at a time.
        const sides = await Promise.allSettled([engines.reference.introspect(role), engines.preview.introspect(role)]);
        const failed = sides.findIndex((side) => side.status === 'rejected');
        if (failed >= 0) {
            const error = sides[failed].reason;
            if (!(error instanceof Error))
                throw error;
            const which = failed === 0 ? `tenant ${tenantId} (input "compare-tenant-id")` : 'the preview';
            log.warning(`Could not introspect the GraphQL schema of ${which} as role ${role}, so the comment and the summary do ` +
                `not say what the pull request breaks for clients: ${error.message} The step goes on: nothing is known ` +
                'to break.');
            const reason = failed === 0
                ? 'its GraphQL API could not be introspected'
                : "the preview's GraphQL API could not be introspected";
            return { section: markdown.breakingUncheckedMarkdown(tenantId, reason), count: 0 };
        }
        const [before, after] = sides.map((side) => side.value);
        const revoked = role !== ADMIN_ROLE && !previewRoles.has(role);
        verdicts.push(compareRole(role, before, after, all, revoked));
    }
    const count = verdicts.reduce((sum, verdict) => sum + breakingCount(verdict), 0);
    for (const verdict of verdicts) {
        const lines = [
            ...verdict.breaking.map((change) => `  breaking: ${changeText(change)}`),
            ...verdict.operations.map(({ operation, message }) => `  breaking: operation ${operation.name} at ${operation.at.file}:${operation.at.line} no longer valid: ${message}`),
            ...verdict.dangerous.map((change) => `  dangerous: ${changeText(change)}`)
        ];
        log.info(`Role ${verdict.role}: ${breakingCount(verdict)} breaking, ${verdict.dangerous.length} dangerous` +
            `${verdict.revoked ? ' (the preview grants it nothing any more)' : ''}.`);
        // One log line each: the log writes a newline inside a line as \x0a.
        for (const line of lines)
            log.info(line);
    }
    const approved = settings.pullRequest?.labels?.some((label) => label.toLowerCase() === settings.approveLabel.toLowerCase());
    const gate = !settings.failOnBreaking || count === 0
        ? { kind: 'off' }
        : approved
            ? { kind: 'approved', label: settings.approveLabel }
            : { kind: 'fails', label: settings.approveLabel };
    log.info(`Breaking for clients against tenant ${tenantId}: ${(0,words/* plural */.L)(count, 'breaking change')} over ` +
        `${(0,words/* plural */.L)(verdicts.length, 'role')}, ${(0,words/* plural */.L)(all.length, 'operation')} validated.` +
        (gate.kind === 'approved' ? ` Accepted by the label "${settings.approveLabel}".` : ''));
    const section = markdown.breakingChangesMarkdown({
        tenantId,
        verdicts,
        newRoles,
        operations: { files: operations.files.length, allowList: operations.allowList.length },
        gate
    });
    const failure = gate.kind === 'fails'
        ? `The pull request breaks the GraphQL API for clients: ${(0,words/* plural */.L)(count, 'breaking change')} ` +
            `against tenant ${tenantId} (input "fail-on-breaking"; the comment and the summary list them). To accept ` +
            `them, add the label "${settings.approveLabel}" to the pull request and run the job again.`
        : undefined;
    return { section, count, failure };
}

;// CONCATENATED MODULE: ./src/operations/compare.ts


/** The reference has no admin secret: its metadata API cannot be asked. */
class NoAdminSecret extends Error {
}
/**
 * With `compare-tenant-id`: what the pull request's Hasura project changes against that reference tenant (staging,
 * say), as the Markdown section the preview comment and the step summary show. The reference is only read (its
 * tenant and env, export_metadata, get_catalog_state), never written. When it cannot be read, or the comparison
 * fails whatever the reason, a warning names the tenant and the reason, the section says the comparison could not be
 * made, and the step goes on: comparing informs the review, it never fails a create. A document nested deeper than
 * the comparison goes is compared to that depth, with a warning naming where it was cut. What was read is handed back
 * for the per-role comparison of the GraphQL APIs (breaking.ts).
 */
async function compareWithReference(deps) {
    const { settings, project, log } = deps;
    const tenantId = settings.compareTenantId;
    if (!tenantId || !project)
        return {};
    const [{ EngineClient }, { EngineError }, { MAX_COMPARED_DEPTH }, { diffProject }, { comparisonFailedMarkdown, projectChangesMarkdown }] = await Promise.all([
        __webpack_require__.e(/* import() */ 871).then(__webpack_require__.bind(__webpack_require__, 6871)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7679)),
        __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 5503)),
        __webpack_require__.e(/* import() */ 821).then(__webpack_require__.bind(__webpack_require__, 3821)),
        __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 1230))
    ]);
    let read;
    try {
        // The client masks the env's values as it reads them.
        const { tenant, env } = await deps.cloud.readTenant(tenantId);
        const adminSecret = env.vars[keys/* ADMIN_SECRET_KEY */.Fi];
        if (!adminSecret)
            throw new NoAdminSecret(`Tenant ${tenantId} has no ${keys/* ADMIN_SECRET_KEY */.Fi} in its env.`);
        const engine = new EngineClient({ endpoint: tenant.project.endpoint, adminSecret, ...deps.engine });
        const metadata = await engine.exportMetadata();
        const { cliState } = await engine.getCatalogState();
        const reference = { tenantId, endpoint: tenant.project.endpoint, adminSecret, metadata };
        read = { projectName: tenant.project.name, metadata, cliState, reference };
    }
    catch (error) {
        // The comment is public to the repository's readers: it gets the action's words; the log gets the details.
        const reason = error instanceof errors/* TenantNotFound */.Yy
            ? 'the tenant was not found (deleted, or not visible to the token)'
            : error instanceof NoAdminSecret
                ? `the tenant has no ${keys/* ADMIN_SECRET_KEY */.Fi}, so its metadata cannot be read`
                : error instanceof EngineError
                    ? error.status === 401 || error.status === 403 || error.code === 'access-denied'
                        ? "its project refused the tenant's admin secret"
                        : 'its project could not be read'
                    : 'Hasura Cloud could not be asked for it';
        log.warning(`Could not compare the pull request's Hasura project with tenant ${tenantId} (input "compare-tenant-id"), so ` +
            `the comment and the summary do not show what it changes: ${messageOf(error)} The preview is not affected.`);
        return { section: comparisonFailedMarkdown(tenantId, reason) };
    }
    try {
        const depth = { tenantId, maxDepth: MAX_COMPARED_DEPTH };
        const changes = diffProject(project, read, (side, cut) => warnIfCut(cut, side === 'project' ? "The pull request's metadata" : `The metadata of tenant ${tenantId}`, depth, log));
        const widening = changes.filter((change) => change.widens).length;
        log.info(`Compared the pull request's Hasura project with tenant ${tenantId} (project ${read.projectName}): ` +
            `${changes.length} change${changes.length === 1 ? '' : 's'}, ${widening} widening what a role can read or write.`);
        return {
            section: projectChangesMarkdown({ tenantId, projectName: read.projectName }, changes),
            reference: read.reference
        };
    }
    catch (error) {
        // Comparing only informs the review: whatever goes wrong in it, the preview stands and the step succeeds.
        log.warning(`Could not compare the pull request's Hasura project with tenant ${tenantId} (input "compare-tenant-id"): ` +
            `the comparison failed (${messageOf(error)}). The preview is not affected.`);
        // What was read still serves the per-role comparison of the GraphQL APIs (breaking.ts).
        return {
            section: comparisonFailedMarkdown(tenantId, 'comparing the two failed unexpectedly'),
            reference: read.reference
        };
    }
}
/** A warning naming where a document was nested deeper than the comparison goes, and so was compared only so far. */
function warnIfCut(cut, what, depth, log) {
    if (cut.count === 0)
        return;
    const more = cut.count > cut.paths.length ? ` and ${cut.count - cut.paths.length} more places` : '';
    log.warning(`${what} nests deeper than ${depth.maxDepth} levels at ${cut.paths.join(', ')}${more}: the comparison with ` +
        `tenant ${depth.tenantId} stops at that depth there, so a change below it is not shown. The preview is not ` +
        'affected.');
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/operations/env-needs.ts
var env_needs = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/operations/env-write.ts + 1 modules
var env_write = __webpack_require__(1380);
// EXTERNAL MODULE: ./src/operations/expiry.ts
var operations_expiry = __webpack_require__(4147);
// EXTERNAL MODULE: ./src/operations/health-wait.ts + 1 modules
var health_wait = __webpack_require__(5084);
// EXTERNAL MODULE: ./src/operations/preview-database.ts
var preview_database = __webpack_require__(8702);
// EXTERNAL MODULE: ./src/operations/schema-apply.ts
var schema_apply = __webpack_require__(7618);
// EXTERNAL MODULE: ./src/operations/tenant-facts.ts
var tenant_facts = __webpack_require__(6154);
;// CONCATENATED MODULE: ./src/operations/create.ts















/**
 * Create a tenant, or on a pull request reuse its preview. In order: the search for this pull request's preview (and,
 * when it has none, `max-previews`); the preview database (before any Cloud write, so a Postgres failure costs no
 * tenant); the tenant; one env write carrying the file, the marker and the database URL; the project's name; the
 * comment; the health wait; the Hasura project. Outputs are set, and the tenant id logged, the moment each is known.
 * With a preview database, the preview's journal on its role records the create before it is sent and the tenant once
 * it answers: a run killed at any point leaves a tenant the next run can tie to the pull request (see judgeJournal).
 */
function createOperation(deps) {
    const pr = deps.settings.pullRequest;
    return pr ? (0,preview_database/* withPreviewDatabases */.l7)(deps, (store) => createPreview(pr, store, deps)) : createTenantOnly(deps);
}
/** A create outside a pull request: a tenant, its env, its name, the health wait and the Hasura project. */
async function createTenantOnly(deps) {
    const projects = await deps.cloud.listProjects();
    if (deps.settings.dryRun)
        return plannedCreate(deps);
    return createNew({ projects }, { databases: [] }, undefined, deps);
}
async function createPreview(pr, store, deps) {
    const { settings, log } = deps;
    const name = settings.name ?? (0,preview_name/* previewName */.gz)(pr);
    (0,env_needs/* requireEnvTheProjectReads */.s)(deps);
    const comment = deps.preview ? await deps.preview.find() : undefined;
    const journal = store ? await store.journal((0,preview_name/* previewName */.gz)(pr), pr) : {};
    const journaled = await (0,find/* judgeJournal */.dr)(deps.cloud, pr, journal, log);
    if (journaled.kind === 'ambiguous')
        throw ambiguousJournal(journaled.candidates);
    if (journaled.kind === 'tenant') {
        const { tenant } = journaled.read;
        log.info(journaled.marked
            ? `The preview's record names tenant ${tenant.id}: this pull request's preview.`
            : `Tenant ${tenant.id} was made for this pull request by a run that ended before it was finished: finishing it.`);
    }
    const search = journaled.kind === 'tenant'
        ? { found: journaled.read, projects: [] }
        : await (0,find/* findPreview */.Cr)(deps.cloud, pr, { commentTenantId: comment?.tenantId, name, openedAt: pr.openedAt }, log);
    // Counted only once the pull request's own preview was looked for: a pull request that has its preview is never refused.
    if (!search.found)
        await (0,operations_expiry/* enforcePreviewCap */.F_)(pr, store, search.projects, deps);
    const databases = store ? await (0,preview_database/* ensurePreviewDatabases */.j1)(pr, store, deps) : [];
    const preview = { databases, store, pr };
    // The new databases get their migrations now, while the tenant is found or made and boots.
    preview.early = (0,schema_apply/* startDirectMigrations */.z)((0,preview_database/* previewDatabaseRefs */.qu)(databases), deps, schemaRequest(preview).onSeeded);
    if (search.found)
        return reusePreview(search.found, comment, preview, deps);
    if (search.gone)
        log.info('Making a new preview.');
    if (settings.dryRun)
        return plannedCreate(deps);
    return createNew(search, preview, comment, deps);
}
function plannedCreate(deps) {
    const { settings } = deps;
    const name = settings.name ?? (settings.pullRequest ? (0,preview_name/* previewName */.gz)(settings.pullRequest) : undefined);
    deps.log.info(`Dry run: a tenant would be created in ${settings.cloud}/${settings.region}` +
        `${name ? ` and named ${name}` : ''}; nothing written.`);
    deps.report.setTenant({ name });
    return { result: 'planned', changed: true };
}
/** A new tenant: made, written (env with the marker), named, announced, waited for, given the Hasura project. */
async function createNew(search, preview, comment, deps) {
    const { store } = preview;
    const { settings, log } = deps;
    const pr = settings.pullRequest;
    const name = settings.name ?? (pr ? (0,preview_name/* previewName */.gz)(pr) : undefined);
    const record = pr && store ? (journal) => store.writeJournal((0,preview_name/* previewName */.gz)(pr), pr, journal) : undefined;
    await record?.({
        creating: { since: new Date().toISOString(), before: search.projects.map((project) => project.id) }
    });
    // A cancelled run waits for the answer: the tenant's id is then in the log, in the outputs and on the record.
    const created = await (0,cancel/* critical */.kD)(async () => {
        const made = await createTenant(search.projects, deps);
        log.info(`Created ${(0,tenant_facts/* describeTenant */.IT)(made.tenant)}.`);
        (0,tenant_facts/* reportTenant */.l1)(made.tenant, deps);
        await record?.({ tenant: made.tenant.id });
        return made;
    });
    let tenant = created.tenant;
    const expiry = (0,operations_expiry/* planExpiry */.vv)(undefined, deps);
    const sync = await writeNewTenantEnv(created, preview, deps, expiry.entry);
    if (expiry.at)
        deps.report.setExpiresAt(expiry.at);
    if (name && tenant.project.name !== name) {
        const named = await nameProject(tenant, name, deps);
        if ('lostTo' in named) {
            log.warning(`Another run made this pull request's preview first (tenant ${named.lostTo.tenant.id}): deleting the tenant ` +
                `this run made (${tenant.id}) and using that one. One pull request, one tenant.`);
            await record?.({ tenant: named.lostTo.tenant.id });
            await deps.cloud.deleteTenant(tenant.id);
            // The winner may have commented since this run looked: update its comment rather than post a second one.
            return reusePreview(named.lostTo, (await deps.preview?.find()) ?? comment, preview, deps);
        }
        tenant = named.tenant;
        (0,tenant_facts/* reportTenant */.l1)(tenant, deps);
    }
    const outcome = { result: 'created', changed: true, changes: sync.changes };
    // The comment goes up before the health wait, so reviewers (and the next run) find the tenant even if the wait fails.
    const published = await publish(comment, tenant, outcome, deps, {
        databases: preview.databases,
        expiresAt: expiry.at
    });
    await (0,health_wait/* waitIfAsked */.V)(tenant.project.endpoint, deps);
    const { migrations, comparison, breaking } = await applyProject(tenant, sync.env, preview, deps);
    outcome.section = comparison;
    withBreaking(outcome, breaking);
    // The comment the first publish wrote is updated, never a second one posted.
    if (migrations !== undefined)
        await publish(published, tenant, outcome, deps, { databases: preview.databases, migrations, expiresAt: expiry.at });
    return outcome;
}
/** This pull request's existing preview: its env synced (the marker too), the schema applied, the comment updated. */
async function reusePreview(found, comment, preview, deps) {
    const { settings } = deps;
    let { tenant } = found;
    (0,tenant_facts/* reportTenant */.l1)(tenant, deps);
    deps.log.info(`Reusing this pull request's preview: ${(0,tenant_facts/* describeTenant */.IT)(tenant)}.`);
    const expiry = (0,operations_expiry/* planExpiry */.vv)(found.env.vars, deps);
    const entries = (0,env_write/* withActionEntries */.t)(deps.entries, {
        pr: settings.pullRequest,
        databases: databaseEntries(preview, deps),
        expiry: expiry.entry
    });
    const sync = await (0,env_write/* syncTenantEnv */.R)(tenant.id, entries, found.env, settings, deps);
    (0,tenant_facts/* reportEnv */.wg)(sync.env, deps);
    if (expiry.at && !settings.dryRun)
        deps.report.setExpiresAt(expiry.at);
    // A run that ended between its env write and its rename left the generated name: the marker is there now.
    const name = settings.name ?? (settings.pullRequest ? (0,preview_name/* previewName */.gz)(settings.pullRequest) : undefined);
    if (!settings.dryRun && name && tenant.project.name !== name) {
        const named = await nameProject(tenant, name, deps);
        if ('lostTo' in named && named.lostTo.tenant.id !== tenant.id) {
            deps.log.warning(`This pull request's preview is tenant ${named.lostTo.tenant.id}, which holds its name: deleting tenant ` +
                `${tenant.id}, which an earlier run made for it too. One pull request, one tenant.`);
            await deps.cloud.deleteTenant(tenant.id);
            return reusePreview(named.lostTo, comment, preview, deps);
        }
        if ('tenant' in named) {
            tenant = named.tenant;
            (0,tenant_facts/* reportTenant */.l1)(tenant, deps);
        }
    }
    if (!settings.dryRun && (sync.result === 'updated' || deps.project)) {
        await (0,health_wait/* waitIfAsked */.V)(tenant.project.endpoint, deps);
    }
    const { migrations, comparison, breaking } = await applyProject(tenant, sync.env, preview, deps);
    // In a dry run, `changed` says whether the sync would write.
    const outcome = {
        result: settings.dryRun ? 'planned' : 'reused',
        changed: sync.changed,
        changes: sync.changes,
        section: comparison
    };
    withBreaking(outcome, breaking);
    await publish(comment, tenant, outcome, deps, { databases: preview.databases, migrations, expiresAt: expiry.at });
    return outcome;
}
/** The database URLs the tenant gets: each preview database's, or `database-url`. */
function databaseEntries(preview, deps) {
    const { settings } = deps;
    if (preview.databases.length > 0)
        return preview.databases.map(({ env, url }) => ({ env, url }));
    return settings.databaseUrl ? [{ env: settings.databaseUrlEnv, url: settings.databaseUrl }] : [];
}
/**
 * The Hasura project applied, then (with `compare-tenant-id`) compared with the reference tenant, read once: what the
 * project changes, and what the preview breaks for clients (first in the comment: what reviewers most need).
 */
async function applyProject(tenant, env, preview, deps) {
    const migrations = await (0,schema_apply/* applySchemaIfGiven */.g)(tenant.project.endpoint, env, deps, schemaRequest(preview), preview.early);
    const { section, reference } = await compareWithReference(deps);
    const adminSecret = env.vars[keys/* ADMIN_SECRET_KEY */.Fi];
    const breaking = adminSecret
        ? await breakingForClients(deps, reference, { endpoint: tenant.project.endpoint, adminSecret })
        : undefined;
    const sections = [breaking?.section, section].filter((text) => text !== undefined);
    return { migrations, comparison: sections.length > 0 ? sections.join('\n') : undefined, breaking };
}
/** The count becomes the output `breaking-changes`; with `fail-on-breaking`, the step fails after the comment. */
function withBreaking(outcome, breaking) {
    if (!breaking)
        return;
    outcome.outputs = { ...outcome.outputs, 'breaking-changes': String(breaking.count) };
    if (breaking.failure)
        outcome.failure = breaking.failure;
}
/** For the schema apply: the sources reading a preview database keep their records in it, and get its seeds. */
function schemaRequest(preview) {
    const { store, databases, pr } = preview;
    return {
        previewDatabases: (0,preview_database/* previewDatabaseRefs */.qu)(databases),
        onSeeded: store && pr ? (name) => store.seedsApplied(name, pr) : undefined
    };
}
/** A journal that names a create whose tenant cannot be told apart from others made meanwhile. */
function ambiguousJournal(candidates) {
    const list = candidates.map((project) => `${project.name} (tenant ${project.tenantId ?? 'none yet'})`).join(', ');
    return new Error(`An earlier run of this pull request sent a create and ended before it answered, and since then these projects ` +
        `were made: ${list}. None can be tied to this pull request alone, so none is used or deleted. Delete the one ` +
        'that run made (a project with a generated name and no preview marker, made at that time) in ' +
        'the Hasura Cloud console, then re-run the job.');
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
        if (error instanceof errors/* ApiRejected */.dI) {
            const quota = /limit|quota|maximum|exceed/i.test(error.message)
                ? ' The account may have reached its limit of projects: delete previews of closed pull requests (operation: sweep).'
                : '';
            throw new Error(`Hasura Cloud refused to create a tenant: ${error.message}.${quota}`, { cause: error });
        }
        if (!(error instanceof errors/* AmbiguousWrite */.OH))
            throw error;
        log.warning(`${error.message} Looking for a tenant it may have made...`);
        const { fresh, unmarked } = await (0,find/* findUnmarkedSince */.bT)(cloud, before.map((project) => project.id));
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
async function writeNewTenantEnv(created, preview, deps, expiry) {
    const { settings } = deps;
    const entries = (0,env_write/* withActionEntries */.t)(deps.entries, {
        pr: settings.pullRequest,
        databases: databaseEntries(preview, deps),
        expiry
    });
    const needsVars = settings.prune || entries.length === 0 || entries.some((entry) => entry.value === null);
    const current = created.hash !== undefined && !needsVars
        ? { hash: created.hash, vars: {} }
        : await deps.cloud.getTenantEnv(created.tenant.id);
    const sync = await (0,env_write/* syncTenantEnv */.R)(created.tenant.id, entries, current, settings, deps);
    (0,tenant_facts/* reportEnv */.wg)(sync.env, deps);
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
        if (!(error instanceof errors/* ApiRejected */.dI))
            throw error;
        refusal = error.message;
        const holder = (await cloud.findProjects(name))[0];
        // A retried rename that went through the first time finds the name already ours.
        if (holder?.tenantId === tenant.id)
            return { tenant: { ...tenant, project: { ...tenant.project, name, endpoint: holder.endpoint } } };
        if (pr && holder?.tenantId) {
            const verdict = await (0,find/* judgeTenant */.qA)(cloud, holder.tenantId, pr);
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
        endpoint: (0,endpoints/* graphqlUrl */.XS)(tenant.project.endpoint),
        consoleUrl: (0,endpoints/* consoleUrl */.B9)(tenant.project.id),
        projectName: tenant.project.name,
        result: outcome.result,
        changes: outcome.changes ?? [],
        databaseName: extra.databases.map((database) => database.name).join(', ') || undefined,
        migrationsApplied: extra.migrations,
        expiresAt: extra.expiresAt,
        comparison: outcome.section
    });
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


/***/ })

};
