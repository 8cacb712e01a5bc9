export const id = 830;
export const ids = [830];
export const modules = {

/***/ 455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ quotedTable),
/* harmony export */   It: () => (/* binding */ TOOLS),
/* harmony export */   Wi: () => (/* binding */ parseHistoryTable),
/* harmony export */   n0: () => (/* binding */ numericKey),
/* harmony export */   q$: () => (/* binding */ hasColumns),
/* harmony export */   tP: () => (/* binding */ leadingVersion),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


/** The migration tools whose history tables pg-promote can take over. */
const TOOLS = ['flyway', 'golang-migrate', 'dbmate', 'goose', 'node-pg-migrate', 'diesel', 'prisma', 'supabase', 'sqitch'];
/** `--from`'s value: auto, or one of the tools, else a usage error listing them. */
function parseFrom(text) {
    if (text === 'auto' || TOOLS.includes(text))
        return text;
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--from must be auto or one of ${TOOLS.join(', ')} (got '${text}')`, { key: '--from' });
}
/** Numeric parts without leading zeros ("0010" and "10" are one version; "1.2" is not "12"). */
function numericKey(version) {
    return version
        .split('.')
        .map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part))
        .join('.');
}
/** The leading version of a migration's name, as node-pg-migrate and Prisma name them (`<version>_<name>`). */
function leadingVersion(name) {
    return /^(\d+(?:\.\d+)*)(?:[_-]|$)/.exec(name)?.[1] ?? name;
}
/** The table's name quoted for SQL. */
const quotedTable = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.name)}`;
const hasColumns = (t, ...columns) => columns.every((c) => t.columns.includes(c));
/** `[schema.]table`, names as the catalog keeps them (no quotes, case kept). */
function parseHistoryTable(text) {
    const match = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(text);
    if (!match)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--history-table must be [schema.]table, as the catalog names it (got '${text}')`, { key: '--history-table' });
    return { ...(match[1] === undefined ? {} : { schema: match[1] }), name: match[2] };
}


/***/ }),

/***/ 3830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/index.ts
var engine = __webpack_require__(5970);
// EXTERNAL MODULE: ./src/errors/error-info.ts
var error_info = __webpack_require__(1570);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(4200);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/commands/index.ts + 26 modules
var commands = __webpack_require__(2239);
// EXTERNAL MODULE: ./src/commands/shared.ts
var shared = __webpack_require__(9053);
;// CONCATENATED MODULE: ./src/cli/args.ts




/** Every flag of every command, once: a flag two commands share is declared alike in both. */
function allFlags() {
    const flags = new Map();
    for (const spec of [...Object.values(shared/* SHARED_OPTIONS */.TL), ...Object.values(shared/* CLI_OPTIONS */.EH), ...commands/* COMMAND_SPECS */.fH.flatMap((c) => Object.values(c.options))]) {
        if (!flags.has(spec.flag))
            flags.set(spec.flag, spec);
    }
    return flags;
}
const parseType = (spec) => ({ type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.type === 'list' });
function helpLines(specs) {
    return [...specs].map((s) => {
        const left = `  --${s.flag}${s.arg ? ` ${s.arg}` : ''}`;
        return `${left.padEnd(28)}${s.doc}`;
    });
}
const USAGE = [
    'Usage: pg-promote <command> [options]',
    '',
    'Commands:',
    ...commands/* COMMAND_SPECS */.fH.map((c) => `  ${(c.cli ?? c.name).padEnd(18)} ${c.summary}`),
    '',
    'Options:',
    ...helpLines(allFlags().values()),
    '  -h, --help                show this help',
    '  --version                 show the version',
    '',
    'GitHub commands read their token from $GITHUB_TOKEN and the API at $GITHUB_API_URL (default https://api.github.com).',
    '',
    'Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.',
].join('\n');
function parseCli(argv, env, cwd = process.cwd()) {
    const flags = allFlags();
    const options = {
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
    };
    for (const [flag, spec] of flags)
        options[flag] = parseType(spec);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options });
    }
    catch (err) {
        // parseArgs names the option; it never echoes values, so a URL cannot leak through here.
        throw (0,promote_error/* usageError */.Wp)(`${err.message.split('\n')[0]} (see pg-promote --help)`);
    }
    const values = parsed.values;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [word, ...rest] = parsed.positionals;
    if (!word)
        throw (0,promote_error/* usageError */.Wp)(`no command given (${commands/* COMMANDS */.Lo.join(', ')}; see pg-promote --help)`);
    // A two-word spelling (`gates check`) names the command as well as its name (gates-check).
    const twoWords = (0,commands/* cliSpelling */.bK)(word, rest[0]);
    const spec = twoWords ?? (0,commands/* commandSpec */.Lx)(word);
    if (!spec) {
        const started = commands/* COMMAND_SPECS */.fH.find((c) => c.cli?.startsWith(`${word} `));
        if (started)
            throw (0,promote_error/* usageError */.Wp)(`${rest[0] ? `unknown command '${word} ${rest[0]}'` : `'${word}' needs a subcommand`} (expected: ${started.cli})`);
        throw (0,promote_error/* usageError */.Wp)(`unknown command '${word}' (expected one of: ${commands/* COMMANDS */.Lo.join(', ')})`);
    }
    const words = twoWords ? rest.slice(1) : rest;
    const spelledAs = twoWords ? twoWords.cli : spec.name;
    // Only `flags` takes words after the command: its action (off, list) and flag names.
    if (spec.name !== 'flags' && words.length > 0)
        throw (0,promote_error/* usageError */.Wp)(`unexpected argument '${words[0]}' (see pg-promote --help)`);
    const own = new Set([...(0,commands/* optionsOf */.cz)(spec), ...Object.entries(shared/* CLI_OPTIONS */.EH)].map(([, o]) => o.flag));
    for (const flag of flags.keys()) {
        if (values[flag] !== undefined && !own.has(flag))
            throw (0,commands/* notApplicable */.hH)(flag, spec, spelledAs);
    }
    const engine = (0,commands/* engineOptionsFor */._x)(spec, (option) => values[option.flag], { root: cwd, env, words, spelledAs, adapter: 'cli' });
    const urls = (0,commands/* optionsOf */.cz)(spec)
        .filter(([, o]) => o.type === 'url')
        .map(([, o]) => values[o.flag] ?? (o.env ? env[o.env] : undefined));
    return {
        kind: 'run',
        args: {
            command: spec.name,
            json: values.json === true,
            debug: values.debug === true,
            resultFile: values['result-file'],
            urls: [...urls, engine.databaseUrl].filter((u) => Boolean(u)),
            engine,
        },
    };
}

// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/report/backup-text.ts

/** Text lines for the backup and restore stages' results (CLI and action logs). */
function backupLines(result) {
    const lines = [];
    if (result.backup)
        lines.push(...backupSummaryLines(result.backup));
    if (result.restore)
        lines.push(...restoreLines(result.restore));
    return lines;
}
function backupSummaryLines(b) {
    const lines = [
        `backup: ${b.path} (${b.format}${b.encrypted ? ', encrypted AES-256-GCM' : ''}, ${(0,bytes/* formatBytes */.z)(b.sizeBytes)}, sha256 ${b.sha256})`,
        `  taken ${b.takenAt}${b.walLsn ? ` at WAL ${b.walLsn}` : ''} with pg_dump ${b.pgDump.version}`,
        `  verified: pg_restore --list holds ${count(b.toc.tables, 'table')}, ${count(b.toc.views, 'view')}, ${count(b.toc.policies, 'policy', 'policies')} (${b.toc.entries} entries)`,
    ];
    if (b.deep) {
        lines.push(`  verified: restored into a scratch database: ${count(b.deep.tables, 'table')} and ${b.deep.rows.toLocaleString('en-US')} rows match (${seconds(b.deep.durationMs)}; dropped)`);
    }
    lines.push(`  manifest: ${b.manifestPath}`);
    lines.push(`  ${pitrLine(b.pitr)}`);
    lines.push(`  took ${seconds(b.durationMs)}: dump ${seconds(b.timings.dumpMs)}, verification ${seconds(b.timings.verifyMs)}${b.timings.deepMs === undefined ? '' : `, deep verification ${seconds(b.timings.deepMs)}`}`);
    return lines;
}
/** Anything short of ready is also a warning of the result, printed once, below. */
function pitrLine(p) {
    if (p.status === 'ready')
        return `PITR: ready: ${p.message}`;
    return `PITR: ${p.status === 'unknown' ? 'cannot be confirmed' : 'NOT READY'} (see the warning below)`;
}
function restoreLines(r) {
    const versions = Object.entries(r.latestVersions).map(([phase, v]) => `${phase} ${v ?? '(none)'}`).join(', ');
    return [
        `restore: ${r.database} restored from ${r.backupPath} (taken ${r.takenAt}${r.walLsn ? ` at WAL ${r.walLsn}` : ''}) in ${seconds(r.durationMs)}`,
        `  latest version per phase (the runbook's "verify restoration"): ${versions || 'no history table in the backup'}`,
        ...(r.noticePath ? [`  rollback notice written to ${r.noticePath}:`] : ['  rollback notice:']),
        '',
        ...r.notice.trimEnd().split('\n'),
        '',
    ];
}
function stageProgressLine(event) {
    const size = event.bytes === undefined ? '' : `${(0,bytes/* formatBytes */.z)(event.bytes)}${event.totalBytes ? ` of ${(0,bytes/* formatBytes */.z)(event.totalBytes)}` : ''} ${event.done ? 'written' : 'so far'}, `;
    return `${event.step}: ${size}${seconds(event.elapsedMs)}${event.done ? '' : ' …'}`;
}
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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

;// CONCATENATED MODULE: ./src/report/event-text.ts

/** The engine's progress as plain text, line by line while it works (CLI and action logs); the summary is in text.ts. */
function renderEvent(event) {
    switch (event.type) {
        case 'connected':
            return `connected to ${event.target} (PostgreSQL ${event.serverVersion})`;
        case 'lock-wait':
            return `waiting for another pg-promote run to finish (${event.holder})`;
        case 'phase-start':
            return event.pending === 0 ? undefined : `phase ${event.phase}: ${event.pending} file${event.pending === 1 ? '' : 's'} to apply`;
        case 'retry':
            return `  ! ${event.file}: ${event.message} [${event.sqlstate}]; retry ${event.attempt}/${event.of} in ${event.waitMs} ms`;
        case 'file-done':
            return `  ${fileLine(event.result)}`;
        case 'stage-step':
            return `${event.stage}: ${event.message}`;
        case 'stage-progress':
            return `  ${stageProgressLine(event)}`;
        case 'progress':
            return `${event.stage}: ${event.message}`;
        default:
            return undefined;
    }
}
const MARK = {
    applied: '✓',
    reverted: '↶',
    failed: '✗',
    pending: '·',
    'would-revert': '↶?',
    'up-to-date': '=',
};
function fileLine(file) {
    const label = file.kind === 'migration' || file.kind === 'down' ? `${file.kind === 'down' ? 'down ' : ''}v${file.version}` : file.kind;
    // The whole milliseconds the history recorded, as recorded.
    const time = file.durationMs === undefined ? '' : `  ${Math.round(file.durationMs)} ms`;
    const retries = file.attempts && file.attempts > 1 ? ` (${file.attempts} attempts)` : '';
    const tx = file.transactional ? '' : ' [no transaction]';
    const note = file.baselined ? `  baselined (from ${file.baselined})` : file.lastFailure ? `  failed (last attempt ${file.lastFailure.at}: ${file.lastFailure.message})` : '';
    return `${MARK[file.status]} ${label.padEnd(8)} ${file.file}${tx}${time}${retries}${note}`;
}
function formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

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
    lines.push(`boundary-check: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${report.accepted.length} accepted; ` +
        `${report.filesScanned} files (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms${threadsNote(report.threads)}`);
    if (skipped.length > 0)
        lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
    if (report.sarifPath)
        lines.push(`  SARIF: ${report.sarifPath}`);
    return lines;
}
/** ' on N threads' when the scan shared its files between threads; nothing for one. */
function threadsNote(threads) {
    return threads !== undefined && threads > 1 ? ` on ${threads} threads` : '';
}

