export const id = 90;
export const ids = [90];
export const modules = {

/***/ 6709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportOutcome: () => (/* binding */ reportOutcome)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/review-text.ts
var review_text = __webpack_require__(4170);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/report/backup-text.ts
var backup_text = __webpack_require__(652);
;// CONCATENATED MODULE: ./src/report/baseline-text.ts
const listed = (versions) => versions.length <= 12 ? versions.join(', ') : `${versions.slice(0, 10).join(', ')}, … ${versions.at(-1)} (${versions.length} in all)`;
/** What baseline marked (or would mark), the gaps it left pending, and the drift that stopped it. */
function baselineLines(result) {
    const b = result.baseline;
    if (!b)
        return [];
    const verb = b.recorded ? 'marked as applied (baselined, not run)' : b.drift.length > 0 ? 'would mark, but nothing was recorded' : 'would mark as applied (nothing recorded)';
    const lines = [`baseline of phase ${b.phase} from ${b.source}:`];
    lines.push(b.marked.length > 0 ? `  ${verb}: ${b.marked.length} version${b.marked.length === 1 ? '' : 's'}: ${listed(b.marked.map((m) => m.version))}` : '  nothing to mark');
    if (b.alreadyRecorded.length > 0)
        lines.push(`  already in pg-promote's history (left as they are): ${listed(b.alreadyRecorded)}`);
    if (b.gaps.length > 0)
        lines.push(`  gaps, left pending (never applied by ${b.source}; below a marked version, so migrate applies them with out_of_order: true): ${listed(b.gaps)}`);
    const after = b.pending.filter((v) => !b.gaps.includes(v));
    if (after.length > 0)
        lines.push(`  pending for migrate: ${listed(after)}`);
    for (const d of b.drift)
        lines.push(`  drift: ${d.file} (version ${d.version}): recorded checksum ${d.recorded}, the file now ${d.computed}`);
    return lines;
}

// EXTERNAL MODULE: ./src/report/event-text.ts
var event_text = __webpack_require__(3644);
// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
;// CONCATENATED MODULE: ./src/report/boundary-text.ts


/** Text lines for the boundary check's findings (CLI and action logs). */
function boundaryLines(result) {
    const report = result.boundary;
    if (!report)
        return [];
    const lines = [];
    for (const f of report.findings) {
        lines.push(`${f.file}:${f.line}:${f.column}: ${f.kind} writes to ${f.object} (rule ${f.rule}, ${f.via})`);
    }
    for (const a of report.accepted) {
        lines.push(`accepted (${a.source === 'inline' ? 'inline marker' : 'baseline'}): ${a.file}:${a.line}:${a.column}: ${a.kind} ${a.object} (rule ${a.rule}): ${a.reason}`);
    }
    const skipped = Object.entries(report.skipped);
    lines.push(`boundary-check: ${(0,plural/* plural */.L)(report.findings.length, 'finding')}, ${report.accepted.length} accepted; ` +
        `${(0,plural/* plural */.L)(report.filesScanned, 'file')} (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms`);
    if (skipped.length > 0)
        lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
    if (report.sarifPath)
        lines.push(`  SARIF: ${report.sarifPath}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/checks-text.ts
const MARK = { pass: '✓', fail: '✗', warn: '!', 'not-checked': '·' };
/** A long list of findings is cut here in the log; --json and the report carry all of them. */
const MAX_FINDINGS = 20;
/** Text lines for the verification checks' results (CLI and action logs). */
function checkLines(result) {
    const checks = result.checks ?? [];
    const lines = [];
    if (checks.length > 0) {
        const width = Math.max(...checks.map((c) => c.id.length));
        for (const check of checks)
            lines.push(...checkBlock(check, width));
        lines.push(`checks: ${tally(checks)}`);
    }
    if (result.report)
        lines.push(`report: ${result.report.markdownPath} (JSON: ${result.report.jsonPath})`);
    return lines;
}
function checkBlock(check, width) {
    const phase = check.phase ? `[${check.phase}] ` : '';
    const lines = [`${MARK[check.status]} ${check.id.padEnd(width)}  ${phase}${check.status === 'not-checked' ? 'not checked: ' : ''}${check.summary}`];
    const shown = check.findings.slice(0, MAX_FINDINGS);
    for (const f of shown) {
        const mark = check.status === 'fail' && f.level === 'warn' ? ' (warning)' : '';
        lines.push(`    ${f.object}: ${f.reason}${mark}`);
    }
    if (check.findings.length > shown.length)
        lines.push(`    … and ${check.findings.length - shown.length} more (see --json)`);
    return lines;
}
function tally(checks) {
    const n = (s) => checks.filter((c) => c.status === s).length;
    const parts = [`${n('pass')} passed`, `${n('fail')} failed`];
    if (n('warn') > 0)
        parts.push(`${n('warn')} with warnings`);
    if (n('not-checked') > 0)
        parts.push(`${n('not-checked')} not checked`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/report/flags-text.ts
/** Summary lines for the CLI and the action's log. */
function flagsLines(result) {
    const f = result.flags;
    if (!f)
        return [];
    if (f.action === 'list') {
        return [`flags (${f.table}):`, ...f.flags.map((s) => `  ${s.name}: ${s.percentage}%${s.updatedAt ? ` (since ${s.updatedAt} by ${s.updatedBy})` : ''}${s.description ? `  ${s.description}` : ''}`)];
    }
    if (f.changes.length === 0)
        return ['flags off: nothing to turn off'];
    return [
        `flags off (${f.table})${f.reason ? `: ${f.reason}` : ''}`,
        ...f.changes.map((c) => `  ${c.name}: ${c.from}% -> ${c.to}%${c.from === 0 ? ' (was already off)' : ''}`),
        ...(f.eventId ? [`  recorded as flags.off (event ${f.eventId})`] : []),
    ];
}
/** Job-summary sections (markdown). */
function flagsMarkdown(result) {
    const f = result.flags;
    if (!f)
        return [];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    if (f.action === 'list') {
        return [['### Flags', '', '| flag | rollout | description |', '| --- | --- | --- |', ...f.flags.map((s) => `| \`${s.name}\` | ${s.percentage}% | ${cell(s.description ?? '')} |`)].join('\n')];
    }
    return [
        [
            '### Flags turned off',
            '',
            ...(f.reason ? [`Reason: ${cell(f.reason)}`, ''] : []),
            '| flag | before | now |',
            '| --- | --- | --- |',
            ...f.changes.map((c) => `| \`${c.name}\` | ${c.from}% | ${c.to}% |`),
        ].join('\n'),
    ];
}

