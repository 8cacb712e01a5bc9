export const id = 493;
export const ids = [493];
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

/***/ 493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepare: () => (/* binding */ prepare)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1036);
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8768);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _migrate_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(184);





/**
 * Everything that can be checked without a database is checked before connecting: config,
 * phases, every file's encoding and syntax hazards. Bad input never reaches the server.
 */
function prepare(options) {
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)({
        root: options.root,
        configPath: options.configPath,
        explicitDirs: { backup: Boolean(options.backup?.dir), report: Boolean(options.report?.auditDir) },
    });
    const phases = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .selectPhases */ .NE)(config, options.phases ?? []);
    const files = phases.map((phase) => (0,_migrate_source_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverPhase */ .bn)(config.root, phase, { withDowns: options.command === 'down' }));
    const env = options.env ?? process.env;
    if (!(0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__/* .hasConnectionSettings */ .aF)(options.databaseUrl, env)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('no database: pass --database-url or set DATABASE_URL (or libpq\'s PGHOST, PGDATABASE or PGSERVICE)', { key: '--database-url' });
    }
    const warnings = [];
    const target = (0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConnection */ .XC)(options.databaseUrl, { env, warn: (message) => warnings.push(message) });
    return { config, phases: files, target, actor: options.actor ?? defaultActor(), warnings };
}
function defaultActor() {
    if (process.env.GITHUB_ACTOR)
        return `${process.env.GITHUB_ACTOR} (GitHub Actions)`;
    try {
        return node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username;
    }
    catch {
        return 'unknown';
    }
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

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readLayoutPhase),
/* harmony export */   x: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _layouts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9522);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9432);





/**
 * A phase written in another tool's layout, read by that layout's reader into the one
 * MigrationFile model: the checksum over the SQL that runs forward, its down where the tool
 * keeps one, transactional as the tool decides. The first problem the reader found (a file
 * that fits no pattern, a version written twice) is a config error naming it: nothing runs.
 * With `problems` (review's reporting mode), each is added there and the rest read on.
 */
function readLayoutPhase(root, phase, problems) {
    if (phase.down) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`phase '${phase.name}' has layout ${phase.layout}, which keeps its downs itself; remove phases.${phase.name}.down`, { key: `phases.${phase.name}.down` });
    }
    const read = _layouts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_READERS */ .s1[phase.layout](root, phase.migrations.rel);
    const problem = read.problems[0];
    if (problem && !problems)
        throw problem;
    for (const p of read.problems) {
        problems?.push({ file: p.context.file ?? phase.migrations.rel, rule: 'invalid-file', message: p.message, line: p.context.line ?? 1, column: p.context.column ?? 1 });
    }
    const versions = versionsOf(read.files);
    const migrations = [];
    const downs = new Map();
    read.files.forEach((file, i) => {
        const version = versions[i];
        const up = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_3__/* .sqlFileFromText */ .Is)(repoPath(root, file.path), file.upSql, { allowEmpty: true, transactional: file.transactional, firstLine: file.upLine, layout: phase.layout, problems });
        migrations.push({ ...up, version, description: file.description, historyKey: file.historyKey, notes: file.notes });
        if (file.downSql !== undefined) {
            const down = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_3__/* .sqlFileFromText */ .Is)(repoPath(root, file.downPath ?? file.path), file.downSql, {
                allowEmpty: true,
                transactional: file.downTransactional ?? file.transactional,
                firstLine: file.downLine ?? 1,
                layout: phase.layout,
                problems,
            });
            downs.set(version.text, { ...down, version, description: file.description });
        }
    });
    return { migrations, downs };
}
const repoPath = (root, rel) => ({ rel, abs: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, rel) });
const NUMERIC = /^\d+(?:[._-]\d+)*/;
/**
 * Versions as the history records them: the tool's version text (leading zeros dropped from a
 * plain number). Numbers separated by dots, underscores or dashes (Flyway's 1_1, diesel's
 * 2019-02-26-002946, node-pg-migrate's 1672912860000_name) are read whole and compared part by
 * part; when that does not give the tool's own order (Sqitch's change names), a version's place
 * in the tool's order is what compares.
 */
