export const id = 640;
export const ids = [640];
export const modules = {

/***/ 2640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishUnfinished: () => (/* binding */ finishUnfinished),
/* harmony export */   warnOfUnfinishedRamps: () => (/* binding */ warnOfUnfinishedRamps)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2714);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _flags_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4862);
/* harmony import */ var _ramp_interruption_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2433);
/* harmony import */ var _ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5739);
/* harmony import */ var _ramp_watch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6288);







/**
 * Finishes a step a killed ramp left unwatched. `resume` watches it again for a whole window
 * (the gates still count from when the flag moved, so the unwatched time is judged too) and
 * ends as any ramp does; `revert` sets the flag back to where the step found it. Each is
 * recorded, which is what closes the step.
 */
async function finishUnfinished(ctx, out, how, step, overrides) {
    const { config, actor } = ctx.prepared;
    const client = ctx.session.client;
    const executionId = (ctx.envelope.executionId ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)());
    const historySchema = config.historyTable.schema;
    if (how === 'revert') {
        await client.query('BEGIN');
        try {
            const reason = `unfinished step (moved at ${step.at}, never judged) reverted by ramp --revert`;
            const reverted = await (0,_ramp_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .revertStep */ .DP)(ctx, client, step, { reason, gate: null, of: step.eventId });
            await client.query('COMMIT');
            out.ramp = {
                flag: step.flag,
                from: step.from,
                to: step.to,
                forced: false,
                windowMs: step.windowMs,
                intervalMs: step.intervalMs,
                movedAt: step.movedAt,
                gates: [],
                readings: [],
                outcome: reverted.changed ? 'reverted' : 'revert-skipped',
                finalPercentage: reverted.current,
                reason: reverted.changed ? reason : `${reason}; not set back: it was changed to ${reverted.current}% by someone else meanwhile`,
            };
        }
        catch (err) {
            if (!ctx.session.lost())
                await client.query('ROLLBACK').catch(() => undefined);
            throw err;
        }
        return;
    }
    const [state] = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readFlags */ .uW)(client, config.flags, [step.flag]);
    const now = state?.percentage ?? 0;
    if (now !== step.to) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`flag '${step.flag}' is at ${now}%, not at the unfinished step's ${step.to}%: someone changed it since, so there is no step to watch; close it with 'pg-promote ramp --flag ${step.flag} --revert' (it leaves the flag at ${now}% and records that)`, { key: '--resume', object: step.flag });
    }
    const windowMs = overrides.windowMs ?? step.windowMs;
    // The step is watched as it was recorded unless told otherwise.
    const every = overrides.interval.from === '--interval' ? overrides.interval.ms : step.intervalMs || overrides.interval.ms;
    const intervalMs = Math.min(every, windowMs);
    const interruption = new _ramp_interruption_js__WEBPACK_IMPORTED_MODULE_6__/* .Interruption */ ._();
    try {
        await (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .recordEvent */ .yM)(client, historySchema, {
            executionId,
            actor,
            event: 'flag.ramp-resumed',
            detail: { flag: step.flag, from: step.from, to: step.to, windowMs, intervalMs, gates: overrides.gates.map((g) => g.name), movedAt: step.movedAt, of: step.eventId },
        });
    }
    catch (err) {
        interruption.dispose();
        throw err;
    }
    await (0,_ramp_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .watchStep */ .AE)(ctx, out, { flag: step.flag, from: step.from, to: step.to, windowMs, intervalMs, gates: overrides.gates, movedAt: step.movedAt, forced: false, resumed: true }, interruption);
}
/**
 * Commands that touch flags (flags, migrate on production) say when a step is unfinished; only
 * ramp refuses to move such a flag. A check that cannot be made is said too, never fatal here.
 */
