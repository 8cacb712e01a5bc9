export const id = 943;
export const ids = [943];
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

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ shownPath),
/* harmony export */   SF: () => (/* binding */ dirError),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   b$: () => (/* binding */ isDiskFull),
/* harmony export */   d0: () => (/* binding */ prepareBackupDir),
/* harmony export */   ev: () => (/* binding */ manifestPathFor),
/* harmony export */   iE: () => (/* binding */ stamp),
/* harmony export */   jC: () => (/* binding */ safeName),
/* harmony export */   l6: () => (/* binding */ DUMP_SUFFIXES),
/* harmony export */   pS: () => (/* binding */ backupNames),
/* harmony export */   zm: () => (/* binding */ PartialOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);





function dirError(dir, message) {
    return (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .errorOfKind */ .Oh)(dir.kind, message, { key: dir.key, file: dir.shown });
}
/** "2026-11-24T10:15:00.123Z" -> "20261124_101500Z", the runbook's date +%Y%m%d_%H%M%S in UTC. */
function stamp(at) {
    return `${at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '_')}Z`;
}
/** Database names may hold anything; file names get letters, digits, '.', '_' and '-' only. */
function safeName(database) {
    return database.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'database';
}
const DUMP_SUFFIXES = ['.dump.enc', '.dump', '.dir'];
function backupNames(database, at, format, encrypted) {
    const base = `${safeName(database)}_${stamp(at)}`;
    const suffix = format === 'directory' ? '.dir' : encrypted ? '.dump.enc' : '.dump';
    return { dump: `${base}${suffix}`, manifest: `${base}.manifest.json` };
}
/** The manifest beside a dump: production_20261124_101500Z.dump -> production_20261124_101500Z.manifest.json. */
function manifestPathFor(dumpPath) {
    const trimmed = dumpPath.replace(/[/\\]+$/, '');
    const suffix = DUMP_SUFFIXES.find((s) => trimmed.endsWith(s));
    return `${suffix ? trimmed.slice(0, -suffix.length) : trimmed}.manifest.json`;
}
function describeFsError(err) {
    const e = err;
    switch (e.code) {
        case 'EACCES':
        case 'EPERM':
            return 'no write access';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
        case 'EFBIG':
        case 'EDQUOT':
            return 'the disk is full or the file size limit was reached';
        case 'ENOTDIR':
        case 'EEXIST':
            return 'a file is in the way of the folder';
        default:
            return e.message ?? String(e);
    }
}
const isDiskFull = (err) => ['ENOSPC', 'EFBIG', 'EDQUOT'].includes(err.code ?? '');
/** Creates the folder and proves it can be written to, before anything is dumped. */
async function prepareBackupDir(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir.abs, { recursive: true, mode: 0o700 });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir.abs).isDirectory())
            throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    }
    catch (err) {
        throw dirError(dir, `cannot create the backup folder: ${describeFsError(err)}`);
    }
    const probe = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir.abs, `.pg-promote-write-test-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(probe, 'wx', 0o600);
        await handle.close();
    }
    catch (err) {
        throw dirError(dir, `cannot write to the backup folder: ${describeFsError(err)}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(probe, { force: true });
    }
}
/**
 * A file or folder being written. Removed on every failure path, including Ctrl-C and
 * SIGTERM (a cancelled CI job), so nothing half-written is left under a name that looks final.
 */
class PartialOutput {
    finalPath;
    kind;
    tempPath;
    onSignal;
    done = false;
    constructor(finalPath, kind) {
        this.finalPath = finalPath;
        this.kind = kind;
        this.tempPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(finalPath), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(finalPath)}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
        this.onSignal = (signal) => {
            this.removeNow();
            PartialOutput.unregister(this.onSignal);
            // Our handler replaced the default action; re-raise so the process still ends as asked.
            if (process.listenerCount(signal) === 0)
                process.kill(process.pid, signal);
        };
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    static unregister(handler) {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
    }
    removeNow() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.tempPath, { recursive: true, force: true });
    }
    /** Renames into place; refuses to replace an existing backup. */
    async commit() {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(this.finalPath)) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('already exists; an earlier backup is never replaced', { file: this.finalPath });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(this.tempPath, this.finalPath);
        this.done = true;
        PartialOutput.unregister(this.onSignal);
    }
    async discard() {
        PartialOutput.unregister(this.onSignal);
        if (this.done)
            return;
        this.done = true;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.tempPath, { recursive: true, force: true });
    }
}
/** Paths in messages and results: relative to the repository root when inside it. */
function shownPath(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, abs);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/') : abs;
}


/***/ }),