;// CONCATENATED MODULE: ./src/report/checks-text.ts
const checks_text_MARK = { pass: '✓', fail: '✗', warn: '!', 'not-checked': '·' };
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
    const lines = [`${checks_text_MARK[check.status]} ${check.id.padEnd(width)}  ${phase}${check.status === 'not-checked' ? 'not checked: ' : ''}${check.summary}`];
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
;// CONCATENATED MODULE: ./src/report/lint-text.ts

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function headline(report) {
    const { error, warning, info } = report.counts;
    const parts = [plural(report.filesLinted, 'file') + ' linted', plural(error, 'error'), plural(warning, 'warning')];
    if (info)
        parts.push(`${info} info`);
    if (report.exceptions.length)
        parts.push(`${plural(report.exceptions.length, 'exception')} allowed in the files`);
    if (report.skipped.length)
        parts.push(`${plural(report.skipped.length, 'file')} skipped`);
    if (report.history)
        parts.push(`${plural(report.history, 'file')} of history (lint.since) not linted`);
    if (report.disabled)
        parts.push(`${plural(report.disabled, 'finding')} switched off by lint.disable/overrides`);
    const against = report.database
        ? `against ${report.database.target}, tables from ${(0,bytes/* formatBytes */.z)(report.database.largeTableBytes)} count as large`
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
const lint_text_cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/**
 * The lint section of the plan approvers read (job summary, PR comment): every finding with
 * its fix, and every exception with its reason, so nothing silenced goes unseen.
 */
function lint_text_lintMarkdown(report) {
    const out = [`### Migration lint`, '', headline(report).replace(/^lint: /, '')];
    if (report.findings.length > 0) {
        out.push('', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of report.findings) {
            out.push(`| ${f.severity}${f.raised ? ' (large table)' : ''} | \`${lint_text_cell(where(f))}\` | ${f.rule} | ${lint_text_cell(f.message)} | ${lint_text_cell(f.fix)} |`);
        }
    }
    if (report.exceptions.length > 0) {
        out.push('', '#### Allowed by exceptions in the files', '', '| where | rule | finding | reason |', '| --- | --- | --- | --- |');
        for (const e of report.exceptions)
            out.push(`| \`${lint_text_cell(where(e))}\` | ${e.rule} | ${lint_text_cell(e.message)} | ${lint_text_cell(e.reason)} |`);
    }
    if (report.skipped.length > 0) {
        out.push('', '#### Not linted', '');
        for (const s of report.skipped)
            out.push(`- \`${lint_text_cell(s.file)}\`: ${lint_text_cell(s.reason)}`);
    }
    return out.join('\n');
}

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
;// CONCATENATED MODULE: ./src/report/review-text.ts

const review_text_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const review_text_short = (commit) => commit.slice(0, 12);
const review_text_cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ICON = { ok: '✓', failed: '✗', skipped: '-' };
const MD_ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
/** The one line a pull request without database changes gets (summary and log alike). */
function nothingToReviewLine(review) {
    return `review: nothing to review: no migration, DOWN, view, policy or config file differs from ${review.base.ref} (${review_text_short(review.base.commit)})`;
}
function errorsOf(review) {
    return review.findings.filter((f) => f.severity === 'error');
}
/** A review stopped by an error (no server to review on, say) has not passed, findings or not. */
const stopped = (result) => !result.ok && errorsOf(result.review).length === 0;
function review_text_headline(result) {
    const review = result.review;
    const errors = errorsOf(review).length;
    const verdict = stopped(result) ? 'stopped before it finished' : errors === 0 ? 'passed' : `${review_text_plural(errors, 'problem')} found`;
    return `review of ${review.head.ref}${review.head.commit ? ` (${review_text_short(review.head.commit)})` : ''} against ${review.base.ref} (${review_text_short(review.base.commit)}): ${verdict}`;
}
const review_text_where = (f) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.phase ? `phase ${f.phase}` : '');
/** Summary lines for the CLI and the action's log. */
function reviewLines(result) {
    const review = result.review;
    if (!review)
        return [];
    if (review.nothingToReview)
        return [nothingToReviewLine(review)];
    const lines = [review_text_headline(result)];
    lines.push(`  ${review_text_plural(review.changes.length, 'changed file')}, ${review_text_plural(review.newMigrations.length, 'new migration')}${review.database ? `, on ${review.database}` : ''}`);
    for (const m of review.newMigrations)
        lines.push(`  new: ${m.file}${m.down ? `  (DOWN ${m.down})` : '  (no DOWN file)'}`);
    for (const s of review.steps) {
        lines.push(`  ${ICON[s.status]} ${s.title.padEnd(34)} ${s.status === 'skipped' ? '' : `${s.durationMs} ms  `}${s.detail}`);
    }
    for (const f of review.findings) {
        lines.push(`  ${f.severity.padEnd(5)} ${review_text_where(f) ? `${review_text_where(f)}: ` : ''}${f.rule}: ${f.message}`);
        if (f.fix)
            lines.push(`        fix: ${f.fix}`);
    }
    if (review.lint)
        lines.push(...lintLines({ ...result, lint: review.lint }));
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
    out.push(`### pg-promote review: ${stopped(result) ? '❌ stopped before it finished' : errors.length === 0 ? '✅ passed' : `❌ ${review_text_plural(errors.length, 'problem')}`}`);
    out.push('');
    out.push(`Base \`${review_text_cell(review.base.ref)}\` (\`${review_text_short(review.base.commit)}\`) · head ${review.head.commit ? `\`${review_text_cell(review.head.ref)}\` (\`${review_text_short(review.head.commit)}\`)` : review_text_cell(review.head.ref)}` +
        `${review.database ? ` · applied on ${review_text_cell(review.database)}` : ''}`);
    out.push('', '#### Plan', '');
    if (review.newMigrations.length === 0)
        out.push('No new migration.');
    else {
        out.push('| phase | version | migration | DOWN |', '| --- | --- | --- | --- |');
        for (const m of review.newMigrations)
            out.push(`| ${m.phase} | ${m.version} | \`${review_text_cell(m.file)}\` | ${m.down ? `\`${review_text_cell(m.down)}\`` : '**missing**'} |`);
    }
    out.push('', `<details><summary>${review_text_plural(review.changes.length, 'changed file')}</summary>`, '');
    for (const c of review.changes)
        out.push(`- ${c.change} ${c.kind}: \`${review_text_cell(c.file)}\``);
    out.push('', '</details>');
    if (review.steps.length > 0) {
        out.push('', '#### Steps', '', '| | step | time | result |', '| --- | --- | --- | --- |');
        for (const s of review.steps) {
            out.push(`| ${MD_ICON[s.status]} | ${s.title} | ${s.status === 'skipped' ? '' : `${s.durationMs} ms`} | ${review_text_cell(s.detail)} |`);
        }
    }
    if (review.findings.length > 0) {
        out.push('', '#### Findings', '', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of review.findings) {
            out.push(`| ${f.severity} | ${review_text_where(f) ? `\`${review_text_cell(review_text_where(f))}\`` : ''} | ${f.rule} | ${review_text_cell(f.message)} | ${review_text_cell(f.fix ?? '')} |`);
        }
    }
    if (review.lint)
        out.push('', lintMarkdown(review.lint).replace(/^### /, '#### '));
    return [out.join('\n')];
}

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
                lines.push(`  ${fileLine(file)}${file.status === 'pending' ? `  sha256 ${file.checksum.slice(0, 12)}` : ''}`);
        }
    }
    lines.push(...windowLines(result), ...baselineLines(result), ...backupLines(result), ...checkLines(result), ...boundaryLines(result), ...lintLines(result), ...(0,ramp_text/* rampLines */.MF)(result), ...(0,latency_text/* latencyLines */.ek)(result), ...flagsLines(result), ...reviewLines(result), ...notifyLines(result), ...initLines(result));
    const github = githubLines(result);
    lines.push(...github.lines);
    errorLines.push(...github.errorLines);
    for (const drift of result.drift ?? [])
        lines.push(`drift: ${drift.file}: ${drift.message}`);
    for (const warning of result.warnings)
        lines.push(`warning: ${warning}`);
    const took = formatMs(result.durationMs);
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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts












/** The CLI adapter: argv in, engine call, text or JSON out, exit code back. */
async function main(argv, io) {
    const redactor = new redact/* Redactor */.p();
    // Every secret this run holds is redacted from every line, whatever prints it.
    redactor.add(io.env.GITHUB_TOKEN?.trim());
    const out = (line) => io.stdout(`${redactor.redact(line)}\n`);
    const err = (line) => io.stderr(`${redactor.redact(line)}\n`);
    const json = argv.includes('--json');
    let parsed;
    try {
        parsed = parseCli(argv, io.env, io.cwd);
    }
    catch (e) {
        const error = (0,promote_error/* asPromoteError */.XO)(e);
        const info = (0,error_info/* errorInfo */.f)(error);
        if (json)
            out(JSON.stringify({ ok: false, exitCode: (0,exit_codes/* exitCodeFor */.R)(error.kind), error: info }, null, 2));
        else
            (0,format/* formatErrorLines */.HI)(info).forEach((l) => err(`error: ${l}`));
        return (0,exit_codes/* exitCodeFor */.R)(error.kind);
    }
    if (parsed.kind === 'help')
        return out(USAGE), 0;
    if (parsed.kind === 'version')
        return out(version/* VERSION */.x), 0;
    const { args } = parsed;
    for (const url of args.urls) {
        try {
            redactor.add((0,connection_url/* parseDatabaseUrl */.mx)(url, '--database-url', io.env).password);
        }
        catch {
            // the engine reports the malformed URL; nothing to learn a password from
        }
    }
    const result = await (0,engine.runEngine)({
        ...args.engine,
        command: args.command,
        root: io.cwd,
        env: io.env,
        onEvent: json
            ? undefined
            : (event) => {
                const line = renderEvent(event);
                if (line)
                    out(line);
            },
    });
    if (args.resultFile) {
        const file = external_node_path_default().resolve(io.cwd, args.resultFile);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, `${redactor.redact(JSON.stringify(result, null, 2))}\n`);
        }
        catch (e) {
            err(`error: --result-file: cannot write ${args.resultFile}: ${e.message}`);
            return Math.max(result.exitCode, 2);
        }
    }
    if (json)
        out(JSON.stringify(result, null, 2));
    else {
        const { lines, errorLines } = renderSummary(result);
        lines.forEach(out);
        errorLines.forEach(err);
    }
    // A bug: its trace with --debug; the result file holds it either way.
    if (result.error?.stack) {
        if (args.debug)
            err(result.error.stack);
        else if (!json)
            err('  (a bug in pg-promote: run again with --debug for its stack trace, or see --result-file)');
    }
    return result.exitCode;
}


/***/ }),

/***/ 2239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  fH: () => (/* binding */ COMMAND_SPECS),
  bK: () => (/* binding */ cliSpelling),
  Lx: () => (/* binding */ commandSpec),
  _x: () => (/* binding */ engineOptionsFor),
  hH: () => (/* binding */ notApplicable),
  cz: () => (/* binding */ optionsOf)
});

// UNUSED EXPORTS: DRY_RUN_COMMANDS, commandsWithFlag, usesGithub

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/commands/command.ts
/** Typed declaration: the options' values are known from the table. */
const defineCommand = (spec) => spec;

;// CONCATENATED MODULE: ./src/commands/backup.ts

const JOBS = { flag: 'jobs', type: 'int', min: 1, max: 64, arg: 'N', doc: "backup and restore: parallel jobs (directory format only). Default: the config's backup.jobs; a custom-format backup restores with one." };
const SCRATCH_URL = { flag: 'scratch-url', type: 'url', arg: 'URL', secret: true, doc: 'backup with verify restore: where to restore (default: a scratch database on the same server). review: the empty database to review on (default: a throwaway cluster). Masked.' };
const backup = defineCommand({
    name: 'backup',
    summary: 'pg_dump the database, verify the archive, write its manifest, report PITR readiness',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['backup'],
    options: {
        dir: { flag: 'backup-dir', type: 'string', arg: 'DIR', doc: "backup: folder for the dump and its manifest. Default: the config's backup.dir, else backups/." },
        format: { flag: 'format', input: 'backup-format', type: 'choice', choices: ['custom', 'directory'], doc: 'backup: custom (one file) or directory (parallel with jobs).' },
        jobs: JOBS,
        verify: { flag: 'verify', type: 'choice', choices: ['list', 'restore'], doc: "backup: list (check the archive's table of contents) or restore (restore into a scratch database and compare)." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared) => ({ ...shared, backup: { dir: o.dir, format: o.format, jobs: o.jobs, verify: o.verify, scratchUrl: o.scratchUrl } }),
    resolve: async (config, options) => (await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 4722))).backupSettings(options, config),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(346), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 7718))).backup(ctx);
    },
});

// EXTERNAL MODULE: ./src/adopt/foreign-history.ts
var foreign_history = __webpack_require__(455);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/commands/shared.ts
var commands_shared = __webpack_require__(9053);
;// CONCATENATED MODULE: ./src/commands/plan.ts



const plan = defineCommand({
    name: 'plan',
    summary: 'show pending migrations and view/policy files that would be re-applied (changes nothing)',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'told',
    actionNames: ['plan'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        stagingUrl: { flag: 'staging-url', type: 'url', arg: 'URL', env: 'STAGING_DATABASE_URL', secret: true, doc: 'plan and migrate: refuse files staging has not applied with the same checksum. Masked. Default: $STAGING_DATABASE_URL.' },
    },
    engine: (o, shared) => ({ ...shared, to: o.to, stagingUrl: o.stagingUrl }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(398), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 4398))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/migrate.ts




const DRY_RUN = { flag: 'dry-run', type: 'boolean', doc: 'migrate, down and baseline: show what would run (or be recorded), change nothing.', actionDefault: 'false' };
const OUTSIDE_WINDOW = { flag: 'outside-window', type: 'reason', arg: 'REASON', doc: 'migrate, down, restore and ramp on production outside a maintenance window: the reason, recorded in the audit trail.' };
const migrate = defineCommand({
    name: 'migrate',
    summary: 'apply pending migrations, then view and policy files, phase by phase',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['migrate'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        dryRun: DRY_RUN,
        stagingUrl: plan.options.stagingUrl,
        backupManifest: { flag: 'backup-manifest', type: 'string', arg: 'FILE', doc: 'migrate on a production database: the manifest of the verified backup taken before it (the backup step\'s backup-manifest output).' },
        backupArtifact: { flag: 'backup-artifact', type: 'string', arg: 'NAME', doc: 'migrate with a backup manifest: the workflow artifact that holds the dump, when the job fetched only the manifest (the dump is then not looked for beside it).' },
        withoutBackup: { flag: 'without-backup', type: 'reason', arg: 'REASON', doc: 'migrate on a production database without a backup: the reason, recorded in the audit trail.' },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({
        ...shared,
        to: o.to,
        dryRun: o.dryRun ?? false,
        stagingUrl: o.stagingUrl,
        backupManifest: o.backupManifest,
        backupStoredIn: o.backupArtifact,
        withoutBackupReason: o.withoutBackup,
        outsideWindowReason: o.outsideWindow,
    }),
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(179), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(398), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 5943))).migrate(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/baseline.ts





const baseline = defineCommand({
    name: 'baseline',
    summary: 'take over a database another tool (or a hand) migrated: record its versions as applied without running them (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'none',
    actionNames: ['baseline'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        from: { flag: 'from', type: 'string', arg: 'TOOL', doc: `baseline: record exactly the versions another tool's history table says it applied: auto, ${foreign_history/* TOOLS */.It.join(', ')}.` },
        project: { flag: 'project', type: 'string', arg: 'NAME', doc: 'baseline --from sqitch: the Sqitch project, when the registry holds several.' },
        historyTable: {
            flag: 'history-table', type: 'string', arg: 'SCHEMA.TABLE',
            doc: "baseline --from: the other tool's history table when it was configured with a name of its own (Flyway's table, golang-migrate's x-migrations-table, dbmate's --migrations-table; for Sqitch, REGISTRY.changes).",
        },
        dryRun: DRY_RUN,
    },
    engine: (o, shared) => {
        if ((o.to === undefined) === (o.from === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('baseline needs exactly one of --to VERSION or --from auto|TOOL', { key: o.to === undefined ? '--to' : '--from' });
        }
        if (o.from !== undefined)
            (0,foreign_history/* parseFrom */.uK)(o.from);
        if (o.project !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--project goes with --from sqitch (or auto)', { key: '--project' });
        if (o.historyTable !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--history-table goes with --from (auto or the tool)', { key: '--history-table' });
        if (o.historyTable !== undefined)
            (0,foreign_history/* parseHistoryTable */.Wi)(o.historyTable);
        return { ...shared, dryRun: o.dryRun ?? false, baseline: { to: o.to, from: o.from, project: o.project, historyTable: o.historyTable } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(314), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 4522))).baseline(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/boundary-check.ts

const boundaryCheck = defineCommand({
    name: 'boundary-check',
    summary: "find code that writes into another app's schema (no database needed)",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    // The boundary check has its own action (boundary-check/action.yml).
    actionNames: [],
    options: {
        paths: { flag: 'paths', type: 'list', arg: 'GLOB', doc: "boundary-check: only these files (repeatable; default: every rule's paths)." },
        baseline: { flag: 'baseline', type: 'string', arg: 'FILE', doc: "boundary-check: accepted findings (default: the config's boundary_check.baseline)." },
        sarif: { flag: 'sarif', type: 'string', arg: 'FILE', doc: 'boundary-check: also write SARIF 2.1.0 for code scanning.' },
    },
    engine: (o, shared) => ({ ...shared, boundary: { paths: o.paths, baseline: o.baseline, sarif: o.sarif } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 9871))).boundaryCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/down.ts





const down = defineCommand({
    name: 'down',
    summary: 'apply DOWN files, newest first, back to --to VERSION, or every one with --all (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['down'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        all: { flag: 'all', type: 'boolean', doc: 'down: revert every applied version of the phase, the lowest (v0) included.', actionDefault: 'false' },
        dryRun: DRY_RUN,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.all && o.to !== undefined)
            throw (0,promote_error/* usageError */.Wp)('down takes --to VERSION or --all, not both', { key: '--all' });
        return { ...shared, to: o.to, all: o.all ?? false, dryRun: o.dryRun ?? false, outsideWindowReason: o.outsideWindow };
    },
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 7900))).down(ctx);
    },
});

