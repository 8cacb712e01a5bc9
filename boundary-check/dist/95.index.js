export const id = 95;
export const ids = [95];
export const modules = {

/***/ 7095:
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
;// CONCATENATED MODULE: ./src/action/fail-step.ts



/** A step that could not start (bad input): one ::error:: naming it, status `error`, its exit code. */
function failStep(err) {
    const e = (0,promote_error/* asPromoteError */.XO)(err);
    core/* setOutput */.uH('status', 'error');
    core/* setFailed */.C1(e.message);
    process.exitCode = (0,exit_codes/* exitCodeFor */.R)(e.kind);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/index.ts + 1 modules
var engine = __webpack_require__(2598);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
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
    const mb = ((report.bytesScanned ?? 0) / 1e6).toFixed(1);
    lines.push(`boundary-check: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${report.accepted.length} accepted; ` +
        `${report.filesScanned} files (${mb} MB) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms`);
    if (skipped.length > 0)
        lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
    if (report.sarifPath)
        lines.push(`  SARIF: ${report.sarifPath}`);
    return lines;
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
        summary.addRaw(`${report.filesScanned} files scanned (${((report.bytesScanned ?? 0) / 1e6).toFixed(1)} MB, ${report.filesParsed ?? 0} looked at closely) in ${report.durationMs} ms. Skipped: ${skipped}.`, true);
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

/***/ 5347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  NE: () => (/* binding */ selectPhases)
});

// UNUSED EXPORTS: parseConfigText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts


function parseYamlSource(text, file, schema) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,promote_error/* configError */.Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,promote_error/* configError */.Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
    }
    return { data: parsed.data, lineOf };
}
function issueMessage(issue) {
    if (issue.code === 'unrecognized_keys')
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    return issue.message;
}
function lineOfPath(doc, lc, issuePath) {
    for (let depth = issuePath.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(issuePath.slice(0, depth), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

// EXTERNAL MODULE: ./src/flags/config.ts
var config = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/latency/config.ts
var latency_config = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/notify/config.ts
var notify_config = __webpack_require__(5287);
// EXTERNAL MODULE: ./src/ramp/config.ts + 1 modules
var ramp_config = __webpack_require__(5151);
// EXTERNAL MODULE: ./src/review/config.ts
var review_config = __webpack_require__(1527);
// EXTERNAL MODULE: ./src/windows/config.ts
var windows_config = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts














const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = external_node_path_default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? defaults/* DEFAULT_CONFIG_PATH */.B;
    const abs = external_node_path_default().resolve(root, written);
    const shown = external_node_path_default().isAbsolute(written) ? written : written.split((external_node_path_default()).sep).join('/');
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_CONFIG_BYTES)
            throw (0,promote_error/* configError */.Fj)(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            if (explicit)
                throw (0,promote_error/* usageError */.Wp)(`config file not found: ${shown}`, { key: '--config' });
            return build(root, 'built-in defaults (the runbook layout)', schema/* promotionConfigSchema */.p.parse(defaults/* RUNBOOK_CONFIG */.q));
        }
        if (err instanceof Error && err.name === 'PromoteError')
            throw err;
        throw (0,promote_error/* configError */.Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    return build(root, shown, parseConfigText(text, shown));
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    const source = parseYamlSource(text, file, schema/* promotionConfigSchema */.p);
    checkUnique(source.data, source.lineOf, file);
    return source.data;
}
function checkUnique(config, lineOf, file) {
    const seen = new Map();
    config.phases.forEach((phase, index) => {
        for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]]) {
            const id = `${field}:${field === 'migrations' ? external_node_path_default().posix.normalize(value) : value}`;
            const earlier = seen.get(id);
            if (earlier !== undefined) {
                throw (0,promote_error/* configError */.Fj)(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
                    file,
                    line: lineOf(['phases', index, field]),
                    key: `phases.${index}.${field}`,
                });
            }
            seen.set(id, index);
        }
    });
}
function build(root, source, file) {
    const { schema, table } = splitQualified(file.history_table);
    const where = (key) => ({ file: source, key });
    const ms = (value) => (0,duration/* parseDuration */.E)(value);
    return {
        source,
        root,
        historyTable: { schema, table },
        lockTimeoutMs: ms(file.lock_timeout),
        lockRetries: file.lock_retries,
        lockRetryBackoffMs: ms(file.lock_retry_backoff),
        statementTimeoutMs: ms(file.statement_timeout),
        advisoryLockWaitMs: ms(file.advisory_lock_wait),
        outOfOrder: file.out_of_order,
        phases: file.phases.map((phase, i) => ({
            name: phase.name,
            schema: phase.schema,
            migrations: (0,paths/* resolveRepoPath */.q)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,paths/* resolveRepoPath */.q)(root, phase.down, where(`phases.${i}.down`)),
            verify: phase.verify,
        })),
        production: {
            databases: file.production?.databases ?? [],
            backupMaxAgeMs: ms(file.production?.backup_max_age ?? '2h'),
        },
        backup: {
            dir: external_node_path_default().resolve(root, file.backup?.dir ?? 'backups'),
            format: file.backup?.format ?? 'custom',
            jobs: file.backup?.jobs ?? 1,
            encryptionKeyEnv: file.backup?.encryption_key_env,
            requirePitr: file.backup?.require_pitr ?? false,
        },
        auditChangeLog: splitQualified(file.audit?.change_log ?? 'audit.change_log'),
        reportDir: external_node_path_default().resolve(root, file.report?.dir ?? 'ops/audit'),
        boundaryCheck: boundaryConfig(file),
        flags: (0,config/* buildFlagsConfig */.a)(file.flags),
        ramp: (0,ramp_config/* buildRampConfig */.DX)(file.ramp, root),
        latency: (0,latency_config/* buildLatencyConfig */.NE)(file.latency, root),
        notifications: (0,notify_config/* buildNotificationsConfig */.Nz)(file.notifications, root),
        maintenanceWindows: (0,windows_config/* buildMaintenanceWindowsConfig */.DN)(file.maintenance_windows, root),
        review: (0,review_config/* buildReviewConfig */.n)(file.review, root),
    };
}
function boundaryConfig(file) {
    // Parsing an empty section applies the schema's defaults: the runbook's rule.
    const section = file.boundary_check ?? schema/* promotionConfigSchema */.p.shape.boundary_check.unwrap().parse({});
    return {
        rules: section.rules.map((r) => ({
            name: r.name,
            paths: r.paths,
            protectedSchemas: r.protected_schemas,
            protectedPrefixes: r.protected_prefixes,
        })),
        baseline: section.baseline,
        failOnEmptyRule: section.fail_on_empty_rule,
    };
}
function splitQualified(name) {
    const [schema, table] = name.split('.');
    return { schema, table };
}
/** --phase selects phases by name, keeping the config's order; an unknown name is a usage error. */
function selectPhases(config, names) {
    if (names.length === 0)
        return config.phases;
    const known = new Set(config.phases.map((p) => p.name));
    for (const name of names) {
        if (!known.has(name)) {
            throw (0,promote_error/* usageError */.Wp)(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
        }
    }
    return config.phases.filter((p) => names.includes(p.name));
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
function resolveRepoPath(root, written, where) {
    if (written.includes('\0'))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`path contains a NUL byte`, where);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`path '${written}' is absolute; write it relative to the repository root`, where);
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`path '${written}' is outside the repository root`, where);
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
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`'${target.rel}' is a link that leads outside the repository root`, where);
    }
}


