export const id = 998;
export const ids = [998];
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

/***/ 9658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ parseBoundedEvents),
/* harmony export */   U7: () => (/* binding */ MAX_ALIAS_NODES),
/* harmony export */   f: () => (/* binding */ nodeStart)
/* harmony export */ });
/* unused harmony export LineIndex */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/**
 * How many nodes aliases may add to a document once expanded. Real metadata and env files have no aliases at
 * all; a "billion laughs" file of a few hundred bytes expands to 10^9 nodes and is stopped at this bound.
 */
const MAX_ALIAS_NODES = 100_000;
/**
 * Parse YAML into js-yaml's events, refusing alias bombs before anything is built: every alias is counted as the
 * size of the node it repeats (sizes memoised per anchor, so the check is linear in the events), and the first alias
 * that takes the expansion past `maxAliasNodes` is reported at its line. A syntax error is reported at js-yaml's line
 * with its reason, never its source snippet (which could show a secret).
 */
function parseBoundedEvents(text, file, onError, maxAliasNodes = MAX_ALIAS_NODES) {
    const lines = new LineIndex(text);
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file });
    }
    catch (error) {
        if (error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB)
            onError(`invalid YAML: ${error.reason}`, error.mark ? error.mark.line + 1 : 1);
        throw error;
    }
    // Open collections with their size so far; a node's size is 1 plus its children's, an alias's the size of its anchor.
    const open = [];
    let anchors = new Map();
    let aliasNodes = 0;
    const close = (size, anchor) => {
        if (anchor !== undefined)
            anchors.set(anchor, size);
        const parent = open[open.length - 1];
        if (parent)
            parent.size += size;
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                anchors = new Map(); // anchors are scoped to their document
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
                open.push({ size: 1, anchor: anchorOf(text, event.anchorStart, event.anchorEnd) });
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR:
                close(1, anchorOf(text, event.anchorStart, event.anchorEnd));
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const name = text.slice(event.anchorStart, event.anchorEnd);
                const line = lines.lineOf(event.anchorStart);
                const size = anchors.get(name);
                if (size === undefined) {
                    onError(`the alias *${name} refers to no anchor &${name} before it (or to a node that contains it)`, line);
                }
                aliasNodes += size - 1;
                if (aliasNodes > maxAliasNodes) {
                    onError(`aliases expand to more than ${maxAliasNodes} nodes (at *${name}); write the values out instead of repeating anchors`, line);
                }
                close(size, undefined);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP: {
                const collection = open.pop();
                if (collection)
                    close(collection.size, collection.anchor);
                break;
            }
        }
    }
    return { events, aliasNodes, lines };
}
function anchorOf(text, start, end) {
    return start >= 0 ? text.slice(start, end) : undefined;
}
/** Where a node starts in the source (its tag or anchor, else its value), or -1: an empty scalar has no text. */
function nodeStart(event) {
    if (event === undefined)
        return -1;
    switch (event.type) {
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR:
            return firstOffset(event.tagStart, event.anchorStart, event.valueStart);
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE:
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
            return firstOffset(event.tagStart, event.anchorStart, event.start);
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS:
            return event.anchorStart;
        default:
            return -1;
    }
}
function firstOffset(...offsets) {
    return offsets.find((offset) => offset >= 0) ?? -1;
}
/** Source offsets to 1-based line numbers. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
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


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProjectError: () => (/* reexport */ ProjectError),
  readProject: () => (/* binding */ readProject)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/project/error.ts

/** A problem in a file of the `hasura-project` directory, reported as an annotation at that file and line. */
class ProjectError extends errors/* FileError */.f {
    name = 'ProjectError';
    constructor(message, file, line) {
        super(message, file, line, 'hasura-project');
    }
}

;// CONCATENATED MODULE: ./src/project/config.ts


function readConfig(files) {
    const relative = files.inProject('config.yaml');
    const start = { file: relative, line: 1 };
    const file = files.find(relative, 'file', start, 'config.yaml');
    if (!file) {
        throw new errors/* InputError */.d(`Input "hasura-project": ${files.root.relative} has no config.yaml; name the directory \`hasura init\` made ` +
            '(it holds config.yaml, metadata/ and migrations/).');
    }
    const value = files.yaml(file, start, false);
    const config = value === undefined || value === null ? {} : value;
    if (typeof config !== 'object' || Array.isArray(config)) {
        throw new ProjectError('config.yaml must be a mapping (version: 3, metadata_directory: ...)', file.relative, 1);
    }
    const keys = files.positions.of(config)?.keyLines;
    const at = (key) => ({ file: file.relative, line: keys?.get(key) ?? 1 });
    const settings = config;
    checkVersion(settings.version, at('version'));
    return {
        file: file.relative,
        metadataDirectory: directory(settings, 'metadata_directory', 'metadata', at),
        metadataDirectoryAt: at('metadata_directory'),
        migrationsDirectory: directory(settings, 'migrations_directory', 'migrations', at),
        migrationsDirectoryAt: at('migrations_directory'),
        seedsDirectory: directory(settings, 'seeds_directory', 'seeds', at),
        seedsDirectoryAt: at('seeds_directory')
    };
}
function checkVersion(version, at) {
    if (version === 3)
        return;
    const upgrade = 'run `hasura scripts update-project-v3` with the Hasura CLI to upgrade the project, and commit the result';
    if (version === undefined || version === null) {
        throw new ProjectError(`config.yaml has no version (the CLI reads that as version 1); ${upgrade}`, at.file, at.line);
    }
    if (version === 1 || version === 2) {
        throw new ProjectError(`config.yaml says version ${version}: the action applies config v3 projects only; ${upgrade}`, at.file, at.line);
    }
    throw new ProjectError(`config.yaml: version must be 3 (a config v3 project), not ${JSON.stringify(version)}`, at.file, at.line);
}
function directory(config, key, fallback, at) {
    const value = config[key];
    if (value === undefined || value === null || value === '')
        return fallback;
    if (typeof value !== 'string') {
        const where = at(key);
        throw new ProjectError(`config.yaml: ${key} must be a directory path`, where.file, where.line);
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/workspace.ts
var core_workspace = __webpack_require__(8742);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/yaml/events.ts
var events = __webpack_require__(9658);
;// CONCATENATED MODULE: ./src/core/yaml/document.ts


/**
 * The positions of the mappings and lists built from YAML, kept beside the values (a WeakMap) so the values stay
 * plain JSON-like data that can be sent or compared as they are.
 */
class YamlPositions {
    nodes = new WeakMap();
    set(node, position) {
        this.nodes.set(node, position);
    }
    of(node) {
        return typeof node === 'object' && node !== null ? this.nodes.get(node) : undefined;
    }
    /** Give a copy made from a built node the original's position. */
    copy(from, to) {
        const position = this.nodes.get(from);
        if (position)
            this.nodes.set(to, position);
    }
}
const IMPLICIT_SCALAR_TAGS = js_yaml/* CORE_SCHEMA */.OU.tags.filter((tag) => tag.nodeKind === 'scalar' && tag.implicit);
const MERGE_KEY = '<<';
/**
 * Build the value of a one-document YAML text from its events (see parseBoundedEvents), recording the position of
 * every mapping and list. Scalars follow the YAML 1.2 core schema; mapping keys are taken as written (always
 * strings). Duplicate keys, a second document, complex keys and unknown tags are errors at their line. Merge keys
 * (`<<: *base`) are applied as Go's yaml.v3 (the Hasura CLI's parser) applies them. An empty document is undefined.
 */
function buildYamlValue(events, options) {
    return new Builder(events, options).document();
}
class Builder {
    events;
    options;
    index = 0;
    lastLine = 1;
    hookCalls = 0;
    anchors = new Map();
    constructor(events, options) {
        this.events = events;
        this.options = options;
    }
    document() {
        const first = this.events[0];
        if (first === undefined)
            return undefined;
        this.index = 1;
        const value = this.events[1]?.type === js_yaml/* EVENT_ID */.hy.POP ? undefined : this.node(false);
        this.index++; // the document's POP
        if (this.index < this.events.length) {
            const next = this.events[this.index + 1];
            const offset = next ? (0,events/* nodeStart */.f)(next) : -1;
            this.fail("the file holds more than one YAML document (a second '---'): keep one", offset >= 0 ? this.lineAt(offset) : this.lastLine);
        }
        return value;
    }
    node(isValue) {
        const event = this.events[this.index];
        if (event === undefined)
            return this.fail('unexpected end of the YAML events', this.lastLine);
        const offset = (0,events/* nodeStart */.f)(event);
        const line = offset >= 0 ? this.lineAt(offset) : this.lastLine;
        if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            this.index++;
            return this.alias(this.options.text.slice(event.anchorStart, event.anchorEnd), line);
        }
        if (event.type !== js_yaml/* EVENT_ID */.hy.SCALAR && event.type !== js_yaml/* EVENT_ID */.hy.SEQUENCE && event.type !== js_yaml/* EVENT_ID */.hy.MAPPING) {
            return this.fail('unexpected YAML event', line);
        }
        const anchor = event.anchorStart >= 0 ? this.options.text.slice(event.anchorStart, event.anchorEnd) : undefined;
        const hooksBefore = this.hookCalls;
        let value;
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            this.index++;
            value = this.scalar(event, line, isValue);
        }
        else {
            this.collectionTag(event.tagStart, event.tagEnd, line);
            value = event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE ? this.sequence(line) : this.mapping(line);
        }
        if (anchor !== undefined)
            this.anchors.set(anchor, { value, hooked: this.hookCalls !== hooksBefore });
        return value;
    }
    alias(name, line) {
        const anchored = this.anchors.get(name);
        if (anchored === undefined)
            return this.fail(`the alias *${name} refers to no anchor &${name} before it`, line);
        if (anchored.hooked) {
            return this.fail(`the alias *${name} repeats a node with an !include; write the !include again instead`, line);
        }
        return anchored.value; // shared, as js-yaml does; the alias bound was checked on the events
    }
    sequence(line) {
        const items = [];
        this.options.positions.set(items, { file: this.options.file, line });
        this.index++;
        while (this.events[this.index]?.type !== js_yaml/* EVENT_ID */.hy.POP)
            items.push(this.node(true));
        this.index++;
        return items;
    }
    mapping(line) {
        const map = {};
        const keyLines = new Map();
        this.options.positions.set(map, { file: this.options.file, line, keyLines });
        const merged = [];
        this.index++;
        while (this.events[this.index]?.type !== js_yaml/* EVENT_ID */.hy.POP) {
            const keyEvent = this.events[this.index];
            const keyOffset = keyEvent ? (0,events/* nodeStart */.f)(keyEvent) : -1;
            const keyLine = keyOffset >= 0 ? this.lineAt(keyOffset) : this.lastLine;
            if (keyEvent?.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
                this.fail('mapping keys must be plain text, not a list, a mapping or an alias', keyLine);
            }
            const key = (0,js_yaml/* getScalarValue */.KE)(this.options.text, keyEvent);
            this.index++;
            if (key === MERGE_KEY && keyEvent.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN) {
                for (const source of this.mergeSources(this.node(false), keyLine))
                    merged.push({ source, line: keyLine });
                continue;
            }
            const first = keyLines.get(key);
            if (first !== undefined)
                this.fail(`the key "${key}" appears twice (first on line ${first})`, keyLine);
            keyLines.set(key, keyLine);
            document_define(map, key, this.node(true));
        }
        this.index++;
        // Keys written in the mapping win over merged ones; earlier merged mappings win over later ones.
        for (const { source, line: mergeLine } of merged) {
            for (const [key, value] of Object.entries(source)) {
                if (keyLines.has(key))
                    continue;
                keyLines.set(key, mergeLine);
                document_define(map, key, value);
            }
        }
        return map;
    }
    mergeSources(value, line) {
        const sources = Array.isArray(value) ? value : [value];
        return sources.map((source) => {
            if (typeof source !== 'object' || source === null || Array.isArray(source)) {
                return this.fail('a merge key (<<) takes a mapping or a list of mappings', line);
            }
            return source;
        });
    }
    scalar(event, line, isValue) {
        const { text } = this.options;
        const raw = (0,js_yaml/* getScalarValue */.KE)(text, event);
        const tag = event.tagStart >= 0 ? text.slice(event.tagStart, event.tagEnd) : undefined;
        let value;
        if (tag === undefined || tag === '!') {
            value = event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && tag === undefined ? resolvePlain(raw) : raw;
        }
        else if (tag.startsWith('!!') || tag.startsWith('!<')) {
            value = this.standardTag(event, line);
        }
        else {
            const hook = this.options.hooks?.localTag;
            if (!hook)
                return this.fail(`the tag ${tag} is not supported here`, line);
            this.hookCalls++;
            return hook(tag, raw, line);
        }
        const stringHook = this.options.hooks?.string;
        if (isValue && typeof value === 'string' && stringHook) {
            const replaced = stringHook(value, line);
            if (replaced !== value)
                this.hookCalls++;
            return replaced;
        }
        return value;
    }
    /** `!!str 8`, `!!int "8"`...: js-yaml constructs the one scalar, with its checks and messages. */
    standardTag(event, line) {
        const scalar = { ...event, anchorStart: -1, anchorEnd: -1 };
        try {
            const [value] = (0,js_yaml/* constructFromEvents */.fw)([
                { type: js_yaml/* EVENT_ID */.hy.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] },
                scalar,
                { type: js_yaml/* EVENT_ID */.hy.POP }
            ], { source: this.options.text, schema: js_yaml/* CORE_SCHEMA */.OU, filename: this.options.file });
            return value;
        }
        catch (error) {
            if (error instanceof js_yaml/* YAMLException */.tB)
                return this.fail(`invalid YAML: ${error.reason}`, line);
            throw error;
        }
    }
    collectionTag(start, end, line) {
        if (start < 0)
            return;
        const tag = this.options.text.slice(start, end);
        if (tag !== '!' && tag !== '!!map' && tag !== '!!seq')
            this.fail(`the tag ${tag} is not supported on a list or mapping`, line);
    }
    lineAt(offset) {
        this.lastLine = this.options.lines.lineOf(offset);
        return this.lastLine;
    }
    fail(message, line) {
        return this.options.onError(message, line);
    }
}
function resolvePlain(raw) {
    for (const tag of IMPLICIT_SCALAR_TAGS) {
        const value = tag.resolve(raw, false, tag.tagName);
        if (value !== js_yaml/* NOT_RESOLVED */.Hg)
            return value;
    }
    return raw;
}
/** Set a key, `__proto__` included, as an own data property (never the prototype). */
function document_define(map, key, value) {
    if (key === '__proto__')
        Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    else
        map[key] = value;
}