/***/ 6253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ countRows),
/* harmony export */   KR: () => (/* binding */ dumpedObjects),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   QE: () => (/* binding */ tableRows),
/* harmony export */   S3: () => (/* binding */ DUMPED_SCHEMAS_SQL),
/* harmony export */   bw: () => (/* binding */ EXPORT_SNAPSHOT_SQL),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   v8: () => (/* binding */ describeObject),
/* harmony export */   vK: () => (/* binding */ systemIdentifier),
/* harmony export */   zI: () => (/* binding */ serverState)
/* harmony export */ });
/* unused harmony exports DUMPED_OBJECTS_SQL, SERVER_STATE_SQL, SYSTEM_IDENTIFIER_SQL */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/**
 * What the live database holds that a dump must hold too: every table, view and policy
 * outside the system schemas (members of extensions excepted: pg_dump leaves those to
 * CREATE EXTENSION), with the OIDs pg_restore --list prints, so names never need parsing.
 */
/**
 * The schemas a dump takes: not the system's, not an extension's, within backup.schemas ($1,
 * null for all) and outside backup.exclude_schemas ($2). The pre-flight checks the same set.
 */
const DUMPED_SCHEMAS_SQL = `
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
    AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[])) AND NOT n.nspname = ANY($2::text[])
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')`;
const DUMPED_OBJECTS_SQL = `
WITH user_ns AS (${DUMPED_SCHEMAS_SQL}
), rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples
  FROM pg_catalog.pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT CASE WHEN relkind IN ('r', 'p') THEN 'table' ELSE 'view' END AS kind,
       'pg_class' AS catalog, oid::int8::text AS oid, nspname AS schema, relname AS name, NULL::text AS policy,
       relkind::text AS relkind,
       CASE WHEN relkind = 'r' AND reltuples >= 0 THEN reltuples::int8 END AS row_estimate
FROM rels
UNION ALL
SELECT 'policy', 'pg_policy', p.oid::int8::text, r.nspname, r.relname, p.polname, NULL, NULL
FROM pg_catalog.pg_policy p JOIN rels r ON r.oid = p.polrelid
ORDER BY 1, 4, 5, 6`;
async function dumpedObjects(client, filter = { exclude: [] }) {
    const rows = (await client.query(DUMPED_OBJECTS_SQL, [filter.schemas ?? null, filter.exclude])).rows;
    return {
        tables: rows.filter((r) => r.kind === 'table'),
        views: rows.filter((r) => r.kind === 'view'),
        policies: rows.filter((r) => r.kind === 'policy'),
    };
}
const qualifiedName = (o) => `${o.schema}.${o.name}`;
const policyName = (o) => `${o.schema}.${o.name} ${o.policy}`;
function describeObject(o) {
    return o.kind === 'policy' ? `policy ${o.policy} on ${qualifiedName(o)}` : `${o.kind} ${qualifiedName(o)}`;
}
/** Plain tables hold the rows; a partitioned parent's rows are its partitions'. */
const holdsRows = (o) => o.kind === 'table' && o.relkind === 'r';
const COUNT_BATCH = 100;
/**
 * Exact row counts, many tables per query. Run in the dump's snapshot they are exactly what
 * the dump holds; row_security is off as in pg_dump, so RLS cannot make a count short.
 */
async function countRows(client, tables) {
    const counted = tables.filter(holdsRows);
    const counts = new Map();
    for (let i = 0; i < counted.length; i += COUNT_BATCH) {
        const batch = counted.slice(i, i + COUNT_BATCH);
        const selects = batch.map((t) => `(SELECT count(*) FROM ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.name)})`);
        const result = await client.query(`SELECT ARRAY[${selects.join(', ')}]::int8[]::text[] AS counts`);
        batch.forEach((t, j) => counts.set(qualifiedName(t), Number(result.rows[0]?.counts[j] ?? 0)));
    }
    return counts;
}
function tableRows(objects, exact) {
    return objects.tables.map((t) => {
        const rows = exact?.get(qualifiedName(t));
        return {
            schema: t.schema,
            name: t.name,
            rowEstimate: t.row_estimate === null ? null : Number(t.row_estimate),
            ...(rows === undefined ? {} : { rows }),
        };
    });
}
/** Where the database stood when the backup began: the runbook's "note pg_current_wal_lsn()". */
const SERVER_STATE_COLUMNS = `
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       pg_catalog.pg_is_in_recovery() AS in_recovery,
       (CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_replay_lsn()
             ELSE pg_catalog.pg_current_wal_lsn() END)::text AS wal_lsn,
       pg_catalog.clock_timestamp() AS taken_at`;
