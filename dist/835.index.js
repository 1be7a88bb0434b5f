export const id = 835;
export const ids = [835];
export const modules = {

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

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ENV_FILE_BYTES: () => (/* binding */ MAX_ENV_FILE_BYTES),
  envFileFormat: () => (/* binding */ envFileFormat),
  loadEnvFile: () => (/* binding */ loadEnvFile),
  readEnvInput: () => (/* binding */ readEnvInput)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/workspace.ts
var core_workspace = __webpack_require__(8742);
// EXTERNAL MODULE: ./src/env/entry.ts
var env_entry = __webpack_require__(5359);
;// CONCATENATED MODULE: ./src/env/interpolate.ts

/**
 * Replace `${NAME}` in an env-file value with the step's environment variable NAME: how
 * secrets reach a committed file (`DB_URL: ${DB_URL}` plus `env: DB_URL: ${{ secrets.DB_URL }}`).
 *
 * - `${NAME}`: NAME must match `[A-Za-z_][A-Za-z0-9_]*`; an unset variable (undefined) is an
 *   error naming it. A variable set to the empty string is used as is.
 * - `$${`: the escape for a literal `${` (`$${NAME}` gives `${NAME}`). That is the only escape;
 *   a `$` anywhere else is kept (`$NAME`, `a$$b`, `$` at the end are left as written).
 * - A `${` that does not start a well-formed `${NAME}` is an error rather than silently kept,
 *   so a typo such as `${DB-URL}` or a missing `}` is caught before anything is written.
 * - Substituted text is inserted as is and never scanned again.
 *
 * Errors never quote the value, only the variable name.
 */
function interpolate(value, environment, file, line) {
    return substitute(value, environment, file, line).value;
}
/** interpolate, also telling whether any `${NAME}` was replaced (the value then came from the environment). */
function substitute(value, environment, file, line) {
    if (!value.includes('$'))
        return { value, substituted: false };
    let substituted = false;
    let out = '';
    let i = 0;
    while (i < value.length) {
        const dollar = value.indexOf('$', i);
        if (dollar < 0) {
            out += value.slice(i);
            break;
        }
        out += value.slice(i, dollar);
        if (value.startsWith('$${', dollar)) {
            out += '${';
            i = dollar + 3;
            continue;
        }
        if (value[dollar + 1] !== '{') {
            out += '$';
            i = dollar + 1;
            continue;
        }
        const close = value.indexOf('}', dollar + 2);
        const name = close < 0 ? undefined : value.slice(dollar + 2, close);
        if (name === undefined || !env_entry/* KEY_PATTERN */.bn.test(name)) {
            throw new env_entry/* EnvFileError */.ED("a '${' does not start a valid ${NAME} reference (NAME: letters, digits and _, not starting " +
                "with a digit, closed by '}'); write '$${' for a literal '${'", file, line);
        }
        const replacement = Object.hasOwn(environment, name) ? environment[name] : undefined;
        if (replacement === undefined) {
            throw new env_entry/* EnvFileError */.ED(`\${${name}} is not set in the step's environment: add ${name} under the step's \`env:\` ` +
                `(for example \`${name}: \${{ secrets.${name} }}\`), or write $\${${name}} for a literal \${${name}}`, file, line);
        }
        out += replacement;
        substituted = true;
        i = close + 1;
    }
    return { value: out, substituted };
}

;// CONCATENATED MODULE: ./src/env/dotenv.ts


/**
 * Parse a dotenv file. The rules (every line is one of these, or it is an error):
 *
 * - Blank lines and whole-line `#` comments are skipped.
 * - `KEY=value` or `export KEY=value`; whitespace before the key and around `=` is ignored.
 * - Unquoted value: everything after `=` up to a `#` that follows whitespace (a comment),
 *   trimmed. A `#` glued to the text before it is part of the value (`COLOR=#fff`,
 *   `URL=http://h/#x`, `A=a#b`). `KEY=` (or `KEY= # note`) is the empty string. No escapes
 *   (backslashes are literal); `${NAME}` is interpolated.
 * - `'single quoted'`: literal, on one line; no escapes, no interpolation.
 * - `"double quoted"`: escapes `\n`, `\r`, `\t`, `\"`, `\\` (any other backslash is kept with
 *   the character after it, so `"\d+"` stays `\d+`); may span several lines (the newlines
 *   are kept); `${NAME}` is interpolated after the escapes.
 * - After a closing quote only whitespace and a `#` comment may follow.
 * - A repeated key is an error at the repeat, naming the first line.
 *
 * CRLF line endings and a leading UTF-8 BOM are accepted. Entries are reported at the line
 * where their key starts. Messages never include a value.
 */
function parseDotenv(text, file, environment) {
    const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n/g, '\n');
    const lines = source.split('\n');
    const entries = [];
    const seen = new Map();
    for (let index = 0; index < lines.length; index++) {
        const line = index + 1;
        const raw = lines[index] ?? '';
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const match = /^\s*(?:export[ \t]+)?([^=]*?)\s*=(.*)$/.exec(raw);
        if (!match) {
            throw new env_entry/* EnvFileError */.ED(/^export[ \t]+\S+$/.test(trimmed)
                ? "an `export` line needs a value: write `export KEY=value` ('=' is missing)"
                : "this line is not KEY=value, `export KEY=value`, a # comment or blank ('=' is missing)", file, line);
        }
        const key = match[1] ?? '';
        const rest = match[2] ?? '';
        (0,env_entry/* assertValidKey */.Mw)(key, file, line);
        const first = seen.get(key);
        if (first !== undefined)
            throw (0,env_entry/* duplicateKeyError */.By)(key, first, file, line);
        seen.set(key, line);
        const afterEquals = rest.replace(/^[ \t]+/, '');
        let value;
        let literal = true;
        if (afterEquals.startsWith("'")) {
            const close = afterEquals.indexOf("'", 1);
            if (close < 0) {
                throw new env_entry/* EnvFileError */.ED(`${key}: the single-quoted value is not closed on this line (single-quoted values are one line; use double quotes for several lines)`, file, line);
            }
            assertOnlyComment(afterEquals.slice(close + 1), key, file, line);
            value = afterEquals.slice(1, close);
        }
        else if (afterEquals.startsWith('"')) {
            const quoted = readDoubleQuoted(afterEquals, lines, index);
            if (!quoted) {
                throw new env_entry/* EnvFileError */.ED(`${key}: the double-quoted value opened on line ${line} is never closed (a '"' inside it must be written \\")`, file, line);
            }
            assertOnlyComment(quoted.after, key, file, quoted.lastIndex + 1);
            index = quoted.lastIndex;
            const result = substitute(quoted.value, environment, file, line);
            value = result.value;
            literal = !result.substituted;
        }
        else {
            const comment = rest.search(/\s#/);
            const text = (comment < 0 ? rest : rest.slice(0, comment)).trim();
            const result = substitute(text, environment, file, line);
            value = result.value;
            literal = !result.substituted;
        }
        entries.push({ key, value, line, literal });
    }
    return entries;
}
function assertOnlyComment(after, key, file, line) {
    if (/^\s*(#.*)?$/.test(after))
        return;
    throw new env_entry/* EnvFileError */.ED(`${key}: unexpected text after the closing quote (only a # comment may follow a quoted value)`, file, line);
}
/** The escapes of a double-quoted value; any other backslash is kept with its character. */
function decodeEscape(ch) {
    switch (ch) {
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        case '"':
            return '"';
        case '\\':
            return '\\';
        default:
            return undefined;
    }
}
/**
 * Read a double-quoted value starting at `start` (which begins with `"`) on line `index`,
 * continuing onto following lines until an unescaped `"`. Returns the decoded value, the
 * text after the closing quote and the index of the line it closed on; undefined if the
 * file ends first.
 */
function readDoubleQuoted(start, lines, index) {
    let value = '';
    let current = start;
    let position = 1;
    let lastIndex = index;
    for (;;) {
        while (position < current.length) {
            const ch = current[position] ?? '';
            if (ch === '"')
                return { value, after: current.slice(position + 1), lastIndex };
            if (ch === '\\' && position + 1 < current.length) {
                const next = current[position + 1] ?? '';
                value += decodeEscape(next) ?? ch + next;
                position += 2;
                continue;
            }
            value += ch;
            position++;
        }
        // End of this line inside the quotes: the newline is part of the value.
        lastIndex++;
        if (lastIndex >= lines.length)
            return undefined;
        value += '\n';
        current = lines[lastIndex] ?? '';
        position = 0;
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/yaml/events.ts
var yaml_events = __webpack_require__(9658);
;// CONCATENATED MODULE: ./src/env/yaml.ts




/**
 * Parse a YAML (or JSON: JSON is YAML) env file: one document, a mapping of keys to values.
 *
 * How values become env values:
 * - Strings (plain, quoted or block) as they are, after `${NAME}` interpolation (all quoting
 *   styles are interpolated; `$${` is the escape for a literal `${`).
 * - Numbers and booleans: the text as written in the file, not JavaScript's rendering of the
 *   parsed number: `8080` → `8080`, `1.50` → `1.50`, `0x1F` → `0x1F`, `1e3` → `1e3`,
 *   `true` → `true`. (Through an alias, where there is no text of its own, `String(value)`.)
 * - Dates stay text: the YAML 1.2 core schema has no timestamp type, so `2024-01-01` is a string.
 * - `null`, `~` or nothing (`KEY:`) → null, meaning "remove this key from the tenant".
 * - A mapping or a list → its `JSON.stringify` text (e.g. a JWT secret). `${NAME}` is
 *   interpolated in the string leaves inside it *before* stringifying, so a substituted secret
 *   is JSON-escaped correctly (a `"` in it cannot break the JSON); keys inside are not
 *   interpolated. Inside such a structure numbers follow JSON (`1.50` → `1.5`).
 *
 * Lines come from js-yaml's event stream (source offsets), not from a text scan, so quoted
 * keys, comments, blank lines and multi-line values are all placed right. Keys are taken as
 * the text written (`true:` and `null:` are the names `true` and `null`, never resolved).
 *
 * Errors: a syntax error at js-yaml's line with its reason (never its source snippet, which
 * could show a value); a repeated key at the repeat; a document that is not a mapping at its
 * start; more than one document at the second one.
 */
function parseYamlEnv(text, file, environment) {
    // Aliases are bounded before anything is built: a few hundred bytes of nested anchors would expand to billions.
    const { events, lines } = (0,yaml_events/* parseBoundedEvents */.OQ)(text, file, (message, line) => {
        throw new env_entry/* EnvFileError */.ED(message, file, line);
    });
    const documents = [];
    events.forEach((event, index) => {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            documents.push(index);
    });
    const firstDocument = documents[0];
    if (firstDocument === undefined)
        return []; // empty file, or only comments
    const secondDocument = documents[1];
    if (secondDocument !== undefined) {
        const offset = (0,yaml_events/* nodeStart */.f)(events[secondDocument + 1]);
        const line = offset >= 0 ? lines.lineOf(offset) : markerLine(text, isExplicit(events[firstDocument]) ? 2 : 1);
        throw new env_entry/* EnvFileError */.ED("the file holds more than one YAML document (a second '---'): put every key in one mapping", file, line);
    }
    const root = events[firstDocument + 1];
    if (root === undefined)
        return [];
    if (root.type !== js_yaml/* EVENT_ID */.hy.MAPPING) {
        if (root.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const [value] = yaml(() => (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml/* CORE_SCHEMA */.OU, filename: file }), file);
            if (value === null || value === undefined)
                return []; // `---` alone, `~`, `null`
        }
        const found = root.type === js_yaml/* EVENT_ID */.hy.SEQUENCE ? 'a list' : root.type === js_yaml/* EVENT_ID */.hy.ALIAS ? 'an alias' : 'a single value';
        const offset = (0,yaml_events/* nodeStart */.f)(root);
        throw new env_entry/* EnvFileError */.ED(`the file must be a YAML mapping of KEY: value entries, but it is ${found}`, file, offset >= 0 ? lines.lineOf(offset) : 1);
    }
    // Walk the top-level pairs: key text and line from the events, value events kept for later.
    const pairs = [];
    const seen = new Map();
    let lastLine = lines.lineOf(Math.max(root.start, 0));
    let index = firstDocument + 2;
    for (;;) {
        const keyEvent = events[index];
        if (keyEvent === undefined || keyEvent.type === js_yaml/* EVENT_ID */.hy.POP)
            break;
        const valueIndex = skipNode(events, index);
        const next = skipNode(events, valueIndex);
        const offset = (0,yaml_events/* nodeStart */.f)(keyEvent) >= 0 ? (0,yaml_events/* nodeStart */.f)(keyEvent) : (0,yaml_events/* nodeStart */.f)(events[valueIndex]);
        const line = offset >= 0 ? lines.lineOf(offset) : lastLine;
        lastLine = line;
        if (keyEvent.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
            throw new env_entry/* EnvFileError */.ED('keys must be plain names, not a list, a mapping or an alias', file, line);
        }
        const key = (0,js_yaml/* getScalarValue */.KE)(text, keyEvent);
        if (key === '<<') {
            throw new env_entry/* EnvFileError */.ED('merge keys (<<) are not supported in env files: list every key', file, line);
        }
        (0,env_entry/* assertValidKey */.Mw)(key, file, line);
        const first = seen.get(key);
        if (first !== undefined)
            throw (0,env_entry/* duplicateKeyError */.By)(key, first, file, line);
        seen.set(key, line);
        pairs.push({ key, line, value: events.slice(valueIndex, next) });
        index = next;
    }
    if (pairs.length === 0)
        return [];
    // Construct every value in one pass, as the items of a synthetic sequence: the keys are never
    // resolved by the schema, and anchors and aliases between values still work.
    const documentEvent = events[firstDocument];
    if (documentEvent === undefined)
        return [];
    const wrapped = [
        documentEvent,
        {
            type: js_yaml/* EVENT_ID */.hy.SEQUENCE,
            start: -1,
            anchorStart: -1,
            anchorEnd: -1,
            tagStart: -1,
            tagEnd: -1,
            style: js_yaml/* COLLECTION_STYLE */.Rl.FLOW
        },
        ...pairs.flatMap((pair) => pair.value),
        { type: js_yaml/* EVENT_ID */.hy.POP },
        { type: js_yaml/* EVENT_ID */.hy.POP }
    ];
    const [constructed] = yaml(() => (0,js_yaml/* constructFromEvents */.fw)(wrapped, { source: text, schema: js_yaml/* CORE_SCHEMA */.OU, filename: file }), file);
    const values = Array.isArray(constructed) ? constructed : [];
    return pairs.map((pair, i) => {
        const first = pair.value[0];
        const { value, substituted } = toEnvValue(pair.key, first, values[i], text, environment, file, pair.line);
        return { key: pair.key, value, line: pair.line, literal: !substituted };
    });
}
function toEnvValue(key, event, value, text, environment, file, line) {
    if (value === null || value === undefined)
        return { value: null, substituted: false };
    if (typeof value === 'string')
        return substitute(value, environment, file, line);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
        return { value: event?.type === js_yaml/* EVENT_ID */.hy.SCALAR ? scalarText(text, event) : String(value), substituted: false };
    }
    if (typeof value === 'object') {
        const seen = { substituted: false };
        return {
            value: JSON.stringify(interpolateDeep(value, environment, file, line, seen)),
            substituted: seen.substituted
        };
    }
    throw new env_entry/* EnvFileError */.ED(`${key}: unsupported value type (${typeof value})`, file, line);
}
/** The scalar as written (plain) or as decoded (quoted with an explicit tag, e.g. `!!int "8"`). */
function scalarText(text, event) {
    const written = (0,js_yaml/* getScalarValue */.KE)(text, event);
    return event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN ? written.trim() : written;
}
function interpolateDeep(value, environment, file, line, seen) {
    if (typeof value === 'string') {
        const result = substitute(value, environment, file, line);
        seen.substituted ||= result.substituted;
        return result.value;
    }
    if (Array.isArray(value))
        return value.map((item) => interpolateDeep(item, environment, file, line, seen));
    if (value !== null && typeof value === 'object') {
        // A null-prototype object, so that a `__proto__` key stays an ordinary key.
        const out = Object.create(null);
        for (const [k, v] of Object.entries(value))
            out[k] = interpolateDeep(v, environment, file, line, seen);
        return out;
    }
    return value;
}
/** Index just past the node that starts at `index` (a scalar, an alias or a whole collection). */
function skipNode(events, index) {
    const event = events[index];
    if (event === undefined)
        return index;
    if (event.type !== js_yaml/* EVENT_ID */.hy.SEQUENCE && event.type !== js_yaml/* EVENT_ID */.hy.MAPPING)
        return index + 1;
    let depth = 0;
    for (let i = index; i < events.length; i++) {
        const type = events[i]?.type;
        if (type === js_yaml/* EVENT_ID */.hy.SEQUENCE || type === js_yaml/* EVENT_ID */.hy.MAPPING)
            depth++;
        else if (type === js_yaml/* EVENT_ID */.hy.POP && --depth === 0)
            return i + 1;
    }
    return events.length;
}
function isExplicit(event) {
    return event?.type === js_yaml/* EVENT_ID */.hy.DOCUMENT && event.explicitStart;
}
/** Line of the nth `---` document marker (1-based n), or 1. */
function markerLine(text, nth) {
    let count = 0;
    const all = text.split('\n');
    for (let i = 0; i < all.length; i++) {
        if (/^---(?:[ \t\r]|$)/.test(all[i] ?? '') && ++count === nth)
            return i + 1;
    }
    return 1;
}
/** Run a js-yaml call; its exceptions become EnvFileErrors at js-yaml's line, reason only. */
function yaml(run, file) {
    try {
        return run();
    }
    catch (error) {
        if (error instanceof js_yaml/* YAMLException */.tB) {
            const line = error.mark ? error.mark.line + 1 : 1;
            throw new env_entry/* EnvFileError */.ED(`invalid YAML: ${error.reason}`, file, line);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/env/load.ts





/** Env files larger than this are refused (1 MiB). */
const MAX_ENV_FILE_BYTES = 1024 * 1024;
const YAML_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);
/** YAML for `.yml`, `.yaml` and `.json` (any case; JSON is YAML), dotenv for anything else. */
function envFileFormat(path) {
    return YAML_EXTENSIONS.has((0,external_node_path_.extname)(path).toLowerCase()) ? 'yaml' : 'dotenv';
}
/**
 * Read and parse the `env-file` input: a regular file inside the workspace (its real path, symlinks resolved), at
 * most 1 MiB as read. A path that is missing, leads outside the workspace or is not a regular file is an InputError
 * naming `env-file`; a problem inside the file is an EnvFileError at its line. Errors carry `path` as the user
 * wrote it, since annotations want the repo-relative path.
 */
function loadEnvFile(path, workspace, environment) {
    const file = (0,core_workspace/* resolveWorkspacePath */.X)(workspace, path, 'env-file', 'file');
    const bytes = (0,core_workspace/* readLimited */.t)(file, MAX_ENV_FILE_BYTES, 'env-file');
    let text;
    try {
        // The BOM is kept here; both parsers skip a leading one.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new env_entry/* EnvFileError */.ED('the env file is not valid UTF-8', path, invalidUtf8Line(bytes));
    }
    return envFileFormat(path) === 'yaml' ? parseYamlEnv(text, path, environment) : parseDotenv(text, path, environment);
}
/**
 * The `env-file` of a run, checked against the other inputs before any API call: the keys the action writes itself
 * may not be set, and prune needs keys. Values that came from the environment (`${NAME}`) are secrets, masked at
 * once; literal ones are in the repository.
 */
function readEnvInput(path, context, log) {
    const entries = loadEnvFile(path, context.workspace, context.environment);
    for (const entry of entries)
        if (!entry.literal)
            log.mask(entry.value);
    for (const entry of entries) {
        const reserved = context.actionKey(entry.key);
        if (reserved)
            throw new env_entry/* EnvFileError */.ED(reserved, path, entry.line);
        if (entry.key === context.databaseUrlEnv) {
            throw new env_entry/* EnvFileError */.ED(`${entry.key} is also set by the action from the database input ("database-url-env"): remove it from the ` +
                'file, or set "database-url-env" to another key', path, entry.line);
        }
    }
    // A file of only `KEY: null` lines sets no keys either: pruning to it would empty the tenant just the same.
    if (context.prune && entries.every((entry) => entry.value === null)) {
        throw new env_entry/* EnvFileError */.ED('prune: true with an env file that sets no keys would delete every key of the tenant (the database URL and JWT ' +
            'secret among them): add the keys to the file, or set prune: false', path, 1);
    }
    log.info(`Read ${entries.length} key${entries.length === 1 ? '' : 's'} from ${path}.`);
    return entries;
}
/** 1-based line of the first byte sequence that is not UTF-8 (by decoding line by line). */
function invalidUtf8Line(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    while (start <= bytes.length) {
        let end = bytes.indexOf(0x0a, start);
        if (end < 0)
            end = bytes.length;
        try {
            decoder.decode(bytes.subarray(start, end));
        }
        catch {
            return line;
        }
        line++;
        start = end + 1;
    }
    return 1;
}


/***/ })

};