;// CONCATENATED MODULE: ./src/github/parse.ts

function parseRepo(value) {
    if (!value)
        throw (0,promote_error/* usageError */.Wp)('--repo OWNER/NAME is required', { key: '--repo' });
    const match = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw (0,promote_error/* usageError */.Wp)(`--repo must be OWNER/NAME, not '${value}'`, { key: '--repo' });
    }
    return { owner: match[1], repo: match[2], full: value };
}
function parseRunId(value) {
    if (value === undefined)
        throw (0,promote_error/* usageError */.Wp)('--run-id N is required (in a workflow: ${{ github.run_id }})', { key: '--run-id' });
    const runId = Number(value);
    if (!/^[1-9][0-9]{0,18}$/.test(value) || !Number.isSafeInteger(runId)) {
        throw (0,promote_error/* usageError */.Wp)(`--run-id must be a workflow run id (a positive whole number), not '${value}'`, { key: '--run-id' });
    }
    return runId;
}
/** `--environments a,b --environments c`: the names in order; empty or repeated is bad usage. */
function parseEnvironmentList(values) {
    const names = values.flatMap((v) => v.split(',')).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0)
        throw (0,promote_error/* usageError */.Wp)('--environments needs at least one environment name', { key: '--environments' });
    const lower = names.map((n) => n.toLowerCase());
    const twice = names.find((_, i) => lower.indexOf(lower[i]) !== i);
    // Two gates on one environment would let one approval count as two sign-offs.
    if (twice)
        throw (0,promote_error/* usageError */.Wp)(`--environments names '${twice}' twice (names ignore case): each sign-off needs its own environment`, { key: '--environments' });
    const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(n));
    if (bad)
        throw (0,promote_error/* usageError */.Wp)(`--environments: '${bad}' is not an environment name`, { key: '--environments' });
    return names;
}
const DEFAULT_SIGNOFF_MAX_AGE_MS = 24 * 3_600_000;
/** `24h`, `90min`: at least one minute, at most 30 days. */
function parseMaxAge(text, key) {
    if (!text?.trim())
        return DEFAULT_SIGNOFF_MAX_AGE_MS;
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(min|h)$/.exec(text.trim());
    const ms = match ? Math.round(Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000)) : NaN;
    if (!(ms >= 60_000 && ms <= 30 * 24 * 3_600_000)) {
        throw (0,promote_error/* usageError */.Wp)(`${key} is '${text}'; expected an age such as 24h or 90min (1min to 720h)`, { key });
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/commands/github-options.ts

/** Options the GitHub commands share (a name two commands share is declared once). */
const github_options_REPO = { flag: 'repo', input: 'repository', type: 'string', arg: 'OWNER/NAME', doc: 'gates-check, signoffs-check and record-approvals: OWNER/NAME. In the action, default: the repository the workflow runs in.' };
const RUN_ID = { flag: 'run-id', type: 'string', arg: 'N', doc: 'signoffs-check and record-approvals: the workflow run whose sign-offs to check or record. In the action, default: this run.' };
const ENVIRONMENTS = { flag: 'environments', type: 'list', arg: 'A,B', doc: 'gates-check and signoffs-check: the sign-off environments, comma or newline separated.' };
/** The repository: the action defaults to the one the workflow runs in. */
const repoOf = (given, ctx) => parseRepo(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_REPOSITORY || undefined : undefined));
/** The workflow run: the action defaults to its own. */
const runIdOf = (given, ctx) => parseRunId(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_RUN_ID || undefined : undefined));

;// CONCATENATED MODULE: ./src/commands/environments-apply.ts