/***/ }),

/***/ 564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ urlWithoutPassword),
/* harmony export */   m: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * Parses postgres:// URLs. The error never repeats the URL: it may hold a password.
 */
function parseDatabaseUrl(url, option = '--database-url') {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`${option} is not a valid URL (expected postgres://user:password@host:port/database)`, { key: option });
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`${option} must start with postgres:// or postgresql:// (got ${parsed.protocol}//)`, { key: option });
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`${option} names no database (expected .../database at the end)`, { key: option });
    const params = {};
    parsed.searchParams.forEach((value, key) => {
        params[key] = value;
    });
    const hostFromParams = params.host;
    const host = decodeURIComponent(parsed.hostname) || hostFromParams || 'localhost';
    const port = parsed.port ? Number(parsed.port) : Number(params.port ?? 5432);
    const user = decodeURIComponent(parsed.username) || process.env.PGUSER || 'postgres';
    const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
    return { host, port, database, user, password, params, display: `${user}@${host}:${port}/${database}` };
}
/** The URL without its password, for child processes that get the password via PGPASSWORD. */
function urlWithoutPassword(target) {
    const url = new URL('postgres://placeholder');
    url.hostname = target.host.startsWith('/') ? '' : target.host;
    url.port = String(target.port);
    url.username = encodeURIComponent(target.user);
    url.pathname = `/${encodeURIComponent(target.database)}`;
    for (const [key, value] of Object.entries(target.params))
        url.searchParams.set(key, value);
    if (target.host.startsWith('/'))
        url.searchParams.set('host', target.host);
    return url.toString();
}


/***/ }),

/***/ 9750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ connectionError),
/* harmony export */   f: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the URL, which may carry the password.
 */
