export const id = 503;
export const ids = [503];
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


/***/ })

};
