export const id = 709;
export const ids = [709];
export const modules = {

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Cz: () => (/* binding */ positiveDuration),
/* harmony export */   Hd: () => (/* binding */ lowerName),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/**
 * The kinds of value promotion.yml is made of, defined once: every section (the phases' and
 * those of the later stages beside their code) spells a duration, a name or a table the same
 * way, with the same message when it is wrong.
 */
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .Cq), 'must be a duration such as 250ms, 5s, 10min or 1h');
/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
function positiveDuration(max) {
    return duration.refine((d) => {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(d) ?? 0;
        return ms > 0 && (max === undefined || ms <= max.ms);
    }, max ? `must be more than 0 and at most ${max.text}` : 'must be longer than zero');
}
/** A plain PostgreSQL identifier: nothing in the config can smuggle SQL. */
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const qualifiedName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.name with plain identifiers');
/** Names pg-promote's own things are known by: flags, gates, probes. */
const lowerName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _');


/***/ }),

/***/ 1561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


/**
 * A JSON file named by an option (--results, --compare): read whole, with a size limit, and
 * every way it can be wrong is a usage error naming the option and the file. What the document
 * must look like is the caller's to check.
 */
function readJsonFile(abs, where, expected) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${where.key}: ${code === 'ENOENT' ? `file not found${expected.hint ? ` (${expected.hint})` : ''}` : err.message}`, where);
    }
    if (text.length > expected.maxBytes)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${where.key}: file is too large to be ${expected.what}`, where);
    try {
        return JSON.parse(text);
    }
    catch {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${where.key}: not JSON (pass ${expected.what})`, where);
    }
}


/***/ }),

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notify: () => (/* binding */ notify)
});

// EXTERNAL MODULE: ./src/commands/index.ts + 26 modules
var commands = __webpack_require__(1041);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/notify/config.ts
var config = __webpack_require__(5287);
;// CONCATENATED MODULE: ./src/notify/deliver.ts
/**
 * POSTs one payload, retrying a failed or timed-out attempt a bounded number of times with a
 * doubling wait, so the total time is at most (1 + retries) timeouts plus the waits. Errors
 * are described from their code or HTTP status, never from the library's message or the
 * response body alone, which can carry the URL; anything left is scrubbed of it.
 */
async function deliver(webhook, url, payload, options) {
    const started = Date.now();
    const body = JSON.stringify(payload);
    const of = options.retries + 1;
    let last = { error: 'not attempted' };
    for (let attempt = 1; attempt <= of; attempt++) {
        // Scrubbed here, before it goes anywhere: a retry's progress line is printed too.
        const raw = await attemptOnce(url, body, options.timeoutMs);
        last = { ...raw, error: raw.error && scrub(raw.error, url, webhook) };
        if (!last.error)
            return { ok: true, attempts: attempt, httpStatus: last.httpStatus, durationMs: Date.now() - started };
        if (attempt < of) {
            const waitMs = options.retryBackoffMs * 2 ** (attempt - 1);
            options.onRetry?.(attempt, of, last.error, waitMs);
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
    }
    return { ok: false, attempts: of, httpStatus: last.httpStatus, error: last.error, durationMs: Date.now() - started };
}
async function attemptOnce(url, body, timeoutMs) {
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'pg-promote' },
            body,
            redirect: 'manual',
            signal: AbortSignal.timeout(timeoutMs),
        });
        // Read (bounded by the same timeout, and in size) so the connection is released; keep a short reason.
        const text = (await readAtMost(response, REPLY_LIMIT_BYTES)).slice(0, 200).replace(/\s+/g, ' ').trim();
        if (response.status >= 200 && response.status < 300)
            return { httpStatus: response.status, error: '' };
        if (response.status >= 300 && response.status < 400)
            return { httpStatus: response.status, error: `HTTP ${response.status} (a redirect, not followed)` };
        return { httpStatus: response.status, error: `HTTP ${response.status}${text ? `: ${text.slice(0, 100)}` : ''}` };
    }
    catch (err) {
        return { error: describe(err, timeoutMs) };
    }
}
/** A reply is only ever a short reason: more than this is dropped unread, however much the server sends. */
const REPLY_LIMIT_BYTES = 4096;
/**
 * The reply's first `limit` bytes; the rest is cancelled, not read, so a server that answers
 * with an endless body cannot make the process hold it (it once grew to gigabytes).
 */
async function readAtMost(response, limit) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    try {
        while (size < limit) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value.subarray(0, limit - size));
            size += Math.min(value.byteLength, limit - size);
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
}
function describe(err, timeoutMs) {
    const e = err;
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError')
        return `no answer within ${timeoutMs} ms (timed out)`;
    const code = e.cause?.code ?? e.code;
    const known = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ENOTFOUND: 'host not found',
        EAI_AGAIN: 'host name lookup failed',
        ETIMEDOUT: 'connection timed out',
        UND_ERR_SOCKET: 'connection closed by the server',
        CERT_HAS_EXPIRED: 'TLS certificate expired',
        DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
    };
    if (code && known[code])
        return `${known[code]} (${code})`;
    // Anything else: the cause's first line (scrubbed of the URL by the caller).
    const cause = e.cause?.message?.split('\n')[0]?.slice(0, 100);
    return `request failed${code ? ` (${code})` : ''}${cause ? `: ${cause}` : ''}`;
}
/** Belt and braces: whatever the server echoed, the URL (or its path, where the token is) never leaves. */
function scrub(text, url, webhook) {
    let out = text;
    for (const secret of [url.href, url.href.replace(/\/$/, ''), url.pathname + url.search, url.search, url.password, url.username]) {
        if (secret && secret.length >= 4 && secret !== '/')
            out = out.split(secret).join(`<${webhook.urlEnv}>`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/notify/message.ts
const SUBJECTS = {
    start: 'PROMOTION STARTED',
    gate: 'SIGN-OFF NEEDED',
    success: 'PROMOTION SUCCEEDED',
    failure: 'PROMOTION FAILED',
    rollback: 'ROLLBACK INITIATED',
};
/** The run link and who/where, from the GITHUB_* variables the runner sets (absent elsewhere). */
function githubRun(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
    const url = server && repo && runId && /^\d+$/.test(runId) ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}` : undefined;
    return { url, actor: env.GITHUB_ACTOR || undefined, ref: env.GITHUB_REF_NAME || undefined, workflow: env.GITHUB_WORKFLOW || undefined, sha: env.GITHUB_SHA?.slice(0, 12) || undefined };
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function failureText(facts) {
    const f = facts.failure;
    return f ? `${f.command} failed${f.file ? ` (${f.file})` : ''}: ${f.message}` : undefined;
}
function countsText(facts) {
    if (!facts.stages.some((s) => s.command === 'migrate'))
        return undefined;
    return `${facts.applied} applied, ${facts.pending} pending, ${facts.failed} failed`;
}
/**
 * The message for one moment of the promotion, filled from the run. For a rollback it is the
 * runbook's Communication Template: Status, Impact, ETA, Action Required, "Will update in 15
 * minutes.", each line filled from the results when the run knows it, from the config's
 * notifications.rollback when it cannot.
 */
function buildMessage(event, config, facts, run, note) {
    const subject = `[${SUBJECTS[event]}] ${config.title}`;
    const fields = [];
    const add = (label, value) => {
        if (value)
            fields.push({ label, value });
    };
    const databases = facts.databases.join(', ') || undefined;
    const failure = failureText(facts);
    let footer;
    switch (event) {
        case 'start':
            add('Status', `Promotion started${run.actor ? ` by ${run.actor}` : ''}`);
            add('Database', databases);
            add('Window', facts.window);
            add('Note', note);
            break;
        case 'gate':
            add('Status', 'Waiting for sign-off before the next stage');
            add('Note', note);
            add('Database', databases);
            add('So far', facts.stages.map((s) => `${s.command} ${s.ok ? 'ok' : 'FAILED'}`).join(', ') || undefined);
            break;
        case 'success':
            add('Status', 'Promotion complete');
            add('Database', databases);
            add('Migrations', countsText(facts));
            add('Stages', facts.stages.map((s) => s.command).join(', ') || undefined);
            add('Note', note);
            break;
        case 'failure':
            add('Status', failure ? `Promotion failed: ${failure}` : 'Promotion failed');
            add('Database', databases);
            add('Migrations', countsText(facts));
            add('Note', note);
            break;
        case 'rollback': {
            const issue = note ?? failure ?? 'an issue not described (pass --message)';
            const r = facts.restore;
            add('Status', r ? `Rolled back due to ${issue}: ${r.database} restored from the backup taken ${r.takenAt}` : `Rolling back due to ${issue}`);
            if (note && failure)
                add('Failed stage', failure);
            const off = facts.flagsOff?.length ? `flags off: ${facts.flagsOff.map((f) => `${f.name} (was ${f.from}%)`).join(', ')}` : undefined;
            const restoring = r ? `${r.database} is back at its pre-promotion state` : `${databases ?? 'the production database'} is being restored to its pre-promotion backup`;
            add('Impact', config.rollback.impact ?? [restoring, off].filter(Boolean).join('; '));
            add('ETA', config.rollback.eta ?? (r ? `done (the restore took ${seconds(r.durationMs)})` : run.url ? `follow the run: ${run.url}` : 'when the restore completes'));
            add('Action Required', config.rollback.actionRequired);
            footer = 'Will update in 15 minutes.';
            break;
        }
    }
    const context = [run.actor && `by ${run.actor}`, run.workflow && `workflow ${run.workflow}`, run.ref && `ref ${run.ref}`, run.sha && `commit ${run.sha}`].filter((c) => Boolean(c));
    const tone = event === 'success' ? 'good' : event === 'failure' || event === 'rollback' ? 'attention' : 'accent';
    return { event, subject, fields, footer, runUrl: run.url, context, tone };
}
/** The message as plain text: the Slack fallback `text`, and what the log shows. */
function messageText(m) {
    return [
        `Subject: ${m.subject}`,
        '',
        ...m.fields.map((f) => `${f.label}: ${f.value}`),
        ...(m.footer ? ['', m.footer] : []),
        ...(m.runUrl ? ['', `Run: ${m.runUrl}`] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/notify/payloads.ts

/**
 * The two wire formats. Slack (and Slack-compatible incoming webhooks: Mattermost, Rocket.Chat)
 * gets {text, blocks}: `text` is the whole message in plain text (notifications and clients
 * without blocks), the blocks lay it out. Teams gets an Adaptive Card message, which is what
 * Teams Workflows ("Post to a channel when a webhook request is received") webhooks take;
 * Office 365 connector MessageCards are being retired by Microsoft, so they are not used.
 */
function slackPayload(m) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: m.subject.slice(0, 150), emoji: false } },
        { type: 'section', text: { type: 'mrkdwn', text: m.fields.map((f) => `*${slackEscape(f.label)}:* ${slackEscape(f.value)}`).join('\n').slice(0, 3000) || ' ' } },
    ];
    if (m.footer)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackEscape(m.footer) } });
    const context = [...(m.runUrl ? [`<${m.runUrl}|Open the run>`] : []), ...m.context.map(slackEscape)];
    if (context.length > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
    // The fallback `text` is what notifications and previews show, parsed as mrkdwn like the blocks.
    return { text: slackEscape(messageText(m)), blocks };
}
function teamsPayload(m) {
    const body = [
        { type: 'TextBlock', text: teamsEscape(m.subject), weight: 'Bolder', size: 'Medium', wrap: true, color: m.tone },
        { type: 'FactSet', facts: m.fields.map((f) => ({ title: teamsEscape(f.label), value: teamsEscape(f.value) })) },
    ];
    if (m.footer)
        body.push({ type: 'TextBlock', text: teamsEscape(m.footer), wrap: true });
    if (m.context.length > 0)
        body.push({ type: 'TextBlock', text: teamsEscape(m.context.join(' · ')), isSubtle: true, size: 'Small', wrap: true });
    const content = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body };
    if (m.runUrl)
        content.actions = [{ type: 'Action.OpenUrl', title: 'Open the run', url: m.runUrl }];
    return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }] };
}
/** Slack's mrkdwn gives &, < and > meaning; text from the run must not turn into links or mentions. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Adaptive Cards read TextBlock and Fact text as Markdown (bold, italic, links, lists) and Teams
 * reads `<at>` as a mention: a file name or error must show as written, never as a link or a
 * format. A backslash makes any punctuation literal; a bracket only makes a link before `(`, a
 * list marker only at a line's start.
 */
