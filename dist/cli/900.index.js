export const id = 900;
export const ids = [900];
export const modules = {

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
/* harmony import */ var _session_setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1272);








/**
 * Reverts one phase to --to: the DOWN file of every applied version above it, newest first,
 * each in its own transaction with its history update. Every needed DOWN file must exist
 * before the first one runs, so a rollback never stops half-way for want of a file.
 */
async function down(ctx) {
    const { to, all, versions } = ctx.options;
    if (to === undefined && !all && !versions)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('down needs --to VERSION (that version stays applied) or --all (every applied version of the phase, the lowest included)', { key: '--to' });
    if (ctx.prepared.phases.length !== 1) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`down works on one phase at a time; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const { phase, migrations } = ctx.prepared.phases[0];
    // In the layout's own order (a date, a Sqitch change), checked before the database is touched.
    const target = all || versions ? undefined : (0,_migrate_version_target_js__WEBPACK_IMPORTED_MODULE_4__/* .locateVersion */ .T)(migrations, to);
    if (!all && !versions && !target) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`--to '${to}' is not a version of phase '${phase.name}' (${(0,_migrate_version_target_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRange */ .Q)(migrations)})`, { key: '--to', phase: phase.name, version: to });
    }
    // --all reverts v0 too: nothing sorts below every version, so "above" cannot say it.
    const above = (f) => (versions ? versions.includes(f.version.text) : target === undefined || (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(f.version.parts, target.parts) > 0);
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


/***/ })

};