;// CONCATENATED MODULE: ./src/project/files.ts







const INPUT = 'hasura-project';
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_PROJECT_BYTES = 50 * 1024 * 1024;
const MAX_PROJECT_FILES = 5000;
/**
 * How many YAML files may be open in one chain of `!include`s. The CLI's own layout nests three (databases.yaml,
 * tables.yaml, a table's file); each file may nest 100 levels (js-yaml's maxDepth), so the metadata stays within a
 * depth every reader, comparison and JSON.stringify can walk, where an unbounded chain overflows the stack.
 */
const MAX_INCLUDE_DEPTH = 10;
/** The quoted form real projects use: `tables: "!include default/tables/tables.yaml"`. */
const INCLUDE_STRING = /^!include[ \t]+(.*)$/s;
/**
 * The files of one project directory, read only through the workspace guards: every path must lead (symlinks
 * resolved) to a regular file inside the project, each file is capped, and so is the whole project (bytes, files,
 * alias expansion), so a hostile repository cannot make the step read the runner's files or exhaust its memory.
 * Each read counts, an `!include` of the same file twice included: repeated includes cannot multiply without bound.
 */
class ProjectFiles {
    workspace;
    root;
    /** Where every mapping and list read from the project's YAML was written. */
    positions = new YamlPositions();
    workspaceReal;
    files = 0;
    bytes = 0;
    aliasNodes = 0;
    /** The YAML files being built, outermost first: an `!include` of one of them is a cycle. */
    including = [];
    constructor(workspace, dir) {
        this.workspace = workspace;
        this.root = (0,core_workspace/* resolveWorkspacePath */.X)(workspace, dir, INPUT, 'directory');
        this.workspaceReal = (0,external_node_fs_.realpathSync)(workspace);
    }
    /** The workspace-relative path of a path inside the project (`/` separators). */
    inProject(...segments) {
        return external_node_path_default().posix.join(this.root.relative, ...segments);
    }
    /** A workspace-relative path as the project shows it (`metadata/actions.yaml`), for messages. */
    display(relative) {
        return external_node_path_default().posix.relative(this.root.relative === '.' ? '' : this.root.relative, relative) || '.';
    }
    /**
     * The file or directory at `relative` (workspace-relative), or undefined when nothing is there. Something that is
     * there but leads outside the project, or is of the other kind, is a ProjectError at `blame`, named by `label`.
     */
    find(relative, kind, blame, label) {
        const absolute = external_node_path_default().resolve(this.workspaceReal, relative);
        if (!(0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }))
            return undefined;
        try {
            return (0,core_workspace/* resolveWorkspacePath */.X)(this.workspace, relative, INPUT, kind, this.root.real);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.d))
                throw error;
            throw new ProjectError(`${label}: ${this.whyNot(absolute, kind)}`, blame.file, blame.line);
        }
    }
    whyNot(absolute, kind) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(absolute);
        }
        catch {
            return 'it is a symlink that leads nowhere';
        }
        const inside = external_node_path_default().relative(this.root.real, real);
        if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside)) {
            return (`it leads outside the project directory ${this.root.relative} (through "..", an absolute path or a symlink); ` +
                'only files of the project are read');
        }
        return kind === 'file' ? 'it is not a regular file' : 'it is not a directory';
    }
    /**
     * The text of a project file (UTF-8), counted against the project's limits; problems are blamed on `blame`.
     * `whyRead`: appended to a file too large, to say why it was read and what to do.
     */
    read(file, blame, whyRead) {
        if (++this.files > MAX_PROJECT_FILES) {
            throw new ProjectError(`the project needs more than ${MAX_PROJECT_FILES} file reads (includes counted), the most the action reads`, blame.file, blame.line);
        }
        let data;
        try {
            data = (0,core_workspace/* readLimited */.t)(file, MAX_FILE_BYTES, INPUT);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.d))
                throw error;
            const message = error.message.replace(`Input "${INPUT}": `, '');
            throw new ProjectError(whyRead ? `${message.replace(/\.$/, '')}; ${whyRead}.` : message, file.relative, 1);
        }
        this.bytes += data.length;
        if (this.bytes > MAX_PROJECT_BYTES) {
            throw new ProjectError(`the project is larger than ${MAX_PROJECT_BYTES / 1024 / 1024} MiB (includes counted), the most the action reads`, blame.file, blame.line);
        }
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(data);
        }
        catch {
            throw new ProjectError(`${this.display(file.relative)} is not UTF-8 text`, file.relative, 1);
        }
    }
    /** Read and build a YAML file of the project; with `includes`, `!include` (tag or quoted string) is resolved. */
    yaml(file, blame, includes) {
        return this.buildYaml(file, this.read(file, blame), includes);
    }
    /** The entries of a project directory, sorted by name, dot-entries left out. */
    list(dir) {
        return (0,external_node_fs_.readdirSync)(dir.real, { withFileTypes: true })
            .filter((entry) => !entry.name.startsWith('.'))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    buildYaml(file, text, includes) {
        const onError = (message, line) => {
            throw new ProjectError(message, file.relative, line);
        };
        const parsed = (0,events/* parseBoundedEvents */.OQ)(text, file.relative, onError, events/* MAX_ALIAS_NODES */.U7 - this.aliasNodes);
        this.aliasNodes += parsed.aliasNodes;
        this.including.push(file);
        try {
            return buildYamlValue(parsed.events, {
                text,
                file: file.relative,
                lines: parsed.lines,
                positions: this.positions,
                onError,
                hooks: includes
                    ? {
                        localTag: (tag, value, line) => tag === '!include' ? this.include(file, value, line) : onError(`the tag ${tag} is not supported`, line),
                        string: (value, line) => {
                            const include = INCLUDE_STRING.exec(value);
                            return include ? this.include(file, include[1] ?? '', line) : value;
                        }
                    }
                    : undefined
            });
        }
        finally {
            this.including.pop();
        }
    }
    /**
     * The value an `!include` stands for. As the Hasura CLI does: the path is relative to the including file's
     * directory, surrounding double quotes are dropped, a YAML file becomes its value (its own includes resolved), any
     * other file its text. `.yml` is read as YAML too, where the CLI would insert its text.
     */
    include(from, target, line) {
        const name = target.trim().replace(/^"+|"+$/g, '');
        const blame = { file: from.relative, line };
        if (name === '')
            throw new ProjectError('!include names no file', from.relative, line);
        const label = `!include ${name}`;
        const relative = external_node_path_default().posix.join(external_node_path_default().posix.dirname(from.relative), name);
        const file = this.find(relative, 'file', blame, label);
        if (!file) {
            throw new ProjectError(`${label}: ${this.display(relative)} does not exist (the path is relative to the including file's directory)`, from.relative, line);
        }
        const chain = () => [...this.including.map((open) => this.display(open.relative)), this.display(file.relative)].join(' -> ');
        if (this.including.some((open) => open.real === file.real)) {
            throw new ProjectError(`${label} makes a cycle of includes: ${chain()}`, from.relative, line);
        }
        const extension = external_node_path_default().posix.extname(name).toLowerCase();
        const yaml = extension === '.yaml' || extension === '.yml';
        if (yaml && this.including.length >= MAX_INCLUDE_DEPTH) {
            throw new ProjectError(`${label} nests includes more than ${MAX_INCLUDE_DEPTH} files deep (${chain()}), more than the action ` +
                'reads: include the file from a file higher up', from.relative, line);
        }
        const text = this.read(file, blame);
        return yaml ? this.buildYaml(file, text, true) : text;
    }
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/project/lfs.ts

/**
 * A Git LFS pointer: what a checkout without LFS leaves where the file should be. Its first line names the spec
 * (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md; `hawser` was LFS's name before 1.0), then `oid` and
 * `size` lines follow.
 */
const POINTER = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\r?\n/;
const SIZE = /^size ([0-9]+)\r?$/m;
/**
 * SQL files (migrations, seeds) that are Git LFS pointers are refused before anything is sent: Postgres would only
 * say `syntax error at or near "version"`. Each one is named, with an annotation of its own.
 */
function refuseLfsPointers(files, display) {
    const pointers = files.filter(({ sql }) => POINTER.test(sql));
    if (pointers.length === 0)
        return;
    const problems = pointers.map(({ file, sql }) => {
        const size = SIZE.exec(sql)?.[1];
        return {
            file,
            line: 1,
            message: `${display(file)} is a Git LFS pointer, not its SQL: the file itself (${size ? `${size} bytes, ` : ''}kept in Git ` +
                'LFS) was not checked out. Check out with `lfs: true` (actions/checkout) before this step.'
        };
    });
    const [first, ...others] = problems;
    const names = pointers.map(({ file }) => display(file)).join(', ');
    const error = new ProjectError(pointers.length === 1
        ? first.message
        : `${pointers.length} SQL files are Git LFS pointers, not their SQL (${names}): the checkout did not fetch Git LFS ` +
            'files. Check out with `lfs: true` (actions/checkout) before this step.', first.file, 1);
    error.also = others;
    throw error;
}

;// CONCATENATED MODULE: ./src/project/locate.ts

/** The table-level objects: inconsistency type -> the table's list that holds them, and the key naming them. */
const TABLE_OBJECTS = {
    object_relation: { list: 'object_relationships', by: 'name' },
    array_relation: { list: 'array_relationships', by: 'name' },
    insert_permission: { list: 'insert_permissions', by: 'role' },
    select_permission: { list: 'select_permissions', by: 'role' },
    update_permission: { list: 'update_permissions', by: 'role' },
    delete_permission: { list: 'delete_permissions', by: 'role' },
    event_trigger: { list: 'event_triggers', by: 'name' },
    computed_field: { list: 'computed_fields', by: 'name' },
    remote_relationship: { list: 'remote_relationships', by: 'name' }
};
/** Top-level objects found by name: inconsistency type -> metadata key and the key naming an entry. */
const NAMED_OBJECTS = {
    remote_schema: { key: 'remote_schemas', by: 'name', from: ['name'] },
    remote_schema_permission: { key: 'remote_schemas', by: 'name', from: ['remote_schema'] },
    remote_schema_remote_relationship: { key: 'remote_schemas', by: 'name', from: ['remote_schema'] },
    action: { key: 'actions', by: 'name', from: ['name'] },
    action_permission: { key: 'actions', by: 'name', from: ['action'] },
    cron_trigger: { key: 'cron_triggers', by: 'name', from: ['name'] },
    endpoint: { key: 'rest_endpoints', by: 'name', from: ['name'] },
    inherited_role: { key: 'inherited_roles', by: 'role_name', from: ['role_name'] },
    query_collection: { key: 'query_collections', by: 'name', from: ['collection', 'name'] }
};
/** Kinds that live in one metadata file: inconsistency type -> metadata key. */
const FILE_OBJECTS = {
    custom_types: 'custom_types',
    allowlist: 'allowlist',
    api_limits: 'api_limits',
    metrics_config: 'metrics_config',
    host_network_tls_allowlist: 'network',
    network: 'network',
    opentelemetry: 'opentelemetry',
    backend_config: 'backend_configs',
    data_connector_agent: 'backend_configs',
    graphql_schema_introspection: 'graphql_schema_introspection'
};
/**
 * The file and line that define an object the engine reports as inconsistent (see HasuraProject.locate). Names
 * come from the definition when it has them (`source`, `table`, `role`...), else from the engine's `name` text
 * ("select_permission user in table article in source default"). Never throws: anything unexpected falls back to the
 * file of that kind of object, then to config.yaml.
 */
function locateObject(context, object) {
    try {
        return new Locator(context).locate(object) ?? context.fallback;
    }
    catch {
        return context.fallback;
    }
}
class Locator {
    context;
    constructor(context) {
        this.context = context;
    }
    locate(object) {
        if (typeof object.type !== 'string' && Array.isArray(object.objects)) {
            for (const each of object.objects) {
                const found = (0,json/* isMapping */.p)(each) ? this.locate(each) : undefined;
                if (found)
                    return found;
            }
            return undefined;
        }
        const type = object.type ?? '';
        const definition = (0,json/* isMapping */.p)(object.definition) ? object.definition : {};
        const name = typeof object.name === 'string' ? object.name : '';
        if (type === 'source')
            return this.source(object.definition, name);
        if (type === 'table' || type in TABLE_OBJECTS)
            return this.tableObject(type, object.definition, definition, name);
        if (type === 'function' || type === 'function_permission')
            return this.function(type, object.definition, definition, name);
        if (type === 'query_collection' && typeof definition.query === 'string')
            return this.collectionQuery(definition);
        const named = NAMED_OBJECTS[type];
        if (named)
            return this.named(named, definition) ?? this.file(named.key);
        const key = FILE_OBJECTS[type];
        if (key)
            return this.file(key);
        const source = this.sourceOf(definition, name);
        return (source && this.at(source)) ?? this.file('sources');
    }
    source(definition, name) {
        const sourceName = typeof definition === 'string'
            ? definition
            : (0,json/* isMapping */.p)(definition) && typeof definition.name === 'string'
                ? definition.name
                : /^source (.+)$/.exec(name)?.[1];
        const source = this.sources().find((each) => each.name === sourceName);
        return (source && this.at(source)) ?? this.file('sources');
    }
    tableObject(type, raw, definition, name) {
        const source = this.sourceOf(definition, name);
        if (!source)
            return this.file('sources');
        // A table's definition is the table name itself ({schema, name} or a string); its objects' carry `table`.
        const wanted = type === 'table' ? (definition.table ?? raw) : definition.table;
        const table = list(source.tables).find((each) => (0,json/* isMapping */.p)(each) && sameTable(each.table, wanted));
        if (!(0,json/* isMapping */.p)(table))
            return this.at(source) ?? this.file('sources');
        const kind = TABLE_OBJECTS[type];
        if (kind) {
            const wantedName = kind.by === 'role' ? definition.role : (definition.name ?? configurationName(definition));
            const found = list(table[kind.list]).find((each) => (0,json/* isMapping */.p)(each) && each[kind.by] === wantedName);
            const at = this.at(found);
            if (at)
                return at;
        }
        return this.at(table) ?? this.at(source);
    }
    function(type, raw, definition, name) {
        const source = this.sourceOf(definition, name);
        if (!source)
            return this.file('sources');
        const wanted = definition.function ?? (type === 'function' ? raw : undefined);
        const found = list(source.functions).find((each) => (0,json/* isMapping */.p)(each) && sameTable(each.function, wanted));
        if ((0,json/* isMapping */.p)(found) && type === 'function_permission') {
            const permission = list(found.permissions).find((each) => (0,json/* isMapping */.p)(each) && each.role === definition.role);
            const at = this.at(permission);
            if (at)
                return at;
        }
        return this.at(found) ?? this.at(source);
    }
    named(named, definition) {
        const wanted = named.from.map((key) => definition[key]).find((value) => typeof value === 'string');
        if (wanted === undefined)
            return undefined;
        const entry = list(this.context.metadata[named.key]).find((each) => (0,json/* isMapping */.p)(each) && each[named.by] === wanted);
        return this.at(entry);
    }
    /** One query of a collection (`definition: {collection, query}`): its entry, else the collection's. */
    collectionQuery(definition) {
        const collection = list(this.context.metadata.query_collections).find((each) => (0,json/* isMapping */.p)(each) && each.name === definition.collection);
        const queries = (0,json/* isMapping */.p)(collection) && (0,json/* isMapping */.p)(collection.definition) ? collection.definition.queries : [];
        const query = list(queries).find((each) => (0,json/* isMapping */.p)(each) && each.name === definition.query);
        return this.at(query) ?? this.at(collection) ?? this.file('query_collections');
    }
    /** The source an object belongs to: `definition.source`, else "... in source <name>", else the only source. */
    sourceOf(definition, name) {
        const sources = this.sources();
        const wanted = typeof definition.source === 'string' ? definition.source : / in source (.+)$/.exec(name)?.[1];
        if (wanted !== undefined)
            return sources.find((source) => source.name === wanted);
        return sources.length === 1 ? sources[0] : sources.find((source) => source.name === 'default');
    }
    sources() {
        return list(this.context.metadata.sources).filter(json/* isMapping */.p);
    }
    at(value) {
        const position = this.context.positions.of(value);
        return position ? { file: position.file, line: position.line } : undefined;
    }
    file(key) {
        const file = this.context.files.get(key);
        return file === undefined ? undefined : { file, line: 1 };
    }
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** An event trigger's definition names it inside `configuration` in some engine versions. */
function configurationName(definition) {
    return (0,json/* isMapping */.p)(definition.configuration) ? definition.configuration.name : undefined;
}
/**
 * Table (or function) names compare as the engine does: a bare string is a Postgres name in schema `public`;
 * objects ({schema, name}, {dataset, name}...) and lists (data connectors) compare field by field.
 */
function sameTable(written, wanted) {
    if (wanted === undefined || wanted === null)
        return false;
    return canonical(written) === canonical(wanted);
}
function canonical(name) {
    if (typeof name === 'string')
        return JSON.stringify({ name, schema: 'public' });
    if ((0,json/* isMapping */.p)(name)) {
        const withSchema = 'schema' in name || 'dataset' in name || 'database' in name ? name : { ...name, schema: 'public' };
        return JSON.stringify(Object.fromEntries(Object.entries(withSchema).sort(([a], [b]) => (a < b ? -1 : 1))));
    }
    return JSON.stringify(name);
}

// EXTERNAL MODULE: ./node_modules/graphql/language/parser.mjs + 1 modules
var parser = __webpack_require__(1860);
// EXTERNAL MODULE: ./node_modules/graphql/error/GraphQLError.mjs
var GraphQLError = __webpack_require__(2307);
// EXTERNAL MODULE: ./node_modules/graphql/language/kinds.mjs
var kinds = __webpack_require__(8843);
// EXTERNAL MODULE: ./node_modules/graphql/language/printer.mjs + 2 modules
var printer = __webpack_require__(2383);
;// CONCATENATED MODULE: ./src/project/actions.ts




const TYPE_LISTS = ['input_objects', 'objects', 'scalars', 'enums'];
/**
 * Actions as the Hasura CLI builds them from `actions.graphql` (the signatures: arguments, output type, query or
 * mutation, and the custom types) and `actions.yaml` (the rest: handler, kind, headers, permissions, timeout...,
 * and the custom types' descriptions and relationships). Every action and type that actions.yaml lists must be in
 * actions.graphql, and every action of actions.graphql needs its entry (its handler) in actions.yaml.
 */
function readActions(files, dir) {
    const result = { actions: undefined, customTypes: undefined, files: new Map() };
    const yamlPath = external_node_path_default().posix.join(dir.relative, 'actions.yaml');
    const yamlFile = files.find(yamlPath, 'file', { file: yamlPath, line: 1 }, files.display(yamlPath));
    const listed = yamlFile ? listedActions(files, yamlFile) : emptyListing();
    if (yamlFile) {
        result.files.set('actions', yamlFile.relative);
        result.files.set('custom_types', yamlFile.relative);
    }
    const sdlPath = external_node_path_default().posix.join(dir.relative, 'actions.graphql');
    const sdlFile = files.find(sdlPath, 'file', { file: sdlPath, line: 1 }, files.display(sdlPath));
    const sdl = sdlFile ? readSdl(files.read(sdlFile, { file: sdlFile.relative, line: 1 }), sdlFile.relative) : emptySdl();
    const actions = sdl.actions.map((defined) => {
        const entry = listed.actions.get(defined.name);
        if (!entry) {
            const where = sdl.file ?? yamlPath;
            throw new ProjectError(`the action ${defined.name} is defined in actions.graphql but actions.yaml has no entry for it ` +
                '(its handler and kind): add one, as `hasura actions create` does', where, defined.line);
        }
        const action = mergeAction(defined, entry.value);
        files.positions.copy(entry.value, action);
        // The merged definition keeps the listed one's position: where its handler is written.
        if ((0,json/* isMapping */.p)(entry.value.definition))
            files.positions.copy(entry.value.definition, action.definition);
        return action;
    });
    for (const [name, entry] of listed.actions) {
        if (!sdl.actions.some((defined) => defined.name === name)) {
            throw new ProjectError(`the action ${name} is listed in actions.yaml but not defined in actions.graphql ` +
                '(under type Query or type Mutation)', entry.at.file, entry.at.line);
        }
    }
    if (actions.length > 0)
        result.actions = actions;
    const customTypes = {};
    for (const list of TYPE_LISTS) {
        const defined = sdl.types[list];
        for (const [name, entry] of listed.types[list]) {
            if (!defined.some((type) => type.name === name)) {
                throw new ProjectError(`the custom type ${name} is listed in actions.yaml (${list}) but actions.graphql does not define it`, entry.at.file, entry.at.line);
            }
        }
        const types = defined.map((type) => withListedFields(type, listed.types[list].get(String(type.name))?.value));
        if (types.length > 0)
            customTypes[list] = types;
    }
    if (Object.keys(customTypes).length > 0) {
        if (listed.customTypes)
            files.positions.copy(listed.customTypes, customTypes);
        result.customTypes = customTypes;
    }
    return result;
}
function emptyListing() {
    return { actions: new Map(), types: emptyTypes(() => new Map()), customTypes: undefined };
}
function emptyTypes(make) {
    return { input_objects: make(), objects: make(), scalars: make(), enums: make() };
}
/** actions.yaml: `actions` (name -> entry) and `custom_types` (per list, name -> entry). */
function listedActions(files, file) {
    const listing = emptyListing();
    const value = files.yaml(file, { file: file.relative, line: 1 }, true);
    if (value === undefined || value === null)
        return listing;
    if (!(0,json/* isMapping */.p)(value))
        throw new ProjectError('actions.yaml must be a mapping (actions, custom_types)', file.relative, 1);
    const byName = (list, what, into) => {
        if (list === undefined || list === null)
            return;
        if (!Array.isArray(list)) {
            const at = locationOf(files, list, file);
            throw new ProjectError(`actions.yaml: ${what} must be a list`, at.file, at.line);
        }
        for (const item of list) {
            const at = locationOf(files, item, file);
            if (!(0,json/* isMapping */.p)(item) || typeof item.name !== 'string') {
                throw new ProjectError(`actions.yaml: each entry of ${what} needs a name`, at.file, at.line);
            }
            if (into.has(item.name))
                throw new ProjectError(`actions.yaml: ${item.name} is listed twice in ${what}`, at.file, at.line);
            into.set(item.name, { value: item, at });
        }
    };
    byName(value.actions, 'actions', listing.actions);
    const customTypes = value.custom_types;
    if ((0,json/* isMapping */.p)(customTypes)) {
        listing.customTypes = customTypes;
        for (const list of TYPE_LISTS)
            byName(customTypes[list], `custom_types.${list}`, listing.types[list]);
    }
    return listing;
}
function emptySdl() {
    return { file: undefined, actions: [], types: emptyTypes(() => []) };
}
/** The actions (fields of Query / Mutation) and custom types that actions.graphql defines. */
function readSdl(text, file) {
    const sdl = { ...emptySdl(), file };
    if (text.replace(/#[^\n\r]*/g, '').trim() === '')
        return sdl; // only whitespace and comments
    let definitions;
    try {
        definitions = (0,parser/* parse */.qg)(text).definitions;
    }
    catch (error) {
        if (error instanceof GraphQLError/* GraphQLError */.eO) {
            throw new ProjectError(`invalid GraphQL: ${error.message}`, file, error.locations?.[0]?.line ?? 1);
        }
        throw error;
    }
    const seen = new Set();
    const once = (name, line, what) => {
        if (seen.has(`${what} ${name}`))
            throw new ProjectError(`actions.graphql defines the ${what} ${name} twice`, file, line);
        seen.add(`${what} ${name}`);
    };
    for (const definition of definitions) {
        const line = definition.loc?.startToken.line ?? 1;
        const isRoot = (definition.kind === kinds/* Kind */.b.OBJECT_TYPE_DEFINITION || definition.kind === kinds/* Kind */.b.OBJECT_TYPE_EXTENSION) &&
            (definition.name.value === 'Query' || definition.name.value === 'Mutation');
        if (isRoot) {
            const type = definition.name.value === 'Query' ? 'query' : 'mutation';
            for (const field of definition.fields ?? []) {
                const fieldLine = field.loc?.startToken.line ?? line;
                once(field.name.value, fieldLine, 'action');
                sdl.actions.push({ name: field.name.value, line: fieldLine, definition: actionSignature(field, type) });
            }
            continue;
        }
        switch (definition.kind) {
            case kinds/* Kind */.b.OBJECT_TYPE_DEFINITION:
            case kinds/* Kind */.b.INPUT_OBJECT_TYPE_DEFINITION: {
                once(definition.name.value, line, 'type');
                const fields = (definition.fields ?? []).map((field) => withDescription({ name: field.name.value, type: (0,printer/* print */.y)(field.type) }, field.description));
                const list = definition.kind === kinds/* Kind */.b.OBJECT_TYPE_DEFINITION ? 'objects' : 'input_objects';
                sdl.types[list].push({ name: definition.name.value, fields });
                break;
            }
            case kinds/* Kind */.b.SCALAR_TYPE_DEFINITION:
                once(definition.name.value, line, 'type');
                sdl.types.scalars.push({ name: definition.name.value });
                break;
            case kinds/* Kind */.b.ENUM_TYPE_DEFINITION:
                once(definition.name.value, line, 'type');
                sdl.types.enums.push({ name: definition.name.value, values: enumValues(definition) });
                break;
            default:
                throw new ProjectError(`actions.graphql: ${definition.kind} is not supported in action definitions ` +
                    '(use type Query / type Mutation for actions, and type, input, enum and scalar for custom types)', file, line);
        }
    }
    return sdl;
}
function actionSignature(field, type) {
    const args = (field.arguments ?? []).map((argument) => withDescription({ name: argument.name.value, type: (0,printer/* print */.y)(argument.type) }, argument.description));
    return { type, ...(args.length > 0 ? { arguments: args } : {}), output_type: (0,printer/* print */.y)(field.type) };
}
function enumValues(definition) {
    return (definition.values ?? []).map((value) => withDescription({ value: value.name.value }, value.description));
}
function withDescription(node, description) {
    const text = description?.value.trim();
    return text ? { ...node, description: text } : node;
}
/**
 * The signature from actions.graphql, everything else from the actions.yaml entry (as the CLI merges them). A query
 * has no kind, and empty values are left out, as `export_metadata` writes them.
 */
function mergeAction(defined, entry) {
    const listedDefinition = (0,json/* isMapping */.p)(entry.definition) ? entry.definition : {};
    const definition = {};
    for (const [key, value] of Object.entries(listedDefinition)) {
        if (key === 'type' || key === 'arguments' || key === 'output_type')
            continue;
        if (key === 'kind' && (defined.definition.type === 'query' || value === '' || value === null))
            continue;
        definition[key] = value;
    }
    Object.assign(definition, defined.definition);
    return { ...entry, name: defined.name, definition };
}
/** A custom type from actions.graphql with the description and relationships actions.yaml gives it (as the CLI). */
function withListedFields(type, listed) {
    const merged = { ...type };
    if (typeof listed?.description === 'string' && listed.description !== '')
        merged.description = listed.description;
    if (Array.isArray(listed?.relationships) && listed.relationships.length > 0)
        merged.relationships = listed.relationships;
    return merged;
}
function locationOf(files, value, file) {
    const position = files.positions.of(value);
    return position ? { file: position.file, line: position.line } : { file: file.relative, line: 1 };
}

;// CONCATENATED MODULE: ./src/project/metadata.ts




/**
 * The files `hasura metadata export` writes, each holding one top-level metadata key (the CLI's metadata objects;
 * `sources` and `actions`/`custom_types` are read apart). A missing file holds nothing.
 */
const METADATA_FILES = [
    { key: 'remote_schemas', file: 'remote_schemas.yaml', shape: 'list' },
    { key: 'query_collections', file: 'query_collections.yaml', shape: 'list' },
    { key: 'allowlist', file: 'allow_list.yaml', shape: 'list' },
    { key: 'cron_triggers', file: 'cron_triggers.yaml', shape: 'list' },
    { key: 'rest_endpoints', file: 'rest_endpoints.yaml', shape: 'list' },
    { key: 'api_limits', file: 'api_limits.yaml', shape: 'mapping' },
    { key: 'metrics_config', file: 'metrics_config.yaml', shape: 'mapping' },
    { key: 'inherited_roles', file: 'inherited_roles.yaml', shape: 'list' },
    { key: 'graphql_schema_introspection', file: 'graphql_schema_introspection.yaml', shape: 'mapping' },
    { key: 'network', file: 'network.yaml', shape: 'mapping' },
    { key: 'backend_configs', file: 'backend_configs.yaml', shape: 'mapping' },
    { key: 'opentelemetry', file: 'opentelemetry.yaml', shape: 'mapping' }
];
/** Keys in the order `export_metadata` writes them. */
const EXPORT_ORDER = [
    'version',
    'sources',
    'remote_schemas',
    'query_collections',
    'allowlist',
    'actions',
    'custom_types',
    'cron_triggers',
    'rest_endpoints',
    'api_limits',
    'metrics_config',
    'inherited_roles',
    'graphql_schema_introspection',
    'network',
    'backend_configs',
    'opentelemetry'
];
/**
 * Build the object `replace_metadata` takes from the metadata directory, every `!include` resolved. Empty lists and
 * objects (`[]`, `{}`, `custom_types` of empty lists...) are left out as `export_metadata` leaves them out, so the
 * result compares with what the engine holds.
 */
function readMetadata(files, config) {
    const label = `metadata_directory ${config.metadataDirectory}`;
    const dir = files.find(files.inProject(config.metadataDirectory), 'directory', config.metadataDirectoryAt, label);
    if (!dir) {
        throw new ProjectError(`the metadata directory ${config.metadataDirectory}/ does not exist; run \`hasura metadata export\` to write it, ` +
            'or set metadata_directory in config.yaml', config.metadataDirectoryAt.file, config.metadataDirectoryAt.line);
    }
    const reader = new MetadataReader(files, dir);
    const found = new Map();
    found.set('version', reader.version());
    found.set('sources', reader.sources());
    for (const { key, file, shape } of METADATA_FILES)
        found.set(key, reader.object(key, file, shape));
    const actions = readActions(files, dir);
    for (const [key, file] of actions.files)
        reader.files.set(key, file);
    found.set('actions', actions.actions);
    found.set('custom_types', actions.customTypes);
    const metadata = {};
    for (const key of EXPORT_ORDER) {
        const value = found.get(key);
        if (key === 'version' || key === 'sources' || !isEmpty(value))
            metadata[key] = value;
    }
    return { metadata, files: reader.files };
}
class MetadataReader {
    project;
    dir;
    files = new Map();
    constructor(project, dir) {
        this.project = project;
        this.dir = dir;
    }
    version() {
        const read = this.read('version.yaml');
        if (!read || read.value === undefined || read.value === null)
            return 3; // a config v3 project's metadata
        const version = (0,json/* isMapping */.p)(read.value) ? read.value.version : undefined;
        if (version !== 3) {
            const line = this.project.positions.of(read.value)?.keyLines?.get('version') ?? 1;
            throw new ProjectError(`version.yaml must say \`version: 3\` (metadata v3, as config v3 projects have)`, read.file.relative, line);
        }
        return version;
    }
    sources() {
        const read = this.read('databases/databases.yaml');
        if (!read)
            return [];
        this.files.set('sources', read.file.relative);
        const list = this.shaped(read.value, 'list', read.file, 'a list of databases (name, kind, configuration, tables)');
        const names = new Map();
        return list.map((entry) => {
            const at = this.at(entry, read.file);
            if (!(0,json/* isMapping */.p)(entry) || typeof entry.name !== 'string' || entry.name === '') {
                throw new ProjectError('each database needs a name (and kind, configuration, tables)', at.file, at.line);
            }
            const first = names.get(entry.name);
            if (first !== undefined) {
                throw new ProjectError(`the database ${entry.name} is listed twice (first on line ${first})`, at.file, at.line);
            }
            names.set(entry.name, at.line);
            return this.source(entry, at);
        });
    }
    /** A source as the export writes it: `tables` always a list, `functions` left out when empty. */
    source(entry, at) {
        const source = { ...entry };
        if (source.tables === undefined || source.tables === null)
            source.tables = [];
        if (!Array.isArray(source.tables)) {
            throw new ProjectError(`database ${String(entry.name)}: tables must be a list (or an !include of a file that holds one)`, at.file, this.project.positions.of(entry)?.keyLines?.get('tables') ?? at.line);
        }
        if (Array.isArray(source.functions) && source.functions.length === 0)
            delete source.functions;
        this.project.positions.copy(entry, source);
        return source;
    }
    object(key, name, shape) {
        const read = this.read(name);
        if (!read)
            return undefined;
        this.files.set(key, read.file.relative);
        const what = shape === 'list' ? `a list (the ${key} of the metadata)` : `a mapping (the ${key} of the metadata)`;
        return this.shaped(read.value, shape, read.file, what);
    }
    read(name) {
        const relative = external_node_path_default().posix.join(this.dir.relative, name);
        const blame = { file: relative, line: 1 };
        const file = this.project.find(relative, 'file', blame, this.project.display(relative));
        return file ? { value: this.project.yaml(file, blame, true), file } : undefined;
    }
    shaped(value, shape, file, what) {
        if (value === undefined || value === null)
            return shape === 'list' ? [] : {};
        if (shape === 'list' ? Array.isArray(value) : (0,json/* isMapping */.p)(value))
            return value;
        throw new ProjectError(`${this.project.display(file.relative)} must hold ${what}`, file.relative, this.at(value, file).line);
    }
    at(value, file) {
        const position = this.project.positions.of(value);
        return position ? { file: position.file, line: position.line } : { file: file.relative, line: 1 };
    }
}
/** Nothing, `[]`, `{}`, or a mapping of only such values (`custom_types: {enums: [], ...}`). */
function isEmpty(value) {
    if (value === undefined || value === null)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if ((0,json/* isMapping */.p)(value))
        return Object.values(value).every(isEmpty);
    return false;
}

// EXTERNAL MODULE: ./src/project/sql.ts
var project_sql = __webpack_require__(849);
;// CONCATENATED MODULE: ./src/project/migrations.ts




/** `<version>_<name>`, the directory `hasura migrate create` makes; the version is a uint64 for the CLI. */
const MIGRATION_DIRECTORY = /^([0-9]+)_(.*)$/s;
/** The older layout the CLI still reads: `<version>_<name>.up.sql` directly in the database's directory. */
const MIGRATION_FILE = /^([0-9]+)_(.*)\.(up|down)\.(sql|yaml)$/s;
const MAX_VERSION = 2n ** 64n - 1n;
/**
 * Every database's up migrations, as `hasura migrate apply` finds them: `<migrations>/<database>/<version>_<name>/
 * up.sql`, ordered by database (in metadata order) then numerically by version. As the CLI does, a migration with no
 * up.sql (only down.sql) or an empty (0-byte) one is skipped, and other files are ignored. Stricter than the CLI: a
 * directory whose name is not `<version>_<name>` or a database directory no source is named after is an error (the CLI
 * would silently skip what was most likely a typo), and so is an up.yaml (the old format, which the CLI no longer
 * applies for config v3 projects).
 */
function readMigrations(files, config, databases, databasesAt) {
    const label = `migrations_directory ${config.migrationsDirectory}`;
    const root = files.find(files.inProject(config.migrationsDirectory), 'directory', config.migrationsDirectoryAt, label);
    if (!root)
        return [];
    const found = new Map();
    for (const entry of files.list(root)) {
        if (kindOf(entry, root) !== 'directory')
            continue; // README.md and the like
        const relative = external_node_path_default().posix.join(root.relative, entry.name);
        const database = files.find(relative, 'directory', databasesAt, `${files.display(relative)}/`);
        if (!database)
            continue;
        if (!databases.includes(entry.name)) {
            const known = databases.length > 0 ? `it has ${databases.join(', ')}` : 'it has none';
            throw new ProjectError(`${files.display(relative)}/ holds migrations for a database named ${entry.name}, but databases.yaml has no ` +
                `database of that name (${known}); rename the directory or add the database`, databasesAt.file, databasesAt.line);
        }
        found.set(entry.name, databaseMigrations(files, database, entry.name));
    }
    return databases.flatMap((name) => found.get(name) ?? []);
}
function databaseMigrations(files, dir, database) {
    const migrations = [];
    const versions = new Map();
    const add = (migration) => {
        const first = versions.get(migration.version);
        if (first !== undefined) {
            throw new ProjectError(`two migrations of database ${database} have the version ${migration.version}: ${first} and ` +
                `${files.display(migration.file)}; give one of them a new version`, migration.file, 1);
        }
        versions.set(migration.version, files.display(migration.file));
        migrations.push(migration);
    };
    for (const entry of files.list(dir)) {
        const kind = kindOf(entry, dir);
        const relative = external_node_path_default().posix.join(dir.relative, entry.name);
        if (kind === 'directory') {
            const migration = directoryMigration(files, relative, entry.name, database);
            if (migration)
                add(migration);
        }
        else if (kind === 'file') {
            const migration = fileMigration(files, relative, entry.name, database);
            if (migration)
                add(migration);
        }
    }
    return migrations.sort((a, b) => (BigInt(a.version) < BigInt(b.version) ? -1 : 1));
}
function directoryMigration(files, relative, name, database) {
    const label = `${files.display(relative)}/`;
    const parts = MIGRATION_DIRECTORY.exec(name);
    const blame = { file: firstFile(files, relative) ?? relative, line: 1 };
    if (!parts) {
        throw new ProjectError(`${label} is not a migration directory name: it must be <version>_<name> (digits, an underscore, a name), ` +
            'as `hasura migrate create` makes them, e.g. 1700000000000_create_table_author', blame.file, blame.line);
    }
    const version = checkedVersion(parts[1] ?? '', label, blame);
    const dir = files.find(relative, 'directory', blame, label);
    if (!dir)
        return undefined;
    oldFormat(files, external_node_path_default().posix.join(relative, 'up.yaml'));
    const upPath = external_node_path_default().posix.join(relative, 'up.sql');
    const up = files.find(upPath, 'file', { file: upPath, line: 1 }, files.display(upPath));
    return up ? migration(files, up, database, version, parts[2] ?? '') : undefined;
}
function fileMigration(files, relative, name, database) {
    const parts = MIGRATION_FILE.exec(name);
    if (!parts || parts[3] !== 'up')
        return undefined; // down migrations and other files are not applied
    if (parts[4] === 'yaml') {
        oldFormat(files, relative);
        return undefined;
    }
    const blame = { file: relative, line: 1 };
    const version = checkedVersion(parts[1] ?? '', files.display(relative), blame);
    const up = files.find(relative, 'file', blame, files.display(relative));
    return up ? migration(files, up, database, version, parts[2] ?? '') : undefined;
}
function migration(files, up, database, version, name) {
    const sql = files.read(up, { file: up.relative, line: 1 });
    if (sql === '')
        return undefined; // as the CLI skips an empty up.sql
    return { database, version, name, file: up.relative, sql, noTransaction: (0,project_sql/* isNoTransaction */.Qm)(sql) };
}
/** An up.yaml holding metadata steps (run_sql...): the pre-v3 format, not applied; an empty one is ignored. */
function oldFormat(files, relative) {
    const blame = { file: relative, line: 1 };
    const file = files.find(relative, 'file', blame, files.display(relative));
    if (!file)
        return;
    const steps = files.yaml(file, blame, false);
    if (steps === undefined || steps === null || (Array.isArray(steps) && steps.length === 0))
        return;
    throw new ProjectError(`${files.display(relative)} is an old-format (YAML) migration, which config v3 projects do not apply: ` +
        'move the SQL of its run_sql steps into up.sql beside it and delete up.yaml', file.relative, 1);
}
function checkedVersion(digits, label, blame) {
    const version = BigInt(digits);
    if (version > MAX_VERSION) {
        throw new ProjectError(`${label}: the version ${digits} is too large (at most ${MAX_VERSION})`, blame.file, blame.line);
    }
    return version.toString();
}
/** The first regular file of a directory (to put an annotation on), if any. */
function firstFile(files, relative) {
    const dir = files.find(relative, 'directory', { file: relative, line: 1 }, `${files.display(relative)}/`);
    const file = dir ? files.list(dir).find((entry) => kindOf(entry, dir) === 'file') : undefined;
    return file ? external_node_path_default().posix.join(relative, file.name) : undefined;
}
/** What an entry is, a symlink judged by what it leads to (whether that is inside the project is checked on use). */
function kindOf(entry, parent) {
    const stats = entry.isSymbolicLink() ? (0,external_node_fs_.statSync)(external_node_path_default().join(parent.real, entry.name), { throwIfNoEntry: false }) : entry;
    if (!stats)
        return 'other';
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
}

;// CONCATENATED MODULE: ./src/project/seeds.ts

/** A seed file too large to read is there for the input `seeds`: say so, and the ways out. */
const SEEDS_TOO_LARGE = 'seed files are read because of the input "seeds: true": split the file into smaller ones, load a dump this large ' +
    'another way (a database-template that holds the data), or set seeds: false';
/**
 * Every database's seeds as `hasura seed apply` finds them: `<seeds>/<database>/*.sql` (the config's seeds_directory,
 * `seeds` by default), in the lexical order of their names (`hasura seed create` starts them with a timestamp). Other
 * files and the directories of databases the metadata does not have are left alone, as the CLI leaves them.
 */
function readSeeds(files, config, databases) {
    const label = `seeds_directory ${config.seedsDirectory}`;
    const root = files.find(files.inProject(config.seedsDirectory), 'directory', config.seedsDirectoryAt, label);
    if (!root)
        return [];
    const seeds = [];
    for (const database of databases) {
        const relative = external_node_path_default().posix.join(root.relative, database);
        const dir = files.find(relative, 'directory', config.seedsDirectoryAt, `${files.display(relative)}/`);
        if (!dir)
            continue;
        const names = files
            .list(dir)
            .filter((entry) => entry.name.endsWith('.sql'))
            .map((entry) => entry.name)
            .sort();
        for (const name of names) {
            const fileRelative = external_node_path_default().posix.join(relative, name);
            const file = files.find(fileRelative, 'file', { file: fileRelative, line: 1 }, files.display(fileRelative));
            if (!file)
                continue;
            const sql = files.read(file, { file: file.relative, line: 1 }, SEEDS_TOO_LARGE);
            if (sql.trim() !== '')
                seeds.push({ database, file: file.relative, sql });
        }
    }
    return seeds;
}

// EXTERNAL MODULE: ./src/project/env-needs.ts
var env_needs = __webpack_require__(6114);
;// CONCATENATED MODULE: ./src/project/read.ts










/**
 * Read the Hasura project directory `dir` (relative to the workspace, config v3): the metadata `replace_metadata`
 * takes and every database's migrations, and with `seeds` its seed files, all before any request is sent. The
 * directory itself missing, not a directory or outside the workspace is an InputError (there is no file to point at);
 * a problem inside it is a ProjectError at its file and line.
 */
function readProject(workspace, dir, options = {}) {
    const files = new ProjectFiles(workspace, dir);
    const config = readConfig(files);
    const { metadata, files: metadataFiles } = readMetadata(files, config);
    const databases = (0,json/* mappings */.q)(metadata.sources).map((source) => String(source.name));
    const databasesAt = { file: metadataFiles.get('sources') ?? config.file, line: 1 };
    const migrations = readMigrations(files, config, databases, databasesAt);
    // Seeds are read only when asked: a dump kept for a local `hasura seed apply` is none of the action's business.
    const seeds = options.seeds ? readSeeds(files, config, databases) : [];
    refuseLfsPointers([...migrations, ...seeds], (file) => files.display(file));
    const context = {
        metadata,
        positions: files.positions,
        files: metadataFiles,
        fallback: { file: config.file, line: 1 }
    };
    return {
        dir: files.root.relative,
        metadata,
        migrations,
        seeds,
        envNeeds: (0,env_needs/* envNeeds */.J)(metadata, files.positions, { file: config.file, line: 1 }),
        locate: (object) => locateObject(context, object)
    };
}


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ NO_TRANSACTION_MARKER),
/* harmony export */   Qm: () => (/* binding */ isNoTransaction),
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/**
 * What the action needs to know of a migration's SQL text without parsing it: whether it asks to run outside a
 * transaction, where its statements end (to send them one by one), and which line of the file a character is on.
 */
/**
 * The first line that makes a migration run outside a transaction, as the Hasura CLI reads it (`hasura migrate
 * apply --per-migration-transaction`): the file's first line, whitespace trimmed, is exactly this. hasura/graphql-engine
 * cli/migrate/migrate.go (`noTransactionMarker`, `detectNoTransactionComment`), commit ae63c77a0e4298e5fd640faa1372b4b1a153b0f6.
 */
const NO_TRANSACTION_MARKER = '-- hasura:no-transaction';
function isNoTransaction(sql) {
    const end = sql.indexOf('\n');
    return (end === -1 ? sql : sql.slice(0, end)).trim() === NO_TRANSACTION_MARKER;
}
const IDENTIFIER_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
/**
 * The statements of a SQL text, split at the semicolons Postgres ends statements with, as psql splits a file:
 * semicolons in strings ('', E'' with backslashes), quoted names, dollar-quoted bodies, comments (nested block
 * comments too) and SQL-standard function bodies (BEGIN ATOMIC ... END) do not end one. What holds only comments or
 * whitespace is left out.
 */
function splitStatements(sql) {
    const statements = [];
    let start = 0;
    let atomic = 0;
    let i = 0;
    const push = (end) => {
        const text = sql.slice(start, end);
        if (hasCode(text))
            statements.push({ text, start });
        start = end + 1;
    };
    while (i < sql.length) {
        const c = sql[i];
        const next = sql[i + 1];
        if (c === '-' && next === '-') {
            const end = sql.indexOf('\n', i);
            i = end === -1 ? sql.length : end + 1;
        }
        else if (c === '/' && next === '*') {
            i = blockCommentEnd(sql, i);
        }
        else if (c === "'") {
            const escapes = /[eE]/.test(sql[i - 1] ?? '') && !IDENTIFIER_CHAR.test(sql[i - 2] ?? '');
            i = quotedEnd(sql, i, "'", escapes);
        }
        else if (c === '"') {
            i = quotedEnd(sql, i, '"', false);
        }
        else if (c === '$' && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
            const tag = DOLLAR_TAG.exec(sql.slice(i, i + 64))?.[0];
            if (tag) {
                const end = sql.indexOf(tag, i + tag.length);
                i = end === -1 ? sql.length : end + tag.length;
            }
            else {
                i++;
            }
        }
        else if (/[A-Za-z_]/.test(c) && !IDENTIFIER_CHAR.test(sql[i - 1] ?? '')) {
            const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 64))[0];
            const upper = word.toUpperCase();
            if (upper === 'BEGIN' && /^\s+ATOMIC\b/i.test(sql.slice(i + word.length, i + word.length + 16)))
                atomic++;
            else if (atomic > 0 && upper === 'CASE')
                atomic++;
            else if (atomic > 0 && upper === 'END')
                atomic--;
            i += word.length;
        }
        else if (c === ';' && atomic === 0) {
            push(i);
            i++;
        }
        else {
            i++;
        }
    }
    push(sql.length);
    return statements;
}
function blockCommentEnd(sql, from) {
    let depth = 0;
    let i = from;
    while (i < sql.length) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
            depth++;
            i += 2;
        }
        else if (sql[i] === '*' && sql[i + 1] === '/') {
            depth--;
            i += 2;
            if (depth === 0)
                return i;
        }
        else {
            i++;
        }
    }
    return sql.length;
}
function quotedEnd(sql, from, quote, backslashes) {
    let i = from + 1;
    while (i < sql.length) {
        if (backslashes && sql[i] === '\\')
            i += 2;
        else if (sql[i] === quote && sql[i + 1] === quote)
            i += 2;
        else if (sql[i] === quote)
            return i + 1;
        else
            i++;
    }
    return sql.length;
}
/** Whether a piece of SQL holds more than comments and whitespace. */
function hasCode(text) {
    return (text
        .replace(/--[^\n]*/g, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim() !== '');
}
/**
 * The line of `sql` that a Postgres error position points at: `position` counts characters (code points, from 1) of
 * the text sent, which began `skipped` characters before `sql[from]`. Undefined when it points outside `sql` (at what
 * the action added around it).
 */
function lineAt(sql, position, skipped = 0, from = 0) {
    let characters = position - 1 - skipped;
    if (characters < 0)
        return undefined;
    let i = from;
    while (characters > 0 && i < sql.length) {
        i += (sql.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        characters--;
    }
    if (i >= sql.length)
        return undefined;
    let line = 1;
    for (let at = sql.indexOf('\n'); at !== -1 && at < i; at = sql.indexOf('\n', at + 1))
        line++;
    return line;
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ print),
  F: () => (/* binding */ printForError)
});