;// CONCATENATED MODULE: ./src/report/init-text.ts
/** What init recognised, the config (printed whole on a dry run) and what it could not recognise. */
function initLines(result) {
    const init = result.init;
    if (!init)
        return [];
    const lines = [];
    for (const p of init.phases)
        lines.push(`recognised: ${p.folder}: ${p.layout}, ${p.migrations} migration${p.migrations === 1 ? '' : 's'}`);
    if (init.phases.length === 0)
        lines.push('recognised: no migrations folder; the config has a phase to point at yours');
    for (const u of init.unrecognised)
        lines.push(`not recognised: ${u.path}: ${u.why}`);
    if (init.written)
        lines.push(`wrote ${init.path}: check each phase's schema before the first run`);
    else
        lines.push(`would write ${init.path} (--dry-run):`, '', ...init.config.trimEnd().split('\n'));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/github-text.ts
/**
 * The GitHub commands for a person: what changed (or would), which gate is not ready and why,
 * whose sign-off does not hold, who signed off what. The error line itself is printed with the
 * others (src/report/text.ts).
 */
function githubLines(result) {
    if (result.command === 'environments-apply')
        return { lines: applyLines(result), errorLines: [] };
    if (result.command === 'gates-check')
        return gatesLines(result);
    if (result.command === 'signoffs-check')
        return signoffsLines(result);
    if (result.command === 'record-approvals')
        return { lines: approvalsLines(result), errorLines: [] };
    return { lines: [], errorLines: [] };
}
function applyLines(result) {
    if (!result.environments)
        return [];
    const lines = [`environments apply: ${result.repo} from ${result.file}${result.dryRun ? ' (dry run)' : ''}`];
    for (const env of result.environments) {
        lines.push(`  ${env.action.padEnd(9)} ${env.environment}`);
        for (const c of env.changes)
            lines.push(`      ${c.field}: ${c.from} -> ${c.to}`);
    }
    const total = result.environments.length;
    if (result.changed === 0)
        lines.push(`no changes: all ${total} environments match the file`);
    else if (result.dryRun)
        lines.push(`dry run: ${result.changed} of ${total} environments would change; nothing was sent`);
    else
        lines.push(`${result.changed} of ${total} environments changed`);
    return lines;
}
function gatesLines(result) {
    if (!result.gates)
        return { lines: [], errorLines: [] };
    const lines = [`gates check: ${result.repo}`];
    const errorLines = [];
    for (const gate of result.gates) {
        if (gate.ok) {
            const extras = [gate.preventSelfReview ? 'self-review prevented' : '', gate.waitTimer ? `wait ${gate.waitTimer} min` : ''].filter(Boolean);
            lines.push(`  ok    ${gate.environment}: ${gate.reviewers.join(', ')}${extras.length ? ` (${extras.join('; ')})` : ''}`);
        }
        else {
            lines.push(`  FAIL  ${gate.environment}`);
            errorLines.push(`gate: ${gate.problem}`);
        }
        gate.warnings.forEach((w) => errorLines.push(`warning: ${w}`));
    }
    return { lines, errorLines };
}
function signoffsLines(result) {
    if (!result.signoffs)
        return { lines: [], errorLines: [] };
    const lines = [`signoffs check: ${result.repo} run ${result.runId}, started by ${result.startedBy?.join(', ')}`];
    const errorLines = [];
    for (const s of result.signoffs) {
        if (s.ok)
            lines.push(`  ok    ${s.environment}: approved by ${s.approvers.join(', ')} at ${s.approvedAt}`);
        else {
            lines.push(`  FAIL  ${s.environment}`);
            errorLines.push(`sign-off: ${s.problem}`);
        }
    }
    return { lines, errorLines };
}
function approvalsLines(result) {
    if (!result.approvals)
        return [];
    const lines = [`approvals record: ${result.repo} run ${result.runId} (read ${result.recordedAt})`];
    if (result.approvals.length === 0)
        lines.push('  no reviews recorded for this run');
    for (const a of result.approvals) {
        lines.push(`  ${a.environment}: ${a.state} by ${a.user}${a.comment ? `: ${JSON.stringify(a.comment)}` : ''}`);
    }
    if (result.out)
        lines.push(`wrote ${result.out}`);
    if (result.recorded && result.database)
        lines.push(`recorded ${result.recorded.recorded} in ${result.recorded.table} on ${result.database.target}`);
    return lines;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
/** The job summary's sections for the GitHub commands. */
function githubMarkdown(result) {
    if (result.gates) {
        const verdict = result.gates.every((g) => g.ok) ? '✅ every gate can hold a sign-off' : '❌ not every gate can hold a sign-off';
        return [`### Gates: ${verdict}`, table(['environment', 'required reviewers', 'problem'], result.gates.map((g) => [g.environment, g.reviewers.join(', ') || '—', g.problem ?? '']))];
    }
    if (result.signoffs) {
        const verdict = result.signoffs.every((s) => s.ok) ? '✅ every sign-off holds' : '❌ not every sign-off holds: nothing was touched';
        const hours = (result.maxAgeMs ?? 0) / 3_600_000;
        return [
            `### Sign-offs: ${verdict}`,
            table(['environment', 'approved by', 'approved at', 'problem'], result.signoffs.map((s) => [s.environment, s.approvers.join(', ') || '—', s.approvedAt ?? '—', s.problem ?? ''])),
            `Run ${result.runId}, started by ${result.startedBy?.join(', ')}; sign-offs older than ${hours} h do not count.`,
        ];
    }
    if (result.approvals) {
        const recorded = result.recorded ? `; ${result.recorded.recorded} recorded in ${result.recorded.table}` : '';
        return ['### Sign-offs', table(['environment', 'reviewer', 'state', 'comment'], result.approvals.map((a) => [a.environment, a.user, a.state, a.comment])), `Read ${result.recordedAt}${recorded}.`];
    }
    return [];
}

// EXTERNAL MODULE: ./src/report/latency-text.ts
var latency_text = __webpack_require__(9618);
// EXTERNAL MODULE: ./src/report/lint-text.ts
var lint_text = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/report/notify-text.ts
function line(n) {
    const tries = `${n.attempts} attempt${n.attempts === 1 ? '' : 's'}`;
    return n.ok
        ? `${n.webhook} (${n.format}): sent (${tries}, HTTP ${n.httpStatus})`
        : `${n.webhook} (${n.format}): FAILED after ${tries}: ${n.error}${n.required ? ' (required)' : ' (not required)'}`;
}
/** Summary lines for the CLI and the action's log (webhook names only, never URLs). */
function notifyLines(result) {
    const sent = result.notifications;
    if (!sent?.length)
        return [];
    return [`notify ${sent[0].event}:`, ...sent.map((n) => `  ${line(n)}`)];
}
/** Job-summary sections (markdown). */
function notifyMarkdown(result) {
    const sent = result.notifications;
    if (!sent?.length)
        return [];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return [
        [
            `### Notifications (${sent[0].event})`,
            '',
            '| webhook | format | status | attempts | required |',
            '| --- | --- | --- | --- | --- |',
            ...sent.map((n) => `| ${n.webhook} | ${n.format} | ${n.ok ? `✅ sent (HTTP ${n.httpStatus})` : `❌ ${cell(n.error ?? 'failed')}`} | ${n.attempts} | ${n.required ? 'yes' : 'no'} |`),
        ].join('\n'),
    ];
}

// EXTERNAL MODULE: ./src/report/ramp-text.ts
var ramp_text = __webpack_require__(7266);
;// CONCATENATED MODULE: ./src/report/window-text.ts
function windowSentence(w) {
    if (w.inside)
        return `inside maintenance window '${w.name}' (${w.definition}; closes ${w.closesAt})`;
    const next = w.next ? `; next: '${w.next.name}' opens ${w.next.local}` : '; none opens within a week';
    const override = w.overridden ? `; run anyway: ${w.overridden.reason}` : '';
    return `outside every maintenance window at ${w.checkedAt}${next}${override}`;
}
/** Summary lines for the CLI and the action's log. */
function windowLines(result) {
    return result.window ? [`window: ${windowSentence(result.window)}`] : [];
}
/** Job-summary sections (markdown). */
function windowMarkdown(result) {
    const w = result.window;
    if (!w)
        return [];
    const icon = w.inside ? '✅' : w.overridden ? '⚠️' : w.production ? '⛔' : 'ℹ️';
    return [['### Maintenance window', '', `${icon} ${windowSentence(w).replace(/^./, (c) => c.toUpperCase())}`].join('\n')];
}

;// CONCATENATED MODULE: ./src/report/text.ts
















/** Summary lines for stdout, and the error (if any) for stderr. */
function renderSummary(result) {
    const lines = [];
    const errorLines = [];
    const listing = result.command === 'plan' || result.command === 'status' || result.dryRun;
    if (listing) {
        for (const phase of result.phases ?? []) {
            const current = phase.currentVersion ? `at version ${phase.currentVersion}` : 'nothing applied';
            lines.push(`phase ${phase.name} (schema ${phase.schema}): ${current}`);
            const shown = result.command === 'status' ? phase.files : phase.files.filter((f) => f.status !== 'up-to-date');
            if (shown.length === 0)
                lines.push('  nothing to do');
            for (const file of shown)
                lines.push(`  ${(0,event_text/* fileLine */.RO)(file)}${file.status === 'pending' ? `  sha256 ${file.checksum.slice(0, 12)}` : ''}`);
        }
    }
    lines.push(...windowLines(result), ...baselineLines(result), ...(0,backup_text/* backupLines */.qD)(result), ...checkLines(result), ...boundaryLines(result), ...(0,lint_text/* lintLines */.x)(result), ...(0,ramp_text/* rampLines */.MF)(result), ...(0,latency_text/* latencyLines */.ek)(result), ...flagsLines(result), ...(0,review_text/* reviewLines */.Ml)(result), ...notifyLines(result), ...initLines(result));
    const github = githubLines(result);
    lines.push(...github.lines);
    errorLines.push(...github.errorLines);
    for (const drift of result.drift ?? [])
        lines.push(`drift: ${drift.file}: ${drift.message}`);
    for (const warning of result.warnings)
        lines.push(`warning: ${warning}`);
    const took = (0,event_text/* formatMs */._V)(result.durationMs);
    if (result.error) {
        errorLines.push(...(0,format/* formatErrorLines */.HI)(result.error).map((l, i) => (i === 0 ? `error: ${l}` : l)));
        if (result.error.statement)
            errorLines.push(`  statement: ${result.error.statement.split('\n')[0]}`);
    }
    const outcome = result.ok ? 'done' : 'stopped';
    // A command's outcome is files applied, pending or reverted when its report counts files.
    if (!result.counts)
        lines.push(`${outcome} in ${took}`);
    else if (result.error?.kind === 'lock' && !(result.phases ?? []).some((p) => p.files.length > 0)) {
        // Blocked before it could plan: "0 pending" would claim it knew there was nothing to do.
        lines.push(`${outcome}: the migration lock was not acquired; nothing was read or run, in ${took}`);
    }
    else if (result.database || !result.error) {
        const { applied, pending, failed, reverted } = result.counts;
        const verb = result.command === 'down' ? `${reverted} reverted` : `${applied} applied`;
        lines.push(`${outcome}: ${verb}, ${pending} pending, ${failed} failed in ${took}`);
    }
    return { lines, errorLines };
}

;// CONCATENATED MODULE: ./src/lint/annotations.ts
function lintAnnotations(report) {
    if (!report)
        return [];
    return report.findings.flatMap((f) => f.severity === 'info'
        ? []
        : [{
                level: f.severity,
                message: `${f.rule}: ${f.message}\nfix: ${f.fix}`,
                file: f.file,
                line: f.line,
                column: f.column,
                priority: f.severity === 'error' ? 2 : 3,
            }]);
}

;// CONCATENATED MODULE: ./src/action/annotations.ts




/** GitHub shows at most this many error and this many warning annotations per step. */
const ANNOTATION_LIMIT = 10;
/** What a result says that belongs on a file in the pull request or run view. */
function annotationsOf(result) {
    const out = [];
    // A gates or sign-offs failure is said environment by environment below; its summary would repeat them.
    const perEnvironment = [...(result.gates ?? []), ...(result.signoffs ?? [])].some((g) => g.problem);
    if (result.error && !perEnvironment) {
        const e = result.error;
        // The annotation carries the file itself; without one, the input or key is what names the place.
        const key = e.file || (e.key && e.message.includes(e.key)) ? undefined : e.key;
        out.push({ level: 'error', message: (0,format/* formatErrorLine */.AC)({ ...e, file: undefined, key }), file: e.file, line: e.line, column: e.column, priority: 0 });
    }
    for (const d of result.drift ?? []) {
        out.push({ level: 'error', message: `drift: ${d.message}`, file: d.file, line: 1, priority: 1 });
    }
    for (const check of result.checks ?? []) {
        if (check.status === 'fail')
            out.push({ level: 'error', message: `${check.id}: ${check.summary}`, priority: 2 });
        if (check.status === 'warn')
            out.push({ level: 'warning', message: `${check.id}: ${check.summary}`, priority: 3 });
    }
    const lint = lintAnnotations(result.lint);
    // A failed lint's error points at its first finding, which is annotated with its rule and fix.
    const first = out[0];
    if (first?.priority === 0 && first.file && lint.some((l) => l.level === 'error' && l.file === first.file && l.line === first.line))
        out.shift();
    out.push(...lint);
    // The GitHub commands: one error per environment that cannot hold (or did not get) its sign-off.
    for (const gate of result.gates ?? []) {
        if (gate.problem)
            out.push({ level: 'error', message: gate.problem, priority: 2 });
        for (const warning of gate.warnings)
            out.push({ level: 'warning', message: warning, priority: 3 });
    }
    for (const s of result.signoffs ?? [])
        if (s.problem)
            out.push({ level: 'error', message: s.problem, priority: 2 });
    for (const warning of result.warnings)
        out.push({ level: 'warning', message: warning, priority: 4 });
    return out;
}
/**
 * The engine names files relative to working-directory; GitHub attaches an annotation to a file
 * only by its path from the repository root.
 */
function fromRepositoryRoot(annotations, workingDirectory, workspace) {
    return annotations.map((a) => {
        if (!a.file)
            return a;
        const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workingDirectory, a.file));
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            return a;
        return { ...a, file: relative.split((external_node_path_default()).sep).join('/') };
    });
}
/**
 * Emits the most important annotations within GitHub's per-step limits and returns how many of
 * each level were left out, for the summary to say so.
 */