function versionsOf(files) {
    const numeric = files.map((f) => {
        const digits = NUMERIC.exec(f.version)?.[0];
        if (digits === undefined)
            return undefined;
        const parts = digits.split(/[._-]/).map((p) => BigInt(p));
        const plain = digits === f.version && !digits.includes('-');
        return { text: plain ? parts.map(String).join('.') : f.version, parts, description: f.description };
    });
    const ordered = numeric.every((v, i) => v !== undefined && (i === 0 || (0,_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(numeric[i - 1].parts, v.parts) < 0));
    if (ordered)
        return numeric;
    return files.map((f, i) => ({ text: f.version, parts: [BigInt(i + 1)], description: f.description, byPlace: true }));
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ OWN_NO_TRANSACTION),
/* harmony export */   z: () => (/* binding */ inLayoutTerms)
/* harmony export */ });
/**
 * How pg-promote's own hints say "run this file without a transaction" (lint's fixes, migrate's
 * refusals): every such hint holds this clause, which `inLayoutTerms` swaps for the phase's layout's.
 */
const OWN_NO_TRANSACTION = 'with -- pg-promote:no-transaction in its header';
const noMarker = (tool) => `(${tool} has no no-transaction marker: pg-promote runs a file holding a statement that cannot run in a transaction block without one, as ${tool} did)`;
/** Each layout's way, as its reader (src/migrate/layouts/<layout>.ts) honours it. */
const HOW = {
    'pg-promote': OWN_NO_TRANSACTION,
    flyway: 'with executeInTransaction=false in its script configuration file (<the file name>.conf, beside it)',
    'golang-migrate': noMarker('golang-migrate'),
    dbmate: 'whose up section is marked -- migrate:up transaction:false',
    goose: 'with -- +goose NO TRANSACTION in it',
    'node-pg-migrate': noMarker('a node-pg-migrate SQL file'),
    diesel: 'whose folder has a metadata.toml saying run_in_transaction = false',
    prisma: noMarker('Prisma'),
    supabase: noMarker('the Supabase CLI'),
    sqitch: 'without BEGIN ... COMMIT around its deploy script (Sqitch then runs it statement by statement)',
};
/** A hint written in pg-promote's terms, said in the layout's: the marker its tool reads, or that it has none. */
function inLayoutTerms(text, layout) {
    return layout === 'pg-promote' ? text : text.split(OWN_NO_TRANSACTION).join(HOW[layout]);
}


/***/ }),

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ readPhaseMigrations),
/* harmony export */   GJ: () => (/* binding */ MAX_FILES_PER_FOLDER),
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   bn: () => (/* binding */ discoverPhase),
/* harmony export */   bt: () => (/* binding */ listFolder),
/* harmony export */   l_: () => (/* binding */ readPhaseDowns)
/* harmony export */ });
/* unused harmony exports readVersionedFolder, shownName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9432);
/* harmony import */ var _code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6336);
/* harmony import */ var _layout_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7177);
/* harmony import */ var _layouts_sql_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3230);









/** A folder this large is a mistake (or an attack), not a migration history. */
const MAX_FILES_PER_FOLDER = 10_000;
/**
 * The one source of a phase's files for every command, read in the phase's layout (pg-promote's
 * own here, another tool's through its reader in layout-source.ts): migrate, plan, status and
 * down throw on the first problem, as here; lint lists the same folder (`listMigrations`, or
 * the layout's reader) and reports each problem as a finding instead.
 */
function discoverPhase(root, phase, options = {}) {
    const skipped = [];
    const layout = phase.layout === 'pg-promote' ? undefined : (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase);
    const migrations = layout?.migrations ?? readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, skipped);
    const readOne = (file, key) => {
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, file, { file: file.rel, key });
        return (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .Lf)(file);
    };
    const result = {
        phase,
        migrations,
        views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
        policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
        skipped,
    };
    if (options.withDowns)
        result.downs = layout?.downs ?? readDownFolder(root, phase, skipped);
    return result;
}
/**
 * A phase's migrations alone, in its layout (review compares a base branch's with a head's).
 * With `problems` (reporting mode), each file problem is added there and the readable files
 * are returned, where migrate throws on the first.
 */
