export const id = 340;
export const ids = [340];
export const modules = {

/***/ 7641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ refusePooledConnection),
/* harmony export */   fD: () => (/* binding */ poolingError)
/* harmony export */ });
/* unused harmony export POOLING_MESSAGE */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6375);


const POOLING_MESSAGE = 'transaction pooling detected: use a direct or session-mode connection for migrations';
const poolingError = (why, display) => new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionFailed */ .GK(`${POOLING_MESSAGE} (${why})`, display ? { object: display } : {});
const PID_SQL = 'SELECT pg_catalog.pg_backend_pid() AS pid';
const PROBE_WAIT_MS = 3000;
/**
 * A transaction- or statement-mode pooler (PgBouncer, say) hands each transaction whichever
 * server connection is free: session settings, advisory locks and prepared statements stay on
 * one server connection while the next statement runs on another. Checked before the lock is
 * taken, so a refused run leaves nothing behind. A direct connection's backend pid is its own
 * and stays; behind such a pooler the session's pid changes between statements, or a second
 * client is handed the very server connection the session just used (the pooler reuses the
 * most recently released one).
 */
async function refusePooledConnection(session) {
    const { client, target } = session;
    const first = (await client.query(PID_SQL)).rows[0]?.pid;
    // A session-mode pool with no server connection to spare makes the probe wait: a transaction
    // pooler would have handed it ours at once, so an answer that does not come is not pooling.
    const probe = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .connectClient */ .m)(target, 'pg-promote pooler check', { query_timeout: PROBE_WAIT_MS });
    let other;
    try {
        other = (await probe.query(PID_SQL)).rows[0]?.pid;
    }
    catch (err) {
        if (!/Query read timeout/.test(err.message))
            throw err;
    }
    finally {
        await probe.end().catch(() => undefined);
    }
    const again = (await client.query(PID_SQL)).rows[0]?.pid;
    if (other === first)
        throw poolingError(`a second connection was served by the same server process ${first}`, target.display);
    if (again !== first)
        throw poolingError(`the server process changed between two statements, ${first} then ${again}`, target.display);
}


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

/***/ 1272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r0: () => (/* binding */ ensureHistoryTable),
  pO: () => (/* binding */ runContext),
  bJ: () => (/* binding */ takeMigrationLock),
  KE: () => (/* binding */ withMigrationLock)
});

// UNUSED EXPORTS: CLIENT_CHECK_SQL, RESET_SETTINGS_SQL, SESSION_SETTINGS_SQL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
;// CONCATENATED MODULE: ./src/db/session-settings.ts
/** Session settings that bound how long a migration can hold application traffic behind it. */
const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;

// EXTERNAL MODULE: ./src/migrate/file-settings.ts
var file_settings = __webpack_require__(5905);
// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
;// CONCATENATED MODULE: ./src/engine/session-setup.ts







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
    await (0,pooler/* refusePooledConnection */.Ug)(ctx.session);
    const release = await (0,advisory_lock/* acquireMigrationLock */.et)(ctx.session.client, {
        waitMs: config.advisoryLockWaitMs,
        database: target.database,
        onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
    });
    try {
        await ctx.session.client.query(advisory_lock/* LOCK_GUARD_SQL */.f6);
    }
    catch (err) {
        await release();
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw (0,pooler/* poolingError */.fD)('the lock taken is not held by the server process now serving this session', target.display);
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
    ctx.envelope.executionId ??= (0,external_node_crypto_.randomUUID)();
    const release = await takeMigrationLock(ctx);
    ctx.emit({ type: 'lock-acquired' });
    try {
        await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
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
    await new history_store/* HistoryStore */.KU(ctx.prepared.config.historyTable).ensure(ctx.session.client, needs);
}
/** Reads the search_path and role every file will start with: call it once the lock is held. */
async function runContext(ctx) {
    const { config } = ctx.prepared;
    return {
        db: ctx.session.db,
        store: new history_store/* HistoryStore */.KU(config.historyTable, await backendPid(ctx)),
        settings: await (0,file_settings/* configuredSettings */.uA)(ctx.session.client, config),
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

/***/ 2115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyInOrder)
});

// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/migrate/file-settings.ts
var file_settings = __webpack_require__(5905);
// EXTERNAL MODULE: ./src/sql/position.ts
var sql_position = __webpack_require__(8305);
;// CONCATENATED MODULE: ./src/migrate/file-script.ts


