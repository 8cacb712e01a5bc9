export const id = 401;
export const ids = [401];
export const modules = {

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ byCodeUnits)
/* harmony export */ });
/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine. A locale's
 * collation (localeCompare) differs between runners and ICU versions, so which duplicate file
 * is reported first, or the order of a report, would change with the machine; and its first use
 * builds a collator.
 */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


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

/***/ 9401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./src/commands/index.ts + 26 modules
var commands = __webpack_require__(2239);
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

// EXTERNAL MODULE: ./src/report/latency-text.ts
var latency_text = __webpack_require__(9618);
;// CONCATENATED MODULE: ./src/report/mermaid.ts
/**
 * The stages as a left-to-right mermaid flowchart, each node coloured by its outcome. GitHub
 * renders mermaid in markdown files and in job summaries, so the audit file and the action's
 * summary show the same picture.
 */
const CLASSES = [
    'classDef pass fill:#dafbe1,stroke:#1a7f37,color:#0f2f19',
    'classDef warn fill:#fff8c5,stroke:#9a6700,color:#3b2300',
    'classDef fail fill:#ffebe9,stroke:#cf222e,color:#4c0b0f',
];
/** Mermaid labels are quoted strings: keep to characters that cannot end or restyle them. */
function label(text) {
    return text.replace(/[^A-Za-z0-9 _.,:/@()+-]/g, ' ').replace(/\s+/g, ' ').trim();
}
function seconds(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
function stageLabel(stage) {
    const dry = stage.dryRun && (stage.command === 'migrate' || stage.command === 'down') ? ' (dry run)' : '';
    return `${stage.command}${dry}`;
}
function stagesDiagram(stages) {
    if (stages.length === 0)
        return '';
    const lines = ['```mermaid', 'flowchart LR'];
    stages.forEach((stage, i) => {
        const verdict = stage.outcome === 'fail' ? 'failed' : stage.outcome === 'warn' ? 'warnings' : 'ok';
        const parts = [stageLabel(stage), stage.database ?? '', `${seconds(stage.durationMs)}, ${verdict}`].map(label).filter(Boolean);
        lines.push(`  s${i}["${parts.join('<br/>')}"]:::${stage.outcome}`);
    });
    if (stages.length > 1)
        lines.push(`  ${stages.map((_, i) => `s${i}`).join(' --> ')}`);
    lines.push(...CLASSES.map((c) => `  ${c}`), '```');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/ramp-text.ts
var ramp_text = __webpack_require__(7266);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/report/success-criteria.ts
const notChecked = (id, text, why) => ({ id, text, status: 'not-checked', evidence: why });
const notApplicable = (id, text, why) => ({ id, text, status: 'not-applicable', evidence: why });
/** The worst status of the checks with these ids; not-checked when none ran. */
function fromChecks(id, text, evidence, ids, none) {
    const checks = evidence.checks.filter((c) => ids.includes(c.id));
    if (checks.length === 0)
        return notChecked(id, text, none);
    const ran = checks.filter((c) => c.status !== 'not-checked');
    if (ran.length === 0)
        return notChecked(id, text, checks.map((c) => c.summary).join('; '));
    const status = ran.some((c) => c.status === 'fail') ? 'fail' : ran.some((c) => c.status === 'warn') ? 'warn' : 'pass';
    const shown = status === 'pass' ? ran : ran.filter((c) => c.status === status);
    return { id, text, status, evidence: shown.map((c) => `${c.id}${c.phase ? ` (${c.phase})` : ''}: ${c.summary}`).join('; ') };
}
/** The sum of one count over the checks with this id; undefined when none of them ran. */
function counted(evidence, id, key) {
    const checks = evidence.checks.filter((c) => c.id === id && c.counts?.[key] !== undefined);
    return checks.length === 0 ? undefined : checks.reduce((n, c) => n + c.counts[key], 0);
}
/** Views were looked for (views.compile) and there are none: nothing to compile or return data. */
const noViews = (evidence) => counted(evidence, 'views.compile', 'views') === 0;
/** Policies were looked for (lint.policy-rls-disabled) and there are none, and no schema requires RLS on tables it has. */
const noPolicies = (evidence) => counted(evidence, 'lint.policy-rls-disabled', 'policies') === 0 && !((counted(evidence, 'rls.required', 'tables') ?? 0) > 0);
function viewsReturnData(evidence) {
    const text = 'All views return data';
    if (noViews(evidence))
        return notApplicable('views-return-data', text, 'no views in the checked schemas');
    const base = fromChecks('views-return-data', text, evidence, ['views.rows', 'views.compile'], 'no view must return rows: set verify.views.require_rows (schema.* for all)');
    if (base.status !== 'pass')
        return base;
    const rows = evidence.checks.filter((c) => c.id === 'views.rows');
    if (rows.length === 0)
        return notChecked(base.id, text, 'views compile, but none is required to return rows: set verify.views.require_rows (schema.* for all)');
    const covered = rows.reduce((n, c) => n + (c.counts?.covered ?? 0), 0);
    const total = rows.reduce((n, c) => n + (c.counts?.views ?? 0), 0);
    if (covered < total) {
        return notChecked(base.id, text, `only ${covered} of ${total} views are required to return rows (views.rows); use schema.* in require_rows to cover all`);
    }
    return base;
}
/** RLS being enabled says nothing about a role's access until the role was tried: roles.access must have run. */
function rlsBlocksDirectAccess(evidence) {
    const id = 'rls-blocks-direct-access';
    const text = 'RLS blocks direct table access for the restricted roles';
    if (!evidence.checks.some((c) => c.id === 'roles.access')) {
        if (noPolicies(evidence))
            return notApplicable(id, text, 'no policies');
        return notChecked(id, text, 'no role was tried: add verify.roles with denied objects');
    }
    return fromChecks(id, text, evidence, ['roles.access', 'rls.required'], '');
}
function auditTrail(evidence) {
    const id = 'audit-trail';
    const text = 'Audit trail shows expected operations';
    const base = fromChecks(id, text, evidence, ['audit.trail'], 'verification did not run');
    // A pass without a change log read means the config names no audit table: the operations were not looked at.
    if (base.status === 'pass' && counted(evidence, 'audit.trail', 'changeLog') === 0) {
        return notChecked(id, text, 'the config names no audit table: set audit.change_log to the table your audit triggers write');
    }
    return base;
}
function ciBoundary(evidence) {
    const text = 'CI boundary checks passing';
    const runs = evidence.stages.filter((s) => s.command === 'boundary-check');
    const last = runs[runs.length - 1];
    if (!last)
        return notChecked('ci-boundary', text, 'no boundary-check result given (pass its --json output with --results)');
    const findings = last.boundary?.findings.length ?? 0;
    return last.ok
        ? { id: 'ci-boundary', text, status: 'pass', evidence: `boundary-check: ${last.boundary?.filesScanned ?? 0} files scanned, no finding` }
        : { id: 'ci-boundary', text, status: 'fail', evidence: `boundary-check failed: ${findings} finding${findings === 1 ? '' : 's'}${last.error ? ` (${last.error.message})` : ''}` };
}
function crossBoundaryWrites(evidence) {
    const grants = evidence.checks.filter((c) => c.id === 'boundary.grants');
    const related = grants.length > 0 ? ` Related: ${grants.map((c) => `boundary.grants ${c.status}: ${c.summary}`).join('; ')}.` : '';
    return notChecked('no-cross-boundary-writes', 'No cross-boundary write attempts logged', `denied attempts are in the server and application logs, which pg-promote does not read.${related}`);
}
/** The project's own criteria: pg-promote cannot see them, so they are listed for a person to tick. */
function ownCriteria(evidence) {
    return (evidence.ownCriteria ?? []).map((text, i) => notChecked(`own-${i + 1}`, text, 'checked by a person (report.criteria), not by pg-promote'));
}
function successCriteria(evidence) {
    return [
        notChecked('zero-errors-in-logs', 'Zero errors in production logs', 'needs the production logs, which pg-promote does not read'),
        viewsReturnData(evidence),
        rlsBlocksDirectAccess(evidence),
        auditTrail(evidence),
        crossBoundaryWrites(evidence),
        ciBoundary(evidence),
        ...ownCriteria(evidence),
        notChecked('no-performance-degradation', 'No performance degradation', 'no latency comparison given (pass latency --compare\'s --json output with --results)'),
    ];
}
function backupTaken(backup) {
    const text = 'Production backup taken and verified';
    if (!backup)
        return notChecked('backup', text, 'no backup result given (pass the backup stage\'s --json output with --results)');
    return { id: 'backup', text, status: 'pass', evidence: `${backup.path}, verified by ${backup.verification === 'restore' ? 'restoring it' : 'listing its table of contents'}, taken ${backup.takenAt}` };
}
function pitrReady(backup) {
    const text = 'Point-in-time recovery is configured';
    if (!backup)
        return notChecked('pitr', text, 'no backup result given');
    const status = { ready: 'pass', warning: 'warn', error: 'fail', unknown: 'not-checked' };
    const lsn = backup.walLsn ? ` (WAL position at backup: ${backup.walLsn})` : '';
    return { id: 'pitr', text, status: status[backup.pitr.status], evidence: `${backup.pitr.message}${lsn}` };
}
function viewsCompile(evidence) {
    const text = 'Views compile without errors';
    if (noViews(evidence))
        return notApplicable('views-compile', text, 'no views in the checked schemas');
    return fromChecks('views-compile', text, evidence, ['views.compile'], 'verification did not run');
}
/** Active is the lints' word; tested needs a role tried against them (roles.access). */
function rlsActive(evidence) {
    const id = 'rls-active';
    const text = 'RLS policies are active and tested';
    if (noPolicies(evidence))
        return notApplicable(id, text, 'no policies');
    const base = fromChecks(id, text, evidence, ['rls.required', 'lint.policy-rls-disabled', 'roles.access'], 'verification did not run');
    if (base.status === 'pass' && !evidence.checks.some((c) => c.id === 'roles.access')) {
        return notChecked(id, text, `policies are enforced (${base.evidence}), but no role was tried against them: add verify.roles`);
    }
    return base;
}
/** The pre-promotion checklist, as far as pg-promote's stages can answer it. */
function prePromotionChecklist(evidence) {
    return [
        fromChecks('staging-applied', 'All scripts ran successfully on staging', evidence, ['staging.gate'], 'no staging gate ran: pass --staging-url to plan or migrate'),
        fromChecks('row-counts', 'Row counts match expectations', evidence, ['rows.counts'], 'no row counts configured: add verify.row_counts'),
        viewsCompile(evidence),
        rlsActive(evidence),
        fromChecks('audit-complete', 'Audit trail shows complete execution', evidence, ['audit.trail'], 'verification did not run'),
        backupTaken(evidence.backup),
        pitrReady(evidence.backup),
    ];
}

// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/report/report-model.ts




function tallyOf(checks) {
    const tally = { pass: 0, fail: 0, warn: 0, 'not-checked': 0 };
    for (const c of checks)
        tally[c.status]++;
    return tally;
}
function stageSummary(result) {
    const checks = result.checks && result.checks.length > 0 ? tallyOf(result.checks) : undefined;
    const outcome = !result.ok ? 'fail' : checks && checks.warn > 0 ? 'warn' : 'pass';
    const summary = {
        command: result.command,
        target: result.database?.target,
        database: result.database?.database,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        ok: result.ok,
        outcome,
        dryRun: result.dryRun ?? false,
        executionId: result.executionId,
        counts: result.counts,
    };
    if (checks)
        summary.checks = checks;
    if (result.error)
        summary.error = (0,format/* formatErrorLine */.AC)(result.error);
    return summary;
}
const VERIFYING = new Set(['verify', 'report']);
const NO_PROJECT = { title: 'Database promotion', criteria: [] };
function report_model_buildReport(results, generatedAt = new Date(), project = NO_PROJECT) {
    const ordered = [...results].sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.startedAt, b.startedAt));
    const lastWith = (pick) => [...ordered].reverse().find(pick);
    const verification = lastWith((r) => VERIFYING.has(r.command) && (r.checks?.length ?? 0) > 0);
    const gate = lastWith((r) => (r.checks ?? []).some((c) => c.id === 'staging.gate'));
    const checks = [
        ...(gate?.checks ?? []).filter((c) => c.id === 'staging.gate'),
        ...(verification?.checks ?? []).filter((c) => c.id !== 'staging.gate'),
    ];
    const backup = lastWith((r) => r.backup !== undefined)?.backup;
    const evidence = { checks, stages: ordered, backup, ownCriteria: project.criteria };
    const stages = ordered.map(stageSummary);
    const ramps = ordered.flatMap((r) => (r.ramp ? [r.ramp] : []));
    const latency = lastWith((r) => r.latency?.mode === 'compare')?.latency ?? lastWith((r) => r.latency !== undefined)?.latency;
    return {
        reportVersion: 1,
        title: project.title,
        generatedAt: generatedAt.toISOString(),
        ok: stages.every((s) => s.ok) && checks.every((c) => c.status !== 'fail'),
        stages,
        backup,
        checks,
        prePromotion: prePromotionChecklist(evidence),
        successCriteria: successCriteria(evidence).map((c) => (c.id === 'no-performance-degradation' ? performanceCriterion(c, latency) : c)),
        ...(ramps.length > 0 ? { ramps } : {}),
        ...(latency ? { latency } : {}),
    };
}
/** No performance degradation, answered by a latency comparison when one was given. */
function performanceCriterion(criterion, latency) {
    if (latency?.mode !== 'compare' || !latency.verdicts || latency.verdicts.length === 0)
        return criterion;
    const failed = (0,latency_text/* latencyFailed */.Oi)(latency);
    const limit = latency.settings.maxIncreasePct;
    const named = (verdict) => latency.verdicts.filter((v) => v.verdict === verdict).map((v) => `${v.name}${v.timing ? ` (${v.timing.ratio.toFixed(2)}x [${v.timing.low.toFixed(2)}, ${v.timing.high.toFixed(2)}])` : ''}`);
    const failing = latency.verdicts.filter((v) => v.verdict === 'fail' || v.verdict === 'not-measured').map((v) => `${v.name}: ${v.reason}`);
    const unsure = named('inconclusive');
    const evidence = failing.length > 0
        ? `slower than +${limit}% or not measured: ${failing.join('; ')}`
        : `${named('pass').length} of ${latency.verdicts.length} probes within +${limit}% (95% intervals)${unsure.length > 0 ? `; inconclusive: ${unsure.join(', ')}` : ''}`;
    return { ...criterion, status: failed ? 'fail' : unsure.length > 0 ? 'warn' : 'pass', evidence };
}

// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/report/markdown.ts





/**
 * The promotion report as GitHub-flavoured markdown: one section per run, so a day's audit
 * file can hold several and the action can put the same text in its job summary.
 */
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', 'not-checked': '⚪' };
const WORD = { pass: 'pass', fail: 'fail', warn: 'warning', 'not-checked': 'not checked' };
const CRITERION_ICON = { ...ICON, 'not-applicable': '➖' };
/** Findings listed per check; the JSON file has all of them. */
const MAX_FINDINGS = 50;
/** Free text: no HTML, no line breaks that would end a list item or a table row. */
function markdown_text(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
function cell(s) {
    return markdown_text(s).replace(/\|/g, '\\|');
}
function code(s) {
    const clean = s.replace(/\r?\n/g, ' ');
    return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}
function duration(ms) {
    if (ms >= 60_000)
        return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
const utc = (iso) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
function headline(report) {
    const failedStages = report.stages.filter((s) => !s.ok).length;
    const failedChecks = report.checks.filter((c) => c.status === 'fail').length;
    const warnings = report.checks.filter((c) => c.status === 'warn').length;
    const parts = [
        `${report.stages.length} stage${report.stages.length === 1 ? '' : 's'}${failedStages > 0 ? ` (${failedStages} failed)` : ''}`,
        `${report.checks.length} check${report.checks.length === 1 ? '' : 's'}${failedChecks > 0 ? ` (${failedChecks} failed)` : ''}${warnings > 0 ? `, ${warnings} with warnings` : ''}`,
    ];
    return `**${report.ok ? '✅ Passed' : '❌ Failed'}**: ${parts.join(', ')}.`;
}
function criteriaList(criteria) {
    return criteria.map((c) => {
        const evidence = c.status === 'not-checked' ? `not checked: ${c.evidence}` : c.status === 'not-applicable' ? `not applicable: ${c.evidence}` : c.evidence;
        return `- [${c.status === 'pass' ? 'x' : ' '}] ${CRITERION_ICON[c.status]} **${markdown_text(c.text)}**: ${markdown_text(evidence)}`;
    });
}
function stagesTable(stages) {
    const rows = stages.map((s, i) => {
        const result = s.outcome === 'fail' ? `❌ failed${s.error ? `: ${cell(s.error)}` : ''}` : s.outcome === 'warn' ? '⚠️ ok, with warnings' : '✅ ok';
        const work = s.command === 'migrate' && !s.dryRun ? ` (${s.counts?.applied ?? 0} applied)` : s.command === 'down' && !s.dryRun ? ` (${s.counts?.reverted ?? 0} reverted)` : '';
        return `| ${i + 1} | ${cell(stageLabel(s))}${work} | ${s.target ? code(s.target) : ''} | ${utc(s.startedAt)} | ${duration(s.durationMs)} | ${result} |`;
    });
    return ['| # | stage | database | started | duration | result |', '|---:|---|---|---|---:|---|', ...rows];
}
function backupTable(b) {
    const toc = `${b.toc.tables} tables, ${b.toc.views} views, ${b.toc.policies} policies (${b.toc.entries} entries)`;
    const rows = [
        ['Backup', `${code(b.path)} (${b.format} format, ${(0,bytes/* formatBytes */.z)(b.sizeBytes)}${b.encrypted ? ', encrypted' : ''})`],
        ['SHA-256', code(b.sha256)],
        ['Taken', `${utc(b.takenAt)}${b.walLsn ? `, WAL position ${code(b.walLsn)}` : ''}`],
        ['Verified', `${b.verification === 'restore' ? 'by restoring it into a scratch database' : 'by listing its table of contents'}: ${toc}`],
        ['Point-in-time recovery', `${ICON[b.pitr.status === 'ready' ? 'pass' : b.pitr.status === 'error' ? 'fail' : b.pitr.status === 'warning' ? 'warn' : 'not-checked']} ${cell(b.pitr.message)}`],
        ['Manifest', code(b.manifestPath)],
        ['Took', duration(b.durationMs)],
    ];
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
function signOffTable(signOffs) {
    return [
        '| gate environment | reviewer | state | comment |',
        '| --- | --- | --- | --- |',
        ...signOffs.map((s) => `| ${cell(s.environment)} | ${cell(s.reviewer)} | ${cell(s.state)} | ${cell(s.comment)} |`),
        '',
        `Recorded ${utc(signOffs[0].recordedAt)}; GitHub gives no time per review, so each was given at or before then.`,
    ];
}
function checksSection(checks) {
    if (checks.length === 0)
        return ['No verification ran.'];
    const lines = [
        '| check | phase | result | summary |',
        '|---|---|---|---|',
        ...checks.map((c) => `| ${code(c.id)} | ${c.phase ?? ''} | ${ICON[c.status]} ${WORD[c.status]} | ${cell(c.summary)} |`),
    ];
    for (const c of checks.filter((x) => (x.status === 'fail' || x.status === 'warn') && x.findings.length > 0)) {
        lines.push('', `#### ${ICON[c.status]} ${c.id}${c.phase ? ` (${c.phase})` : ''}`, '');
        for (const f of c.findings.slice(0, MAX_FINDINGS)) {
            const level = c.status === 'fail' && f.level === 'warn' ? ' _(warning)_' : '';
            lines.push(`- ${code(f.object)}: ${markdown_text(f.reason)}${level}`);
        }
        if (c.findings.length > MAX_FINDINGS)
            lines.push(`- … and ${c.findings.length - MAX_FINDINGS} more (in the JSON report)`);
    }
    return lines;
}
function renderReportMarkdown(report) {
    const target = [...report.stages].reverse().find((s) => s.target)?.target;
    const lines = [
        `## ${markdown_text(report.title)}: ${utc(report.generatedAt)}`,
        '',
        `${headline(report)}${target ? ` Database ${code(target)}.` : ''}`,
        '',
        stagesDiagram(report.stages),
        '',
        '### Success criteria',
        '',
        ...criteriaList(report.successCriteria),
        '',
        '### Pre-promotion checklist',
        '',
        ...criteriaList(report.prePromotion),
        '',
        '### Stages',
        '',
        ...stagesTable(report.stages),
        '',
    ];
    if (report.signOffs?.length)
        lines.push('### Sign-offs', '', ...signOffTable(report.signOffs), '');
    if (report.backup)
        lines.push('### Backup', '', ...backupTable(report.backup), '');
    lines.push('### Verification', '', ...checksSection(report.checks), '');
    if (report.ramps?.length)
        lines.push('### Feature-flag ramp', '', ...report.ramps.flatMap((r) => [(0,ramp_text/* rampSection */.U3)(r, '####'), '']));
    if (report.latency)
        lines.push((0,latency_text/* latencySection */.y)(report.latency, '###'), '');
    return lines.join('\n');
}
/** For adapters (the action's job summary): stage results in, markdown out, no files touched. */
function resultsToMarkdown(results, generatedAt = new Date()) {
    return renderReportMarkdown(buildReport(results, generatedAt));
}

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
    const model = { ...report_model_buildReport([...stages, self], new Date(), { title: config.notifications.title, criteria: config.reportCriteria }), signOffs };
    const written = writeAuditFiles(ctx.settings.auditDir, model, renderReportMarkdown(model));
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
