export const id = 398;
export const ids = [398];
export const modules = {

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ quoteQualified),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   T0: () => (/* binding */ splitQualified),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/** The schema has filled in every default: this only renames its keys. */
function settingsOf(verify) {
    return {
        expectTables: verify.expect_tables,
        expectViews: verify.expect_views,
        rls: { required: verify.rls.required, force: verify.rls.force, definerViews: verify.rls.definer_views },
        roles: verify.roles,
        boundaries: verify.boundaries,
        views: { schemas: verify.views.schemas, requireRows: verify.views.require_rows },
        rowCounts: verify.row_counts,
    };
}
/** Failing findings fail the check; warnings alone make it a warning; none is a pass. */
function outcomeOf(findings, summaries, counts) {
    const failing = findings.some((f) => (f.level ?? 'fail') === 'fail');
    const status = findings.length === 0 ? 'pass' : failing ? 'fail' : 'warn';
    return { status, summary: findings.length === 0 ? summaries.pass : summaries.problem, findings, counts };
}
/** schema.name as PostgreSQL needs it quoted; config names are exact catalog names. */
function quoteQualified(qualified) {
    const [schema, name] = splitQualified(qualified);
    return `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(name)}`;
}
function splitQualified(qualified) {
    const dot = qualified.indexOf('.');
    return [qualified.slice(0, dot), qualified.slice(dot + 1)];
}
const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;


/***/ }),

/***/ 4422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ runsCallbacks),
/* harmony export */   Xz: () => (/* binding */ hasCallbacks),
/* harmony export */   hk: () => (/* binding */ NO_CALLBACKS),
/* harmony export */   ve: () => (/* binding */ readCallbacks)
/* harmony export */ });
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _migrate_sql_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5356);


/**
 * A phase's callback files, read and checked before anything runs (a missing or unrunnable one
 * is a config error naming it, exit 2), like Flyway's beforeMigrate and afterMigrate.
 */
function readCallbacks(root, phase) {
    const read = (when) => phase.callbacks[when].map((file) => {
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .assertInsideRealRoot */ .nk)(root, file, { file: file.rel, key: `phases.${phase.name}.callbacks.${when}` });
        return (0,_migrate_sql_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSqlFile */ .Lf)(file);
    });
    return { before: read('before'), after: read('after') };
}
const hasCallbacks = (c) => c.before.length + c.after.length > 0;
const NO_CALLBACKS = { before: [], after: [] };
/** Callbacks run around every migrate that applies something to the phase, never on a no-op. */
const runsCallbacks = (plan) => plan.pending.length > 0 || plan.repeatables.some((r) => r.reason);


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u7: () => (/* binding */ driftError),
  n1: () => (/* binding */ planAll),
  uC: () => (/* binding */ refuseUnknownDatabase)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/migrate/planner.ts


/**
 * Compares files with history. Drift (an applied file edited or deleted, or a new file sorting
 * below the newest applied one) is reported, never applied around. View and policy files are
 * re-applied when they changed, and also when the phase's schema changed since they were last
 * applied: a DOWN may have dropped what they created, and new tables need their policies.
 */