// EXTERNAL MODULE: ./node_modules/graphql/language/blockString.mjs
var blockString = __webpack_require__(4126);
;// CONCATENATED MODULE: ./node_modules/graphql/language/printString.mjs
/**
 * Prints a string as a GraphQL StringValue literal. Replaces control characters
 * and excluded characters (" U+0022 and \\ U+005C) with escape sequences.
 *
 * @internal
 */
function printString(str) {
  return `"${str.replace(escapedRegExp, escapedReplacer)}"`;
}
/** @internal */
// eslint-disable-next-line no-control-regex

const escapedRegExp = /[\x00-\x1f\x22\x5c\x7f-\x9f]/g;

function escapedReplacer(str) {
  return escapeSequences[str.charCodeAt(0)];
} // prettier-ignore

const escapeSequences = [
  '\\u0000',
  '\\u0001',
  '\\u0002',
  '\\u0003',
  '\\u0004',
  '\\u0005',
  '\\u0006',
  '\\u0007',
  '\\b',
  '\\t',
  '\\n',
  '\\u000B',
  '\\f',
  '\\r',
  '\\u000E',
  '\\u000F',
  '\\u0010',
  '\\u0011',
  '\\u0012',
  '\\u0013',
  '\\u0014',
  '\\u0015',
  '\\u0016',
  '\\u0017',
  '\\u0018',
  '\\u0019',
  '\\u001A',
  '\\u001B',
  '\\u001C',
  '\\u001D',
  '\\u001E',
  '\\u001F',
  '',
  '',
  '\\"',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '', // 2F
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '', // 3F
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '', // 4F
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '\\\\',
  '',
  '',
  '', // 5F
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '', // 6F
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '\\u007F',
  '\\u0080',
  '\\u0081',
  '\\u0082',
  '\\u0083',
  '\\u0084',
  '\\u0085',
  '\\u0086',
  '\\u0087',
  '\\u0088',
  '\\u0089',
  '\\u008A',
  '\\u008B',
  '\\u008C',
  '\\u008D',
  '\\u008E',
  '\\u008F',
  '\\u0090',
  '\\u0091',
  '\\u0092',
  '\\u0093',
  '\\u0094',
  '\\u0095',
  '\\u0096',
  '\\u0097',
  '\\u0098',
  '\\u0099',
  '\\u009A',
  '\\u009B',
  '\\u009C',
  '\\u009D',
  '\\u009E',
  '\\u009F',
];

