export const id = 900;
export const ids = [900];
export const modules = {

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
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .assertInsideRealRoot */ .n)(root, file, { file: file.rel, key: `phases.${phase.name}.callbacks.${when}` });
        return (0,_migrate_sql_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSqlFile */ .Lf)(file);
    });
    return { before: read('before'), after: read('after') };
}
const hasCallbacks = (c) => c.before.length + c.after.length > 0;
const NO_CALLBACKS = { before: [], after: [] };
/** Callbacks run around every migrate that applies something to the phase, never on a no-op. */
const runsCallbacks = (plan) => plan.pending.length > 0 || plan.repeatables.some((r) => r.reason);


/***/ }),

/***/ 7900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   down: () => (/* binding */ down)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _migrate_applier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2115);
/* harmony import */ var _migrate_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9432);
/* harmony import */ var _migrate_version_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3371);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1666);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(938);
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(849);
/* harmony import */ var _session_setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7026);








/**
 * Reverts one phase to --to: the DOWN file of every applied version above it, newest first,
 * each in its own transaction with its history update. Every needed DOWN file must exist
 * before the first one runs, so a rollback never stops half-way for want of a file.
 */
async function down(ctx) {
    const { to, all } = ctx.options;
    if (to === undefined && !all)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('down needs --to VERSION (that version stays applied) or --all (every applied version of the phase, the lowest included)', { key: '--to' });
    if (ctx.prepared.phases.length !== 1) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`down works on one phase at a time; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const { phase, migrations } = ctx.prepared.phases[0];
    // In the layout's own order (a date, a Sqitch change), checked before the database is touched.
    const target = all ? undefined : (0,_migrate_version_target_js__WEBPACK_IMPORTED_MODULE_4__/* .locateVersion */ .T)(migrations, to);
    if (!all && !target) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`--to '${to}' is not a version of phase '${phase.name}' (${(0,_migrate_version_target_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRange */ .Q)(migrations)})`, { key: '--to', phase: phase.name, version: to });
    }
    // --all reverts v0 too: nothing sorts below every version, so "above" cannot say it.
    const above = (f) => target === undefined || (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(f.version.parts, target.parts) > 0;
    const report = (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyRunReport */ .z)(ctx.options);
    const work = async () => {
        const { plans } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .planAll */ .n1)(ctx, report);
        const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .driftError */ .u7)(report, true);
        if (drift)
            throw drift;
        const plan = plans[0];
        const files = plan.files;
        const revert = [...plan.upToDate]
            .filter(above)
            .sort((a, b) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(b.version.parts, a.version.parts));
        const downs = files.downs ?? new Map();
        const missing = revert.filter((f) => !downs.has(f.version.text));
        if (missing.length > 0) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`no DOWN file for version${missing.length > 1 ? 's' : ''} ${missing.map((f) => f.version.text).join(', ')} in ${files.phase.down?.rel ?? files.phase.migrations.rel}; nothing was reverted`, { file: files.phase.down?.rel, phase: files.phase.name });
        }
        const phaseResult = report.phases[0];
        const planned = revert.map((f) => {
            const d = downs.get(f.version.text);
            return {
                phase: files.phase.name, kind: 'down', version: f.version.text, file: d.path.rel, checksum: d.checksum,
                status: 'would-revert', transactional: d.transactional,
            };
        });
        phaseResult.files = planned;
        if (ctx.options.dryRun)
            return;
        const run = await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .runContext */ .pO)(ctx);
        const items = revert.map((f) => ({ phase: files.phase.name, kind: 'down', version: f.version.text, file: downs.get(f.version.text) }));
        let i = 0;
        for await (const outcome of (0,_migrate_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .applyInOrder */ .g)(run, items)) {
            phaseResult.currentVersion = outcome.version;
            phaseResult.files[i++] = outcome.status === 'applied' ? { ...outcome, status: 'reverted' } : outcome;
            if (outcome.status === 'failed') {
                throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .MigrationFailed */ .g6(outcome.error.message, { ...outcome.error, phase: files.phase.name, version: outcome.version });
            }
        }
        const remaining = plan.upToDate.filter((f) => !above(f));
        phaseResult.currentVersion = remaining.at(-1)?.version.text;
    };
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .reporting */ .vR)(report, () => ctx.options.dryRun
        ? work()
        : (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .withMigrationLock */ .KE)(ctx, async () => {
            await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureHistoryTable */ .r0)(ctx, ['SELECT', 'INSERT', 'UPDATE']);
            await work();
        }));
}


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

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ withMigrationLock),
/* harmony export */   bJ: () => (/* binding */ takeMigrationLock),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   r0: () => (/* binding */ ensureHistoryTable)
/* harmony export */ });
/* unused harmony exports CLIENT_CHECK_SQL, RESET_SETTINGS_SQL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3511);
/* harmony import */ var _db_pooler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7641);
/* harmony import */ var _db_session_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4778);
/* harmony import */ var _migrate_file_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5905);
/* harmony import */ var _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(773);







/**
 * PostgreSQL 14+: the server checks every second that we are still there while a statement
 * runs, so a killed pg-promote does not leave its migration running and holding its locks
 * (and the migration lock) until the statement happens to end.
 */
const CLIENT_CHECK_SQL = `SELECT set_config('client_connection_check_interval', '1s', false)
WHERE current_setting('server_version_num')::int >= 140000`;
/** Our settings do not outlive the run on the connection (a pooler would hand it on). */
const RESET_SETTINGS_SQL = `SELECT pg_catalog.set_config(name, reset_val, false) FROM pg_catalog.pg_settings
WHERE name IN ('lock_timeout', 'statement_timeout', 'client_connection_check_interval')`;
/**
 * Takes the migration lock on a connection proven not to be behind a transaction pooler, and
 * proves the lock is held by this very server process once taken.
 */
async function takeMigrationLock(ctx) {
    const { config, target } = ctx.prepared;
    await (0,_db_pooler_js__WEBPACK_IMPORTED_MODULE_2__/* .refusePooledConnection */ .Ug)(ctx.session);
    const release = await (0,_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .acquireMigrationLock */ .et)(ctx.session.client, {
        waitMs: config.advisoryLockWaitMs,
        database: target.database,
        onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
    });
    try {
        await ctx.session.client.query(_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCK_GUARD_SQL */ .f6);
    }
    catch (err) {
        await release();
        if ((0,_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .isLockLost */ .wx)(err))
            throw (0,_db_pooler_js__WEBPACK_IMPORTED_MODULE_2__/* .poolingError */ .fD)('the lock taken is not held by the server process now serving this session', target.display);
        throw err;
    }
    return release;
}
/**
 * Runs `work` holding the database's migration lock, with lock_timeout and statement_timeout
 * set. The lock is session-level: if the process dies, the server frees it with the session.
 */
async function withMigrationLock(ctx, work) {
    const { config } = ctx.prepared;
    ctx.envelope.executionId ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const release = await takeMigrationLock(ctx);
    ctx.emit({ type: 'lock-acquired' });
    try {
        await ctx.session.client.query(_db_session_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SESSION_SETTINGS_SQL */ .w, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
        await ctx.session.client.query(CLIENT_CHECK_SQL);
        await work();
    }
    finally {
        if (!ctx.session.lost()) {
            await ctx.session.client.query(RESET_SETTINGS_SQL).catch(() => undefined);
            await release();
        }
    }
}
/** The history table, created when missing, checked to be usable as the command needs. */
async function ensureHistoryTable(ctx, needs) {
    await new _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__/* .HistoryStore */ .KU(ctx.prepared.config.historyTable).ensure(ctx.session.client, needs);
}
/** Reads the search_path and role every file will start with: call it once the lock is held. */
async function runContext(ctx) {
    const { config } = ctx.prepared;
    return {
        db: ctx.session.db,
        store: new _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__/* .HistoryStore */ .KU(config.historyTable, await backendPid(ctx)),
        settings: await (0,_migrate_file_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .configuredSettings */ .uA)(ctx.session.client, config),
        executionId: ctx.envelope.executionId,
        actor: ctx.prepared.actor,
        lockRetries: config.lockRetries,
        lockRetryBackoffMs: config.lockRetryBackoffMs,
        emit: ctx.emit,
    };
}
/** This session's server process, the one that took the migration lock. */
async function backendPid(ctx) {
    return (await ctx.session.client.query('SELECT pg_catalog.pg_backend_pid() AS pid')).rows[0].pid;
}


/***/ }),

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ versionRange),
/* harmony export */   T: () => (/* binding */ locateVersion)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9432);

/** Digits separated by dots, underscores or dashes, read whole as the layouts read them (versionsOf). */
const NUMERIC = /^\d+(?:[._-]\d+)*$/;
/**
 * Where a version typed on the command line (`--to`) sits in a phase's order, the order migrate
 * applies in: a migration's version as pg-promote shows it (`3`, `2019-06-05-123456`, a Sqitch
 * change), or as its tool records it (diesel's without dashes); on a layout whose versions are
 * numbers, any number (`--to 0` keeps only v0). Undefined when it is none of these.
 */
function locateVersion(files, text) {
    const named = files.find((f) => f.version.text === text) ?? files.find((f) => f.historyKey === text);
    if (named)
        return { parts: named.version.parts, file: named };
    if (!NUMERIC.test(text) || files.some((f) => f.version.byPlace))
        return undefined;
    const parts = text.split(/[._-]/).map((p) => BigInt(p));
    return { parts, file: files.find((f) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(f.version.parts, parts) === 0) };
}
/** "its versions run from 1 to 3", for a message about a version the phase does not have. */
function versionRange(files) {
    return files.length > 0 ? `its versions run from ${files[0].version.text} to ${files.at(-1).version.text}` : 'it has no migration files';
}


/***/ })

};