function teamsEscape(text) {
    return text.replace(/[\\`*_~<>]|\](?=\()/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(?=\s|$)/gm, (_, space, marker) => `${space}${marker.replace(/([-+.])$/, '\\$1')}`);
}

;// CONCATENATED MODULE: ./src/notify/run-facts.ts
function runFacts(results) {
    const failedStage = results.find((r) => !r.ok);
    const facts = {
        databases: [...new Set(results.map((r) => r.database?.target).filter((t) => Boolean(t)))],
        stages: results.map((r) => ({ command: r.command, ok: r.ok })),
        applied: 0,
        pending: 0,
        failed: 0,
    };
    for (const r of results) {
        if (r.command !== 'migrate' || !r.counts)
            continue;
        facts.applied += r.counts.applied;
        facts.pending += r.counts.pending;
        facts.failed += r.counts.failed;
    }
    if (failedStage) {
        facts.failure = {
            command: failedStage.command,
            message: failedStage.error?.message ?? 'failed',
            kind: failedStage.error?.kind,
            file: failedStage.error?.file,
        };
    }
    const restored = results.find((r) => r.restore && r.ok)?.restore;
    if (restored)
        facts.restore = { database: restored.database, takenAt: restored.takenAt, backupPath: restored.backupPath, durationMs: restored.durationMs };
    const off = results.find((r) => r.flags?.action === 'off' && r.ok)?.flags;
    if (off)
        facts.flagsOff = off.changes.map((c) => ({ name: c.name, from: c.from }));
    const window = results.find((r) => r.window)?.window;
    if (window)
        facts.window = window.inside ? `inside '${window.name}'` : window.overridden ? `outside every window, overridden: ${window.overridden.reason}` : 'outside every window';
    return facts;
}

// EXTERNAL MODULE: ./src/report/stage-results.ts
var stage_results = __webpack_require__(9607);
;// CONCATENATED MODULE: ./src/notify/webhook-url.ts

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
/**
 * A webhook's URL from its environment variable, checked before anything is sent. Every
 * message names the webhook and the variable, never the value: the URL is the secret.
 * A variable that is unset or empty is a setup mistake, not a delivery failure, so it is an
 * error (exit 2) even for a webhook that is not required; `notify --event start` finds it
 * before a promotion touches anything.
 */
function webhookUrl(webhook, env) {
    const key = `notifications.webhooks.${webhook.name}.url_env`;
    const value = env[webhook.urlEnv]?.trim();
    if (!value) {
        throw (0,promote_error/* configError */.Fj)(`webhook '${webhook.name}': the environment variable ${webhook.urlEnv} is not set (it must hold the webhook URL, from a secret); nothing was sent`, { key });
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,promote_error/* configError */.Fj)(`webhook '${webhook.name}': ${webhook.urlEnv} does not hold a URL; nothing was sent`, { key });
    }
    // Credentials in the URL would go out as a Basic header no webhook service asks for, and are
    // a second secret beside the path: refused, naming neither.
    if (url.username || url.password) {
        throw (0,promote_error/* configError */.Fj)(`webhook '${webhook.name}': ${webhook.urlEnv} holds a URL with a user name or password before the host (user:pass@); webhook URLs carry their secret in the path, so remove it; nothing was sent`, { key });
    }
    const loopbackHttp = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
    if (url.protocol !== 'https:' && !loopbackHttp) {
        throw (0,promote_error/* configError */.Fj)(`webhook '${webhook.name}': ${webhook.urlEnv} holds a URL with scheme ${url.protocol.replace(/:$/, '')}; webhooks must be https (plain http only to 127.0.0.1, ::1 or localhost, for tests); nothing was sent`, { key });
    }
    return url;
}

// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/notify.ts










/**
 * The runbook's "stakeholders notified" and its rollback Communication Template, sent rather
 * than remembered: one message for one moment of the promotion, filled from the run (GitHub's
 * run link, actor and ref; the stage results given with --results), posted to every webhook
 * the config subscribes to that event. Every URL is checked before anything is sent. A
 * delivery that still fails after its retries is reported, and fails the step only when its
 * webhook is `required`.
 */
async function notify(ctx) {
    const request = ctx.options.notify ?? {};
    const event = request.event?.trim();
    if (!event)
        throw (0,promote_error/* usageError */.Wp)(`notify needs --event (${config/* NOTIFY_EVENTS */.yK.join(', ')})`, { key: '--event' });
    if (!config/* NOTIFY_EVENTS */.yK.includes(event)) {
        throw (0,promote_error/* usageError */.Wp)(`--event must be one of ${config/* NOTIFY_EVENTS */.yK.join(', ')}, not '${event}'`, { key: '--event' });
    }
    const settings = ctx.config.notifications;
    const env = process.env;
    const facts = runFacts((0,stage_results/* readStageResults */.N)(ctx.options.root, request.results ?? [], commands/* COMMANDS */.Lo));
    const targets = settings.webhooks.filter((w) => w.events.includes(event));
    // All URLs first: a bad one stops the run before any webhook has been posted to.
    const urls = targets.map((w) => webhookUrl(w, env));
    const message = buildMessage(event, settings, facts, githubRun(env), request.message?.trim() || undefined);
    if (targets.length === 0) {
        ctx.envelope.warnings.push(`no webhook in ${ctx.config.source} listens to '${event}' (notifications.webhooks.*.events); nothing was sent`);
        return { notifications: [] };
    }
    ctx.emit({ type: 'progress', stage: 'notify', message: `${message.subject} -> ${targets.map((w) => w.name).join(', ')}` });
    for (const line of messageText(message).split('\n'))
        ctx.emit({ type: 'progress', stage: 'notify', message: `  ${line}` });
    const results = await Promise.all(targets.map(async (webhook, i) => {
        const payload = webhook.format === 'slack' ? slackPayload(message) : teamsPayload(message);
        const delivery = await deliver(webhook, urls[i], payload, {
            retries: settings.retries,
            retryBackoffMs: settings.retryBackoffMs,
            timeoutMs: settings.timeoutMs,
            onRetry: (attempt, of, error, waitMs) => ctx.emit({ type: 'progress', stage: 'notify', message: `${webhook.name}: attempt ${attempt} of ${of} failed (${error}); retrying in ${waitMs} ms` }),
        });
        return {
            webhook: webhook.name,
            format: webhook.format,
            event: event,
            ok: delivery.ok,
            status: delivery.ok ? 'sent' : 'failed',
            attempts: delivery.attempts,
            httpStatus: delivery.httpStatus,
            error: delivery.error,
            required: webhook.required,
            durationMs: delivery.durationMs,
        };
    }));
    for (const r of results.filter((r) => !r.ok && !r.required)) {
        ctx.envelope.warnings.push(`webhook '${r.webhook}' was not notified after ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}: ${r.error} (not required, so the run goes on)`);
    }
    const requiredFailures = results.filter((r) => !r.ok && r.required);
    if (requiredFailures.length === 0)
        return { notifications: results };
    const first = requiredFailures[0];
    return new outcome/* Failed */.cV({ notifications: results }, new promote_error/* CheckFailed */.EC(`required webhook${requiredFailures.length > 1 ? 's' : ''} ${requiredFailures.map((r) => `'${r.webhook}'`).join(', ')} not notified after ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}: ${first.error}`, {
        key: `notifications.webhooks.${first.webhook}`,
    }));
}


/***/ }),

/***/ 5287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ buildNotificationsConfig),
/* harmony export */   i5: () => (/* binding */ notificationsSection),
/* harmony export */   yK: () => (/* binding */ NOTIFY_EVENTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * Where promotion messages go. Each webhook is named, and the config holds only the NAME of
 * the environment variable with its URL: webhook URLs are secrets (whoever has one can post),
 * so they live in the CI's secrets, never in the repository, and are never printed.
 */
const NOTIFY_EVENTS = ['start', 'gate', 'success', 'failure', 'rollback'];
const duration = (max, maxText) => (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)({ ms: max, text: maxText });
const webhook = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    url_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be the name of an environment variable (letters, digits, _), not a URL')
        .describe('The environment variable holding the webhook URL (from a CI secret). https only.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['slack', 'teams']).describe('slack: {text, blocks}; teams: an Adaptive Card message (Teams Workflows webhook).'),
    events: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS)).min(1, 'must list at least one event').default([...NOTIFY_EVENTS]).describe('Which moments this webhook hears about.'),
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('true: a delivery that still fails after the retries fails the step (exit 1). Default: reported only.'),
})
    .describe('One webhook.');
const notificationsSection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200).default('Database promotion').describe("The promotion's name in every subject line, the report's heading and the rollback notice."),
    webhooks: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'webhook names are letters, digits, _ . -'), webhook)
        .default({})
        .describe('Webhooks by name.'),
    retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(5).default(2).describe('Further attempts after a failed or timed-out delivery.'),
    retry_backoff: duration(60_000, '1min').default('1s').describe('Wait before the first retry; doubles each time.'),
    timeout: duration(60_000, '1min').default('10s').describe('How long one delivery attempt may take.'),
    rollback: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        impact: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Impact line of the rollback message. Default: filled from the run.'),
        eta: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('ETA line of the rollback message. Default: filled from the run.'),
        action_required: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).default('None').describe('Action Required line of the rollback message.'),
    })
        .default({ action_required: 'None' })
        .describe("The runbook's Communication Template lines a run cannot know."),
})
    .describe('Promotion messages to Slack or Teams webhooks: pg-promote notify --event start|gate|success|failure|rollback.');
function buildNotificationsConfig(s, _root) {
    return {
        title: s.title,
        webhooks: Object.entries(s.webhooks).map(([name, w]) => ({ name, urlEnv: w.url_env, format: w.format, events: w.events, required: w.required })),
        retries: s.retries,
        retryBackoffMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.retry_backoff),
        timeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.timeout),
        rollback: { impact: s.rollback.impact, eta: s.rollback.eta, actionRequired: s.rollback.action_required },
    };
}


/***/ }),

/***/ 9607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readStageResults)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_json_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1561);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/**
 * Reads the stage results a report is built from: the `--json` output of each stage (or the
 * action's result-json file). Anything else is a usage error naming the file.
 */
function readStageResults(root, files, commands) {
    return files.map((file) => {
        const where = { key: '--results', file };
        const parsed = (0,_config_json_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonFile */ .J)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, file), where, {
            what: 'the --json output of a pg-promote stage',
            maxBytes: MAX_RESULT_BYTES,
            hint: '',
        });
        const valid = parsed !== null && typeof parsed === 'object' &&
            commands.includes(parsed.command) &&
            typeof parsed.startedAt === 'string' && typeof parsed.ok === 'boolean' && typeof parsed.durationMs === 'number' &&
            // Only a command that applies files reports them (earlier results carried empty lists for every command).
            (parsed.phases === undefined || (Array.isArray(parsed.phases) && parsed.counts !== undefined));
        if (!valid)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('--results: not a pg-promote stage result (expected the --json output of plan, migrate, backup, verify, ...)', where);
        return parsed;
    });
}


/***/ })

};
