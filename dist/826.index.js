export const id = 826;
export const ids = [826];
export const modules = {

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

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  latency: () => (/* binding */ latency)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/json-file.ts
var json_file = __webpack_require__(1561);
;// CONCATENATED MODULE: ./src/latency/baseline-file.ts




const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
/** Written beside itself and renamed into place: a killed run never leaves half a baseline. */
function writeBaseline(abs, baseline) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    const temp = `${abs}.partial`;
    (0,external_node_fs_.writeFileSync)(temp, `${JSON.stringify(baseline, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(temp, abs);
}
function readBaseline(abs, shown) {
    const where = { key: '--compare', file: shown };
    const parsed = (0,json_file/* readJsonFile */.J)(abs, where, {
        what: 'a file written by latency --baseline',
        maxBytes: MAX_BASELINE_BYTES,
        hint: 'write it first with latency --baseline FILE',
    });
    if (parsed?.latencyBaseline !== 1 || !Array.isArray(parsed.probes) || typeof parsed.takenAt !== 'string' || !parsed.statements) {
        throw (0,promote_error/* usageError */.Wp)('--compare: not a latency baseline (pass a file written by latency --baseline)', where);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/latency/compare.ts
/**
 * Probe by probe, p95 after against before. Slower means more than the allowed percentage and
 * more than the noise floor: a 0.2 ms query wobbling to 0.25 ms is jitter, not degradation.
 */
function compareProbes(before, after, t) {
    const old = new Map(before.map((p) => [p.name, p]));
    const rows = after.map((a) => {
        const b = old.get(a.name);
        if (!b)
            return { name: a.name, after: a, status: 'new' };
        const change = b.p95 > 0 ? ((a.p95 - b.p95) / b.p95) * 100 : 0;
        const pct = Math.round(change * 10) / 10;
        const over = change > t.maxP95IncreasePct;
        const status = !over ? 'ok' : a.p95 - b.p95 < t.noiseFloorMs ? 'within-noise' : 'slower';
        return { name: a.name, before: b, after: a, p95ChangePct: pct, status };
    });
    for (const b of before)
        if (!after.some((a) => a.name === b.name))
            rows.push({ name: b.name, before: b, status: 'missing' });
    return rows;
}

// EXTERNAL MODULE: ./src/latency/probes.ts
var latency_probes = __webpack_require__(4983);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/latency/statements.ts

const EXTENSION_SQL = `SELECT
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements') AS installed,
  current_setting('shared_preload_libraries') ~ '(^|[ ,])pg_stat_statements($|[ ,])' AS preloaded,
  (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements') AS schema`;
// Only plain DML and queries: utility statements are stored with their literals (an ALTER ROLE
// ... PASSWORD would be), and nothing secret may reach the baseline file.
const topSql = (schema) => `
SELECT queryid::text AS queryid, left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query, calls, total_exec_time AS total_ms, mean_exec_time AS mean_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND query ~* '^\\s*(select|insert|update|delete|with)\\M'
  AND query !~* 'pg_stat_statements'
ORDER BY total_exec_time DESC
LIMIT $1`;
const byIdsSql = (schema) => `
SELECT queryid::text AS queryid, calls, total_exec_time AS total_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) AND queryid::text = ANY($1::text[])`;
const statsResetSql = (schema) => `SELECT stats_reset::text AS at FROM ${schema}.pg_stat_statements_info`;
/** When the counters were last reset; undefined before PostgreSQL 14 (no pg_stat_statements_info). */
async function statsReset(client, schema) {
    try {
        return (await client.query(statsResetSql(schema))).rows[0]?.at;
    }
    catch {
        return undefined;
    }
}
async function schemaOf(client) {
    const probe = (await client.query(EXTENSION_SQL)).rows[0];
    if (!probe.preloaded)
        return { reason: 'pg_stat_statements is not in shared_preload_libraries on this server' };
    if (!probe.installed || !probe.schema)
        return { reason: 'the pg_stat_statements extension is not created in this database (CREATE EXTENSION pg_stat_statements)' };
    return { schema: esm/* default.escapeIdentifier */.Ay.escapeIdentifier(probe.schema) };
}
/** The top statements by total time, or why there are none. Never fails the stage. */
async function topStatements(client, limit) {
    if (limit === 0)
        return { available: false, reason: 'latency.top_statements is 0', top: [] };
    try {
        const { schema, reason } = await schemaOf(client);
        if (!schema)
            return { available: false, reason, top: [] };
        const rows = (await client.query(topSql(schema), [limit])).rows;
        return {
            available: true,
            statsReset: await statsReset(client, schema),
            top: rows.map((r) => ({ queryid: r.queryid, query: r.query, calls: Number(r.calls), totalMs: r.total_ms, meanMs: r.mean_ms })),
        };
    }
    catch (err) {
        return { available: false, reason: `pg_stat_statements cannot be read: ${err.message.split('\n')[0]}`, top: [] };
    }
}
/**
 * The baseline's statements now: the mean of the calls made since the baseline (the counters'
 * difference), against their mean up to it. A reset in between (its time moved, or a counter
 * went down) makes the difference meaningless: then there is no comparison, and it says why.
 */
async function compareStatements(client, before) {
    if (!before.available)
        return { available: false, reason: `not in the baseline: ${before.reason}` };
    try {
        const { schema, reason } = await schemaOf(client);
        if (!schema)
            return { available: false, reason };
        const resetNow = await statsReset(client, schema);
        const now = new Map((await client.query(byIdsSql(schema), [before.top.map((s) => s.queryid)])).rows.map((r) => [r.queryid, r]));
        const wentDown = before.top.some((s) => {
            const row = now.get(s.queryid);
            return row !== undefined && (Number(row.calls) < s.calls || row.total_ms < s.totalMs);
        });
        if ((before.statsReset !== undefined && resetNow !== before.statsReset) || wentDown) {
            return { available: false, reason: `pg_stat_statements was reset after the baseline${resetNow ? ` (at ${resetNow})` : ''}, so its counters cannot be compared` };
        }
        const compared = before.top.map((s) => {
            const row = now.get(s.queryid);
            const callsSince = row ? Number(row.calls) - s.calls : 0;
            if (!row || callsSince <= 0)
                return { queryid: s.queryid, query: s.query, meanBeforeMs: s.meanMs, callsSince: Math.max(0, callsSince) };
            const meanSinceMs = (row.total_ms - s.totalMs) / callsSince;
            return { queryid: s.queryid, query: s.query, meanBeforeMs: s.meanMs, meanSinceMs, callsSince, changePct: s.meanMs > 0 ? ((meanSinceMs - s.meanMs) / s.meanMs) * 100 : undefined };
        });
        return { available: true, compared };
    }
    catch (err) {
        return { available: false, reason: `pg_stat_statements cannot be read: ${err.message.split('\n')[0]}` };
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/latency.ts







/** Probes only read; a probe that writes fails instead of changing production. */
const PROBE_SESSION_SQL = "SELECT set_config('default_transaction_read_only', 'on', false), set_config('statement_timeout', $1, false)";
/**
 * Our own probe runs must not count as the application's statements in pg_stat_statements.
 * Only a superuser may turn tracking off; for anyone else the probes are counted, and said so.
 */
const UNTRACKED_SQL = "SELECT set_config('pg_stat_statements.track', 'none', false)";
/**
 * The runbook's "< 10% increase in p95 latency" as a stage: --baseline times the probe queries
 * and writes the timings; --compare times them again and fails when a probe's p95 grew more
 * than allowed. pg_stat_statements, where present, adds the top statements' mean-time change.
 */
async function latency(ctx) {
    const { config, target } = ctx.prepared;
    const options = ctx.options.latency;
    if (!options?.mode || !options.file)
        throw (0,promote_error/* usageError */.Wp)('latency needs exactly one of --baseline FILE or --compare FILE', { key: '--baseline' });
    const settings = config.latency;
    const samples = options.samples ?? settings.samples;
    const abs = external_node_path_default().resolve(ctx.options.root, options.file);
    // Read first: a bad baseline file must fail before minutes of timing, not after.
    const baseline = options.mode === 'compare' ? readBaseline(abs, options.file) : undefined;
    const client = ctx.session.client;
    await client.query(PROBE_SESSION_SQL, [`${settings.probeTimeoutMs}ms`]);
    const untracked = await client.query(UNTRACKED_SQL).then(() => true, () => false);
    const progress = (message) => ctx.emit({ type: 'progress', stage: 'latency', message });
    const statementsBefore = options.mode === 'compare' ? await compareStatements(client, baseline.statements) : undefined;
    // Taken before the probes run, so the top statements are the application's, not the probes'.
    const statementsNow = options.mode === 'baseline' ? await topStatements(client, settings.topStatements) : undefined;
    progress(`timing ${settings.probes.length} probes: ${settings.warmup} warm-up run${settings.warmup === 1 ? '' : 's'}, then ${samples} timed runs each`);
    const probes = await (0,latency_probes/* timeProbes */.dF)(client, settings.probes, { samples, warmup: settings.warmup, onProgress: progress });
    const thresholds = { maxP95IncreasePct: settings.maxP95IncreasePct, noiseFloorMs: settings.noiseFloorMs };
    if (options.mode === 'baseline') {
        const statements = statementsNow;
        if (statements.available && !untracked)
            ctx.result.warnings.push("pg_stat_statements counts this run's own probe queries (only a superuser can turn its tracking off for a session)");
        const file = {
            latencyBaseline: 1,
            createdBy: `pg-promote ${version/* VERSION */.x}`,
            takenAt: new Date().toISOString(),
            target: target.display,
            serverVersion: ctx.session.serverVersion,
            probes,
            statements,
        };
        writeBaseline(abs, file);
        ctx.result.latency = { mode: 'baseline', file: options.file, probes, ...thresholds, statements: { available: statements.available, reason: statements.reason } };
        return;
    }
    const comparisons = compareProbes(baseline.probes, probes, thresholds);
    ctx.result.latency = {
        mode: 'compare',
        file: options.file,
        probes,
        ...thresholds,
        comparisons,
        baselineTakenAt: baseline.takenAt,
        statements: statementsBefore,
    };
    if (baseline.target !== target.display)
        ctx.result.warnings.push(`the baseline was taken on ${baseline.target}, this is ${target.display}`);
    for (const c of comparisons.filter((x) => x.status === 'new' || x.status === 'missing')) {
        ctx.result.warnings.push(c.status === 'new' ? `probe '${c.name}' is not in the baseline: nothing to compare it with` : `probe '${c.name}' is in the baseline but no longer configured`);
    }
    const slower = comparisons.filter((c) => c.status === 'slower');
    if (slower.length === 0)
        return;
    const first = slower[0];
    const more = slower.length > 1 ? ` (${slower.length} probes slower: ${slower.map((c) => c.name).join(', ')})` : '';
    throw new promote_error/* PromoteError */.jG('check', `latency probe '${first.name}': p95 grew ${first.p95ChangePct}% (${first.before.p95} ms → ${first.after.p95} ms), more than the allowed ${settings.maxP95IncreasePct}%${more}`, { key: `latency.probes.${first.name}`, statement: first.after.sql });
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

/***/ 4983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ slowestBehind),
/* harmony export */   dF: () => (/* binding */ timeProbes)
/* harmony export */ });
/* unused harmony export percentile */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4532);


/** Nearest-rank percentile of sorted values: a real sample, never an interpolation between two. */
function percentile(sorted, p) {
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
/** How many of the slowest samples a percentile rests on (the honest caveat for p99 on few samples). */
function slowestBehind(samples, p) {
    return Math.max(1, samples - Math.ceil((p / 100) * samples) + 1);
}
const round = (ms) => Math.round(ms * 1000) / 1000;
/**
 * Times every probe `samples` times after `warmup` untimed runs, round-robin across probes so
 * a burst of load on the shared server lands on all of them alike rather than on one. The time
 * is the client's: send to last row received, as an application sees it.
 */
async function timeProbes(client, probes, options) {
    const times = probes.map(() => []);
    const run = async (probe) => {
        const started = process.hrtime.bigint();
        try {
            await client.query(probe.sql);
        }
        catch (err) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG('check', `latency probe '${probe.name}' failed: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_1__/* .serverErrorText */ .zi)(err)}`, {
                key: `latency.probes.${probe.name}`,
                statement: probe.sql,
            });
        }
        return Number(process.hrtime.bigint() - started) / 1e6;
    };
    for (let i = 0; i < options.warmup; i++)
        for (const probe of probes)
            await run(probe);
    const every = Math.max(1, Math.ceil(options.samples / 4));
    for (let i = 0; i < options.samples; i++) {
        for (const [j, probe] of probes.entries())
            times[j].push(await run(probe));
        if ((i + 1) % every === 0 && i + 1 < options.samples)
            options.onProgress?.(`${i + 1} of ${options.samples} samples per probe`);
    }
    return probes.map((probe, j) => {
        const sorted = [...times[j]].sort((a, b) => a - b);
        return {
            name: probe.name,
            sql: probe.sql,
            samples: sorted.length,
            warmup: options.warmup,
            p50: round(percentile(sorted, 50)),
            p95: round(percentile(sorted, 95)),
            p99: round(percentile(sorted, 99)),
            mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
            min: round(sorted[0]),
            max: round(sorted[sorted.length - 1]),
        };
    });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};
