export const id = 411;
export const ids = [411,345,375,896];
export const modules = {

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ ensureEventsTable),
/* harmony export */   RP: () => (/* binding */ EVENTS_TABLE),
/* harmony export */   _P: () => (/* binding */ EVENTS_EXISTS_SQL),
/* harmony export */   gl: () => (/* binding */ eventsTable),
/* harmony export */   yM: () => (/* binding */ recordEvent)
/* harmony export */ });
/* unused harmony exports createEventsSql, insertEventSql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/**
 * The promotion's audit trail of decisions, beside the schema history: what was allowed and
 * why (a migration without a backup, an approval, a maintenance-window override, a flag
 * change). One row per decision; rows are only ever added.
 */
const EVENTS_TABLE = 'promotion_events';
const eventsTable = (schema) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(EVENTS_TABLE)}`;
function createEventsSql(schema) {
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)};
CREATE TABLE IF NOT EXISTS ${eventsTable(schema)} (
  id            bigserial   PRIMARY KEY,
  execution_id  uuid,
  at            timestamptz NOT NULL DEFAULT now(),
  actor         text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  event         text        NOT NULL,
  detail        jsonb       NOT NULL DEFAULT '{}'::jsonb
);`;
}
const EVENTS_EXISTS_SQL = 'SELECT to_regclass($1) IS NOT NULL AS present';
function insertEventSql(schema) {
    return `INSERT INTO ${eventsTable(schema)} (execution_id, actor, event, detail) VALUES ($1, $2, $3, $4::jsonb) RETURNING id::text`;
}
/**
 * Creates the table when missing; two runs racing to create it is fine. Call it before a
 * transaction that records an event: inside one, losing that race would abort the transaction.
 */
async function ensureEventsTable(client, historySchema) {
    const exists = await client.query(EVENTS_EXISTS_SQL, [eventsTable(historySchema)]);
    if (exists.rows[0]?.present)
        return;
    try {
        await client.query(createEventsSql(historySchema));
    }
    catch (err) {
        // 42P07/23505: another run created it between our probe and our CREATE.
        const code = err.code;
        if (code !== '42P07' && code !== '23505')
            throw err;
    }
}
/** Adds the row, creating the table first when missing. */
async function recordEvent(client, historySchema, event) {
    await ensureEventsTable(client, historySchema);
    const inserted = await client.query(insertEventSql(historySchema), [
        event.executionId ?? null,
        event.actor,
        event.event,
        JSON.stringify(event.detail ?? {}),
    ]);
    return inserted.rows[0].id;
}


/***/ }),

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

/***/ 6375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ connectClient),
  openSession: () => (/* binding */ openSession)
});

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/errors/connection-lost.ts
var connection_lost = __webpack_require__(1874);
;// CONCATENATED MODULE: ./src/db/database.ts

function databaseOf(client) {
    return {
        query: (text, values) => client.query(text, values),
        script: (text, onRow) => new Promise((resolve, reject) => {
            // pg.Query is the driver's public submittable; its 'row' events arrive before an error.
            const query = new esm/* default.Query */.Ay.Query(text);
            if (onRow)
                query.on('row', (row) => onRow(row));
            query.on('end', () => resolve());
            query.on('error', reject);
            client.query(query);
        }),
    };
}

// EXTERNAL MODULE: ./src/db/tls.ts
var db_tls = __webpack_require__(3467);
;// CONCATENATED MODULE: ./src/db/session.ts





const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the connection string, which may carry the password.
 */
async function openSession(target, applicationName) {
    const client = await connectClient(target, applicationName);
    let lostWith;
    // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
    client.on('error', (err) => {
        (0,connection_lost/* markConnectionLost */.ME)(err);
        lostWith = err;
    });
    const version = await client.query('SHOW server_version');
    return {
        client,
        db: databaseOf(client),
        target,
        serverVersion: version.rows[0]?.server_version ?? 'unknown',
        lost: () => lostWith,
        close: async () => {
            await client.end().catch(() => undefined);
        },
    };
}
/**
 * A connected client for the target, sslmode applied as libpq applies it: `prefer` tries TLS
 * and then, if the server refuses it or the attempt fails, a plain connection; `allow` the other
 * way round. A Unix socket never uses TLS.
 */
