export const id = 821;
export const ids = [821,503];
export const modules = {

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMPARED_DEPTH: () => (/* binding */ MAX_COMPARED_DEPTH),
/* harmony export */   boundedCopy: () => (/* binding */ boundedCopy),
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   normalizeMetadata: () => (/* binding */ normalizeMetadata),
/* harmony export */   sameMetadata: () => (/* binding */ sameMetadata)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * Whether two metadata documents mean the same, so that an unchanged push sends no `replace_metadata`. The
 * engine's export differs from the files in ways that carry no meaning, all evened out here: key order; keys it
 * leaves out when empty or null (`object_relationships: []`, `comment: null`, `remote_schemas: []`); defaults it
 * writes out (a source's `kind: postgres`, `isolation_level: read-committed`, `use_prepared_statements: false`);
 * a table named by a string (`author` is `{schema: public, name: author}`); and the order of lists whose items
 * are named (sources, tables, relationships, permissions by role). A document nested deeper than the comparison
 * goes (MAX_COMPARED_DEPTH) is never the same: sending it costs one request, skipping it could lose a change.
 */
function sameMetadata(a, b) {
    const [x, y] = [normalizeMetadata(a), normalizeMetadata(b)];
    if (x.cut.count > 0 || y.cut.count > 0)
        return false;
    return canonicalJson(x.normalized) === canonicalJson(y.normalized);
}
/** Lists whose order carries no meaning, and the key that names their items. */
const NAMED_LISTS = {
    sources: (item) => item.name,
    tables: (item) => item.table,
    functions: (item) => item.function,
    object_relationships: (item) => item.name,
    array_relationships: (item) => item.name,
    remote_relationships: (item) => item.name,
    computed_fields: (item) => item.name,
    event_triggers: (item) => item.name,
    insert_permissions: (item) => item.role,
    select_permissions: (item) => item.role,
    update_permissions: (item) => item.role,
    delete_permissions: (item) => item.role
};
const TABLE_KEYS = new Set(['table', 'remote_table']);
/**
 * A permission's boolean expressions and column presets, kept as written: the engine exports a boolean expression as
 * it was given (gBoolExpToJSON, server/src-lib/Hasura/RQL/IR/BoolExp.hs) and dropping the empty parts inside one
 * changes its meaning (`{id: {_in: []}}` matches no row, `{}` every row). An empty one is left out, as absent: `{}`
 * is every row as an absent check is, and the engine does not export an empty `set` (maybeSetToMaybeOrdPair,
 * server/src-lib/Hasura/RQL/Types/Metadata/Serialization.hs).
 */
const CONDITION_KEYS = new Set(['filter', 'check', 'set']);
/**
 * Keys where an empty list is not an absent one, which the engine's export keeps even empty (selPermToOrdJSON,
 * insPermToOrdJSON and the event trigger's SubscribeOpSpec in the same Serialization.hs): a select permission's
 * `query_root_fields: []` and `subscription_root_fields: []` allow no root field where absent allows all
 * (ARFAllowConfiguredRootFields, Hasura/RQL/Types/Permission.hs); an insert permission's `columns: []` allows no
 * column where absent allows all (buildInsPermInfo: `fromMaybe allCols`); an event trigger's `payload: []` sends no
 * column where absent sends all. Kept as written, like a cron trigger's `payload`, a JSON value sent as it is.
 * (`computed_fields: []` means none as absent does, and the engine leaves it out: it is pruned like the rest.)
 */
const EMPTY_IS_NOT_ABSENT = new Set(['query_root_fields', 'subscription_root_fields', 'columns', 'payload']);
/**
 * The metadata evened out as sameMetadata compares it (see there), cut at MAX_COMPARED_DEPTH (see boundedCopy), and
 * where it was cut.
 */
function normalizeMetadata(metadata, mode = 'apply') {
    const { copy, cut } = boundedCopy(metadata);
    return { normalized: normalizeCopy(copy, mode), cut };
}
/** Normalises `copy` in place (a copy of the caller's, so its defaults can be written in) and prunes it. */
function normalizeCopy(copy, mode) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(copy))
        return undefined;
    for (const source of Array.isArray(copy.sources) ? copy.sources : []) {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source))
            continue;
        source.kind ??= 'postgres';
        const info = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(source.configuration) ? source.configuration.connection_info : undefined;
        if (source.kind === 'postgres' && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(info)) {
            info.isolation_level ??= 'read-committed';
            info.use_prepared_statements ??= false;
        }
        qualifyTables(source.tables);
    }
    return prune(copy, undefined, mode);
}
/** `table: author` and `{schema: public, name: author}` are the same Postgres table. */
function qualifyTables(value) {
    if (Array.isArray(value))
        return value.forEach(qualifyTables);
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        if (TABLE_KEYS.has(key) && typeof child === 'string')
            value[key] = { schema: 'public', name: child };
        else
            qualifyTables(child);
    }
}
/** Drops null, empty lists and empty objects, and sorts named lists; undefined when nothing is left. */
function prune(value, key, mode) {
    if (key !== undefined && CONDITION_KEYS.has(key) && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        return Object.keys(value).length > 0 ? value : undefined;
    }
    if (key !== undefined && EMPTY_IS_NOT_ABSENT.has(key) && value !== null)
        return value;
    if (mode === 'review' && value === false)
        return undefined;
    if (Array.isArray(value)) {
        const items = value.map((item) => prune(item, undefined, mode)).filter((item) => item !== undefined);
        // Own keys only: a list under `valueOf` or `hasOwnProperty` (a connector's configuration may hold one) is not named.
        const name = key !== undefined && Object.hasOwn(NAMED_LISTS, key) ? NAMED_LISTS[key] : undefined;
        if (name && items.every(_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)) {
            items.sort((x, y) => compare(canonicalJson(name(x)), canonicalJson(name(y))));
        }
        return items.length > 0 ? items : undefined;
    }
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        const entries = Object.entries(value)
            .map(([childKey, child]) => [childKey, prune(child, childKey, mode)])
            .filter(([, child]) => child !== undefined);
        return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    return value === null ? undefined : value;
}
function compare(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
/** JSON with object keys sorted, so key order does not count. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(value)) {
        const keys = Object.keys(value).sort(compare);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * How many levels of lists and mappings the comparisons go into. Real metadata is a few dozen levels deep (a
 * permission's row filter starts at the 8th); the comparison's walkers recurse, and Node's stack ends a few thousand
 * levels down, while an exported document (JSON.parse does not recurse) can be nested without bound.
 */
const MAX_COMPARED_DEPTH = 200;
/** Stands for a part nested deeper than MAX_COMPARED_DEPTH: two documents cut at the same place compare equal there. */
const CUT = '(nested too deep to compare)';
const PATHS_KEPT = 3;
/**
 * A copy of `value` (lists, mappings and scalars: JSON data) in which every list or mapping nested deeper than
 * `maxDepth` levels is replaced by a marker, made without recursion so that no depth can overflow the stack; and
 * where it was cut.
 */
function boundedCopy(value, maxDepth = MAX_COMPARED_DEPTH) {
    const cut = { count: 0, paths: [] };
    const root = {};
    const pending = [
        { from: value, into: root, key: 'value', at: { depth: 0 } }
    ];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { from, into, key, at } = next;
        const put = (part) => void Reflect.set(into, key, part);
        if (!Array.isArray(from) && !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(from)) {
            put(from);
        }
        else if (at.depth >= maxDepth) {
            put(CUT);
            if (cut.count++ < PATHS_KEPT)
                cut.paths.push(pathText(at));
        }
        else if (Array.isArray(from)) {
            const copy = new Array(from.length);
            put(copy);
            from.forEach((item, index) => {
                const segment = `[${itemName(item) ?? index}]`;
                pending.push({ from: item, into: copy, key: index, at: { depth: at.depth + 1, parent: at, segment } });
            });
        }
        else {
            // Every key first, in order, so the copy keeps the original's key order whatever order it is filled in.
            const copy = Object.fromEntries(Object.keys(from).map((name) => [name, undefined]));
            put(copy);
            for (const [name, child] of Object.entries(from)) {
                pending.push({ from: child, into: copy, key: name, at: { depth: at.depth + 1, parent: at, segment: name } });
            }
        }
    }
    return { copy: root.value, cut };
}
/** The first levels of the way to a cut place, as a reader finds it in the metadata. */
function pathText(at) {
    const segments = [];
    for (let link = at; link?.segment !== undefined; link = link.parent)
        segments.push(link.segment);
    segments.reverse();
    const shown = segments.slice(0, 8).map((segment) => (segment.length > 60 ? `${segment.slice(0, 60)}…` : segment));
    const text = shown.map((segment, i) => (i === 0 || segment.startsWith('[') ? segment : `.${segment}`)).join('');
    return segments.length > shown.length ? `${text}…` : text;
}
/** The name a list item goes by in the metadata (a source, a table, a role), when it has one. */
function itemName(item) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(item))
        return undefined;
    for (const key of ['name', 'role', 'role_name'])
        if (typeof item[key] === 'string')
            return item[key];
    const table = item.table ?? item.function;
    if (typeof table === 'string')
        return table;
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(table) && typeof table.name === 'string') {
        return typeof table.schema === 'string' ? `${table.schema}.${table.name}` : table.name;
    }
    return undefined;
}


