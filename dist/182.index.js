export const id = 182;
export const ids = [182,750];
export const modules = {

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ ensureEventsTable),
/* harmony export */   RP: () => (/* binding */ EVENTS_TABLE),
/* harmony export */   yM: () => (/* binding */ recordEvent)
/* harmony export */ });
/* unused harmony exports createEventsSql, EVENTS_EXISTS_SQL, insertEventSql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/**
 * The promotion's audit trail of decisions, beside the schema history: what was allowed and
 * why (a migration without a backup, an approval, a maintenance-window override, a flag
 * change). One row per decision; rows are only ever added.
 */
const EVENTS_TABLE = 'promotion_events';
const eventsTable = (schema) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(EVENTS_TABLE)}`;
function createEventsSql(schema) {
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)};
CREATE TABLE IF NOT EXISTS ${eventsTable(schema)} (
  id            bigserial   PRIMARY KEY,
  execution_id  uuid,
  at            timestamptz NOT NULL DEFAULT now(),
  actor         text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  event         text        NOT NULL,
  detail        jsonb       NOT NULL DEFAULT '{}'::jsonb
);`;
}
const EVENTS_EXISTS_SQL = 'SELECT to_regclass($1) IS NOT NULL AS present';
function insertEventSql(schema) {
    return `INSERT INTO ${eventsTable(schema)} (execution_id, actor, event, detail) VALUES ($1, $2, $3, $4::jsonb) RETURNING id::text`;
}
/**
 * Creates the table when missing; two runs racing to create it is fine. Call it before a
 * transaction that records an event: inside one, losing that race would abort the transaction.
 */
async function ensureEventsTable(client, historySchema) {
    const exists = await client.query(EVENTS_EXISTS_SQL, [eventsTable(historySchema)]);
    if (exists.rows[0]?.present)
        return;
    try {
        await client.query(createEventsSql(historySchema));
    }
    catch (err) {
        // 42P07/23505: another run created it between our probe and our CREATE.
        const code = err.code;
        if (code !== '42P07' && code !== '23505')
            throw err;
    }
}
/** Adds the row, creating the table first when missing. */
async function recordEvent(client, historySchema, event) {
    await ensureEventsTable(client, historySchema);
    const inserted = await client.query(insertEventSql(historySchema), [
        event.executionId ?? null,
        event.actor,
        event.event,
        JSON.stringify(event.detail ?? {}),
    ]);
    return inserted.rows[0].id;
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const match = new RegExp(DURATION_PATTERN).exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2];
    return Math.round(Number.parseFloat(text) * (UNIT_MS[unit] ?? 0));
}


