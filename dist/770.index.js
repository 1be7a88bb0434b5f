export const id = 770;
export const ids = [770,779];
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


/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   breakingChangesMarkdown: () => (/* binding */ breakingChangesMarkdown),
/* harmony export */   breakingUncheckedMarkdown: () => (/* binding */ breakingUncheckedMarkdown)
/* harmony export */ });
/* harmony import */ var _clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6706);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);



/**
 * "Breaking for clients": the section the preview comment and the step summary show before "What this pull request
 * changes", made once. Roles with breaking changes first (the role that lost everything, then by count), each with the
 * operations it breaks (at their file and line) and then its schema's changes in a reviewer's terms; then dangerous
 * changes; then one all-clear line when nothing breaks. It shares GitHub's 65,536-character comment limit with that
 * section and the env keys, so it is bounded on its own: what does not fit is cut as a whole, counted in one last line.
 * Names come from schemas, metadata and the repository's files: each goes through code().
 */
const TITLE = '#### Breaking for clients';
const MAX_LISTED = 100;
const MAX_SECTION_CHARACTERS = 14_000;
/** Role names listed in a sentence before the rest are counted (a role name has no length limit either). */
const MAX_NAMED = 20;
const MAX_ROLE_CHARACTERS = 100;
function breakingChangesMarkdown(report) {
    const total = report.verdicts.reduce((sum, verdict) => sum + (0,_clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__.breakingCount)(verdict), 0);
    const dangerous = report.verdicts.reduce((sum, verdict) => sum + verdict.dangerous.length, 0);
    const roles = names(report.verdicts.map((verdict) => verdict.role));
    const { files, allowList } = report.operations;
    const operations = files + allowList === 0
        ? "no operations (give `operations` to validate your app's, or keep an allow list)"
        : `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(files + allowList, 'operation')} (${files} from \`operations\`, ${allowList} from the allow list) validated against both`;
    const head = [
        TITLE,
        '',
        `Compared with tenant \`${report.tenantId}\`'s GraphQL API, per role (${roles}), and ${operations}.`,
        ''
    ];
    const breaking = [...report.verdicts]
        .filter((verdict) => (0,_clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__.breakingCount)(verdict) > 0)
        .sort((a, b) => Number(b.revoked) - Number(a.revoked) || (0,_clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__.breakingCount)(b) - (0,_clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__.breakingCount)(a));
    if (total > 0) {
        const perRole = breaking
            .slice(0, MAX_NAMED)
            .map((verdict) => `${roleCode(verdict.role)} ${(0,_clients_breaking_js__WEBPACK_IMPORTED_MODULE_0__.breakingCount)(verdict)}`)
            .join(', ') + (breaking.length > MAX_NAMED ? ` and ${breaking.length - MAX_NAMED} more roles` : '');
        head.push(`**${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(total, 'breaking change')}** (${perRole})${dangerous > 0 ? `, ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(dangerous, 'dangerous change')}` : ''}.`, '', ...gateLines(report.gate), '');
    }
    const lines = [];
    for (const verdict of breaking) {
        const role = roleCode(verdict.role);
        if (verdict.revoked) {
            lines.push(`- ${role}: the preview grants this role nothing any more: its clients lose everything it had`);
        }
        // The app's own operations first: what will fail in production; then the schema's changes, root fields first.
        for (const { operation, message } of verdict.operations) {
            lines.push(`- ${role}: operation ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(operation.name)} at ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${operation.at.file}:${operation.at.line}`)} no ` +
                `longer valid: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(message)}`);
        }
        for (const change of verdict.breaking)
            lines.push(`- ${role}: ${changeMarkdown(change)}`);
    }
    const dangerousLines = report.verdicts.flatMap((verdict) => verdict.dangerous.map((change) => `- ${roleCode(verdict.role)}: ${changeMarkdown(change)}`));
    const tail = [];
    if (report.newRoles.length > 0) {
        tail.push(`New on the preview, so nothing of theirs can break: ${names(report.newRoles)}.`, '');
    }
    if (total === 0) {
        tail.push(`✅ Nothing breaks for clients: ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.verdicts.length, 'role')} compared` +
            (files + allowList > 0 ? `, every operation that was valid still is.` : '.'), '');
    }
    const body = bounded(lines, dangerousLines, MAX_SECTION_CHARACTERS - head.join('\n').length - tail.join('\n').length);
    return [...head, ...body, ...(body.length > 0 ? [''] : []), ...tail].join('\n');
}
/** The section when the comparison could not be made: `reason` is the action's own words. */
function breakingUncheckedMarkdown(tenantId, reason) {
    return [
        TITLE,
        '',
        `What this pull request breaks for clients could not be checked against tenant \`${tenantId}\`: ${reason}. ` +
            'Nothing is known to break; the job log says more.',
        ''
    ].join('\n');
}
function gateLines(gate) {
    switch (gate.kind) {
        case 'off':
            return ['`fail-on-breaking` is off: the step does not fail.'];
        case 'fails':
            return [
                `**This step fails** (\`fail-on-breaking\`). To accept these changes, add the label ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(gate.label)} to ` +
                    'the pull request and run the job again.'
            ];
        case 'approved':
            return [
                `Accepted: the pull request carries the label ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(gate.label)}, so \`fail-on-breaking\` does not fail ` +
                    'the step.'
            ];
    }
}
/** The breaking lines, then the dangerous ones under their heading, as many as fit; the rest counted in one line. */
function bounded(breaking, dangerous, budget) {
    const shown = [];
    let characters = 0;
    let listed = 0;
    // Room is kept for the line that counts what is left out.
    const fits = (line) => listed < MAX_LISTED && characters + line.length + 200 <= budget;
    const add = (line) => {
        shown.push(line);
        characters += line.length + 1;
    };
    let breakingShown = 0;
    while (breakingShown < breaking.length && fits(breaking[breakingShown])) {
        add(breaking[breakingShown++]);
        listed++;
    }
    let dangerousShown = 0;
    const heading = 'Dangerous changes (clients may behave differently):';
    if (breakingShown === breaking.length && dangerous.length > 0 && fits(heading)) {
        if (shown.length > 0)
            add('');
        add(heading);
        add('');
        while (dangerousShown < dangerous.length && fits(dangerous[dangerousShown])) {
            add(dangerous[dangerousShown++]);
            listed++;
        }
    }
    const left = { breaking: breaking.length - breakingShown, dangerous: dangerous.length - dangerousShown };
    if (left.breaking + left.dangerous > 0) {
        const parts = [
            ...(left.breaking > 0 ? [`${left.breaking} breaking`] : []),
            ...(left.dangerous > 0 ? [`${left.dangerous} dangerous`] : [])
        ];
        if (dangerousShown === 0 && shown.at(-1) === '')
            shown.splice(-3);
        shown.push(`- … and ${left.breaking + left.dangerous} more (${parts.join(', ')}) not listed, to keep this short: the job ` +
            'log lists them all');
    }
    return shown;
}
function changeMarkdown(change) {
    const words = [
        change.subject,
        change.name ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.name) : '',
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(change.change),
        change.of ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.of) : ''
    ].filter(Boolean);
    const text = words.join(' ');
    return change.from !== undefined ? `${text}: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.from)} → ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.to ?? '')}` : text;
}
/** Role names as code, the first MAX_NAMED of them, then how many more. */
function names(roles) {
    const shown = roles.slice(0, MAX_NAMED).map(roleCode).join(', ');
    return roles.length > MAX_NAMED ? `${shown} and ${roles.length - MAX_NAMED} more` : shown;
}
/** A role's name as code, cut when it is long. */
function roleCode(role) {
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(role.length > MAX_ROLE_CHARACTERS ? `${role.slice(0, MAX_ROLE_CHARACTERS)}…` : role);
}


/***/ })

};