async function warnOfUnfinishedRamps(ctx) {
    const { config } = ctx.prepared;
    try {
        const names = config.flags.known.map((f) => f.name);
        for (const u of await (0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_4__/* .findUnfinishedRamps */ .eu)(ctx.session.client, config.historyTable.schema, names))
            ctx.envelope.warnings.push((0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUnfinished */ .ds)(u));
    }
    catch (err) {
        ctx.envelope.warnings.push(`could not check for unfinished flag ramps: ${err.message}`);
    }
}


/***/ }),

/***/ 6288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Og: () => (/* binding */ RAMP_SETTINGS_SQL),
  DP: () => (/* binding */ revertStep),
  AE: () => (/* binding */ watchStep)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/flags/store.ts
var store = __webpack_require__(4862);
// EXTERNAL MODULE: ./src/ramp/span.ts
var span = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/ramp/gates.ts

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
        return { name: gate.name, status: 'error', error: (0,format/* serverErrorText */.zi)(err) };
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
            results.push(lost ? { name: gate.name, status: 'error', error: `connection lost: ${lost.message}` } : await evaluateGate(options.client, gate, window, final));
        }
        const reading = { elapsedMs: Date.now() - startedAt, at: new Date().toISOString(), gates: results };
        readings.push(reading);
        const byName = new Map(gates.map((g) => [g.name, g]));
        const line = results.map((r) => describeReading(byName.get(r.name), r)).join(' · ');
        options.onReading(reading, line);
        const failed = results.find((r) => r.status === 'breach' || r.status === 'error' || r.status === 'no-rows');
        if (failed) {
            return { healthy: false, failed, why: `gate ${describeReading(byName.get(failed.name), failed)}` };
        }
        if (final)
            return { healthy: true };
    }
}

;// CONCATENATED MODULE: ./src/engine/ramp-watch.ts







/** Gate queries are bounded; so is the wait for the flag row's lock. */
const RAMP_SETTINGS_SQL = "SELECT set_config('statement_timeout', $1, false), set_config('lock_timeout', $2, false)";
/**
 * Watches the step's health gates for its window. Healthy: `flag.ramp-passed`. A breach, a gate
 * that cannot be evaluated, a signal (SIGINT/SIGTERM) or anything failing: the flag goes back
 * (compare-and-set), `flag.reverted` records why, and the command fails.
 */