/***/ }),

/***/ 3821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffProject: () => (/* binding */ diffProject)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/* harmony import */ var _metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5503);
/* harmony import */ var _migration_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(733);



const OPERATIONS = ['select', 'insert', 'update', 'delete'];
const RELATIONSHIPS = ['object', 'array', 'remote'];
/** Top-level keys compared object by object; the others are compared whole (see `metadata`). */
const INTERPRETED = new Set(['version', 'sources', 'actions', 'remote_schemas', 'cron_triggers', 'inherited_roles']);
/** Top-level keys that govern who may do what: a change there is for review. */
const ACCESS_KEYS = new Set(['allowlist', 'api_limits', 'graphql_schema_introspection']);
/** Keys of a table entry compared object by object; a change of any other is "settings changed". */
const TABLE_PARTS = new Set([
    'table',
    'object_relationships',
    'array_relationships',
    'remote_relationships',
    'insert_permissions',
    'select_permissions',
    'update_permissions',
    'delete_permissions',
    'event_triggers'
]);
/**
 * The changes, in the order of the metadata: sources and their tables (by name), roles, actions, remote schemas, cron
 * triggers, the rest; then the migrations. `onDepthCut` hears of each document compared only down to the bound.
 */
function diffProject(project, reference, onDepthCut) {
    const after = normalized(project.metadata, (cut) => onDepthCut?.('project', cut));
    const before = normalized(reference.metadata, (cut) => onDepthCut?.('reference', cut));
    const changes = [];
    diffSources(before, after, changes);
    diffRoles(before, after, changes);
    diffInheritedRoles(before, after, changes);
    diffActions(before, after, changes);
    diffRemoteSchemas(before, after, changes);
    diffCronTriggers(before, after, changes);
    diffOtherMetadata(before, after, changes);
    const records = new _migration_records_js__WEBPACK_IMPORTED_MODULE_1__/* .MigrationRecords */ .Z(reference.cliState);
    for (const migration of project.migrations) {
        if (records.has(migration.database, migration.version))
            continue;
        const { database: source, version, name } = migration;
        changes.push(change({ kind: 'migration', source, version, name }, 'not applied'));
    }
    return changes;
}
function change(object, verb, details = [], widens = false) {
    return {
        object,
        change: verb,
        details,
        widens: widens || details.some((detail) => detail.widens),
        review: details.some((detail) => detail.review)
    };
}
function normalized(metadata, onCut) {
    const { normalized: value, cut } = (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.normalizeMetadata)(metadata, 'review');
    if (cut.count > 0)
        onCut(cut);
    return (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(value) ? value : {};
}
// ---- sources, tables, functions ----
function diffSources(before, after, changes) {
    const pairs = pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.sources), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.sources), (source) => text(source.name));
    for (const [source, old, now] of pairs) {
        if (!old)
            changes.push(change({ kind: 'source', source }, 'added'));
        else if (!now)
            changes.push(change({ kind: 'source', source }, 'removed'));
        else {
            // A source's configuration holds its connection (a database URL may be written out): only which keys changed.
            const settings = changedKeys(old, now, (key) => key !== 'tables' && key !== 'functions');
            if (settings.length > 0) {
                changes.push(change({ kind: 'source', source }, 'changed', [
                    { what: 'settings changed (values not shown):', names: settings }
                ]));
            }
        }
        for (const [table, oldTable, newTable] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(old?.tables), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(now?.tables), (t) => qualifiedName(t.table))) {
            diffTable(source, table, oldTable, newTable, changes);
        }
        for (const [name, oldFunction, newFunction] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(old?.functions), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(now?.functions), (f) => qualifiedName(f.function))) {
            diffFunction(source, name, oldFunction, newFunction, changes);
        }
    }
}
function diffTable(source, table, before, after, changes) {
    const object = { kind: 'table', source, table };
    if (!before || !after) {
        const entry = (before ?? after);
        // A table tracked with permissions opens it to those roles; its permissions are the widening details.
        const details = after
            ? [
                ...permissionsOf(after).map(({ operation, role }) => ({
                    what: `${operation} permission for role`,
                    names: [role],
                    widens: true
                })),
                ...named('relationships', relationshipsOf(after)),
                ...named('event triggers', (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.event_triggers).map((trigger) => text(trigger.name)))
            ]
            : named('permissions removed for roles', unique(permissionsOf(entry).map(({ role }) => role)));
        changes.push(change(object, after ? 'tracked' : 'untracked', details));
        return;
    }
    for (const kind of RELATIONSHIPS) {
        const key = `${kind}_relationships`;
        for (const [name, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before[key]), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after[key]), (r) => text(r.name))) {
            const relationship = { kind: 'relationship', source, table, relationship: kind, name };
            if (!old)
                changes.push(change(relationship, 'added'));
            else if (!now)
                changes.push(change(relationship, 'removed'));
            else if (!same(old, now))
                changes.push(change(relationship, 'changed', [{ what: 'definition changed' }]));
        }
    }
    for (const operation of OPERATIONS) {
        const key = `${operation}_permissions`;
        for (const [role, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before[key]), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after[key]), (p) => text(p.role))) {
            const permission = { kind: 'permission', source, table, role, operation };
            const oldRule = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(old?.permission) ? old.permission : {};
            const newRule = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(now?.permission) ? now.permission : {};
            if (!old)
                changes.push(change(permission, 'added', grantDetails(operation, newRule), true));
            else if (!now)
                changes.push(change(permission, 'removed'));
            else {
                const details = permissionDetails(operation, oldRule, newRule);
                if (details.length > 0)
                    changes.push(change(permission, 'changed', details));
            }
        }
    }
    for (const [name, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.event_triggers), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.event_triggers), (t) => text(t.name))) {
        const trigger = { kind: 'event trigger', source, table, name };
        if (!old)
            changes.push(change(trigger, 'added', eventTriggerDetails({}, now)));
        else if (!now)
            changes.push(change(trigger, 'removed'));
        else {
            const details = eventTriggerDetails(old, now);
            if (details.length > 0)
                changes.push(change(trigger, 'changed', details));
        }
    }
    const settings = changedKeys(before, after, (key) => !TABLE_PARTS.has(key));
    if (settings.length > 0)
        changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]));
}
function diffFunction(source, name, before, after, changes) {
    const object = { kind: 'function', source, function: name };
    if (!before) {
        changes.push(change(object, 'tracked', permissionGrants(after)));
        return;
    }
    if (!after) {
        changes.push(change(object, 'untracked'));
        return;
    }
    diffRolePermissions(before, after, changes, (role) => ({ kind: 'function permission', source, function: name, role }));
    const settings = changedKeys(before, after, (key) => key !== 'function' && key !== 'permissions');
    if (settings.length > 0)
        changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]));
}
/** Every permission of a table entry: operation and role. */
function permissionsOf(table) {
    return OPERATIONS.flatMap((operation) => (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(table[`${operation}_permissions`]).map((permission) => ({ operation, role: text(permission.role) })));
}
function relationshipsOf(table) {
    return RELATIONSHIPS.flatMap((kind) => (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(table[`${kind}_relationships`]).map((r) => text(r.name)));
}
// ---- permissions ----
/** What a new permission grants: its columns, and that it has no row filter or check when it has none. */
function grantDetails(operation, rule) {
    const details = [];
    if (operation !== 'delete') {
        const columns = texts(rule.columns);
        details.push(rule.columns === '*' || (rule.columns === undefined && operation === 'insert')
            ? { what: 'all columns' }
            : columns.length > 0
                ? { what: 'columns', names: columns }
                : { what: 'no columns' });
    }
    for (const condition of conditionsOf(operation)) {
        if (rule[condition.key] === undefined)
            details.push({ what: `${condition.label}: none (every row)` });
    }
    return details;
}
/** The boolean expressions of a permission: which rows it may read, change or delete, and what rows it may write. */
function conditionsOf(operation) {
    switch (operation) {
        case 'select':
        case 'delete':
            return [{ key: 'filter', label: 'row filter' }];
        case 'insert':
            return [{ key: 'check', label: 'check' }];
        case 'update':
            return [
                { key: 'filter', label: 'row filter' },
                { key: 'check', label: 'check after update' }
            ];
    }
}
/** The keys of a permission this module interprets; a change of another is for review. */
const PERMISSION_KEYS = new Set([
    'columns',
    'computed_fields',
    'filter',
    'check',
    'set',
    'allow_aggregations',
    'limit',
    'backend_only',
    'query_root_fields',
    'subscription_root_fields'
]);
/**
 * How a permission changed (normalised: an empty filter or check is left out, as if absent; an empty list of columns
 * or root fields is kept, see metadata-compare.ts).
 */
function permissionDetails(operation, before, after) {
    const details = [];
    // An insert permission without `columns` allows every column (buildInsPermInfo); the others must list them.
    const columnsAbsent = operation === 'insert' ? 'absent: all' : 'absent: none';
    if (operation !== 'delete')
        details.push(...listDetails('columns', before.columns, after.columns, columnsAbsent));
    details.push(...listDetails('computed fields', before.computed_fields, after.computed_fields, 'absent: none'));
    for (const { key, label } of conditionsOf(operation)) {
        const old = before[key];
        const now = after[key];
        if (same(old, now))
            continue;
        if (now === undefined)
            details.push({ what: `${label} removed (every row)`, widens: true });
        else if (old === undefined)
            details.push({ what: `${label} added` });
        else
            details.push({ what: `${label} changed`, review: true });
    }
    const oldSet = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(before.set) ? before.set : {};
    const newSet = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(after.set) ? after.set : {};
    const presets = pairBy(Object.keys(oldSet).map((column) => ({ column })), Object.keys(newSet).map((column) => ({ column })), (entry) => text(entry.column));
    const removed = presets.filter(([, , now]) => !now).map(([column]) => column);
    const added = presets.filter(([, old]) => !old).map(([column]) => column);
    const changed = presets.filter(([column, old, now]) => old && now && !same(oldSet[column], newSet[column]));
    // Without its preset, the role may choose the column's value (when it may write the column).
    if (removed.length > 0)
        details.push({ what: 'column presets removed', names: removed, widens: true });
    if (added.length > 0)
        details.push({ what: 'column presets added', names: added });
    if (changed.length > 0)
        details.push({ what: 'column presets changed', names: changed.map(([c]) => c), review: true });
    if (before.allow_aggregations !== after.allow_aggregations) {
        details.push(after.allow_aggregations === true
            ? { what: 'aggregations allowed', widens: true }
            : { what: 'aggregations no longer allowed' });
    }
    details.push(...limitDetails(before.limit, after.limit));
    if (before.backend_only !== after.backend_only) {
        details.push(after.backend_only === true
            ? { what: 'now backend only' }
            : { what: 'no longer backend only (any client)', widens: true });
    }
    details.push(...listDetails('query root fields', before.query_root_fields, after.query_root_fields, 'absent: all'));
    details.push(...listDetails('subscription root fields', before.subscription_root_fields, after.subscription_root_fields, 'absent: all'));
    const other = changedKeys(before, after, (key) => !PERMISSION_KEYS.has(key));
    if (other.length > 0)
        details.push({ what: 'other settings changed:', names: other, review: true });
    return details;
}
/**
 * A list of names a role is granted (columns, computed fields, root fields): what it gained widens. `*` is every
 * column; a list that is absent means none (computed fields, columns of select and update) or all (root fields and
 * an insert's columns: no restriction); an empty list means none.
 */
function listDetails(label, before, after, absent) {
    const all = (value) => value === '*' || (value === undefined && absent === 'absent: all');
    if (same(before, after) || (all(before) && all(after)))
        return [];
    if (all(after))
        return [{ what: `${label}: now all`, widens: true }];
    const now = texts(after);
    if (all(before)) {
        return [
            now.length > 0 ? { what: `${label}: no longer all, only`, names: now } : { what: `${label}: none now (was all)` }
        ];
    }
    const old = texts(before);
    const gained = now.filter((name) => !old.includes(name));
    const lost = old.filter((name) => !now.includes(name));
    return [
        ...(gained.length > 0 ? [{ what: `${label} gained`, names: gained, widens: true }] : []),
        ...(lost.length > 0 ? [{ what: `${label} lost`, names: lost }] : [])
    ];
}
function limitDetails(before, after) {
    if (same(before, after))
        return [];
    if (typeof before === 'number' && after === undefined)
        return [{ what: `row limit removed (was ${before})`, widens: true }];
    if (before === undefined && typeof after === 'number')
        return [{ what: `row limit set to ${after}` }];
    if (typeof before === 'number' && typeof after === 'number') {
        return after > before
            ? [{ what: `row limit raised from ${before} to ${after}`, widens: true }]
            : [{ what: `row limit lowered from ${before} to ${after}` }];
    }
    return [{ what: 'row limit changed', review: true }];
}
/**
 * Permissions that are only a role (actions, functions): one change each, a new one widening. `object` names the
 * permission of a role.
 */
function diffRolePermissions(before, after, changes, object) {
    for (const [role, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.permissions), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.permissions), (p) => text(p.role))) {
        if (!old)
            changes.push(change(object(role), 'added', [], true));
        else if (!now)
            changes.push(change(object(role), 'removed'));
        else if (!same(old, now))
            changes.push(change(object(role), 'changed', [{ what: 'definition changed', review: true }]));
    }
}
/** The permissions of something new (an action, a function, a remote schema): each role it opens to, widening. */
function permissionGrants(entry) {
    const roles = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(entry.permissions).map((permission) => text(permission.role));
    return roles.map((role) => ({ what: 'permission for role', names: [role], widens: true }));
}
// ---- roles ----
/** Roles that appear in, or disappear from, the metadata as a whole: permissions of any kind and inherited roles. */
function diffRoles(before, after, changes) {
    const old = rolesOf(before);
    const now = rolesOf(after);
    for (const role of now)
        if (!old.has(role))
            changes.push(change({ kind: 'role', role }, 'added'));
    for (const role of old)
        if (!now.has(role))
            changes.push(change({ kind: 'role', role }, 'removed'));
}
function rolesOf(metadata) {
    const roles = new Set();
    for (const source of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(metadata.sources)) {
        for (const table of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(source.tables))
            for (const { role } of permissionsOf(table))
                roles.add(role);
        for (const fn of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(source.functions))
            for (const p of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(fn.permissions))
                roles.add(text(p.role));
    }
    for (const action of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(metadata.actions))
        for (const p of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(action.permissions))
            roles.add(text(p.role));
    for (const schema of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(metadata.remote_schemas))
        for (const p of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(schema.permissions))
            roles.add(text(p.role));
    for (const inherited of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(metadata.inherited_roles)) {
        roles.add(text(inherited.role_name));
        for (const role of texts(inherited.role_set))
            roles.add(role);
    }
    return roles;
}
function diffInheritedRoles(before, after, changes) {
    const pairs = pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.inherited_roles), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.inherited_roles), (r) => text(r.role_name));
    for (const [role, old, now] of pairs) {
        const object = { kind: 'inherited role', role };
        // An inherited role has every permission of the roles in it.
        if (!old)
            changes.push(change(object, 'added', [{ what: 'made of', names: texts(now.role_set) }], true));
        else if (!now)
            changes.push(change(object, 'removed'));
        else {
            const oldSet = texts(old.role_set);
            const newSet = texts(now.role_set);
            const gained = newSet.filter((r) => !oldSet.includes(r));
            const lost = oldSet.filter((r) => !newSet.includes(r));
            const details = [
                ...(gained.length > 0 ? [{ what: 'roles added to it', names: gained, widens: true }] : []),
                ...(lost.length > 0 ? [{ what: 'roles taken out of it', names: lost }] : [])
            ];
            if (details.length > 0)
                changes.push(change(object, 'changed', details));
        }
    }
}
// ---- actions, remote schemas, triggers ----
function diffActions(before, after, changes) {
    for (const [name, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.actions), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.actions), (a) => text(a.name))) {
        const object = { kind: 'action', name };
        if (!old) {
            const definition = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(now.definition) ? now.definition : {};
            const details = [...textDetails('handler', undefined, definition.handler), ...permissionGrants(now)];
            changes.push(change(object, 'added', details));
            continue;
        }
        if (!now) {
            changes.push(change(object, 'removed'));
            continue;
        }
        diffRolePermissions(old, now, changes, (role) => ({ kind: 'action permission', action: name, role }));
        const details = definitionDetails((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(old.definition) ? old.definition : {}, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(now.definition) ? now.definition : {}, {
            texts: ['handler', 'kind', 'type', 'timeout', 'forward_client_headers'],
            summaries: {
                arguments: 'arguments changed',
                output_type: 'output type changed',
                headers: 'headers changed',
                request_transform: 'request transform changed',
                response_transform: 'response transform changed'
            }
        });
        details.push(...otherKeys(old, now, ['name', 'definition', 'permissions']));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
function diffRemoteSchemas(before, after, changes) {
    for (const [name, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.remote_schemas), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.remote_schemas), (s) => text(s.name))) {
        const object = { kind: 'remote schema', name };
        if (!old || !now) {
            const definition = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(now?.definition) ? now.definition : {};
            // Unless the engine runs with remote schema permissions (off by default), every role may query every remote
            // schema (https://hasura.io/docs/latest/remote-schemas/auth/remote-schema-permissions/).
            const open = {
                what: 'no permissions: every role may query it, unless remote schema permissions are on'
            };
            const grants = now ? permissionGrants(now) : [];
            const details = now
                ? [
                    ...textDetails('URL', undefined, definition.url),
                    ...textDetails('URL from env var', undefined, definition.url_from_env),
                    ...(grants.length > 0 ? grants : [{ ...open, widens: true }])
                ]
                : [];
            changes.push(change(object, now ? 'added' : 'removed', details));
            continue;
        }
        for (const [role, oldPermission, newPermission] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(old.permissions), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(now.permissions), (p) => text(p.role))) {
            const permission = { kind: 'remote schema permission', remoteSchema: name, role };
            if (!oldPermission)
                changes.push(change(permission, 'added', [], true));
            else if (!newPermission)
                changes.push(change(permission, 'removed'));
            else if (!same(oldPermission, newPermission)) {
                // The role's schema is an SDL subset of the remote schema: a changed one may show more or fewer fields.
                changes.push(change(permission, 'changed', [{ what: 'schema changed', review: true }]));
            }
        }
        const details = definitionDetails((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(old.definition) ? old.definition : {}, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(now.definition) ? now.definition : {}, {
            texts: ['url', 'url_from_env', 'timeout_seconds', 'forward_client_headers'],
            labels: { url: 'URL', url_from_env: 'URL from env var' },
            summaries: { headers: 'headers changed', customization: 'customization changed' }
        });
        if (!same(old.remote_relationships, now.remote_relationships))
            details.push({ what: 'relationships changed' });
        details.push(...otherKeys(old, now, ['name', 'definition', 'permissions', 'remote_relationships']));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
function eventTriggerDetails(before, after) {
    const details = [
        ...textDetails('webhook', before.webhook, after.webhook),
        ...textDetails('webhook from env var', before.webhook_from_env, after.webhook_from_env)
    ];
    if (!same(before.definition, after.definition)) {
        const oldOps = operationsOf(before.definition);
        const newOps = operationsOf(after.definition);
        if (oldOps !== newOps)
            details.push({ what: 'fires on', from: oldOps || undefined, to: newOps });
        else
            details.push({ what: 'columns that fire it changed' });
    }
    // A new trigger's settings are its own; for a changed one, what changed.
    if (Object.keys(before).length > 0) {
        if (!same(before.headers, after.headers))
            details.push({ what: 'headers changed' });
        if (!same(before.retry_conf, after.retry_conf))
            details.push({ what: 'retry settings changed' });
        const transforms = ['request_transform', 'response_transform'].filter((key) => !same(before[key], after[key]));
        if (transforms.length > 0)
            details.push({ what: 'transform changed' });
        details.push(...otherKeys(before, after, [
            'name',
            'definition',
            'webhook',
            'webhook_from_env',
            'headers',
            'retry_conf',
            'request_transform',
            'response_transform'
        ]));
    }
    return details;
}
/** The operations that fire an event trigger: `insert, update, delete, manual`. */
function operationsOf(definition) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(definition))
        return '';
    const operations = ['insert', 'update', 'delete'].filter((operation) => definition[operation] !== undefined);
    if (definition.enable_manual === true)
        operations.push('manual');
    return operations.join(', ');
}
function diffCronTriggers(before, after, changes) {
    for (const [name, old, now] of pairBy((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(before.cron_triggers), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .mappings */ .q)(after.cron_triggers), (t) => text(t.name))) {
        const object = { kind: 'cron trigger', name };
        if (!old || !now) {
            const details = now
                ? [...textDetails('webhook', undefined, now.webhook), ...textDetails('schedule', undefined, now.schedule)]
                : [];
            changes.push(change(object, now ? 'added' : 'removed', details));
            continue;
        }
        const details = definitionDetails(old, now, {
            texts: ['webhook', 'schedule'],
            summaries: {
                payload: 'payload changed',
                headers: 'headers changed',
                retry_conf: 'retry settings changed',
                request_transform: 'request transform changed',
                response_transform: 'response transform changed'
            }
        });
        details.push(...otherKeys(old, now, [
            'name',
            'webhook',
            'schedule',
            'payload',
            'headers',
            'retry_conf',
            'request_transform',
            'response_transform'
        ]));
        if (details.length > 0)
            changes.push(change(object, 'changed', details));
    }
}
/** The top-level parts not compared object by object (`allowlist`, `custom_types`, `rest_endpoints`, ...), whole. */
function diffOtherMetadata(before, after, changes) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !INTERPRETED.has(key));
    for (const key of keys.sort()) {
        if (same(before[key], after[key]))
            continue;
        const verb = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed';
        changes.push(change({ kind: 'metadata', key }, verb, ACCESS_KEYS.has(key) ? [{ what: 'governs access', review: true }] : []));
    }
}
function definitionDetails(before, after, parts) {
    const details = [];
    for (const key of parts.texts)
        details.push(...textDetails(parts.labels?.[key] ?? key, before[key], after[key]));
    for (const [key, what] of Object.entries(parts.summaries))
        if (!same(before[key], after[key]))
            details.push({ what });
    const other = changedKeys(before, after, (key) => !parts.texts.includes(key) && !(key in parts.summaries));
    if (other.length > 0)
        details.push({ what: 'other settings changed:', names: other });
    return details;
}
/** A setting shown as written: before and after when it changed; an object (`{from_env}`) by its JSON. */
function textDetails(what, before, after) {
    if (same(before, after))
        return [];
    return [{ what, from: shown(before), to: shown(after) }];
}
/** A setting's text; a URL's user and password, should one be written in the metadata, are left out. */
function shown(value) {
    if (value === undefined)
        return undefined;
    return (typeof value === 'string' ? value : (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.canonicalJson)(value)).replace(/\/\/[^/?#@\s]*@/g, '//***@');
}
/** Keys of the entry itself (a comment, ...) that changed, outside the ones compared part by part. */
function otherKeys(before, after, compared) {
    const other = changedKeys(before, after, (key) => !compared.includes(key));
    return other.length > 0 ? [{ what: 'other settings changed:', names: other }] : [];
}
function changedKeys(before, after, include) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.filter((key) => include(key) && !same(before[key], after[key])).sort();
}
function named(what, names) {
    return names.length > 0 ? [{ what, names }] : [];
}
// ---- helpers ----
/** Items of both lists matched by name, in the order of the new list, then the removed ones: [name, before, after]. */
function pairBy(before, after, nameOf) {
    const old = new Map(before.map((item) => [nameOf(item), item]));
    const now = new Map(after.map((item) => [nameOf(item), item]));
    return [
        ...[...now].map(([name, item]) => [name, old.get(name), item]),
        ...[...old]
            .filter(([name]) => !now.has(name))
            .map(([name, item]) => [name, item, undefined])
    ];
}
/** `schema.name` of a table or function (`dataset.name` on BigQuery, ...); its JSON when it has no name. */
function qualifiedName(value) {
    if (typeof value === 'string')
        return value;
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isMapping */ .p)(value) || typeof value.name !== 'string')
        return (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.canonicalJson)(value);
    const qualifier = value.schema ?? value.dataset ?? value.database;
    return typeof qualifier === 'string' ? `${qualifier}.${value.name}` : value.name;
}
function same(a, b) {
    return (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.canonicalJson)(a) === (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.canonicalJson)(b);
}
function text(value) {
    return typeof value === 'string' ? value : (0,_metadata_compare_js__WEBPACK_IMPORTED_MODULE_0__.canonicalJson)(value);
}
function texts(value) {
    return Array.isArray(value) ? value.map(text) : [];
}
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MigrationRecords),
/* harmony export */   _: () => (/* binding */ versionKey)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * The Hasura CLI's record of applied migrations, kept in the catalog state (`get_catalog_state`):
 * `cli_state.migrations[<database>][<version>] = <dirty>`. A version is written dirty before its SQL runs and
 * clean after, so `hasura migrate status` and this action agree on what is applied. Versions are keys as the CLI
 * writes them (`%d` of the number); everything else in the CLI's state (settings, ...) is kept as found.
 */