// EXTERNAL MODULE: ./node_modules/graphql/jsutils/inspect.mjs
var inspect = __webpack_require__(5786);
// EXTERNAL MODULE: ./node_modules/graphql/language/ast.mjs
var ast = __webpack_require__(9454);
;// CONCATENATED MODULE: ./node_modules/graphql/language/reducer.mjs
/** @category Visiting */



/** @internal */
function reduce(root, reducer) {
  const stack = [];
  let frame = {
    parent: [root],
    keys: undefined,
    results: [],
    index: -1,
  };
  let node;

  do {
    let kind;
    frame.index++;
    const length =
      frame.keys === undefined ? frame.parent.length : frame.keys.length;

    if (frame.index === length) {
      node = frame.results;
      kind = frame.keys === undefined ? undefined : frame.results.kind;
      frame = stack.pop();
    } else {
      node =
        frame.keys === undefined
          ? frame.parent[frame.index]
          : frame.parent[frame.keys[frame.index]];

      if (node == null && stack.length !== 0) {
        continue;
      }

      if (Array.isArray(node)) {
        if (node.length !== 0) {
          stack.push(frame);
          frame = {
            parent: node,
            keys: undefined,
            results: [],
            index: -1,
          };
          continue;
        }
      } else {
        const parent = node;
        kind = parent === null || parent === void 0 ? void 0 : parent.kind;
        const keys =
          typeof kind === 'string' ? ast/* QueryDocumentKeys */.aD[kind] : undefined;

        if (!Array.isArray(keys)) {
          throw new Error(`Invalid AST Node: ${(0,inspect/* inspect */.N)(node)}.`);
        }

        if (keys.length !== 0) {
          stack.push(frame);
          frame = {
            parent,
            keys,
            results: { ...parent },
            index: -1,
          };
          continue;
        }
      }
    }

    if (kind !== undefined) {
      const reduceNode = reducer[kind];
      node =
        reduceNode === null || reduceNode === void 0
          ? void 0
          : reduceNode(node);
    }

    if (frame.keys === undefined) {
      frame.results.push(node);
    } else {
      frame.results[frame.keys[frame.index]] = node;
    }
  } while (stack.length !== 0);

  return node;
}