async function connectClient(target, applicationName, extra = {}) {
    const tls = target.host.startsWith('/') || target.ssl.mode === 'disable' ? undefined : (0,db_tls/* tlsOptions */.Y)(target);
    const mode = target.ssl.mode;
    const attempts = !tls ? [false] : mode === 'prefer' ? [tls, false] : mode === 'allow' ? [false, tls] : [tls];
    const failures = [];
    for (const ssl of attempts) {
        const client = new esm/* default.Client */.Ay.Client({
            host: target.hostaddr ?? target.host,
            port: target.port,
            user: target.user,
            database: target.database,
            // A function, so the driver never falls back to a password file of its own choosing.
            password: target.password ?? (() => Promise.reject(new NoPassword())),
            options: target.options,
            application_name: target.applicationName ?? applicationName,
            connectionTimeoutMillis: (target.connectTimeoutSeconds ?? CONNECT_TIMEOUT_MS / 1000) * 1000,
            ssl,
            ...extra,
        });
        client.on('error', () => undefined);
        try {
            await client.connect();
            return client;
        }
        catch (err) {
            await client.end().catch(() => undefined);
            failures.push({ ssl: ssl !== false, err });
            // Only the server's own answers are worth a second try: an unreachable server stays so.
            if (isNetworkError(err))
                break;
        }
    }
    throw connectionError(failures, target);
}
class NoPassword extends Error {
    constructor() {
        super('no password supplied');
    }
}
const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOENT']);
const isNetworkError = (err) => NETWORK.has(err.code ?? '') || /timeout/i.test(err?.message ?? '');
/** Every attempt's reason (prefer and allow make two), naming the target, never the string. */
function connectionError(all, target) {
    // prefer's TLS attempt against a server without TLS says nothing about why the plain one failed.
    const told = all.filter((f) => !/does not support SSL/i.test(f.err?.message ?? ''));
    const list = told.length > 0 ? told : all;
    const reasons = list.map((f) => describeConnectFailure(f.err, target));
    const reason = list.length > 1 ? list.map((f, i) => `${f.ssl ? 'with TLS' : 'without TLS'}: ${reasons[i]}`).join('; ') : reasons[0];
    const first = list.find((f) => f.err?.code && /^[0-9A-Z]{5}$/.test(f.err.code));
    return new promote_error/* ConnectionFailed */.GK(`cannot connect to ${target.display}: ${reason}`, {
        object: target.display,
        sqlstate: first?.err?.code,
    });
}
const UNTRUSTED = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED',
]);
function describeConnectFailure(e, target) {
    const setting = (k, value) => `${k}${value ? `=${value}` : ' (not set)'}${target.sources[k] ? ` from ${target.sources[k]}` : ''}`;
    if (e instanceof NoPassword) {
        return `the server asks for a password and none was given (in the connection string, PGPASSWORD or the password file${target.passfile ? ` ${target.passfile}` : ''})`;
    }
    const code = e.code ?? '';
    if (UNTRUSTED.has(code)) {
        return `the server's certificate is not trusted (${e.message}): check ${setting('sslrootcert', target.ssl.rootcert)}, or use sslmode=require to encrypt without verifying`;
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return `the server's certificate does not name host '${target.host}' (${e.message}): check host, or ${setting('sslmode', target.ssl.mode)} (verify-ca does not check the name)`;
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
        return `the server's certificate is not valid now (${e.message}): check sslrootcert and the server's certificate`;
    if (code === 'CERT_REVOKED')
        return `the server's certificate is revoked: see ${setting('sslcrl', target.ssl.crl)}`;
    if (/does not support SSL/i.test(e.message ?? '')) {
        return ['prefer', 'allow'].includes(target.ssl.mode) ? 'the server does not support TLS' : `the server does not support TLS, but ${setting('sslmode', target.ssl.mode)} requires it`;
    }
    if (/bad decrypt|PEM|key values mismatch|no start line/i.test(e.message ?? '')) {
        return `the client certificate or key cannot be used (${e.message}): check sslcert and sslkey`;
    }
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused (is the server running and accepting connections there?)';
        case 'ENOENT':
            return `no server socket in ${target.host} for port ${target.port} (is the server running, and is that its socket folder?)`;
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host '${target.host}' not found`;
        case 'ETIMEDOUT':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'server unreachable';
        case '28P01':
            return `password authentication failed for user '${target.user}'`;
        case '28000': {
            const server = (e.message ?? '').split('\n')[0];
            const certHint = /certificate/i.test(server ?? '') ? ' (check sslcert and sslkey)' : ' (check pg_hba.conf, the role and sslmode)';
            return `the server rejected user '${target.user}': ${server}${certHint}`;
        }
        case '3D000':
            return `database '${target.database}' does not exist`;
        case '53300':
            return 'the server has no free connection slots';
        default:
            break;
    }
    const message = e.message ?? String(e);
    if (/timeout/i.test(message))
        return `no answer within ${target.connectTimeoutSeconds ?? CONNECT_TIMEOUT_MS / 1000}s`;
    if (/SASL|password must be a string/i.test(message))
        return 'the server asks for a password and none was given';
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ systemRootFile),
/* harmony export */   Y: () => (/* binding */ tlsOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/** The system's trust store as one file, where OpenSSL's builds keep it (Debian, Red Hat, Alpine and macOS). */
const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/cert.pem'];
/**
 * sslrootcert=system as a file: what libpq 16+ reads for it, and what an older pg_dump can be
 * given instead (it would take "system" for a file name). Undefined: Node's own roots are used.
 */
const systemRootFile = () => SYSTEM_BUNDLES.find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
/**
 * libpq's sslmode for pg-promote's own driver. `require` (and `prefer`, `allow`) encrypt
 * without verifying, unless a root certificate file is known (given, or libpq's default
 * ~/.postgresql/root.crt, see connection-url.ts): then, as in libpq, the chain is verified as
 * with verify-ca. The fallbacks of `prefer` and `allow` are session.ts's business.
 */
function tlsOptions(target) {
    const { ssl } = target;
    const file = (keyword, name) => {
        if (name === undefined)
            return undefined;
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(name);
        }
        catch (err) {
            const why = err.code === 'ENOENT' ? 'does not exist' : `cannot be read (${err.message})`;
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${keyword} file "${name}" ${why}${target.sources[keyword] ? ` (set by ${target.sources[keyword]})` : ''}`, {
                key: keyword,
                file: name,
            });
        }
    };
    const options = {};
    const systemStore = ssl.rootcert === 'system';
    const systemFile = systemStore ? systemRootFile() : undefined;
    const ca = systemStore ? (systemFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(systemFile) : undefined) : file('sslrootcert', ssl.rootcert);
    const verify = ssl.mode === 'verify-ca' || ssl.mode === 'verify-full' || ca !== undefined;
    if (verify) {
        if (!ca && !systemStore) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`sslmode=${ssl.mode} needs a root certificate: set sslrootcert (or PGSSLROOTCERT) to the CA's file, or sslrootcert=system for the system's trusted roots`, { key: 'sslrootcert' });
        }
        if (ca)
            options.ca = ca;
        options.rejectUnauthorized = true;
        // With hostaddr, the driver dials the address: the certificate must still name the host.
        const expected = target.hostaddr ? target.host : undefined;
        options.checkServerIdentity =
            ssl.mode === 'verify-full' ? (host, cert) => node_tls__WEBPACK_IMPORTED_MODULE_1___default().checkServerIdentity(expected ?? host, cert) : () => undefined;
    }
    else {
        options.rejectUnauthorized = false;
    }
    const cert = file('sslcert', ssl.cert);
    if (cert) {
        if (!ssl.key)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('sslcert is set but sslkey is not: set sslkey (or PGSSLKEY) to the client key file', { key: 'sslkey' });
        const key = file('sslkey', ssl.key);
        refuseOpenKey(ssl.key);
        options.cert = cert;
        options.key = key;
        if (ssl.keyPassword)
            options.passphrase = ssl.keyPassword;
    }
    const crl = file('sslcrl', ssl.crl);
    if (crl && verify)
        options.crl = crl;
    return options;
}
/** libpq refuses a private key others may read; so do we, with its rule. */
function refuseOpenKey(name) {
    if (process.platform === 'win32')
        return;
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(name);
    const limit = stat.uid === 0 ? 0o037 : 0o077;
    if ((stat.mode & limit) !== 0) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`sslkey file "${name}" has group or world access; it must be u=rw (0600) or less, or u=rw,g=r (0640) or less if owned by root`, { key: 'sslkey', file: name });
    }
}


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  environmentsApply: () => (/* binding */ environmentsApply),
  gatesCheck: () => (/* binding */ gatesCheck),
  recordApprovals: () => (/* binding */ github_recordApprovals),
  signoffsCheck: () => (/* binding */ signoffsCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/approvals.ts

async function fetchApprovals(client, repo, runId, now = new Date()) {
    const { octokit } = client;
    const response = await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: repo.owner, repo: repo.repo, run_id: runId }));
    // One review may cover several environments (a reviewer can approve them together): one row each.
    const approvals = response.data.flatMap((review) => review.environments.map((env) => ({
        environment: env.name ?? String(env.id),
        state: review.state,
        user: review.user.login,
        comment: review.comment,
    })));
    return { repo: repo.full, runId, recordedAt: now.toISOString(), approvals };
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var db_session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/github/approvals-db.ts




