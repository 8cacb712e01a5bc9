export const id = 154;
export const ids = [154,773,118];
export const modules = {

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   g: () => (/* binding */ configFileToEdit)
/* harmony export */ });
/** Where pg-promote looks for its config when --config is not given (and where init writes it). */
const DEFAULT_CONFIG_PATH = 'db/promotion.yml';
/** The file a missing setting is to be added to: the config read. */
function configFileToEdit(source) {
    return source;
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ selectPhases),
/* harmony export */   ac: () => (/* binding */ historyTableOf),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export parseConfigText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1954);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7840);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1066);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2865);
/* harmony import */ var _flags_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1137);
/* harmony import */ var _latency_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3862);
/* harmony import */ var _notify_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5287);
/* harmony import */ var _ramp_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(152);
/* harmony import */ var _review_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1527);
/* harmony import */ var _lint_config_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4315);
/* harmony import */ var _windows_config_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8735);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5626);















const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? _defaults_js__WEBPACK_IMPORTED_MODULE_14__/* .DEFAULT_CONFIG_PATH */ .B;
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) ? written : written.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    let bytes;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).size;
        if (size > MAX_CONFIG_BYTES)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            if (explicit)
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`config file not found: ${shown}`, { key: '--config' });
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`no config: write ${shown} (see the README), or run \`pg-promote init\` to write one for the migration folders it recognises`, { file: shown });
        }
        if (err instanceof _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG)
            throw err;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    const source = parseConfigSource((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._)(bytes, shown), shown);
    return build(root, shown, source.data, options, source.lineOf);
}
/**
 * The history table a run writes beside: the config's, or (for steps that record into the audit
 * schema of a repository without a config, such as a workflow's sign-off record) the default.
 */
function historyTableOf(options) {
    if (options.configPath === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root, _defaults_js__WEBPACK_IMPORTED_MODULE_14__/* .DEFAULT_CONFIG_PATH */ .B))) {
        return splitQualified(_schema_js__WEBPACK_IMPORTED_MODULE_13__.promotionConfigSchema.shape.history_table.parse(undefined));
    }
    return loadConfig(options).historyTable;
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    return parseConfigSource(text, file).data;
}
function parseConfigSource(text, file) {
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlSource */ .W)(text, file, _schema_js__WEBPACK_IMPORTED_MODULE_13__.promotionConfigSchema);
    checkUnique(source.data, source.lineOf, file);
    return source;
}
function checkUnique(config, lineOf, file) {
    const seen = new Map();
    config.phases.forEach((phase, index) => {
        for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]]) {
            const id = `${field}:${field === 'migrations' ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(value) : value}`;
            const earlier = seen.get(id);
            if (earlier !== undefined) {
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
                    file,
                    line: lineOf(['phases', index, field]),
                    key: `phases.${index}.${field}`,
                });
            }
            seen.set(id, index);
        }
    });
}
function build(root, source, file, options, lineOf = () => undefined) {
    const { schema, table } = splitQualified(file.history_table);
    const where = (key) => ({ file: source, key, line: lineOf(key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) });
    // Every path of the config stays inside the repository: a config from a pull request must
    // not make pg-promote write backups or reports (or read a baseline) anywhere else.
    const folder = (key, written, explicit) => {
        if (explicit)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
        const inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, written, where(key), { rootItself: true });
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .assertInsideRealRoot */ .nk)(root, inside, where(key));
        return inside.abs;
    };
    if (file.boundary_check.baseline !== undefined)
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, file.boundary_check.baseline, where('boundary_check.baseline'));
    const ms = (value) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(value);
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
            layout: phase.layout,
            migrations: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, phase.down, where(`phases.${i}.down`)),
            callbacks: {
                before: phase.callbacks.before.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.callbacks.before.${j}`))),
                after: phase.callbacks.after.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.callbacks.after.${j}`))),
            },
            verify: phase.verify,
            lint: phase.lint,
        })),
        production: {
            databases: file.production.databases,
            backupMaxAgeMs: ms(file.production.backup_max_age),
        },
        backup: {
            dir: folder('backup.dir', file.backup.dir, options.explicitDirs?.backup),
            format: file.backup.format,
            jobs: file.backup.jobs,
            encryptionKeyEnv: file.backup.encryption_key_env,
            requirePitr: file.backup.require_pitr,
            schemas: file.backup.schemas,
            excludeSchemas: file.backup.exclude_schemas,
        },
        auditChangeLog: file.audit.change_log === undefined ? undefined : splitQualified(file.audit.change_log),
        reportDir: folder('report.dir', file.report.dir, options.explicitDirs?.report),
        reportCriteria: file.report.criteria,
        boundaryCheck: boundaryConfig(file),
        flags: (0,_flags_config_js__WEBPACK_IMPORTED_MODULE_6__/* .buildFlagsConfig */ .a)(file.flags),
        ramp: (0,_ramp_config_js__WEBPACK_IMPORTED_MODULE_9__/* .buildRampConfig */ .DX)(file.ramp, root),
        latency: (0,_latency_config_js__WEBPACK_IMPORTED_MODULE_7__/* .buildLatencyConfig */ .N)(file.latency, root),
        notifications: (0,_notify_config_js__WEBPACK_IMPORTED_MODULE_8__/* .buildNotificationsConfig */ .Nz)(file.notifications, root),
        maintenanceWindows: (0,_windows_config_js__WEBPACK_IMPORTED_MODULE_12__/* .buildMaintenanceWindowsConfig */ .DN)(file.maintenance_windows, root),
        review: (0,_review_config_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReviewConfig */ .n)(file.review, root),
        lint: (0,_lint_config_js__WEBPACK_IMPORTED_MODULE_11__/* .buildLintConfig */ ._k)(file.lint),
    };
}
function boundaryConfig(file) {
    const section = file.boundary_check;
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
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
        }
    }
    return config.phases.filter((p) => names.includes(p.name));
}