const SERVER_STATE_SQL = `SELECT ${SERVER_STATE_COLUMNS}`;
/** In the dump's transaction: the snapshot pg_dump will use, and the WAL position right at it. */
const EXPORT_SNAPSHOT_SQL = `SELECT pg_catalog.pg_export_snapshot() AS snapshot, ${SERVER_STATE_COLUMNS}`;
const SYSTEM_IDENTIFIER_SQL = 'SELECT system_identifier::text AS id FROM pg_catalog.pg_control_system()';
async function serverState(client, sql = SERVER_STATE_SQL) {
    const row = (await client.query(sql)).rows[0];
    return {
        snapshot: row.snapshot,
        serverVersion: row.server_version,
        serverVersionNum: row.server_version_num,
        inRecovery: row.in_recovery,
        walLsn: row.wal_lsn ?? undefined,
        takenAt: row.taken_at,
    };
}
/** Managed services may revoke pg_control_system(); the identity check then rests on the name. */
async function systemIdentifier(client) {
    try {
        return (await client.query(SYSTEM_IDENTIFIER_SQL)).rows[0]?.id;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $9: () => (/* binding */ dumpPathOf),
  WI: () => (/* binding */ readManifest),
  HN: () => (/* binding */ writeManifest)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/backup/manifest.ts






/**
 * The manifest is the backup's certificate: written last, only after verification, under a
 * temporary name renamed into place. Its presence is what makes a dump a backup.
 */
const tool = schemas/* object */.Ikc({ path: schemas/* string */.YjP(), version: schemas/* string */.YjP() });
const pitr = schemas/* object */.Ikc({ status: schemas/* enum */.k5n(['ready', 'warning', 'error', 'unknown']), message: schemas/* string */.YjP() }).passthrough();
const manifestSchema = schemas/* object */.Ikc({
    manifestVersion: schemas/* literal */.euz(1),
    createdBy: schemas/* string */.YjP(),
    database: schemas/* string */.YjP().min(1),
    target: schemas/* string */.YjP(),
    systemIdentifier: schemas/* string */.YjP().optional(),
    serverVersion: schemas/* string */.YjP(),
    pgDump: tool,
    pgRestore: tool,
    takenAt: datetime(),
    walLsn: schemas/* string */.YjP().optional(),
    inRecovery: schemas/* boolean */.zMY(),
    sameSnapshot: schemas/* boolean */.zMY(),
    format: schemas/* enum */.k5n(['custom', 'directory']),
    jobs: schemas/* number */.aig().int().min(1),
    encrypted: schemas/* boolean */.zMY(),
    encryption: schemas/* object */.Ikc({ algorithm: schemas/* literal */.euz('AES-256-GCM'), chunkBytes: schemas/* number */.aig().int().positive(), keyEnv: schemas/* string */.YjP(), keyId: schemas/* string */.YjP() })
        .optional(),
    file: schemas/* string */.YjP().min(1).refine((f) => !f.includes('/') && !f.includes('\\') && f !== '..' && f !== '.', 'must be a name beside the manifest'),
    sizeBytes: schemas/* number */.aig().int().min(0),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), sizeBytes: schemas/* number */.aig().int().min(0), sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })).optional(),
    toc: schemas/* object */.Ikc({ tables: schemas/* number */.aig(), views: schemas/* number */.aig(), policies: schemas/* number */.aig(), entries: schemas/* number */.aig() }),
    tables: schemas/* array */.YOg(schemas/* object */.Ikc({ schema: schemas/* string */.YjP(), name: schemas/* string */.YjP(), rowEstimate: schemas/* number */.aig().nullable(), rows: schemas/* number */.aig().optional() })),
    views: schemas/* array */.YOg(schemas/* string */.YjP()),
    policies: schemas/* array */.YOg(schemas/* string */.YjP()),
    verification: schemas/* object */.Ikc({ method: schemas/* enum */.k5n(['list', 'restore']), verifiedAt: datetime(), deep: schemas/* object */.Ikc({}).passthrough().optional() }).passthrough(),
    pitr,
    durationMs: schemas/* number */.aig(),
})
    .passthrough()
    .refine((m) => !m.encrypted || m.encryption !== undefined, { message: 'encrypted without encryption details', path: ['encryption'] });
/** Reads and validates a manifest; every problem names the file (exit 2: bad input). */
function readManifest(file, shown, key) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(file).size > 64 * 1024 * 1024)
            throw (0,promote_error/* usageError */.Wp)('too large to be a backup manifest', { file: shown, key });
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        const code = err.code;
        const why = code === 'ENOENT' ? 'not found' : err.message;
        throw (0,promote_error/* usageError */.Wp)(`backup manifest ${why} (every verified backup has its <name>.manifest.json beside it)`, { file: shown, key });
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)('not a pg-promote backup manifest (not JSON)', { file: shown, key });
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw (0,promote_error/* usageError */.Wp)(`not a valid pg-promote backup manifest: ${issue.path.join('.') || '(top level)'}: ${issue.message}`, { file: shown, key });
    }
    return parsed.data;
}
async function writeManifest(file, manifest) {
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.partial-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o600);
        try {
            await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
}
/** The dump a manifest describes: its `file`, in the manifest's folder. */
const dumpPathOf = (manifestFile, manifest) => external_node_path_default().join(external_node_path_default().dirname(manifestFile), manifest.file);


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ age),
/* harmony export */   i4: () => (/* binding */ pitrReadiness)
/* harmony export */ });
/* unused harmony exports PITR_SETTINGS_SQL, ARCHIVER_SQL */
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4532);