/**
 * A transactional file goes to the server as one simple-protocol query, one round trip:
 *
 *   BEGIN; <settings, lock check>; <statement 1>; <marker 1>; ...; <settings, marker n>; <history rows>; COMMIT
 *
 * The server stops at the first error, leaving the transaction to be rolled back. The markers
 * are `SELECT n`: their rows arrive before an error does, so a failure the server gives no
 * position for (a unique violation, a division by zero) is still pinned to its statement.
 * A file larger than MAX_QUERY_CHARS is cut, between statements, over several queries of the
 * same transaction, so the server never parses megabytes of SQL at once.
 */
const MAX_QUERY_CHARS = 256 * 1024;
/** The column of a marker row: how many of the file's statements have completed. */
const MARKER = 'pg-promote statements done';
// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';
const markerColumn = (done) => `${done} AS "${MARKER}"`;
function transactionalScript(statements, pieces, maxChars = MAX_QUERY_CHARS) {
    const parts = [];
    let text = '';
    let commands = [];
    const add = (role, sql, statement) => {
        if (role === 'statement' && commands.length > 0 && text.length + sql.length > maxChars) {
            parts.push({ text, commands });
            text = '';
            commands = [];
        }
        commands.push({ role, statement, offset: text.length, length: sql.length });
        text += sql + SEPARATOR;
    };
    add('begin', 'BEGIN');
    add('start', pieces.start);
    statements.forEach((statement, i) => {
        add('statement', statement.text, statement);
        if (i === statements.length - 1)
            add('marker', pieces.restore([markerColumn(i + 1)]));
        else {
            const reset = (0,file_settings/* resetsSettings */.E1)(statement);
            if (reset.length > 0)
                add('settings', pieces.restore([], reset));
            add('marker', `SELECT ${markerColumn(i + 1)}`);
        }
    });
    for (const sql of pieces.record)
        add('record', sql);
    add('commit', 'COMMIT');
    parts.push({ text, commands });
    return parts;
}
/**
 * Which statement of a failed part it was. The server's position counts code points in the
 * whole query; without one, the markers that arrived say how many statements completed
 * (`done`; undefined when not even the start did).
 */
function failurePoint(part, serverPosition, statements, done) {
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && serverPosition >= 1) {
        const at = (0,sql_position/* utf16OffsetOfCodePoint */.us)(part.text, serverPosition - 1);
        let command;
        // The separator after a command is still its end ("syntax error at or near ;").
        for (const c of part.commands) {
            if (c.offset > at)
                break;
            command = c;
        }
        if (!command?.statement)
            return {};
        const within = Math.min(at - command.offset, command.length);
        return { statement: command.statement, position: (0,sql_position/* countCodePoints */.sA)(command.statement.text, 0, within) + 1 };
    }
    if (done === undefined)
        return {};
    return { statement: statements[done] };
}

// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
// EXTERNAL MODULE: ./src/errors/connection-lost.ts
var connection_lost = __webpack_require__(1874);
;// CONCATENATED MODULE: ./src/migrate/statement-error.ts


/** SQLSTATEs after which the same file may simply be tried again. */
const RETRYABLE_SQLSTATES = new Set([
    '55P03', // lock_not_available: lock_timeout expired
    '40P01', // deadlock_detected
]);

/** Lost connections: the server rolled back whatever transaction we had open. */
const isConnectionLoss = connection_lost/* isConnectionLost */.pb;
/**
 * Turns what the server said about a failed statement into an error that points at the file:
 * the position is counted in characters within the statement, and the statement's offset in
 * the file gives the rest.
 */
