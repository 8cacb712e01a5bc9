export const id = 445;
export const ids = [445];
export const modules = {

/***/ 6445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ANNOTATIONS: () => (/* binding */ MAX_ANNOTATIONS),
  readInputs: () => (/* binding */ readInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/action/input-names.ts
/**
 * The engine words its errors for the CLI (`--backup-manifest FILE`); in a workflow the user
 * wrote inputs, so the action says `input 'backup-manifest'`. Only pg-promote's own options are
 * renamed: a tool's options quoted in a message (pg_restore --list) stay as they are.
 */
const INPUT_OF_FLAG = {
    'backup': 'backup-file',
    'backup-dir': 'backup-dir',
    'backup-manifest': 'backup-manifest',
    'base': 'base-ref',
    'baseline': 'latency-baseline',
    'compare': 'latency-compare',
    'config': 'config',
    'confirm': 'confirm',
    'database-url': 'database-url',
    'dry-run': 'dry-run',
    'environments': 'environments',
    'event': 'event',
    'flag': 'flag',
    'flags': 'flags',
    'force': 'force',
    'from': 'from-percentage',
    'format': 'backup-format',
    'head': 'head-ref',
    'interval': 'ramp-interval',
    'jobs': 'jobs',
    'message': 'message',
    'outside-window': 'outside-window',
    'phase': 'phase',
    'reason': 'reason',
    'repo': 'repository',
    'results': 'results',
    'run-id': 'run-id',
    'samples': 'samples',
    'scratch-url': 'scratch-url',
    'staging-url': 'staging-url',
    'verify': 'verify',
    'window': 'ramp-window',
    'without-backup': 'without-backup',
};
/** `--to` is down's `to` but ramp's `percentage`. */
function inputOf(flag, command) {
    if (flag === 'to')
        return command === 'ramp' ? 'percentage' : 'to';
    return INPUT_OF_FLAG[flag];
}
// `--name`, not `--name=…` (a tool's command line), with the CLI's placeholder after it (FILE, N).
const FLAG = /(?<![\w-])--([a-z][a-z-]*)(?![\w=-])(?: (?:[A-Z][A-Z_]*|N)(?![\w/]))?/g;
function inInputWords(text, command) {
    return text.replace(FLAG, (whole, flag) => {
        const input = inputOf(flag, command);
        return input ? `input '${input}'` : whole;
    });
}
/** The result as the action reports it: its error, hint, key and warnings in input words. */
function withInputNames(result) {
    const command = result.command;
    const error = result.error && {
        ...result.error,
        message: inInputWords(result.error.message, command),
        hint: result.error.hint === undefined ? undefined : inInputWords(result.error.hint, command),
        key: result.error.key?.startsWith('--') ? (inputOf(result.error.key.slice(2), command) ?? result.error.key) : result.error.key,
    };
    return { ...result, error, warnings: result.warnings.map((w) => inInputWords(w, command)) };
}

;// CONCATENATED MODULE: ./src/action/fail-step.ts




/**
 * A step that could not start (bad input): one ::error:: naming it, the same line in the job
 * summary (a run's summary page is where people look first), status `error`, its exit code.
 */
async function failStep(err, command = '') {
    const e = (0,promote_error/* asPromoteError */.XO)(err);
    const key = e.context.key;
    // The input names the place when the message does not (a connection string is never shown).
    const message = inInputWords(key && !e.message.includes(key) ? `${key}: ${e.message}` : e.message, command);
    core/* setOutput */.uH('status', 'error');
    core/* setFailed */.C1(message);
    process.exitCode = (0,exit_codes/* exitCodeFor */.R)(e.kind);
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const rows = [`| | |`, `| --- | --- |`, `| message | ${message.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')} |`];
    if (key)
        rows.push(`| input | \`${inInputWords(key, command)}\` |`);
    await core/* summary */.z
        .addRaw(`## pg-promote ${command || 'action'}: ❌ bad input, nothing was done\n\n${rows.join('\n')}\n`)
        .write()
        .catch(() => undefined);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/index.ts
var engine = __webpack_require__(5970);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
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

;// CONCATENATED MODULE: ./src/boundary-check/main.ts










/** GitHub shows at most 10 error annotations per step; the rest are counted in the summary. */
const MAX_ANNOTATIONS = 10;
const MAX_SUMMARY_ROWS = 200;
const list = (text) => text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
/** The action's inputs (INPUT_* variables) as engine options; a bad one is a usage error naming it. */
function readInputs() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const written = core/* getInput */.V4('working-directory') || '.';
    const root = external_node_path_default().resolve(workspace, written);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw (0,promote_error/* usageError */.Wp)(`input 'working-directory' does not exist: ${written}`, { key: 'working-directory' });
    }
    const inRoot = (name, mustExist) => {
        const value = core/* getInput */.V4(name).trim();
        if (!value)
            return undefined;
        if (mustExist && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, value)))
            throw (0,promote_error/* usageError */.Wp)(`input '${name}' does not exist: ${value}`, { key: name });
        return value;
    };
    const sarif = core/* getInput */.V4('sarif-file').trim() || external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-boundary-${Date.now()}.sarif`);
    return {
        workspace,
        options: {
            command: 'boundary-check',
            root,
            configPath: inRoot('config', true),
            boundary: {
                paths: list(core/* getInput */.V4('paths')),
                rulesFile: inRoot('rules-file', true),
                baseline: inRoot('baseline', true),
                sarif: external_node_path_default().resolve(root, sarif),
            },
        },
    };
}
/**
 * The boundary-check action: inputs in, the engine's boundary check, findings out as error
 * annotations (the most damaging first, at most ten), a job summary, SARIF and outputs.
 */
async function run() {
    let inputs;
    try {
        inputs = readInputs();
    }
    catch (err) {
        failStep(err);
        return;
    }
    const result = await (0,engine.runEngine)(inputs.options);
    const report = result.boundary;
    // Paths in annotations and SARIF are relative to the repository, not the working directory.
    const toRepo = (file) => external_node_path_default().relative(inputs.workspace, external_node_path_default().join(inputs.options.root, file)).split((external_node_path_default()).sep).join('/');
    if (report?.sarifPath)
        rebaseSarif(report.sarifPath, toRepo);
    for (const line of boundaryLines(result))
        core/* info */.pq(line);
    setOutputs(result);
    const annotated = annotate(result, toRepo);
    if (process.env.GITHUB_STEP_SUMMARY)
        await writeSummary(result, toRepo, annotated);
    if (result.error && result.error.kind !== 'check')
        core/* error */.z3((0,format/* formatErrorLine */.AC)(result.error), result.error.file ? { file: result.error.file, startLine: result.error.line } : undefined);
    else if (result.error)
        core/* info */.pq(`boundary-check failed: ${result.error.message}`);
    process.exitCode = result.exitCode;
}
function setOutputs(result) {
    const report = result.boundary;
    const resultPath = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-boundary-check-${Date.now()}.json`);
    (0,external_node_fs_.writeFileSync)(resultPath, `${JSON.stringify(result, null, 2)}\n`);
    core/* setOutput */.uH('status', result.ok ? 'clean' : result.exitCode === 2 ? 'error' : 'findings');
    core/* setOutput */.uH('findings-count', String(report?.findings.length ?? 0));
    core/* setOutput */.uH('accepted-count', String(report?.accepted.length ?? 0));
    core/* setOutput */.uH('files-scanned', String(report?.filesScanned ?? 0));
    if (report?.sarifPath)
        core/* setOutput */.uH('sarif-file', report.sarifPath);
    core/* setOutput */.uH('result-json', resultPath);
}
/** Error annotations for the first findings (already sorted most damaging first); returns how many. */
function annotate(result, toRepo) {
    const findings = result.boundary?.findings ?? [];
    const shown = findings.slice(0, MAX_ANNOTATIONS);
    for (const f of shown) {
        core/* error */.z3(`${f.kind} writes to protected ${f.object} (rule ${f.rule}). Move the write behind the owning app, or accept it with '// boundary-check: allow <reason>'.`, {
            title: `boundary-check: ${f.kind} into ${f.object}`,
            file: toRepo(f.file),
            startLine: f.line,
            startColumn: f.column,
            endColumn: f.endColumn,
        });
    }
    for (const warning of result.warnings.slice(0, MAX_ANNOTATIONS))
        core/* warning */.$e(warning, { title: 'boundary-check' });
    return shown.length;
}
async function writeSummary(result, toRepo, annotated) {
    const report = result.boundary;
    const summary = core/* summary */.z.addHeading(`pg-promote boundary-check: ${result.ok ? 'clean' : report && report.findings.length > 0 ? `${report.findings.length} cross-boundary write${report.findings.length === 1 ? '' : 's'}` : 'error'}`, 2);
    if (result.error && result.error.kind !== 'check')
        summary.addCodeBlock((0,format/* formatErrorLine */.AC)(result.error));
    if (report) {
        const skipped = Object.entries(report.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
        summary.addRaw(`${report.filesScanned} files scanned (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}, ${report.filesParsed ?? 0} looked at closely) in ${report.durationMs} ms${threadsNote(report.threads)}. Skipped: ${skipped}.`, true);
        if (report.rules) {
            summary.addTable([
                ['rule', 'paths', 'protected', 'files'].map((h) => ({ data: h, header: true })),
                ...report.rules.map((r) => [r.name, r.paths.join(', '), [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `${p}*`)].join(', '), String(r.files)]),
            ]);
        }
        if (report.findings.length > 0) {
            summary.addHeading('Findings', 3);
            summary.addTable([header(), ...report.findings.slice(0, MAX_SUMMARY_ROWS).map((f) => row(f, toRepo))]);
            const notAnnotated = report.findings.length - annotated;
            if (notAnnotated > 0)
                summary.addRaw(`${notAnnotated} finding${notAnnotated === 1 ? '' : 's'} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS} per step): see the table${report.findings.length > MAX_SUMMARY_ROWS ? ', the SARIF file' : ''} and the result JSON.`, true);
        }
        if (report.accepted.length > 0) {
            summary.addHeading('Accepted (not failing)', 3);
            summary.addTable([
                [...header(), { data: 'accepted by', header: true }, { data: 'reason', header: true }],
                ...report.accepted.slice(0, MAX_SUMMARY_ROWS).map((a) => [...row(a, toRepo), a.source === 'inline' ? 'inline marker' : 'baseline', a.reason]),
            ]);
        }
    }
    if (result.warnings.length > 0)
        summary.addList(result.warnings);
    await summary.write();
}
const header = () => ['location', 'kind', 'object', 'rule', 'found by'].map((h) => ({ data: h, header: true }));
const row = (f, toRepo) => [`${toRepo(f.file)}:${f.line}:${f.column}`, f.kind, `<code>${escapeHtml(f.object)}</code>`, f.rule, f.via];
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** SARIF locations relative to the repository root, where code scanning looks for them. */
function rebaseSarif(file, toRepo) {
    try {
        const sarif = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        for (const run of sarif.runs) {
            for (const r of run.results)
                for (const l of r.locations)
                    l.physicalLocation.artifactLocation.uri = encodeURI(toRepo(decodeURI(l.physicalLocation.artifactLocation.uri)));
        }
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(sarif, null, 2)}\n`);
    }
    catch (err) {
        core/* warning */.$e(`could not make SARIF paths repository-relative: ${err.message}`);
    }
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   q: () => (/* binding */ RUNBOOK_CONFIG)
/* harmony export */ });
/** With no promotion.yml, pg-promote runs exactly the runbook's layout. */
const DEFAULT_CONFIG_PATH = 'db/promotion.yml';
const RUNBOOK_CONFIG = {
    phases: [
        {
            name: 'eng',
            schema: 'eng',
            migrations: 'db/migrations/eng',
            views: ['db/views/eng_governance_views.sql'],
            policies: ['db/policies/eng_rls_policies.sql'],
            down: 'db/migrations/DOWN/eng',
        },
        {
            name: 'vh',
            schema: 'vh',
            migrations: 'db/migrations/vh',
            views: ['db/views/vh_readonly_views.sql'],
            down: 'db/migrations/DOWN/vh',
        },
    ],
};


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ DEFAULTS_SOURCE),
/* harmony export */   hT: () => (/* binding */ loadConfigLean)
/* harmony export */ });
/* unused harmony export runbookDefaults */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lint_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2921);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ramp_default_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1012);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1954);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1066);






/**
 * A repository without db/promotion.yml runs the runbook's defaults, and most runs of the
 * offline commands (the boundary check on every pull request) are such runs. Building the
 * defaults through the schema costs more than the check itself on a small tree: loading the
 * YAML parser and zod and constructing every section's schema. So that case is served from
 * plain data here, and the schema is loaded only when there is a file to validate.
 * A test in __tests__/config.test.ts holds this equal to what loadConfig builds.
 */
const DEFAULTS_SOURCE = 'built-in defaults (the runbook layout)';
async function loadConfigLean(options) {
    if (options.configPath === undefined && !configFileMayExist(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root)))
        return runbookDefaults(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root));
    return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 5347))).loadConfig(options);
}
/** Only a plain "no such file" means defaults; any other failure is loadConfig's to report. */
function configFileMayExist(root) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .B));
        return true;
    }
    catch (err) {
        return err.code !== 'ENOENT';
    }
}
function runbookDefaults(root) {
    const where = (key) => ({ file: DEFAULTS_SOURCE, key });
    return {
        source: DEFAULTS_SOURCE,
        root,
        historyTable: { schema: 'audit', table: 'migration_log' },
        lockTimeoutMs: 5_000,
        lockRetries: 5,
        lockRetryBackoffMs: 1_000,
        statementTimeoutMs: 600_000,
        advisoryLockWaitMs: 60_000,
        outOfOrder: false,
        phases: _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .RUNBOOK_CONFIG */ .q.phases.map((phase, i) => ({
            name: phase.name,
            schema: phase.schema,
            migrations: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .q)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: (phase.views ?? []).map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .q)(root, p, where(`phases.${i}.views.${j}`))),
            policies: (phase.policies ?? []).map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .q)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .q)(root, phase.down, where(`phases.${i}.down`)),
            verify: undefined,
        })),
        production: { databases: [], backupMaxAgeMs: 7_200_000 },
        backup: { dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, 'backups'), format: 'custom', jobs: 1, encryptionKeyEnv: undefined, requirePitr: false, schemas: undefined, excludeSchemas: [] },
        auditChangeLog: { schema: 'audit', table: 'change_log' },
        reportDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, 'ops/audit'),
        lint: { postgresVersion: _lint_version_js__WEBPACK_IMPORTED_MODULE_5__/* .OLDEST_SUPPORTED_VERSION */ .Qx },
        boundaryCheck: {
            rules: [{ name: 'vh-must-not-write-eng', paths: ['apps/vh/**'], protectedSchemas: ['eng'], protectedPrefixes: ['eng_'] }],
            baseline: undefined,
            failOnEmptyRule: false,
        },
        flags: {
            table: { schema: 'audit', table: 'feature_flags' },
            known: [
                { name: 'ingest', description: "The vh ingest service's rollout (the runbook's VH_INGEST_ENABLED)" },
                { name: 'eng_governance_sync', description: "eng governance sync (the runbook's ENG_GOVERNANCE_SYNC)" },
            ],
            rollbackOff: ['ingest', 'eng_governance_sync'],
        },
        ramp: {
            steps: [
                { to: 10, windowMs: 1_800_000 },
                { to: 50, windowMs: 3_600_000 },
                { to: 100, windowMs: 3_600_000 },
            ],
            intervalMs: 10_000,
            gateTimeoutMs: 30_000,
            gates: Object.entries(_ramp_default_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GATES */ .dA).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: undefined })),
            flags: {},
        },
        latency: {
            probes: [],
            runs: 5,
            spanMs: 60_000,
            samples: 10,
            warmup: 2,
            maxIncreasePct: 10,
            noiseFloorMs: 0.05,
            inconclusive: 'warn',
            planChange: 'fail',
            probeTimeoutMs: 30_000,
            topStatements: 10,
        },
        notifications: {
            title: 'Database Housekeeping Promotion',
            webhooks: [],
            retries: 2,
            retryBackoffMs: 1_000,
            timeoutMs: 10_000,
            rollback: { impact: undefined, eta: undefined, actionRequired: 'None' },
        },
        maintenanceWindows: [],
        review: { schemas: [], compareGrants: true },
    };
}


/***/ }),

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ assertInsideRealRoot),
/* harmony export */   q: () => (/* binding */ resolveRepoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/**
 * Config paths are relative to the repository root and must stay inside it: a promotion
 * config must not be able to make pg-promote read (and run) files from elsewhere.
 */
function resolveRepoPath(root, written, where, options = {}) {
    const key = where.key ? `${where.key}: ` : '';
    if (written.includes('\0'))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path contains a NUL byte`, where);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is absolute; write it relative to the repository root`, where);
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    if ((rel === '' && !options.rootItself) || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is outside the repository root`, where);
    }
    return { rel: rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), abs };
}
/** Symlinks are followed only when they land inside the root. Missing paths pass through. */
function assertInsideRealRoot(root, target, where) {
    let real;
    let realRoot;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target.abs);
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return;
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${where.key ? `${where.key}: ` : ''}'${target.rel}' is a link that leads outside the repository root`, where);
    }
}


/***/ }),

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7288);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1666);
/* harmony import */ var _config_lean_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2463);




// Each command's code is loaded when it runs: a run pays (in start-up time) only for its own
// stage, which is what keeps the action's and the CLI's cold start short.
const COMMANDS = {
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    migrate: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(26), __webpack_require__.e(773), __webpack_require__.e(387), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 5943))).migrate,
    down: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(26), __webpack_require__.e(387), __webpack_require__.e(338)]).then(__webpack_require__.bind(__webpack_require__, 7900))).down,
    backup: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(768), __webpack_require__.e(346), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 3887))).backup,
    restore: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(768), __webpack_require__.e(26), __webpack_require__.e(346), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 3016))).restore,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(932), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 69))).verify,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(932), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9624))).report,
    ramp: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(640), __webpack_require__.e(923)]).then(__webpack_require__.bind(__webpack_require__, 3008))).ramp,
    latency: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(704)]).then(__webpack_require__.bind(__webpack_require__, 1704))).latency,
    flags: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(640), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 6349))).flags,
};
const OFFLINE_COMMANDS = {
    'boundary-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 4534))).boundaryCheck,
    lint: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(773), __webpack_require__.e(582)]).then(__webpack_require__.bind(__webpack_require__, 2773))).lint,
    notify: async () => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(709)]).then(__webpack_require__.bind(__webpack_require__, 7709))).notify,
    // review brings its own throwaway database (or is given one), so it opens no session here.
    review: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(26), __webpack_require__.e(387), __webpack_require__.e(778)]).then(__webpack_require__.bind(__webpack_require__, 8778))).review,
};
const isOffline = (command) => command in OFFLINE_COMMANDS;
const READ_ONLY = new Set(['plan', 'status', 'verify', 'report', 'boundary-check', 'lint', 'latency', 'notify', 'review']);
/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
async function runEngine(options) {
    const started = Date.now();
    const result = {
        command: options.command,
        ok: false,
        exitCode: 0,
        // Only migrate and down know a dry run; any other command saying "dry run: nothing changed"
        // would be a lie, so for them the option means nothing (the adapters refuse it).
        dryRun: READ_ONLY.has(options.command) || (Boolean(options.dryRun) && _result_js__WEBPACK_IMPORTED_MODULE_3__/* .DRY_RUN_COMMANDS */ .D.includes(options.command)),
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
        phases: [],
        drift: [],
        warnings: [],
        counts: { applied: 0, pending: 0, failed: 0, reverted: 0 },
    };
    const emit = options.onEvent ?? (() => undefined);
    let session;
    try {
        if (isOffline(options.command)) {
            // Without a config file this loads neither the YAML parser nor the schema.
            const config = await (0,_config_lean_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigLean */ .hT)({ root: options.root, configPath: options.configPath });
            const command = await OFFLINE_COMMANDS[options.command]();
            await command({ options, config, result, emit });
            return finish(result, started);
        }
        const prepared = (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(768), __webpack_require__.e(240), __webpack_require__.e(493)]).then(__webpack_require__.bind(__webpack_require__, 493))).prepare(options);
        result.warnings.push(...prepared.warnings);
        for (const s of prepared.phases.flatMap((p) => p.skipped))
            result.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
        // Maintenance windows are checked before connecting: a refused run touches nothing.
        const windowGate = prepared.config.maintenanceWindows.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(857), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 2481)) : undefined;
        const window = windowGate?.checkWindow(options, prepared, result);
        const loading = COMMANDS[options.command]();
        loading.catch(() => undefined); // awaited below; a connection error must not leave it unhandled
        // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
        const { openSession } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(750)]).then(__webpack_require__.bind(__webpack_require__, 9750));
        session = await openSession(prepared.target, `pg-promote ${options.command}`);
        result.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
        emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
        // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
        const overrideAfter = options.command === 'restore';
        if (window?.overridden && !overrideAfter)
            await windowGate.recordWindowOverride(session.client, prepared, result, window);
        try {
            await (await loading)({ options, prepared, session, result, emit });
        }
        finally {
            if (window?.overridden && overrideAfter && !session.lost()) {
                await windowGate.recordWindowOverride(session.client, prepared, result, window).catch((err) => {
                    result.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
                });
            }
        }
    }
    catch (err) {
        const error = (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(err);
        result.error = { kind: error.kind, message: error.message, ...error.context };
    }
    finally {
        await session?.close();
    }
    return finish(result, started);
}
function finish(result, started) {
    for (const phase of result.phases) {
        for (const file of phase.files) {
            if (file.status === 'applied')
                result.counts.applied++;
            else if (file.status === 'pending' || file.status === 'would-revert')
                result.counts.pending++;
            else if (file.status === 'failed')
                result.counts.failed++;
            else if (file.status === 'reverted')
                result.counts.reverted++;
        }
    }
    result.exitCode = (0,_errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .R)(result.error?.kind);
    result.ok = result.exitCode === 0;
    result.durationMs = Date.now() - started;
    return result;
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
/* harmony export */   zi: () => (/* binding */ serverErrorText)
/* harmony export */ });
/* unused harmony export formatErrorLines */
/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
function formatErrorLine(error) {
    const where = locationOf(error);
    const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
    return `${where ? `${where}: ` : ''}${error.message}${state}`;
}
function formatErrorLines(error) {
    const lines = [formatErrorLine(error)];
    if (error.detail)
        lines.push(`  detail: ${error.detail}`);
    if (error.hint)
        lines.push(`  hint: ${error.hint}`);
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
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   XO: () => (/* binding */ asPromoteError),
/* harmony export */   jG: () => (/* binding */ PromoteError)
/* harmony export */ });
class PromoteError extends Error {
    kind;
    context;
    constructor(kind, message, context = {}) {
        super(message);
        this.name = 'PromoteError';
        this.kind = kind;
        this.context = context;
    }
}
const usageError = (message, context = {}) => new PromoteError('usage', message, context);
const configError = (message, context = {}) => new PromoteError('config', message, context);
/** Anything thrown that is not a PromoteError is a bug: keep its message, call it internal. */
function asPromoteError(err) {
    if (err instanceof PromoteError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new PromoteError('internal', `unexpected error: ${message}`);
}


/***/ }),

/***/ 2921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ targetVersion),
/* harmony export */   Qx: () => (/* binding */ OLDEST_SUPPORTED_VERSION),
/* harmony export */   YL: () => (/* binding */ NEWEST_KNOWN_VERSION)
/* harmony export */ });
/**
 * The PostgreSQL major version lint's verdicts assume. Several depend on it: a constant
 * default needs no rewrite (11+), a validated CHECK (col IS NOT NULL) spares SET NOT NULL its
 * scan (12+), DETACH PARTITION ... CONCURRENTLY exists from 14, MERGE and NULLS NOT DISTINCT
 * from 15, named NOT NULL constraints and virtual generated columns from 18. With a database
 * it is the server's own; offline, `lint.postgres_version` (default: the oldest supported).
 */
const OLDEST_SUPPORTED_VERSION = 13;
const NEWEST_KNOWN_VERSION = 18;
async function targetVersion(client) {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num ?? 0) / 10000);
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dA: () => (/* binding */ DEFAULT_GATES)
/* harmony export */ });
/* unused harmony exports SERVICE_ERRORS_SQL, INGEST_FAILURE_RATE_SQL */
/**
 * The runbook's two "Monitoring During Ramp" queries as gates. Both look only at rows since
 * the flag moved ($1), so history from before the step (the seed's routine warnings, an old
 * outage) neither fails nor excuses it. A query returning no rows means there is nothing to
 * judge the step by (the service logged nothing, ran nothing): the step fails on that rather
 * than passing.
 */
/** Errors and warnings logged since the step began; no row when nothing was logged at all. */
const SERVICE_ERRORS_SQL = `SELECT count(*) FILTER (WHERE level IN ('ERROR', 'WARNING')) AS value,
       count(*) FILTER (WHERE level = 'ERROR') AS errors,
       count(*) FILTER (WHERE level = 'WARNING') AS warnings,
       count(*) AS total