/**
 * The runbook's "confirm point-in-time recovery is configured", asked of the server: a logical
 * dump restores to one moment; only archived WAL can replay to any later one. Each query runs
 * on its own (no transaction), so a view a managed service hides fails alone.
 */
const PITR_SETTINGS_SQL = `
SELECT name, setting FROM pg_catalog.pg_settings
WHERE name IN ('wal_level', 'archive_mode', 'archive_command', 'archive_library')`;
const ARCHIVER_SQL = `
SELECT archived_count::int8::text AS archived, failed_count::int8::text AS failed,
       last_archived_wal, last_archived_time, last_failed_wal, last_failed_time,
       extract(epoch FROM pg_catalog.now() - last_archived_time)::float8 AS age_seconds
FROM pg_catalog.pg_stat_archiver`;
async function pitrReadiness(client, required) {
    let settings;
    let archiver;
    try {
        settings = new Map((await client.query(PITR_SETTINGS_SQL)).rows.map((r) => [r.name, r.setting]));
        archiver = (await client.query(ARCHIVER_SQL)).rows[0];
    }
    catch (err) {
        return hidden(`reading them failed: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(err.message)}`, required);
    }
    const walLevel = settings.get('wal_level');
    const archiveMode = settings.get('archive_mode');
    if (walLevel === undefined || archiveMode === undefined || !archiver) {
        return hidden('the WAL settings are not visible to this role', required);
    }
    const command = settings.get('archive_command') ?? '';
    const library = settings.get('archive_library') ?? '';
    const archiveCommandSet = (command !== '' && command !== '(disabled)') || library !== '';
    const status = {
        status: 'ready',
        message: '',
        walLevel,
        archiveMode,
        archiveCommandSet,
        archived: Number(archiver.archived),
        failed: Number(archiver.failed),
        lastArchivedAt: archiver.last_archived_time?.toISOString(),
        lastFailedAt: archiver.last_failed_time?.toISOString(),
        lastArchiveAgeSeconds: archiver.age_seconds === null ? undefined : Math.max(0, Math.round(archiver.age_seconds)),
    };
    const problem = problemOf(status, archiver);
    const facts = describe(status, archiver);
    if (!problem)
        return { ...status, message: `WAL archiving works: ${facts}` };
    return {
        ...status,
        status: required ? 'error' : 'warning',
        message: `point-in-time recovery is not ready: ${problem} (${facts})`,
    };
}
function problemOf(s, a) {
    if (s.walLevel === 'minimal')
        return 'wal_level is minimal, so no WAL can be archived (set wal_level = replica and restart)';
    if (s.archiveMode === 'off')
        return 'WAL archiving is off (set archive_mode = on and an archive_command or archive_library, then restart)';
    if (!s.archiveCommandSet)
        return 'archive_mode is on but neither archive_command nor archive_library is set, so WAL piles up unarchived';
    const lastFailed = a.last_failed_time?.getTime() ?? 0;
    const lastArchived = a.last_archived_time?.getTime() ?? 0;
    if ((s.failed ?? 0) > 0 && lastFailed >= lastArchived) {
        return `the WAL archiver is failing (last failure ${a.last_failed_time?.toISOString()} on ${a.last_failed_wal ?? '?'}), so recovery cannot go past ${a.last_archived_time?.toISOString() ?? 'the last archived segment'}`;
    }
    if ((s.archived ?? 0) === 0)
        return 'nothing has been archived yet, so there is nothing to recover from';
    return undefined;
}
function describe(s, a) {
    const parts = [`wal_level=${s.walLevel}`, `archive_mode=${s.archiveMode}`, `archive command/library ${s.archiveCommandSet ? 'set' : 'not set'}`];
    parts.push(`${s.archived} archived, ${s.failed} failed`);
    if (a.last_archived_wal && s.lastArchiveAgeSeconds !== undefined)
        parts.push(`last ${a.last_archived_wal} ${age(s.lastArchiveAgeSeconds)} ago`);
    return parts.join(', ');
}
function age(seconds) {
    if (seconds < 120)
        return `${seconds} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 172800)
        return `${(seconds / 3600).toFixed(1)} h`;
    return `${Math.round(seconds / 86400)} days`;
}
/** Managed services (RDS, Cloud SQL, ...) often hide these: say so, and say where to look instead. */
function hidden(why, required) {
    return {
        status: 'unknown',
        message: `cannot confirm point-in-time recovery: the server hides its WAL archiving settings or pg_stat_archiver (${why}); ` +
            `on a managed service, confirm PITR in the provider's console${required ? ' (backup.require_pitr cannot be checked here)' : ''}`,
    };
}


