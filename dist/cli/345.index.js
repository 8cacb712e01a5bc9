export const id = 345;
export const ids = [345,896];
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
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3245);















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

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   nk: () => (/* binding */ assertInsideRealRoot),
/* harmony export */   qo: () => (/* binding */ resolveRepoPath)
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
/** Whether `abs` is `root` or lies below it (by path; links are not resolved). */
function isInside(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    return !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
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

/***/ 7464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   QJ: () => (/* binding */ skipDigits),
/* harmony export */   TB: () => (/* binding */ DQUOTE),
/* harmony export */   V0: () => (/* binding */ isIdentCont),
/* harmony export */   cv: () => (/* binding */ skipBlockComment),
/* harmony export */   er: () => (/* binding */ skipQuoted),
/* harmony export */   fv: () => (/* binding */ dollarDelimiterAt),
/* harmony export */   hr: () => (/* binding */ DOLLAR),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   ni: () => (/* binding */ isIdentStart),
/* harmony export */   oP: () => (/* binding */ asciiUpper),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   xC: () => (/* binding */ isSpace),
/* harmony export */   yp: () => (/* binding */ isDigit)
/* harmony export */ });
/**
 * The character classes and skips of psql's lexer (psqlscan.l) that both the statement splitter
 * and the statement tokenizer use, on UTF-16 code units.
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
// toUpperCase() alone would also change non-ASCII letters, which the server leaves alone.
function asciiUpper(word) {
    return /[^\x00-\x7f]/.test(word) ? word.replace(/[a-z]+/g, (s) => s.toUpperCase()) : word.toUpperCase();
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


/***/ }),

/***/ 7515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ noTransactionStatement)
});

// UNUSED EXPORTS: NO_TRANSACTION_STATEMENTS

// EXTERNAL MODULE: ./src/sql/lexer-rules.ts
var lexer_rules = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/sql/statement-tokens.ts

/**
 * The tokens of one statement, lexed as the splitter lexes (E'' strings with backslash
 * escapes, U&'' strings, nested comments, dollar quotes): words upper-cased, a string literal
 * as `'` + its upper-cased text + `'`, a quoted name as `"`, a dollar-quoted body as `'`, a
 * number as its digits, anything else one character each. Stops after `limit` tokens.
 */