/***/ }),

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
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .C), 'must be a duration such as 250ms, 5s, 10min or 1h');
/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
function positiveDuration(max) {
    return duration.refine((d) => {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(d) ?? 0;
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

/***/ 9750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ connectionError),
/* harmony export */   openSession: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the URL, which may carry the password.
 */
async function openSession(url, target, applicationName) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: url,
        application_name: applicationName,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        // Queries handed over together go out together: a run of migration files is sent without
        // waiting for each answer (see migrate/transactional.ts). Awaited one by one, as everywhere
        // else, queries behave exactly as without it.
        pipeline: true,
    });
    let lostWith;
    // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
    client.on('error', (err) => {
        lostWith = err;
    });
    try {
        await client.connect();
    }
    catch (err) {
        await client.end().catch(() => undefined);
        throw connectionError(err, target);
    }
    const version = await client.query('SHOW server_version');
    return {
        client,
        target,
        serverVersion: version.rows[0]?.server_version ?? 'unknown',
        lost: () => lostWith,
        close: async () => {
            await client.end().catch(() => undefined);
        },
    };
}
function connectionError(err, target) {
    const e = err;
    const reason = describeConnectFailure(e, target);
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `cannot connect to ${target.display}: ${reason}`, {
        object: target.display,
        sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
    });
}
function describeConnectFailure(e, target) {
    switch (e.code) {
        case 'ECONNREFUSED':
            return 'connection refused (is the server running and accepting TCP connections on that port?)';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host '${target.host}' not found`;
        case 'ETIMEDOUT':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'server unreachable';
        case '28P01':
            return `password authentication failed for user '${target.user}'`;
        case '28000':
            return `the server rejected user '${target.user}' (check pg_hba.conf and the role)`;
        case '3D000':
            return `database '${target.database}' does not exist`;
        case '53300':
            return 'the server has no free connection slots';
        default:
            break;
    }
    const message = e.message ?? String(e);
    if (/timeout/i.test(message))
        return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`;
    if (/SASL|password must be a string/i.test(message))
        return 'the server asks for a password and none was given';
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ramp: () => (/* binding */ ramp)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/db/session.ts
var session = __webpack_require__(9750);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/flags/store.ts
var store = __webpack_require__(4862);
// EXTERNAL MODULE: ./src/ramp/config.ts
var ramp_config = __webpack_require__(152);
// EXTERNAL MODULE: ./src/ramp/span.ts
var span = __webpack_require__(8030);
;// CONCATENATED MODULE: ./src/ramp/interruption.ts
/**
 * Ctrl-C, or a cancelled CI job (SIGINT, then SIGTERM), while a ramp watches its gates: the
 * watch stops at once and the flag is set back, rather than the process dying with the flag
 * moved and nobody watching it. Held only for the watch; afterwards signals act as usual.
 */
class Interruption {
    controller = new AbortController();
    onSignal = (signal) => this.controller.abort(signal);
    constructor() {
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    get signal() {
        return this.controller.signal;
    }
    /** The signal that stopped the watch, if one did. */
    get by() {
        return this.controller.signal.aborted ? String(this.controller.signal.reason) : undefined;
    }
    dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
}

// EXTERNAL MODULE: ./src/ramp/gates.ts
var ramp_gates = __webpack_require__(5980);
;// CONCATENATED MODULE: ./src/ramp/watch.ts

function sleep(ms, abort) {
    return new Promise((resolve) => {
        if (abort?.aborted)
            return resolve();
        const timer = setTimeout(done, Math.max(0, ms));
        function done() {
            clearTimeout(timer);
            abort?.removeEventListener('abort', done);
            resolve();
        }
        abort?.addEventListener('abort', done, { once: true });
    });
}
/**
 * Evaluates every gate each interval until the window has passed, the last evaluation exactly
 * at its end. Stops at the first gate that breaches or cannot be evaluated. Each gate runs as
 * its own statement: no transaction (and no snapshot) is held while waiting.
 */
async function watchGates(options, readings) {
    const { gates, window, intervalMs, startedAt } = options;
    for (let tick = 1;; tick++) {
        const due = Math.min(tick * intervalMs, window.windowMs);
        await sleep(startedAt + due - Date.now(), options.abort);
        if (options.abort?.aborted)
            return { healthy: false, why: `interrupted by ${String(options.abort.reason)} before the window passed` };
        const final = due >= window.windowMs;
        const results = [];
        for (const gate of gates) {
            const lost = options.lost();
            results.push(lost ? { name: gate.name, status: 'error', error: `connection lost: ${lost.message}` } : await (0,ramp_gates/* evaluateGate */.DR)(options.client, gate, window, final));
        }
        const reading = { elapsedMs: Date.now() - startedAt, at: new Date().toISOString(), gates: results };
        readings.push(reading);
        const byName = new Map(gates.map((g) => [g.name, g]));
        const line = results.map((r) => (0,ramp_gates/* describeReading */.YB)(byName.get(r.name), r)).join(' · ');
        options.onReading(reading, line);
        const failed = results.find((r) => r.status === 'breach' || r.status === 'error' || r.status === 'no-rows');
        if (failed) {
            return { healthy: false, failed, why: `gate ${(0,ramp_gates/* describeReading */.YB)(byName.get(failed.name), failed)}` };
        }
        if (final)
            return { healthy: true };
    }
}

;// CONCATENATED MODULE: ./src/engine/ramp.ts










/** One ramp per flag at a time: a second run watching the same flag would judge the first's step. */
const TRY_FLAG_LOCK_SQL = "SELECT pg_try_advisory_lock(hashtext('pg-promote ramp:' || $1)) AS locked";
const UNLOCK_FLAG_SQL = "SELECT pg_advisory_unlock(hashtext('pg-promote ramp:' || $1))";
/** Gate queries are bounded; so is the wait for the flag row's lock. */
const RAMP_SETTINGS_SQL = "SELECT set_config('statement_timeout', $1, false), set_config('lock_timeout', $2, false)";
/** The database's clock, as text so no precision is lost on the way back in as $1. */
const NOW_SQL = 'SELECT clock_timestamp()::text AS at';
/**
 * The runbook's feature-flag ramp as a stage: move the flag, record it, watch the health gates
 * for the step's window, and on a breach (or a gate that cannot be evaluated) set the flag
 * back to where it was, record why and fail. Bad input changes nothing.
 */
async function ramp(ctx) {
    const { config } = ctx.prepared;
    const options = ctx.options.ramp ?? {};
    const flag = options.flag;
    if (!flag)
        throw (0,promote_error/* usageError */.Wp)(`ramp needs --flag NAME (flags in the config: ${config.flags.known.map((f) => f.name).join(', ')})`, { key: '--flag' });
    (0,store/* checkKnownFlags */.BK)(config.flags, [flag]);
    const to = options.to;
    if (to === undefined)
        throw (0,promote_error/* usageError */.Wp)('ramp needs --to PERCENT (the rollout percentage to move the flag to)', { key: '--to' });
    if (!Number.isInteger(to) || to < 0 || to > 100)
        throw (0,promote_error/* usageError */.Wp)(`--to must be a percentage from 0 to 100, not ${to}`, { key: '--to' });
    const plan = (0,ramp_config/* rampPlanFor */.tE)(config.ramp, flag);
    const step = (0,ramp_config/* windowFor */.a8)(plan.steps, to);
    const windowMs = options.window ? durationOption('--window', options.window) : step.windowMs;
    const intervalMs = Math.min(options.interval ? durationOption('--interval', options.interval) : config.ramp.intervalMs, windowMs);
    const client = ctx.session.client;
    const locked = await client.query(TRY_FLAG_LOCK_SQL, [flag]);
    if (!locked.rows[0]?.locked) {
        throw new promote_error/* PromoteError */.jG('lock', `another pg-promote ramp of flag '${flag}' is running on this database; the flag was not changed`, { object: flag });
    }
    try {
        const [state] = await (0,store/* readFlags */.uW)(client, config.flags, [flag]);
        const from = state?.percentage ?? 0;
        if (to <= from && !options.force) {
            throw (0,promote_error/* usageError */.Wp)(`flag '${flag}' is at ${from}%; --to ${to} is not above it (pass --force to lower or repeat it)`, { key: '--to' });
        }
        const skipped = plan.steps.filter((s) => s.to > from && s.to < to).map((s) => `${s.to}%`);
        if (skipped.length > 0)
            ctx.result.warnings.push(`flag '${flag}' skips the configured step${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} (${from}% → ${to}%)`);
        await client.query(RAMP_SETTINGS_SQL, [`${config.ramp.gateTimeoutMs}ms`, `${config.lockTimeoutMs}ms`]);
        await moveAndWatch(ctx, { flag, from, to, windowMs, intervalMs, gates: plan.gates, forced: Boolean(options.force) && to <= from });
    }
    finally {
        if (!ctx.session.lost())
            await client.query(UNLOCK_FLAG_SQL, [flag]).catch(() => undefined);
    }
}
async function moveAndWatch(ctx, move) {
    const { config, actor } = ctx.prepared;
    const client = ctx.session.client;
    const executionId = (ctx.result.executionId ??= (0,external_node_crypto_.randomUUID)());
    const historySchema = config.historyTable.schema;
    const movedAt = (await client.query(NOW_SQL)).rows[0].at;
    const [moved] = await (0,store/* setFlags */.YI)(client, config.flags, [move.flag], move.to, actor);
    // What the flag really was when it moved (someone may have changed it since it was read):
    // that is where a revert goes back to.
    const from = moved?.from ?? move.from;
    const startedAt = Date.now();
    const report = {
        flag: move.flag,
        from,
        to: move.to,
        forced: move.forced,
        windowMs: move.windowMs,
        intervalMs: move.intervalMs,
        movedAt,
        gates: move.gates.map((g) => ({ name: g.name, description: g.description, max: g.max, min: g.min })),
        readings: [],
        outcome: 'passed',
        finalPercentage: move.to,
    };
    ctx.result.ramp = report;
    const gateNames = move.gates.map((g) => g.name);
    const progress = (message) => ctx.emit({ type: 'progress', stage: 'ramp', message });
    const interruption = new Interruption();
    let outcome;
    try {
        await (0,events/* recordEvent */.yM)(client, historySchema, {
            executionId,
            actor,
            event: 'flag.ramped',
            detail: { flag: move.flag, from, to: move.to, forced: move.forced, windowMs: move.windowMs, intervalMs: move.intervalMs, gates: gateNames },
        });
        progress(`${move.flag} ${from}% → ${move.to}%; watching ${gateNames.join(', ')} every ${(0,span/* span */.L)(move.intervalMs)} for ${(0,span/* span */.L)(move.windowMs)}`);
        outcome = await watchGates({
            client,
            gates: move.gates,
            window: { movedAt, windowMs: move.windowMs },
            intervalMs: move.intervalMs,
            startedAt,
            lost: () => ctx.session.lost(),
            abort: interruption.signal,
            onReading: (reading, line) => progress(`${move.flag} ${move.to}% · ${(0,span/* span */.L)(reading.elapsedMs)} of ${(0,span/* span */.L)(move.windowMs)} · ${line}`),
        }, report.readings);
        if (outcome.healthy) {
            const [now] = await (0,store/* readFlags */.uW)(client, config.flags, [move.flag]);
            report.finalPercentage = now?.percentage ?? 0;
            if (report.finalPercentage !== move.to) {
                ctx.result.warnings.push(`flag '${move.flag}' was changed to ${report.finalPercentage}% by someone else during the window`);
            }
            await (0,events/* recordEvent */.yM)(client, historySchema, {
                executionId,
                actor,
                event: 'flag.ramp-passed',
                detail: { flag: move.flag, to: move.to, windowMs: move.windowMs, evaluations: report.readings.length },
            });
            return;
        }
    }
    catch (err) {
        // Whatever went wrong after the move (recording it, a gate's session), the flag must not
        // stay moved with nobody watching it.
        outcome = { healthy: false, why: `the watch stopped: ${err.message}` };
    }
    finally {
        interruption.dispose();
    }
    const why = outcome.failed ? `${outcome.why} after ${(0,span/* span */.L)(report.readings[report.readings.length - 1]?.elapsedMs ?? 0)}` : outcome.why;
    report.reason = why;
    await withWorkingClient(ctx, async (c) => {
        const reverted = await (0,store/* setFlagIf */.id)(c, config.flags, move.flag, move.to, from, actor);
        report.finalPercentage = reverted.current;
        report.outcome = reverted.changed ? 'reverted' : 'revert-skipped';
        await (0,events/* recordEvent */.yM)(c, historySchema, {
            executionId,
            actor,
            event: reverted.changed ? 'flag.reverted' : 'flag.revert-skipped',
            detail: { flag: move.flag, from: move.to, to: reverted.changed ? from : reverted.current, reason: why, gate: outcome.failed?.name ?? null },
        });
    });
    const after = report.outcome === 'reverted'
        ? `flag set back to ${from}%`
        : `flag not set back: it was changed to ${report.finalPercentage}% by someone else meanwhile`;
    throw new promote_error/* PromoteError */.jG('check', `ramp of '${move.flag}' to ${move.to}% failed: ${why}; ${after}`, {
        key: outcome.failed ? `ramp.gates.${outcome.failed.name}` : '--flag',
        object: move.flag,
    });
}
/**
 * The revert must happen even when the watch lost its connection: then it gets a new one. If
 * that fails too, the message says so and what to run, since the flag is left where it was moved.
 */
async function withWorkingClient(ctx, work) {
    if (!ctx.session.lost()) {
        await work(ctx.session.client);
        return;
    }
    let fresh;
    try {
        fresh = await (0,session.openSession)(ctx.prepared.url, ctx.prepared.target, 'pg-promote ramp (revert)');
    }
    catch (err) {
        const { flag, from } = ctx.result.ramp;
        throw new promote_error/* PromoteError */.jG('check', `ramp of '${flag}' failed and the flag could NOT be set back (${err.message}); set it by hand: pg-promote ramp --flag ${flag} --to ${from} --force`, { object: flag });
    }
    try {
        await fresh.client.query(RAMP_SETTINGS_SQL, [`${ctx.prepared.config.ramp.gateTimeoutMs}ms`, `${ctx.prepared.config.lockTimeoutMs}ms`]);
        await work(fresh.client);
    }
    finally {
        await fresh.close();
    }
}
function durationOption(key, text) {
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
    if (ms <= 0)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
    return ms;
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ formatErrorLine),
/* harmony export */   HI: () => (/* binding */ formatErrorLines),
/* harmony export */   zi: () => (/* binding */ serverErrorText)
/* harmony export */ });
/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
function formatErrorLine(error) {
    const where = locationOf(error);
    const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
    return `${where ? `${where}: ` : ''}${error.message}${state}`;
}
function formatErrorLines(error) {
    const lines = [formatErrorLine(error)];
    if (error.detail)
        lines.push(`  detail: ${error.detail}`);
    if (error.hint)
        lines.push(`  hint: ${error.hint}`);
    return lines;
}
function locationOf(error) {
    if (error.file) {
        if (error.line === undefined)
            return error.file;
        return error.column === undefined ? `${error.file}:${error.line}` : `${error.file}:${error.line}:${error.column}`;
    }
    return error.key ?? '';
}
/**
 * A server error (or any thrown value) as one line of text with its SQLSTATE, for places that
 * report it as a finding or a reading rather than throw it on.
 */
function serverErrorText(err) {
    const e = err;
    const state = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? ` [SQLSTATE ${e.code}]` : '';
    return `${(e.message ?? String(err)).split('\n')[0]}${state}`;
}


/***/ }),

