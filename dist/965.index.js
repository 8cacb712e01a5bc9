export const id = 965;
export const ids = [965];
export const modules = {

/***/ 4346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentReview: () => (/* binding */ commentReview)
});

// UNUSED EXPORTS: commentOnPullRequest

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/parse.ts
var parse = __webpack_require__(8204);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts

/**
 * One comment per pull request that pg-promote keeps up to date: found again by a hidden
 * marker in its body, so every push edits the same comment instead of adding another.
 */
const REVIEW_COMMENT_MARKER = '<!-- pg-promote:review -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
/** The workflow token needs this to comment (the comments API is the issues API). */
const COMMENT_PERMISSION = 'pull-requests: write';
const READ_PERMISSION = 'pull-requests: read';
/** The body as posted: the marker first, and cut (saying so) where GitHub would refuse it. */
function commentBody(markdown, marker = REVIEW_COMMENT_MARKER) {
    const body = `${marker}\n${markdown}`;
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = '\n\n_The review is longer than a comment can be: the rest is in the job summary._';
    return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
/**
 * Ours is the comment a bot (the workflow token) wrote with the marker first: a person quoting
 * the marker in their own comment does not get it overwritten. With `create: false` only an
 * existing comment is updated (a later push with nothing to review corrects an old verdict).
 */
async function upsertComment(client, repo, issueNumber, markdown, options = {}) {
    const marker = options.marker ?? REVIEW_COMMENT_MARKER;
    const { octokit } = client;
    const where = { owner: repo.owner, repo: repo.repo };
    const body = commentBody(markdown, marker);
    const comments = await (0,github_client/* api */.FH)(READ_PERMISSION, () => octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber, per_page: 100 }));
    const ours = comments.find((c) => c.body?.startsWith(marker) && c.user?.type === 'Bot');
    if (ours) {
        const updated = await (0,github_client/* api */.FH)(COMMENT_PERMISSION, () => octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: ours.id, body }));
        return { action: 'updated', id: Number(updated.data.id), url: updated.data.html_url };
    }
    if (options.create === false)
        return undefined;
    const created = await (0,github_client/* api */.FH)(COMMENT_PERMISSION, () => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber, body }));
    return { action: 'created', id: Number(created.data.id), url: created.data.html_url };
}

// EXTERNAL MODULE: ./src/report/review-text.ts
var review_text = __webpack_require__(4170);
;// CONCATENATED MODULE: ./src/action/review-comment.ts







/**
 * Posts the review on its pull request, or edits the comment an earlier push left. A pull
 * request from a fork gets no comment: its workflow has a read-only token, and the token is
 * not touched at all, so nothing of it can leak to code the fork controls.
 */
async function commentOnPullRequest(request) {
    if (request.eventName !== 'pull_request' && request.eventName !== 'pull_request_target') {
        return { status: 'skipped', note: `No pull request comment: the event is ${request.eventName ?? 'unknown'}, not pull_request.` };
    }
    const pr = request.payload?.pull_request;
    const base = pr?.base?.repo?.full_name;
    if (!pr || typeof pr.number !== 'number' || !base) {
        return { status: 'skipped', note: 'No pull request comment: the event payload names no pull request.' };
    }
    const head = pr.head?.repo?.full_name;
    if (head !== base) {
        return { status: 'skipped', note: `No pull request comment: the pull request comes from a fork (${head ?? 'a deleted repository'}); the review is in this summary only.` };
    }
    if (!request.token)
        return { status: 'skipped', note: 'No pull request comment: no github-token was given.' };
    const client = (0,github_client/* githubClient */.$f)({ GITHUB_TOKEN: request.token, GITHUB_API_URL: request.apiUrl });
    const comment = await upsertComment(client, (0,parse/* parseRepo */.E3)(base), pr.number, request.markdown, { create: !request.onlyUpdate });
    if (!comment)
        return { status: 'skipped', note: `No pull request comment: nothing to review, and no earlier review comment on #${pr.number} to correct.` };
    return { status: comment.action, note: `Review comment ${comment.action} on pull request #${pr.number}: ${comment.url}`, url: comment.url };
}
/**
 * After `review`: the comment, from the runner's environment. A pull request without database
 * changes gets no comment. A failed comment is a warning: the review's verdict is the exit code.
 */
