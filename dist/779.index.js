export const id = 779;
export const ids = [779];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   breakingCount: () => (/* binding */ breakingCount),
/* harmony export */   changeText: () => (/* binding */ changeText),
/* harmony export */   compareRole: () => (/* binding */ compareRole)
/* harmony export */ });
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6574);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2973);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(729);
/* harmony import */ var graphql__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2715);

/** A change as plain text (the log). */
function changeText(change) {
    const parts = [change.subject, change.name, change.change, change.of].filter(Boolean).join(' ');
    return change.from !== undefined ? `${parts}: ${change.from} → ${change.to}` : parts;
}
/** Breaking changes of a verdict: its schema's, plus each operation that stops validating (once per role). */
function breakingCount(verdict) {
    return verdict.breaking.length + verdict.operations.length;
}
/**
 * Compare a role's schema on the reference with the preview's (both as introspected) and validate the operations
 * against both: graphql-js's findBreakingChanges and findDangerousChanges, and validate().
 */
function compareRole(role, reference, preview, operations, revoked = false) {
    const before = (0,graphql__WEBPACK_IMPORTED_MODULE_0__/* .buildClientSchema */ .D)(reference);
    const after = (0,graphql__WEBPACK_IMPORTED_MODULE_0__/* .buildClientSchema */ .D)(preview);
    const broken = [];
    for (const operation of operations) {
        if ((0,graphql__WEBPACK_IMPORTED_MODULE_1__/* .validate */ .tf)(before, operation.document).length > 0)
            continue;
        const errors = (0,graphql__WEBPACK_IMPORTED_MODULE_1__/* .validate */ .tf)(after, operation.document);
        if (errors.length > 0)
            broken.push({ operation, message: errors[0].message });
    }
    return {
        role,
        breaking: ordered((0,graphql__WEBPACK_IMPORTED_MODULE_2__/* .findBreakingChanges */ .cX)(before, after), before).map((change) => describe(change, before)),
        dangerous: (0,graphql__WEBPACK_IMPORTED_MODULE_2__/* .findDangerousChanges */ .Dy)(before, after).map((change) => describe(change, before)),
        operations: broken,
        revoked
    };
}
const ROOTS = {
    query_root: 'query',
    mutation_root: 'mutation',
    subscription_root: 'subscription'
};
/** Root fields first (what clients call), then output types' fields and types, then inputs and enum values. */
function ordered(changes, schema) {
    const rank = (change) => {
        const type = /^(\w+)\./.exec(change.description)?.[1];
        if (type && type in ROOTS)
            return 0;
        if (type)
            return (0,graphql__WEBPACK_IMPORTED_MODULE_3__/* .isInputObjectType */ .qK)(schema.getType(type)) ? 2 : 1;
        return change.type === 'TYPE_REMOVED' || change.type === 'TYPE_CHANGED_KIND' ? 1 : 2;
    };
    return [...changes].sort((a, b) => rank(a) - rank(b));
}
/** graphql-js's description (`article.rating was removed.`) in a reviewer's words, the names kept exact. */
function describe(change, schema) {
    const text = change.description.replace(/\.$/, '');
    const type = change.type;
    const field = (name) => {
        const [owner, rest] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
        if (owner in ROOTS)
            return { subject: ROOTS[owner], name: rest };
        return { subject: (0,graphql__WEBPACK_IMPORTED_MODULE_3__/* .isInputObjectType */ .qK)(schema.getType(owner)) ? 'input field' : 'field', name };
    };
    let match;
    if (type === 'FIELD_REMOVED' && (match = /^(\S+) was removed$/.exec(text))) {
        return { type, ...field(match[1]), change: 'removed' };
    }
    if (type === 'FIELD_CHANGED_KIND' && (match = /^(\S+) changed type from (.+) to (.+)$/.exec(text))) {
        return { type, ...field(match[1]), change: 'changed type', from: match[2], to: match[3] };
    }
    if (type === 'TYPE_REMOVED' && (match = /^(\S+) was removed$/.exec(text))) {
        return { type, subject: 'type', name: match[1], change: 'removed' };
    }
    if ((match = /^(\S+) was (removed from|added to) enum type (\S+)$/.exec(text))) {
        return { type, subject: 'value', name: match[1], change: `${match[2]} enum`, of: match[3] };
    }
    if ((match = /^An? (optional|required) field (\S+) on input type (\S+) was added$/.exec(text))) {
        return { type, subject: `${match[1]} input field`, name: `${match[3]}.${match[2]}`, change: 'added' };
    }
    if ((match = /^An? (optional|required) arg (\S+) on (\S+) was added$/.exec(text))) {
        return { type, subject: `${match[1]} argument`, name: `${match[3]}(${match[2]})`, change: 'added' };
    }
    if ((match = /^(\S+) arg (\S+) was removed$/.exec(text))) {
        return { type, subject: 'argument', name: `${match[1]}(${match[2]})`, change: 'removed' };
    }
    if ((match = /^(\S+) arg (\S+) has changed type from (.+) to (.+)$/.exec(text))) {
        return {
            type,
            subject: 'argument',
            name: `${match[1]}(${match[2]})`,
            change: 'changed type',
            from: match[3],
            to: match[4]
        };
    }
    return { type, subject: '', name: '', change: text };
}


/***/ })

};
