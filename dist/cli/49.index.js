export const id = 49;
export const ids = [49,36];
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
 * costs milliseconds.
 */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText),
/* harmony export */   selectPhases: () => (/* binding */ selectPhases)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1954);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7840);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1066);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2865);
/* harmony import */ var _flags_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1137);
/* harmony import */ var _latency_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3862);
/* harmony import */ var _notify_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5287);
/* harmony import */ var _ramp_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(152);
/* harmony import */ var _review_config_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1527);
/* harmony import */ var _lint_config_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4315);
/* harmony import */ var _windows_config_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8735);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(131);















const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .B;
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
            return build(root, 'built-in defaults (the runbook layout)', _schema_js__WEBPACK_IMPORTED_MODULE_14__.promotionConfigSchema.parse(_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .RUNBOOK_CONFIG */ .q), options);
        }
        if (err instanceof Error && err.name === 'PromoteError')
            throw err;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    const source = parseConfigSource((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._)(bytes, shown), shown);
    return build(root, shown, source.data, options, source.lineOf);
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    return parseConfigSource(text, file).data;
}
function parseConfigSource(text, file) {
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlSource */ .W)(text, file, _schema_js__WEBPACK_IMPORTED_MODULE_14__.promotionConfigSchema);
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
        const inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, written, where(key), { rootItself: true });
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .assertInsideRealRoot */ .n)(root, inside, where(key));
        return inside.abs;
    };
    if (file.boundary_check?.baseline !== undefined)
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, file.boundary_check.baseline, where('boundary_check.baseline'));
    const ms = (value) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(value);
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
            migrations: (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(root, phase.down, where(`phases.${i}.down`)),
            verify: phase.verify,
        })),
        production: {
            databases: file.production?.databases ?? [],
            backupMaxAgeMs: ms(file.production?.backup_max_age ?? '2h'),
        },
        backup: {
            dir: folder('backup.dir', file.backup?.dir ?? 'backups', options.explicitDirs?.backup),
            format: file.backup?.format ?? 'custom',
            jobs: file.backup?.jobs ?? 1,
            encryptionKeyEnv: file.backup?.encryption_key_env,
            requirePitr: file.backup?.require_pitr ?? false,
            schemas: file.backup?.schemas,
            excludeSchemas: file.backup?.exclude_schemas ?? [],
        },
        auditChangeLog: splitQualified(file.audit?.change_log ?? 'audit.change_log'),
        reportDir: folder('report.dir', file.report?.dir ?? 'ops/audit', options.explicitDirs?.report),
        boundaryCheck: boundaryConfig(file),
        flags: (0,_flags_config_js__WEBPACK_IMPORTED_MODULE_7__/* .buildFlagsConfig */ .a)(file.flags),
        ramp: (0,_ramp_config_js__WEBPACK_IMPORTED_MODULE_10__/* .buildRampConfig */ .DX)(file.ramp, root),
        latency: (0,_latency_config_js__WEBPACK_IMPORTED_MODULE_8__/* .buildLatencyConfig */ .N)(file.latency, root),
        notifications: (0,_notify_config_js__WEBPACK_IMPORTED_MODULE_9__/* .buildNotificationsConfig */ .Nz)(file.notifications, root),
        maintenanceWindows: (0,_windows_config_js__WEBPACK_IMPORTED_MODULE_13__/* .buildMaintenanceWindowsConfig */ .DN)(file.maintenance_windows, root),
        review: (0,_review_config_js__WEBPACK_IMPORTED_MODULE_11__/* .buildReviewConfig */ .n)(file.review, root),
        lint: (0,_lint_config_js__WEBPACK_IMPORTED_MODULE_12__/* .buildLintConfig */ ._)(file.lint),
    };
}
function boundaryConfig(file) {
    // Parsing an empty section applies the schema's defaults: the runbook's rule.
    const section = file.boundary_check ?? _schema_js__WEBPACK_IMPORTED_MODULE_14__.promotionConfigSchema.shape.boundary_check.unwrap().parse({});
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
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${firstLine(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${firstLine(err.message)}`, { file });
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
function firstLine(message) {
    return message.split('\n')[0] ?? message;
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
/* unused harmony export shownName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9432);
/* harmony import */ var _code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6336);







/** A folder this large is a mistake (or an attack), not a migration history. */
const MAX_FILES_PER_FOLDER = 10_000;
function discoverPhase(root, phase, options = {}) {
    const skipped = [];
    const migrations = readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, skipped);
    const readOne = (file, key) => {
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, file, { file: file.rel, key });
        return (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .L)(file);
    };
    const result = {
        phase,
        migrations,
        views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
        policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
        skipped,
    };
    if (options.withDowns) {
        if (!phase.down)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
        const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`, skipped);
        result.downs = new Map(downs.map((d) => [d.version.text, d]));
    }
    return result;
}
/** Lists NNN_name.sql files, ordered by version; two files with one version are an error. */
function readVersionedFolder(root, folder, key, skipped = []) {
    const entries = listFolder(root, folder, key);
    const named = entries.filter((e) => e.name.toLowerCase().endsWith('.sql'));
    const sqlEntries = named.filter((e) => {
        const kind = entryKind(folder, e);
        if (kind !== 'file')
            skipped.push({ file: `${folder.rel}/${shownName(e.name)}`, why: `a ${kind}, not a file` });
        return kind === 'file';
    });
    if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
    }
    const files = [];
    const byVersion = new Map();
    for (const entry of sqlEntries.sort((a, b) => (0,_code_unit_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byCodeUnits */ .C)(a.name, b.name))) {
        const rel = `${folder.rel}/${shownName(entry.name)}`;
        const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersionedName */ .sY)(entry.name);
        if (!version) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`file name does not start with a version number (expected e.g. 001_create_tables.sql)`, { file: rel });
        }
        const clash = byVersion.get(version.text);
        if (clash)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`version ${version.text} is used twice: ${clash} and ${shownName(entry.name)}`, { file: rel });
        byVersion.set(version.text, shownName(entry.name));
        const file = { rel, abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name) };
        // A plain file in a folder already checked is inside the root; only links need resolving.
        if (entry.isSymbolicLink())
            (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, file, { file: rel, key });
        files.push({ ...(0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .L)(file), version });
    }
    return files.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersions */ .Zy)(a.version.parts, b.version.parts));
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
    (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .n)(root, folder, { file: folder.rel, key });
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
  b: () => (/* binding */ MAX_SQL_FILE_BYTES),
  L: () => (/* binding */ readSqlFile)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/sql/no-transaction.ts