/***/ }),

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ quoteQualified),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   T0: () => (/* binding */ splitQualified),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/** The schema has filled in every default: this only renames its keys. */
function settingsOf(verify) {
    return {
        expectTables: verify.expect_tables,
        expectViews: verify.expect_views,
        rls: { required: verify.rls.required, force: verify.rls.force, definerViews: verify.rls.definer_views },
        roles: verify.roles,
        boundaries: verify.boundaries,
        views: { schemas: verify.views.schemas, requireRows: verify.views.require_rows },
        rowCounts: verify.row_counts,
    };
}
/** Failing findings fail the check; warnings alone make it a warning; none is a pass. */
function outcomeOf(findings, summaries, counts) {
    const failing = findings.some((f) => (f.level ?? 'fail') === 'fail');
    const status = findings.length === 0 ? 'pass' : failing ? 'fail' : 'warn';
    return { status, summary: findings.length === 0 ? summaries.pass : summaries.problem, findings, counts };
}
/** schema.name as PostgreSQL needs it quoted; config names are exact catalog names. */
function quoteQualified(qualified) {
    const [schema, name] = splitQualified(qualified);
    return `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(name)}`;
}
function splitQualified(qualified) {
    const dot = qualified.indexOf('.');
    return [qualified.slice(0, dot), qualified.slice(dot + 1)];
}
const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(938);
/* harmony import */ var _staging_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2264);



/**
 * plan and status only read: no lock, no history table created, nothing written. Drift makes
 * them fail (exit 1) so a workflow can gate on them.
 */
async function inspect(ctx, report) {
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .reporting */ .vR)(report, async () => {
        const { plans, rows } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .planAll */ .n1)(ctx, report);
        if (ctx.options.command !== 'status' && ctx.options.command !== 'down')
            await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseUnknownDatabase */ .uC)(ctx, rows.length);
        const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .driftError */ .u7)(report, false);
        if (drift)
            throw drift;
        await (0,_staging_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .stagingGate */ .B)(ctx, plans, report);
        if (ctx.options.command === 'plan')
            await lintForApprovers(ctx, report);
    });
}
/** The plan approvers read carries the pending files' lint findings, judged against the target. */
async function lintForApprovers(ctx, report) {
    const { config, phases, target } = ctx.prepared;
    // Loaded here, not at the top: status and migrate, run by every CI job, never lint.
    const [{ runLint }, { largeTableBytes }, { lintFailure }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(141), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 8299)), __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 5118)), Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(141), __webpack_require__.e(299), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 2773))]);
    report.lint = await runLint({
        root: config.root,
        configFile: config.source,
        phases: phases.map((p) => p.phase),
        postgresVersion: config.lint.postgresVersion,
        config: config.lint,
        database: { client: ctx.session.client, target: target.display, history: config.historyTable, largeTableBytes: largeTableBytes() },
    });
    const failure = lintFailure(report.lint);
    if (failure)
        throw failure;
}


/***/ }),

/***/ 5943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrate: () => (/* binding */ migrate)
});

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/migrate/applier.ts + 3 modules
var applier = __webpack_require__(2115);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/backup/backup-paths.ts
var backup_paths = __webpack_require__(8423);
// EXTERNAL MODULE: ./src/backup/catalog.ts
var catalog = __webpack_require__(6253);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/backup/manifest.ts + 1 modules
var backup_manifest = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/backup/pitr.ts
var pitr = __webpack_require__(3029);
;// CONCATENATED MODULE: ./src/backup/gate-check.ts




/** A manifest from a clock a little ahead of ours is fine; one from the future is not. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/**
 * The backup gate's rules. The dump is not re-hashed here (that can take minutes for a large
 * database and restore does it anyway); that it is still there, at its recorded size, is.
 */
function checkBackupForGate(manifest, manifestFile, shown, expect) {
    const where = { file: shown, key: '--backup-manifest' };
    if (manifest.database !== expect.database) {
        throw (0,promote_error/* usageError */.Wp)(`is a backup of database '${manifest.database}', not of '${expect.database}'`, where);
    }
    if (manifest.systemIdentifier && expect.systemIdentifier && manifest.systemIdentifier !== expect.systemIdentifier) {
        throw (0,promote_error/* usageError */.Wp)(`is a backup of '${manifest.database}' on another server (system identifier ${manifest.systemIdentifier}, this server's is ${expect.systemIdentifier})`, where);
    }
    const ageMs = expect.now.getTime() - Date.parse(manifest.takenAt);
    if (ageMs < -CLOCK_SKEW_MS)
        throw (0,promote_error/* usageError */.Wp)(`says the backup was taken at ${manifest.takenAt}, which is in the future`, where);
    if (ageMs > expect.maxAgeMs) {
        throw (0,promote_error/* usageError */.Wp)(`the backup was taken ${(0,pitr/* age */.KW)(Math.round(ageMs / 1000))} ago (${manifest.takenAt}); production.backup_max_age allows ${(0,pitr/* age */.KW)(Math.round(expect.maxAgeMs / 1000))}: take a fresh backup`, where);
    }
    // Kept elsewhere (the workflow's backup artifact): the job that uploaded it verified it.
    if (expect.storedIn)
        return { ageMs: Math.max(0, ageMs) };
    const dumpPath = (0,backup_manifest/* dumpPathOf */.$9)(manifestFile, manifest);
    let size;
    try {
        const info = (0,external_node_fs_.statSync)(dumpPath);
        size = info.isDirectory() ? undefined : info.size;
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)(`its backup ${manifest.file} is not beside it`, where);
    }
    if (size !== undefined && size !== manifest.sizeBytes) {
        throw (0,promote_error/* usageError */.Wp)(`its backup ${manifest.file} is ${size} bytes, the manifest says ${manifest.sizeBytes} (truncated or replaced)`, where);
    }
    return { ageMs: Math.max(0, ageMs) };
}

