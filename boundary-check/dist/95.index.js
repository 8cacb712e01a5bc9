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

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const match = new RegExp(DURATION_PATTERN).exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2];
    return Math.round(Number.parseFloat(text) * (UNIT_MS[unit] ?? 0));
}


/***/ }),

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Cz: () => (/* binding */ positiveDuration),
/* harmony export */   Hd: () => (/* binding */ lowerName),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/**
 * The kinds of value promotion.yml is made of, defined once: every section (the phases' and
 * those of the later stages beside their code) spells a duration, a name or a table the same
 * way, with the same message when it is wrong.
 */
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .C), 'must be a duration such as 250ms, 5s, 10min or 1h');
/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
function positiveDuration(max) {
    return duration.refine((d) => {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(d) ?? 0;
        return ms > 0 && (max === undefined || ms <= max.ms);
    }, max ? `must be more than 0 and at most ${max.text}` : 'must be longer than zero');
}
/** A plain PostgreSQL identifier: nothing in the config can smuggle SQL. */
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const qualifiedName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.name with plain identifiers');
/** Names pg-promote's own things are known by: flags, gates, probes. */
const lowerName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _');


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

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promotionConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2857);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81);
/* harmony import */ var _flags_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1137);
/* harmony import */ var _latency_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3862);
/* harmony import */ var _notify_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5287);
/* harmony import */ var _ramp_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5151);
/* harmony import */ var _review_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1527);
/* harmony import */ var _windows_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8735);








/**
 * promotion.yml, as written by people. Unknown keys are errors (a typo must not be ignored),
 * and identifiers are restricted to plain names so nothing in the config can smuggle SQL.
 */
const repoPath = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1, 'must not be empty');
/** What `verify` checks for a phase (issue: verification stage). */
const viewPattern = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.([A-Za-z_][A-Za-z0-9_$]{0,62}|\*)$/, 'must be schema.view with plain identifiers, or schema.* for every view in the schema');
const rowCount = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    table: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL,
    exact: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().min(0).optional(),
    min: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().min(0).optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().min(0).optional(),
})
    .refine((r) => r.exact !== undefined || r.min !== undefined || r.max !== undefined, 'needs exact, min or max')
    .refine((r) => r.exact === undefined || (r.min === undefined && r.max === undefined), 'exact excludes min and max')
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max');
const phaseVerify = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    expect_tables: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv).optional().describe("Tables that must exist in the phase's schema; default: whatever its migrations created."),
    expect_views: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL).optional().describe("Views that must exist; default: whatever the phase's migrations and view files created."),
    rls: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        required: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false).describe("Every table in the phase's schema must have RLS enabled and at least one policy."),
        force: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false).describe('Also require FORCE ROW LEVEL SECURITY.'),
        definer_views: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL)
            .default([])
            .describe("Views reviewed to read RLS tables with their owner's rights (not security_invoker); any other such view fails lint.definer-view."),
    })
        .optional(),
    roles: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        role: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv,
        denied: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL).default([]).describe('Objects this role must NOT be able to read (SQLSTATE 42501).'),
        allowed: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL).default([]).describe('Objects this role must be able to read.'),
    }))
        .default([])
        .describe('Role access, tried with SET ROLE inside a transaction that is always rolled back.'),
    boundaries: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        writers: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[A-Za-z0-9_%$]{1,63}$/, 'must be a role name or LIKE pattern such as vh_%'),
        protected: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv).min(1, 'must name at least one schema'),
    }))
        .default([])
        .describe('Roles matching `writers` must not be able to write anything in the `protected` schemas.'),
    views: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        schemas: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv).default([]).describe("Every view in these schemas (and the phase's own) must be selectable (LIMIT 0)."),
        require_rows: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(viewPattern).default([]).describe('Views that must return at least one row; schema.* means every view in the schema.'),
    })
        .optional(),
    row_counts: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(rowCount).default([]).describe('Row counts that must hold after the promotion: exact, or a range (min, max).'),
})
    .describe('Checks run by `pg-promote verify` for this phase.');
const phase = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be lower-case letters, digits, _ or -'),
    schema: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv.describe('The schema this phase owns.'),
    migrations: repoPath.describe('Folder of versioned migration files (NNN_name.sql).'),
    views: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(repoPath).default([]).describe('View files, re-applied whenever they change.'),
    policies: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(repoPath).default([]).describe('Row-level security policy files, re-applied whenever they change.'),
    down: repoPath.optional().describe('Folder of DOWN files, named with the same version as the file they undo.'),
    verify: phaseVerify.optional(),
})
    .describe('One phase: a schema and the files that build it.');
const promotionConfigSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(1).default(1),
    history_table: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
        .default('audit.migration_log')
        .describe('Schema history table, created when missing.'),
    lock_timeout: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.default('5s').describe('PostgreSQL lock_timeout for every migration statement.'),
    lock_retries: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().min(0).max(100).default(5).describe('Retries of a file after SQLSTATE 55P03 (lock not available).'),
    lock_retry_backoff: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.default('1s').describe('Wait before the first retry; doubles each time.'),
    statement_timeout: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.default('10min').describe('PostgreSQL statement_timeout for every migration statement.'),
    advisory_lock_wait: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.default('60s').describe('How long a run waits for another run on the same database to finish.'),
    out_of_order: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false).describe('Allow applying a file whose version is below the newest applied one.'),
    phases: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(phase).min(1, 'must list at least one phase'),
    production: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        databases: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).default([]).describe('Database names that are production: migrate needs a verified backup first.'),
        backup_max_age: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.default('2h').describe('How old the backup manifest given to migrate may be.'),
    })
        .optional(),
    backup: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        dir: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('backups').describe('Where backups and their manifests are written.'),
        format: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['custom', 'directory']).default('custom'),
        jobs: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().min(1).max(64).default(1).describe('pg_dump/pg_restore --jobs (directory format only).'),
        encryption_key_env: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')
            .optional()
            .describe('Environment variable holding the backup encryption key; when set, backups are encrypted (AES-256-GCM).'),
        require_pitr: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false).describe('Fail the backup stage when WAL archiving is not working.'),
    })
        .optional(),
    boundary_check: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        rules: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'must be a short name (letters, digits, . _ -)'),
            paths: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1, 'must list at least one path glob').describe('Code this rule covers (globs relative to the root).'),
            protected_schemas: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv).default([]).describe('Schemas this code must not write to.'),
            protected_prefixes: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/)).default([]).describe('Table name prefixes this code must not write to (eng_ matches eng_x).'),
        }))
            .default([
            { name: 'vh-must-not-write-eng', paths: ['apps/vh/**'], protected_schemas: ['eng'], protected_prefixes: ['eng_'] },
        ])
            .describe("Default: the runbook's rule, code under apps/vh/ must not write to schema eng or tables eng_*."),
        baseline: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional().describe('JSON file of accepted findings (each with a reason).'),
        fail_on_empty_rule: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false).describe('A rule whose paths match no file is an error, not a warning.'),
    })
        .optional(),
    audit: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        change_log: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL.default('audit.change_log').describe('Table the audit-trail check reads.'),
    })
        .optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        dir: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('ops/audit').describe('Folder of the dated audit reports (YYYY-MM-DD.md).'),
    })
        .optional(),
    // Sections of later stages live beside the code that reads them.
    flags: _flags_config_js__WEBPACK_IMPORTED_MODULE_1__/* .flagsSection */ .r.optional(),
    ramp: _ramp_config_js__WEBPACK_IMPORTED_MODULE_4__/* .rampSection */ .U3.optional(),
    latency: _latency_config_js__WEBPACK_IMPORTED_MODULE_2__/* .latencySection */ .y.optional(),
    notifications: _notify_config_js__WEBPACK_IMPORTED_MODULE_3__/* .notificationsSection */ .i5.optional(),
    maintenance_windows: _windows_config_js__WEBPACK_IMPORTED_MODULE_6__/* .maintenanceWindowsSection */ .IN.optional(),
    review: _review_config_js__WEBPACK_IMPORTED_MODULE_5__/* .reviewSection */ .m.optional(),
})
    .describe('pg-promote configuration (db/promotion.yml).');


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

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

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
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(773), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect,
    migrate: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(773), __webpack_require__.e(737), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 1015))).migrate,
    down: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(737), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 7900))).down,
    backup: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(981), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 1860))).backup,
    restore: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(981), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 3016))).restore,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(932), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 69))).verify,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(932), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9624))).report,
    ramp: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 4085))).ramp,
    latency: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(826)]).then(__webpack_require__.bind(__webpack_require__, 826))).latency,
    flags: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 6349))).flags,
};
const OFFLINE_COMMANDS = {
    'boundary-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(765), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 7847))).boundaryCheck,
    lint: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 2773))).lint,
    notify: async () => (await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 7709))).notify,
    // review brings its own throwaway database (or is given one), so it opens no session here.
    review: async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(737), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 5394))).review,
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
        const windowGate = prepared.config.maintenanceWindows.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 2481)) : undefined;
        const window = windowGate?.checkWindow(options, prepared, result);
        const loading = COMMANDS[options.command]();
        loading.catch(() => undefined); // awaited below; a connection error must not leave it unhandled
        // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
        const { openSession } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(750)]).then(__webpack_require__.bind(__webpack_require__, 9750));
        session = await openSession(prepared.url, prepared.target, `pg-promote ${options.command}`);
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

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ buildFlagsConfig),
/* harmony export */   r: () => (/* binding */ flagsSection)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81);


/**
 * Feature flags pg-promote owns: a small table the applications read (rollout percentage per
 * flag), ramped by `ramp` and switched off by `flags off`. Only flags named here exist, so a
 * typo in `--flag` is an error rather than a new flag.
 */
