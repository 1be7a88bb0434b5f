export const id = 230;
export const ids = [230];
export const modules = {

/***/ 1230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   comparisonFailedMarkdown: () => (/* binding */ comparisonFailedMarkdown),
/* harmony export */   projectChangesMarkdown: () => (/* binding */ projectChangesMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);


/**
 * "What this pull request changes": the section the preview comment and the step summary share, made once. The
 * changes that widen what a role can read or write come first, then those to review, then the rest. GitHub refuses
 * comments over 65,536 characters and the comment also lists env keys (up to 20,000 characters), so the section is
 * bounded: the changes beyond these limits are counted, not listed. Every name comes from metadata (the pull
 * request's files, or the reference's), so each goes through code().
 */
const MAX_LISTED_CHANGES = 40;
const MAX_SECTION_CHARACTERS = 12_000;
/** A line may list this many characters of names before it counts the rest. */
const MAX_LINE_CHARACTERS = 600;
/** A handler or webhook longer than this is cut. */
const MAX_VALUE_CHARACTERS = 200;
const TITLE = '#### What this pull request changes';
/** The section for a comparison that was made. */
function projectChangesMarkdown(reference, changes) {
    const against = `Compared with tenant \`${reference.tenantId}\` (project ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(reference.projectName)}): its metadata and the ` +
        "migrations it has applied, against this pull request's Hasura project.";
    if (changes.length === 0)
        return [TITLE, '', against, '', 'No changes.', ''].join('\n');
    const ordered = [
        ...changes.filter((change) => change.widens),
        ...changes.filter((change) => !change.widens && change.review),
        ...changes.filter((change) => !change.widens && !change.review)
    ];
    const widening = ordered.filter((change) => change.widens).length;
    const review = ordered.filter((change) => !change.widens && change.review).length;
    const counts = [
        `**${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(changes.length, 'change')}**`,
        ...(widening > 0
            ? [`**${widening} widen${widening === 1 ? 's' : ''} what a role can read or write** (first)`]
            : []),
        ...(review > 0 ? [`${review} to review`] : [])
    ];
    const head = [TITLE, '', against, '', `${counts.join(', ')}.`, ''];
    const lines = [];
    let characters = head.join('\n').length;
    for (const change of ordered) {
        const line = `- ${describe(change)}`;
        // Room is kept for the last line, which counts what is not listed.
        if (lines.length === MAX_LISTED_CHANGES || characters + line.length + 200 > MAX_SECTION_CHARACTERS)
            break;
        lines.push(line);
        characters += line.length + 1;
    }
    const rest = ordered.slice(lines.length);
    if (rest.length > 0) {
        const restWidening = rest.filter((change) => change.widens).length;
        lines.push(`- … and ${rest.length} more` +
            (restWidening > 0 ? `, ${restWidening} of them widening what a role can read or write` : '') +
            ' (not listed, to keep this short)');
    }
    return [...head, ...lines, ''].join('\n');
}
/** The section when the reference could not be read: `reason` is the action's own words (never the server's). */
function comparisonFailedMarkdown(tenantId, reason) {
    return [
        TITLE,
        '',
        `The comparison with tenant \`${tenantId}\` could not be made: ${reason}. The job log says more; the preview is ` +
            'not affected.',
        ''
    ].join('\n');
}
function describe(change) {
    const mark = change.widens ? '⚠ **widens**: ' : change.review ? '🔍 **review**: ' : '';
    const details = detailsText(change.details);
    return `${mark}${subject(change.object)} ${VERBS[change.change]}${details ? `: ${details}` : ''}`;
}
const VERBS = {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    tracked: 'tracked',
    untracked: 'untracked',
    'not applied': 'not applied on the reference'
};
function subject(object) {
    switch (object.kind) {
        case 'source':
            return `source ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.source)}`;
        case 'table':
            return `table ${inSource(object.table, object.source)}`;
        case 'relationship':
            return `${object.relationship} relationship ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.name)} of table ${inSource(object.table, object.source)}`;
        case 'permission':
            return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.operation)} permission of role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)} on table ${inSource(object.table, object.source)}`;
        case 'event trigger':
            return `event trigger ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.name)} on table ${inSource(object.table, object.source)}`;
        case 'function':
            return `function ${inSource(object.function, object.source)}`;
        case 'function permission':
            return `permission of role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)} on function ${inSource(object.function, object.source)}`;
        case 'role':
            return `role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)}`;
        case 'inherited role':
            return `inherited role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)}`;
        case 'action':
            return `action ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.name)}`;
        case 'action permission':
            return `permission of role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)} on action ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.action)}`;
        case 'remote schema':
            return `remote schema ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.name)}`;
        case 'remote schema permission':
            return `permission of role ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.role)} on remote schema ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.remoteSchema)}`;
        case 'cron trigger':
            return `cron trigger ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.name)}`;
        case 'metadata':
            return `metadata ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.key)}`;
        case 'migration':
            return `migration ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${object.version}_${object.name}`)} of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(object.source)}`;
    }
}
function inSource(name, source) {
    return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name)} in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source)}`;
}
function detailsText(details) {
    let budget = MAX_LINE_CHARACTERS;
    return details
        .map((detail) => {
        const text = detailText(detail, budget);
        budget = Math.max(0, budget - text.length);
        return text;
    })
        .join('; ');
}
function detailText(detail, budget) {
    const flag = detail.review && !detail.widens ? ' (review)' : '';
    if (detail.names && detail.names.length > 0)
        return `${detail.what} ${namesText(detail.names, budget)}${flag}`;
    if (detail.from === undefined && detail.to === undefined)
        return `${detail.what}${flag}`;
    if (detail.from === undefined)
        return `${detail.what} ${value(detail.to)}${flag}`;
    return `${detail.what}: ${value(detail.from)} → ${detail.to === undefined ? 'none' : value(detail.to)}${flag}`;
}
/** Names as code, as many as the budget holds, then how many more. */
function namesText(names, budget) {
    const shown = [];
    let used = 0;
    for (const name of names) {
        const text = value(name);
        if (shown.length > 0 && used + text.length > budget)
            break;
        shown.push(text);
        used += text.length + 2;
    }
    const more = names.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
function value(text) {
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(text.length > MAX_VALUE_CHARACTERS ? `${text.slice(0, MAX_VALUE_CHARACTERS)}…` : text);
}


/***/ })

};