;// CONCATENATED MODULE: ./src/engine/backup-gate.ts








/**
 * migrate on a production database (config production.databases) needs a verified backup of
 * that very database, recent enough (production.backup_max_age), or an explicit decision to
 * go without one, whose reason is written to the audit trail. Checked before the migration
 * lock: a refused run changes nothing.
 */
async function backupGate(ctx) {
    const { config, target, actor } = ctx.prepared;
    const { backupManifest, withoutBackupReason } = ctx.options;
    if (backupManifest !== undefined && withoutBackupReason !== undefined) {
        throw (0,promote_error/* usageError */.Wp)('--backup-manifest and --without-backup exclude each other: give the backup, or the reason to go without one', { key: '--without-backup' });
    }
    if (!config.production.databases.includes(target.database))
        return;
    const historySchema = config.historyTable.schema;
    ctx.envelope.executionId ??= (0,external_node_crypto_.randomUUID)();
    if (withoutBackupReason !== undefined) {
        await (0,events/* recordEvent */.yM)(ctx.session.client, historySchema, {
            executionId: ctx.envelope.executionId,
            actor,
            event: 'backup.bypassed',
            detail: { database: target.database, target: target.display, command: 'migrate', reason: withoutBackupReason },
        });
        ctx.envelope.warnings.push(`migrating production database '${target.database}' without a verified backup: ${withoutBackupReason} (recorded in ${historySchema}.promotion_events)`);
        return;
    }
    if (backupManifest === undefined) {
        throw (0,promote_error/* usageError */.Wp)(`'${target.database}' is a production database (${config.source}: production.databases): migrate needs a verified backup of it first. ` +
            'Run `pg-promote backup` and pass --backup-manifest FILE, or --without-backup REASON to go without one (recorded in the audit trail)', { key: '--backup-manifest' });
    }
    const file = external_node_path_default().resolve(ctx.options.root, backupManifest);
    const shown = (0,backup_paths/* shownPath */.Id)(ctx.options.root, file);
    const manifest = (0,backup_manifest/* readManifest */.WI)(file, shown, '--backup-manifest');
    const checked = checkBackupForGate(manifest, file, shown, {
        database: target.database,
        systemIdentifier: await (0,catalog/* systemIdentifier */.vK)(ctx.session.client),
        maxAgeMs: config.production.backupMaxAgeMs,
        now: new Date(),
        storedIn: ctx.options.backupStoredIn,
    });
    await (0,events/* recordEvent */.yM)(ctx.session.client, historySchema, {
        executionId: ctx.envelope.executionId,
        actor,
        event: 'backup.verified',
        detail: {
            database: target.database,
            manifest: shown,
            file: manifest.file,
            ...(ctx.options.backupStoredIn ? { storedIn: ctx.options.backupStoredIn } : {}),
            sha256: manifest.sha256,
            takenAt: manifest.takenAt,
            walLsn: manifest.walLsn,
            verification: manifest.verification.method,
            ageSeconds: Math.round(checked.ageMs / 1000),
        },
    });
}

// EXTERNAL MODULE: ./src/engine/callbacks.ts
var engine_callbacks = __webpack_require__(4422);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/engine/staging-gate.ts + 1 modules
var staging_gate = __webpack_require__(2264);
// EXTERNAL MODULE: ./src/engine/history-plans.ts + 1 modules
var history_plans = __webpack_require__(849);
// EXTERNAL MODULE: ./src/engine/inspect.ts
var inspect = __webpack_require__(4398);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var session = __webpack_require__(6375);
;// CONCATENATED MODULE: ./src/engine/migrate-interruption.ts


const CANCEL_SQL = 'SELECT pg_cancel_backend($1)';
/**
 * Ctrl-C or a cancelled CI job (SIGINT, SIGTERM) during migrate: the file running is cancelled
 * (the server rolls it back), no further file
 * starts, and the run ends as a failed one does, saying what was applied and what was not.
 * Without this the process died with no word of where it stopped. A second signal exits at
 * once; the server still rolls back the file that was running.
 */