function readPhaseMigrations(root, phase, problems) {
    if (phase.layout !== 'pg-promote')
        return (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase, problems).migrations;
    return readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, [], problems);
}
/** A phase's DOWN files by version: its down folder (pg-promote's layout) or the tool's own downs. */
function readPhaseDowns(root, phase, skipped = [], problems) {
    if (phase.layout !== 'pg-promote')
        return (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase, problems).downs;
    return readDownFolder(root, phase, skipped, problems);
}
function readDownFolder(root, phase, skipped, problems) {
    if (!phase.down)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
    const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`, skipped, problems);
    return new Map(downs.map((d) => [d.version.text, d]));
}
/**
 * The pg-promote layout: NNN_name.sql files, read in version order; the first problem is an
 * error, or with `problems` each one is reported there and the files that can be read are.
 */
function readVersionedFolder(root, folder, key, skipped = [], problems) {
    const listing = listMigrations(root, folder, key);
    skipped.push(...listing.skipped);
    const problem = listing.problems[0];
    if (problem && !problems)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(problem.message, { file: problem.file, key: problem.rule === 'outside-root' ? key : undefined });
    problems?.push(...listing.problems.map((p) => ({ file: p.file, rule: 'invalid-file', message: p.message, line: 1, column: 1 })));
    return listing.entries.flatMap((entry) => {
        const file = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .Lf)(entry.path, { allowEmpty: true, problems });
        if (!file)
            return [];
        const notes = file.statements.length === 0 ? [_layouts_sql_body_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY_NOTE */ .Vh] : undefined;
        return [{ ...file, version: entry.version, description: entry.version.description, ...(notes ? { notes } : {}) }];
    });
}
/**
 * Lists a folder once, for every command: NNN_name.sql files ordered by version; a name
 * without a version, two files of one version, or a link leading outside the repository is a
 * problem; hidden files (.name.sql: editor droppings) and special files are skipped and said.
 */
function listMigrations(root, folder, key) {
    const listing = { entries: [], problems: [], skipped: [], others: [] };
    const entries = listFolder(root, folder, key).sort((a, b) => (0,_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .C)(a.name, b.name));
    const sqlEntries = [];
    for (const entry of entries) {
        const rel = `${folder.rel}/${shownName(entry.name)}`;
        const isSql = entry.name.toLowerCase().endsWith('.sql');
        const kind = entryKind(folder, entry);
        if (kind !== 'file') {
            if (isSql)
                listing.skipped.push({ file: rel, why: `a ${kind}, not a file` });
        }
        else if (entry.name.startsWith('.')) {
            if (isSql)
                listing.skipped.push({ file: rel, why: 'a hidden file (its name starts with a dot)' });
        }
        else if (!isSql) {
            listing.others.push(rel);
        }
        else {
            sqlEntries.push(entry);
        }
    }
    if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
    }
    const byVersion = new Map();
    for (const entry of sqlEntries) {
        const rel = `${folder.rel}/${shownName(entry.name)}`;
        const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersionedName */ .sY)(entry.name);
        if (!version) {
            listing.problems.push({ file: rel, rule: 'invalid-name', message: 'file name does not start with a version number (expected e.g. 001_create_tables.sql)' });
            continue;
        }
        const clash = byVersion.get(version.text);
        if (clash) {
            listing.problems.push({ file: rel, rule: 'duplicate-version', message: `version ${version.text} is used twice: ${clash} and ${shownName(entry.name)}` });
            continue;
        }
        const file = { rel, abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name) };
        // A plain file in a folder already checked is inside the root; only links need resolving.
        if (entry.isSymbolicLink()) {
            try {
                (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, file, { file: rel, key });
            }
            catch (err) {
                listing.problems.push({ file: rel, rule: 'outside-root', message: err.message });
                continue;
            }
        }
        byVersion.set(version.text, shownName(entry.name));
        listing.entries.push({ path: file, version });
    }
    listing.entries.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .compareVersions */ .Zy)(a.version.parts, b.version.parts));
    return listing;
}
/** What an entry is, a link judged by what it leads to: reading a FIFO would wait forever. */
function entryKind(folder, entry) {
    if (entry.isFile())
        return 'file';
    let target = entry;
    if (entry.isSymbolicLink()) {
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name));
        }
        catch {
            return 'file'; // a dangling link: reading it says so, naming it
        }
        if (target.isFile())
            return 'file';
    }
    if (target.isDirectory())
        return 'folder';
    if (target.isFIFO())
        return 'FIFO';
    if (target.isSocket())
        return 'socket';
    return 'device or other special file';
}
/**
 * A file name as messages, the history and the log show it: control characters (a newline,
 * \r, an ANSI escape) escaped, so a name cannot split or repaint a line.
 */
function shownName(name) {
    return name.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
}
/** A configured folder's entries: inside the repository, there, and a folder, or a config error naming it. */
function listFolder(root, folder, key) {
    (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, folder, { file: folder.rel, key });
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder.abs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : err.message;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`${why} (configured as ${key})`, { file: folder.rel, key });
    }
    // A name that is not UTF-8 arrives with U+FFFD in it and could not be opened by that name:
    // refused here, naming its bytes, rather than failing later as "not found".
    if (entries.some((e) => e.name.includes('\uFFFD'))) {
        const fatal = new TextDecoder('utf-8', { fatal: true });
        for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder.abs, { encoding: 'buffer' })) {
            try {
                fatal.decode(raw);
            }
            catch {
                const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`file name '${shown}' is not valid UTF-8; rename it (names are read as UTF-8)`, { file: `${folder.rel}/${shown}`, key });
            }
        }
    }
    return entries;
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lf: () => (/* binding */ readSqlFile),
  Is: () => (/* binding */ sqlFileFromText)
});

// UNUSED EXPORTS: MAX_SQL_FILE_BYTES

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/sql/no-transaction.ts + 1 modules
var no_transaction = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/sql/statements.ts
var sql_statements = __webpack_require__(5528);
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
// EXTERNAL MODULE: ./src/migrate/layouts/no-transaction-marker.ts
var no_transaction_marker = __webpack_require__(7330);
;// CONCATENATED MODULE: ./src/migrate/sql-file.ts









const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;
/** Refuses the file (migrate), or reports the problem and reads on (lint, review). */
function refuser(file, options, offset = 0) {
    return (rule, message, at = {}) => {
        const line = at.line === undefined ? undefined : at.line + offset;
        if (!options.problems)
            throw (0,promote_error/* configError */.Fj)(message, { file: file.rel, ...at, ...(line === undefined ? {} : { line }) });
        options.problems.push({ file: file.rel, rule, message, line: line ?? 1, column: at.column ?? 1 });
    };
}
function readSqlFile(file, options = {}) {
    const where = (extra = {}) => ({ file: file.rel, ...extra });
    const refuse = refuser(file, options);
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
        const message = err instanceof promote_error/* PromoteError */.jG ? err.message : `cannot read file: ${err.code === 'ENOENT' ? 'not found' : err.message}`;
        return void refuse('invalid-file', message);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return void refuse('invalid-file', 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', { line: 1 });
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return void refuse('invalid-file', 'file contains a NUL byte: not a SQL text file', { line: (0,position/* lineColumnAt */.IX)(bytes.subarray(0, nul).toString('utf8'), nul).line });
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        return void refuse('invalid-file', 'file is not valid UTF-8 (save it as UTF-8)', { line });
    }
    return sqlFileFromText(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}
/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
function sqlFileFromText(file, content, options = {}) {
    const offset = (options.firstLine ?? 1) - 1;
    const refuse = refuser(file, options, offset);
    const split = (0,sql_statements/* splitStatements */.X)(content);
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        refuse('parse-error', `unterminated ${kind} starting here`, { line, column });
    }
    for (const meta of split.metaCommands) {
        refuse('psql-meta-command', `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, { line: meta.line, column: meta.column });
    }
    if (split.statements.length === 0 && !options.allowEmpty)
        refuse('invalid-file', 'file has no SQL statements', { line: 1 });
    const first = split.statements[0];
    const transactional = options.transactional ?? sql_file_directives(first ? content.slice(0, first.start) : content, file.rel, refuse);
    for (const statement of split.statements) {
        const control = transactionControl(statement);
        if (control) {
            refuse('transaction-control', `${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
                (transactional ? (0,no_transaction_marker/* inLayoutTerms */.z)(` (or make it a file ${no_transaction_marker/* OWN_NO_TRANSACTION */.m} and let each statement commit on its own)`, options.layout ?? 'pg-promote') : ''), { line: statement.line, column: statement.column });
        }
        // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
        const needsNoTransaction = transactional ? (0,no_transaction/* noTransactionStatement */.F)(statement.text) : undefined;
        if (needsNoTransaction) {
            refuse('needs-no-transaction', (0,no_transaction_marker/* inLayoutTerms */.z)(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own ${no_transaction_marker/* OWN_NO_TRANSACTION */.m}`, options.layout ?? 'pg-promote'), { line: statement.line, column: statement.column });
        }
    }
    const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
    return { path: file, sql: content, checksum: checksumOf(content), statements, transactional, firstLine: offset + 1 };
}
/** The header's directives; a bad one is refused, or reported and the file read as transactional. */
function sql_file_directives(header, rel, refuse) {
    try {
        return (0,directives/* parseDirectives */.M)(header, rel).transactional;
    }
    catch (err) {
        if (!(err instanceof promote_error/* PromoteError */.jG))
            throw err;
        refuse('invalid-file', err.message, { line: err.context.line ?? 1 });
        return true;
    }
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


/***/ })

};