async function openSession(url, target, applicationName) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: url,
        application_name: applicationName,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    let lostWith;
    // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
    client.on('error', (err) => {
        lostWith = err;
    });
    try {
        await client.connect();
    }
    catch (err) {
        await client.end().catch(() => undefined);
        throw connectionError(err, target);
    }
    const version = await client.query('SHOW server_version');
    return {
        client,
        target,
        serverVersion: version.rows[0]?.server_version ?? 'unknown',
        lost: () => lostWith,
        close: async () => {
            await client.end().catch(() => undefined);
        },
    };
}
function connectionError(err, target) {
    const e = err;
    const reason = describeConnectFailure(e, target);
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `cannot connect to ${target.display}: ${reason}`, {
        object: target.display,
        sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
    });
}
function describeConnectFailure(e, target) {
    switch (e.code) {
        case 'ECONNREFUSED':
            return 'connection refused (is the server running and accepting TCP connections on that port?)';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host '${target.host}' not found`;
        case 'ETIMEDOUT':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'server unreachable';
        case '28P01':
            return `password authentication failed for user '${target.user}'`;
        case '28000':
            return `the server rejected user '${target.user}' (check pg_hba.conf and the role)`;
        case '3D000':
            return `database '${target.database}' does not exist`;
        case '53300':
            return 'the server has no free connection slots';
        default:
            break;
    }
    const message = e.message ?? String(e);
    if (/timeout/i.test(message))
        return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`;
    if (/SASL|password must be a string/i.test(message))
        return 'the server asks for a password and none was given';
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

// EXTERNAL MODULE: ./src/db/session.ts
var db_session = __webpack_require__(9750);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/result.ts
var src_result = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(5347);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/db/connection-url.ts
var connection_url = __webpack_require__(564);
// EXTERNAL MODULE: ./src/migrate/discover.ts
var discover = __webpack_require__(1498);
;// CONCATENATED MODULE: ./src/engine/prepare.ts





/**
 * Everything that can be checked without a database is checked before connecting: config,
 * phases, every file's encoding and syntax hazards. Bad input never reaches the server.
 */
function prepare(options) {
    const config = (0,load/* loadConfig */.Z9)({ root: options.root, configPath: options.configPath });
    const phases = (0,load/* selectPhases */.NE)(config, options.phases ?? []);
    const files = phases.map((phase) => (0,discover/* discoverPhase */.bn)(config.root, phase, { withDowns: options.command === 'down' }));
    const url = options.databaseUrl;
    if (!url)
        throw (0,promote_error/* usageError */.Wp)('no database: pass --database-url or set DATABASE_URL', { key: '--database-url' });
    const target = (0,connection_url/* parseDatabaseUrl */.m)(url);
    return { config, phases: files, url, target, actor: options.actor ?? defaultActor() };
}
function defaultActor() {
    if (process.env.GITHUB_ACTOR)
        return `${process.env.GITHUB_ACTOR} (GitHub Actions)`;
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/engine/index.ts






// Each command's code is loaded when it runs: a run pays (in start-up time) only for its own
// stage, which is what keeps the action's and the CLI's cold start short.
const COMMANDS = {
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    migrate: async () => (await Promise.all(/* import() */[__webpack_require__.e(773), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 1015))).migrate,
    down: async () => (await __webpack_require__.e(/* import() */ 900).then(__webpack_require__.bind(__webpack_require__, 7900))).down,
    backup: async () => (await Promise.all(/* import() */[__webpack_require__.e(981), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 1860))).backup,
    restore: async () => (await Promise.all(/* import() */[__webpack_require__.e(981), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 3016))).restore,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 69))).verify,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9624))).report,
    ramp: async () => (await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.bind(__webpack_require__, 4085))).ramp,
    latency: async () => (await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 826))).latency,
    flags: async () => (await __webpack_require__.e(/* import() */ 349).then(__webpack_require__.bind(__webpack_require__, 6349))).flags,
};
const OFFLINE_COMMANDS = {
    'boundary-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(765), __webpack_require__.e(813)]).then(__webpack_require__.bind(__webpack_require__, 813))).boundaryCheck,
    lint: async () => (await __webpack_require__.e(/* import() */ 773).then(__webpack_require__.bind(__webpack_require__, 2773))).lint,
    notify: async () => (await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 7709))).notify,
    // review brings its own throwaway database (or is given one), so it opens no session here.
    review: async () => (await __webpack_require__.e(/* import() */ 394).then(__webpack_require__.bind(__webpack_require__, 5394))).review,
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
        dryRun: READ_ONLY.has(options.command) || (Boolean(options.dryRun) && src_result/* DRY_RUN_COMMANDS */.D.includes(options.command)),
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
            const config = (0,load/* loadConfig */.Z9)({ root: options.root, configPath: options.configPath });
            const command = await OFFLINE_COMMANDS[options.command]();
            await command({ options, config, result, emit });
            return finish(result, started);
        }
        const prepared = prepare(options);
        // Maintenance windows are checked before connecting: a refused run touches nothing.
        const windowGate = prepared.config.maintenanceWindows.length > 0 ? await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 2481)) : undefined;
        const window = windowGate?.checkWindow(options, prepared, result);
        const loading = COMMANDS[options.command]();
        loading.catch(() => undefined); // awaited below; a connection error must not leave it unhandled
        session = await (0,db_session/* openSession */.f)(prepared.url, prepared.target, `pg-promote ${options.command}`);
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
        const error = (0,promote_error/* asPromoteError */.XO)(err);
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
    result.exitCode = (0,exit_codes/* exitCodeFor */.R)(result.error?.kind);
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