const flagName = _config_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerName */ .Hd;
const flagsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
        .default('audit.feature_flags')
        .describe('Table of flags and their rollout percentages, created when missing.'),
    known: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: flagName, description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }))
        .default([
        { name: 'ingest', description: "The vh ingest service's rollout (the runbook's VH_INGEST_ENABLED)" },
        { name: 'eng_governance_sync', description: "eng governance sync (the runbook's ENG_GOVERNANCE_SYNC)" },
    ])
        .describe('The flags that exist; any other name is an error.'),
    rollback_off: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(flagName)
        .default(['ingest', 'eng_governance_sync'])
        .describe("Flags a rollback sets to 0 before restoring (the runbook's 'disable ingest service')."),
})
    .describe('Feature flags: ramped by `pg-promote ramp`, switched off by `pg-promote flags off`.');
function buildFlagsConfig(section) {
    const s = section ?? flagsSection.parse({});
    const [schema, table] = s.table.split('.');
    return { table: { schema, table }, known: s.known, rollbackOff: s.rollback_off };
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ buildLatencyConfig),
/* harmony export */   y: () => (/* binding */ latencySection)
/* harmony export */ });
/* unused harmony export DEFAULT_PROBES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * The runbook's success criterion "no performance degradation (< 10% increase in p95 latency)"
 * as a gate: probe queries timed before and after the promotion. The defaults are what the
 * sample database's readers run: the analysts' views and the ingest service's lookups.
 */
const probeName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const DEFAULT_PROBES = [
    { name: 'vh_ingest_daily', sql: 'SELECT * FROM views.vh_ingest_daily' },
    { name: 'vh_venture_overview', sql: 'SELECT * FROM views.vh_venture_overview' },
    { name: 'vh_service_health', sql: 'SELECT * FROM views.vh_service_health' },
    { name: 'eng_governance_summary', sql: 'SELECT * FROM views.eng_governance_summary' },
    {
        name: 'ingest_recent_runs',
        sql: 'SELECT id, status, created_at FROM vh.ingest_runs WHERE source_id = (SELECT min(id) FROM vh.ingest_sources) ORDER BY created_at DESC LIMIT 50',
    },
    {
        name: 'ingest_failures_last_hour',
        sql: "SELECT count(*) FROM vh.ingest_runs WHERE status = 'failed' AND created_at > now() - interval '1 hour'",
    },
    {
        name: 'service_errors_last_10min',
        sql: `SELECT count(*) FILTER (WHERE level = 'ERROR') AS errors, count(*) FILTER (WHERE level = 'WARNING') AS warnings, count(*) AS total FROM audit.service_logs WHERE "timestamp" > now() - interval '10 minutes'`,
    },
];
const latencySection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    probes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: probeName, sql: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty').describe('One read-only query (run in a read-only session).') }))
        .min(1, 'must list at least one probe')
        .refine((p) => new Set(p.map((x) => x.name)).size === p.length, 'probe names must be unique')
        .default(DEFAULT_PROBES)
        .describe("Queries timed before and after the promotion (default: the sample database's views and ingest lookups)."),
    samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100_000).default(200).describe('Timed runs per probe (--samples overrides).'),
    warmup: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(10_000).default(20).describe('Untimed runs per probe first (caches, plans).'),
    max_p95_increase: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).default(10).describe("Percent a probe's p95 may grow before compare fails (the runbook's 10%)."),
    noise_floor: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .default('1ms')
        .describe('A p95 increase smaller than this never fails, whatever its percentage (sub-millisecond jitter); 0ms turns it off.'),
    probe_timeout: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0.default('30s').describe('statement_timeout of each probe run.'),
    top_statements: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(100).default(10).describe('pg_stat_statements: statements by total time whose mean is compared (0: none).'),
})
    .describe('Latency gate: `pg-promote latency --baseline FILE` before, `--compare FILE` after.');