;// CONCATENATED MODULE: ./node_modules/graphql/language/printer.mjs
/** @category Printing */




/** @internal */
function print(ast, options) {
  var _options$maxIndentDep;

  return render(
    reduce(ast, printDocASTReducer),
    (_options$maxIndentDep =
      options === null || options === void 0
        ? void 0
        : options.maxIndentDepth) !== null && _options$maxIndentDep !== void 0
      ? _options$maxIndentDep
      : Infinity,
  );
}
/** @internal */

function printForError(ast) {
  return print(ast, {
    maxIndentDepth: 100,
  });
} // The wrapping limit applies to total string length, including newlines.

const MAX_LINE_LENGTH = 80;

class PrintBuffer {
  next = undefined;
  tail = this;
  indentBefore = false;
  dedentAfter = false;

  constructor(value = '', isBlockString = false) {
    this.length = value.length;
    this.lines = value.includes('\n') ? value.split('\n') : value;
    this.newlines = typeof this.lines === 'string' ? 0 : this.lines.length - 1;
    this.isBlockString = isBlockString;
  }

  append(result) {
    if (result.length === 0) {
      return this;
    }

    const next = typeof result === 'string' ? new PrintBuffer(result) : result;
    this.tail.next = next;
    this.tail = next.tail;
    this.length += next.length;
    this.newlines += next.newlines;
    return this;
  }