const environmentsApply = defineCommand({
    name: 'environments-apply',
    cli: 'environments apply',
    summary: 'create or update the environments in --file (default .github/pg-promote-environments.yml); --dry-run prints the difference and changes nothing',
    connects: false,
    writes: false,
    dryRun: true,
    windows: 'none',
    // A token that administers the repository is more than a workflow step should hold.
    actionNames: [],
    options: {
        repo: github_options_REPO,
        file: { flag: 'file', type: 'string', arg: 'FILE', doc: 'environments apply: the environments file. Default: .github/pg-promote-environments.yml.' },
        dryRun: { flag: 'dry-run', type: 'boolean', doc: 'environments apply: print the difference, send nothing.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, dryRun: o.dryRun ?? false, github: { repo: repoOf(o.repo, ctx), file: o.file } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).environmentsApply(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/flags.ts


const flags = defineCommand({
    name: 'flags',
    summary: "flags off [NAME...]: set flags to 0 (default: the config's rollback list); flags list: show them",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    // An input holds one word: the action's flags-off is the CLI's `flags off`.
    actionNames: ['flags-off'],
    options: {
        names: { flag: 'flags', type: 'list', arg: 'NAME', doc: "flags off: the flags to set to 0, comma separated. Default: the config's flags.rollback_off." },
        reason: { flag: 'reason', type: 'string', arg: 'TEXT', doc: 'flags off: why, recorded in the audit trail.' },
    },
    engine: (o, shared, ctx) => {
        const [action, ...names] = ctx.spelledAs === 'flags-off' ? ['off'] : ctx.words;
        if (action !== 'off' && action !== 'list') {
            throw (0,promote_error/* usageError */.Wp)(`flags needs an action: 'flags off [NAME...]' or 'flags list'${action ? `, not '${action}'` : ''}`);
        }
        const named = [...names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean), ...(o.names ?? [])];
        return { ...shared, flags: { action, names: named, reason: o.reason } };
    },
    resolve: (config, options) => {
        const given = options.flags?.names ?? [];
        return given.length > 0 ? { names: [...new Set(given)], from: 'flags off' } : { names: [...new Set(config.flags.rollbackOff)], from: 'flags.rollback_off' };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(640), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 6349))).flags(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/init.ts


const init = defineCommand({
    name: 'init',
    summary: 'recognise the migration folders of a repository (any common tool\'s layout) and write db/promotion.yml for them',
    connects: false,
    config: 'none',
    writes: false,
    dryRun: true,
    windows: 'none',
    actionNames: [],
    options: { dryRun: DRY_RUN },
    engine: (o, shared) => ({ configPath: shared.configPath, dryRun: o.dryRun ?? false }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 2357))).init(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/gates-check.ts



const gatesCheck = defineCommand({
    name: 'gates-check',
    cli: 'gates check',
    summary: 'check that every sign-off environment exists and has required reviewers, and every target environment a protection rule; exit 1 if not',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['gates-check'],
    options: {
        repo: github_options_REPO,
        environments: ENVIRONMENTS,
        targets: { flag: 'target-environments', type: 'list', arg: 'A,B', doc: 'gates-check: environments holding database credentials, comma or newline separated; each must exist and have a protection rule (required reviewers or chosen branches).' },
    },
    engine: (o, shared, ctx) => ({ ...shared, github: { environments: parseEnvironmentList(o.environments ?? []), targets: o.targets ?? [], repo: repoOf(o.repo, ctx) } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).gatesCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/latency.ts


const latency = defineCommand({
    name: 'latency',
    summary: 'time the probe queries: --baseline FILE before the promotion, --compare FILE after',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['latency'],
    options: {
        baseline: { flag: 'baseline', input: 'latency-baseline', type: 'string', arg: 'FILE', doc: 'latency: write the probe timings to this file (before the promotion).' },
        compare: { flag: 'compare', input: 'latency-compare', type: 'string', arg: 'FILE', doc: 'latency: compare with the baseline in this file (after the promotion); fails when a probe is slower beyond its noise.' },
        samples: { flag: 'samples', type: 'int', min: 1, max: 100_000, arg: 'N', doc: 'latency: timed executions per probe in each run.' },
    },
    engine: (o, shared) => {
        if ((o.baseline === undefined) === (o.compare === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('latency needs exactly one of --baseline FILE (before the promotion) or --compare FILE (after it)', { key: '--baseline' });
        }
        return { ...shared, latency: { mode: o.baseline !== undefined ? 'baseline' : 'compare', file: o.baseline ?? o.compare, samples: o.samples } };
    },
    resolve: (config, options) => ({ samples: options.latency?.samples ?? config.latency.samples }),
    report: () => ({}),
    async run(ctx) {
        return (await __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 1704))).latency(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/lint.ts


const lint = defineCommand({
    name: 'lint',
    summary: 'find lock hazards and destructive changes in pending migrations (--database-url optional)',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['lint'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(299), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 2773))).lint(ctx);
    },
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/commands/results.ts


const RESULTS = { flag: 'results', type: 'list', arg: 'FILE', doc: 'report and notify: result JSON files of earlier stages (a folder stands for the .json files in it), comma separated or repeated.' };
/** A folder among the results stands for the result JSON files in it (downloaded artifacts land as folders). */
function expandResults(root, entries) {
    return entries.flatMap((entry) => {
        const abs = external_node_path_default().resolve(root, entry);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory())
            return [entry];
        return (0,external_node_fs_.readdirSync)(abs)
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => external_node_path_default().join(abs, f));
    });
}

;// CONCATENATED MODULE: ./src/commands/notify.ts


const notify = defineCommand({
    name: 'notify',
    summary: "post a promotion message (--event start|gate|success|failure|rollback) to the config's webhooks",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['notify'],
    options: {
        event: { flag: 'event', type: 'string', arg: 'NAME', doc: 'notify: start, gate, success, failure or rollback.' },
        results: RESULTS,
        message: { flag: 'message', type: 'string', arg: 'TEXT', doc: 'notify: extra text for the message.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, notify: { event: o.event, results: expandResults(ctx.root, o.results ?? []), message: o.message } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(709)]).then(__webpack_require__.bind(__webpack_require__, 7709))).notify(ctx);
    },
});

// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
;// CONCATENATED MODULE: ./src/commands/option.ts


const inputName = (spec) => (spec.input === false ? undefined : (spec.input ?? spec.flag));
/** Checks one option's raw value; every message names the option as `--flag`. */
function readOption(spec, raw, env) {
    const name = `--${spec.flag}`;
    if (raw === undefined && spec.env)
        raw = env[spec.env] || undefined;
    if (raw === undefined)
        return undefined;
    if (spec.type === 'boolean') {
        if (typeof raw === 'boolean')
            return raw;
        const text = String(raw).trim();
        if (text === '')
            return undefined;
        if (text !== 'true' && text !== 'false')
            throw (0,promote_error/* usageError */.Wp)(`${name} is '${text}'; expected one of: true, false`, { key: name });
        return text === 'true';
    }
    if (spec.type === 'list') {
        const parts = (Array.isArray(raw) ? raw : [String(raw)]).flatMap((p) => p.split(/[,\n]/)).map((p) => p.trim()).filter(Boolean);
        return parts.length > 0 ? parts : undefined;
    }
    const given = Array.isArray(raw) ? raw.at(-1) : String(raw);
    const text = given.trim();
    if (spec.type === 'reason') {
        // Given but blank is refused (not dropped): the reason is what the audit trail records.
        if (!text)
            throw (0,promote_error/* usageError */.Wp)(`${name} needs a reason (it goes into the audit trail)`, { key: name });
        return text;
    }
    if (!text)
        return undefined;
    switch (spec.type) {
        case 'choice':
            if (!spec.choices.includes(text))
                throw (0,promote_error/* usageError */.Wp)(`${name} is '${text}'; expected one of: ${spec.choices.join(', ')}`, { key: name });
            return text;
        case 'int': {
            const n = Number(text);
            if (!/^\d+$/.test(text) || n < spec.min || n > spec.max)
                throw (0,promote_error/* usageError */.Wp)(`${name} must be a whole number from ${spec.min} to ${spec.max}, not '${text}'`, { key: name });
            return n;
        }
        case 'percent':
            if (!/^\d+$/.test(text) || Number(text) > 100)
                throw (0,promote_error/* usageError */.Wp)(`${name} must be a percentage from 0 to 100, not '${text}'`, { key: name });
            return Number(text);
        case 'url':
            // Checked here, before anything runs; the error names the option, never the value.
            (0,connection_url/* parseDatabaseUrl */.mx)(text, name, env);
            return text;
        default:
            return text;
    }
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/commands/ramp.ts




const ramp = defineCommand({
    name: 'ramp',
    summary: "set a flag's rollout (--flag NAME --to PERCENT), watch its health gates, revert on a breach; --resume or --revert finishes a step a killed ramp left unwatched",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['ramp'],
    options: {
        flag: { flag: 'flag', type: 'string', arg: 'NAME', doc: "ramp: the flag to move (one of the config's flags.known)." },
        to: { flag: 'to', input: 'percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: the rollout percentage to move the flag to (0-100).' },
        from: { flag: 'from', input: 'from-percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: refuse unless the flag is still at this percentage, where the step before left it (so a kill switch thrown in between is never ramped past).' },
        force: { flag: 'force', type: 'boolean', doc: 'ramp: allow a percentage not above the current one.', actionDefault: 'false' },
        resume: { flag: 'resume', type: 'boolean', doc: 'ramp: watch an unfinished step again (one a killed ramp left unwatched).' },
        revert: { flag: 'revert', type: 'boolean', doc: 'ramp: set an unfinished step\'s flag back to where the step found it.' },
        window: { flag: 'window', input: 'ramp-window', type: 'string', arg: 'DURATION', doc: "ramp: how long to watch the health gates (e.g. 30min). Default: the config's window for the step." },
        interval: { flag: 'interval', input: 'ramp-interval', type: 'string', arg: 'DURATION', doc: "ramp: how often to evaluate the gates while watching (e.g. 1min). Default: the config's ramp.interval (a resumed step: its own)." },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.resume && o.revert)
            throw (0,promote_error/* usageError */.Wp)('--resume and --revert cannot be given together', { key: '--revert' });
        return {
            ...shared,
            ramp: { flag: o.flag, to: o.to, from: o.from, force: o.force ?? false, window: o.window, interval: o.interval, resume: o.resume, revert: o.revert },
            outsideWindowReason: o.outsideWindow,
        };
    },
    resolve: (config, options) => ({
        windowMs: options.ramp?.window ? durationOption('--window', options.ramp.window) : undefined,
        interval: options.ramp?.interval
            ? { ms: durationOption('--interval', options.ramp.interval), from: '--interval' }
            : { ms: config.ramp.intervalMs, from: 'ramp.interval' },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(640), __webpack_require__.e(514)]).then(__webpack_require__.bind(__webpack_require__, 3008))).ramp(ctx);
    },
});
function durationOption(key, text) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
    if (ms <= 0)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
    return ms;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/commands/record-approvals.ts




/**
 * Offline as far as the engine goes: the database is optional (with one, the sign-offs go to
 * its audit schema through a session of their own), and the GitHub API is read first.
 */
const recordApprovals = defineCommand({
    name: 'record-approvals',
    cli: 'approvals record',
    summary: "record who signed off a workflow run, with their comments, into a JSON file and, with a database, the audit schema",
    connects: false,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['record-approvals'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        out: { flag: 'out', input: false, type: 'string', arg: 'FILE', doc: 'approvals record: also write the sign-offs to FILE (JSON, for report --results). The action writes it to its approvals-json output.' },
    },
    engine: (o, shared, ctx) => {
        const runId = runIdOf(o.runId, ctx);
        const out = o.out ?? (ctx.adapter === 'action' ? external_node_path_default().join(ctx.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-approvals-${runId}.json`) : undefined);
        return { ...shared, github: { repo: repoOf(o.repo, ctx), runId, out } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).recordApprovals(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/report.ts



const report = defineCommand({
    name: 'report',
    summary: "write the promotion report (markdown and JSON) from this run's stage results",
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['report'],
    options: {
        results: RESULTS,
        auditDir: { flag: 'audit-dir', type: 'string', arg: 'DIR', doc: "report: folder of the dated audit file. Default: the config's report.dir, else ops/audit." },
    },
    engine: (o, shared, ctx) => ({ ...shared, report: { results: expandResults(ctx.root, o.results ?? []), auditDir: o.auditDir } }),
    resolve: (config, options) => ({ auditDir: options.report?.auditDir ? external_node_path_default().resolve(options.root, options.report.auditDir) : config.reportDir }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 9401))).report(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/restore.ts



const restore = defineCommand({
    name: 'restore',
    summary: 'restore a verified backup (--backup FILE --confirm DATABASE_NAME)',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['restore'],
    options: {
        file: { flag: 'backup', input: 'backup-file', type: 'string', arg: 'FILE', doc: 'restore: the backup to restore; its manifest is read from beside it.' },
        confirm: { flag: 'confirm', type: 'string', arg: 'NAME', doc: "restore: must equal the target database's name." },
        jobs: JOBS,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({ ...shared, restore: { file: o.file, confirm: o.confirm, jobs: o.jobs }, outsideWindowReason: o.outsideWindow }),
    // The format is the backup's (read from its manifest later): the default for each is said here.
    resolve: (config, options) => {
        const given = options.restore?.jobs;
        return { jobs: given === undefined ? { directory: config.backup.jobs, custom: 1 } : { directory: given, custom: given } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(314), __webpack_require__.e(346), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 3016))).restore(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/review.ts



const review = defineCommand({
    name: 'review',
    summary: "apply a pull request's migrations to a throwaway database, verify, prove DOWN files (--base REF)",
    // It brings its own throwaway database (or is given one as scratch): no session is opened for it.
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['review'],
    options: {
        base: { flag: 'base', input: 'base-ref', type: 'string', arg: 'REF', doc: "review: the base branch or commit the pull request goes into. Default: the pull request's base." },
        head: { flag: 'head', input: 'head-ref', type: 'string', arg: 'REF', doc: "review: the pull request's commit. Default: HEAD." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared, ctx) => {
        // review runs DOWN files: it never takes a database it was not explicitly given as scratch.
        if (shared.databaseUrlGiven) {
            throw (0,promote_error/* usageError */.Wp)('--database-url does not apply to review: give an empty database with --scratch-url, or none for a throwaway cluster', { key: '--database-url' });
        }
        const base = o.base ?? (ctx.env.GITHUB_BASE_REF ? `origin/${ctx.env.GITHUB_BASE_REF}` : undefined);
        return { configPath: shared.configPath, phases: shared.phases, review: { base, head: o.head, scratchUrl: o.scratchUrl } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(778)]).then(__webpack_require__.bind(__webpack_require__, 8778))).review(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/signoffs-check.ts



const signoffsCheck = defineCommand({
    name: 'signoffs-check',
    summary: "check that this run's sign-offs hold: approved, by different people, none of them whoever started the run, recently enough; exit 1 if not",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['signoffs-check'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        environments: ENVIRONMENTS,
        maxAge: { flag: 'signoff-max-age', type: 'string', arg: 'AGE', doc: 'signoffs-check: how old a sign-off may be (e.g. 24h, 90min); older ones need a fresh approval.', actionDefault: '24h' },
    },
    engine: (o, shared, ctx) => ({
        ...shared,
        github: { environments: parseEnvironmentList(o.environments ?? []), maxAgeMs: parseMaxAge(o.maxAge, '--signoff-max-age'), repo: repoOf(o.repo, ctx), runId: runIdOf(o.runId, ctx) },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).signoffsCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/status.ts



const status_status = defineCommand({
    name: 'status',
    summary: 'show applied, pending and drifted files per phase',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['status'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(398), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 4398))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/verify.ts


const verify = defineCommand({
    name: 'verify',
    summary: 'run the configured checks: RLS, role access, boundary grants, views, row counts, audit trail',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['verify'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 69))).verify(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/index.ts

























/**
 * Every command, declared once in its own module. Only the declarations load here (their
 * option tables); a command's code loads when it runs, which keeps the cold start short.
 */
const COMMAND_SPECS = [plan, migrate, down, status_status, backup, restore, verify, report, boundaryCheck, lint, ramp, latency, flags, notify, review, baseline, init, gatesCheck, recordApprovals, signoffsCheck, environmentsApply];
const _sameCommands = true;
void _sameCommands;
const COMMANDS = COMMAND_SPECS.map((c) => c.name);
function commandSpec(name) {
    return COMMAND_SPECS.find((c) => c.name === name);
}
/** The command a two-word command line names (`gates check`), if any. */
function cliSpelling(first, second) {
    return COMMAND_SPECS.find((c) => c.cli !== undefined && c.cli === `${first} ${second}`);
}
/** The database commands that honour a dry run (init's prints the config it would write; environments apply's is of GitHub's side). */
const DRY_RUN_COMMANDS = COMMAND_SPECS.filter((c) => c.dryRun && c.connects && c.writes).map((c) => c.name);
/** The option tables of a command: the shared ones first. */
const optionsOf = (spec) => [...Object.entries(commands_shared/* SHARED_OPTIONS */.TL), ...Object.entries(spec.options)];
/** The GitHub commands: they name a repository (and get the token). */
const usesGithub = (spec) => Object.values(spec.options).includes(REPO);
/** Which commands take an option (by its flag), for "does not apply" errors. */
function commandsWithFlag(flag) {
    return COMMAND_SPECS.filter((c) => Object.values(c.options).some((o) => o.flag === flag)).map((c) => c.name);
}
/**
 * A command's options as the engine's, checked once for both adapters. `raw` says what the
 * adapter found for each of the command's options (by flag); `given` lists the flags the user
 * gave that the command may not take.
 */
function engineOptionsFor(spec, raw, ctx) {
    const values = {};
    for (const [key, option] of Object.entries(spec.options))
        values[key] = readOption(option, raw(option), ctx.env);
    const databaseUrlRaw = raw(commands_shared/* SHARED_OPTIONS */.TL.databaseUrl);
    const databaseUrlGiven = typeof databaseUrlRaw === 'string' && databaseUrlRaw.trim() !== '';
    const shared = {
        databaseUrl: (databaseUrlGiven ? readOption(commands_shared/* SHARED_OPTIONS */.TL.databaseUrl, databaseUrlRaw, ctx.env) : ctx.env.DATABASE_URL || undefined),
        databaseUrlGiven,
        configPath: readOption(commands_shared/* SHARED_OPTIONS */.TL.configPath, raw(commands_shared/* SHARED_OPTIONS */.TL.configPath), ctx.env),
        phases: readOption(commands_shared/* SHARED_OPTIONS */.TL.phases, raw(commands_shared/* SHARED_OPTIONS */.TL.phases), ctx.env) ?? [],
    };
    const { databaseUrlGiven: _given, ...fields } = spec.engine(values, shared, ctx);
    return fields;
}
/** An option the command does not take, named with the commands that do. */
function notApplicable(flag, spec, spelledAs) {
    if (flag === 'dry-run') {
        const why = spec.writes ? `: ${spelledAs} would change the database anyway` : ` (${spelledAs} changes nothing)`;
        return (0,promote_error/* usageError */.Wp)(`--dry-run applies to ${DRY_RUN_COMMANDS.slice(0, -1).join(', ')} and ${DRY_RUN_COMMANDS.at(-1)} only, not ${spelledAs}${why}`, { key: '--dry-run' });
    }
    const takers = commandsWithFlag(flag);
    return (0,promote_error/* usageError */.Wp)(`--${flag} does not apply to ${spelledAs} (only to ${takers.join(', ')})`, { key: `--${flag}` });
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ CLI_OPTIONS),
/* harmony export */   TL: () => (/* binding */ SHARED_OPTIONS),
/* harmony export */   lz: () => (/* binding */ NO_OPTIONS),
/* harmony export */   z8: () => (/* binding */ TO_VERSION)
/* harmony export */ });
/* unused harmony export ACTION_INPUTS */
/** Options every command takes. */
const SHARED_OPTIONS = {
    databaseUrl: { flag: 'database-url', type: 'url', arg: 'URL', env: 'DATABASE_URL', secret: true, doc: 'Target database URL (postgres://user:password@host:port/db); pass it from a secret, it is masked. Default: $DATABASE_URL.' },
    configPath: { flag: 'config', type: 'string', arg: 'FILE', doc: 'Promotion config. Default: db/promotion.yml (pg-promote init writes one).' },
    phases: { flag: 'phase', type: 'list', arg: 'NAME', doc: 'Only these phases, comma or newline separated (or the option repeated). Default: every phase, in config order.' },
    debug: { flag: 'debug', type: 'boolean', doc: "Print an internal error's stack trace (the result JSON always holds it). The action also honours the runner's debug logging." },
};
/** The CLI's own switches: what to print and where the result goes as well. */
const CLI_OPTIONS = {
    json: { flag: 'json', input: false, type: 'boolean', doc: 'Print exactly one JSON document on stdout.' },
    resultFile: { flag: 'result-file', input: false, type: 'string', arg: 'FILE', doc: 'Also write that JSON document to FILE (for report --results), whatever is printed.' },
};
/** The action's own inputs: which command, where, and the GitHub stages' inputs. */
const ACTION_INPUTS = {
    command: { description: '', required: true },
    'github-token': { description: 'gates-check, signoffs-check and record-approvals: a token that can read the repository\'s environments and runs (actions: read). review: a token that may comment on the pull request (pull-requests: write). Masked.', default: '${{ github.token }}' },
    'working-directory': { description: 'Repository folder the config and its paths are relative to. Default: the workspace.', default: '.' },
};
const TO_VERSION = {
    flag: 'to', type: 'string', arg: 'VERSION',
    doc: 'plan and migrate: pending migrations up to and including VERSION only (later ones stay pending); one phase. down: revert every applied version above VERSION (VERSION stays applied; --all reverts them all). baseline: record every migration up to and including VERSION as applied without running it.',
};
const NO_OPTIONS = {};


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   p5: () => (/* binding */ parseDurationExact)
/* harmony export */ });
/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const ms = parseDurationExact(text);
    return ms === undefined ? undefined : Math.round(ms);
}
/** Unrounded, for the few settings finer than a millisecond (the latency gate's floor). */
function parseDurationExact(text) {
    const match = new RegExp(DURATION_PATTERN).exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2];
    return Number.parseFloat(text) * (UNIT_MS[unit] ?? 0);
}


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HT: () => (/* binding */ CONNECTION_ENV),
  yC: () => (/* binding */ KEYWORD_ENV),
  aF: () => (/* binding */ hasConnectionSettings),
  mx: () => (/* binding */ parseDatabaseUrl),
  XC: () => (/* binding */ resolveConnection),
  kR: () => (/* binding */ withDatabase)
});

// UNUSED EXPORTS: defaultSocketDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/db/conninfo.ts
var conninfo = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/db/pgpass.ts

/**
 * libpq's password file: the first line whose host, port, database and user match (a `*`
 * matches anything; `\` escapes `:` and `\`). Like libpq, a file others can read is ignored
 * (with a warning), and a missing file is no error.
 */
function passwordFromFile(file, key, warn) {
    let text;
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (!stat.isFile())
            return undefined;
        if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
            warn(`password file "${file}" has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const wanted = [key.host, key.port, key.database, key.user];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = splitFields(line);
        if (fields.length < 5)
            continue;
        if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w))
            return fields.slice(4).join(':');
    }
    return undefined;
}
function splitFields(line) {
    const fields = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length)
            current += line[++i];
        else if (c === ':' && fields.length < 4) {
            fields.push(current);
            current = '';
        }
        else
            current += c;
    }
    fields.push(current);
    return fields;
}

;// CONCATENATED MODULE: ./src/db/service-file.ts




/**
 * libpq's connection service file: PGSERVICEFILE or ~/.pg_service.conf first, then
 * PGSYSCONFDIR/pg_service.conf. A service named but defined nowhere is an error, as in libpq.
 */
function serviceSettings(service, env, home) {
    const files = [env.PGSERVICEFILE || external_node_path_default().join(home, '.pg_service.conf')];
    if (env.PGSYSCONFDIR)
        files.push(external_node_path_default().join(env.PGSYSCONFDIR, 'pg_service.conf'));
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const found = readService(file, service);
        if (found)
            return found;
    }
    throw (0,promote_error/* configError */.Fj)(`definition of service "${service}" not found (looked in ${files.join(', ')})`, { key: 'service' });
}
function readService(file, service) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`cannot read the service file: ${err.message}`, { file, key: 'service' });
    }
    let inService = false;
    let found;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        if (line.startsWith('[')) {
            if (found)
                inService = false;
            const name = line.slice(1, line.indexOf(']'));
            inService = name === service;
            if (inService)
                found = {};
            return;
        }
        if (!inService)
            return;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw (0,promote_error/* configError */.Fj)(`syntax error in service file: "${line}" has no "="`, { file, line: index + 1, key: 'service' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'service')
            throw (0,promote_error/* configError */.Fj)('nested service specifications are not supported', { file, line: index + 1, key: 'service' });
        if (!conninfo/* LIBPQ_KEYWORDS */._Q.has(key))
            throw (0,promote_error/* configError */.Fj)(`invalid connection option "${key}" in the service file`, { file, line: index + 1, key: 'service' });
        found[key] ??= value;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/db/connection-url.ts








const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** libpq's environment variable for each keyword. */
const KEYWORD_ENV = {
    host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
    passfile: 'PGPASSFILE', service: 'PGSERVICE', options: 'PGOPTIONS', application_name: 'PGAPPNAME',
    connect_timeout: 'PGCONNECT_TIMEOUT', client_encoding: 'PGCLIENTENCODING', require_auth: 'PGREQUIREAUTH',
    channel_binding: 'PGCHANNELBINDING', sslmode: 'PGSSLMODE', sslnegotiation: 'PGSSLNEGOTIATION', requiressl: 'PGREQUIRESSL',
    sslcompression: 'PGSSLCOMPRESSION', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcertmode: 'PGSSLCERTMODE',
    sslrootcert: 'PGSSLROOTCERT', sslcrl: 'PGSSLCRL', sslcrldir: 'PGSSLCRLDIR', sslsni: 'PGSSLSNI', requirepeer: 'PGREQUIREPEER',
    ssl_min_protocol_version: 'PGSSLMINPROTOCOLVERSION', ssl_max_protocol_version: 'PGSSLMAXPROTOCOLVERSION',
    gssencmode: 'PGGSSENCMODE', krbsrvname: 'PGKRBSRVNAME', gsslib: 'PGGSSLIB', gssdelegation: 'PGGSSDELEGATION',
    target_session_attrs: 'PGTARGETSESSIONATTRS', load_balance_hosts: 'PGLOADBALANCEHOSTS',
};
/** The variables that shape a libpq connection: a child gets ours and none of the caller's. */
const CONNECTION_ENV = new Set([...Object.values(KEYWORD_ENV), 'PGSERVICEFILE', 'PGSYSCONFDIR']);
const HANDLED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service', 'options', 'application_name',
    'connect_timeout', 'sslmode', 'requiressl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl', 'sslpassword', 'fallback_application_name',
]);
/** libpq's compiled-in socket folder: Debian's and Red Hat's builds use /var/run/postgresql, upstream /tmp. */
function defaultSocketDir() {
    return (0,external_node_fs_.existsSync)('/var/run/postgresql') ? '/var/run/postgresql' : '/tmp';
}
/** Whether anything at all names a database: a string, or one of the variables libpq reads. */
function hasConnectionSettings(text, env) {
    return Boolean(text) || ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'].some((v) => env[v]);
}
/**
 * Resolves a URI or keyword/value string (or none: the environment alone) into the one
 * target. Whatever libpq would refuse is refused here, exit 2, naming the part; the error never
 * repeats the string, which may hold a password.
 */
function resolveConnection(text, options = {}) {
    const option = options.option ?? '--database-url';
    const env = options.env ?? process.env;
    const home = env.HOME || external_node_os_default().homedir();
    const given = text ? (0,conninfo/* parseConninfo */.GL)(text.trim(), option) : {};
    const settings = {};
    const sources = {};
    for (const [k, v] of Object.entries(given)) {
        settings[k] = v;
        sources[k] = option;
    }
    const service = settings.service ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of Object.entries(serviceSettings(service, env, home))) {
            if (settings[k] !== undefined)
                continue;
            settings[k] = v;
            sources[k] = `service "${service}"`;
        }
    }
    for (const [k, variable] of Object.entries(KEYWORD_ENV)) {
        if (settings[k] !== undefined || !env[variable])
            continue;
        settings[k] = env[variable];
        sources[k] = variable;
    }
    const refuse = (k, what) => {
        throw (0,promote_error/* usageError */.Wp)(`${k}: ${what}`, { key: sources[k] ?? option });
    };
    for (const k of ['host', 'hostaddr', 'port']) {
        if (settings[k]?.includes(',')) {
            refuse(k, `names several servers; pg-promote connects to exactly one, so give one ${k}`);
        }
    }
    if (settings.hostaddr && external_node_net_default().isIP(settings.hostaddr) === 0)
        refuse('hostaddr', `"${settings.hostaddr}" is not a numeric IP address`);
    const host = settings.host || settings.hostaddr || defaultSocketDir();
    const portText = settings.port || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        refuse('port', `invalid port number "${portText}"`);
    }
    const port = Number(portText);
    const user = settings.user || osUser();
    const database = settings.dbname || user;
    let sslmode = settings.sslmode;
    if (sslmode === undefined && settings.requiressl === '1')
        sslmode = 'require';
    if (sslmode !== undefined && !SSL_MODES.includes(sslmode)) {
        refuse('sslmode', `invalid value "${sslmode}" (libpq knows ${SSL_MODES.join(', ')})`);
    }
    if (settings.sslrootcert === 'system') {
        // libpq 16+: the system store means verifying the host too; anything weaker is refused.
        if (sslmode === undefined)
            sslmode = 'verify-full';
        else if (sslmode !== 'verify-full')
            refuse('sslmode', `"${sslmode}" may not be used with sslrootcert=system (use verify-full)`);
    }
    let connectTimeoutSeconds;
    if (settings.connect_timeout !== undefined && settings.connect_timeout !== '') {
        if (!/^-?\d+$/.test(settings.connect_timeout))
            refuse('connect_timeout', `invalid integer value "${settings.connect_timeout}"`);
        const seconds = Number(settings.connect_timeout);
        connectTimeoutSeconds = seconds <= 0 ? undefined : Math.max(2, seconds);
    }
    const isSocket = host.startsWith('/');
    let password = settings.password || undefined;
    let passfile;
    if (password === undefined) {
        passfile = settings.passfile || external_node_path_default().join(home, '.pgpass');
        const pgpassHost = isSocket && host === defaultSocketDir() ? 'localhost' : settings.host || settings.hostaddr || 'localhost';
        password = passwordFromFile(passfile, { host: pgpassHost, port: String(port), database, user }, options.warn ?? (() => undefined));
        if (password !== undefined)
            sources.password = 'the password file';
    }
    // libpq's default files, looked for once: whatever is found is part of the resolution.
    const dotDir = external_node_path_default().join(home, '.postgresql');
    for (const [k, file] of [['sslrootcert', 'root.crt'], ['sslcert', 'postgresql.crt'], ['sslkey', 'postgresql.key'], ['sslcrl', 'root.crl']]) {
        if (settings[k] || !(0,external_node_fs_.existsSync)(external_node_path_default().join(dotDir, file)))
            continue;
        settings[k] = external_node_path_default().join(dotDir, file);
        sources[k] = `libpq's default ${external_node_path_default().join(dotDir, file)}`;
    }
    const extra = {};
    for (const [k, v] of Object.entries(settings))
        if (!HANDLED.has(k))
            extra[k] = v;
    const shownHost = settings.hostaddr && settings.host ? `${settings.host} (${settings.hostaddr})` : host;
    return {
        host,
        hostaddr: settings.hostaddr || undefined,
        port,
        database,
        user,
        password,
        passfile,
        ssl: {
            mode: sslmode ?? 'prefer',
            rootcert: settings.sslrootcert || undefined,
            cert: settings.sslcert || undefined,
            key: settings.sslkey || undefined,
            crl: settings.sslcrl || undefined,
            keyPassword: settings.sslpassword || undefined,
        },
        options: settings.options || undefined,
        applicationName: settings.application_name || undefined,
        connectTimeoutSeconds,
        extra,
        sources,
        display: `${user}@${shownHost}:${port}/${database}`,
    };
}
/** The same target, another database on that server (a scratch copy). */
function withDatabase(target, database) {
    return { ...target, database, display: `${target.display.slice(0, target.display.length - target.database.length)}${database}` };
}
/** Kept for the adapters: a string resolved against the process's environment. */
function parseDatabaseUrl(url, option = '--database-url', env = process.env) {
    return resolveConnection(url, { option, env });
}
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)('no user name: set user in the connection string or PGUSER (the OS user has no name)', { key: 'PGUSER' });
    }
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ quoteConninfoValue),
/* harmony export */   GL: () => (/* binding */ parseConninfo),
/* harmony export */   _Q: () => (/* binding */ LIBPQ_KEYWORDS)
/* harmony export */ });
/* unused harmony export isUri */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/** Every keyword libpq 13 to 18 knows; anything else it refuses, and so do we. */
const LIBPQ_KEYWORDS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'require_auth', 'channel_binding',
    'connect_timeout', 'client_encoding', 'options', 'application_name', 'fallback_application_name',
    'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslmode', 'sslnegotiation', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode',
    'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'ssl_min_protocol_version', 'ssl_max_protocol_version',
    'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs', 'load_balance_hosts', 'requiressl',
]);
const URI_PREFIX = /^postgres(?:ql)?:\/\//;
const isUri = (text) => URI_PREFIX.test(text);
function parseConninfo(text, option) {
    // libpq would read mysql://... as a keyword string and complain about "="; say what it is.
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
    if (scheme && !isUri(text))
        refuse(option, `${option} must start with postgres:// or postgresql:// (got ${scheme[1]}://)`);
    return isUri(text) ? parseUri(text, option) : parseKeywords(text, option);
}
function refuse(option, what) {
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(what, { key: option });
}
/** %XX only (libpq does not read '+' as a space), and never %00. */
function decode(value, option, part) {
    if (!value.includes('%'))
        return value;
    const bytes = [];
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c !== '%') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const hex = value.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
            refuse(option, `invalid percent-encoded token in the ${part} (a % must be followed by two hex digits)`);
        if (hex === '00')
            refuse(option, `forbidden value %00 in the ${part}`);
        bytes.push(parseInt(hex, 16));
        i += 2;
    }
    return Buffer.from(bytes).toString('utf8');
}
function setKeyword(info, key, value, option, where) {
    if (!LIBPQ_KEYWORDS.has(key))
        refuse(option, `invalid ${where} "${key}"`);
    info[key] = value;
}
/** libpq's conninfo_uri_parse_options, step by step. */
function parseUri(text, option) {
    const info = {};
    let rest = text.replace(URI_PREFIX, '');
    // user[:password]@ ends at the first '@' before any '/' or '?'
    const at = rest.search(/[@/?]/);
    if (at >= 0 && rest[at] === '@') {
        const credentials = rest.slice(0, at);
        const colon = credentials.indexOf(':');
        const user = colon >= 0 ? credentials.slice(0, colon) : credentials;
        if (user)
            info.user = decode(user, option, 'user name');
        if (colon >= 0) {
            const password = credentials.slice(colon + 1);
            if (password)
                info.password = decode(password, option, 'password');
        }
        rest = rest.slice(at + 1);
    }
    // host[:port] (or [ipv6][:port]), several separated by commas, up to '/' or '?'
    const netEnd = rest.search(/[/?]/);
    const netloc = netEnd >= 0 ? rest.slice(0, netEnd) : rest;
    rest = netEnd >= 0 ? rest.slice(netEnd) : '';
    const hosts = [];
    const ports = [];
    if (netloc) {
        for (const entry of splitHosts(netloc, option)) {
            let host;
            let port = '';
            if (entry.startsWith('[')) {
                const close = entry.indexOf(']');
                if (close < 0)
                    refuse(option, 'missing "]" in an IPv6 host address');
                if (close === 1)
                    refuse(option, 'IPv6 host address may not be empty');
                host = entry.slice(1, close);
                const after = entry.slice(close + 1);
                if (after && !after.startsWith(':'))
                    refuse(option, `unexpected character "${after[0]}" after the IPv6 host address`);
                port = after.slice(1);
            }
            else {
                const colon = entry.indexOf(':');
                host = colon >= 0 ? entry.slice(0, colon) : entry;
                port = colon >= 0 ? entry.slice(colon + 1) : '';
                host = decode(host, option, 'host');
            }
            hosts.push(host);
            ports.push(decode(port, option, 'port'));
        }
        if (hosts.some(Boolean))
            info.host = hosts.join(',');
        if (ports.some(Boolean))
            info.port = ports.join(',');
    }
    if (rest.startsWith('/')) {
        const q = rest.indexOf('?');
        const db = q >= 0 ? rest.slice(1, q) : rest.slice(1);
        if (db)
            info.dbname = decode(db, option, 'database name');
        rest = q >= 0 ? rest.slice(q) : '';
    }
    if (rest.startsWith('?')) {
        for (const pair of rest.slice(1).split('&')) {
            if (pair === '')
                continue;
            const eq = pair.indexOf('=');
            if (eq < 0)
                refuse(option, `missing key/value separator "=" in URI query parameter "${decode(pair, option, 'query')}"`);
            if (pair.indexOf('=', eq + 1) >= 0)
                refuse(option, `extra key/value separator "=" in URI query parameter "${decode(pair.slice(0, eq), option, 'query')}"`);
            let key = decode(pair.slice(0, eq), option, 'query parameter name');
            let value = decode(pair.slice(eq + 1), option, `value of ${key}`);
            // libpq's one alias, for JDBC-style URIs
            if (key === 'ssl' && value === 'true') {
                key = 'sslmode';
                value = 'require';
            }
            setKeyword(info, key, value, option, 'URI query parameter');
        }
    }
    return info;
}
function splitHosts(netloc, option) {
    const entries = [];
    let current = '';
    let inBracket = false;
    for (const c of netloc) {
        if (c === '[')
            inBracket = true;
        if (c === ']')
            inBracket = false;
        if (c === ',' && !inBracket) {
            entries.push(current);
            current = '';
        }
        else
            current += c;
    }
    if (inBracket)
        refuse(option, 'missing "]" in an IPv6 host address');
    entries.push(current);
    return entries;
}
/** libpq's conninfo_parse: key = value pairs, values bare or in single quotes, backslash escapes. */
function parseKeywords(text, option) {
    const info = {};
    let i = 0;
    const n = text.length;
    const space = (c) => c !== undefined && /\s/.test(c);
    while (i < n) {
        while (space(text[i]))
            i++;
        if (i >= n)
            break;
        let key = '';
        while (i < n && text[i] !== '=' && !space(text[i]))
            key += text[i++];
        while (space(text[i]))
            i++;
        if (text[i] !== '=')
            refuse(option, `missing "=" after "${key}" in the connection string`);
        i++;
        while (space(text[i]))
            i++;
        let value = '';
        if (text[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    refuse(option, 'unterminated quoted string in the connection string');
                const c = text[i];
                if (c === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                }
                else if (c === "'") {
                    i++;
                    break;
                }
                else {
                    value += c;
                    i++;
                }
            }
        }
        else {
            while (i < n && !space(text[i])) {
                if (text[i] === '\\' && i + 1 < n)
                    i++;
                value += text[i++];
            }
        }
        setKeyword(info, key, value, option, 'connection option');
    }
    return info;
}
/** A value for a keyword/value string (children's --dbname): quoted, quotes and backslashes escaped. */
const quoteConninfoValue = (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;


/***/ }),

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7288);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1570);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2239);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(938);