function planPhase(files, state, rows, outOfOrder) {
    const phase = files.phase.name;
    const applied = state.applied.get(phase) ?? new Map();
    const drift = [];
    const byVersion = new Map(files.migrations.map((f) => [f.version.text, f]));
    for (const [version, row] of applied) {
        const file = byVersion.get(version);
        if (!file) {
            drift.push({
                phase, version, file: row.file_name, reason: 'missing', appliedChecksum: row.checksum,
                message: `applied migration ${row.file_name} (version ${version}) is missing from ${files.phase.migrations.rel}`,
            });
        }
        else if (file.checksum !== row.checksum) {
            drift.push({
                phase, version, file: file.path.rel, reason: 'changed', appliedChecksum: row.checksum, currentChecksum: file.checksum,
                message: `applied migration was edited after it ran: checksum applied ${row.checksum.slice(0, 12)}…, now ${file.checksum.slice(0, 12)}…`,
            });
        }
    }
    const pending = files.migrations.filter((f) => !applied.has(f.version.text));
    const upToDate = files.migrations.filter((f) => applied.has(f.version.text));
    const newest = [...applied.keys()]
        // A layout's version that is not a number (a Sqitch change) compares by the file's place.
        .map((v) => ({ v, parts: byVersion.get(v)?.version.parts ?? (0,versions/* parseVersionText */.bw)(v) ?? [] }))
        .sort((a, b) => (0,versions/* compareVersions */.Zy)(b.parts, a.parts))[0];
    if (newest && !outOfOrder) {
        for (const file of pending) {
            if ((0,versions/* compareVersions */.Zy)(file.version.parts, newest.parts) < 0) {
                drift.push({
                    phase, version: file.version.text, file: file.path.rel, reason: 'out-of-order',
                    message: `version ${file.version.text} sorts below the newest applied version ${newest.v}; renumber it, or set out_of_order: true`,
                });
            }
        }
    }
    const schemaChangedAt = lastSchemaChange(rows, phase);
    const repeatable = (kind) => (file) => {
        const last = state.repeatables.get((0,migrate_history/* repeatableKey */.Ro)(phase, kind, file.path.rel));
        let reason;
        if (!last)
            reason = 'new';
        else if (last.checksum !== file.checksum)
            reason = 'changed';
        else if (pending.length > 0 || BigInt(last.id) < schemaChangedAt)
            reason = 'schema-changed';
        return { kind, file, reason, previousChecksum: last?.checksum };
    };
    return {
        files,
        pending,
        upToDate,
        repeatables: [...files.views.map(repeatable('view')), ...files.policies.map(repeatable('policy'))],
        drift,
        currentVersion: newest?.v,
        applied,
        lastFailures: lastFailures(rows, phase, pending),
    };
}
function lastFailures(rows, phase, pending) {
    const wanted = new Set(pending.map((f) => f.version.text));
    const last = new Map();
    for (const row of rows)
        if (row.phase === phase && row.kind === 'migration' && row.version !== null && wanted.has(row.version))
            last.set(row.version, row);
    for (const [version, row] of last)
        if (row.success)
            last.delete(version);
    return last;
}
function lastSchemaChange(rows, phase) {
    let last = 0n;
    for (const row of rows) {
        if (row.phase === phase && row.success && (row.kind === 'migration' || row.kind === 'down')) {
            const id = BigInt(row.id);
            if (id > last)
                last = id;
        }
    }
    return last;
}

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/migrate/version-target.ts
var version_target = __webpack_require__(3371);
// EXTERNAL MODULE: ./src/engine/callbacks.ts
var engine_callbacks = __webpack_require__(4422);
// EXTERNAL MODULE: ./src/engine/phase-results.ts
var phase_results = __webpack_require__(7046);
;// CONCATENATED MODULE: ./src/engine/history-plans.ts






/**
 * Reads the history once and plans every selected phase; fills the report's phases and drift.
 * plan and migrate also read each phase's callbacks (a missing one is exit 2 before anything
 * runs) and list them where a run executes them.
 */