/**
 * The sign-offs into the audit schema: one `signoff.<state>` event per environment review in
 * the promotion's events table (src/audit/events.ts), beside the schema history. All or none
 * are written, and a review already recorded for the run is not recorded twice, so re-running
 * the step after a failure leaves one row per sign-off. `schema` is the history table's: the
 * events table lives beside it.
 */
async function recordApprovals(target, schema, record) {
    const table = `${schema}.${events/* EVENTS_TABLE */.RP}`;
    const session = await (0,db_session.openSession)(target, 'pg-promote approvals');
    const { client } = session;
    let recorded = 0;
    try {
        await client.query('BEGIN');
        const already = await recordedBefore(client, schema, record);
        for (const approval of record.approvals) {
            if (already.has(identity(approval)))
                continue;
            await (0,events/* recordEvent */.yM)(client, schema, {
                actor: approval.user,
                event: `signoff.${approval.state}`,
                detail: {
                    environment: approval.environment,
                    state: approval.state,
                    comment: approval.comment,
                    repo: record.repo,
                    run_id: record.runId,
                    recorded_at: record.recordedAt,
                },
            });
            already.add(identity(approval));
            recorded++;
        }
        await client.query('COMMIT');
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        const e = err;
        throw new promote_error/* ConnectionFailed */.GK(`cannot record the sign-offs in ${table} on ${target.display}: ${e.message ?? String(err)}`, {
            sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
            object: table,
        });
    }
    finally {
        await session.close();
    }
    return { target: target.display, table, recorded };
}
function identity(a) {
    return JSON.stringify([a.environment, a.user, a.state, a.comment]);
}
/** The run's sign-offs already in the table (none when the table does not exist yet). */
async function recordedBefore(client, schema, record) {
    const qualified = `${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(schema)}.${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(events/* EVENTS_TABLE */.RP)}`;
    const present = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified]);
    if (!present.rows[0]?.present)
        return new Set();
    const rows = await client.query(`SELECT detail->>'environment' AS environment, actor AS user, detail->>'state' AS state, detail->>'comment' AS comment
       FROM ${qualified}
      WHERE event LIKE 'signoff.%' AND detail->>'repo' = $1 AND detail->>'run_id' = $2`, [record.repo, String(record.runId)]);
    return new Set(rows.rows.map(identity));
}

;// CONCATENATED MODULE: ./src/github/environment-state.ts

