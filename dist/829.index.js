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
        for (const entry of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(entries))
            if (typeof entry[key] === 'string')
                roles.add(entry[key]);
    };
    for (const source of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(metadata.sources)) {
        for (const table of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(source.tables)) {
            for (const kind of ['select', 'insert', 'update', 'delete'])
                add(table[`${kind}_permissions`]);
        }
        for (const fn of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(source.functions))
            add(fn.permissions);
    }
    for (const action of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(metadata.actions))
        add(action.permissions);
    for (const remote of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .q)(metadata.remote_schemas))
        add(remote.permissions);
    add(metadata.inherited_roles, 'role_name');
    roles.delete(ADMIN_ROLE);
    return roles;
}


/***/ })

};
