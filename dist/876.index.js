export const id = 876;
export const ids = [876];
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

/***/ 3876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./src/commands/index.ts + 25 modules
var commands = __webpack_require__(7282);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/runner.ts + 17 modules
var runner = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/report/audit-file.ts



function auditFilePaths(dir, day) {
    const date = day.toISOString().slice(0, 10);
    return { markdownPath: external_node_path_default().join(dir, `${date}.md`), jsonPath: external_node_path_default().join(dir, `${date}.json`) };
}
function readAuditJson(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return { reports: [] };
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new promote_error/* ConfigError */.xL(`audit file is not valid JSON (${err.message.split('\n')[0]}): move it aside and run again`, { file });
    }
    if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.reports)) {
        throw new promote_error/* ConfigError */.xL('audit file is not a pg-promote audit file (no "reports" array): move it aside and run again', { file });
    }
    return parsed;
}
function writeAuditFiles(dir, report, markdown) {
    const paths = auditFilePaths(dir, new Date(report.generatedAt));
    const json = readAuditJson(paths.jsonPath);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if ((0,external_node_fs_.existsSync)(paths.markdownPath))
        (0,external_node_fs_.appendFileSync)(paths.markdownPath, `\n---\n\n${markdown}`);
    else
        (0,external_node_fs_.writeFileSync)(paths.markdownPath, `# Promotion audit ${report.generatedAt.slice(0, 10)}\n\n${markdown}`);
    json.reports.push(report);
    // Written aside and renamed: a crash mid-write leaves the previous day's file whole.
    const temporary = `${paths.jsonPath}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(json, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(temporary, paths.jsonPath);
    return paths;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/report-model.ts + 1 modules
var report_model = __webpack_require__(6565);
;// CONCATENATED MODULE: ./src/report/signoffs.ts


function isApprovalsFile(value) {
    const v = value;
    return Boolean(v) && typeof v === 'object' && typeof v.recordedAt === 'string' && Array.isArray(v.approvals) &&
        v.approvals.every((a) => a && typeof a.environment === 'string' && typeof a.user === 'string' && typeof a.state === 'string');
}
/** Splits --results into sign-off records and the rest (stage results, read as before). */
function splitSignOffs(root, files) {
    const signOffs = [];
    const stageFiles = [];
    for (const file of files) {
        let parsed;
        try {
            parsed = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, file), 'utf8'));
        }
        catch {
            stageFiles.push(file); // not readable or not JSON: the stage reader names the problem
            continue;
        }
        if (!isApprovalsFile(parsed)) {
            stageFiles.push(file);
            continue;
        }
        for (const a of parsed.approvals) {
            signOffs.push({ environment: a.environment, reviewer: a.user, state: a.state, comment: a.comment ?? '', recordedAt: parsed.recordedAt });
        }
    }
    return { signOffs, stageFiles };
}

// EXTERNAL MODULE: ./src/report/stage-results.ts
var stage_results = __webpack_require__(9607);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/engine/report.ts











/**
 * The success criteria as a report: the earlier stages' results (--results), the
 * verification run live against this database, assembled into the dated audit file (markdown,
 * appended per run) and its JSON twin. Exit 1 when a stage or a check failed, after writing.
 */
async function report(ctx) {
    const started = Date.now();
    const { config, phases, target } = ctx.prepared;
    const { signOffs, stageFiles } = splitSignOffs(ctx.options.root, ctx.options.report?.results ?? []);
    const stages = (0,stage_results/* readStageResults */.N)(ctx.options.root, stageFiles, commands/* COMMANDS */.Lo);
    const checks = await (0,runner/* runChecks */.J)(ctx.session.client, { config, phases, executionId: executionOf(stages, target.display) });
    const ok = checks.every((c) => c.status !== 'fail');
    // This stage is one of the report's stages: as its result will say, so far.
    const self = { ...ctx.envelope, checks, ok, exitCode: ok ? 0 : 1, durationMs: Date.now() - started };
    const model = { ...(0,report_model/* buildReport */.F)([...stages, self], new Date(), { title: config.notifications.title, criteria: config.reportCriteria }), signOffs };
    const written = writeAuditFiles(ctx.settings.auditDir, model, (0,markdown/* renderReportMarkdown */.Ay)(model));
    const files = { markdownPath: shown(ctx.options.root, written.markdownPath), jsonPath: shown(ctx.options.root, written.jsonPath) };
    if (model.ok)
        return { report: files, checks };
    // The report's own stage fails only through its checks, which are named below.
    const failedStages = model.stages.filter((s) => !s.ok && s.command !== 'report').map((s) => s.command);
    const failedChecks = model.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}${c.phase ? ` (${c.phase})` : ''}`);
    const what = [
        failedStages.length > 0 ? `stage${failedStages.length === 1 ? '' : 's'} failed: ${failedStages.join(', ')}` : '',
        failedChecks.length > 0 ? `check${failedChecks.length === 1 ? '' : 's'} failed: ${failedChecks.join(', ')}` : '',
    ].filter(Boolean).join('; ');
    return new outcome/* Failed */.cV({ report: files, checks }, new promote_error/* CheckFailed */.EC(`the promotion did not pass (${what}); the report is in ${files.markdownPath}`, { file: files.markdownPath }));
}
/** The audit trail to check is that of the newest real migrate (or down) of this database. */
function executionOf(stages, target) {
    const runs = stages
        .filter((s) => (s.command === 'migrate' || s.command === 'down') && !s.dryRun && s.executionId && s.database?.target === target)
        .sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.startedAt, b.startedAt));
    return runs[runs.length - 1]?.executionId;
}
/** Repository-relative when inside the root (what a person types), absolute otherwise. */
function shown(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
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