function statementError(err, file, statement, transactional, 
/** The server's position within the statement's text, when it was sent with others. */
position = serverPosition(err)) {
    const e = err;
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    const at = statement ? (0,sql_position/* errorLocation */.yr)(file.sql, statement, position) : undefined;
    let message = e.message ?? String(err);
    if (isConnectionLoss(err)) {
        message = transactional
            ? `connection lost while applying this file (${message}); the server rolled its transaction back. Run 'pg-promote status' to see what is applied, then run again`
            : `connection lost while applying this file (${message})`;
    }
    else if (sqlstate === '55P03') {
        message = `${message}: another session held a conflicting lock for longer than lock_timeout, and the retries ran out`;
    }
    return {
        kind: 'migration',
        message,
        file: file.path.rel,
        line: at?.line,
        column: at?.column,
        sqlstate,
        detail: e.detail,
        hint: e.hint,
        statement: statement ? truncate(statement.text, 500) : undefined,
    };
}
/** The server's error position: 1-based, in code points of the query text sent. */
function serverPosition(err) {
    const position = err.position;
    return position ? Number(position) : undefined;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./src/migrate/run-context.ts

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lock timeouts and deadlocks: waits with exponential backoff and says so, within the retry budget. */
async function shouldRetry(ctx, item, err, attempt) {
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries)
        return false;
    const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
    ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: err.message });
    await sleep(waitMs);
    return true;
}
function historyEntry(ctx, item) {
    return {
        executionId: ctx.executionId,
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        fileName: item.file.path.rel,
        checksum: item.file.checksum,
        appliedBy: ctx.actor,
    };
}
function fileResult(item, status, extra) {
    return {
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        file: item.file.path.rel,
        checksum: item.file.checksum,
        status,
        transactional: item.file.transactional,
        ...extra,
        // Whole milliseconds, as the history records them.
        durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs),
    };
}
const fileStart = (item) => ({
    type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version,
});

;// CONCATENATED MODULE: ./src/migrate/applier.ts







/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure. A
 * file is one round trip (file-script.ts) that starts from the configured settings and ends
 * with its history row; nothing is kept in the session from one file to the next. A
 * -- pg-promote:no-transaction file goes statement by statement.
 */
async function* applyInOrder(ctx, items) {
    for (const item of items) {
        ctx.emit(fileStart(item));
        const result = item.file.transactional ? await applyTransactional(ctx, item) : await applyStatementByStatement(ctx, item);
        ctx.emit({ type: 'file-done', result });
        yield result;
        if (result.status === 'failed')
            return;
    }
}
const lockLost = () => (0,pooler/* poolingError */.fD)('the migration lock is not held by the server process running the next file');
/** Settings first, then the lock check (the cheap one in a file's own transaction), whose one row is marker 0. */
const startSql = (ctx, local) => (0,file_settings/* settingsSql */.GI)(ctx.settings, local, [`(${ctx.store.lockHeldSql(local)}) AS "${MARKER}"`]);
/**
 * The file, its settings and its history rows in one transaction. A lock timeout or deadlock
 * rolls the file back and sends it again after a backoff.
 */
async function applyTransactional(ctx, item) {
    const { statements } = item.file;
    const parts = transactionalScript(statements, {
        start: startSql(ctx, true),
        restore: (extra, only) => (0,file_settings/* settingsSql */.GI)(ctx.settings, true, extra, only),
        record: ctx.store.appliedSql(historyEntry(ctx, item)),
    });
    for (let attempt = 1;; attempt++) {
        const started = performance.now();
        let done;
        let recordedMs;
        const onRow = (row) => {
            if (MARKER in row)
                done = Number(row[MARKER]);
            if (history_store/* RECORDED_MS */.cq in row)
                recordedMs = Number(row[history_store/* RECORDED_MS */.cq]);
        };
        let failure;
        for (const part of parts) {
            try {
                await ctx.db.script(part.text, onRow);
            }
            catch (err) {
                failure = { err, part };
                break;
            }
        }
        const durationMs = performance.now() - started;
        if (!failure)
            return fileResult(item, 'applied', { durationMs: recordedMs ?? durationMs, attempts: attempt });
        const { err, part } = failure;
        // A COMMIT that failed (a deferred constraint) has ended the block already: ROLLBACK then only warns.
        if (!isConnectionLoss(err))
            await ctx.db.query('ROLLBACK').catch(() => undefined);
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        if (await shouldRetry(ctx, item, err, attempt))
            continue;
        const at = failurePoint(part, serverPosition(err), statements, done);
        const error = statementError(err, item.file, at.statement, true, at.position);
        await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
        return fileResult(item, 'failed', { durationMs, attempts: attempt, error });
    }
}
/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx, item) {
    try {
        await ctx.db.script(startSql(ctx, false));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        throw err;
    }
    const { statements } = item.file;
    const started = performance.now();
    let applied = 0;
    let attempts = 1;
    for (const statement of statements) {
        for (let attempt = 1;; attempt++) {
            try {
                await ctx.db.script(statement.text);
                const reset = (0,file_settings/* resetsSettings */.E1)(statement);
                if (reset.length > 0)
                    await ctx.db.script((0,file_settings/* settingsSql */.GI)(ctx.settings, false, [], reset));
                applied++;
                break;
            }
            catch (err) {
                attempts = Math.max(attempts, attempt);
                if (await shouldRetry(ctx, item, err, attempt))
                    continue;
                const durationMs = performance.now() - started;
                const error = statementError(err, item.file, statement, false);
                if (applied > 0) {
                    error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
                }
                await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
                return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
            }
        }
    }
    const durationMs = performance.now() - started;
    try {
        // One implicit transaction: the settings back (the history row is written as the run's
        // role, whatever the file set), the lock checked, the rows written together.
        await ctx.db.script([startSql(ctx, false), ...ctx.store.appliedSql(historyEntry(ctx, item), durationMs)].join(';\n'));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        const error = statementError(err, item.file, undefined, false);
        error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
    }
    return fileResult(item, 'applied', { durationMs, attempts });
}
/** Best effort, after the file rolled back: when the connection is gone, so is this. */
async function recordFailure(ctx, item, durationMs, sqlstate, message) {
    const insert = ctx.store.failedSql(historyEntry(ctx, item), { durationMs, sqlstate, message });
    await ctx.db.script(['BEGIN', startSql(ctx, true), insert, 'COMMIT'].join(';\n')).catch(() => ctx.db.query('ROLLBACK').catch(() => undefined));
}