function buildLatencyConfig(section, _root) {
    const s = section ?? latencySection.parse({});
    return {
        probes: s.probes,
        samples: s.samples,
        warmup: s.warmup,
        maxP95IncreasePct: s.max_p95_increase,
        noiseFloorMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(s.noise_floor),
        probeTimeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(s.probe_timeout),
        topStatements: s.top_statements,
    };
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
    let bytes;
    try {
        // One open for the size check and the read: a run reads a thousand files before it starts.
        const fd = (0,external_node_fs_.openSync)(file.abs, 'r');
        try {
            const { size } = (0,external_node_fs_.fstatSync)(fd);
            if (size > MAX_SQL_FILE_BYTES) {
                throw (0,promote_error/* configError */.Fj)(`file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SQL_FILE_BYTES / 1024 / 1024} MiB`, where());
            }
            bytes = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (err) {
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        throw (0,promote_error/* configError */.Fj)(`cannot read file: ${err.code === 'ENOENT' ? 'not found' : err.message}`, where());
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        throw (0,promote_error/* configError */.Fj)('file contains a NUL byte: not a SQL text file', where({ line: (0,position/* lineColumnAt */.IX)(bytes.subarray(0, nul).toString('utf8'), nul).line }));
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        throw (0,promote_error/* configError */.Fj)('file is not valid UTF-8 (save it as UTF-8)', where({ line }));
    }
    const text = bytes.toString('utf8');
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

/***/ 5287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ buildNotificationsConfig),
/* harmony export */   i5: () => (/* binding */ notificationsSection),
/* harmony export */   yK: () => (/* binding */ NOTIFY_EVENTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * Where promotion messages go. Each webhook is named, and the config holds only the NAME of
 * the environment variable with its URL: webhook URLs are secrets (whoever has one can post),
 * so they live in the CI's secrets, never in the repository, and are never printed.
 */
const NOTIFY_EVENTS = ['start', 'gate', 'success', 'failure', 'rollback'];
const duration = (max, maxText) => (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)({ ms: max, text: maxText });
const webhook = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    url_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be the name of an environment variable (letters, digits, _), not a URL')
        .describe('The environment variable holding the webhook URL (from a CI secret). https only.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['slack', 'teams']).describe('slack: {text, blocks}; teams: an Adaptive Card message (Teams Workflows webhook).'),
    events: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS)).min(1, 'must list at least one event').default([...NOTIFY_EVENTS]).describe('Which moments this webhook hears about.'),
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('true: a delivery that still fails after the retries fails the step (exit 1). Default: reported only.'),
})
    .describe('One webhook.');
const notificationsSection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200).default('Database Housekeeping Promotion').describe("The promotion's name in every subject line."),
    webhooks: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'webhook names are letters, digits, _ . -'), webhook)
        .default({})
        .describe('Webhooks by name.'),
    retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(5).default(2).describe('Further attempts after a failed or timed-out delivery.'),
    retry_backoff: duration(60_000, '1min').default('1s').describe('Wait before the first retry; doubles each time.'),
    timeout: duration(60_000, '1min').default('10s').describe('How long one delivery attempt may take.'),
    rollback: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        impact: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Impact line of the rollback message. Default: filled from the run.'),
        eta: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('ETA line of the rollback message. Default: filled from the run.'),
        action_required: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).default('None').describe('Action Required line of the rollback message.'),
    })
        .default({ action_required: 'None' })
        .describe("The runbook's Communication Template lines a run cannot know."),
})
    .describe('Promotion messages to Slack or Teams webhooks: pg-promote notify --event start|gate|success|failure|rollback.');
function buildNotificationsConfig(section, _root) {
    const s = section ?? notificationsSection.parse({});
    return {
        title: s.title,
        webhooks: Object.entries(s.webhooks).map(([name, w]) => ({ name, urlEnv: w.url_env, format: w.format, events: w.events, required: w.required })),
        retries: s.retries,
        retryBackoffMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(s.retry_backoff),
        timeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(s.timeout),
        rollback: { impact: s.rollback.impact, eta: s.rollback.eta, actionRequired: s.rollback.action_required },
    };
}


/***/ }),

/***/ 5151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DX: () => (/* binding */ buildRampConfig),
  tE: () => (/* binding */ rampPlanFor),
  U3: () => (/* binding */ rampSection),
  a8: () => (/* binding */ windowFor)
});

// UNUSED EXPORTS: RUNBOOK_STEPS

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/ramp/default-gates.ts
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

;// CONCATENATED MODULE: ./src/ramp/config.ts




/**
 * The runbook's feature-flag ramp: each flag moves through steps (10% → 50% → 100%), each
 * step watched for a window while health gates are evaluated. Every duration can be shortened
 * (tests, the demo), none can be zero: a zero window would pass a step without watching it.
 */
const positiveDuration = (0,fields/* positiveDuration */.Cz)();
const gateName = fields/* lowerName */.Hd;
const flagName = fields/* lowerName */.Hd;
const step = schemas/* strictObject */.rej({
    to: schemas/* number */.aig().int().min(1).max(100).describe('Rollout percentage of this step.'),
    window: positiveDuration.describe('How long the step is watched before the next may start.'),
});
const steps = schemas/* array */.YOg(step)
    .min(1, 'must list at least one step')
    .refine((s) => s.every((x, i) => i === 0 || x.to > s[i - 1].to), 'steps must go up: each percentage above the one before');
const gate = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional(),
    sql: schemas/* string */.YjP()
        .min(1, 'must not be empty')
        .describe('One query; $1 is when the flag moved (timestamptz) and $2, if used, the window as an interval. It returns rows with a numeric column `value`; other columns are shown beside it.'),
    max: schemas/* number */.aig().optional().describe('The highest value that passes (any row above it is a breach).'),
    min: schemas/* number */.aig().optional().describe('The lowest value that passes (any row below it is a breach).'),
})
    .refine((g) => g.max !== undefined || g.min !== undefined, 'gate has no threshold: set max (highest passing value) or min (lowest)')
    .refine((g) => g.max === undefined || g.min === undefined || g.min <= g.max, 'min must not exceed max');
