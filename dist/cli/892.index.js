export const id = 892;
export const ids = [892];
export const modules = {

/***/ 7900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   down: () => (/* binding */ down)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _migrate_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7562);
/* harmony import */ var _migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9432);
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(849);
/* harmony import */ var _session_setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7026);





/**
 * Reverts one phase to --to: the DOWN file of every applied version above it, newest first,
 * each in its own transaction with its history update. Every needed DOWN file must exist
 * before the first one runs, so a rollback never stops half-way for want of a file.
 */
async function down(ctx) {
    const { to } = ctx.options;
    if (to === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('down needs --to VERSION (0 reverts every migration of the phase)', { key: '--to' });
    const target = (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersionText */ .bw)(to);
    if (!target)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`--to '${to}' is not a version (expected digits, e.g. 3 or 2.1)`, { key: '--to' });
    if (ctx.prepared.phases.length !== 1) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`down works on one phase at a time; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const work = async () => {
        const { plans } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .planAll */ .n)(ctx);
        const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .driftError */ .u)(ctx, true);
        if (drift)
            throw drift;
        const plan = plans[0];
        const files = plan.files;
        const revert = [...plan.upToDate]
            .filter((f) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(f.version.parts, target) > 0)
            .sort((a, b) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(b.version.parts, a.version.parts));
        const downs = files.downs ?? new Map();
        const missing = revert.filter((f) => !downs.has(f.version.text));
        if (missing.length > 0) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`no DOWN file for version${missing.length > 1 ? 's' : ''} ${missing.map((f) => f.version.text).join(', ')} in ${files.phase.down?.rel}; nothing was reverted`, { file: files.phase.down?.rel, phase: files.phase.name });
        }
        const phaseResult = ctx.result.phases[0];
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
        const run = (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .runContext */ .pO)(ctx);
        for (const [i, f] of revert.entries()) {
            phaseResult.currentVersion = f.version.text;
            const outcome = await (0,_migrate_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .applyFile */ .Z)(run, { phase: files.phase.name, kind: 'down', version: f.version.text, file: downs.get(f.version.text) });
            phaseResult.files[i] = outcome.status === 'applied' ? { ...outcome, status: 'reverted' } : outcome;
            if (outcome.status === 'failed') {
                throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG('migration', outcome.error.message, { ...outcome.error, phase: files.phase.name, version: f.version.text });
            }
        }
        const remaining = plan.upToDate.filter((f) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(f.version.parts, target) <= 0);
        phaseResult.currentVersion = remaining.at(-1)?.version.text;
    };
    if (ctx.options.dryRun)
        return work();
    await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .withMigrationLock */ .KE)(ctx, async () => {
        await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureHistoryTable */ .r0)(ctx);
        await work();
    });
}


/***/ }),

/***/ 3909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ markRevertedSql),
/* harmony export */   K6: () => (/* binding */ historyState),
/* harmony export */   LX: () => (/* binding */ qualified),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   NA: () => (/* binding */ createHistorySql),
/* harmony export */   Ro: () => (/* binding */ repeatableKey),
/* harmony export */   e8: () => (/* binding */ insertHistoryQuery),
/* harmony export */   zQ: () => (/* binding */ HISTORY_EXISTS_SQL)
/* harmony export */ });
/* unused harmony exports readHistorySql, insertHistorySql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

const qualified = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`;
function createHistorySql(t) {
    const name = qualified(t);
    const index = pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(`${t.table}_applied_once`);
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${name} (
  id            bigserial PRIMARY KEY,
  execution_id  uuid        NOT NULL,
  phase         text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN ('migration', 'view', 'policy', 'down')),
  version       text,
  file_name     text        NOT NULL,
  checksum      text        NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  applied_by    text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  duration_ms   integer     NOT NULL,
  success       boolean     NOT NULL,
  reverted_at   timestamptz,
  error_sqlstate text,
  error_message text
);
CREATE UNIQUE INDEX IF NOT EXISTS ${index} ON ${name} (phase, version)
  WHERE kind = 'migration' AND success AND reverted_at IS NULL;`;
}
const HISTORY_EXISTS_SQL = 'SELECT to_regclass($1) IS NOT NULL AS present';
function readHistorySql(t) {
    return `SELECT id::text, execution_id::text, phase, kind, version, file_name, checksum, applied_at, applied_by, success, reverted_at
FROM ${qualified(t)} ORDER BY id`;
}
function insertHistorySql(t) {
    return `INSERT INTO ${qualified(t)}
  (execution_id, phase, kind, version, file_name, checksum, applied_by, duration_ms, success, error_sqlstate, error_message)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
}
function markRevertedSql(t) {
    return `UPDATE ${qualified(t)} SET reverted_at = now()
WHERE phase = $1 AND version = $2 AND kind = 'migration' AND success AND reverted_at IS NULL`;
}
/** A named (prepared once per connection) insert: it runs once per file, often thousands of times. */
function insertHistoryQuery(t, e) {
    return { name: `pg-promote-history-${t.schema}.${t.table}`, text: insertHistorySql(t), values: historyValues(e) };
}
function historyValues(e) {
    return [
        e.executionId, e.phase, e.kind, e.version ?? null, e.fileName, e.checksum, e.appliedBy,
        Math.round(e.durationMs), e.success, e.errorSqlstate ?? null, e.errorMessage?.slice(0, 2000) ?? null,
    ];
}
/** Reading works on a database pg-promote never touched: no table means no history. */
async function readHistory(client, t) {
    const exists = await client.query(HISTORY_EXISTS_SQL, [qualified(t)]);
    if (!exists.rows[0]?.present)
        return [];
    return (await client.query(readHistorySql(t))).rows;
}
const repeatableKey = (phase, kind, file) => `${phase}\0${kind}\0${file}`;
function historyState(rows) {
    const applied = new Map();
    const repeatables = new Map();
    for (const row of rows) {
        if (!row.success)
            continue;
        if (row.kind === 'migration' && row.version !== null && row.reverted_at === null) {
            let phase = applied.get(row.phase);
            if (!phase)
                applied.set(row.phase, (phase = new Map()));
            phase.set(row.version, row);
        }
        else if (row.kind === 'view' || row.kind === 'policy') {
            repeatables.set(repeatableKey(row.phase, row.kind, row.file_name), row);
        }
    }
    return { applied, repeatables };
}


/***/ })

};
