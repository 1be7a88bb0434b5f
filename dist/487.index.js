export const id = 487;
export const ids = [487];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ octokit),
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/** A request that failed on the network or with a 5xx is tried again this often; the retry plugin waits 1, 4, 9 s. */
const RETRIES = 3;
/** A rate limit (a 403 or 429 that says so) is waited out at most this often per request... */
const RATE_LIMIT_RETRIES = 2;
/** ...and only when GitHub asks for at most this long: a primary limit may reset an hour later. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * No 4xx is retried by the retry plugin: the request was refused (a permission, a missing pull request), and the
 * rate limits among them are the throttling plugin's, which honours Retry-After and the reset time.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);
const clients = new Map();
/**
 * Octokit for the token, with the retry and throttling plugins, loaded on first use: most runs never talk to GitHub,
 * and these are the largest part of the bundle. One client per token (it logs to the Logger it was first made with).
 */
function octokit(token, log, timing = {}) {
    let client = clients.get(token);
    if (!client) {
        client = Promise.all([
            __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856))
        ]).then(([{ getOctokit }, { retry }, { throttling }]) => {
            // Set only when given: the plugins take an undefined value over their default.
            const clock = timing.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: timing.retryAfterBaseValue };
            const waitOut = (what) => (retryAfter, options, _octokit, retryCount) => {
                const request = `${options.method} ${options.url}`;
                if (retryCount >= RATE_LIMIT_RETRIES) {
                    log.info(`GitHub: ${what} on ${request}, still after ${retryCount} waits: not waiting again.`);
                    return false;
                }
                if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
                    log.info(`GitHub: ${what} on ${request} for ${retryAfter} s, longer than the action waits.`);
                    return false;
                }
                log.info(`GitHub: ${what} on ${request}; retry ${retryCount + 1} in ${retryAfter} s.`);
                return true;
            };
            return getOctokit(token, {
                retry: { retries: RETRIES, doNotRetry: DO_NOT_RETRY, ...clock },
                throttle: {
                    onRateLimit: waitOut('rate limit'),
                    onSecondaryRateLimit: waitOut('secondary rate limit'),
                    ...clock,
                    ...timing.pacing
                }
            }, retry, throttling);
        });
        clients.set(token, client);
    }
    return client;
}
/** The message of a failed GitHub call, for a log line: not the whole HTML page GitHub's edge answers a 502 with. */
function failureMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    return /^\s*</.test(message) ? 'an HTML page' : message;
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
 * `unknown` (with the reason) when it cannot tell, after the client's retries and rate-limit waits (see octokit.ts).
 * The sweep deletes only for `closed`.
 */
async function pullRequestState(token, repository, number, log, timing = {}) {
    try {
        const client = await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .octokit */ .A)(token, log, timing);
        const { data } = await client.rest.pulls.get({ ...repository, pull_number: number });
        return { state: data.state === 'closed' ? 'closed' : 'open' };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { state: 'missing', reason: 'GitHub knows no such pull request' };
        const message = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .failureMessage */ .o)(error);
        const hint = status === 401 || status === 403 ? ' (the "github-token" needs `pull-requests: read`)' : '';
        return { state: 'unknown', reason: `GitHub answered ${status ? `HTTP ${status}: ` : ''}${message}${hint}` };
    }
}


/***/ })

};