const RUNBOOK_STEPS = [
    { to: 10, window: '30min' },
    { to: 50, window: '1h' },
    { to: 100, window: '1h' },
];
const rampSection = schemas/* strictObject */.rej({
    steps: steps.default(RUNBOOK_STEPS).describe("Steps of every flag without its own (the runbook's 10% for 30min, 50% for 1h, 100% for 1h)."),
    interval: positiveDuration.default('10s').describe("How often the gates are evaluated while watching (the runbook's watch -n 10)."),
    gate_timeout: positiveDuration.default('30s').describe('statement_timeout of each gate query; a gate that times out fails the step.'),
    gates: schemas/* record */.g1P(gateName, gate)
        .default(DEFAULT_GATES)
        .describe("Health gates by name (default: the runbook's errors and warnings in audit.service_logs, and the ingest failure rate per minute)."),
    flags: schemas/* record */.g1P(flagName, schemas/* strictObject */.rej({
        steps: steps.optional().describe("This flag's steps, instead of ramp.steps."),
        gates: schemas/* array */.YOg(gateName).min(1, 'must name at least one gate').optional().describe('Gates watched for this flag (default: all).'),
    }))
        .default({})
        .describe('Per-flag steps and gates.'),
})
    .superRefine((s, ctx) => {
    for (const [flag, own] of Object.entries(s.flags)) {
        (own.gates ?? []).forEach((name, i) => {
            if (!(name in s.gates)) {
                ctx.addIssue({ code: 'custom', path: ['flags', flag, 'gates', i], message: `unknown gate '${name}' (gates: ${Object.keys(s.gates).join(', ')})` });
            }
        });
    }
    if (Object.keys(s.gates).length === 0)
        ctx.addIssue({ code: 'custom', path: ['gates'], message: 'must define at least one gate' });
})
    .describe('Feature-flag ramp: steps, windows and health gates for `pg-promote ramp`.');
const ms = (d) => (0,duration/* parseDuration */.E)(d);
const toSteps = (s) => s.map((x) => ({ to: x.to, windowMs: ms(x.window) }));
function buildRampConfig(section, _root) {
    const s = section ?? rampSection.parse({});
    return {
        steps: toSteps(s.steps),
        intervalMs: ms(s.interval),
        gateTimeoutMs: ms(s.gate_timeout),
        gates: Object.entries(s.gates).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: g.min })),
        flags: Object.fromEntries(Object.entries(s.flags).map(([name, f]) => [name, { steps: f.steps ? toSteps(f.steps) : undefined, gates: f.gates }])),
    };
}
/** A flag's steps and gates: its own where it has them, the section's otherwise. */
function rampPlanFor(config, flag) {
    const own = config.flags[flag];
    const names = own?.gates;
    return {
        steps: own?.steps ?? config.steps,
        gates: names ? config.gates.filter((g) => names.includes(g.name)) : config.gates,
    };
}
/**
 * The window of a move to `to`: the step of that percentage, else the first step above it
 * (a percentage between steps is watched as long as the step it leads to), else the last.
 */
function windowFor(steps, to) {
    return steps.find((s) => s.to === to) ?? steps.find((s) => s.to > to) ?? steps[steps.length - 1];
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


/***/ }),

/***/ 1527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ reviewSection),
/* harmony export */   n: () => (/* binding */ buildReviewConfig)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);

/**
 * `pg-promote review`: which objects the DOWN proof compares. The phases' own schemas are
 * always compared; migrations that also build objects elsewhere name those schemas here.
 */
const identifier = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const reviewSection = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schemas: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(identifier)
        .default([])
        .describe("Schemas compared after the DOWN files besides the phases' own (objects a migration creates elsewhere)."),
    compare_grants: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Count a privilege the DOWN files did not give back (or left behind) as a difference.'),
})
    .describe('Pull-request review: apply, verify and prove the DOWN files on a throwaway database.');
function buildReviewConfig(section, _root) {
    const s = section ?? reviewSection.parse({});
    return { schemas: s.schemas, compareGrants: s.compare_grants };
}


/***/ }),

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   TY: () => (/* binding */ LineLocator),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   us: () => (/* binding */ utf16OffsetOfCodePoint),
/* harmony export */   yr: () => (/* binding */ errorLocation)
/* harmony export */ });
/**
 * Offsets, lines and columns in SQL text. JavaScript strings index UTF-16 code units, editors
 * and PostgreSQL count characters (code points), so every conversion between them lives here.
 */
const LF = 0x0a;
const CR = 0x0d;
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c) {
    return c >= 0xdc00 && c <= 0xdfff;
}
function clampOffset(text, offset) {
    if (!Number.isFinite(offset) || offset <= 0)
        return 0;
    return Math.min(Math.floor(offset), text.length);
}
/** Code points in text[from, to); a pair split by `to` counts its high half as one. */
function countCodePoints(text, from, to) {
    let count = 0;
    let i = from;
    while (i < to) {
        i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        count++;
    }
    return count;
}
/**
 * Answers line/column questions for one text. Queries in increasing offset order cost O(text)
 * in total, which matters for a file of thousands of statements on one long line; an earlier
 * offset just starts over from the top.
 */