/***/ 4862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ checkKnownFlags),
/* harmony export */   KB: () => (/* binding */ ensureFlagsTable),
/* harmony export */   YI: () => (/* binding */ setFlags),
/* harmony export */   id: () => (/* binding */ setFlagIf),
/* harmony export */   uW: () => (/* binding */ readFlags)
/* harmony export */ });
/* unused harmony export createFlagsTableSql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const qualified = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`;
function createFlagsTableSql(t) {
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${qualified(t)} (
  name        text        PRIMARY KEY,
  percentage  integer     NOT NULL DEFAULT 0 CHECK (percentage BETWEEN 0 AND 100),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text        NOT NULL DEFAULT current_user
);`;
}
const readSql = (t) => `SELECT name, percentage, updated_at::text AS updated_at, updated_by FROM ${qualified(t)} WHERE name = ANY($1::text[])`;
// One statement per change: the row is locked for the update, and the old value comes back
// with the new one, so two runs cannot both think they moved the flag from the same place.
// The upsert reads `old` (the CROSS JOIN), so the locking read runs first: read after the
// upsert, a row this statement already updated is skipped by FOR UPDATE and `from` would be 0.
const setSql = (t) => `
WITH old AS MATERIALIZED (
  SELECT name, percentage FROM ${qualified(t)} WHERE name = ANY($1::text[]) FOR UPDATE
), upsert AS (
  INSERT INTO ${qualified(t)} AS f (name, percentage, updated_at, updated_by)
  SELECT n, $2::integer, now(), $3 FROM unnest($1::text[]) AS n CROSS JOIN (SELECT count(*) FROM old) AS locked
  ON CONFLICT (name) DO UPDATE SET percentage = EXCLUDED.percentage, updated_at = now(), updated_by = EXCLUDED.updated_by
  RETURNING f.name, f.percentage
)
SELECT u.name, COALESCE(o.percentage, 0) AS from_pct, u.percentage AS to_pct
FROM upsert u LEFT JOIN old o USING (name) ORDER BY u.name`;
/** Names outside the config's `flags.known` are usage errors, reported all at once. */
function checkKnownFlags(config, names, key = '--flag') {
    const known = new Set(config.known.map((f) => f.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')} (flags in the config: ${[...known].join(', ') || 'none'})`, { key });
    }
}
/** Creates the table when missing; two runs racing to create it is fine. */
async function ensureFlagsTable(client, config) {
    const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
    if (exists.rows[0]?.present)
        return;
    try {
        await client.query(createFlagsTableSql(config.table));
    }
    catch (err) {
        const code = err.code;
        if (code !== '42P07' && code !== '23505')
            throw err;
    }
}
/** Current state of the named flags; a flag with no row yet is at 0. */
async function readFlags(client, config, names) {
    const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
    const rows = exists.rows[0]?.present
        ? (await client.query(readSql(config.table), [names])).rows
        : [];
    const byName = new Map(rows.map((r) => [r.name, r]));
    return names.map((name) => {
        const row = byName.get(name);
        return row ? { name, percentage: row.percentage, updatedAt: row.updated_at, updatedBy: row.updated_by } : { name, percentage: 0 };
    });
}
/** Sets every named flag to one percentage in one statement; returns each flag's old and new value. */
async function setFlags(client, config, names, percentage, actor) {
    if (!Number.isInteger(percentage) || percentage < 0 || percentage > 100) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('usage', `a flag's percentage must be a whole number from 0 to 100, not ${percentage}`);
    }
    await ensureFlagsTable(client, config);
    // A name twice would make ON CONFLICT touch one row twice, which PostgreSQL refuses (21000).
    const unique = [...new Set(names)];
    const result = await client.query(setSql(config.table), [unique, percentage, actor]);
    return result.rows.map((r) => ({ name: r.name, from: r.from_pct, to: r.to_pct }));
}
// Compare-and-set: a revert must not undo someone else's later change (a `flags off` during
// the watch, say), so it only moves the flag if it is still where this run put it.
const setIfSql = (t) => `UPDATE ${qualified(t)} SET percentage = $3, updated_at = now(), updated_by = $4 WHERE name = $1 AND percentage = $2 RETURNING percentage`;
/** Sets the flag to `percentage` only if it is at `expected`; otherwise says where it is. */
async function setFlagIf(client, config, name, expected, percentage, actor) {
    const updated = await client.query(setIfSql(config.table), [name, expected, percentage, actor]);
    if (updated.rowCount === 1)
        return { changed: true, current: percentage };
    const [state] = await readFlags(client, config, [name]);
    return { changed: false, current: state?.percentage ?? 0 };
}