async function commentReview(result) {
    if (!result.review)
        return;
    const token = core/* getInput */.V4('github-token') || process.env.GITHUB_TOKEN || '';
    if (token)
        core/* setSecret */.Pq(token);
    let outcome;
    try {
        const eventPath = process.env.GITHUB_EVENT_PATH;
        const payload = eventPath ? JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')) : undefined;
        outcome = await commentOnPullRequest({
            eventName: process.env.GITHUB_EVENT_NAME,
            payload,
            token,
            apiUrl: process.env.GITHUB_API_URL,
            markdown: (0,review_text/* reviewMarkdown */.Wq)(result).join('\n\n'),
            // Nothing to review comments nowhere new, but corrects a verdict an earlier push left.
            onlyUpdate: result.review.nothingToReview,
        });
    }
    catch (err) {
        const message = `No pull request comment: ${(0,promote_error/* asPromoteError */.XO)(err).message}`;
        core/* warning */.$e(message, { title: 'pg-promote review' });
        outcome = { status: 'skipped', note: message };
    }
    core/* info */.pq(outcome.note);
    // Nothing to review keeps its one-line summary unless an old comment was corrected.
    const quiet = result.review.nothingToReview && outcome.status === 'skipped';
    if (process.env.GITHUB_STEP_SUMMARY && !quiet)
        await core/* summary */.z.addRaw(`\n${outcome.note}\n`, true).write();
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   oC: () => (/* binding */ PERMISSION)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);



function githubClient(env) {
    const token = env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('not set: give a token that can read the repository (environments apply: one that can administer it)', {
            key: 'GITHUB_TOKEN',
        });
    }
    const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/.test(baseUrl))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`GITHUB_API_URL must be an http(s) URL, not '${baseUrl}'`, { key: 'GITHUB_API_URL' });
    return { octokit: (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl }), baseUrl, token };
}
/** What the token needs for each kind of call, named in 403 and 404 messages. */
const PERMISSION = {
    readActions: 'actions: read',
    administer: 'administration: write (the workflow GITHUB_TOKEN cannot have it: use a GitHub App or fine-grained token)',
    readMembers: 'members: read on the organization',
    /** Public data (users): a 403 there is the rate limit, handled before permissions are named. */
    none: 'no particular permission',
};
async function api(permission, call, missing) {
    try {
        return await call();
    }
    catch (err) {
        const e = err;
        if (missing && e.status === 404 && e.response)
            return undefined;
        throw apiError(e, permission);
    }
}
function apiError(e, permission) {
    const endpoint = endpointOf(e);
    if (!e.response) {
        // No answer at all: octokit calls a network failure 500; say what actually happened.
        return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${endpoint}: no answer from the GitHub API (${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(e.message ?? 'unknown error')})`, {
            key: 'GITHUB_API_URL',
        });
    }
    const said = githubMessage(e.response.data);
    const answered = `${endpoint} answered ${e.status}${said ? ` (${said})` : ''}`;
    switch (e.status) {
        case 401:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: GitHub rejected the token; check GITHUB_TOKEN`, { key: 'GITHUB_TOKEN' });
        case 403:
        case 429:
            // GitHub answers an exhausted rate limit with 403 (or 429): not a permission problem.
            if (e.status === 429 || String(e.response.headers?.['x-ratelimit-remaining']) === '0') {
                return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: the API rate limit is used up; try again after it resets`);
            }
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: the token lacks ${permission}`, { key: 'GITHUB_TOKEN' });
        case 404:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: not found, or the token cannot see it (it needs ${permission})`, {
                key: 'GITHUB_TOKEN',
            });
        case 422:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${answered}: GitHub refused the request`);
        default:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: try again later`);
    }
}
function endpointOf(e) {
    const method = e.request?.method ?? 'request';
    try {
        return `${method} ${decodeURIComponent(new URL(e.request?.url ?? '').pathname)}`;
    }
    catch {
        return `${method} (unknown URL)`;
    }
}
function githubMessage(data) {
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    return typeof message === 'string' ? (0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(message).slice(0, 200) : '';
}


/***/ })

};