/***/ }),

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource),
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);



function parseYamlSource(text, file, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // A tag the parser cannot resolve (!!js/function, !!python/object) would quietly become a
    // string, and the file then fail somewhere unrelated: it is refused where it is written.
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
        const pos = lineCounter.linePos(tag.pos[0]);
        const written = text.slice(tag.pos[0], tag.pos[1]).split(/\s/)[0];
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`YAML tag '${written}' is not supported (write plain values: no tags)`, { file, line: pos.line, column: pos.col });
    }
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
/**
 * A file's bytes as text, refusing bytes that are not UTF-8 (read leniently, they would turn
 * into U+FFFD and the file fail later for a reason that does not name them), with the line.
 */
function decodeUtf8(bytes, file) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        return decoder.decode(bytes);
    }
    catch {
        // The longest prefix that is valid so far (an unfinished sequence at its end is allowed):
        // the next byte is the first bad one.
        let valid = 0;
        let invalid = bytes.length;
        while (invalid - valid > 1) {
            const mid = Math.floor((valid + invalid) / 2);
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
                valid = mid;
            }
            catch {
                invalid = mid;
            }
        }
        // What decoded before the failure ends where the bad sequence starts (its lead byte may
        // have looked fine until the byte after it).
        const start = Buffer.byteLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true }));
        const line = bytes.subarray(0, start).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`not valid UTF-8 (byte 0x${bytes[start].toString(16).padStart(2, '0')} at offset ${start}); save the file as UTF-8`, { file, line });
    }
}


/***/ }),

/***/ 2773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lint: () => (/* binding */ lint),
/* harmony export */   lintFailure: () => (/* binding */ lintFailure)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8768);
/* harmony import */ var _db_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6375);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _sql_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7117);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8299);
/* harmony import */ var _lint_threshold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5118);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(938);








/**
 * `pg-promote lint`: parse every pending migration with PostgreSQL's parser and report lock
 * hazards and destructive changes before anyone approves them. Needs no database; with one,
 * only pending files are linted and the target's tables decide what is new and what is big.
 */
async function lint(ctx) {
    const phases = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .selectPhases */ .NE)(ctx.config, ctx.options.phases ?? []);
    const threshold = (0,_lint_threshold_js__WEBPACK_IMPORTED_MODULE_6__.largeTableBytes)();
    const url = ctx.options.databaseUrl;
    let session;
    let report;
    // The WebAssembly parser compiles in the background while the connection is made.
    (0,_sql_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .loadParser */ .qd)().catch(() => undefined);
    try {
        if (url) {
            const target = (0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .mx)(url, '--database-url', ctx.options.env);
            session = await (0,_db_session_js__WEBPACK_IMPORTED_MODULE_2__.openSession)(target, 'pg-promote lint');
            // Lint only reads; make the server hold it to that.
            await session.client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
            ctx.envelope.database = { target: target.display, database: target.database, serverVersion: session.serverVersion };
            ctx.emit({ type: 'connected', target: target.display, serverVersion: session.serverVersion });
        }
        report = await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_5__.runLint)({
            root: ctx.config.root,
            configFile: ctx.config.source,
            phases,
            postgresVersion: ctx.config.lint.postgresVersion,
            config: ctx.config.lint,
            database: session && { client: session.client, target: session.target.display, history: ctx.config.historyTable, largeTableBytes: threshold },
        });
    }
    finally {
        await session?.close();
    }
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .endWith */ .qZ)({ lint: report }, lintFailure(report));
}
/** Error-severity findings fail the stage (lint, and plan, which lints for its approvers). */
function lintFailure(report) {
    const firstError = report.findings.find((f) => f.severity === 'error');
    if (!firstError)
        return undefined;
    const { error, warning } = report.counts;
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailed */ .EC(`lint found ${error} error${error === 1 ? '' : 's'} and ${warning} warning${warning === 1 ? '' : 's'}; the first: ${firstError.rule}: ${firstError.message}`, {
        file: firstError.file,
        line: firstError.line,
        column: firstError.column,
        phase: firstError.phase,
    });
}


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LARGE_TABLE_BYTES: () => (/* binding */ DEFAULT_LARGE_TABLE_BYTES),
/* harmony export */   LARGE_TABLE_ENV: () => (/* binding */ LARGE_TABLE_ENV),
/* harmony export */   largeTableBytes: () => (/* binding */ largeTableBytes),
/* harmony export */   parseSize: () => (/* binding */ parseSize)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * From what size a lock or rewrite hazard is an error rather than a warning, when lint can see
 * the target database. At 100 MB an index build or a rewrite already holds its lock for
 * seconds, which a hot table's p95 notices. Set PG_PROMOTE_LINT_LARGE_TABLE (e.g. 10MB, 2GB)
 * to change it.
 */
const LARGE_TABLE_ENV = 'PG_PROMOTE_LINT_LARGE_TABLE';
const DEFAULT_LARGE_TABLE_BYTES = 100 * 1024 * 1024;
const UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
/** PostgreSQL's spelling of sizes (kB, MB, GB, TB are powers of 1024), or plain bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = (m[2] ?? 'b').toLowerCase().replace('ib', 'b');
    return Math.round(Number(m[1]) * (UNITS[unit] ?? 1));
}
function largeTableBytes(env = process.env) {
    const raw = env[LARGE_TABLE_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_LARGE_TABLE_BYTES;
    const bytes = parseSize(raw);
    if (bytes === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`${LARGE_TABLE_ENV} must be a size such as 500MB or 2GB, not '${raw}'`, { key: LARGE_TABLE_ENV });
    return bytes;
}


/***/ })

};