/***/ }),

/***/ 152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ buildRampConfig),
/* harmony export */   U3: () => (/* binding */ rampSection),
/* harmony export */   a8: () => (/* binding */ windowFor),
/* harmony export */   tE: () => (/* binding */ rampPlanFor)
/* harmony export */ });
/* unused harmony export RUNBOOK_STEPS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);
/* harmony import */ var _default_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1012);




/**
 * The runbook's feature-flag ramp: each flag moves through steps (10% → 50% → 100%), each
 * step watched for a window while health gates are evaluated. Every duration can be shortened
 * (tests, the demo), none can be zero: a zero window would pass a step without watching it.
 */
const positiveDuration = (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)();
const gateName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const flagName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const step = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    to: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(100).describe('Rollout percentage of this step.'),
    window: positiveDuration.describe('How long the step is watched before the next may start.'),
});
const steps = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(step)
    .min(1, 'must list at least one step')
    .refine((s) => s.every((x, i) => i === 0 || x.to > s[i - 1].to), 'steps must go up: each percentage above the one before');
const gate = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    sql: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .min(1, 'must not be empty')
        .describe('One query; $1 is when the flag moved (timestamptz) and $2, if used, the window as an interval. It returns rows with a numeric column `value`; other columns are shown beside it.'),
    max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional().describe('The highest value that passes (any row above it is a breach).'),
    min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional().describe('The lowest value that passes (any row below it is a breach).'),
})
    .refine((g) => g.max !== undefined || g.min !== undefined, 'gate has no threshold: set max (highest passing value) or min (lowest)')
    .refine((g) => g.max === undefined || g.min === undefined || g.min <= g.max, 'min must not exceed max');