  indent() {
    if (this.length === 0) {
      return this;
    }

    this.indentBefore = true;
    this.tail.dedentAfter = true;
    this.length += 2 * (this.newlines + 1);
    return this;
  }
}

const EMPTY = new PrintBuffer();

function render(buffer, maxDepth) {
  let output = '';
  let text = '';
  let depth = 0;
  let indentation = '';
  let part = buffer;

  while (part !== undefined) {
    const lines = part.lines;

    if (part.indentBefore) {
      if (depth < maxDepth) {
        indentation += '  ';
        text += '  ';
      }

      depth++;
    }

    if (typeof lines === 'string') {
      text += lines;
    } else {
      text += lines[0];
      const newline =
        !part.isBlockString && depth >= maxDepth ? ' ' : '\n' + indentation;

      for (let i = 1; i < lines.length; i++) {
        output += text;
        text = newline + lines[i];
      }
    }

    if (part.dedentAfter) {
      depth--;
      indentation = indentation.slice(0, depth * 2);
    }

    part = part.next;
  }

  return output + text;
}

const printDocASTReducer = {
  Name: (node) => new PrintBuffer(node.value),
  Variable: (node) => join(['$', node.name]),
  // Document
  Document: (node) => join(node.definitions, '\n\n'),

  OperationDefinition(node) {
    const varDefs = hasMultilineItems(node.variableDefinitions)
      ? wrap('(\n', join(node.variableDefinitions, '\n'), '\n)')
      : wrap('(', join(node.variableDefinitions, ', '), ')');
    const prefix = join([
      wrap('', node.description, '\n'),
      join(
        [
          node.operation,
          join([node.name, varDefs]),
          join(node.directives, ' '),
        ],
        ' ',
      ),
    ]); // Anonymous queries with no directives or variable definitions can use
    // the query short form.

    return join([
      node.operation === 'query' && prefix.length === node.operation.length
        ? ''
        : join([prefix, ' ']),
      node.selectionSet,
    ]);
  },

  VariableDefinition: ({
    variable,
    type,
    defaultValue,
    directives,
    description,
  }) =>
    join([
      wrap('', description, '\n'),
      variable,
      ': ',
      type,
      wrap(' = ', defaultValue),
      wrap(' ', join(directives, ' ')),
    ]),
  SelectionSet: ({ selections }) => block(selections),

  Field({ alias, name, arguments: args, directives, selectionSet }) {
    const prefix = join([wrap('', alias, ': '), name], '');
    return join([
      wrappedLineAndArgs(prefix, args),
      wrap(' ', join(directives, ' ')),
      wrap(' ', selectionSet),
    ]);
  },

  Argument: ({ name, value }) => join([name, ': ', value]),
  // Fragments
  FragmentSpread: ({ name, directives }) =>
    join(['...', name, wrap(' ', join(directives, ' '))]),
  InlineFragment: ({ typeCondition, directives, selectionSet }) =>
    join(
      ['...', wrap('on ', typeCondition), join(directives, ' '), selectionSet],
      ' ',
    ),
  FragmentDefinition: ({
    name,
    typeCondition,
    variableDefinitions,
    directives,
    selectionSet,
    description,
  }) =>
    join([
      wrap('', description, '\n'), // Note: fragment variable definitions are experimental and may be changed
      // or removed in the future.
      'fragment ',
      name,
      wrap('(', join(variableDefinitions, ', '), ')'),
      ' on ',
      typeCondition,
      ' ',
      wrap('', join(directives, ' '), ' '),
      selectionSet,
    ]),
  // Value
  IntValue: ({ value }) => new PrintBuffer(value),
  FloatValue: ({ value }) => new PrintBuffer(value),
  StringValue: ({ value, block: isBlockString }) =>
    new PrintBuffer(
      isBlockString === true ? (0,blockString/* printBlockString */.yo)(value) : printString(value),
      isBlockString === true,
    ),
  BooleanValue: ({ value }) => new PrintBuffer(value ? 'true' : 'false'),
  NullValue: () => new PrintBuffer('null'),
  EnumValue: ({ value }) => new PrintBuffer(value),
  ListValue: ({ values }) => join(['[', join(values, ', '), ']']),
  ObjectValue: ({ fields }) => join(['{', join(fields, ', '), '}']),
  ObjectField: ({ name, value }) => join([name, ': ', value]),
  // Directive
  Directive: ({ name, arguments: args }) =>
    join(['@', name, wrap('(', join(args, ', '), ')')]),
  // Type
  NamedType: ({ name }) => name,
  ListType: ({ type }) => join(['[', type, ']']),
  NonNullType: ({ type }) => join([type, '!']),
  // Type System Definitions
  SchemaDefinition: ({ description, directives, operationTypes }) =>
    join([
      wrap('', description, '\n'),
      join(['schema', join(directives, ' '), block(operationTypes)], ' '),
    ]),
  OperationTypeDefinition: ({ operation, type }) =>
    join([operation, ': ', type]),
  ScalarTypeDefinition: ({ description, name, directives }) =>
    join([
      wrap('', description, '\n'),
      join(['scalar', name, join(directives, ' ')], ' '),
    ]),
  ObjectTypeDefinition: ({
    description,
    name,
    interfaces,
    directives,
    fields,
  }) =>
    join([
      wrap('', description, '\n'),
      join(
        [
          'type',
          name,
          wrap('implements ', join(interfaces, ' & ')),
          join(directives, ' '),
          block(fields),
        ],
        ' ',
      ),
    ]),
  FieldDefinition: ({ description, name, arguments: args, type, directives }) =>
    join([
      wrap('', description, '\n'),
      name,
      hasMultilineItems(args)
        ? wrap('(\n', join(args, '\n').indent(), '\n)')
        : wrap('(', join(args, ', '), ')'),
      ': ',
      type,
      wrap(' ', join(directives, ' ')),
    ]),
  InputValueDefinition: ({
    description,
    name,
    type,
    defaultValue,
    directives,
  }) =>
    join([
      wrap('', description, '\n'),
      name,
      ': ',
      type,
      wrap(' = ', defaultValue),
      wrap(' ', join(directives, ' ')),
    ]),
  InterfaceTypeDefinition: ({
    description,
    name,
    interfaces,
    directives,
    fields,
  }) =>
    join([
      wrap('', description, '\n'),
      join(
        [
          'interface',
          name,
          wrap('implements ', join(interfaces, ' & ')),
          join(directives, ' '),
          block(fields),
        ],
        ' ',
      ),
    ]),
  UnionTypeDefinition: ({ description, name, directives, types }) =>
    join([
      wrap('', description, '\n'),
      join(
        ['union', name, join(directives, ' '), wrap('= ', join(types, ' | '))],
        ' ',
      ),
    ]),
  EnumTypeDefinition: ({ description, name, directives, values }) =>
    join([
      wrap('', description, '\n'),
      join(['enum', name, join(directives, ' '), block(values)], ' '),
    ]),
  EnumValueDefinition: ({ description, name, directives }) =>
    join([
      wrap('', description, '\n'),
      join([name, join(directives, ' ')], ' '),
    ]),
  InputObjectTypeDefinition: ({ description, name, directives, fields }) =>
    join([
      wrap('', description, '\n'),
      join(['input', name, join(directives, ' '), block(fields)], ' '),
    ]),
  DirectiveDefinition: ({
    description,
    name,
    arguments: args,
    directives,
    repeatable,
    locations,
  }) =>
    join([
      wrap('', description, '\n'),
      'directive @',
      name,
      hasMultilineItems(args)
        ? wrap('(\n', join(args, '\n').indent(), '\n)')
        : wrap('(', join(args, ', '), ')'),
      wrap(' ', join(directives, ' ')),
      repeatable ? ' repeatable' : '',
      ' on ',
      join(locations, ' | '),
    ]),
  SchemaExtension: ({ directives, operationTypes }) =>
    join(['extend schema', join(directives, ' '), block(operationTypes)], ' '),
  ScalarTypeExtension: ({ name, directives }) =>
    join(['extend scalar', name, join(directives, ' ')], ' '),
  ObjectTypeExtension: ({ name, interfaces, directives, fields }) =>
    join(
      [
        'extend type',
        name,
        wrap('implements ', join(interfaces, ' & ')),
        join(directives, ' '),
        block(fields),
      ],
      ' ',
    ),
  InterfaceTypeExtension: ({ name, interfaces, directives, fields }) =>
    join(
      [
        'extend interface',
        name,
        wrap('implements ', join(interfaces, ' & ')),
        join(directives, ' '),
        block(fields),
      ],
      ' ',
    ),
  UnionTypeExtension: ({ name, directives, types }) =>
    join(
      [
        'extend union',
        name,
        join(directives, ' '),
        wrap('= ', join(types, ' | ')),
      ],
      ' ',
    ),
  EnumTypeExtension: ({ name, directives, values }) =>
    join(['extend enum', name, join(directives, ' '), block(values)], ' '),
  InputObjectTypeExtension: ({ name, directives, fields }) =>
    join(['extend input', name, join(directives, ' '), block(fields)], ' '),
  DirectiveExtension: ({ name, directives }) =>
    join([join(['extend directive @', name]), join(directives, ' ')], ' '),
  // Schema Coordinates
  TypeCoordinate: ({ name }) => name,
  MemberCoordinate: ({ name, memberName }) =>
    join([name, wrap('.', memberName)]),
  ArgumentCoordinate: ({ name, fieldName, argumentName }) =>
    join([name, wrap('.', fieldName), wrap('(', argumentName, ':)')]),
  DirectiveCoordinate: ({ name }) => join(['@', name]),
  DirectiveArgumentCoordinate: ({ name, argumentName }) =>
    join(['@', name, wrap('(', argumentName, ':)')]),
};
/**
 * Given maybeArray, print an empty string if it is null or empty, otherwise
 * print all items together separated by separator if provided
 *
 * @internal
 */