function emitAnnotations(annotations) {
    const { shown, omittedErrors, omittedWarnings } = selectAnnotations(annotations);
    for (const a of shown) {
        const props = a.file
            ? { title: 'pg-promote', file: a.file, startLine: a.line, startColumn: a.line === undefined ? undefined : a.column }
            : { title: 'pg-promote' };
        (a.level === 'error' ? core/* error */.z3 : core/* warning */.$e)(a.message, props);
    }
    return { omittedErrors, omittedWarnings };
}
function selectAnnotations(annotations) {
    const sorted = [...annotations].sort((a, b) => a.priority - b.priority);
    const count = { error: 0, warning: 0 };
    const shown = sorted.filter((a) => ++count[a.level] <= ANNOTATION_LIMIT);
    return { shown, omittedErrors: Math.max(0, count.error - ANNOTATION_LIMIT), omittedWarnings: Math.max(0, count.warning - ANNOTATION_LIMIT) };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(9409);
// EXTERNAL MODULE: ./src/report/report-model.ts + 1 modules
var report_model = __webpack_require__(6565);
;// CONCATENATED MODULE: ./src/action/summary.ts












/** GitHub refuses a step summary over 1 MiB; stay well under it, leaving room for the note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const summary_cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function summary_table(header, rows) {
    return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(summary_cell).join(' | ')} |`)].join('\n');
}
/** The stage as the report draws it (mermaid, which GitHub renders), and its backup and checks. */
function stageSections(result) {
    const sections = [(0,mermaid/* stagesDiagram */.d)([(0,report_model/* stageSummary */.J)(result)])];
    if (result.backup)
        sections.push(['### Backup', '', ...(0,markdown/* backupTable */.Jy)(result.backup)].join('\n'));
    if (result.checks?.length)
        sections.push(['### Checks', '', ...(0,markdown/* checksSection */.N$)(result.checks)].join('\n'));
    if (result.lint)
        sections.push((0,lint_text/* lintMarkdown */.t)(result.lint));
    sections.push(...windowMarkdown(result), ...(0,ramp_text/* rampMarkdown */.y4)(result), ...(0,latency_text/* latencyMarkdown */.eE)(result), ...flagsMarkdown(result), ...(0,review_text/* reviewMarkdown */.Wq)(result), ...notifyMarkdown(result), ...githubMarkdown(result));
    return sections;
}
/**
 * The step's job summary: what the stage did, as tables, and on failure where and why. The
 * extra sections (annotations left out, truncation) are said, never silently dropped.
 */
function summaryMarkdown(result, omitted, extraSections = []) {
    const head = [];
    const verdict = result.ok ? '✅ succeeded' : '❌ failed';
    head.push(`## pg-promote ${result.command}: ${verdict}`);
    const facts = [
        result.database ? `database \`${result.database.target}\`` : undefined,
        // Only a command that applies files counts them: a backup has nothing "pending".
        result.counts ? `${result.counts.applied} applied` : undefined,
        result.counts ? `${result.counts.pending} pending` : undefined,
        result.counts?.failed ? `${result.counts.failed} failed` : undefined,
        result.counts?.reverted ? `${result.counts.reverted} reverted` : undefined,
        `${(result.durationMs / 1000).toFixed(1)} s`,
        result.dryRun ? 'dry run: nothing changed' : undefined,
    ].filter(Boolean);
    head.push(facts.join(' · '));
    if (result.error) {
        const e = result.error;
        const rows = [['message', (0,format/* formatErrorLine */.AC)({ ...e, file: undefined, key: undefined })]];
        if (e.file)
            rows.push(['file', `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`]);
        if (e.key)
            rows.push(['input/key', e.key]);
        if (e.sqlstate)
            rows.push(['SQLSTATE', e.sqlstate]);
        if (e.detail)
            rows.push(['detail', e.detail]);
        if (e.hint)
            rows.push(['hint', e.hint]);
        head.push('### What failed', summary_table(['', ''], rows));
        if (e.statement)
            head.push('```sql\n' + e.statement + '\n```');
    }
    if (result.drift?.length) {
        head.push('### Drift', summary_table(['file', 'reason', 'applied checksum', 'current checksum'], result.drift.map((d) => [d.file, d.reason, d.appliedChecksum?.slice(0, 12) ?? '', d.currentChecksum?.slice(0, 12) ?? ''])));
    }
    const tail = [...extraSections];
    if (omitted.omittedErrors || omitted.omittedWarnings) {
        tail.push(`> ${omitted.omittedErrors} error and ${omitted.omittedWarnings} warning annotations were left out (GitHub shows 10 of each per step); the result JSON has them all.`);
    }
    const fileRows = (result.phases ?? []).flatMap((p) => p.files.map((f) => [p.name, f.kind, f.version ?? '', f.file, f.status, f.durationMs === undefined ? '' : `${f.durationMs} ms`, f.attempts && f.attempts > 1 ? String(f.attempts) : '']));
    return assemble(head, fileRows, tail);
}
/** Files are the only part that grows without bound: they are cut first, with a note. */
function assemble(head, fileRows, tail) {
    const header = ['phase', 'kind', 'version', 'file', 'status', 'time', 'attempts'];
    const render = (rows, note) => [...head, ...(rows.length ? ['### Files', summary_table(header, rows)] : []), ...(note ? [note] : []), ...tail].join('\n\n') + '\n';
    let text = render(fileRows);
    if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES)
        return text;
    let keep = fileRows.length;
    while (keep > 0) {
        keep = Math.floor(keep / 2);
        text = render(fileRows.slice(0, keep), `> The summary was cut to stay under GitHub's 1 MiB limit: ${fileRows.length - keep} of ${fileRows.length} file rows are not shown; the result JSON has them all.`);
        if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES)
            return text;
    }
    return text.slice(0, SUMMARY_LIMIT_BYTES);
}