const RUNBOOK_STEPS = [
    { to: 10, window: '30min' },
    { to: 50, window: '1h' },
    { to: 100, window: '1h' },
];
const rampSection = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    steps: steps.default(RUNBOOK_STEPS).describe("Steps of every flag without its own (the runbook's 10% for 30min, 50% for 1h, 100% for 1h)."),
    interval: positiveDuration.default('10s').describe("How often the gates are evaluated while watching (the runbook's watch -n 10)."),
    gate_timeout: positiveDuration.default('30s').describe('statement_timeout of each gate query; a gate that times out fails the step.'),
    gates: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(gateName, gate)
        .default(_default_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GATES */ .dA)
        .describe("Health gates by name (default: the runbook's errors and warnings in audit.service_logs, and the ingest failure rate per minute)."),
    flags: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(flagName, zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        steps: steps.optional().describe("This flag's steps, instead of ramp.steps."),
        gates: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(gateName).min(1, 'must name at least one gate').optional().describe('Gates watched for this flag (default: all).'),
    }))
        .default({})
        .describe('Per-flag steps and gates.'),
})
    .superRefine((s, ctx) => {
    for (const [flag, own] of Object.entries(s.flags)) {
        (own.gates ?? []).forEach((name, i) => {
            if (!(name in s.gates)) {
                ctx.addIssue({ code: 'custom', path: ['flags', flag, 'gates', i], message: `unknown gate '${name}' (gates: ${Object.keys(s.gates).join(', ')})` });
            }
        });
    }
    if (Object.keys(s.gates).length === 0)
        ctx.addIssue({ code: 'custom', path: ['gates'], message: 'must define at least one gate' });
})
    .describe('Feature-flag ramp: steps, windows and health gates for `pg-promote ramp`.');