function join(maybeArray, separator = '') {
  if (maybeArray == null || maybeArray.length === 0) {
    return EMPTY;
  }

  let result = EMPTY;

  for (const item of maybeArray) {
    if (item === undefined || item.length === 0) {
      continue;
    }

    if (result.length === 0) {
      result = typeof item === 'string' ? new PrintBuffer(item) : item;
    } else {
      if (separator !== '') {
        result.append(separator);
      }

      result.append(item);
    }
  }

  return result;
}

function joinedLength(array, separator) {
  let length = 0;

  for (const item of array) {
    if (item.length !== 0) {
      length += (length === 0 ? 0 : separator.length) + item.length;
    }
  }

  return length;
}
/**
 * Given array, print each item on its own line, wrapped in an indented `{ }` block.
 *
 * @internal
 */

function block(array) {
  return wrap('{\n', join(array, '\n').indent(), '\n}');
}
/**
 * If maybeBuffer is not null or empty, then wrap with start and end, otherwise print an empty string.
 *
 * @internal
 */

function wrap(start, maybeBuffer, end = '') {
  return maybeBuffer != null && maybeBuffer.length !== 0
    ? start === ''
      ? maybeBuffer.append(end)
      : new PrintBuffer(start).append(maybeBuffer).append(end)
    : EMPTY;
}

function hasMultilineItems(maybeArray) {
  var _maybeArray$some;

  return (_maybeArray$some =
    maybeArray === null || maybeArray === void 0
      ? void 0
      : maybeArray.some((result) => result.newlines !== 0)) !== null &&
    _maybeArray$some !== void 0
    ? _maybeArray$some
    : false;
}

function wrappedLineAndArgs(prefix, args) {
  if (args == null || args.length === 0) {
    return prefix;
  }

  return join([
    prefix,
    prefix.length + joinedLength(args, ', ') + 2 > MAX_LINE_LENGTH
      ? wrap('(\n', join(args, '\n').indent(), '\n)')
      : wrap('(', join(args, ', '), ')'),
  ]);
}


/***/ })

};