async function planAll(ctx, report) {
    const { config, phases } = ctx.prepared;
    const rows = await (0,migrate_history/* readHistory */.Lu)(ctx.session.client, config.historyTable);
    const state = (0,migrate_history/* historyState */.K6)(rows);
    const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
    const forward = ctx.options.command === 'migrate' || ctx.options.command === 'plan';
    const to = forward ? ctx.options.to : undefined;
    if (to !== undefined)
        for (const plan of plans)
            stopAt(ctx, plan, to);
    const callbacks = plans.map((p) => (forward ? (0,engine_callbacks/* readCallbacks */.ve)(config.root, p.files.phase) : engine_callbacks/* NO_CALLBACKS */.hk));
    report.phases = plans.map((p, i) => (0,phase_results/* phaseResultFromPlan */.K)(p, (0,engine_callbacks/* runsCallbacks */.Jk)(p) ? callbacks[i] : undefined));
    report.drift = plans.flatMap((p) => p.drift);
    // A layout's notes on a file (an empty file applied as a no-op...) are said while it is pending.
    for (const file of plans.flatMap((p) => p.pending))
        for (const note of file.notes ?? [])
            ctx.envelope.warnings.push(`${file.path.rel}: ${note}`);
    return { plans, rows, callbacks };
}
function driftError(report, applying) {
    const drift = report.drift;
    if (drift.length === 0)
        return undefined;
    const first = drift[0];
    const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
    return new promote_error/* Drift */.K0(`history and files disagree: ${first.message}${more}.${applying ? ' Nothing was applied.' : ''}`, { file: first.file, phase: first.phase, version: first.version });
}
/**
 * migrate and plan on a database whose history is empty: another tool's history table, or
 * tables already in a phase's schema, stop the run (exit 2) before anything is created, naming
 * what was found and the baseline command. A database with history pays nothing for this.
 */
