export const id = 829;
export const ids = [829];
export const modules = {

/***/ 9829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADMIN_ROLE: () => (/* binding */ ADMIN_ROLE),
/* harmony export */   grantedRoles: () => (/* binding */ grantedRoles)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/** The admin role: every project has it, with the whole schema. */
const ADMIN_ROLE = 'admin';
/**
 * The roles a metadata grants anything (export or project format alike): table permissions (select, insert, update,
 * delete), function, action and remote schema permissions, and inherited roles. The admin role is not among them.
 */
function grantedRoles(metadata) {
    const roles = new Set();
    const add = (entries, key = 'role') => {
        for (const entry of objects(entries))
            if (typeof entry[key] === 'string')
                roles.add(entry[key]);
    };
    for (const source of objects(metadata.sources)) {
        for (const table of objects(source.tables)) {
            for (const kind of ['select', 'insert', 'update', 'delete'])
                add(table[`${kind}_permissions`]);
        }
        for (const fn of objects(source.functions))
            add(fn.permissions);
    }
    for (const action of objects(metadata.actions))
        add(action.permissions);
    for (const remote of objects(metadata.remote_schemas))
        add(remote.permissions);
    add(metadata.inherited_roles, 'role_name');
    roles.delete(ADMIN_ROLE);
    return roles;
}
function objects(value) {
    return Array.isArray(value) ? value.filter(_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p) : [];
}


/***/ })

};