/***/ }),

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ resetsSettings),
/* harmony export */   GI: () => (/* binding */ settingsSql),
/* harmony export */   uA: () => (/* binding */ configuredSettings)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

async function configuredSettings(db, limits) {
    const row = (await db.query("SELECT session_user AS session_user, pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('role') AS role")).rows[0];
    return {
        sessionAuthorization: row.session_user,
        lockTimeout: `${limits.lockTimeoutMs}ms`,
        statementTimeout: `${limits.statementTimeoutMs}ms`,
        searchPath: row.search_path,
        role: row.role,
    };
}
// The session user first: setting it also drops the role, which comes right after.
const ALL = ['sessionAuthorization', 'role', 'searchPath', 'lockTimeout', 'statementTimeout'];
const NAMES = { sessionAuthorization: 'session_authorization', role: 'role', searchPath: 'search_path', lockTimeout: 'lock_timeout', statementTimeout: 'statement_timeout' };
const BY_NAME = { ROLE: 'role', SEARCH_PATH: 'searchPath', LOCK_TIMEOUT: 'lockTimeout', STATEMENT_TIMEOUT: 'statementTimeout' };
/**
 * The settings as one SELECT's columns. `local` (SET LOCAL) inside a file's transaction: they
 * end with it, so nothing of ours is left on the connection between files (a transaction
 * pooler could hand it on). Session-wide for a no-transaction file, whose statements are
 * transactions of their own. `extra` adds columns (the lock check, a marker).
 */
function settingsSql(s, local, extra = [], only = ALL) {
    const set = (name) => `pg_catalog.set_config('${NAMES[name]}', ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(s[name])}, ${local})`;
    return `SELECT ${[...only.map(set), ...extra].join(', ')}`;
}
const RESET = /^RESET\s+(ALL|ROLE|SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT|SESSION\s+AUTHORIZATION)\s*$/i;
const TO_DEFAULT = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT)\s*(?:=|TO)\s*DEFAULT\s*$/i;
const ROLE_NONE = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(?:ROLE\s+NONE|SESSION\s+AUTHORIZATION\s+DEFAULT)\s*$/i;
/**
 * Which of our settings a statement puts back to the server's defaults (RESET ALL, RESET
 * ROLE, DISCARD ALL, SET lock_timeout TO DEFAULT ...). Within a file "reset" means back to
 * where the file started, so those are re-established right after it. A plain SET is the
 * file's own choice and lasts until the file ends.
 */
function resetsSettings(statement) {
    const [first, second] = statement.keywords;
    if (first === 'DISCARD')
        return second === 'ALL' ? ALL : [];
    if (first === 'RESET') {
        const word = RESET.exec(statement.text)?.[1]?.toUpperCase();
        if (!word)
            return [];
        return word === 'ALL' ? ALL : [BY_NAME[word] ?? 'role'];
    }
    if (first === 'SET') {
        if (ROLE_NONE.test(statement.text))
            return ['role'];
        const word = TO_DEFAULT.exec(statement.text)?.[1]?.toUpperCase();
        return word ? [BY_NAME[word]] : [];
    }
    return [];
}


/***/ })

};