/** undefined when the environment does not exist (GitHub answers 404). */
async function readEnvironment(client, repo, name, options) {
    const { octokit } = client;
    const response = await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner: repo.owner, repo: repo.repo, environment_name: name }), 'undefined');
    if (!response)
        return undefined;
    const env = response.data;
    const state = {
        name: env.name,
        reviewersRule: false,
        reviewers: [],
        preventSelfReview: false,
        waitTimer: 0,
        branchPolicy: { kind: 'all' },
    };
    for (const rule of env.protection_rules ?? []) {
        if (rule.type === 'wait_timer' && 'wait_timer' in rule)
            state.waitTimer = rule.wait_timer ?? 0;
        if (rule.type === 'required_reviewers') {
            state.reviewersRule = true;
            if ('prevent_self_review' in rule)
                state.preventSelfReview = rule.prevent_self_review ?? false;
            const listed = 'reviewers' in rule ? (rule.reviewers ?? []) : [];
            for (const r of listed) {
                const who = r.reviewer;
                if (!r.type || who?.id === undefined)
                    continue;
                state.reviewers.push({ type: r.type, id: who.id, name: who.login ?? who.slug ?? String(who.id) });
            }
        }
    }
    const policy = env.deployment_branch_policy;
    if (policy?.protected_branches)
        state.branchPolicy = { kind: 'protected' };
    else if (policy?.custom_branch_policies) {
        const patterns = options.branchPatterns
            ? await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.paginate('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
                owner: repo.owner,
                repo: repo.repo,
                environment_name: env.name,
                per_page: 100,
            }))
            : [];
        state.branchPolicy = {
            kind: 'custom',
            patterns: patterns.flatMap((p) => (p.id !== undefined && p.name ? [{ id: p.id, name: p.name, type: p.type ?? 'branch' }] : [])),
        };
    }
    return state;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/yaml-source.ts
var yaml_source = __webpack_require__(2865);
;// CONCATENATED MODULE: ./src/github/environments-file.ts





/**
 * The environments file (`.github/pg-promote-environments.yml`): the repository's GitHub
 * environments, their reviewers and rules, as code. Unknown keys are errors, like
 * promotion.yml's: a misspelt `reviewer:` must not silently leave a sign-off unprotected.
 */
const DEFAULT_ENVIRONMENTS_FILE = '.github/pg-promote-environments.yml';
const MAX_FILE_BYTES = 256 * 1024;
// GitHub logins: letters, digits and single hyphens, at most 39; team slugs may name their org.
const login = schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/, 'must be a GitHub login');
const team = schemas/* string */.YjP()
    .regex(/^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be a team slug, or ORG/slug');
const reviewer = schemas/* strictObject */.rej({ user: login.optional(), team: team.optional() })
    .refine((r) => (r.user === undefined) !== (r.team === undefined), 'must be { user: LOGIN } or { team: SLUG }, one of the two');
const environment = schemas/* strictObject */.rej({
    // Letters, digits, '.', '_' and '-': the name goes into workflow files and URL paths as is.
    name: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/, "must be letters, digits, '.', '_' or '-' (at most 255)"),
    reviewers: schemas/* array */.YOg(reviewer).max(6, 'GitHub allows at most 6 reviewers per environment').default([]),
    prevent_self_review: schemas/* boolean */.zMY().default(false),
    wait_timer: schemas/* number */.aig().int().min(0).max(43200, 'must be at most 43200 minutes (30 days)').default(0),
    branches: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(255)).min(1, 'must list at least one branch pattern (or leave it out: every branch)').optional(),
    protected_branches: schemas/* boolean */.zMY().optional(),
})
    .refine((e) => !(e.branches && e.protected_branches), 'give either branches or protected_branches: true, not both');
const environmentsFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    environments: schemas/* array */.YOg(environment).min(1, 'must list at least one environment'),
});
/** Reads the file under root; `owner` is the default org of `team:` reviewers (the repository's). */
function loadEnvironmentsFile(root, written, owner) {
    const file = written ?? DEFAULT_ENVIRONMENTS_FILE;
    const abs = external_node_path_default().resolve(root, file);
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_FILE_BYTES)
            throw (0,promote_error/* configError */.Fj)(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, { file });
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        if (err.code === 'ENOENT') {
            throw (0,promote_error/* usageError */.Wp)(`environments file not found: ${file}`, { key: written === undefined ? undefined : '--file' });
        }
        throw (0,promote_error/* configError */.Fj)(`cannot read environments file: ${err.message}`, { file });
    }
    return parseEnvironmentsText(text, file, owner);
}
function parseEnvironmentsText(text, file, owner) {
    const { data, lineOf } = (0,yaml_source/* parseYamlSource */.W)(text, file, environmentsFileSchema);
    const fail = (message, at) => (0,promote_error/* configError */.Fj)(`${at.join('.')}: ${message}`, { file, line: lineOf(at), key: at.join('.') });
    // GitHub compares environment names without case: two spellings are one environment.
    const seen = new Map();
    data.environments.forEach((env, i) => {
        const earlier = seen.get(env.name.toLowerCase());
        if (earlier !== undefined)
            throw fail(`'${env.name}' is already environment ${earlier + 1} (names ignore case)`, ['environments', i, 'name']);
        seen.set(env.name.toLowerCase(), i);
    });
    const environments = data.environments.map((env, i) => {
        const reviewers = env.reviewers.map((r) => {
            if (r.user !== undefined)
                return { type: 'User', login: r.user };
            const [org, slug] = r.team.includes('/') ? r.team.split('/') : [owner, r.team];
            return { type: 'Team', org: org, slug: slug };
        });
        const keys = reviewers.map(reviewerLabel).map((k) => k.toLowerCase());
        const dup = keys.findIndex((k, j) => keys.indexOf(k) !== j);
        if (dup >= 0)
            throw fail(`${reviewerLabel(reviewers[dup])} is listed twice`, ['environments', i, 'reviewers', dup]);
        const branchPolicy = env.branches
            ? { kind: 'custom', patterns: [...new Set(env.branches)] }
            : env.protected_branches
                ? { kind: 'protected' }
                : { kind: 'all' };
        return { name: env.name, reviewers, preventSelfReview: env.prevent_self_review, waitTimer: env.wait_timer, branchPolicy };
    });
    return { file, environments, lineOf };
}
/** `user alice` or `team org/slug`: how reviewers appear in every message. */
function reviewerLabel(r) {
    return r.type === 'User' ? `user ${r.login}` : `team ${r.org}/${r.slug}`;
}
function branchPolicyLabel(policy) {
    if (policy.kind === 'all')
        return 'any branch';
    if (policy.kind === 'protected')
        return 'protected branches';
    return `branches ${policy.patterns.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/github/environments-apply.ts




async function applyEnvironments(client, options) {
    const { repo } = options;
    const file = loadEnvironmentsFile(options.root, options.file, repo.owner);
    const ids = await resolveReviewers(client, file);
    const plans = [];
    for (const spec of file.environments) {
        const reviewers = spec.reviewers.map((r) => ids.get(reviewerLabel(r)));
        const current = await readEnvironment(client, repo, spec.name, { branchPatterns: true });
        plans.push(planEnvironment({ spec, reviewers }, current));
    }
    if (!options.dryRun) {
        for (const [done, plan] of plans.entries()) {
            try {
                await execute(client, repo, plan);
            }
            catch (err) {
                // Say how far it got: the environments before this one are applied, and apply is idempotent.
                if (!(err instanceof promote_error/* PromoteError */.jG) || done === 0)
                    throw err;
                const note = ` (the ${done} environments before ${plan.desired.spec.name} were applied; fix this and apply again)`;
                throw (0,promote_error/* errorOfKind */.Oh)(err.kind, `${err.message}${note}`, err.context);
            }
        }
    }
    return {
        file: file.file,
        repo: repo.full,
        dryRun: options.dryRun,
        environments: plans.map((p) => p.report),
        changed: plans.filter((p) => p.report.action !== 'unchanged').length,
    };
}
/** Users and teams to ids, each looked up once; an unknown one names its line in the file. */
async function resolveReviewers(client, file) {
    const { octokit } = client;
    const ids = new Map();
    for (const [i, env] of file.environments.entries()) {
        for (const [j, r] of env.reviewers.entries()) {
            const label = reviewerLabel(r);
            if (ids.has(label))
                continue;
            const found = r.type === 'User'
                ? await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.none, () => octokit.request('GET /users/{username}', { username: r.login }), 'undefined')
                : await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readMembers, () => octokit.request('GET /orgs/{org}/teams/{team_slug}', { org: r.org, team_slug: r.slug }), 'undefined');
            if (!found) {
                const key = `environments.${i}.reviewers.${j}`;
                const hint = r.type === 'Team' ? ' (or the token lacks members: read on the organization)' : '';
                throw (0,promote_error/* configError */.Fj)(`${key}: ${label} does not exist on GitHub${hint}`, { file: file.file, line: file.lineOf(['environments', i, 'reviewers', j]), key });
            }
            ids.set(label, { type: r.type, id: Number(found.data.id), name: r.type === 'User' ? r.login : `${r.org}/${r.slug}` });
        }
    }
    return ids;
}
function planEnvironment(desired, current) {
    const { spec } = desired;
    // GitHub keeps prevent_self_review inside the reviewers rule: without reviewers it reads back false.
    const preventSelfReview = spec.preventSelfReview && desired.reviewers.length > 0;
    const was = current ?? { reviewersRule: false, reviewers: [], preventSelfReview: false, waitTimer: 0, branchPolicy: { kind: 'all' } };
    const changes = [];
    const change = (field, from, to) => {
        if (from !== to)
            changes.push({ field, from, to });
    };
    // Reviewers are the same when their ids are: GitHub names a team by slug, the file by org/slug.
    if (reviewerIds(was.reviewers) !== reviewerIds(desired.reviewers)) {
        changes.push({ field: 'reviewers', from: reviewersText(was.reviewers), to: reviewersText(desired.reviewers) });
    }
    change('prevent_self_review', onOff(was.preventSelfReview), onOff(preventSelfReview));
    change('wait_timer', `${was.waitTimer} min`, `${spec.waitTimer} min`);
    change('branch_policy', policyText(was.branchPolicy), policyText(spec.branchPolicy));
    const put = current === undefined || changes.length > 0;
    const patternsNow = was.branchPolicy.kind === 'custom' ? was.branchPolicy.patterns.filter((p) => p.type === 'branch') : [];
    const wanted = spec.branchPolicy.kind === 'custom' ? spec.branchPolicy.patterns : [];
    const addPatterns = wanted.filter((name) => !patternsNow.some((p) => p.name === name));
    // Patterns only need deleting while the policy stays custom: leaving custom drops them all.
    const removePatterns = spec.branchPolicy.kind === 'custom' ? patternsNow.filter((p) => !wanted.includes(p.name)) : [];
    if (addPatterns.length > 0 || removePatterns.length > 0) {
        change('branches', patternsNow.map((p) => p.name).join(', ') || '(none)', wanted.join(', '));
    }
    const action = current === undefined ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
    return { desired, current, report: { environment: spec.name, action, changes }, put, addPatterns, removePatterns };
}
async function execute(client, repo, plan) {
    const { octokit } = client;
    const { spec, reviewers } = plan.desired;
    const where = { owner: repo.owner, repo: repo.repo, environment_name: spec.name };
    if (plan.put) {
        await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.administer, () => octokit.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
            ...where,
            wait_timer: spec.waitTimer,
            prevent_self_review: spec.preventSelfReview,
            // The PUT replaces the rules: reviewers left out would be removed, so always send them.
            reviewers: reviewers.length > 0 ? reviewers.map((r) => ({ type: r.type, id: r.id })) : null,
            deployment_branch_policy: branchPolicyBody(spec.branchPolicy),
        }));
    }
    for (const pattern of plan.removePatterns) {
        await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.administer, () => octokit.request('DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}', {
            ...where,
            branch_policy_id: pattern.id,
        }));
    }
    for (const name of plan.addPatterns) {
        await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.administer, () => octokit.request('POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { ...where, name, type: 'branch' }));
    }
}
function branchPolicyBody(policy) {
    if (policy.kind === 'all')
        return null;
    return { protected_branches: policy.kind === 'protected', custom_branch_policies: policy.kind === 'custom' };
}
/** Sorted so that order in the file or in GitHub's answer is never a difference. */
function reviewerIds(reviewers) {
    return reviewers
        .map((r) => `${r.type}:${r.id}`)
        .sort()
        .join(',');
}
function reviewersText(reviewers) {
    if (reviewers.length === 0)
        return '(none)';
    return reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`).sort().join(', ');
}
function policyText(policy) {
    // Patterns are compared separately ('branches'); here only the kind of policy matters.
    return policy.kind === 'custom' ? 'selected branches' : branchPolicyLabel(policy);
}
function onOff(value) {
    return value ? 'on' : 'off';
}