class LineLocator {
    text;
    line = 1;
    lineStart = 0;
    /** Index of the terminator (\r or \n) ending the current line, or text.length. */
    lineEnd = -1;
    /** Code points counted on the current line from lineStart up to countedTo. */
    countedTo = 0;
    counted = 0;
    constructor(text) {
        this.text = text;
    }
    locate(utf16Offset) {
        const text = this.text;
        const target = clampOffset(text, utf16Offset);
        if (target < this.lineStart)
            this.restart();
        for (;;) {
            const end = this.currentLineEnd();
            if (target <= end || end >= text.length)
                break;
            const terminatorEnd = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
            // Between the \r and \n of one terminator: still the end of this line, not the next.
            if (target < terminatorEnd)
                break;
            this.line++;
            this.lineStart = terminatorEnd;
            this.lineEnd = -1;
            this.countedTo = terminatorEnd;
            this.counted = 0;
        }
        const upTo = Math.min(target, this.currentLineEnd());
        if (upTo < this.countedTo) {
            this.countedTo = this.lineStart;
            this.counted = 0;
        }
        const count = this.counted + countCodePoints(text, this.countedTo, upTo);
        // Never remember a position inside a surrogate pair: the next count would split the pair.
        if (!(upTo > 0 && isHighSurrogate(text.charCodeAt(upTo - 1)) && isLowSurrogate(text.charCodeAt(upTo)))) {
            this.countedTo = upTo;
            this.counted = count;
        }
        return { line: this.line, column: count + 1 };
    }
    restart() {
        this.line = 1;
        this.lineStart = 0;
        this.lineEnd = -1;
        this.countedTo = 0;
        this.counted = 0;
    }
    currentLineEnd() {
        if (this.lineEnd < 0) {
            const text = this.text;
            let i = this.lineStart;
            while (i < text.length) {
                const c = text.charCodeAt(i);
                if (c === LF || c === CR)
                    break;
                i++;
            }
            this.lineEnd = i;
        }
        return this.lineEnd;
    }
}
function lineColumnAt(text, utf16Offset) {
    return new LineLocator(text).locate(utf16Offset);
}
function utf16OffsetOfCodePoint(text, codePointIndex0) {
    if (!Number.isFinite(codePointIndex0) || codePointIndex0 <= 0)
        return 0;
    const wanted = Math.floor(codePointIndex0);
    let i = 0;
    let seen = 0;
    while (i < text.length && seen < wanted) {
        i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        seen++;
    }
    return i;
}
/** UTF-16 offset of the last code point of a non-empty text. */
function lastCharOffset(text) {
    const n = text.length;
    return n >= 2 && isLowSurrogate(text.charCodeAt(n - 1)) && isHighSurrogate(text.charCodeAt(n - 2)) ? n - 2 : n - 1;
}
function errorLocation(fileText, statement, serverPosition) {
    const start = clampOffset(fileText, statement.start);
    let within = 0;
    // Positions come off the wire as text; anything unusable falls back to the statement's start.
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && statement.text.length > 0) {
        within = utf16OffsetOfCodePoint(statement.text, Math.max(1, Math.floor(serverPosition)) - 1);
        if (within >= statement.text.length)
            within = lastCharOffset(statement.text);
    }
    return lineColumnAt(fileText, start + within);
}


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8305);
/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */

const DOLLAR = 0x24;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
// PostgreSQL's whitespace; JavaScript's trim() would also eat U+00A0, which the server lexes as
// part of an identifier.
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
// The server works on bytes and treats every non-ASCII byte as a letter; every UTF-16 unit of a
// non-ASCII character is >= 0x80, so the same test works here.
function isIdentStart(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
function isIdentCont(c) {
    return isIdentStart(c) || isDigit(c) || c === DOLLAR;
}
function asciiUpper(word) {
    return word.replace(/[a-z]+/g, (s) => s.toUpperCase());
}
/** Index just past the closing quote, or -1 when the input ends first. */
function skipQuoted(sql, i, quote, backslashEscapes) {
    while (i < sql.length) {
        const c = sql.charCodeAt(i);
        if (backslashEscapes && c === BACKSLASH) {
            i += 2;
        }
        else if (c === quote) {
            if (sql.charCodeAt(i + 1) !== quote)
                return i + 1;
            i += 2;
        }
        else {
            i++;
        }
    }
    return -1;
}
/** Index just past the closing of the block comment opened at i, or -1. Comments nest. */
function skipBlockComment(sql, i) {
    let depth = 1;
    let j = i + 2;
    while (j < sql.length) {
        const c = sql.charCodeAt(j);
        const next = sql.charCodeAt(j + 1);
        if (c === 0x2f && next === 0x2a) {
            depth++;
            j += 2;
        }
        else if (c === 0x2a && next === 0x2f) {
            j += 2;
            if (--depth === 0)
                return j;
        }
        else {
            j++;
        }
    }
    return -1;
}
/** The `$tag$` delimiter starting at i, if one does; `$1` and a lone `$` are not delimiters. */
function dollarDelimiterAt(sql, i) {
    let j = i + 1;
    if (isIdentStart(sql.charCodeAt(j))) {
        j++;
        while (j < sql.length && (isIdentStart(sql.charCodeAt(j)) || isDigit(sql.charCodeAt(j))))
            j++;
    }
    return sql.charCodeAt(j) === DOLLAR ? sql.slice(i, j + 1) : undefined;
}
/** Index just past a number or `$n` parameter, including identifier junk glued to its digits. */
function skipDigits(sql, i) {
    while (i < sql.length && isDigit(sql.charCodeAt(i)))
        i++;
    // PostgreSQL 15+ and psql lex `1begin` as one junk number, not a number and a word.
    if (isIdentStart(sql.charCodeAt(i)))
        while (i < sql.length && isIdentCont(sql.charCodeAt(i)))
            i++;
    return i;
}
const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);
/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
    words = [];
    count = 0;
    depth = 0;
    word(word, parenDepth) {
        const lower = word.toLowerCase();
        if (this.count < 4 && ROUTINE_WORDS.has(lower))
            this.words[this.count] = lower;
        this.count++;
        const [w0, w1, w2, w3] = this.words;
        const routine = w0 === 'create' &&
            (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
        if (!routine || parenDepth !== 0)
            return;
        if (lower === 'begin')
            this.depth++;
        else if (lower === 'case' && this.depth >= 1)
            this.depth++;
        else if (lower === 'end' && this.depth > 0)
            this.depth--;
    }
}
function splitStatements(sql) {
    const n = sql.length;
    const locator = new _position_js__WEBPACK_IMPORTED_MODULE_0__/* .LineLocator */ .TY(sql);
    const statements = [];
    const metaCommands = [];
    let unterminated;
    let start = -1;
    let parenDepth = 0;
    let blocks = new BlockTracker();
    let keywords = [];
    let keywordsOpen = true;
    const token = (at, word) => {
        if (start < 0)
            start = at;
        if (word === undefined) {
            keywordsOpen = false;
            return;
        }
        if (keywordsOpen && keywords.length < 3)
            keywords.push(asciiUpper(word));
        blocks.word(word, parenDepth);
    };
    const finish = (before) => {
        if (start >= 0) {
            let end = before;
            while (end > start && isSpace(sql.charCodeAt(end - 1)))
                end--;
            const { line, column } = locator.locate(start);
            statements.push({ text: sql.slice(start, end), start, end, line, column, keywords });
        }
        start = -1;
        parenDepth = 0;
        blocks = new BlockTracker();
        keywords = [];
        keywordsOpen = true;
    };
    const fail = (kind, at) => {
        unterminated = { kind, ...locator.locate(at) };
    };
    let i = 0;
    // A byte-order mark is an encoding artifact, not the first character of a statement.
    if (sql.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n && unterminated === undefined) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        if (isSpace(c)) {
            i++;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR)
                i++;
        }
        else if (c === 0x2f && next === 0x2a) {
            const after = skipBlockComment(sql, i);
            if (after < 0)
                fail('block comment', i);
            else
                i = after;
        }
        else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
            token(i);
            const after = skipQuoted(sql, c === QUOTE ? i + 1 : i + 2, QUOTE, c !== QUOTE);
            if (after < 0)
                fail('string', i);
            else
                i = after;
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
            token(i);
            const quote = sql.charCodeAt(i + 2);
            const after = skipQuoted(sql, i + 3, quote, false);
            if (after < 0)
                fail(quote === QUOTE ? 'string' : 'quoted identifier', i);
            else
                i = after;
        }
        else if (c === DQUOTE) {
            token(i);
            const after = skipQuoted(sql, i + 1, DQUOTE, false);
            if (after < 0)
                fail('quoted identifier', i);
            else
                i = after;
        }
        else if (c === DOLLAR) {
            token(i);
            const delimiter = isDigit(next) ? undefined : dollarDelimiterAt(sql, i);
            if (delimiter === undefined) {
                i = isDigit(next) ? skipDigits(sql, i + 1) : i + 1;
            }
            else {
                const close = sql.indexOf(delimiter, i + delimiter.length);
                if (close < 0)
                    fail('dollar quote', i);
                else
                    i = close + delimiter.length;
            }
        }
        else if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentCont(sql.charCodeAt(j)))
                j++;
            token(i, sql.slice(i, j));
            i = j;
        }
        else if (isDigit(c)) {
            token(i);
            i = skipDigits(sql, i);
        }
        else if (c === 0x3b) {
            // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
            if (start >= 0 && (parenDepth > 0 || blocks.depth > 0))
                token(i);
            else
                finish(i);
            i++;
        }
        else if (c === BACKSLASH) {
            // A meta-command line is psql's, never the server's: it ends the statement before it.
            finish(i);
            let j = i + 1;
            while (j < n && !isSpace(sql.charCodeAt(j)) && sql.charCodeAt(j) !== BACKSLASH)
                j++;
            metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
            while (j < n && sql.charCodeAt(j) !== LF && sql.charCodeAt(j) !== CR)
                j++;
            i = sql.charCodeAt(j) === CR && sql.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        }
        else {
            token(i);
            if (c === 0x28)
                parenDepth++;
            else if (c === 0x29 && parenDepth > 0)
                parenDepth--;
            i++;
        }
    }
    if (unterminated === undefined)
        finish(n);
    const result = { statements, metaCommands };
    if (unterminated !== undefined)
        result.unterminated = unterminated;
    return result;
}