async function watchStep(ctx, out, step, interruption) {
    const { config, actor } = ctx.prepared;
    const client = ctx.session.client;
    const executionId = (ctx.envelope.executionId ??= (0,external_node_crypto_.randomUUID)());
    const historySchema = config.historyTable.schema;
    const startedAt = Date.now();
    const report = {
        flag: step.flag,
        from: step.from,
        to: step.to,
        forced: step.forced,
        resumed: step.resumed || undefined,
        windowMs: step.windowMs,
        intervalMs: step.intervalMs,
        movedAt: step.movedAt,
        gates: step.gates.map((g) => ({ name: g.name, description: g.description, max: g.max, min: g.min })),
        readings: [],
        outcome: 'passed',
        finalPercentage: step.to,
    };
    out.ramp = report;
    const gateNames = step.gates.map((g) => g.name);
    const progress = (message) => ctx.emit({ type: 'progress', stage: 'ramp', message });
    let outcome;
    try {
        progress(`${step.flag} ${step.from}% → ${step.to}%${step.resumed ? ' (resumed)' : ''}; watching ${gateNames.join(', ')} every ${(0,span/* span */.L)(step.intervalMs)} for ${(0,span/* span */.L)(step.windowMs)}`);
        outcome = await watchGates({
            client,
            gates: step.gates,
            window: { movedAt: step.movedAt, windowMs: step.windowMs },
            intervalMs: step.intervalMs,
            startedAt,
            lost: () => ctx.session.lost(),
            abort: interruption.signal,
            onReading: (reading, line) => progress(`${step.flag} ${step.to}% · ${(0,span/* span */.L)(reading.elapsedMs)} of ${(0,span/* span */.L)(step.windowMs)} · ${line}`),
        }, report.readings);
        if (outcome.healthy) {
            const [now] = await (0,store/* readFlags */.uW)(client, config.flags, [step.flag]);
            report.finalPercentage = now?.percentage ?? 0;
            if (report.finalPercentage !== step.to) {
                ctx.envelope.warnings.push(`flag '${step.flag}' was changed to ${report.finalPercentage}% by someone else during the window`);
            }
            await (0,events/* recordEvent */.yM)(client, historySchema, {
                executionId,
                actor,
                event: 'flag.ramp-passed',
                detail: { flag: step.flag, to: step.to, windowMs: step.windowMs, evaluations: report.readings.length, resumed: step.resumed },
            });
            return;
        }
    }
    catch (err) {
        // Whatever went wrong after the move (a gate's session, recording the pass), the flag must
        // not stay moved with nobody watching it.
        outcome = { healthy: false, why: `the watch stopped: ${err.message}` };
    }
    finally {
        interruption.dispose();
    }
    const why = outcome.failed ? `${outcome.why} after ${(0,span/* span */.L)(report.readings[report.readings.length - 1]?.elapsedMs ?? 0)}` : outcome.why;
    report.reason = why;
    await withWorkingClient(ctx, step.flag, async (c) => {
        const reverted = await revertStep(ctx, c, step, { reason: why, gate: outcome.failed?.name ?? null });
        report.finalPercentage = reverted.current;
        report.outcome = reverted.changed ? 'reverted' : 'revert-skipped';
    });
    const after = report.outcome === 'reverted'
        ? `flag set back to ${step.from}%`
        : `flag not set back: it was changed to ${report.finalPercentage}% by someone else meanwhile`;
    throw new promote_error/* CheckFailed */.EC(`ramp of '${step.flag}' to ${step.to}% failed: ${why}; ${after}`, {
        key: outcome.failed ? `ramp.gates.${outcome.failed.name}` : '--flag',
        object: step.flag,
    });
}
/**
 * Sets a step's flag back to where the step found it, unless someone moved it since
 * (compare-and-set), and records which: `flag.reverted` or `flag.revert-skipped`, with why.
 * A failed watch and `ramp --revert` of an unfinished step both end here.
 */
async function revertStep(ctx, client, step, why) {
    const { config, actor } = ctx.prepared;
    const reverted = await (0,store/* setFlagIf */.id)(client, config.flags, step.flag, step.to, step.from, actor);
    await (0,events/* recordEvent */.yM)(client, config.historyTable.schema, {
        executionId: (ctx.envelope.executionId ??= (0,external_node_crypto_.randomUUID)()),
        actor,
        event: reverted.changed ? 'flag.reverted' : 'flag.revert-skipped',
        detail: { flag: step.flag, from: step.to, to: reverted.changed ? step.from : reverted.current, reason: why.reason, gate: why.gate, ...(why.of === undefined ? {} : { of: why.of }) },
    });
    return reverted;
}
/**
 * The revert must happen even when the watch lost its connection: then it gets a new one. If
 * that fails too, the message says so and what to run: the step stays recorded as unfinished,
 * so the next command finds it.
 */
async function withWorkingClient(ctx, flag, work) {
    if (!ctx.session.lost()) {
        await work(ctx.session.client);
        return;
    }
    let fresh;
    try {
        fresh = await (0,session.openSession)(ctx.prepared.target, 'pg-promote ramp (revert)');
    }
    catch (err) {
        throw new promote_error/* CheckFailed */.EC(`ramp of '${flag}' failed and the flag could NOT be set back (${err.message}); set it back with: pg-promote ramp --flag ${flag} --revert`, { object: flag });
    }
    try {
        await fresh.client.query(RAMP_SETTINGS_SQL, [`${ctx.prepared.config.ramp.gateTimeoutMs}ms`, `${ctx.prepared.config.lockTimeoutMs}ms`]);
        await work(fresh.client);
    }
    finally {
        await fresh.close();
    }
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
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`a flag's percentage must be a whole number from 0 to 100, not ${percentage}`);
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