;// CONCATENATED MODULE: ./src/github/gates-check.ts


async function checkGates(client, repo, names, targets = []) {
    const gates = [];
    for (const name of targets)
        gates.push(await checkTarget(client, repo, name));
    for (const name of names) {
        const env = await readEnvironment(client, repo, name, { branchPatterns: false });
        if (!env) {
            gates.push({
                environment: name,
                ok: false,
                exists: false,
                reviewers: [],
                preventSelfReview: false,
                waitTimer: 0,
                problem: `environment '${name}' does not exist in ${repo.full}; a job naming it would create it unprotected (create it with pg-promote environments apply)`,
                warnings: [],
            });
            continue;
        }
        const reviewers = env.reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`);
        const problem = reviewers.length === 0
            ? `environment '${name}' has no required reviewers, so its gate would pass without a sign-off (add reviewers in the environments file and apply it)`
            : undefined;
        const warnings = [];
        if (reviewers.length > 0 && !env.preventSelfReview)
            warnings.push(`'${name}': whoever starts the run may approve it themselves (prevent_self_review is off)`);
        gates.push({ environment: name, ok: !problem, exists: true, reviewers, preventSelfReview: env.preventSelfReview, waitTimer: env.waitTimer, problem, warnings });
    }
    return { repo: repo.full, ok: gates.every((g) => g.ok), gates };
}
/**
 * A target environment holds a database credential. Without a rule of its own (required
 * reviewers, or deployments only from chosen branches) a workflow pushed on any branch could
 * name it and read the credential past every sign-off.
 */
async function checkTarget(client, repo, name) {
    const env = await readEnvironment(client, repo, name, { branchPatterns: false });
    const base = { environment: name, reviewers: [], preventSelfReview: false, waitTimer: 0, warnings: [] };
    if (!env) {
        return { ...base, ok: false, exists: false, problem: `target environment '${name}' does not exist in ${repo.full}; create it with its secrets and a protection rule (pg-promote environments apply)` };
    }
    const reviewers = env.reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`);
    const ruled = reviewers.length > 0 || env.branchPolicy.kind !== 'all';
    const problem = ruled
        ? undefined
        : `target environment '${name}' has no protection rule: a workflow on any branch could read its credential without a sign-off (give it branches: [main] in the environments file and apply it)`;
    return { ...base, ok: !problem, exists: true, reviewers, preventSelfReview: env.preventSelfReview, waitTimer: env.waitTimer, problem };
}
/** One error for the run, naming every gate that cannot hold a sign-off. */
function gatesError(report) {
    const bad = report.gates.filter((g) => !g.ok);
    if (bad.length === 0)
        return undefined;
    const names = bad.map((g) => g.environment).join(', ');
    return new promote_error/* CheckFailed */.EC(`${bad.length} of ${report.gates.length} gate environments cannot hold a sign-off: ${names}`, {
        object: names,
    });
}

;// CONCATENATED MODULE: ./src/github/signoffs-check.ts