FROM audit.service_logs
WHERE "timestamp" > $1
HAVING count(*) > 0`;
/** Failed runs as a percentage of finished runs, per minute (the runbook's per-minute view); the worst minute counts. */
const INGEST_FAILURE_RATE_SQL = `SELECT date_trunc('minute', created_at) AS minute,
       round(100.0 * count(*) FILTER (WHERE status = 'failed') / count(*), 1) AS value,
       count(*) FILTER (WHERE status = 'success') AS success,
       count(*) FILTER (WHERE status = 'failed') AS failed
FROM vh.ingest_runs
WHERE created_at > $1 AND status <> 'running'
GROUP BY 1`;
const DEFAULT_GATES = {
    service_errors: {
        description: 'errors + warnings in audit.service_logs since the step began',
        sql: SERVICE_ERRORS_SQL,
        max: 10,
    },
    ingest_failure_rate: {
        description: '% of finished ingest runs that failed, worst minute since the step began',
        sql: INGEST_FAILURE_RATE_SQL,
        max: 10,
    },
};


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

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DRY_RUN_COMMANDS),
/* harmony export */   L: () => (/* binding */ COMMANDS)
/* harmony export */ });
/**
 * The one result type: every engine command returns a PromoteResult, and every adapter
 * (CLI, action) renders it. Nothing secret is ever stored in it.
 */
const COMMANDS = [
    'plan',
    'migrate',
    'down',
    'status',
    'backup',
    'restore',
    'verify',
    'report',
    'boundary-check',
    'lint',
    'ramp',
    'latency',
    'flags',
    'notify',
    'review',
];
/** The commands that honour a dry run; any other would change the database whatever it said. */
const DRY_RUN_COMMANDS = ['migrate', 'down'];


/***/ })

};