const ms = (d) => (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(d);
const toSteps = (s) => s.map((x) => ({ to: x.to, windowMs: ms(x.window) }));
function buildRampConfig(section, _root) {
    const s = section ?? rampSection.parse({});
    return {
        steps: toSteps(s.steps),
        intervalMs: ms(s.interval),
        gateTimeoutMs: ms(s.gate_timeout),
        gates: Object.entries(s.gates).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: g.min })),
        flags: Object.fromEntries(Object.entries(s.flags).map(([name, f]) => [name, { steps: f.steps ? toSteps(f.steps) : undefined, gates: f.gates }])),
    };
}
/** A flag's steps and gates: its own where it has them, the section's otherwise. */
function rampPlanFor(config, flag) {
    const own = config.flags[flag];
    const names = own?.gates;
    return {
        steps: own?.steps ?? config.steps,
        gates: names ? config.gates.filter((g) => names.includes(g.name)) : config.gates,
    };
}
/**
 * The window of a move to `to`: the step of that percentage, else the first step above it
 * (a percentage between steps is watched as long as the step it leads to), else the last.
 */
function windowFor(steps, to) {
    return steps.find((s) => s.to === to) ?? steps.find((s) => s.to > to) ?? steps[steps.length - 1];
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   R1: () => (/* binding */ againstThreshold),
/* harmony export */   YB: () => (/* binding */ describeReading)
/* harmony export */ });
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4532);