async function refuseUnknownDatabase(ctx, historyRows) {
    if (historyRows > 0)
        return;
    const { refuseUnknownDatabase: refuse } = await __webpack_require__.e(/* import() */ 596).then(__webpack_require__.bind(__webpack_require__, 6596));
    for (const files of ctx.prepared.phases) {
        await refuse(ctx.session.client, { phase: files.phase.name, schema: files.phase.schema, history: ctx.prepared.config.historyTable, historyRows });
    }
}
/** migrate --to VERSION: only pending files up to and including VERSION; later ones stay pending for another run. */
function stopAt(ctx, plan, to) {
    const phases = ctx.prepared.phases;
    if (phases.length !== 1) {
        throw (0,promote_error/* usageError */.Wp)(`--to names a version of one phase; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const all = plan.files.migrations;
    const target = (0,version_target/* locateVersion */.T)(all, to)?.file;
    if (!target) {
        throw (0,promote_error/* usageError */.Wp)(`--to ${to} is no migration of phase '${plan.files.phase.name}' (${(0,version_target/* versionRange */.Q)(all)})`, { key: '--to', phase: plan.files.phase.name, version: to });
    }
    const index = all.indexOf(target);
    const allowed = new Set(all.slice(0, index + 1));
    const later = plan.pending.filter((f) => !allowed.has(f));
    plan.pending = plan.pending.filter((f) => allowed.has(f));
    if (later.length > 0) {
        ctx.envelope.warnings.push(`--to ${to}: ${later.length} later migration${later.length === 1 ? '' : 's'} of phase ${plan.files.phase.name} stay${later.length === 1 ? 's' : ''} pending (${later.map((f) => f.version.text).slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})`);
    }
}


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(938);
/* harmony import */ var _staging_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2264);



/**
 * plan and status only read: no lock, no history table created, nothing written. Drift makes
 * them fail (exit 1) so a workflow can gate on them.
 */
async function inspect(ctx, report) {
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .reporting */ .vR)(report, async () => {
        const { plans, rows } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .planAll */ .n1)(ctx, report);
        if (ctx.options.command !== 'status' && ctx.options.command !== 'down')
            await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseUnknownDatabase */ .uC)(ctx, rows.length);
        const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .driftError */ .u7)(report, false);
        if (drift)
            throw drift;
        await (0,_staging_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .stagingGate */ .B)(ctx, plans, report);
        if (ctx.options.command === 'plan')
            await lintForApprovers(ctx, report);
    });
}
/** The plan approvers read carries the pending files' lint findings, judged against the target. */
async function lintForApprovers(ctx, report) {
    const { config, phases, target } = ctx.prepared;
    // Loaded here, not at the top: status and migrate, run by every CI job, never lint.
    const [{ runLint }, { largeTableBytes }, { lintFailure }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(141), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 8299)), __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 5118)), Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(141), __webpack_require__.e(299), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 2773))]);
    report.lint = await runLint({
        root: config.root,
        configFile: config.source,
        phases: phases.map((p) => p.phase),
        postgresVersion: config.lint.postgresVersion,
        config: config.lint,
        database: { client: ctx.session.client, target: target.display, history: config.historyTable, largeTableBytes: largeTableBytes() },
    });
    const failure = lintFailure(report.lint);
    if (failure)
        throw failure;
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ phaseResultFromPlan),
/* harmony export */   U: () => (/* binding */ recordOutcome)
/* harmony export */ });
/* harmony import */ var _migrate_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3909);

/**
 * The plan as results: what is applied, what is pending, which repeatables would re-run, and the
 * callbacks a run would execute (given only when it would), each where it runs.
 */
function phaseResultFromPlan(plan, callbacks) {
    const phase = plan.files.phase;
    const callback = (file) => ({
        phase: phase.name, kind: 'callback', file: file.path.rel, checksum: file.checksum, status: 'pending', transactional: file.transactional,
    });
    const files = [
        ...plan.upToDate.map((f) => {
            const baselined = (0,_migrate_history_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineSourceOf */ .QI)(plan.applied.get(f.version.text)?.applied_by ?? '');
            return {
                phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
                checksum: f.checksum, status: 'up-to-date', transactional: f.transactional, ...(baselined ? { baselined } : {}),
            };
        }),
        ...(callbacks?.before ?? []).map(callback),
        ...plan.pending.map((f) => {
            const failed = plan.lastFailures.get(f.version.text);
            const lastFailure = failed && { at: new Date(failed.applied_at).toISOString(), message: (failed.error_message ?? 'no message recorded').split('\n')[0] };
            return {
                phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
                checksum: f.checksum, status: 'pending', transactional: f.transactional, ...(lastFailure ? { lastFailure } : {}),
            };
        }),
        ...plan.repeatables.map((r) => ({
            phase: phase.name, kind: r.kind, file: r.file.path.rel, checksum: r.file.checksum,
            status: r.reason ? 'pending' : 'up-to-date', transactional: true,
        })),
        ...(callbacks?.after ?? []).map(callback),
    ];
    return { name: phase.name, schema: phase.schema, files, currentVersion: plan.currentVersion };
}
// Where each file's entry is in its phase's list: a search per file would make a run of
// thousands of files quadratic. Kept beside the result, never in it (results are plain data).
const positions = new WeakMap();
const keyOf = (f) => `${f.kind}\0${f.file}`;
/** Replaces a file's planned entry with what actually happened to it. */
function recordOutcome(phase, outcome) {
    // Keyed by the list itself: a command that replaces the list gets a fresh index.
    let index = positions.get(phase.files);
    if (!index) {
        index = new Map();
        for (const [i, f] of phase.files.entries())
            if (!index.has(keyOf(f)))
                index.set(keyOf(f), i);
        positions.set(phase.files, index);
    }
    const at = index.get(keyOf(outcome));
    if (at !== undefined)
        phase.files[at] = outcome;
    else {
        index.set(keyOf(outcome), phase.files.length);
        phase.files.push(outcome);
    }
    if (outcome.kind === 'migration' && outcome.status === 'applied')
        phase.currentVersion = outcome.version;
}


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ stagingGate)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
;// CONCATENATED MODULE: ./src/checks/staging-history.ts

const staging_history_short = (checksum) => `${checksum.slice(0, 12)}…`;
function compareWithStaging(plans, stagingRows) {
    const state = (0,migrate_history/* historyState */.K6)(stagingRows);
    const findings = [];
    let considered = 0;
    const lastAttempt = (phase, kind, match) => [...stagingRows].reverse().find((r) => r.phase === phase && r.kind === kind && match(r));
    for (const plan of plans) {
        const phase = plan.files.phase.name;
        for (const file of plan.pending) {
            considered++;
            const applied = state.applied.get(phase)?.get(file.version.text);
            if (applied) {
                if (applied.checksum !== file.checksum) {
                    findings.push({ object: file.path.rel, reason: `staging applied version ${file.version.text} with checksum ${staging_history_short(applied.checksum)}, this file is ${staging_history_short(file.checksum)}` });
                }
                continue;
            }
            const last = lastAttempt(phase, 'migration', (r) => r.version === file.version.text);
            let reason = `version ${file.version.text} was never applied on staging`;
            if (last?.success && last.reverted_at)
                reason = `version ${file.version.text} was applied on staging and then reverted by a DOWN`;
            else if (last && !last.success)
                reason = `version ${file.version.text} failed on staging (its last attempt there)`;
            findings.push({ object: file.path.rel, reason });
        }
        for (const repeatable of plan.repeatables.filter((r) => r.reason)) {
            considered++;
            const rel = repeatable.file.path.rel;
            const applied = state.repeatables.get((0,migrate_history/* repeatableKey */.Ro)(phase, repeatable.kind, rel));
            if (!applied) {
                const failed = lastAttempt(phase, repeatable.kind, (r) => r.file_name === rel && !r.success);
                findings.push({ object: rel, reason: failed ? `${repeatable.kind} file failed on staging and never succeeded there` : `${repeatable.kind} file was never applied on staging` });
            }
            else if (applied.checksum !== repeatable.file.checksum) {
                findings.push({ object: rel, reason: `staging last applied this ${repeatable.kind} file with checksum ${staging_history_short(applied.checksum)}, this file is ${staging_history_short(repeatable.file.checksum)}` });
            }
        }
    }
    return { considered, findings };
}

// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(4669);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var db_session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/engine/staging-gate.ts






/**
 * With --staging-url: refuse pending files staging has not applied with the same checksum.
 * Staging is only read, over a connection of its own whose transactions are read-only. The
 * result is a `staging.gate` check either way, so a report can show it.
 */
async function stagingGate(ctx, plans, report) {
    const url = ctx.options.stagingUrl;
    if (!url)
        return;
    const target = (0,connection_url/* parseDatabaseUrl */.mx)(url, '--staging-url', ctx.options.env);
    const started = performance.now();
    let session;
    try {
        session = await (0,db_session.openSession)(target, 'pg-promote staging-gate');
    }
    catch (err) {
        const e = err;
        throw (0,promote_error/* errorOfKind */.Oh)(e.kind ?? 'connection', `staging database: ${e.message}`, { ...e.context, key: '--staging-url' });
    }
    let rows;
    try {
        await session.client.query('SET default_transaction_read_only = on');
        rows = await (0,migrate_history/* readHistory */.Lu)(session.client, ctx.prepared.config.historyTable);
    }
    finally {
        await session.close();
    }
    const { considered, findings } = compareWithStaging(plans, rows);
    const check = {
        id: 'staging.gate',
        status: findings.length === 0 ? 'pass' : 'fail',
        summary: findings.length === 0
            ? `staging (${target.display}) applied all ${(0,checks_check/* plural */.LS)(considered, 'file')} this run would apply, with the same checksums`
            : `${(0,checks_check/* plural */.LS)(findings.length, 'file')} of ${considered} this run would apply ${findings.length === 1 ? 'is' : 'are'} not applied on staging (${target.display}) with the same checksum`,
        findings,
        counts: { files: considered, refused: findings.length },
        durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    report.checks = [...(report.checks ?? []), check];
    if (findings.length === 0)
        return;
    const first = findings[0];
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more: ${findings.slice(1, 4).map((f) => f.object).join(', ')}${findings.length > 4 ? ', …' : ''})` : '';
    const applying = ctx.options.command === 'migrate' ? ' Nothing was applied.' : '';
    throw new promote_error/* CheckFailed */.EC(`staging gate: ${first.reason}${more}.${applying}`, { file: first.object, key: '--staging-url' });
}


/***/ })

};