class MigrationRecords {
    cliState;
    migrations;
    constructor(cliState) {
        this.cliState = cliState;
        const found = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(cliState.migrations) ? cliState.migrations : {};
        this.migrations = Object.fromEntries(Object.entries(found).map(([database, versions]) => [database, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(versions) ? { ...versions } : {}]));
    }
    /** Recorded, dirty or clean: the CLI too counts a dirty version as applied. */
    has(database, version) {
        return this.migrations[database]?.[versionKey(version)] !== undefined;
    }
    /** The versions of a database marked dirty. */
    dirtyVersions(database) {
        return Object.entries(this.migrations[database] ?? {})
            .filter(([, dirty]) => dirty !== false)
            .map(([version]) => version);
    }
    set(database, version, dirty) {
        this.migrations[database] = { ...this.migrations[database], [versionKey(version)]: dirty };
    }
    remove(database, version) {
        const versions = this.migrations[database];
        if (versions)
            delete versions[versionKey(version)];
    }
    /** The records of a database: each version (as versionKey writes it) and whether it is marked dirty. */
    versions(database) {
        return Object.entries(this.migrations[database] ?? {}).map(([version, dirty]) => [version, dirty !== false]);
    }
    /** The records of a database become exactly these versions, clean. */
    replace(database, versions) {
        this.migrations[database] = Object.fromEntries([...versions].map((version) => [versionKey(version), false]));
    }
    /** The CLI state to send with set_catalog_state. */
    toCliState() {
        return { ...this.cliState, migrations: structuredClone(this.migrations) };
    }
}
/** The CLI parses versions as integers and writes them back with `%d`: `0042` and `42` are one version. */
function versionKey(version) {
    return /^\d+$/.test(version) ? BigInt(version).toString() : version;
}


/***/ })

};
