export const id = 411;
export const ids = [411];
export const modules = {

/***/ 4792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allowListQueries: () => (/* binding */ allowListQueries),
/* harmony export */   collectionOperations: () => (/* binding */ collectionOperations),
/* harmony export */   readOperationFiles: () => (/* binding */ readOperationFiles)
/* harmony export */ });
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1860);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2565);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2307);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8843);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3284);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3382);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8742);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);





const INPUT = 'operations';
const EXTENSIONS = /\.(graphql|gql)$/i;
/** An operations file is small; a bigger one is a mistake (a schema dump, a generated bundle). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 2000;
/**
 * The operations of the `.graphql`/`.gql` files the globs match in the workspace, read before any API call. A glob
 * that matches no such file is an InputError naming it; a file that does not parse is a FileError at its line.
 * Fragments are shared across the files, as codegen tools share them.
 */
function readOperationFiles(workspace, globs) {
    const include = globs.filter((glob) => !glob.startsWith('!'));
    const ignore = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    const root = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWorkspacePath */ .X)(workspace, '.', INPUT, 'directory').real;
    const files = new Set();
    for (const glob of include) {
        const matched = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .globSync */ .AZ)(glob, { cwd: root, ignore, onlyFiles: true, dot: true, expandDirectories: false })
            .filter((file) => EXTENSIONS.test(file))
            .sort();
        if (matched.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input "${INPUT}": "${glob}" matches no .graphql or .gql file in the workspace (globs are relative to the ` +
                'repository root, e.g. web/src/**/*.graphql). Fix the glob, or leave the input out.');
        }
        for (const file of matched)
            files.add(file);
    }
    if (files.size > MAX_FILES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input "${INPUT}" matches ${files.size} files, more than ${MAX_FILES}: narrow its globs.`);
    }
    const documents = [...files].map((file) => {
        const path = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWorkspacePath */ .X)(workspace, file, INPUT, 'file');
        const text = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readLimited */ .t)(path, MAX_FILE_BYTES, INPUT).toString('utf8');
        return { document: parseAt(text, path.relative, 1, INPUT), file: path.relative };
    });
    const fragments = fragmentsOf(documents.map(({ document }) => document));
    return documents.flatMap(({ document, file }) => operationsOf(document, fragments).map(({ name, line, document }) => ({ name, at: { file, line }, document })));
}
/**
 * The queries of the collections the metadata's allow list names (`allowlist`: `- collection: <name>`), each at its
 * entry in `query_collections.yaml` (found with the project's locate, as inconsistencies are).
 */
function allowListQueries(project) {
    const { metadata } = project;
    const allowed = new Set((0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .mappings */ .q)(metadata.allowlist)
        .map((entry) => entry.collection)
        .filter((name) => typeof name === 'string'));
    return (0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .mappings */ .q)(metadata.query_collections)
        .filter((collection) => typeof collection.name === 'string' && allowed.has(collection.name))
        .flatMap((collection) => {
        const definition = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(collection.definition) ? collection.definition : {};
        return (0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .mappings */ .q)(definition.queries)
            .filter((query) => typeof query.name === 'string' && typeof query.query === 'string')
            .map((query) => ({
            collection: collection.name,
            name: query.name,
            query: query.query,
            at: project.locate({
                type: 'query_collection',
                definition: { collection: collection.name, query: query.name }
            })
        }));
    });
}
/**
 * The operations of the collections the allow list names: each query of a collection is a document of its own,
 * reported at its entry in `query_collections.yaml`. A query that does not parse is a FileError there.
 */
function collectionOperations(queries) {
    return queries.flatMap((query) => {
        const document = parseAt(query.query, query.at.file, query.at.line, 'hasura-project');
        const operations = operationsOf(document, fragmentsOf([document]));
        return operations.map(({ name, document }) => ({
            name: operations.length === 1 && name === ANONYMOUS ? query.name : name,
            at: query.at,
            document
        }));
    });
}
const ANONYMOUS = '(anonymous)';
/** `text` parsed; an error is a FileError at its line in the file (`firstLine`: where the text starts there). */
function parseAt(text, file, firstLine, input) {
    try {
        return (0,graphql__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(new graphql__WEBPACK_IMPORTED_MODULE_5__/* .Source */ .k(text, file));
    }
    catch (error) {
        if (!(error instanceof graphql__WEBPACK_IMPORTED_MODULE_6__/* .GraphQLError */ .eO))
            throw error;
        const line = firstLine === 1 ? (error.locations?.[0]?.line ?? 1) : firstLine;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f(`${error.message.replace(/^Syntax Error: /, 'GraphQL syntax error: ')} Fix the operation (the action validates ` +
            'each one against the reference and the preview schema).', file, line, input);
    }
}
function fragmentsOf(documents) {
    const fragments = new Map();
    for (const document of documents) {
        for (const definition of document.definitions) {
            if (definition.kind === graphql__WEBPACK_IMPORTED_MODULE_7__/* .Kind */ .b.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) {
                fragments.set(definition.name.value, definition);
            }
        }
    }
    return fragments;
}
/** Each operation of the document with the fragments it spreads; a missing fragment is left for validation to name. */
function operationsOf(document, fragments) {
    return document.definitions
        .filter((definition) => definition.kind === graphql__WEBPACK_IMPORTED_MODULE_7__/* .Kind */ .b.OPERATION_DEFINITION)
        .map((operation) => ({
        name: operation.name?.value ?? ANONYMOUS,
        line: operation.loc?.startToken.line ?? 1,
        document: { kind: graphql__WEBPACK_IMPORTED_MODULE_7__/* .Kind */ .b.DOCUMENT, definitions: [operation, ...spreadFragments(operation, fragments)] }
    }));
}
function spreadFragments(root, fragments) {
    const used = new Map();
    const pending = [root];
    while (pending.length > 0) {
        (0,graphql__WEBPACK_IMPORTED_MODULE_8__/* .visit */ .YR)(pending.pop(), {
            FragmentSpread(spread) {
                const fragment = fragments.get(spread.name.value);
                if (fragment && !used.has(spread.name.value)) {
                    used.set(spread.name.value, fragment);
                    pending.push(fragment);
                }
            }
        });
    }
    return [...used.values()];
}


/***/ }),

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


/***/ })

};