async function checkSignoffs(client, repo, runId, rules) {
    const now = rules.now ?? new Date();
    const names = rules.environments;
    const unreadable = (what) => (err) => {
        const message = err instanceof Error ? err.message : String(err);
        const kind = err instanceof promote_error/* PromoteError */.jG ? err.kind : 'connection';
        // Fail closed: no sign-off counts when the run cannot be read.
        throw (0,promote_error/* errorOfKind */.Oh)(kind, `cannot read ${what} of run ${runId}, so the sign-offs ${names.join(', ')} cannot be confirmed: ${message}`, {
            object: names.join(', '),
            key: 'github-token',
        });
    };
    const { octokit } = client;
    const where = { owner: repo.owner, repo: repo.repo, run_id: runId };
    const run = await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', where)).catch(unreadable('the workflow run'));
    const startedBy = [...new Set([run.data.actor?.login, run.data.triggering_actor?.login].filter((l) => Boolean(l)))];
    if (startedBy.length === 0)
        unreadable('who started')(new Error('GitHub named no actor'));
    const { approvals } = await fetchApprovals(client, repo, runId).catch(unreadable('the approvals'));
    const jobs = (await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { ...where, filter: 'all', per_page: 100 })).catch(unreadable('the jobs'))).map((j) => ({ name: j.name, conclusion: j.conclusion, startedAt: j.started_at, attempt: j.run_attempt ?? 1 }));
    const lower = (s) => s.toLowerCase();
    const approversOf = new Map();
    for (const name of names) {
        const who = approvals.filter((a) => a.state === 'approved' && lower(a.environment) === lower(name)).map((a) => a.user);
        approversOf.set(name, [...new Set(who)].sort());
    }
    const signoffs = names.map((environment) => {
        const approvers = approversOf.get(environment) ?? [];
        const problems = [];
        const gate = latestGate(jobs, environment);
        if (approvers.length === 0)
            problems.push(`no approval of '${environment}' in run ${runId}`);
        if (!gate)
            problems.push(`no completed gate job named '${environment}' in run ${runId}, so when it was approved is unknown`);
        const self = approvers.filter((a) => startedBy.some((s) => lower(s) === lower(a)));
        if (self.length > 0)
            problems.push(`approved by ${self.join(', ')}, who started the run`);
        // Across attempts the history does not say which review counted: every approver of this
        // environment must differ from every approver of the others.
        for (const other of names) {
            if (other === environment)
                continue;
            const both = approvers.filter((a) => (approversOf.get(other) ?? []).some((b) => lower(b) === lower(a)));
            if (both.length > 0)
                problems.push(`${both.join(', ')} also approved '${other}': each sign-off needs a different person`);
        }
        let approvedAt;
        if (gate?.startedAt) {
            approvedAt = gate.startedAt;
            const age = now.getTime() - Date.parse(gate.startedAt);
            if (!(age <= rules.maxAgeMs)) {
                problems.push(`approved ${hours(age)} ago, more than the ${hours(rules.maxAgeMs)} allowed: re-run all jobs to ask for fresh sign-offs`);
            }
        }
        return { environment, ok: problems.length === 0, approvers, approvedAt, problem: problems.length ? `'${environment}': ${problems.join('; ')}` : undefined };
    });
    return { repo: repo.full, runId, startedBy, maxAgeMs: rules.maxAgeMs, ok: signoffs.every((s) => s.ok), signoffs };
}
/** The latest successful gate job of an environment (a re-run's gate replaces the first's). */
function latestGate(jobs, environment) {
    const mine = jobs.filter((j) => j.conclusion === 'success' && j.startedAt && j.name.trim().split(/\s+/).pop()?.toLowerCase() === environment.toLowerCase());
    return mine.sort((a, b) => b.attempt - a.attempt || Date.parse(b.startedAt) - Date.parse(a.startedAt))[0];
}
function hours(ms) {
    const h = ms / 3_600_000;
    return h >= 1 ? `${Number(h.toFixed(1))} h` : `${Math.max(0, Math.round(ms / 60_000))} min`;
}
/** One error for the run, naming every sign-off that does not hold. */
function signoffsError(report) {
    const bad = report.signoffs.filter((s) => !s.ok);
    if (bad.length === 0)
        return undefined;
    return new promote_error/* CheckFailed */.EC(`${bad.length} of ${report.signoffs.length} sign-offs do not hold for run ${report.runId}: ${bad.map((s) => s.problem).join(' | ')}`, {
        object: bad.map((s) => s.environment).join(', '),
    });
}

// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/github.ts











/**
 * The GitHub commands' bodies: the repository's environments and a run's sign-offs, read (and
 * for environments apply, written) through the REST API. The token comes from the environment
 * (the action puts its github-token input there) and goes into the client only.
 */