;// CONCATENATED MODULE: ./src/action/outcome.ts








/**
 * What a stage's result becomes on the runner: its summary lines in the log, the step's
 * outputs, annotations on the files at fault and the job summary. Loaded once the engine has
 * returned: none of it is needed to reach the database, so none of it delays that.
 */
async function reportOutcome(result, where) {
    for (const line of renderSummary(result).lines)
        core/* info */.pq(line);
    setOutputs(result);
    const omitted = emitAnnotations(fromRepositoryRoot(annotationsOf(result), where.workingDirectory, where.workspace));
    if (process.env.GITHUB_STEP_SUMMARY) {
        // A pull request that changes nothing under db/ gets one line, not an empty report.
        const summary = result.review?.nothingToReview ? `${(0,review_text/* reviewMarkdown */.Wq)(result).join('\n')}\n` : summaryMarkdown(result, omitted, stageSections(result));
        await core/* summary */.z.addRaw(summary).write();
    }
    if (result.command === 'review') {
        // Loaded on demand, like the GitHub stages: only a review comments on its pull request.
        const { commentReview } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 4346));
        await commentReview(result);
    }
}
function setOutputs(result) {
    const resultPath = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-${result.command}-${Date.now()}.json`);
    (0,external_node_fs_.writeFileSync)(resultPath, `${JSON.stringify(result, null, 2)}\n`);
    core/* setOutput */.uH('status', result.ok ? 'success' : result.exitCode === 2 ? 'error' : 'failed');
    const counts = result.counts ?? { applied: 0, pending: 0, reverted: 0 };
    core/* setOutput */.uH('applied-count', String(result.command === 'down' ? counts.reverted : counts.applied));
    core/* setOutput */.uH('pending-count', String(counts.pending));
    core/* setOutput */.uH('result-json', resultPath);
    if (result.backup) {
        core/* setOutput */.uH('backup-path', result.backup.path);
        core/* setOutput */.uH('backup-manifest', result.backup.manifestPath);
        core/* setOutput */.uH('backup-sha256', result.backup.sha256);
        if (result.backup.walLsn)
            core/* setOutput */.uH('wal-lsn', result.backup.walLsn);
    }
    if (result.report)
        core/* setOutput */.uH('report-path', result.report.markdownPath);
    if (result.command === 'record-approvals' && result.out)
        core/* setOutput */.uH('approvals-json', result.out);
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

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ lintMarkdown),
/* harmony export */   x: () => (/* binding */ lintLines)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2661);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1190);


function headline(report) {
    const { error, warning, info } = report.counts;
    const parts = [(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(report.filesLinted, 'file') + ' linted', (0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(error, 'error'), (0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(warning, 'warning')];
    if (info)
        parts.push(`${info} info`);
    if (report.exceptions.length)
        parts.push(`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(report.exceptions.length, 'exception')} allowed in the files`);
    if (report.skipped.length)
        parts.push(`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(report.skipped.length, 'file')} skipped`);
    if (report.history)
        parts.push(`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(report.history, 'file')} of history (lint.since) not linted`);
    if (report.disabled)
        parts.push(`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(report.disabled, 'finding')} switched off by lint.disable/overrides`);
    const against = report.database
        ? `against ${report.database.target}, tables from ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(report.database.largeTableBytes)} count as large`
        : 'without a database: every file counts as pending, table sizes unknown';
    const version = report.postgresVersion;
    const assumes = version ? `; verdicts for PostgreSQL ${version.major} (${version.from === 'database' ? "the target's version" : 'lint.postgres_version'})` : '';
    return `lint: ${parts.join(', ')} (${against})${assumes}`;
}
const where = (f) => `${f.file}:${f.line}:${f.column}`;
/** Text lines for migration lint findings (CLI and action logs). */
function lintLines(result) {
    const report = result.lint;
    if (!report)
        return [];
    const lines = [headline(report)];
    for (const f of report.findings) {
        lines.push(`  ${f.severity.padEnd(7)} ${where(f)}  ${f.rule}${f.raised ? ' (large table)' : ''}`);
        lines.push(`          ${f.message}`);
        lines.push(`          fix: ${f.fix}`);
    }
    if (report.exceptions.length > 0) {
        lines.push('  allowed by exceptions in the files:');
        for (const e of report.exceptions)
            lines.push(`    ${where(e)}  ${e.rule}  reason: ${e.reason}`);
    }
    return lines;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/**
 * The lint section of the plan approvers read (job summary, PR comment): every finding with
 * its fix, and every exception with its reason, so nothing silenced goes unseen.
 */
function lintMarkdown(report) {
    const out = [`### Migration lint`, '', headline(report).replace(/^lint: /, '')];
    if (report.findings.length > 0) {
        out.push('', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of report.findings) {
            out.push(`| ${f.severity}${f.raised ? ' (large table)' : ''} | \`${cell(where(f))}\` | ${f.rule} | ${cell(f.message)} | ${cell(f.fix)} |`);
        }
    }
    if (report.exceptions.length > 0) {
        out.push('', '#### Allowed by exceptions in the files', '', '| where | rule | finding | reason |', '| --- | --- | --- | --- |');
        for (const e of report.exceptions)
            out.push(`| \`${cell(where(e))}\` | ${e.rule} | ${cell(e.message)} | ${cell(e.reason)} |`);
    }
    if (report.skipped.length > 0) {
        out.push('', '#### Not linted', '');
        for (const s of report.skipped)
            out.push(`- \`${cell(s.file)}\`: ${cell(s.reason)}`);
    }
    return out.join('\n');
}


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** A count with its noun, singular for one: "1 file", "3 files". */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;