/***/ 4127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseDirectives)
/* harmony export */ });
/* unused harmony export NO_TRANSACTION */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

const NO_TRANSACTION = 'no-transaction';
const DIRECTIVE_LINE = /^\s*--\s*pg-promote\s*:\s*(.*?)\s*$/i;
function parseDirectives(header, file) {
    const directives = { transactional: true };
    header.split(/\r\n?|\n/).forEach((line, index) => {
        const match = DIRECTIVE_LINE.exec(line);
        if (!match)
            return;
        const word = (match[1] ?? '').toLowerCase();
        if (word === NO_TRANSACTION) {
            directives.transactional = false;
        }
        else {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`unknown directive 'pg-promote:${match[1]}' (known: pg-promote:${NO_TRANSACTION})`, {
                file,
                line: index + 1,
            });
        }
    });
    return directives;
}


/***/ }),

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ MAX_FILES_PER_FOLDER),
/* harmony export */   bn: () => (/* binding */ discoverPhase),
/* harmony export */   bt: () => (/* binding */ listFolder),
/* harmony export */   g6: () => (/* binding */ readVersionedFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9432);






/** A folder this large is a mistake (or an attack), not a migration history. */
const MAX_FILES_PER_FOLDER = 10_000;
function discoverPhase(root, phase, options = {}) {
    const migrations = readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`);
    const readOne = (file, key) => {
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, file, { file: file.rel, key });
        return (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .L)(file);
    };
    const result = {
        phase,
        migrations,
        views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
        policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
    };
    if (options.withDowns) {
        if (!phase.down)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
        const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`);
        result.downs = new Map(downs.map((d) => [d.version.text, d]));
    }
    return result;
}
/** Lists NNN_name.sql files, ordered by version; two files with one version are an error. */
function readVersionedFolder(root, folder, key) {
    const entries = listFolder(root, folder, key);
    const sqlEntries = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.sql'));
    if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
    }
    const files = [];
    const byVersion = new Map();
    for (const entry of sqlEntries.sort((a, b) => a.name.localeCompare(b.name))) {
        const rel = `${folder.rel}/${entry.name}`;
        const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionedName */ .sY)(entry.name);
        if (!version) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`file name does not start with a version number (expected e.g. 001_create_tables.sql)`, { file: rel });
        }
        const clash = byVersion.get(version.text);
        if (clash)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`version ${version.text} is used twice: ${clash} and ${entry.name}`, { file: rel });
        byVersion.set(version.text, entry.name);
        const file = { rel, abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name) };
        // A plain file in a folder already checked is inside the root; only links need resolving.
        if (entry.isSymbolicLink())
            (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, file, { file: rel, key });
        files.push({ ...(0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .L)(file), version });
    }
    return files.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(a.version.parts, b.version.parts));
}
/** A configured folder's entries: inside the repository, there, and a folder, or a config error naming it. */
function listFolder(root, folder, key) {
    (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, folder, { file: folder.rel, key });
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder.abs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : err.message;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`${why} (configured as ${key})`, { file: folder.rel, key });
    }
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ MAX_SQL_FILE_BYTES),
  L: () => (/* binding */ readSqlFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/sql/statements.ts
var statements = __webpack_require__(5528);
// EXTERNAL MODULE: ./src/sql/position.ts
var position = __webpack_require__(8305);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/migrate/checksum.ts

/**
 * SHA-256 of the file as an author sees it: a leading BOM dropped and CRLF/CR line endings
 * folded to LF, so a Windows checkout (core.autocrlf) does not look like an edited file.
 */
function normaliseSql(text) {
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
function checksumOf(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(normaliseSql(text), 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/migrate/directives.ts
var directives = __webpack_require__(4127);
;// CONCATENATED MODULE: ./src/migrate/sql-file.ts






const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;
/** Statements PostgreSQL refuses inside a transaction block (SQLSTATE 25001). */
const NEEDS_NO_TRANSACTION = /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*?\bCONCURRENTLY\b|VACUUM\b|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE)/i;
/**
 * Reads a migration, view or policy file and refuses what pg-promote cannot run faithfully:
 * its own transaction control (pg-promote owns the transaction), psql meta-commands (there is
 * no psql), unterminated quotes, encodings other than UTF-8, NUL bytes and empty files.
 */
function readSqlFile(file) {
    const where = (extra = {}) => ({ file: file.rel, ...extra });
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file.abs).size;
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`cannot read file: ${err.code === 'ENOENT' ? 'not found' : err.message}`, where());
    }
    if (size > MAX_SQL_FILE_BYTES) {
        throw (0,promote_error/* configError */.Fj)(`file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SQL_FILE_BYTES / 1024 / 1024} MiB`, where());
    }
    const bytes = (0,external_node_fs_.readFileSync)(file.abs);
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        throw (0,promote_error/* configError */.Fj)('file contains a NUL byte: not a SQL text file', where({ line: (0,position/* lineColumnAt */.IX)(bytes.subarray(0, nul).toString('utf8'), nul).line }));
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        throw (0,promote_error/* configError */.Fj)('file is not valid UTF-8 (save it as UTF-8)', where({ line }));
    }
    const content = text.replace(/^\uFEFF/, '');
    const split = (0,statements/* splitStatements */.X)(content);
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        throw (0,promote_error/* configError */.Fj)(`unterminated ${kind} starting here`, where({ line, column }));
    }
    const meta = split.metaCommands[0];
    if (meta) {
        throw (0,promote_error/* configError */.Fj)(`psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, where({ line: meta.line, column: meta.column }));
    }
    if (split.statements.length === 0)
        throw (0,promote_error/* configError */.Fj)('file has no SQL statements', where({ line: 1 }));
    const first = split.statements[0];
    const { transactional } = (0,directives/* parseDirectives */.M)(content.slice(0, first.start), file.rel);
    for (const statement of split.statements) {
        const control = transactionControl(statement);
        if (control) {
            throw (0,promote_error/* configError */.Fj)(`${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
                (transactional ? ' (or mark the file -- pg-promote:no-transaction and let each statement commit on its own)' : ''), where({ line: statement.line, column: statement.column }));
        }
        const needsNoTransaction = transactional ? NEEDS_NO_TRANSACTION.exec(statement.text) : null;
        if (needsNoTransaction) {
            throw (0,promote_error/* configError */.Fj)(`${needsNoTransaction[0].replace(/\s+/g, ' ')} cannot run inside a transaction; put it in a file of its own whose header has -- pg-promote:no-transaction`, where({ line: statement.line, column: statement.column }));
        }
    }
    return { path: file, content, checksum: checksumOf(content), statements: split.statements, transactional };
}
function transactionControl(statement) {
    const [a, b] = statement.keywords;
    switch (a) {
        case 'BEGIN':
        case 'COMMIT':
        case 'END':
        case 'ABORT':
            return b === 'PREPARED' ? `${a} PREPARED` : a;
        case 'START':
            return b === 'TRANSACTION' ? 'START TRANSACTION' : undefined;
        case 'ROLLBACK':
            return b === 'TO' ? undefined : 'ROLLBACK';
        case 'PREPARE':
            return b === 'TRANSACTION' ? 'PREPARE TRANSACTION' : undefined;
        default:
            return undefined;
    }
}


/***/ }),

/***/ 9432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bw: () => (/* binding */ parseVersionText),
/* harmony export */   sY: () => (/* binding */ parseVersionedName)
/* harmony export */ });
const NAME_PATTERN = /^(\d+(?:\.\d+)*)(?:[_-]+(.*?))?\.sql$/i;
function parseVersionedName(fileName) {
    const match = NAME_PATTERN.exec(fileName);
    if (!match)
        return undefined;
    const parts = match[1].split('.').map((p) => BigInt(p));
    return { text: parts.map(String).join('.'), parts, description: match[2] ?? '' };
}
function parseVersionText(text) {
    if (!/^\d+(?:\.\d+)*$/.test(text))
        return undefined;
    return text.split('.').map((p) => BigInt(p));
}
function compareVersions(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
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