const client = (ctx) => (0,github_client/* githubClient */.$f)(ctx.options.env ?? process.env);
const github = (ctx) => ctx.options.github;
async function gatesCheck(ctx) {
    const { repo, environments = [], targets = [] } = github(ctx);
    const report = await checkGates(client(ctx), repo, environments, targets);
    return (0,outcome/* endWith */.qZ)({ repo: report.repo, gates: report.gates }, gatesError(report));
}
async function signoffsCheck(ctx) {
    const { repo, runId, environments = [], maxAgeMs } = github(ctx);
    const report = await checkSignoffs(client(ctx), repo, runId, { environments, maxAgeMs: maxAgeMs });
    return (0,outcome/* endWith */.qZ)({ repo: report.repo, runId: report.runId, startedBy: report.startedBy, maxAgeMs: report.maxAgeMs, signoffs: report.signoffs }, signoffsError(report));
}
async function github_recordApprovals(ctx) {
    const { repo, runId, out } = github(ctx);
    const { databaseUrl, root, env } = ctx.options;
    const target = databaseUrl === undefined ? undefined : (0,connection_url/* parseDatabaseUrl */.mx)(databaseUrl, '--database-url', env);
    const record = await fetchApprovals(client(ctx), repo, runId);
    const report = { repo: record.repo, runId: record.runId, recordedAt: record.recordedAt, approvals: record.approvals };
    const file = out === undefined ? undefined : external_node_path_default().resolve(root, out);
    if (out !== undefined)
        report.out = out;
    // The file first: the report gets its sign-offs even when the database cannot be reached.
    return (0,outcome/* reporting */.vR)(report, async () => {
        if (file)
            writeJson(file, record);
        if (!target)
            return;
        // A repository without a config records into the default history schema.
        const schema = (0,load/* historyTableOf */.ac)({ root, configPath: ctx.options.configPath }).schema;
        record.database = await recordApprovals(target, schema, record);
        ctx.envelope.database = { target: target.display, database: target.database };
        report.recorded = { table: record.database.table, recorded: record.database.recorded };
        if (file)
            writeJson(file, record);
    });
}
async function environmentsApply(ctx) {
    const { repo, file } = github(ctx);
    return applyEnvironments(client(ctx), { root: ctx.options.root, file, repo, dryRun: ctx.options.dryRun ?? false });
}
function writeJson(file, value) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ markConnectionLost),
/* harmony export */   R8: () => (/* binding */ sqlstateOf),
/* harmony export */   pb: () => (/* binding */ isConnectionLost)
/* harmony export */ });
/**
 * A lost connection is recognised by what the driver or server says about it, never by message
 * text: a SQLSTATE of class 08 (connection exception) or 57P01-57P03 (the server shut the
 * backend down), a socket's errno, or the very error the session saw end its connection.
 */
const LOST_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const LOST_ERRNOS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);
// pg hands the error that ended a connection both to the client's 'error' event and (a tick
// later) to every query still waiting: marking it on the event marks it for those queries too.
const ended = new WeakSet();
/** Called by the session when its connection ends under it. */
function markConnectionLost(err) {
    if (typeof err === 'object' && err !== null)
        ended.add(err);
}
function sqlstateOf(err) {
    const code = err?.code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
function isConnectionLost(err) {
    if (typeof err !== 'object' || err === null)
        return false;
    if (ended.has(err))
        return true;
    const code = err.code;
    if (typeof code !== 'string')
        return false;
    return code.startsWith('08') || LOST_SQLSTATES.has(code) || LOST_ERRNOS.has(code);
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   oC: () => (/* binding */ PERMISSION)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);



function githubClient(env) {
    const token = env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('not set: give a token that can read the repository (environments apply: one that can administer it)', {
            key: 'GITHUB_TOKEN',
        });
    }
    const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/.test(baseUrl))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`GITHUB_API_URL must be an http(s) URL, not '${baseUrl}'`, { key: 'GITHUB_API_URL' });
    return { octokit: (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl }), baseUrl, token };
}
/** What the token needs for each kind of call, named in 403 and 404 messages. */
const PERMISSION = {
    readActions: 'actions: read',
    administer: 'administration: write (the workflow GITHUB_TOKEN cannot have it: use a GitHub App or fine-grained token)',
    readMembers: 'members: read on the organization',
    /** Public data (users): a 403 there is the rate limit, handled before permissions are named. */
    none: 'no particular permission',
};
async function api(permission, call, missing) {
    try {
        return await call();
    }
    catch (err) {
        const e = err;
        if (missing && e.status === 404 && e.response)
            return undefined;
        throw apiError(e, permission);
    }
}
function apiError(e, permission) {
    const endpoint = endpointOf(e);
    if (!e.response) {
        // No answer at all: octokit calls a network failure 500; say what actually happened.
        return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${endpoint}: no answer from the GitHub API (${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(e.message ?? 'unknown error')})`, {
            key: 'GITHUB_API_URL',
        });
    }
    const said = githubMessage(e.response.data);
    const answered = `${endpoint} answered ${e.status}${said ? ` (${said})` : ''}`;
    switch (e.status) {
        case 401:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: GitHub rejected the token; check GITHUB_TOKEN`, { key: 'GITHUB_TOKEN' });
        case 403:
        case 429:
            // GitHub answers an exhausted rate limit with 403 (or 429): not a permission problem.
            if (e.status === 429 || String(e.response.headers?.['x-ratelimit-remaining']) === '0') {
                return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: the API rate limit is used up; try again after it resets`);
            }
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: the token lacks ${permission}`, { key: 'GITHUB_TOKEN' });
        case 404:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: not found, or the token cannot see it (it needs ${permission})`, {
                key: 'GITHUB_TOKEN',
            });
        case 422:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${answered}: GitHub refused the request`);
        default:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionFailed */ .GK(`${answered}: try again later`);
    }
}
function endpointOf(e) {
    const method = e.request?.method ?? 'request';
    try {
        return `${method} ${decodeURIComponent(new URL(e.request?.url ?? '').pathname)}`;
    }
    catch {
        return `${method} (unknown URL)`;
    }
}
function githubMessage(data) {
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    return typeof message === 'string' ? (0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(message).slice(0, 200) : '';
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