class MigrateInterruption {
    ctx;
    report;
    by;
    side;
    onSignal = (signal) => {
        if (this.by) {
            process.stderr.write(`pg-promote: ${signal} again: exiting now; the server rolls back the file that was running\n`);
            process.exit(signal === 'SIGINT' ? 130 : 143);
        }
        this.by = signal;
        this.ctx.emit({ type: 'progress', stage: 'migrate', message: `${signal}: stopping; the file running is cancelled and rolled back, no further file starts` });
        this.cancel();
    };
    constructor(ctx, report) {
        this.ctx = ctx;
        this.report = report;
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    /** Events pass through; once interrupted, a file that starts anyway (the cancel came between files) is cancelled too. */
    watch(emit) {
        return (event) => {
            emit(event);
            if (this.by && event.type === 'file-start')
                this.cancel();
        };
    }
    /** Throws the interruption, if there was one, in place of whatever the cancel made fail. */
    check(err) {
        if (!this.by) {
            if (err !== undefined)
                throw err;
            return;
        }
        const files = this.report.phases.flatMap((p) => p.files);
        const applied = files.filter((f) => f.status === 'applied').map((f) => f.file);
        const notApplied = files.filter((f) => f.status === 'pending' || f.status === 'failed').map((f) => f.file);
        const list = (names) => (names.length === 0 ? 'none' : names.join(', '));
        throw new promote_error/* MigrationFailed */.g6(`interrupted by ${this.by}: applied in this run: ${list(applied)}; not applied: ${list(notApplied)} (a file that was running was rolled back; a re-run resumes there)`);
    }
    async dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
        const side = await this.side;
        await side?.close();
    }
    cancel() {
        // pg keeps the backend key it was given at startup; the typings do not declare it.
        const pid = this.ctx.session.client.processID;
        if (!pid)
            return;
        this.side ??= (0,session.openSession)(this.ctx.prepared.target, 'pg-promote migrate (cancel)').catch(() => undefined);
        void this.side.then((s) => s?.client.query(CANCEL_SQL, [pid]).catch(() => undefined));
    }
}

// EXTERNAL MODULE: ./src/engine/phase-results.ts
var phase_results = __webpack_require__(7046);
// EXTERNAL MODULE: ./src/engine/session-setup.ts + 1 modules
var session_setup = __webpack_require__(1272);
;// CONCATENATED MODULE: ./src/engine/migrate.ts












/**
 * The runbook's promotion sequence for the selected phases: per phase, pending migrations in
 * version order, then its view files, then its policy files. The first failure stops the run;
 * what was applied before it stays applied and recorded, and a re-run resumes there.
 */
async function migrate(ctx) {
    const report = (0,result/* emptyRunReport */.z)(ctx.options);
    if (ctx.options.dryRun)
        return (0,inspect.inspect)(ctx, report);
    return (0,outcome/* reporting */.vR)(report, () => apply(ctx, report));
}
async function apply(ctx, report) {
    const { config, target } = ctx.prepared;
    if (config.production.databases.includes(target.database))
        await (await __webpack_require__.e(/* import() */ 640).then(__webpack_require__.bind(__webpack_require__, 2640))).warnOfUnfinishedRamps(ctx);
    try {
        await backupGate(ctx);
    }
    catch (err) {
        // Refused, it still says what it would have applied: the pending count is the news.
        await (0,history_plans/* planAll */.n1)(ctx, report).catch(() => undefined);
        throw err;
    }
    const interruption = new MigrateInterruption(ctx, report);
    try {
        await (0,session_setup/* withMigrationLock */.KE)(ctx, async () => {
            const { plans, rows, callbacks } = await (0,history_plans/* planAll */.n1)(ctx, report);
            await (0,history_plans/* refuseUnknownDatabase */.uC)(ctx, rows.length);
            const drift = (0,history_plans/* driftError */.u7)(report, true);
            if (drift)
                throw drift;
            await (0,session_setup/* ensureHistoryTable */.r0)(ctx, ['SELECT', 'INSERT']);
            await (0,staging_gate/* stagingGate */.B)(ctx, plans, report);
            const run = { ...(await (0,session_setup/* runContext */.pO)(ctx)), emit: interruption.watch(ctx.emit) };
            if (callbacks.some(engine_callbacks/* hasCallbacks */.Xz))
                await run.store.allowCallbacks(ctx.session.client);
            for (const [index, plan] of plans.entries()) {
                interruption.check();
                await applyPhase(ctx, run, plan, report.phases[index], callbacks[index]);
            }
        });
    }
    catch (err) {
        interruption.check(err);
    }
    finally {
        await interruption.dispose();
    }
    interruption.check();
}
async function applyPhase(ctx, run, plan, result, callbacks) {
    const phase = plan.files.phase;
    const repeatables = plan.repeatables.filter((r) => r.reason);
    ctx.emit({ type: 'phase-start', phase: phase.name, pending: plan.pending.length + repeatables.length });
    const work = [
        ...plan.pending.map((file) => ({ phase: phase.name, kind: 'migration', version: file.version.text, file })),
        ...repeatables.map((r) => ({ phase: phase.name, kind: r.kind, file: r.file })),
    ];
    const callback = (file) => ({ phase: phase.name, kind: 'callback', file });
    const items = (0,engine_callbacks/* runsCallbacks */.Jk)(plan) ? [...callbacks.before.map(callback), ...work, ...callbacks.after.map(callback)] : work;
    for await (const outcome of (0,applier/* applyInOrder */.g)(run, items)) {
        (0,phase_results/* recordOutcome */.U)(result, outcome);
        if (outcome.status === 'failed') {
            const error = outcome.error;
            throw new promote_error/* MigrationFailed */.g6(error.message, { ...error, phase: phase.name, version: outcome.version });
        }
    }
}


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ stagingGate)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
;// CONCATENATED MODULE: ./src/checks/staging-history.ts