/***/ 2433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ Interruption)
/* harmony export */ });
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


/***/ }),

/***/ 5739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _i: () => (/* binding */ FLAG_LOCK_KEY_SQL),
/* harmony export */   ds: () => (/* binding */ describeUnfinished),
/* harmony export */   eu: () => (/* binding */ findUnfinishedRamps)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2714);
/* harmony import */ var _span_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8030);



/** Events that open a step, and those that close it. */
const OPENING_EVENTS = ['flag.ramped', 'flag.ramp-resumed'];
const CLOSING_EVENTS = ['flag.ramp-passed', 'flag.reverted', 'flag.revert-skipped'];
const lastRampEventSql = (schema) => `
SELECT DISTINCT ON (e.detail->>'flag') e.id::text AS id, e.event, e.detail, e.actor, e.at::text AS at
FROM ${(0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .eventsTable */ .gl)(schema)} AS e
WHERE e.event = ANY($1::text[]) AND e.detail->>'flag' = ANY($2::text[])
ORDER BY e.detail->>'flag', e.id DESC`;
/** The same lock `ramp` holds for a flag while it moves and watches it. */
const FLAG_LOCK_KEY_SQL = "hashtext('pg-promote ramp:' || $1)";
const PROBE_LOCK_SQL = `SELECT pg_try_advisory_lock(${FLAG_LOCK_KEY_SQL}) AS free`;
const RELEASE_PROBE_SQL = `SELECT pg_advisory_unlock(${FLAG_LOCK_KEY_SQL})`;
/**
 * The unfinished steps among `flags`. `heldByUs` names flags whose ramp lock this session
 * already holds (ramp itself); for any other flag a ramp that holds the lock is running now,
 * and its step is being watched, so it is not unfinished.
 */
async function findUnfinishedRamps(client, historySchema, flags, heldByUs = []) {
    if (flags.length === 0)
        return [];
    const table = (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .eventsTable */ .gl)(historySchema);
    const exists = await client.query(_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENTS_EXISTS_SQL */ ._P, [table]);
    if (!exists.rows[0]?.present)
        return [];
    const rows = (await client.query(lastRampEventSql(historySchema), [[...OPENING_EVENTS, ...CLOSING_EVENTS], [...flags]])).rows;
    const open = rows.filter((r) => OPENING_EVENTS.includes(r.event));
    const unfinished = [];
    for (const row of open) {
        const flag = String(row.detail.flag);
        if (!heldByUs.includes(flag) && !(await lockIsFree(client, flag)))
            continue;
        const d = row.detail;
        unfinished.push({
            flag,
            eventId: row.id,
            event: row.event,
            from: Number(d.from ?? 0),
            to: Number(d.to ?? 0),
            movedAt: typeof d.movedAt === 'string' ? d.movedAt : row.at,
            windowMs: Number(d.windowMs ?? 0),
            intervalMs: Number(d.intervalMs ?? 0),
            gates: Array.isArray(d.gates) ? d.gates.map(String) : [],
            actor: row.actor,
            at: row.at,
        });
    }
    return unfinished;
}
async function lockIsFree(client, flag) {
    const probe = await client.query(PROBE_LOCK_SQL, [flag]);
    if (!probe.rows[0]?.free)
        return false;
    await client.query(RELEASE_PROBE_SQL, [flag]);
    return true;
}
/** One line: what is unfinished and the two ways to finish it. */
function describeUnfinished(u) {
    return (`flag '${u.flag}' has an unfinished ramp: moved ${u.from}% → ${u.to}% at ${u.at} by ${u.actor} and never judged (the ramp was stopped while watching its ${(0,_span_js__WEBPACK_IMPORTED_MODULE_2__/* .span */ .L)(u.windowMs)} window); ` +
        `finish it with 'pg-promote ramp --flag ${u.flag} --resume' (watch the step again) or 'pg-promote ramp --flag ${u.flag} --revert' (set it back to ${u.from}%)`);
}


/***/ })

};