/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
async function runEngine(options) {
    const started = Date.now();
    const spec = (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_3__/* .commandSpec */ .Lx)(options.command);
    const envelope = { command: options.command, ok: false, exitCode: 0, startedAt: new Date(started).toISOString(), durationMs: 0, warnings: [] };
    // The command's own report: the one its run returns, else its empty one.
    let report = spec.report(options);
    const took = (outcome) => {
        if (outcome instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .Failed */ .cV) {
            report = outcome.report;
            envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(outcome.error));
        }
        else
            report = outcome;
    };
    const emit = options.onEvent ?? (() => undefined);
    let session;
    try {
        if (spec.config === 'none')
            took(await spec.run({ options, envelope, emit }));
        else if (!spec.connects) {
            const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(345)]).then(__webpack_require__.bind(__webpack_require__, 1036));
            let config;
            // Read when the command first asks: the GitHub commands mostly never do.
            const ctx = { options, envelope, emit, get config() { return (config ??= loadConfig({ root: options.root, configPath: options.configPath })); } };
            took(await spec.run(ctx));
        }
        else {
            const prepared = (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(493)]).then(__webpack_require__.bind(__webpack_require__, 493))).prepare(options);
            envelope.warnings.push(...prepared.warnings);
            for (const s of prepared.phases.flatMap((p) => p.skipped))
                envelope.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
            // Maintenance windows are checked before connecting: a refused run touches nothing.
            const settings = await spec.resolve?.(prepared.config, options);
            const windowGate = prepared.config.maintenanceWindows.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 2481)) : undefined;
            const window = windowGate?.checkWindow({ ...prepared, command: options.command, rules: spec.windows, dryRun: Boolean(options.dryRun) && spec.dryRun, outsideWindowReason: options.outsideWindowReason }, envelope);
            // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
            const { openSession } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 6375));
            session = await openSession(prepared.target, `pg-promote ${options.command}`);
            envelope.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
            emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
            // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
            const overrideAfter = options.command === 'restore';
            if (window?.overridden && !overrideAfter)
                await windowGate.recordWindowOverride(session.client, prepared, envelope, window);
            try {
                took(await spec.run({ options, prepared, session, envelope, emit, settings }));
            }
            finally {
                if (window?.overridden && overrideAfter && !session.lost()) {
                    await windowGate.recordWindowOverride(session.client, prepared, envelope, window).catch((err) => {
                        envelope.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
                    });
                }
            }
        }
    }
    catch (err) {
        envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(err));
    }
    finally {
        await session?.close();
    }
    return finish({ ...envelope, ...report }, started);
}
function finish(result, started) {
    for (const phase of 'phases' in result ? result.phases : []) {
        const counts = result.counts;
        for (const file of phase.files) {
            if (file.status === 'applied')
                counts.applied++;
            else if (file.status === 'pending' || file.status === 'would-revert')
                counts.pending++;
            else if (file.status === 'failed')
                counts.failed++;
            else if (file.status === 'reverted')
                counts.reverted++;
        }
    }
    result.exitCode = (0,_errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .R)(result.error?.kind);
    result.ok = result.exitCode === 0;
    result.durationMs = Date.now() - started;
    return result;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cV: () => (/* binding */ Failed),
/* harmony export */   qZ: () => (/* binding */ endWith),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
class Failed {
    report;
    error;
    constructor(report, error) {
        this.report = report;
        this.error = error;
    }
}
/** The report, failed by `error` when there is one (a check that found problems). */
const endWith = (report, error) => (error === undefined ? report : new Failed(report, error));
/**
 * Runs `work` filling `report` in as it goes: the report when it ends, the report so far with
 * the error when it throws (what was applied before a migration failed is still said).
 */
async function reporting(report, work) {
    try {
        await work(report);
        return report;
    }
    catch (err) {
        return new Failed(report, err);
    }
}


/***/ }),

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ errorInfo)
/* harmony export */ });
/* harmony import */ var _promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