/***/ }),

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ buildMaintenanceWindowsConfig),
/* harmony export */   IN: () => (/* binding */ maintenanceWindowsSection),
/* harmony export */   qn: () => (/* binding */ DAYS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _zoned_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65);


/**
 * The runbook's "maintenance window scheduled", written down: named windows of wall-clock time
 * in an IANA time zone. A window whose end is earlier than its start runs past midnight into
 * the next day (its `days` are the days it opens on). Times are wall-clock, so a window keeps
 * its local hours across a daylight-saving change.
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const time = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'must be a time HH:MM (00:00 to 24:00)');
const windowEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    days: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DAYS)).min(1, 'must list at least one day').describe('Days the window opens on: mon, tue, wed, thu, fri, sat, sun.'),
    start: time.describe('Local time the window opens (HH:MM).'),
    end: time.describe('Local time the window closes (HH:MM, exclusive); earlier than start means the next day.'),
    time_zone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .superRefine((zone, ctx) => {
        if (!(0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isTimeZone */ .kQ)(zone))
            ctx.addIssue({ code: 'custom', message: `unknown time zone '${zone}' (expected an IANA name such as Europe/Berlin or UTC)` });
    })
        .describe('IANA time zone of start and end, e.g. Europe/Berlin.'),
})
    .superRefine((w, ctx) => {
    if (w.start === w.end)
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is the same as start (${w.start}): a window needs a length` });
    if (w.start === '24:00')
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be before 24:00 (write 00:00 on the next day)' });
})
    .describe('One maintenance window.');
const maintenanceWindowsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'window names are letters, digits, _ . -'), windowEntry)
    .describe('Maintenance windows by name: migrate, restore and ramp on a production database refuse to start outside every one (unless --outside-window REASON).');
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
function buildMaintenanceWindowsConfig(section, _root) {
    return Object.entries(section ?? {}).map(([name, w]) => ({
        name,
        days: w.days,
        start: minutes(w.start),
        end: minutes(w.end),
        timeZone: w.time_zone,
        text: `${w.days.join(',')} ${w.start}-${w.end} ${w.time_zone}`,
    }));
}


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   HJ: () => (/* binding */ localTime),
/* harmony export */   T0: () => (/* binding */ hhmm),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/**
 * Wall-clock time in an IANA zone, from Intl alone (no time-zone database of our own): the
 * local day and minute of an instant, and the instant of a local day and minute.
 */
const formatters = new Map();
function isTimeZone(zone) {
    if (typeof zone !== 'string' || zone.length === 0)
        return false;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
function formatterFor(zone) {
    let f = formatters.get(zone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            weekday: 'short',
        });
        formatters.set(zone, f);
    }
    return f;
}
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function localTime(instant, zone) {
    const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
        minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
}
/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instant, zone) {
    const l = localTime(new Date(instant), zone);
    const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
    return asUtc - Math.floor(instant / 60_000) * 60_000;
}
/**
 * The instant a local date and minute happen in a zone. A local time skipped by a
 * spring-forward change moves forward by the gap (02:30 on that night is 03:30, as Temporal's
 * "compatible" rule has it); a repeated autumn time is its first occurrence.
 */
function instantOf(zone, year, month, day, minute) {
    const wall = Date.UTC(year, month - 1, day, 0, minute);
    const first = wall - offsetMs(wall, zone);
    const second = wall - offsetMs(first, zone);
    if (second === first)
        return new Date(first);
    // Two offsets disagree: either a gap (neither maps back to `wall`) or an overlap.
    const candidates = [first, second].filter((t) => localMinuteKey(t, zone) === wall).sort((a, b) => a - b);
    if (candidates.length > 0)
        return new Date(candidates[0]);
    return new Date(Math.max(first, second));
}
function localMinuteKey(instant, zone) {
    const l = localTime(new Date(instant), zone);
    return Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
}
/** Local calendar arithmetic (days), independent of any zone. */
function addDays(year, month, day, days) {
    const d = new Date(Date.UTC(year, month - 1, day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const hhmm = (minute) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;


/***/ })

};