/** Passes only the parameters the query names: PostgreSQL rejects a bind with more than it uses. */
function parametersFor(sql, window) {
    const used = [...sql.matchAll(/\$([0-9]+)\b/g)].map((m) => Number(m[1]));
    const highest = used.length > 0 ? Math.max(...used) : 0;
    return [window.movedAt, `${window.windowMs / 1000} seconds`].slice(0, highest);
}
const asNumber = (v) => {
    if (v === null || v === undefined || v === '')
        return undefined;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : undefined;
};
const shown = (v) => {
    if (v === null || v === undefined)
        return null;
    if (v instanceof Date)
        return v.toISOString();
    const n = asNumber(v);
    return n !== undefined && typeof v !== 'boolean' ? n : String(v);
};
/**
 * Runs one gate outside any transaction (nothing is held open between evaluations) and judges
 * it. A gate that cannot be evaluated never passes: a failed query is an error at once; no
 * rows is 'pending' while the window runs and 'no-rows' (a failure) when it has ended.
 */
async function evaluateGate(client, gate, window, final) {
    let rows;
    try {
        rows = (await client.query(gate.sql, parametersFor(gate.sql, window))).rows;
    }
    catch (err) {
        return { name: gate.name, status: 'error', error: (0,_errors_format_js__WEBPACK_IMPORTED_MODULE_0__/* .serverErrorText */ .zi)(err) };
    }
    if (rows.length > 0 && !('value' in rows[0])) {
        return { name: gate.name, status: 'error', rows: rows.length, error: "the query returns no column named 'value'" };
    }
    const valued = rows.filter((r) => asNumber(r.value) !== undefined);
    if (valued.length < rows.length) {
        return { name: gate.name, status: 'error', rows: rows.length, error: `${rows.length - valued.length} row(s) with a value that is NULL or not a number` };
    }
    if (valued.length === 0)
        return { name: gate.name, status: final ? 'no-rows' : 'pending', rows: 0 };
    const value = (r) => asNumber(r.value);
    // The worst row decides: the highest against a max, else the lowest against a min.
    const overMax = gate.max !== undefined ? valued.filter((r) => value(r) > gate.max) : [];
    const underMin = gate.min !== undefined ? valued.filter((r) => value(r) < gate.min) : [];
    const pickMax = (list) => list.reduce((a, b) => (value(b) > value(a) ? b : a));
    const pickMin = (list) => list.reduce((a, b) => (value(b) < value(a) ? b : a));
    const worst = overMax.length > 0 ? pickMax(overMax) : underMin.length > 0 ? pickMin(underMin) : gate.max !== undefined ? pickMax(valued) : pickMin(valued);
    const detail = {};
    for (const [k, v] of Object.entries(worst))
        if (k !== 'value')
            detail[k] = shown(v);
    return {
        name: gate.name,
        status: overMax.length > 0 || underMin.length > 0 ? 'breach' : 'ok',
        value: value(worst),
        rows: valued.length,
        detail,
    };
}
/** "14 > 10", "0 ≤ 10", "97 ≥ 95": the value against the threshold it was judged by. */
function againstThreshold(gate, value) {
    if (gate.max !== undefined && value > gate.max)
        return `${value} > ${gate.max}`;
    if (gate.min !== undefined && value < gate.min)
        return `${value} < ${gate.min}`;
    if (gate.max !== undefined)
        return `${value} ≤ ${gate.max}`;
    return `${value} ≥ ${gate.min}`;
}
/** One gate's reading as a few words for a progress line or a message. */
function describeReading(gate, reading) {
    switch (reading.status) {
        case 'error':
            return `${reading.name} cannot be evaluated: ${reading.error}`;
        case 'pending':
            return `${reading.name}: no rows yet`;
        case 'no-rows':
            return `${reading.name} cannot be evaluated: no rows in the whole window`;
        default: {
            const extra = Object.entries(reading.detail ?? {})
                .filter(([, v]) => typeof v === 'number')
                .map(([k, v]) => `${k} ${v}`)
                .join(', ');
            return `${reading.name} ${againstThreshold(gate, reading.value)}${extra ? ` (${extra})` : ''}`;
        }
    }
}


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ span)
/* harmony export */ });
/** A duration as a person reads it in a progress line: 500 ms, 1.5 s, 30 min, 1 h. */
function span(ms) {
    if (ms >= 3_600_000 && ms % 60_000 === 0)
        return `${+(ms / 3_600_000).toFixed(2)} h`;
    if (ms >= 60_000)
        return `${+(ms / 60_000).toFixed(1)} min`;
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}


/***/ })

};