function errorInfo(error) {
    const info = { kind: error.kind, message: error.message, ...error.context };
    if (error instanceof _promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd && error.stack)
        info.stack = error.stack;
    return info;
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
const EXIT_CODES = {
    usage: 2,
    config: 2,
    connection: 2,
    permission: 2,
    migration: 1,
    drift: 1,
    lock: 1,
    check: 1,
    internal: 1,
};
function exitCodeFor(kind) {
    return kind === undefined ? 0 : EXIT_CODES[kind];
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

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CheckFailed),
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   GK: () => (/* binding */ ConnectionFailed),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   JC: () => (/* binding */ PermissionDenied),
/* harmony export */   K0: () => (/* binding */ Drift),
/* harmony export */   Oh: () => (/* binding */ errorOfKind),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   XO: () => (/* binding */ asPromoteError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fC: () => (/* binding */ LockNotAcquired),
/* harmony export */   g6: () => (/* binding */ MigrationFailed),
/* harmony export */   jG: () => (/* binding */ PromoteError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export ConnectionLost */
class PromoteError extends Error {
    context;
    constructor(message, context = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.context = context;
    }
}
/** Bad command line or action input. */
class UsageError extends PromoteError {
    kind = 'usage';
}
/** Bad promotion.yml or migration tree. */
class ConfigError extends PromoteError {
    kind = 'config';
}
/** The database (or GitHub's API) cannot be reached or refuses the login. */
class ConnectionFailed extends PromoteError {
    kind = 'connection';
}
/** A connection that was open went away (server restart, network, pg_terminate_backend). */
class ConnectionLost extends (/* unused pure expression or super */ null && (ConnectionFailed)) {
}
/** The role lacks a privilege pg-promote needs. */
class PermissionDenied extends PromoteError {
    kind = 'permission';
}
/** A statement failed while a file was applied. */
class MigrationFailed extends PromoteError {
    kind = 'migration';
}
/** History and files disagree. */
class Drift extends PromoteError {
    kind = 'drift';
}
/** Another run holds the lock, or the lock retries ran out. */
class LockNotAcquired extends PromoteError {
    kind = 'lock';
}
/** A check, gate or verification failed. */
class CheckFailed extends PromoteError {
    kind = 'check';
}
/** A bug in pg-promote: it keeps the stack of what was thrown. */
class InternalError extends PromoteError {
    kind = 'internal';
}
const CLASSES = {
    usage: UsageError,
    config: ConfigError,
    connection: ConnectionFailed,
    permission: PermissionDenied,
    migration: MigrationFailed,
    drift: Drift,
    lock: LockNotAcquired,
    check: CheckFailed,
    internal: InternalError,
};
/** The error of a kind known only at run time (an earlier error's, a setting's source). */
function errorOfKind(kind, message, context = {}, options) {
    return new CLASSES[kind](message, context, options);
}
const usageError = (message, context = {}) => new UsageError(message, context);
const configError = (message, context = {}) => new ConfigError(message, context);
/** Anything thrown that is not a PromoteError is a bug: keep its message and its stack, call it internal. */
function asPromoteError(err) {
    if (err instanceof PromoteError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const internal = new InternalError(`unexpected error: ${message}`, {}, { cause: err });
    if (err instanceof Error && err.stack)
        internal.stack = err.stack;
    return internal;
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   R1: () => (/* binding */ againstThreshold),
/* harmony export */   YB: () => (/* binding */ describeReading)
/* harmony export */ });
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4532);

/** Passes only the parameters the query names: PostgreSQL rejects a bind with more than it uses. */
function parametersFor(sql, window) {
    const used = [...sql.matchAll(/\$([0-9]+)\b/g)].map((m) => Number(m[1]));
    const highest = used.length > 0 ? Math.max(...used) : 0;
    return [window.movedAt, `${window.windowMs / 1000} seconds`].slice(0, highest);
}
const asNumber = (v) => {
    if (v === null || v === undefined || v === '')
        return undefined;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : undefined;
};
const shown = (v) => {
    if (v === null || v === undefined)
        return null;
    if (v instanceof Date)
        return v.toISOString();
    const n = asNumber(v);
    return n !== undefined && typeof v !== 'boolean' ? n : String(v);
};
/**
 * Runs one gate outside any transaction (nothing is held open between evaluations) and judges
 * it. A gate that cannot be evaluated never passes: a failed query is an error at once; no
 * rows is 'pending' while the window runs and 'no-rows' (a failure) when it has ended.
 */
async function evaluateGate(client, gate, window, final) {
    let rows;
    try {
        rows = (await client.query(gate.sql, parametersFor(gate.sql, window))).rows;
    }
    catch (err) {
        return { name: gate.name, status: 'error', error: (0,_errors_format_js__WEBPACK_IMPORTED_MODULE_0__/* .serverErrorText */ .zi)(err) };
    }
    if (rows.length > 0 && !('value' in rows[0])) {
        return { name: gate.name, status: 'error', rows: rows.length, error: "the query returns no column named 'value'" };
    }
    const valued = rows.filter((r) => asNumber(r.value) !== undefined);
    if (valued.length < rows.length) {
        return { name: gate.name, status: 'error', rows: rows.length, error: `${rows.length - valued.length} row(s) with a value that is NULL or not a number` };
    }
    if (valued.length === 0)
        return { name: gate.name, status: final ? 'no-rows' : 'pending', rows: 0 };
    const value = (r) => asNumber(r.value);
    // The worst row decides: the highest against a max, else the lowest against a min.
    const overMax = gate.max !== undefined ? valued.filter((r) => value(r) > gate.max) : [];
    const underMin = gate.min !== undefined ? valued.filter((r) => value(r) < gate.min) : [];
    const pickMax = (list) => list.reduce((a, b) => (value(b) > value(a) ? b : a));
    const pickMin = (list) => list.reduce((a, b) => (value(b) < value(a) ? b : a));
    const worst = overMax.length > 0 ? pickMax(overMax) : underMin.length > 0 ? pickMin(underMin) : gate.max !== undefined ? pickMax(valued) : pickMin(valued);
    const detail = {};
    for (const [k, v] of Object.entries(worst))
        if (k !== 'value')
            detail[k] = shown(v);
    return {
        name: gate.name,
        status: overMax.length > 0 || underMin.length > 0 ? 'breach' : 'ok',
        value: value(worst),
        rows: valued.length,
        detail,
    };
}
/** "14 > 10", "0 ≤ 10", "97 ≥ 95": the value against the threshold it was judged by. */
function againstThreshold(gate, value) {
    if (gate.max !== undefined && value > gate.max)
        return `${value} > ${gate.max}`;
    if (gate.min !== undefined && value < gate.min)
        return `${value} < ${gate.min}`;
    if (gate.max !== undefined)
        return `${value} ≤ ${gate.max}`;
    return `${value} ≥ ${gate.min}`;
}
/** One gate's reading as a few words for a progress line or a message. */
function describeReading(gate, reading) {
    switch (reading.status) {
        case 'error':
            return `${reading.name} cannot be evaluated: ${reading.error}`;
        case 'pending':
            return `${reading.name}: no rows yet`;
        case 'no-rows':
            return `${reading.name} cannot be evaluated: no rows in the whole window`;
        default: {
            const extra = Object.entries(reading.detail ?? {})
                .filter(([, v]) => typeof v === 'number')
                .map(([k, v]) => `${k} ${v}`)
                .join(', ');
            return `${reading.name} ${againstThreshold(gate, reading.value)}${extra ? ` (${extra})` : ''}`;
        }
    }
}


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ span)
/* harmony export */ });
/** A duration as a person reads it in a progress line: 500 ms, 1.5 s, 30 min, 1 h. */
function span(ms) {
    if (ms >= 3_600_000 && ms % 60_000 === 0)
        return `${+(ms / 3_600_000).toFixed(2)} h`;
    if (ms >= 60_000)
        return `${+(ms / 60_000).toFixed(1)} min`;
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes for people, in binary units (what du -h and pg_size_pretty count in): 512 B, 3.3 MiB, 348 MiB. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ latencyFailed),
/* harmony export */   ek: () => (/* binding */ latencyLines),
/* harmony export */   y: () => (/* binding */ latencySection)
/* harmony export */ });
/* unused harmony export latencyMarkdown */
const ms = (n) => (n === undefined ? '-' : n >= 100 ? `${n.toFixed(0)} ms` : n >= 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(3)} ms`);
const ratio = (t) => (t ? `${t.ratio.toFixed(2)}x [${t.low.toFixed(2)}, ${t.high.toFixed(2)}]` : '-');
const METRIC = { client: 'client time', server: 'server time' };
const VERDICT = {
    pass: 'pass',
    fail: 'FAIL',
    inconclusive: 'inconclusive',
    'not-measured': 'NOT MEASURED',
    'not-compared': 'not compared',
};
/** What the verdict does to the gate: the settings decide whether inconclusive fails. */
function fails(v, l) {
    return v.verdict === 'fail' || v.verdict === 'not-measured' || (l.settings.inconclusive === 'fail' && (v.verdict === 'inconclusive' || v.verdict === 'not-compared'));
}
function latencyFailed(l) {
    return (l.verdicts ?? []).some((v) => fails(v, l));
}
function method(l) {
    const s = l.settings;
    return `${s.runs} runs a side over ${s.spanMs / 1000} s, ${s.samples} timed executions per probe per run; judged on the server's execution time; a probe fails when the 95% interval of after/before (Holm-adjusted across probes) lies above +${s.maxIncreasePct}% and it grew by at least ${ms(s.noiseFloorMs)}; inconclusive ${s.inconclusive === 'fail' ? 'fails' : 'warns'}; a changed plan ${s.planChange === 'fail' ? 'fails' : 'warns'}`;
}
function planText(v) {
    const p = v.plan;
    if (!p)
        return '-';
    const blocks = `${p.before?.sharedBlocks ?? '-'} → ${p.after?.sharedBlocks ?? '-'} shared blocks${p.blocksGrew ? ' (grew)' : ''}`;
    return p.shapeChanged ? `plan changed: ${p.before.shape} → ${p.after.shape}; ${blocks}` : `same plan; ${blocks}`;
}
/** Summary lines for the CLI and the action's log. */
function latencyLines(result) {
    const l = result.latency;
    if (!l)
        return [];
    const lines = [];
    if (l.mode === 'baseline') {
        lines.push(`latency baseline: ${l.probes.length} probes written to ${l.file} (${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run)`);
        for (const p of l.probes) {
            if (p.error)
                lines.push(`  ${p.name.padEnd(28)} NOT MEASURED: ${p.error}`);
            else
                lines.push(`  ${p.name.padEnd(28)} client ${ms(p.clientMs)}  server ${ms(p.serverMs)}  ±${p.spreadPct ?? '-'}% run to run (server)  plan: ${p.plan?.sharedBlocks ?? '-'} shared blocks`);
        }
    }
    else {
        lines.push(`latency compare with ${l.file} (taken ${l.baselineTakenAt}): ${method(l)}`);
        if (l.machine)
            lines.push(`  machine: ${l.machine}`);
        for (const v of l.verdicts ?? []) {
            const t = v.timing;
            lines.push(`  ${v.name.padEnd(28)} ${t ? `server ${ms(t.beforeMs)} → ${ms(t.afterMs)}  ${ratio(t)}  ` : ''}${VERDICT[v.verdict]}: ${v.reason}`);
            if (v.client)
                lines.push(`  ${''.padEnd(28)} client ${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}  ${ratio(v.client)} (not judged)`);
            if (v.plan)
                lines.push(`  ${''.padEnd(28)} ${planText(v)}`);
        }
        for (const c of l.controls ?? [])
            lines.push(`  control ${`${c.name} (${c.metric})`.padEnd(20)} ${ms(c.timing.beforeMs)} → ${ms(c.timing.afterMs)}  ${ratio(c.timing)}`);
    }
    lines.push(...statementLines(l));
    return lines;
}
function statementLines(l) {
    if (!l.statements.available)
        return [`  pg_stat_statements: not available (${l.statements.reason})`];
    if (l.mode === 'baseline')
        return ["  pg_stat_statements: the application's statements recorded per run window, for the comparison"];
    const rows = l.statements.compared ?? [];
    return [
        `  pg_stat_statements: ${rows.length} of the baseline's statements ran in both windows; mean time per window, after/before:`,
        ...rows.map((s) => `    ${ms(s.timing?.beforeMs)} → ${ms(s.timing?.afterMs)}  ${ratio(s.timing)}  ${s.verdict === 'fail' ? 'slower (warning)' : VERDICT[s.verdict]}: ${s.reason} (${s.callsBefore} → ${s.callsAfter} calls)  ${s.query.slice(0, 80)}`),
    ];
}
const cell = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Job-summary sections (markdown). */
function latencyMarkdown(result) {
    return result.latency ? [latencySection(result.latency, '###')] : [];
}
function latencySection(l, heading) {
    const lines = [];
    if (l.mode === 'baseline') {
        lines.push(`${heading} Latency baseline`, '', `Written to \`${cell(l.file)}\`: ${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run.`, '');
        lines.push('| probe | client time | server time (judged) | server run to run | shared blocks |', '|---|---:|---:|---:|---:|');
        for (const p of l.probes) {
            if (p.error)
                lines.push(`| \`${p.name}\` | ❌ not measured: ${cell(p.error)} | | | |`);
            else
                lines.push(`| \`${p.name}\` | ${ms(p.clientMs)} | ${ms(p.serverMs)} | ±${p.spreadPct ?? '-'}% | ${p.plan?.sharedBlocks ?? '-'} |`);
        }
    }
    else {
        const failed = latencyFailed(l);
        const warned = !failed && (l.verdicts ?? []).some((v) => v.verdict !== 'pass');
        lines.push(`${heading} ${failed ? '❌' : warned ? '⚠️' : '✅'} Latency against the baseline`, '', `Baseline \`${cell(l.file)}\` taken ${l.baselineTakenAt}; ${cell(method(l))}.`, '');
        if (l.machine)
            lines.push(`Machine: ${cell(l.machine)}.`, '');
        lines.push('| probe | server before | server after | ratio [95% interval] | verdict | client time (not judged) | plan / buffers |', '|---|---:|---:|---:|---|---:|---|');
        for (const v of l.verdicts ?? []) {
            const t = v.timing;
            const mark = fails(v, l) ? '❌ ' : v.verdict === 'pass' ? '' : '⚠️ ';
            lines.push(`| \`${v.name}\` | ${ms(t?.beforeMs)} | ${ms(t?.afterMs)} | ${ratio(t)} | ${mark}${VERDICT[v.verdict]}: ${cell(v.reason)} | ${v.client ? `${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}, ${ratio(v.client)}` : '-'} | ${cell(planText(v))} |`);
        }
        if ((l.controls ?? []).length > 0) {
            lines.push('', '| control | before | after | ratio [95% interval] |', '|---|---:|---:|---:|');
            for (const c of l.controls)
                lines.push(`| ${c.name} (${METRIC[c.metric]}) | ${ms(c.timing.beforeMs)} | ${ms(c.timing.afterMs)} | ${ratio(c.timing)} |`);
        }
    }
    if (!l.statements.available)
        lines.push('', `pg_stat_statements: not available (${cell(l.statements.reason ?? '')}).`);
    else if (l.mode === 'compare' && l.statements.compared?.length) {
        lines.push('', '| statement (pg_stat_statements, ran in both windows) | mean before | mean after | ratio [95% interval] | calls | verdict |', '|---|---:|---:|---:|---:|---|');
        for (const s of l.statements.compared) {
            lines.push(`| \`${cell(s.query.slice(0, 80))}\` | ${ms(s.timing?.beforeMs)} | ${ms(s.timing?.afterMs)} | ${ratio(s.timing)} | ${s.callsBefore} → ${s.callsAfter} | ${s.verdict === 'fail' ? '⚠️ slower (warning)' : VERDICT[s.verdict]}: ${cell(s.reason)} |`);
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ rampLines),
/* harmony export */   U3: () => (/* binding */ rampSection)
/* harmony export */ });
/* unused harmony export rampMarkdown */
/* harmony import */ var _ramp_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5980);
/* harmony import */ var _ramp_span_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8030);


