export const id = 704;
export const ids = [704];
export const modules = {

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   g: () => (/* binding */ configFileToEdit)
/* harmony export */ });
/** Where pg-promote looks for its config when --config is not given (and where init writes it). */
const DEFAULT_CONFIG_PATH = 'db/promotion.yml';
/** The file a missing setting is to be added to: the config read. */
function configFileToEdit(source) {
    return source;
}


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

/***/ 1704:
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
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
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
    if (parsed?.latencyBaseline === 1) {
        throw (0,promote_error/* usageError */.Wp)('--compare: a baseline of one p95 per probe, from an older pg-promote: take the baseline again with latency --baseline FILE', where);
    }
    if (parsed?.latencyBaseline !== 2 || !Array.isArray(parsed.side?.probes) || !Array.isArray(parsed.side?.controls) || typeof parsed.takenAt !== 'string' || !parsed.statements) {
        throw (0,promote_error/* usageError */.Wp)('--compare: not a latency baseline (pass a file written by latency --baseline)', where);
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/latency/plan.ts
/** The plan's shape: what is scanned, how and by which index, nested; nothing that varies run to run. */
function shapeOf(node) {
    const join = node['Join Type'] && node['Join Type'] !== 'Inner' ? ` ${node['Join Type']}` : '';
    const relation = node['Relation Name'] ? ` on ${node.Schema ? `${node.Schema}.` : ''}${node['Relation Name']}` : '';
    const index = node['Index Name'] ? ` using ${node['Index Name']}` : '';
    const children = node.Plans?.length ? `(${node.Plans.map(shapeOf).join(', ')})` : '';
    return `${node['Node Type']}${join}${index}${relation}${children}`;
}
/**
 * Evidence from the text of one EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON). The query id
 * is a 64-bit integer that JSON.parse would round, so it is read from the text.
 */
function planEvidence(explainText) {
    const parsed = JSON.parse(explainText);
    const plan = parsed[0].Plan;
    const queryId = /"Query Identifier":\s*(-?\d+)/.exec(explainText)?.[1];
    return {
        shape: shapeOf(plan),
        sharedBlocks: (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
        ...(queryId !== undefined && queryId !== '0' ? { queryId } : {}),
    };
}
/**
 * Shared blocks grew enough to matter: at least doubled and by at least this many blocks. A
 * lost index reads hundreds of times more (2 -> 519); a table that grew between baseline and
 * compare reads a few percent more.
 */
const BLOCKS_MIN_GROWTH = 64;
function blocksGrew(before, after) {
    return after.sharedBlocks >= 2 * before.sharedBlocks && after.sharedBlocks - before.sharedBlocks >= BLOCKS_MIN_GROWTH;
}

;// CONCATENATED MODULE: ./src/latency/stats.ts
/**
 * The gate's statistics, pure and deterministic: a run is summarised by the trimmed mean of its
 * log times, and two sides of runs are compared by a Welch t-interval on the difference of
 * their log means, which is the log of the after/before ratio.
 */
/**
 * A run's summary in log milliseconds: the mean of the faster half of its log times (a trimmed
 * mean that trims the slow side). Waiting for the CPU, a lock or a disk only ever adds time, so
 * the slow samples carry the machine's load and the fast ones the query's own cost; unlike one
 * p95, every run contributes.
 */
function runSummary(timesMs) {
    if (timesMs.length === 0)
        throw new RangeError('a run needs at least one sample');
    const logs = timesMs.map((t) => Math.log(Math.max(t, 1e-6))).sort((a, b) => a - b);
    return mean(logs.slice(0, Math.ceil(logs.length / 2)));
}
/**
 * The mean of log times with `trim` of them cut from each end: for a window of an application's
 * own transactions, where slow ones are the point and are cut only at the extreme.
 */
function trimmedLogMean(timesMs, trim = 0.2) {
    if (timesMs.length === 0)
        throw new RangeError('a run needs at least one sample');
    const logs = timesMs.map((t) => Math.log(Math.max(t, 1e-6))).sort((a, b) => a - b);
    const cut = Math.floor(logs.length * trim);
    return mean(logs.slice(cut, logs.length - cut));
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function variance(xs) {
    const m = mean(xs);
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
}
function lnGamma(x) {
    // Lanczos approximation (g = 7, n = 9): good to 15 digits for x > 0.
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    if (x > (a + 1) / (a + b + 2))
        return 1 - incompleteBeta(1 - x, b, a);
    const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - (lnGamma(a) + lnGamma(b) - lnGamma(a + b))) / a;
    const tiny = 1e-300;
    let f = 1;
    let c = 1;
    let d = 0;
    for (let i = 0; i <= 300; i++) {
        const m = Math.floor(i / 2);
        let num;
        if (i === 0)
            num = 1;
        else if (i % 2 === 0)
            num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
        else
            num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 + num * d;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        c = 1 + num / c;
        c = Math.abs(c) < tiny ? tiny : c;
        const cd = c * d;
        f *= cd;
        if (Math.abs(1 - cd) < 1e-14)
            break;
    }
    return front * (f - 1);
}
/** P(T <= t) for Student's t with df degrees of freedom. */
function tCdf(t, df) {
    df = Math.min(df, 1e7);
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The t value below which probability p lies (bisection on tCdf: slow-ish, exact enough, deterministic). */
function tQuantile(p, df) {
    if (p === 0.5)
        return 0;
    let lo = -1e3;
    let hi = 1e3;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (tCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Welch's t-interval on the difference of log means: the ratio after/before with its 95%
 * interval, not assuming both sides are equally noisy. Needs at least two runs a side.
 */
function logRatioInterval(before, after, level = 0.95) {
    if (before.length < 2 || after.length < 2)
        throw new RangeError('an interval needs at least two runs on each side');
    const vb = variance(before) / before.length;
    const va = variance(after) / after.length;
    const se = Math.sqrt(vb + va);
    const denominator = vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1);
    const df = denominator > 0 ? (vb + va) ** 2 / denominator : before.length + after.length - 2;
    const estimate = mean(after) - mean(before);
    const half = tQuantile(1 - (1 - level) / 2, df) * se;
    return { estimate, se, df, low: estimate - half, high: estimate + half };
}
/**
 * The probe's log ratio less a control's: a change the control saw too is the machine's. The
 * two are measured apart, so their uncertainties add.
 */
function lessControl(r, control, level = 0.95) {
    const se = Math.sqrt(r.se ** 2 + control.se ** 2);
    const df = Math.min(r.df, control.df);
    const estimate = r.estimate - control.estimate;
    const half = tQuantile(1 - (1 - level) / 2, df) * se;
    return { estimate, se, df, low: estimate - half, high: estimate + half };
}
/** One-sided p-value of "the log ratio is at most `limit`": small when the change clearly exceeds it. */
function pAbove(r, limit) {
    if (r.se === 0)
        return r.estimate > limit ? 0 : 1;
    return 1 - tCdf((r.estimate - limit) / r.se, r.df);
}
/** Holm's step-down adjustment: adjusted p-values, in the input's order. */
function holm(pValues) {
    const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
    const adjusted = new Array(pValues.length);
    let running = 0;
    order.forEach(({ p, i }, rank) => {
        running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
        adjusted[i] = running;
    });
    return adjusted;
}
/**
 * Runs per side that would shrink the interval enough to clear `limit`: the half-width falls
 * with the square root of the runs. Undefined when the estimate sits on the limit itself.
 */
function runsToResolve(r, runsPerSide, limit) {
    const needed = Math.abs(r.estimate - limit);
    const half = r.high - r.estimate;
    if (needed < 1e-9 || half <= 0)
        return undefined;
    return Math.max(runsPerSide + 1, Math.ceil(runsPerSide * (half / needed) ** 2));
}
/** exp(log ratio) - 1, in percent. */
const pct = (logRatio) => (Math.exp(logRatio) - 1) * 100;

;// CONCATENATED MODULE: ./src/latency/runs.ts



/**
 * Measured in the same runs as the probes, interleaved with them: what the machine and the
 * server do on their own. A slowdown that shows here too is the machine's, not the promotion's.
 */
const CONTROLS = [
    { name: 'round_trip', sql: 'SELECT 1' },
    { name: 'cpu', sql: 'SELECT sum(g) FROM generate_series(1, 40000) AS g' },
];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** One statement only (the extended protocol refuses a second), timed from send to last row. */
async function timeClient(client, sql) {
    const started = process.hrtime.bigint();
    await client.query({ text: sql, queryMode: 'extended' });
    return Number(process.hrtime.bigint() - started) / 1e6;
}
const RAW = { getTypeParser: () => (value) => value };
async function explain(client, options, sql) {
    const result = await client.query({ text: `EXPLAIN (${options}, FORMAT JSON) ${sql}`, types: RAW });
    return result.rows[0]['QUERY PLAN'];
}
/** The server's own time for the query: execution, without planning, transfer or round trip. */
async function timeServer(client, sql) {
    const text = await explain(client, 'ANALYZE, TIMING OFF, SUMMARY ON', sql);
    const match = /"Execution Time":\s*([\d.]+)/.exec(text);
    if (!match)
        throw new Error('EXPLAIN ANALYZE gave no execution time');
    return Number(match[1]);
}
/** The probe's failure in words a person can act on, naming it. */
function probeFailure(name, err, timeoutMs) {
    const code = err.code;
    if (code === '25006')
        return `probe '${name}' is not read-only: ${(0,format/* serverErrorText */.zi)(err)}`;
    if (code === '57014')
        return `probe '${name}' timed out after ${timeoutMs} ms (latency.probe_timeout)`;
    if (code === '42601' && /multiple commands|cannot insert multiple commands/i.test(err.message ?? ''))
        return `probe '${name}' is more than one statement: a probe is one read-only query`;
    return `probe '${name}' failed: ${(0,format/* serverErrorText */.zi)(err)}`;
}
/**
 * Takes `runs` runs spread over `spanMs`: in each, every probe and control is run `warmup`
 * times untimed, then `samples` times timed on the client and `samples` times on the server,
 * round-robin so that a burst of load lands on all of them alike. A probe that fails is named
 * and left out of later runs; the others go on. After the last run, each one's plan evidence
 * (the controls' too: their query ids keep them out of the application's statements).
 */
async function measureSide(client, probes, options) {
    const items = [...probes, ...CONTROLS].map((p) => ({ name: p.name, sql: p.sql, clientMs: [], serverMs: [] }));
    const live = () => items.filter((item) => item.error === undefined);
    const guarded = async (item, work) => {
        try {
            return await work();
        }
        catch (err) {
            item.error = probeFailure(item.name, err, options.probeTimeoutMs);
            return undefined;
        }
    };
    const started = Date.now();
    const spacing = options.runs > 1 ? options.spanMs / (options.runs - 1) : 0;
    for (let run = 0; run < options.runs; run++) {
        const wait = started + run * spacing - Date.now();
        if (wait > 0)
            await sleep(wait);
        await options.onWindowEdge?.(run);
        options.onProgress?.(`run ${run + 1} of ${options.runs}`);
        for (let i = 0; i < options.warmup; i++)
            for (const item of live())
                await guarded(item, () => timeClient(client, item.sql));
        const clientTimes = new Map(items.map((item) => [item, []]));
        const server = new Map(items.map((item) => [item, []]));
        for (let s = 0; s < options.samples; s++) {
            for (const item of live()) {
                const ms = await guarded(item, () => timeClient(client, item.sql));
                if (ms !== undefined)
                    clientTimes.get(item).push(ms);
            }
            for (const item of live()) {
                const ms = await guarded(item, () => timeServer(client, item.sql));
                if (ms !== undefined)
                    server.get(item).push(ms);
            }
        }
        for (const item of live()) {
            item.clientMs.push(Math.exp(runSummary(clientTimes.get(item))));
            item.serverMs.push(Math.exp(runSummary(server.get(item))));
        }
    }
    await options.onWindowEdge?.(options.runs);
    for (const item of live()) {
        const text = await guarded(item, () => explain(client, 'ANALYZE, BUFFERS, VERBOSE', item.sql));
        if (text !== undefined)
            item.plan = planEvidence(text);
    }
    return { runs: options.runs, samples: options.samples, spanMs: options.spanMs, probes: items.slice(0, probes.length), controls: items.slice(probes.length) };
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/latency/verdict.ts


/** The control whose ratio corrects the probes' when it shows the machine changed: a fixed CPU-bound query. */
const CORRECTING_CONTROL = 'cpu';
/** One-sided level of "grew by more than the threshold": the lower bound of a 95% interval. */
const ALPHA = 0.025;
/** Geometric mean: the mean of the logs, back in milliseconds. */
const geo = (ms) => Math.exp(mean(ms.map(Math.log)));
const round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const shown = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`;
const msText = (n) => (n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(3)} ms`);
function ratioInterval(beforeMs, afterMs, r) {
    return { beforeMs: round(beforeMs), afterMs: round(afterMs), ratio: round(Math.exp(r.estimate), 4), low: round(Math.exp(r.low), 4), high: round(Math.exp(r.high), 4) };
}
/**
 * The decision on one interval: fail only when its lower bound (after Holm) clears the threshold
 * and the change is at least the floor; pass when its upper bound stays under the threshold, or
 * when even the upper bound would add less than the floor; otherwise inconclusive, with the
 * noise and the runs per side that would settle it.
 */
function decide(t, pAdjusted, s) {
    const limit = Math.log(1 + s.maxIncreasePct / 100);
    const r = t.interval;
    const noisePct = round(pct(r.high - r.estimate), 1);
    const range = `${shown(pct(r.estimate))} [${shown(pct(r.low))}, ${shown(pct(r.high))}]`;
    const change = t.beforeMs * (Math.exp(r.estimate) - 1);
    if (pAdjusted < ALPHA) {
        if (change >= s.noiseFloorMs)
            return { verdict: 'fail', reason: `slower by ${range}, more than ${s.maxIncreasePct}% (+${msText(change)})`, noisePct };
        return { verdict: 'pass', reason: `slower by ${range} but only +${msText(change)}, under the floor of ${msText(s.noiseFloorMs)}`, noisePct };
    }
    if (r.high < limit)
        return { verdict: 'pass', reason: `${range}: under +${s.maxIncreasePct}%`, noisePct };
    const worst = t.beforeMs * (Math.exp(r.high) - 1);
    if (worst < s.noiseFloorMs)
        return { verdict: 'pass', reason: `${range}: at most +${msText(worst)}, under the floor of ${msText(s.noiseFloorMs)}`, noisePct };
    const runs = runsToResolve(r, t.runsPerSide, limit);
    const more = runs === undefined ? 'the change sits on the threshold, more runs would not settle it' : runs > 100 ? 'more than 100 runs per side would settle it' : `about ${runs} runs per side would settle it`;
    return { verdict: 'inconclusive', reason: `${range} includes +${s.maxIncreasePct}%: noise ±${noisePct}%; ${more}`, noisePct, ...(runs !== undefined ? { runsToResolve: runs } : {}) };
}
/** The control's own ratio, when it shows the machine changed (its interval excludes 1). */
function machineShift(before, after) {
    const b = before.controls.find((c) => c.name === CORRECTING_CONTROL);
    const a = after.controls.find((c) => c.name === CORRECTING_CONTROL);
    if (!a || !b || a.error || b.error || a.serverMs.length < 2 || b.serverMs.length < 2)
        return undefined;
    const r = logRatioInterval(b.serverMs.map(Math.log), a.serverMs.map(Math.log));
    return r.low > 0 || r.high < 0 ? r : undefined;
}
/** Every control's after/before: SELECT 1 on the client (the round trip), the CPU-bound query on the server. */
function compareControls(before, after) {
    const out = [];
    for (const b of before.controls) {
        const a = after.controls.find((c) => c.name === b.name);
        const metric = b.name === CORRECTING_CONTROL ? 'server' : 'client';
        if (!a || a.error || b.error || a[`${metric}Ms`].length < 2 || b[`${metric}Ms`].length < 2)
            continue;
        const interval = logRatioInterval(b[`${metric}Ms`].map(Math.log), a[`${metric}Ms`].map(Math.log));
        out.push({ name: b.name, metric, timing: ratioInterval(geo(b[`${metric}Ms`]), geo(a[`${metric}Ms`]), interval) });
    }
    return out;
}
/** One line on the machine: did everything get slower or faster between baseline and compare? */
function machineNote(controls) {
    const cpu = controls.find((c) => c.name === CORRECTING_CONTROL);
    if (!cpu)
        return undefined;
    const t = cpu.timing;
    const ratio = `${t.ratio.toFixed(2)}x [${t.low.toFixed(2)}, ${t.high.toFixed(2)}]`;
    if (t.low > 1)
        return `the machine itself was slower at compare time (the fixed CPU-bound control ran ${ratio}); probe ratios are divided by it`;
    if (t.high < 1)
        return `the machine itself was faster at compare time (the fixed CPU-bound control ran ${ratio}); probe ratios are divided by it`;
    return `the controls saw no machine-wide change (fixed CPU-bound control ${ratio}): probe ratios stand as measured`;
}
function planVerdict(b, a) {
    if (!b.plan && !a.plan)
        return undefined;
    const shapeChanged = b.plan !== undefined && a.plan !== undefined && b.plan.shape !== a.plan.shape;
    const grew = b.plan !== undefined && a.plan !== undefined && blocksGrew(b.plan, a.plan);
    return { ...(b.plan ? { before: b.plan } : {}), ...(a.plan ? { after: a.plan } : {}), shapeChanged, blocksGrew: grew };
}
function planWords(plan) {
    const words = [];
    if (plan.shapeChanged)
        words.push(`plan changed: ${plan.before.shape} → ${plan.after.shape}`);
    if (plan.blocksGrew)
        words.push(`shared blocks ${plan.before.sharedBlocks} → ${plan.after.sharedBlocks}`);
    return words.join('; ');
}
/**
 * Probe by probe, the compare's runs against the baseline's: the server time's ratio with its
 * interval, less the machine's change when the control shows one, Holm-adjusted across the
 * probes; then the plan evidence. Probes are judged on the server's execution time: the
 * client's adds planning, round trip and this process's own scheduling, which on a busy machine
 * swing widely between runs (shown beside it, not judged; bench/results.md, latency gate).
 */
function judgeProbes(before, after, s) {
    const names = [...before.probes.map((p) => p.name), ...after.probes.map((p) => p.name).filter((n) => !before.probes.some((p) => p.name === n))];
    const shift = machineShift(before, after);
    const rows = names.map((name) => {
        const b = before.probes.find((p) => p.name === name);
        const a = after.probes.find((p) => p.name === name);
        const row = (verdict, reason) => ({ row: { name, verdict, reason } });
        if (!a)
            return row('not-compared', `probe '${name}' is in the baseline but no longer configured`);
        if (!b)
            return row('not-compared', `probe '${name}' is not in the baseline: nothing to compare it with`);
        if (b.error)
            return row('not-measured', `not measured in the baseline: ${b.error}`);
        if (a.error)
            return row('not-measured', a.error);
        if (b.serverMs.length < 2 || a.serverMs.length < 2)
            return row('not-measured', `probe '${name}' has fewer than 2 runs on a side: no interval`);
        const raw = logRatioInterval(b.serverMs.map(Math.log), a.serverMs.map(Math.log));
        const timed = { interval: shift ? lessControl(raw, shift) : raw, beforeMs: geo(b.serverMs), afterMs: geo(a.serverMs), runsPerSide: Math.min(b.serverMs.length, a.serverMs.length) };
        const client = ratioInterval(geo(b.clientMs), geo(a.clientMs), logRatioInterval(b.clientMs.map(Math.log), a.clientMs.map(Math.log)));
        return { row: { name, verdict: 'inconclusive', reason: '', client, plan: planVerdict(b, a) }, timed };
    });
    const limit = Math.log(1 + s.maxIncreasePct / 100);
    const timedRows = rows.filter((r) => r.timed);
    const adjusted = holm(timedRows.map((r) => pAbove(r.timed.interval, limit)));
    timedRows.forEach((r, i) => {
        const d = decide(r.timed, adjusted[i], s);
        const row = r.row;
        row.timing = ratioInterval(r.timed.beforeMs, r.timed.afterMs, r.timed.interval);
        row.pAdjusted = round(adjusted[i], 4);
        row.noisePct = d.noisePct;
        if (d.runsToResolve !== undefined)
            row.runsToResolve = d.runsToResolve;
        row.verdict = d.verdict;
        row.reason = d.reason;
        if (row.plan && (row.plan.shapeChanged || row.plan.blocksGrew)) {
            const evidence = planWords(row.plan);
            if (s.planChange === 'fail') {
                row.verdict = 'fail';
                row.reason = `${evidence} (timing: ${d.reason})`;
            }
            else
                row.reason = `${d.reason}; ${evidence}`;
        }
        if (row.plan === undefined)
            delete row.plan;
    });
    return rows.map((r) => r.row);
}

;// CONCATENATED MODULE: ./src/latency/statements.ts



const EXTENSION_SQL = `SELECT
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements') AS installed,
  current_setting('shared_preload_libraries') ~ '(^|[ ,])pg_stat_statements($|[ ,])' AS preloaded,
  (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements') AS schema`;
// Only plain DML and queries: utility statements are stored with their literals (an ALTER ROLE
// ... PASSWORD would be), and nothing secret may reach the baseline file. One row per query id:
// the same statement run by several roles, or nested and top-level, is one statement here.
const snapshotSql = (schema) => `
SELECT queryid::text AS queryid, left(regexp_replace(min(query), '\\s+', ' ', 'g'), 200) AS query, sum(calls)::float8 AS calls, sum(total_exec_time) AS total_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND query ~* '^\\s*(select|insert|update|delete|with)\\M'
  AND query !~* 'pg_stat_statements'
GROUP BY queryid`;
/**
 * pg_stat_statements read at each run's edge, so each side has one window per run: the
 * application's statements' calls and time in each, the same interval logic as the probes.
 */
class StatementsRecorder {
    client;
    schema;
    reason;
    snapshots = [];
    failure;
    constructor(client, schema, reason) {
        this.client = client;
        this.schema = schema;
        this.reason = reason;
    }
    static async open(client, limit) {
        if (limit === 0)
            return new StatementsRecorder(client, undefined, 'latency.top_statements is 0');
        try {
            const probe = (await client.query(EXTENSION_SQL)).rows[0];
            if (!probe.preloaded)
                return new StatementsRecorder(client, undefined, 'pg_stat_statements is not in shared_preload_libraries on this server');
            if (!probe.installed || !probe.schema)
                return new StatementsRecorder(client, undefined, 'the pg_stat_statements extension is not created in this database (CREATE EXTENSION pg_stat_statements)');
            return new StatementsRecorder(client, esm/* default.escapeIdentifier */.Ay.escapeIdentifier(probe.schema), undefined);
        }
        catch (err) {
            return new StatementsRecorder(client, undefined, `pg_stat_statements cannot be read: ${err.message.split('\n')[0]}`);
        }
    }
    async edge() {
        if (!this.schema || this.failure)
            return;
        try {
            const rows = (await this.client.query(snapshotSql(this.schema))).rows;
            this.snapshots.push(new Map(rows.map((r) => [r.queryid, { query: r.query, calls: r.calls, totalMs: r.total_ms }])));
        }
        catch (err) {
            this.failure = `pg_stat_statements cannot be read: ${err.message.split('\n')[0]}`;
        }
    }
    /**
     * Per window, each statement's calls and time. `keep`: the baseline's statements (compare);
     * otherwise the `limit` statements with the most time over the windows (baseline). Our own
     * probes (`exclude`, their query ids) are not the application.
     */
    windows(options) {
        const unavailable = this.reason ?? this.failure;
        if (unavailable)
            return { available: false, reason: unavailable, statements: [] };
        const ids = new Set();
        for (const snapshot of this.snapshots)
            for (const id of snapshot.keys())
                ids.add(id);
        const rows = [];
        for (const id of ids) {
            if (options.exclude.has(id))
                continue;
            const calls = [];
            const totalMs = [];
            let broken = false;
            for (let w = 1; w < this.snapshots.length; w++) {
                const from = this.snapshots[w - 1].get(id);
                const to = this.snapshots[w].get(id);
                const c = (to?.calls ?? 0) - (from?.calls ?? 0);
                const t = (to?.totalMs ?? 0) - (from?.totalMs ?? 0);
                // Gone from a later snapshot or counting down: evicted or reset; the windows mean nothing.
                if ((from && !to) || c < 0 || t < 0)
                    broken = true;
                calls.push(c);
                totalMs.push(Math.max(0, t));
            }
            const query = [...this.snapshots].reverse().find((s) => s.has(id)).get(id).query;
            if (!broken && calls.some((c) => c > 0))
                rows.push({ queryid: id, query, calls, totalMs });
        }
        if (options.keep) {
            const now = new Map(rows.map((r) => [r.queryid, r]));
            return { available: true, statements: options.keep.flatMap((k) => (now.has(k.queryid) ? [now.get(k.queryid)] : [])) };
        }
        rows.sort((a, b) => sum(b.totalMs) - sum(a.totalMs) || (a.queryid < b.queryid ? -1 : 1));
        return { available: true, statements: rows.slice(0, options.limit) };
    }
}
const windowMeans = (s) => s.calls.flatMap((c, i) => (c > 0 ? [s.totalMs[i] / c] : []));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/**
 * Statements that ran in both windows, by mean time per window: the same decision as the
 * probes', Holm-adjusted across the statements. Statements the application stopped or started
 * running are not compared.
 */
function judgeStatements(before, after, s) {
    const pairs = before.statements.flatMap((b) => {
        const a = after.statements.find((x) => x.queryid === b.queryid);
        return a && sum(a.calls) > 0 && sum(b.calls) > 0 ? [{ b, a }] : [];
    });
    const limit = Math.log(1 + s.maxIncreasePct / 100);
    const rows = pairs.map(({ b, a }) => {
        const mb = windowMeans(b).filter((m) => m > 0);
        const ma = windowMeans(a).filter((m) => m > 0);
        const base = { queryid: b.queryid, query: b.query, callsBefore: sum(b.calls), callsAfter: sum(a.calls) };
        if (mb.length < 2 || ma.length < 2)
            return { row: { ...base, verdict: 'inconclusive', reason: 'ran in fewer than 2 windows on a side: no interval' } };
        const interval = logRatioInterval(mb.map(Math.log), ma.map(Math.log));
        const geoB = geo(mb);
        const geoA = geo(ma);
        return { row: { ...base, verdict: 'inconclusive', reason: '' }, timed: { interval, beforeMs: geoB, afterMs: geoA, runsPerSide: Math.min(mb.length, ma.length) } };
    });
    const timed = rows.filter((r) => r.timed);
    const adjusted = holm(timed.map((r) => pAbove(r.timed.interval, limit)));
    timed.forEach((r, i) => {
        const d = decide(r.timed, adjusted[i], s);
        Object.assign(r.row, { timing: ratioInterval(r.timed.beforeMs, r.timed.afterMs, r.timed.interval), noisePct: d.noisePct, verdict: d.verdict, reason: d.reason });
    });
    return rows.map((r) => r.row);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/latency.ts










/** Probes only read; a probe that writes fails instead of changing production. */
const PROBE_SESSION_SQL = "SELECT set_config('default_transaction_read_only', 'on', false), set_config('statement_timeout', $1, false)";
/**
 * Our own probe runs must not count as the application's statements in pg_stat_statements.
 * Only a superuser may turn tracking off; for anyone else they are left out by query id.
 */
const UNTRACKED_SQL = "SELECT set_config('pg_stat_statements.track', 'none', false)";
const latency_round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
function shownSettings(s, samples) {
    return { maxIncreasePct: s.maxIncreasePct, noiseFloorMs: s.noiseFloorMs, runs: s.runs, samples, spanMs: s.spanMs, inconclusive: s.inconclusive, planChange: s.planChange };
}
/** Each probe as one side measured it: geometric means over the runs and their spread. */
function summaries(side) {
    return side.probes.map((p) => {
        if (p.error || p.clientMs.length === 0)
            return { name: p.name, error: p.error ?? 'not measured' };
        const spreadPct = p.serverMs.length > 1 ? latency_round((Math.exp(Math.sqrt(variance(p.serverMs.map(Math.log)))) - 1) * 100, 1) : undefined;
        return { name: p.name, clientMs: latency_round(geo(p.clientMs)), serverMs: latency_round(geo(p.serverMs)), ...(spreadPct !== undefined ? { spreadPct } : {}), ...(p.plan ? { plan: p.plan } : {}) };
    });
}
/**
 * The runbook's "< 10% increase in p95 latency" as a stage. --baseline measures the probes in
 * several runs spread over a span and writes them; --compare measures them again the same way
 * and judges each probe by its after/before ratio with a 95% interval, corrected by a control
 * for the machine, with the plans beside. pg_stat_statements, where present, adds the
 * application's own statements over the same windows.
 */
async function latency(ctx) {
    const { config, target } = ctx.prepared;
    const options = ctx.options.latency;
    if (!options?.mode || !options.file)
        throw (0,promote_error/* usageError */.Wp)('latency needs exactly one of --baseline FILE or --compare FILE', { key: '--baseline' });
    const settings = config.latency;
    if (settings.probes.length === 0) {
        const file = (0,defaults/* configFileToEdit */.g)(config.source);
        throw (0,promote_error/* configError */.Fj)(`no latency probes configured: list the queries your application runs under latency.probes in ${file} (name, and one read-only sql each)`, { file, key: 'latency.probes' });
    }
    const { samples } = ctx.settings;
    const abs = external_node_path_default().resolve(ctx.options.root, options.file);
    // Read first: a bad baseline file must fail before minutes of timing, not after.
    const baseline = options.mode === 'compare' ? readBaseline(abs, options.file) : undefined;
    const client = ctx.session.client;
    await client.query(PROBE_SESSION_SQL, [`${settings.probeTimeoutMs}ms`]);
    await client.query(UNTRACKED_SQL).catch(() => undefined);
    const progress = (message) => ctx.emit({ type: 'progress', stage: 'latency', message });
    const recorder = await StatementsRecorder.open(client, settings.topStatements);
    progress(`measuring ${settings.probes.length} probes and 2 controls: ${settings.runs} runs over ${settings.spanMs / 1000} s, ${samples} timed executions each per run`);
    const side = await measureSide(client, settings.probes, {
        runs: settings.runs,
        samples,
        warmup: settings.warmup,
        spanMs: settings.spanMs,
        probeTimeoutMs: settings.probeTimeoutMs,
        onProgress: progress,
        onWindowEdge: () => recorder.edge(),
    });
    const own = new Set([...side.probes, ...side.controls].flatMap((p) => (p.plan?.queryId ? [p.plan.queryId] : [])));
    const shown = shownSettings(settings, samples);
    if (options.mode === 'baseline') {
        const statements = recorder.windows({ exclude: own, limit: settings.topStatements });
        const file = { latencyBaseline: 2, createdBy: `pg-promote ${version/* VERSION */.x}`, takenAt: new Date().toISOString(), target: target.display, serverVersion: ctx.session.serverVersion, side, statements };
        writeBaseline(abs, file);
        const report = { mode: 'baseline', file: options.file, settings: shown, probes: summaries(side), statements: { available: statements.available, reason: statements.reason } };
        const failed = side.probes.filter((p) => p.error);
        const unmeasured = failed.length > 0
            ? new promote_error/* CheckFailed */.EC(`${failed[0].error}${failed.length > 1 ? ` (${failed.length} probes not measured: ${failed.map((p) => p.name).join(', ')})` : ''}`, { key: `latency.probes.${failed[0].name}` })
            : undefined;
        return (0,outcome/* endWith */.qZ)({ latency: report }, unmeasured);
    }
    const judge = { maxIncreasePct: settings.maxIncreasePct, noiseFloorMs: settings.noiseFloorMs, planChange: settings.planChange };
    const verdicts = judgeProbes(baseline.side, side, judge);
    const controls = compareControls(baseline.side, side);
    const after = recorder.windows({ exclude: own, keep: baseline.statements.statements, limit: settings.topStatements });
    const statements = !baseline.statements.available
        ? { available: false, reason: `not in the baseline: ${baseline.statements.reason}` }
        : !after.available
            ? { available: false, reason: after.reason }
            : { available: true, compared: judgeStatements(baseline.statements, after, judge) };
    const machine = machineNote(controls);
    const report = { mode: 'compare', file: options.file, settings: shown, probes: summaries(side), verdicts, controls, ...(machine ? { machine } : {}), baselineTakenAt: baseline.takenAt, statements };
    if (baseline.target !== target.display)
        ctx.envelope.warnings.push(`the baseline was taken on ${baseline.target}, this is ${target.display}`);
    const soft = ['inconclusive', 'not-compared'];
    const failing = verdicts.filter((v) => v.verdict === 'fail' || v.verdict === 'not-measured' || (settings.inconclusive === 'fail' && soft.includes(v.verdict)));
    for (const v of verdicts.filter((x) => soft.includes(x.verdict) && !failing.includes(x)))
        ctx.envelope.warnings.push(`latency probe '${v.name}' ${v.verdict}: ${v.reason}`);
    for (const s of statements.compared?.filter((x) => x.verdict === 'fail') ?? [])
        ctx.envelope.warnings.push(`pg_stat_statements: ${s.query.slice(0, 80)} slower: ${s.reason}`);
    if (failing.length === 0)
        return { latency: report };
    const first = failing[0];
    const more = failing.length > 1 ? ` (${failing.length} probes fail: ${failing.map((v) => v.name).join(', ')})` : '';
    return new outcome/* Failed */.cV({ latency: report }, new promote_error/* CheckFailed */.EC(`latency probe '${first.name}' ${first.verdict}: ${first.reason}${more}`, { key: `latency.probes.${first.name}` }));
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ formatErrorLine),
/* harmony export */   HI: () => (/* binding */ formatErrorLines),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   zi: () => (/* binding */ serverErrorText)
/* harmony export */ });
/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
function formatErrorLine(error) {
    const at = locationOf(error);
    // "--event: --event must be ..." says the key twice: a message that starts with it is enough.
    const where = at && !error.file && error.message.startsWith(at) ? '' : at;
    const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
    return `${where ? `${where}: ` : ''}${error.message}${state}`;
}
function formatErrorLines(error) {
    const lines = [formatErrorLine(error)];
    // A server's detail or hint may run over several lines: each goes under its label, indented.
    const labelled = (label, text) => text.split(/\r?\n/).map((l, i) => (i === 0 ? `  ${label}: ${l}` : `    ${l}`));
    if (error.detail)
        lines.push(...labelled('detail', error.detail));
    if (error.hint)
        lines.push(...labelled('hint', error.hint));
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
/** The first line of a message: what one-line errors and readings quote of a longer one. */
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
/**
 * A server error (or any thrown value) as one line of text with its SQLSTATE, for places that
 * report it as a finding or a reading rather than throw it on.
 */
function serverErrorText(err) {
    const e = err;
    const state = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? ` [SQLSTATE ${e.code}]` : '';
    return `${firstLine(e.message ?? String(err))}${state}`;
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