const staging_history_short = (checksum) => `${checksum.slice(0, 12)}…`;
function compareWithStaging(plans, stagingRows) {
    const state = (0,migrate_history/* historyState */.K6)(stagingRows);
    const findings = [];
    let considered = 0;
    const lastAttempt = (phase, kind, match) => [...stagingRows].reverse().find((r) => r.phase === phase && r.kind === kind && match(r));
    for (const plan of plans) {
        const phase = plan.files.phase.name;
        for (const file of plan.pending) {
            considered++;
            const applied = state.applied.get(phase)?.get(file.version.text);
            if (applied) {
                if (applied.checksum !== file.checksum) {
                    findings.push({ object: file.path.rel, reason: `staging applied version ${file.version.text} with checksum ${staging_history_short(applied.checksum)}, this file is ${staging_history_short(file.checksum)}` });
                }
                continue;
            }
            const last = lastAttempt(phase, 'migration', (r) => r.version === file.version.text);
            let reason = `version ${file.version.text} was never applied on staging`;
            if (last?.success && last.reverted_at)
                reason = `version ${file.version.text} was applied on staging and then reverted by a DOWN`;
            else if (last && !last.success)
                reason = `version ${file.version.text} failed on staging (its last attempt there)`;
            findings.push({ object: file.path.rel, reason });
        }
        for (const repeatable of plan.repeatables.filter((r) => r.reason)) {
            considered++;
            const rel = repeatable.file.path.rel;
            const applied = state.repeatables.get((0,migrate_history/* repeatableKey */.Ro)(phase, repeatable.kind, rel));
            if (!applied) {
                const failed = lastAttempt(phase, repeatable.kind, (r) => r.file_name === rel && !r.success);
                findings.push({ object: rel, reason: failed ? `${repeatable.kind} file failed on staging and never succeeded there` : `${repeatable.kind} file was never applied on staging` });
            }
            else if (applied.checksum !== repeatable.file.checksum) {
                findings.push({ object: rel, reason: `staging last applied this ${repeatable.kind} file with checksum ${staging_history_short(applied.checksum)}, this file is ${staging_history_short(repeatable.file.checksum)}` });
            }
        }
    }
    return { considered, findings };
}

// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(4669);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var db_session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/engine/staging-gate.ts






/**
 * With --staging-url: refuse pending files staging has not applied with the same checksum.
 * Staging is only read, over a connection of its own whose transactions are read-only. The
 * result is a `staging.gate` check either way, so a report can show it.
 */
async function stagingGate(ctx, plans, report) {
    const url = ctx.options.stagingUrl;
    if (!url)
        return;
    const target = (0,connection_url/* parseDatabaseUrl */.mx)(url, '--staging-url', ctx.options.env);
    const started = performance.now();
    let session;
    try {
        session = await (0,db_session.openSession)(target, 'pg-promote staging-gate');
    }
    catch (err) {
        const e = err;
        throw (0,promote_error/* errorOfKind */.Oh)(e.kind ?? 'connection', `staging database: ${e.message}`, { ...e.context, key: '--staging-url' });
    }
    let rows;
    try {
        await session.client.query('SET default_transaction_read_only = on');
        rows = await (0,migrate_history/* readHistory */.Lu)(session.client, ctx.prepared.config.historyTable);
    }
    finally {
        await session.close();
    }
    const { considered, findings } = compareWithStaging(plans, rows);
    const check = {
        id: 'staging.gate',
        status: findings.length === 0 ? 'pass' : 'fail',
        summary: findings.length === 0
            ? `staging (${target.display}) applied all ${(0,checks_check/* plural */.LS)(considered, 'file')} this run would apply, with the same checksums`
            : `${(0,checks_check/* plural */.LS)(findings.length, 'file')} of ${considered} this run would apply ${findings.length === 1 ? 'is' : 'are'} not applied on staging (${target.display}) with the same checksum`,
        findings,
        counts: { files: considered, refused: findings.length },
        durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    report.checks = [...(report.checks ?? []), check];
    if (findings.length === 0)
        return;
    const first = findings[0];
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more: ${findings.slice(1, 4).map((f) => f.object).join(', ')}${findings.length > 4 ? ', …' : ''})` : '';
    const applying = ctx.options.command === 'migrate' ? ' Nothing was applied.' : '';
    throw new promote_error/* CheckFailed */.EC(`staging gate: ${first.reason}${more}.${applying}`, { file: first.object, key: '--staging-url' });
}


/***/ })

};