/***/ }),

/***/ 4170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ml: () => (/* binding */ reviewLines),
/* harmony export */   Wq: () => (/* binding */ reviewMarkdown)
/* harmony export */ });
/* unused harmony export nothingToReviewLine */
/* harmony import */ var _lint_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1190);


const short = (commit) => commit.slice(0, 12);
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ICON = { ok: '✓', failed: '✗', skipped: '-' };
const MD_ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
/** The one line a pull request without database changes gets (summary and log alike). */
function nothingToReviewLine(review) {
    return `review: nothing to review: no migration, DOWN, view, policy or config file differs from ${review.base.ref} (${short(review.base.commit)})`;
}
function errorsOf(review) {
    return review.findings.filter((f) => f.severity === 'error');
}
/** A review stopped by an error (no server to review on, say) has not passed, findings or not. */
const stopped = (result) => !result.ok && errorsOf(result.review).length === 0;
function headline(result) {
    const review = result.review;
    const errors = errorsOf(review).length;
    const verdict = stopped(result) ? 'stopped before it finished' : errors === 0 ? 'passed' : `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors, 'problem')} found`;
    return `review of ${review.head.ref}${review.head.commit ? ` (${short(review.head.commit)})` : ''} against ${review.base.ref} (${short(review.base.commit)}): ${verdict}`;
}
const where = (f) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.phase ? `phase ${f.phase}` : '');
/** Summary lines for the CLI and the action's log. */
function reviewLines(result) {
    const review = result.review;
    if (!review)
        return [];
    if (review.nothingToReview)
        return [nothingToReviewLine(review)];
    const lines = [headline(result)];
    lines.push(`  ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(review.changes.length, 'changed file')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(review.newMigrations.length, 'new migration')}${review.database ? `, on ${review.database}` : ''}`);
    for (const m of review.newMigrations)
        lines.push(`  new: ${m.file}${m.down ? `  (DOWN ${m.down})` : '  (no DOWN file)'}`);
    for (const s of review.steps) {
        lines.push(`  ${ICON[s.status]} ${s.title.padEnd(34)} ${s.status === 'skipped' ? '' : `${s.durationMs} ms  `}${s.detail}`);
    }
    for (const f of review.findings) {
        lines.push(`  ${f.severity.padEnd(5)} ${where(f) ? `${where(f)}: ` : ''}${f.rule}: ${f.message}`);
        if (f.fix)
            lines.push(`        fix: ${f.fix}`);
    }
    if (review.lint)
        lines.push(...(0,_lint_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lintLines */ .x)({ ...result, lint: review.lint }));
    return lines;
}
/**
 * The review as markdown: the job summary's section and, with a hidden marker added by the
 * commenter, the pull request's comment. Same text in both places, so they never disagree.
 */