/** Rows in the readings table and points in a chart: a long window is sampled evenly, its end always kept. */
const MAX_TABLE_ROWS = 12;
const MAX_CHART_POINTS = 40;
const OUTCOME = {
    passed: 'held: every gate passed for the whole window',
    reverted: 'REVERTED',
    'revert-skipped': 'FAILED, not reverted (changed by someone else meanwhile)',
};
/** Summary lines for the CLI and the action's log. */
function rampLines(result) {
    const r = result.ramp;
    if (!r)
        return [];
    const lines = [
        `ramp: ${r.flag} ${r.from}% → ${r.to}%${r.forced ? ' (forced)' : ''}${r.resumed ? ' (resumed)' : ''}: ${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%`,
        `  window ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.windowMs)}, ${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'} every ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.intervalMs)}`,
    ];
    for (const gate of r.gates)
        lines.push(`  ${gateSummary(gate, r.readings)}`);
    if (r.reason)
        lines.push(`  why: ${r.reason}`);
    return lines;
}
/** A gate over the whole watch: its worst reading and how many evaluations answered. */
function gateSummary(gate, readings) {
    const own = readings.map((x) => x.gates.find((g) => g.name === gate.name)).filter((g) => g !== undefined);
    const valued = own.filter((g) => g.value !== undefined);
    const worst = valued.length === 0 ? undefined : valued.reduce((a, b) => (gate.max !== undefined ? (b.value > a.value ? b : a) : b.value < a.value ? b : a));
    const threshold = gate.max !== undefined ? `max ${gate.max}` : `min ${gate.min}`;
    const failed = own.find((g) => g.status === 'error' || g.status === 'no-rows');
    const worstText = worst ? `worst ${(0,_ramp_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .againstThreshold */ .R1)(gate, worst.value)}` : 'no value';
    return `${gate.name} (${threshold}): ${worstText}, ${valued.length} of ${own.length} evaluations answered${failed ? `; ${failed.status === 'error' ? `error: ${failed.error}` : 'no rows'}` : ''}`;
}
/** Job-summary sections (markdown). */
function rampMarkdown(result) {
    return result.ramp ? [rampSection(result.ramp, '###')] : [];
}
/** The ramp as markdown: outcome, the readings as a small table, one mermaid chart per gate. */
function rampSection(r, heading) {
    const icon = r.outcome === 'passed' ? '✅' : '❌';
    const lines = [
        `${heading} ${icon} Ramp: \`${r.flag}\` ${r.from}% → ${r.to}%`,
        '',
        `${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%. Window ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.windowMs)}, evaluated every ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.intervalMs)} (${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'}).${r.reason ? ` Why: ${cell(r.reason)}.` : ''}`,
        '',
        `| since the move | ${r.gates.map((g) => `${cell(g.name)} (${g.max !== undefined ? `max ${g.max}` : `min ${g.min}`})`).join(' | ')} |`,
        `|---:|${r.gates.map(() => '---:').join('|')}|`,
    ];
    for (const reading of sample(r.readings, MAX_TABLE_ROWS)) {
        const cells = r.gates.map((g) => readingCell(g, reading.gates.find((x) => x.name === g.name)));
        lines.push(`| ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(reading.elapsedMs)} | ${cells.join(' | ')} |`);
    }
    if (r.readings.length > MAX_TABLE_ROWS)
        lines.push('', `${MAX_TABLE_ROWS} of ${r.readings.length} evaluations shown (evenly spaced, the last always); the JSON result has all.`);
    const charted = sample(r.readings, MAX_CHART_POINTS);
    if (charted.length >= 2) {
        for (const gate of r.gates)
            lines.push('', ...chart(gate, charted));
        lines.push('', 'Charts: the gate (first line) against its threshold (second); an evaluation without a value is drawn as 0.');
    }
    return lines.join('\n');
}
function readingCell(gate, g) {
    if (!g)
        return '';
    switch (g.status) {
        case 'ok':
            return String(g.value);
        case 'breach':
            return `❌ ${g.value}`;
        case 'pending':
            return 'no rows yet';
        case 'no-rows':
            return '❌ no rows';
        default:
            return `❌ error: ${cell(g.error ?? '')}`;
    }
}
function chart(gate, readings) {
    const values = readings.map((x) => x.gates.find((g) => g.name === gate.name)?.value ?? 0);
    const threshold = gate.max ?? gate.min ?? 0;
    const top = Math.max(threshold, ...values);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${label(gate.name)} (${gate.max !== undefined ? 'max' : 'min'} ${threshold})"`,
        `  x-axis "seconds since the move" [${readings.map((x) => (x.elapsedMs / 1000).toFixed(1)).join(', ')}]`,
        `  y-axis "value" 0 --> ${Math.ceil(top * 1.2) || 1}`,
        `  line [${values.join(', ')}]`,
        `  line [${values.map(() => threshold).join(', ')}]`,
        '```',
    ];
}
function sample(items, max) {
    if (items.length <= max)
        return [...items];
    const picked = new Set();
    for (let i = 0; i < max - 1; i++)
        picked.add(Math.round((i * (items.length - 1)) / (max - 1)));
    picked.add(items.length - 1);
    return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}
const label = (s) => s.replace(/[^A-Za-z0-9 _.,:()+-]/g, ' ');
const cell = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ emptyFilesReport),
/* harmony export */   z: () => (/* binding */ emptyRunReport)
/* harmony export */ });
/** A files report before anything is counted. */
const emptyFilesReport = () => ({ phases: [], drift: [], counts: { applied: 0, pending: 0, failed: 0, reverted: 0 } });
/** migrate's and down's report before anything is counted: it says whether the run was a dry one. */
const emptyRunReport = (options) => ({ ...emptyFilesReport(), dryRun: Boolean(options.dryRun) });


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Defence in depth: adapters pass every line they print through a Redactor that knows the
 * run's secrets (the password in every spelling it may appear in). The engine never puts a
 * password in a message on purpose; this catches the day a library does.
 */
class Redactor {
    secrets = new Set();
    add(secret) {
        if (!secret || secret.length < 3)
            return;
        for (const form of [secret, encodeURIComponent(secret), safeDecode(secret)]) {
            if (form)
                this.secrets.add(form);
        }
    }
    redact(text) {
        let out = text;
        // Longest first, so a URL-encoded form is not half-replaced by a shorter one.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
    list() {
        return [...this.secrets];
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
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