var no_transaction = __webpack_require__(6632);
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
        // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
        const needsNoTransaction = transactional ? (0,no_transaction/* noTransactionStatement */.FT)(statement.text) : undefined;
        if (needsNoTransaction) {
            throw (0,promote_error/* configError */.Fj)(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own whose header has -- pg-promote:no-transaction`, where({ line: statement.line, column: statement.column }));
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

/***/ 6632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ noTransactionStatement)
/* harmony export */ });
/* unused harmony exports NO_TRANSACTION_STATEMENTS, tokenize */
const word = (t, ...words) => t !== undefined && words.includes(t);
/** Tokens after a leading parenthesised option list, and that list's own tokens. */
function options(tokens, from) {
    if (tokens[from] !== '(')
        return { inside: [], next: from };
    let depth = 0;
    for (let i = from; i < tokens.length; i++) {
        if (tokens[i] === '(')
            depth++;
        else if (tokens[i] === ')' && --depth === 0)
            return { inside: tokens.slice(from + 1, i), next: i + 1 };
    }
    return { inside: tokens.slice(from + 1), next: tokens.length };
}
/** `name [value]` in an option list is on unless its value says off. */
function optionOn(inside, name) {
    const at = inside.indexOf(name);
    if (at < 0)
        return false;
    const value = inside[at + 1] === '=' ? inside[at + 2] : inside[at + 1];
    return !word(value, 'FALSE', 'OFF', '0', "'FALSE'", "'OFF'", "'0'");
}
function reindexParts(tokens) {
    const { inside, next } = options(tokens, 1);
    const kind = tokens[next];
    return { concurrently: optionOn(inside, 'CONCURRENTLY') || tokens[next + 1] === 'CONCURRENTLY', kind };
}
const NO_TRANSACTION_STATEMENTS = [
    {
        name: 'CREATE INDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int)',
        example: 'CREATE INDEX CONCURRENTLY nt_i ON nt_t (a)',
        matches: (t) => t[0] === 'CREATE' && (t[1] === 'INDEX' ? t[2] === 'CONCURRENTLY' : t[1] === 'UNIQUE' && t[2] === 'INDEX' && t[3] === 'CONCURRENTLY'),
    },
    {
        name: 'DROP INDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'DROP INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'DROP' && t[1] === 'INDEX' && t[2] === 'CONCURRENTLY',
    },
    {
        name: 'REINDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'REINDEX INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'REINDEX' && reindexParts(t).concurrently,
    },
    {
        name: 'REINDEX SCHEMA, DATABASE or SYSTEM',
        example: 'REINDEX SCHEMA public',
        matches: (t) => t[0] === 'REINDEX' && word(reindexParts(t).kind, 'SCHEMA', 'DATABASE', 'SYSTEM'),
    },
    {
        name: 'VACUUM',
        example: 'VACUUM',
        matches: (t) => t[0] === 'VACUUM',
    },
    {
        name: 'CLUSTER of every clustered table',
        example: 'CLUSTER',
        matches: (t) => {
            if (t[0] !== 'CLUSTER')
                return false;
            let i = options(t, 1).next;
            if (t[i] === 'VERBOSE')
                i++;
            return i >= t.length;
        },
    },
    {
        name: 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY',
        since: 14,
        setup: 'CREATE TABLE nt_p (a int) PARTITION BY RANGE (a); CREATE TABLE nt_c PARTITION OF nt_p FOR VALUES FROM (0) TO (10)',
        example: 'ALTER TABLE nt_p DETACH PARTITION nt_c CONCURRENTLY',
        matches: (t) => {
            if (t[0] !== 'ALTER' || t[1] !== 'TABLE')
                return false;
            const detach = t.findIndex((x, i) => x === 'DETACH' && t[i + 1] === 'PARTITION');
            return detach > 0 && t.indexOf('CONCURRENTLY', detach) > 0;
        },
    },
    {
        name: 'CREATE DATABASE',
        example: 'CREATE DATABASE nt_db',
        matches: (t) => t[0] === 'CREATE' && t[1] === 'DATABASE',
    },
    {
        name: 'DROP DATABASE',
        example: 'DROP DATABASE IF EXISTS nt_db',
        matches: (t) => t[0] === 'DROP' && t[1] === 'DATABASE',
    },
    {
        name: 'ALTER DATABASE ... SET TABLESPACE',
        setup: 'CREATE DATABASE nt_alter_db',
        example: 'ALTER DATABASE nt_alter_db SET TABLESPACE pg_default',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'DATABASE' && t[3] === 'SET' && t[4] === 'TABLESPACE',
    },
    {
        name: 'CREATE TABLESPACE',
        example: "CREATE TABLESPACE nt_ts LOCATION '/nonexistent'",
        matches: (t) => t[0] === 'CREATE' && t[1] === 'TABLESPACE',
    },
    {
        name: 'DROP TABLESPACE',
        example: 'DROP TABLESPACE IF EXISTS nt_ts',
        matches: (t) => t[0] === 'DROP' && t[1] === 'TABLESPACE',
    },
    {
        name: 'ALTER SYSTEM',
        // A name that is no setting: outside a transaction it fails harmlessly (42704).
        example: 'ALTER SYSTEM RESET pg_promote_never_a_setting',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'SYSTEM',
    },
    {
        name: 'DISCARD ALL',
        example: 'DISCARD ALL',
        matches: (t) => t[0] === 'DISCARD' && t[1] === 'ALL',
    },
    {
        name: 'CREATE SUBSCRIPTION ... WITH (create_slot = true)',
        example: "CREATE SUBSCRIPTION nt_sub CONNECTION 'host=/nonexistent dbname=none' PUBLICATION nt_pub",
        matches: (t) => {
            if (t[0] !== 'CREATE' || t[1] !== 'SUBSCRIPTION')
                return false;
            const withAt = t.lastIndexOf('WITH');
            const inside = withAt > 0 ? options(t, withAt + 1).inside : [];
            // create_slot defaults to true, and to false when connect = false.
            const off = (name) => inside.includes(name) && !optionOn(inside, name);
            return !off('CREATE_SLOT') && !off('CONNECT');
        },
    },
];
/** The entry the statement falls under, if PostgreSQL refuses it inside a transaction block. */
function noTransactionStatement(text) {
    // Migrate asks this of every statement: a data statement's text is never lexed past its start.
    let tokens = tokenize(text, HEAD_TOKENS);
    if (!FIRST_WORDS.has(tokens[0] ?? ''))
        return undefined;
    const deep = (tokens[0] === 'ALTER' && tokens[1] === 'TABLE' && /detach/i.test(text)) || (tokens[0] === 'CREATE' && tokens[1] === 'SUBSCRIPTION');
    if (deep)
        tokens = tokenize(text);
    return NO_TRANSACTION_STATEMENTS.find((s) => s.matches(tokens));
}
const HEAD_TOKENS = 24;
const FIRST_WORDS = new Set(['CREATE', 'DROP', 'REINDEX', 'VACUUM', 'CLUSTER', 'ALTER', 'DISCARD']);
const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
const NUMBER = /[0-9][0-9.]*/y;
/**
 * Enough of PostgreSQL's lexer for the matchers: comments skipped, quoted names and literals
 * kept whole (a quoted "CONCURRENTLY" is a name, not the keyword), words upper-cased.
 */
function tokenize(text, limit = Number.POSITIVE_INFINITY) {
    const tokens = [];
    let i = 0;
    while (i < text.length && tokens.length < limit) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '-' && text[i + 1] === '-') {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (c === '/' && text[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < text.length && depth > 0) {
                if (text.startsWith('/*', i))
                    (depth++, (i += 2));
                else if (text.startsWith('*/', i))
                    (depth--, (i += 2));
                else
                    i++;
            }
        }
        else if (c === "'" || c === '"') {
            let j = i + 1;
            while (j < text.length && !(text[j] === c && text[j + 1] !== c))
                j += text[j] === c ? 2 : 1;
            tokens.push(c === "'" ? `'${text.slice(i + 1, j).toUpperCase()}'` : '"');
            i = j + 1;
        }
        else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 64))) {
            const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))[0];
            const end = text.indexOf(tag, i + tag.length);
            tokens.push("'");
            i = end < 0 ? text.length : end + tag.length;
        }
        else {
            WORD.lastIndex = i;
            NUMBER.lastIndex = i;
            const m = WORD.exec(text) ?? NUMBER.exec(text);
            if (m) {
                tokens.push(m[0].toUpperCase());
                i += m[0].length;
            }
            else {
                tokens.push(c);
                i++;
            }
        }
    }
    return tokens;
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


/***/ })

};