function statementTokens(sql, limit = Number.POSITIVE_INFINITY) {
    const tokens = [];
    const n = sql.length;
    let i = 0;
    while (i < n && tokens.length < limit) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        let after;
        if ((0,lexer_rules/* isSpace */.xC)(c)) {
            i++;
            continue;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== lexer_rules.LF && sql.charCodeAt(i) !== lexer_rules.CR)
                i++;
            continue;
        }
        else if (c === 0x2f && next === 0x2a) {
            after = (0,lexer_rules/* skipBlockComment */.cv)(sql, i);
            i = after < 0 ? n : after;
            continue;
        }
        else if (c === lexer_rules/* QUOTE */.jA || ((c === 0x45 || c === 0x65) && next === lexer_rules/* QUOTE */.jA)) {
            const from = c === lexer_rules/* QUOTE */.jA ? i + 1 : i + 2;
            after = (0,lexer_rules/* skipQuoted */.er)(sql, from, lexer_rules/* QUOTE */.jA, c !== lexer_rules/* QUOTE */.jA);
            tokens.push(`'${(0,lexer_rules/* asciiUpper */.oP)(sql.slice(from, after < 0 ? n : after - 1))}'`);
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === lexer_rules/* QUOTE */.jA || sql.charCodeAt(i + 2) === lexer_rules/* DQUOTE */.TB)) {
            const quote = sql.charCodeAt(i + 2);
            after = (0,lexer_rules/* skipQuoted */.er)(sql, i + 3, quote, false);
            tokens.push(quote === lexer_rules/* QUOTE */.jA ? `'${(0,lexer_rules/* asciiUpper */.oP)(sql.slice(i + 3, after < 0 ? n : after - 1))}'` : '"');
        }
        else if (c === lexer_rules/* DQUOTE */.TB) {
            after = (0,lexer_rules/* skipQuoted */.er)(sql, i + 1, lexer_rules/* DQUOTE */.TB, false);
            tokens.push('"');
        }
        else if (c === lexer_rules/* DOLLAR */.hr && !(0,lexer_rules/* isDigit */.yp)(next) && (0,lexer_rules/* dollarDelimiterAt */.fv)(sql, i) !== undefined) {
            const delimiter = (0,lexer_rules/* dollarDelimiterAt */.fv)(sql, i);
            const close = sql.indexOf(delimiter, i + delimiter.length);
            after = close < 0 ? n : close + delimiter.length;
            tokens.push("'");
        }
        else if ((0,lexer_rules/* isIdentStart */.ni)(c)) {
            after = i + 1;
            while (after < n && (0,lexer_rules/* isIdentCont */.V0)(sql.charCodeAt(after)))
                after++;
            tokens.push((0,lexer_rules/* asciiUpper */.oP)(sql.slice(i, after)));
        }
        else if ((0,lexer_rules/* isDigit */.yp)(c)) {
            after = i;
            while (after < n && ((0,lexer_rules/* isDigit */.yp)(sql.charCodeAt(after)) || sql.charCodeAt(after) === 0x2e))
                after++;
            tokens.push(sql.slice(i, after));
        }
        else {
            after = i + 1;
            tokens.push(sql[i]);
        }
        i = after < 0 ? n : after;
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/sql/no-transaction.ts

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
        starts: ['CREATE INDEX', 'CREATE UNIQUE'],
        setup: 'CREATE TABLE nt_t (a int)',
        example: 'CREATE INDEX CONCURRENTLY nt_i ON nt_t (a)',
        matches: (t) => t[0] === 'CREATE' && (t[1] === 'INDEX' ? t[2] === 'CONCURRENTLY' : t[1] === 'UNIQUE' && t[2] === 'INDEX' && t[3] === 'CONCURRENTLY'),
    },
    {
        name: 'DROP INDEX CONCURRENTLY',
        starts: ['DROP INDEX'],
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'DROP INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'DROP' && t[1] === 'INDEX' && t[2] === 'CONCURRENTLY',
    },
    {
        name: 'REINDEX CONCURRENTLY',
        starts: ['REINDEX'],
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'REINDEX INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'REINDEX' && reindexParts(t).concurrently,
    },
    {
        name: 'REINDEX SCHEMA, DATABASE or SYSTEM',
        starts: ['REINDEX'],
        example: 'REINDEX SCHEMA public',
        matches: (t) => t[0] === 'REINDEX' && word(reindexParts(t).kind, 'SCHEMA', 'DATABASE', 'SYSTEM'),
    },
    {
        name: 'VACUUM',
        starts: ['VACUUM'],
        example: 'VACUUM',
        matches: (t) => t[0] === 'VACUUM',
    },
    {
        name: 'CLUSTER of every clustered table',
        starts: ['CLUSTER'],
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
        starts: ['ALTER TABLE'],
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
        starts: ['CREATE DATABASE'],
        example: 'CREATE DATABASE nt_db',
        matches: (t) => t[0] === 'CREATE' && t[1] === 'DATABASE',
    },
    {
        name: 'DROP DATABASE',
        starts: ['DROP DATABASE'],
        example: 'DROP DATABASE IF EXISTS nt_db',
        matches: (t) => t[0] === 'DROP' && t[1] === 'DATABASE',
    },
    {
        name: 'ALTER DATABASE ... SET TABLESPACE',
        starts: ['ALTER DATABASE'],
        setup: 'CREATE DATABASE nt_alter_db',
        example: 'ALTER DATABASE nt_alter_db SET TABLESPACE pg_default',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'DATABASE' && t[3] === 'SET' && t[4] === 'TABLESPACE',
    },
    {
        name: 'CREATE TABLESPACE',
        starts: ['CREATE TABLESPACE'],
        example: "CREATE TABLESPACE nt_ts LOCATION '/nonexistent'",
        matches: (t) => t[0] === 'CREATE' && t[1] === 'TABLESPACE',
    },
    {
        name: 'DROP TABLESPACE',
        starts: ['DROP TABLESPACE'],
        example: 'DROP TABLESPACE IF EXISTS nt_ts',
        matches: (t) => t[0] === 'DROP' && t[1] === 'TABLESPACE',
    },
    {
        name: 'ALTER SYSTEM',
        starts: ['ALTER SYSTEM'],
        // A name that is no setting: outside a transaction it fails harmlessly (42704).
        example: 'ALTER SYSTEM RESET pg_promote_never_a_setting',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'SYSTEM',
    },
    {
        name: 'DISCARD ALL',
        starts: ['DISCARD ALL'],
        example: 'DISCARD ALL',
        matches: (t) => t[0] === 'DISCARD' && t[1] === 'ALL',
    },
    {
        name: 'CREATE SUBSCRIPTION ... WITH (create_slot = true)',
        starts: ['CREATE SUBSCRIPTION'],
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
    if (!mayNeedNoTransaction(text))
        return undefined;
    let tokens = statementTokens(text, HEAD_TOKENS);
    if (!FIRST_WORDS.has(tokens[0] ?? ''))
        return undefined;
    const deep = (tokens[0] === 'ALTER' && tokens[1] === 'TABLE' && /detach/i.test(text)) || (tokens[0] === 'CREATE' && tokens[1] === 'SUBSCRIPTION');
    if (deep)
        tokens = statementTokens(text);
    return NO_TRANSACTION_STATEMENTS.find((s) => s.matches(tokens));
}
const HEAD_TOKENS = 24;
const STARTS = NO_TRANSACTION_STATEMENTS.flatMap((s) => s.starts);
const FIRST_WORDS = new Set(STARTS.map((start) => start.split(' ')[0]));
/** First words an entry names alone: whatever follows them, the statement is lexed. */
const ANY_SECOND = new Set(STARTS.filter((start) => !start.includes(' ')));
const TWO_WORD_STARTS = new Set(STARTS.filter((start) => start.includes(' ')));
// Two ASCII identifiers at the very start, each ending where an identifier must end; anything
// else (a comment between the words, a quoted name) goes to the lexer.
const HEAD = /^([A-Za-z_][\w$]*)(?![\w$\x80-\uffff])(?:\s+([A-Za-z_][\w$]*)(?![\w$\x80-\uffff]))?/;
function mayNeedNoTransaction(text) {
    const head = HEAD.exec(text);
    if (!head)
        return true;
    const first = head[1].toUpperCase();
    if (!FIRST_WORDS.has(first))
        return false;
    return ANY_SECOND.has(first) || head[2] === undefined || TWO_WORD_STARTS.has(`${first} ${head[2].toUpperCase()}`);
}


/***/ })

};
