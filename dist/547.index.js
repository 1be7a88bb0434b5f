export const id = 547;
export const ids = [547];
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

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PREVIEW_MARKER: () => (/* binding */ PREVIEW_MARKER),
/* harmony export */   PreviewComments: () => (/* binding */ PreviewComments)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6706);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6702);



/** Marks this action's comment; a comment is ours only if its body starts with it. */
const PREVIEW_MARKER = '<!-- hasura-cloud-tenant:preview -->';
const TENANT_MARKER = /<!-- hasura-cloud-tenant:tenant=([0-9a-f-]{36}) -->/;
function stateOf(comment) {
    return { commentId: comment.id, tenantId: TENANT_MARKER.exec(comment.body)?.[1] };
}
/**
 * GitHub refuses comments over 65,536 characters, and the comment is the preview's record: keys beyond these bounds
 * (a number of keys, and of characters, since a key name has no length limit) are counted, not listed.
 */
const MAX_LISTED_KEYS = 50;
const MAX_LISTED_CHARACTERS = 20_000;
/**
 * The one preview comment per pull request, through GitHub's issue-comments REST API. Failing to
 * comment never fails the step: the tenant work matters more than the comment.
 */
class PreviewComments {
    token;
    pr;
    log;
    now;
    timing;
    /** The login the token acts as, when GitHub tells (personal tokens); undefined for installation tokens. */
    self;
    /** The last read of the thread failed: no comment is posted before it is read. */
    unread = false;
    /** Comments with the marker that are not ours, named once in the log. */
    ignored = new Set();
    constructor(token, pr, log, now = () => new Date(), timing = {}) {
        this.token = token;
        this.pr = pr;
        this.log = log;
        this.now = now;
        this.timing = timing;
    }
    /** The oldest comment of ours on the pull request, if any. */
    async find() {
        try {
            const [oldest] = await this.listOurs(await this.client(), { first: true });
            this.unread = false;
            return oldest && stateOf(oldest);
        }
        catch (error) {
            this.unread = true;
            this.warn('read the comments of', error);
            return undefined;
        }
    }
    /** Create or update the comment for a live preview; the comment as it now stands, for a later update. */
    async publish(existing, view) {
        const listed = listedChanges(view.changes);
        const more = view.changes.length - listed.length;
        const count = `${more} key${more === 1 ? '' : 's'}`;
        const changes = view.changes.length === 0
            ? 'none'
            : listed.length > 0
                ? listed.join(', ') + (more > 0 ? ` and ${more} more` : '')
                : `${count} (names too long to list here; see the step summary)`;
        const body = [
            PREVIEW_MARKER,
            `<!-- hasura-cloud-tenant:tenant=${view.tenantId} -->`,
            '### Hasura Cloud preview',
            '',
            '| | |',
            '|---|---|',
            `| GraphQL endpoint | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(view.endpoint)} |`,
            ...(view.consoleUrl ? [`| Console | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(view.consoleUrl)} |`] : []),
            `| Project | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(view.projectName)} |`,
            `| Tenant | \`${view.tenantId}\` |`,
            ...(view.databaseName ? [`| Database | \`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(view.databaseName)}\` |`] : []),
            ...(view.migrationsApplied !== undefined ? [`| Migrations applied | ${view.migrationsApplied} |`] : []),
            `| Synced at | ${this.commit()} (${view.result}) |`,
            ...(view.expiresAt ? [`| Expires | ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .utcText */ .k)(view.expiresAt)}, unless pushed to before |`] : []),
            `| Env keys changed | ${changes} |`,
            `| Updated | ${this.time()} |`,
            '',
            ...(view.comparison ? [view.comparison] : []),
            '<sub>Kept up to date by the Hasura Cloud tenant action; the tenant is deleted when the pull request closes.</sub>'
        ].join('\n');
        return this.write(existing, body);
    }
    /**
     * Say the preview is gone and drop the tenant marker, so a reopened PR (or, after an expiry, the next push) gets a
     * fresh tenant in this comment.
     */
    async markDeleted(existing, tenantId, how = { kind: 'deleted' }) {
        const at = `${this.time()}${this.pr.headSha ? ` (commit ${this.commit()})` : ''}`;
        const said = how.kind === 'expired'
            ? [
                `The preview tenant \`${tenantId}\` expired at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .utcText */ .k)(how.at)}, no push having renewed it ` +
                    `(\`expire-after\`), and was deleted at ${at}.`,
                '',
                'To bring it back, push to the pull request or re-run its workflow: a new preview is made, with fresh ' +
                    'databases.'
            ]
            : [
                `The preview tenant \`${tenantId}\` was deleted${how.kind === 'swept' ? ' by the sweep of closed pull requests' : ''} at ${at}.`
            ];
        await this.write(existing, [PREVIEW_MARKER, '### Hasura Cloud preview', '', ...said].join('\n'));
    }
    /** The comment as it now stands (the one created, when there was none), or undefined when it could not be written. */
    async write(existing, body) {
        const { owner, repo, number } = this.pr;
        let octokit;
        try {
            octokit = await this.client();
            // The thread could not be read: a comment of ours may be there, and a new one would be a second. Read it again.
            if (!existing && this.unread) {
                const [oldest] = await this.listOurs(octokit, { first: true });
                this.unread = false;
                existing = oldest && stateOf(oldest);
            }
        }
        catch (error) {
            if (this.unread)
                this.warn('read the comments of', error, 'No preview comment is posted: one may be there already.');
            else
                this.warn('comment on', error);
            return existing;
        }
        try {
            if (existing) {
                await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.commentId, body });
                this.log.info(`Updated the preview comment on pull request #${number}.`);
                return existing;
            }
            const created = await this.create(octokit, body);
            this.log.info(`Commented the preview on pull request #${number}.`);
            return created;
        }
        catch (error) {
            this.warn('comment on', error);
            return existing;
        }
    }
    /**
     * A new comment. A POST that failed with a 5xx (or on the network) may have been written all the same, so it is not
     * retried blindly, which could leave two comments: the thread is read again (reads are retried), and the comment
     * posted again only when it is not there. Rate limits are waited out as for any request: GitHub wrote nothing.
     */
    async create(octokit, body) {
        const { owner, repo, number } = this.pr;
        const post = async (request) => {
            const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request });
            return { id: data.id, body, author: data.user?.login };
        };
        let posted;
        try {
            posted = await post({ retries: 0 });
        }
        catch (error) {
            const status = error.status ?? 0;
            if (status < 500)
                throw error;
            const written = await this.keepOldest(octokit, body);
            if (written)
                return written;
            this.log.info(`GitHub answered HTTP ${status} to the preview comment, which is not there: posting it again.`);
            posted = await post();
        }
        try {
            return (await this.keepOldest(octokit, body, posted)) ?? stateOf(posted);
        }
        catch (error) {
            this.warn('read the comments of', error, 'A second preview comment, posted at the same time, may remain.');
            return stateOf(posted);
        }
    }
    /**
     * Two runs of a pull request at once (a workflow without a concurrency group) may each post a comment. So after a
     * post the thread is read again: the oldest of this action's comments, the one find() picks, is kept and given
     * this run's body (the newest state), and this action's other comments by the author of the one `posted` (the
     * other run's, and this run's own when it is not the oldest) are deleted; nobody else's. A run whose post failed
     * and may have been written deletes nothing: it cannot tell its own comment apart.
     */
    async keepOldest(octokit, body, posted) {
        const { owner, repo } = this.pr;
        const ours = await this.listOurs(octokit);
        const oldest = ours[0];
        if (!oldest)
            return posted && stateOf(posted);
        if (oldest.body !== body)
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
        if (posted) {
            // Listed, or not yet listed: the comment this run posted goes too when it is not the oldest.
            const others = ours.slice(1).filter((comment) => comment.author === posted.author);
            if (oldest.id !== posted.id && !others.some((comment) => comment.id === posted.id))
                others.push(posted);
            for (const other of others)
                await this.remove(octokit, other.id);
            if (others.length > 0) {
                this.log.info(`Kept the oldest preview comment on pull request #${this.pr.number} and deleted ${others.length} newer ` +
                    `one${others.length === 1 ? '' : 's'} of this action's (another run commented at the same time).`);
            }
        }
        return stateOf({ ...oldest, body });
    }
    /** Delete one of this action's comments; one already gone (the other run deleted it) is no failure. */
    async remove(octokit, commentId) {
        const { owner, repo } = this.pr;
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
        }
        catch (error) {
            if (error.status === 404)
                return;
            this.warn(`delete the duplicate preview comment ${commentId} of`, error);
        }
    }
    /**
     * This action's comments on the pull request, oldest first (GitHub lists them so), with `first` only the oldest.
     * A comment that carries the marker but is not ours is named once per run.
     */
    async listOurs(octokit, options = {}) {
        const ours = [];
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner: this.pr.owner,
            repo: this.pr.repo,
            issue_number: this.pr.number,
            per_page: 100
        });
        for await (const page of pages) {
            for (const comment of page.data) {
                if (!comment.body?.startsWith(PREVIEW_MARKER))
                    continue;
                if (await this.isOurs(comment.user)) {
                    ours.push({ id: comment.id, body: comment.body, author: comment.user?.login });
                    if (options.first)
                        return ours;
                }
                else if (!this.ignored.has(comment.id)) {
                    this.ignored.add(comment.id);
                    const author = comment.user?.login ?? 'a deleted user';
                    this.log.info(`Ignoring comment ${comment.id} by ${author}: it has the preview marker but is not ours.`);
                }
            }
        }
        return ours;
    }
    /**
     * Anyone who can comment can paste the markers, and the tenant a comment names is reused and deleted: only a
     * comment this action could have written counts. Bot accounts (github-actions[bot] for the default token, an
     * app's bot) cannot be used by people; with a personal token, the author is that token's user.
     */
    async isOurs(author) {
        if (!author)
            return false;
        if (author.type === 'Bot')
            return true;
        // Asked only when a person's comment carries the marker; installation tokens cannot read /user (403).
        this.self ??= this.client()
            .then((octokit) => octokit.rest.users.getAuthenticated())
            .then(({ data }) => data.login, () => undefined);
        return author.login === (await this.self);
    }
    warn(action, error, consequence) {
        const status = error.status;
        const message = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .failureMessage */ .o)(error);
        const hint = status === 403 || status === 404 || status === 401
            ? ' The "github-token" needs `permissions: pull-requests: write` (fork pull requests only get a read-only token).'
            : '';
        this.log.warning(`Could not ${action} pull request #${this.pr.number} (${status ? `HTTP ${status}: ` : ''}${message}).${hint}` +
            `${consequence ? ` ${consequence}` : ''} The tenant work is not affected.`);
    }
    client() {
        return (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .octokit */ .A)(this.token, this.log, this.timing);
    }
    commit() {
        return this.pr.headSha ? `\`${this.pr.headSha.slice(0, 7)}\`` : 'unknown commit';
    }
    time() {
        return (0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .utcText */ .k)(this.now());
    }
}
/** The first changes, within the bounds, as Markdown; a key the tenant held may hold any character, so each is code(). */
function listedChanges(changes) {
    const listed = [];
    let characters = 0;
    for (const { key, change } of changes.slice(0, MAX_LISTED_KEYS)) {
        const item = `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(key)} (${change})`;
        characters += item.length + 2;
        if (characters > MAX_LISTED_CHARACTERS)
            break;
        listed.push(item);
    }
    return listed;
}


/***/ })

};
