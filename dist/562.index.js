export const id = 562;
export const ids = [562];
export const modules = {

/***/ 8562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOperation: () => (/* binding */ checkOperation)
/* harmony export */ });
/* harmony import */ var _cloud_documents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9599);
/* harmony import */ var _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1246);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6706);



/**
 * Does the live API still have every field, argument and type the action sends? With introspection, each document
 * is checked against the schema; where the token may not introspect, the read documents are sent with the nil UUID
 * (an answer, even an error other than a validation error, proves their fields exist) and the mutations are "not
 * verifiable". Missing fields fail the step; what could not be verified is a warning.
 */
async function checkOperation(deps) {
    const graphql = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(964), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 304));
    const documents = Object.values(_cloud_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCUMENTS */ .f);
    let rows;
    let schema;
    try {
        const introspection = await deps.cloud.request({ text: graphql.getIntrospectionQuery() }, {});
        // Judged by what the action sends only: a type elsewhere that graphql-js finds invalid must not stop the check.
        schema = graphql.buildClientSchema(introspection, { assumeValid: true });
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthError */ .lR || error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EndpointError */ .cY)
            throw error;
        // An UnknownFieldError's own text points at `check`, which is running: say what it means here instead.
        const reason = error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnknownFieldError */ .Xq ? 'this token may not query __schema' : error.message;
        deps.log.warning(`The API refused introspection (${reason}): checking the reads by sending them with the nil ` +
            'UUID; the mutations cannot be verified this way.');
    }
    if (schema) {
        rows = documents.flatMap((document) => checkAgainstSchema(graphql, schema, document));
        deps.log.info(`Checked ${documents.length} documents against the live schema (introspection).`);
    }
    else {
        rows = [];
        for (const document of documents)
            rows.push(...(await probe(graphql, document, deps)));
    }
    for (const row of rows) {
        if (row.status === 'missing')
            deps.log.error(`${row.operation}: ${row.field} is missing from the live API.`);
    }
    const missing = rows.filter((row) => row.status === 'missing');
    const unverified = [...new Set(rows.filter((row) => row.status === 'not verifiable').map((row) => row.operation))];
    const table = {
        title: 'Fields the action sends, checked against the live Hasura Cloud API',
        header: ['Operation', 'Field', 'Status'],
        rows: rows.map((row) => [(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(row.operation), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(row.field), row.status])
    };
    if (missing.length > 0) {
        const failure = `The live Hasura Cloud API lacks ${missing.length} of what the action sends: ` +
            `${missing.map((row) => `${row.operation} ${row.field}`).join(', ')}. The API changed (or the token may not ` +
            'see these fields): this version of the action fails where they are used.';
        return { result: 'found', changed: false, tables: [table], failure };
    }
    if (unverified.length > 0) {
        deps.log.warning(`Not verifiable without introspection: ${unverified.join(', ')}. Everything else holds. A token that may ` +
            'introspect the API can check them.');
    }
    else {
        deps.log.info(`All ${rows.length} fields and arguments the action sends hold.`);
    }
    return { result: 'found', changed: false, tables: [table] };
}
/** One row per field and per argument of the document, from the schema; validation errors as extra rows. */
function checkAgainstSchema(graphql, schema, document) {
    const ast = graphql.parse(document.text);
    // A schema without this root (no mutation type at all) has none of the document's fields: each is reported.
    const root = document.kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!root) {
        return fieldPaths(graphql, document).map((field) => ({ operation: document.name, field, status: 'missing' }));
    }
    const rows = [];
    const typeInfo = new graphql.TypeInfo(schema);
    const add = (field, status) => {
        rows.push({ operation: document.name, field, status });
    };
    graphql.visit(ast, graphql.visitWithTypeInfo(typeInfo, {
        Field(node) {
            const parent = typeInfo.getParentType();
            if (!parent)
                return false; // under a missing field: already reported
            const known = typeInfo.getFieldDef() !== null && typeInfo.getFieldDef() !== undefined;
            add(`${parent.name}.${node.name.value}`, known ? 'holds' : 'missing');
            return known ? undefined : false;
        },
        Argument(node) {
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!parent || !field)
                return;
            add(`${parent.name}.${field.name}(${node.name.value}:)`, typeInfo.getArgument() ? 'holds' : 'missing');
        }
    }));
    // Types of variables and their positions (an input type renamed, an argument made required ...).
    const covered = /Cannot query field|Unknown argument/;
    for (const error of graphql.validate(schema, ast)) {
        if (!covered.test(error.message))
            add(error.message, 'missing');
    }
    return rows;
}
/** Without introspection: send a read with harmless variables; mutations are not verifiable. */
async function probe(graphql, document, deps) {
    const fields = fieldPaths(graphql, document);
    const rows = (status) => fields.map((field) => ({ operation: document.name, field, status }));
    if (document.kind === 'mutation' || !document.probe)
        return rows('not verifiable');
    try {
        await deps.cloud.request(document, document.probe);
    }
    catch (error) {
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthError */ .lR || error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EndpointError */ .cY)
            throw error;
        if (error instanceof _cloud_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnknownFieldError */ .Xq) {
            // The engine stops at the first unknown field: the rest of the document is not verifiable this way.
            const unknown = unknownIn(error.message);
            const isHit = (field) => unknown !== undefined &&
                (unknown.argument
                    ? field.endsWith(`.${unknown.field}(${unknown.argument}:)`)
                    : field.endsWith(`.${unknown.field}`));
            const hits = fields.filter(isHit);
            return fields.map((field) => {
                if (hits.length > 0 && !hits.includes(field))
                    return { operation: document.name, field, status: 'not verifiable' };
                // Named as introspection names it when the error says the type: `TenantEnv.envVars`.
                const named = unknown?.type && !unknown.argument ? `${unknown.type}.${unknown.field}` : field;
                return { operation: document.name, field: hits.length > 0 ? named : field, status: 'missing' };
            });
        }
        // Any other refusal (an unknown tenant for the nil UUID) comes after validation: the fields exist.
    }
    return rows('holds');
}
/** The field (and its type, or the argument) a validation error names, in the engine's words or graphql-js's. */
function unknownIn(message) {
    const inType = /field '(\w+)' not found in type: '(\w+)'|Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
    if (inType)
        return { field: (inType[1] ?? inType[3]), type: inType[2] ?? inType[4] };
    const argument = /'(\w+)' has no argument named '(\w+)'|Unknown argument "(\w+)" on field "(?:\w+\.)?(\w+)"/.exec(message);
    if (argument)
        return { field: (argument[1] ?? argument[4]), argument: argument[2] ?? argument[3] };
    return undefined;
}
/** `parent.field` names as the document writes them (the root type by its operation kind). */
function fieldPaths(graphql, document) {
    const paths = [];
    const ast = graphql.parse(document.text);
    const root = document.kind === 'query' ? 'query_root' : 'mutation_root';
    const stack = [root];
    graphql.visit(ast, {
        Field: {
            enter(node) {
                paths.push(`${stack[stack.length - 1]}.${node.name.value}`);
                for (const argument of node.arguments ?? [])
                    paths.push(`${stack[stack.length - 1]}.${node.name.value}(${argument.name.value}:)`);
                stack.push(node.name.value);
            },
            leave() {
                stack.pop();
            }
        }
    });
    return paths;
}


/***/ })

};