function reviewMarkdown(result) {
    const review = result.review;
    if (!review)
        return [];
    if (review.nothingToReview)
        return [nothingToReviewLine(review).replace(/^review: /, '**pg-promote review**: ')];
    const errors = errorsOf(review);
    const out = [];
    out.push(`### pg-promote review: ${stopped(result) ? '❌ stopped before it finished' : errors.length === 0 ? '✅ passed' : `❌ ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors.length, 'problem')}`}`);
    out.push('');
    out.push(`Base \`${cell(review.base.ref)}\` (\`${short(review.base.commit)}\`) · head ${review.head.commit ? `\`${cell(review.head.ref)}\` (\`${short(review.head.commit)}\`)` : cell(review.head.ref)}` +
        `${review.database ? ` · applied on ${cell(review.database)}` : ''}`);
    out.push('', '#### Plan', '');
    if (review.newMigrations.length === 0)
        out.push('No new migration.');
    else {
        out.push('| phase | version | migration | DOWN |', '| --- | --- | --- | --- |');
        for (const m of review.newMigrations)
            out.push(`| ${m.phase} | ${m.version} | \`${cell(m.file)}\` | ${m.down ? `\`${cell(m.down)}\`` : '**missing**'} |`);
    }
    out.push('', `<details><summary>${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(review.changes.length, 'changed file')}</summary>`, '');
    for (const c of review.changes)
        out.push(`- ${c.change} ${c.kind}: \`${cell(c.file)}\``);
    out.push('', '</details>');
    if (review.steps.length > 0) {
        out.push('', '#### Steps', '', '| | step | time | result |', '| --- | --- | --- | --- |');
        for (const s of review.steps) {
            out.push(`| ${MD_ICON[s.status]} | ${s.title} | ${s.status === 'skipped' ? '' : `${s.durationMs} ms`} | ${cell(s.detail)} |`);
        }
    }
    if (review.findings.length > 0) {
        out.push('', '#### Findings', '', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of review.findings) {
            out.push(`| ${f.severity} | ${where(f) ? `\`${cell(where(f))}\`` : ''} | ${f.rule} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`);
        }
    }
    if (review.lint)
        out.push('', (0,_lint_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lintMarkdown */ .t)(review.lint).replace(/^### /, '#### '));
    return [out.join('\n')];
}


/***/ })

};
