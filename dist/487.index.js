export const id = 487;
export const ids = [487];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ octokit)
/* harmony export */ });
const clients = new Map();
/** Octokit for the token, loaded on first use: most runs never talk to GitHub, and it is the largest part of the bundle. */
function octokit(token) {
    let client = clients.get(token);
    if (!client) {
        client = __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => getOctokit(token));
        clients.set(token, client);
    }
    return client;
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestState: () => (/* binding */ pullRequestState)
/* harmony export */ });
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6702);

/**
 * Whether a pull request is open, for the sweep: `missing` when GitHub says there is no such pull request (404),
 * `unknown` (with the reason) when it cannot tell. The sweep deletes only for `closed`.
 */
async function pullRequestState(token, repository, number) {
    try {
        const client = await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .octokit */ .A)(token);
        const { data } = await client.rest.pulls.get({ ...repository, pull_number: number });
        return { state: data.state === 'closed' ? 'closed' : 'open' };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { state: 'missing', reason: 'GitHub knows no such pull request' };
        const message = error.message;
        const hint = status === 401 || status === 403 ? ' (the "github-token" needs `pull-requests: read`)' : '';
        return { state: 'unknown', reason: `GitHub answered ${status ? `HTTP ${status}: ` : ''}${message}${hint}` };
    }
}


/***/ })

};
