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
        return hidden(`reading them failed: ${firstLine(err.message)}`, required);
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
const firstLine = (text) => text.split('\n')[0] ?? text;


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ refusePooledConnection),
/* harmony export */   fD: () => (/* binding */ poolingError)
/* harmony export */ });
/* unused harmony export POOLING_MESSAGE */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6375);


const POOLING_MESSAGE = 'transaction pooling detected: use a direct or session-mode connection for migrations';
const poolingError = (why, display) => new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionFailed */ .GK(`${POOLING_MESSAGE} (${why})`, display ? { object: display } : {});
const PID_SQL = 'SELECT pg_catalog.pg_backend_pid() AS pid';
const PROBE_WAIT_MS = 3000;
/**
 * A transaction- or statement-mode pooler (PgBouncer, say) hands each transaction whichever
 * server connection is free: session settings, advisory locks and prepared statements stay on
 * one server connection while the next statement runs on another. Checked before the lock is
 * taken, so a refused run leaves nothing behind. A direct connection's backend pid is its own
 * and stays; behind such a pooler the session's pid changes between statements, or a second
 * client is handed the very server connection the session just used (the pooler reuses the
 * most recently released one).
 */
async function refusePooledConnection(session) {
    const { client, target } = session;
    const first = (await client.query(PID_SQL)).rows[0]?.pid;
    // A session-mode pool with no server connection to spare makes the probe wait: a transaction
    // pooler would have handed it ours at once, so an answer that does not come is not pooling.
    const probe = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .connectClient */ .m)(target, 'pg-promote pooler check', { query_timeout: PROBE_WAIT_MS });
    let other;
    try {
        other = (await probe.query(PID_SQL)).rows[0]?.pid;
    }
    catch (err) {
        if (!/Query read timeout/.test(err.message))
            throw err;
    }
    finally {
        await probe.end().catch(() => undefined);
    }
    const again = (await client.query(PID_SQL)).rows[0]?.pid;
    if (other === first)
        throw poolingError(`a second connection was served by the same server process ${first}`, target.display);
    if (again !== first)
        throw poolingError(`the server process changed between two statements, ${first} then ${again}`, target.display);
}


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ SESSION_SETTINGS_SQL)
/* harmony export */ });
/** Session settings that bound how long a migration can hold application traffic behind it. */
const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;


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
var inspect = __webpack_require__(2017);
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
// EXTERNAL MODULE: ./src/engine/session-setup.ts
var session_setup = __webpack_require__(7026);
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

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ withMigrationLock),
/* harmony export */   bJ: () => (/* binding */ takeMigrationLock),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   r0: () => (/* binding */ ensureHistoryTable)
/* harmony export */ });
/* unused harmony exports CLIENT_CHECK_SQL, RESET_SETTINGS_SQL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3511);
/* harmony import */ var _db_pooler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7641);
/* harmony import */ var _db_session_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4778);
/* harmony import */ var _migrate_file_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5905);
/* harmony import */ var _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(773);







/**
 * PostgreSQL 14+: the server checks every second that we are still there while a statement
 * runs, so a killed pg-promote does not leave its migration running and holding its locks
 * (and the migration lock) until the statement happens to end.
 */
const CLIENT_CHECK_SQL = `SELECT set_config('client_connection_check_interval', '1s', false)
WHERE current_setting('server_version_num')::int >= 140000`;
/** Our settings do not outlive the run on the connection (a pooler would hand it on). */
const RESET_SETTINGS_SQL = `SELECT pg_catalog.set_config(name, reset_val, false) FROM pg_catalog.pg_settings
WHERE name IN ('lock_timeout', 'statement_timeout', 'client_connection_check_interval')`;
/**
 * Takes the migration lock on a connection proven not to be behind a transaction pooler, and
 * proves the lock is held by this very server process once taken.
 */
async function takeMigrationLock(ctx) {
    const { config, target } = ctx.prepared;
    await (0,_db_pooler_js__WEBPACK_IMPORTED_MODULE_2__/* .refusePooledConnection */ .Ug)(ctx.session);
    const release = await (0,_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .acquireMigrationLock */ .et)(ctx.session.client, {
        waitMs: config.advisoryLockWaitMs,
        database: target.database,
        onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
    });
    try {
        await ctx.session.client.query(_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCK_GUARD_SQL */ .f6);
    }
    catch (err) {
        await release();
        if ((0,_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .isLockLost */ .wx)(err))
            throw (0,_db_pooler_js__WEBPACK_IMPORTED_MODULE_2__/* .poolingError */ .fD)('the lock taken is not held by the server process now serving this session', target.display);
        throw err;
    }
    return release;
}
/**
 * Runs `work` holding the database's migration lock, with lock_timeout and statement_timeout
 * set. The lock is session-level: if the process dies, the server frees it with the session.
 */
async function withMigrationLock(ctx, work) {
    const { config } = ctx.prepared;
    ctx.envelope.executionId ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const release = await takeMigrationLock(ctx);
    ctx.emit({ type: 'lock-acquired' });
    try {
        await ctx.session.client.query(_db_session_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SESSION_SETTINGS_SQL */ .w, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
        await ctx.session.client.query(CLIENT_CHECK_SQL);
        await work();
    }
    finally {
        if (!ctx.session.lost()) {
            await ctx.session.client.query(RESET_SETTINGS_SQL).catch(() => undefined);
            await release();
        }
    }
}
/** The history table, created when missing, checked to be usable as the command needs. */
async function ensureHistoryTable(ctx, needs) {
    await new _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__/* .HistoryStore */ .KU(ctx.prepared.config.historyTable).ensure(ctx.session.client, needs);
}
/** Reads the search_path and role every file will start with: call it once the lock is held. */
async function runContext(ctx) {
    const { config } = ctx.prepared;
    return {
        db: ctx.session.db,
        store: new _migrate_history_store_js__WEBPACK_IMPORTED_MODULE_4__/* .HistoryStore */ .KU(config.historyTable, await backendPid(ctx)),
        settings: await (0,_migrate_file_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .configuredSettings */ .uA)(ctx.session.client, config),
        executionId: ctx.envelope.executionId,
        actor: ctx.prepared.actor,
        lockRetries: config.lockRetries,
        lockRetryBackoffMs: config.lockRetryBackoffMs,
        emit: ctx.emit,
    };
}
/** This session's server process, the one that took the migration lock. */
async function backendPid(ctx) {
    return (await ctx.session.client.query('SELECT pg_catalog.pg_backend_pid() AS pid')).rows[0].pid;
}


/***/ }),

/***/ 2115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyInOrder)
});

// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/migrate/file-settings.ts
var file_settings = __webpack_require__(5905);
// EXTERNAL MODULE: ./src/sql/position.ts
var sql_position = __webpack_require__(8305);
;// CONCATENATED MODULE: ./src/migrate/file-script.ts


/**
 * A transactional file goes to the server as one simple-protocol query, one round trip:
 *
 *   BEGIN; <settings, lock check>; <statement 1>; <marker 1>; ...; <settings, marker n>; <history rows>; COMMIT
 *
 * The server stops at the first error, leaving the transaction to be rolled back. The markers
 * are `SELECT n`: their rows arrive before an error does, so a failure the server gives no
 * position for (a unique violation, a division by zero) is still pinned to its statement.
 * A file larger than MAX_QUERY_CHARS is cut, between statements, over several queries of the
 * same transaction, so the server never parses megabytes of SQL at once.
 */
const MAX_QUERY_CHARS = 256 * 1024;
/** The column of a marker row: how many of the file's statements have completed. */
const MARKER = 'pg-promote statements done';
// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';
const markerColumn = (done) => `${done} AS "${MARKER}"`;
function transactionalScript(statements, pieces, maxChars = MAX_QUERY_CHARS) {
    const parts = [];
    let text = '';
    let commands = [];
    const add = (role, sql, statement) => {
        if (role === 'statement' && commands.length > 0 && text.length + sql.length > maxChars) {
            parts.push({ text, commands });
            text = '';
            commands = [];
        }
        commands.push({ role, statement, offset: text.length, length: sql.length });
        text += sql + SEPARATOR;
    };
    add('begin', 'BEGIN');
    add('start', pieces.start);
    statements.forEach((statement, i) => {
        add('statement', statement.text, statement);
        if (i === statements.length - 1)
            add('marker', pieces.restore([markerColumn(i + 1)]));
        else {
            const reset = (0,file_settings/* resetsSettings */.E1)(statement);
            if (reset.length > 0)
                add('settings', pieces.restore([], reset));
            add('marker', `SELECT ${markerColumn(i + 1)}`);
        }
    });
    for (const sql of pieces.record)
        add('record', sql);
    add('commit', 'COMMIT');
    parts.push({ text, commands });
    return parts;
}
/**
 * Which statement of a failed part it was. The server's position counts code points in the
 * whole query; without one, the markers that arrived say how many statements completed
 * (`done`; undefined when not even the start did).
 */
function failurePoint(part, serverPosition, statements, done) {
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && serverPosition >= 1) {
        const at = (0,sql_position/* utf16OffsetOfCodePoint */.us)(part.text, serverPosition - 1);
        let command;
        // The separator after a command is still its end ("syntax error at or near ;").
        for (const c of part.commands) {
            if (c.offset > at)
                break;
            command = c;
        }
        if (!command?.statement)
            return {};
        const within = Math.min(at - command.offset, command.length);
        return { statement: command.statement, position: (0,sql_position/* countCodePoints */.sA)(command.statement.text, 0, within) + 1 };
    }
    if (done === undefined)
        return {};
    return { statement: statements[done] };
}

// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
// EXTERNAL MODULE: ./src/errors/connection-lost.ts
var connection_lost = __webpack_require__(1874);
;// CONCATENATED MODULE: ./src/migrate/statement-error.ts


/** SQLSTATEs after which the same file may simply be tried again. */
const RETRYABLE_SQLSTATES = new Set([
    '55P03', // lock_not_available: lock_timeout expired
    '40P01', // deadlock_detected
]);

/** Lost connections: the server rolled back whatever transaction we had open. */
const isConnectionLoss = connection_lost/* isConnectionLost */.pb;
/**
 * Turns what the server said about a failed statement into an error that points at the file:
 * the position is counted in characters within the statement, and the statement's offset in
 * the file gives the rest.
 */
function statementError(err, file, statement, transactional, 
/** The server's position within the statement's text, when it was sent with others. */
position = serverPosition(err)) {
    const e = err;
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    const at = statement ? (0,sql_position/* errorLocation */.yr)(file.sql, statement, position) : undefined;
    let message = e.message ?? String(err);
    if (isConnectionLoss(err)) {
        message = transactional
            ? `connection lost while applying this file (${message}); the server rolled its transaction back. Run 'pg-promote status' to see what is applied, then run again`
            : `connection lost while applying this file (${message})`;
    }
    else if (sqlstate === '55P03') {
        message = `${message}: another session held a conflicting lock for longer than lock_timeout, and the retries ran out`;
    }
    return {
        kind: 'migration',
        message,
        file: file.path.rel,
        line: at?.line,
        column: at?.column,
        sqlstate,
        detail: e.detail,
        hint: e.hint,
        statement: statement ? truncate(statement.text, 500) : undefined,
    };
}
/** The server's error position: 1-based, in code points of the query text sent. */
function serverPosition(err) {
    const position = err.position;
    return position ? Number(position) : undefined;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./src/migrate/run-context.ts

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lock timeouts and deadlocks: waits with exponential backoff and says so, within the retry budget. */
async function shouldRetry(ctx, item, err, attempt) {
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries)
        return false;
    const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
    ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: err.message });
    await sleep(waitMs);
    return true;
}
function historyEntry(ctx, item) {
    return {
        executionId: ctx.executionId,
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        fileName: item.file.path.rel,
        checksum: item.file.checksum,
        appliedBy: ctx.actor,
    };
}
function fileResult(item, status, extra) {
    return {
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        file: item.file.path.rel,
        checksum: item.file.checksum,
        status,
        transactional: item.file.transactional,
        ...extra,
        // Whole milliseconds, as the history records them.
        durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs),
    };
}
const fileStart = (item) => ({
    type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version,
});

;// CONCATENATED MODULE: ./src/migrate/applier.ts







/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure. A
 * file is one round trip (file-script.ts) that starts from the configured settings and ends
 * with its history row; nothing is kept in the session from one file to the next. A
 * -- pg-promote:no-transaction file goes statement by statement.
 */
async function* applyInOrder(ctx, items) {
    for (const item of items) {
        ctx.emit(fileStart(item));
        const result = item.file.transactional ? await applyTransactional(ctx, item) : await applyStatementByStatement(ctx, item);
        ctx.emit({ type: 'file-done', result });
        yield result;
        if (result.status === 'failed')
            return;
    }
}
const lockLost = () => (0,pooler/* poolingError */.fD)('the migration lock is not held by the server process running the next file');
/** Settings first, then the lock check (the cheap one in a file's own transaction), whose one row is marker 0. */
const startSql = (ctx, local) => (0,file_settings/* settingsSql */.GI)(ctx.settings, local, [`(${ctx.store.lockHeldSql(local)}) AS "${MARKER}"`]);
/**
 * The file, its settings and its history rows in one transaction. A lock timeout or deadlock
 * rolls the file back and sends it again after a backoff.
 */
async function applyTransactional(ctx, item) {
    const { statements } = item.file;
    const parts = transactionalScript(statements, {
        start: startSql(ctx, true),
        restore: (extra, only) => (0,file_settings/* settingsSql */.GI)(ctx.settings, true, extra, only),
        record: ctx.store.appliedSql(historyEntry(ctx, item)),
    });
    for (let attempt = 1;; attempt++) {
        const started = performance.now();
        let done;
        let recordedMs;
        const onRow = (row) => {
            if (MARKER in row)
                done = Number(row[MARKER]);
            if (history_store/* RECORDED_MS */.cq in row)
                recordedMs = Number(row[history_store/* RECORDED_MS */.cq]);
        };
        let failure;
        for (const part of parts) {
            try {
                await ctx.db.script(part.text, onRow);
            }
            catch (err) {
                failure = { err, part };
                break;
            }
        }
        const durationMs = performance.now() - started;
        if (!failure)
            return fileResult(item, 'applied', { durationMs: recordedMs ?? durationMs, attempts: attempt });
        const { err, part } = failure;
        // A COMMIT that failed (a deferred constraint) has ended the block already: ROLLBACK then only warns.
        if (!isConnectionLoss(err))
            await ctx.db.query('ROLLBACK').catch(() => undefined);
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        if (await shouldRetry(ctx, item, err, attempt))
            continue;
        const at = failurePoint(part, serverPosition(err), statements, done);
        const error = statementError(err, item.file, at.statement, true, at.position);
        await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
        return fileResult(item, 'failed', { durationMs, attempts: attempt, error });
    }
}
/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx, item) {
    try {
        await ctx.db.script(startSql(ctx, false));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        throw err;
    }
    const { statements } = item.file;
    const started = performance.now();
    let applied = 0;
    let attempts = 1;
    for (const statement of statements) {
        for (let attempt = 1;; attempt++) {
            try {
                await ctx.db.script(statement.text);
                const reset = (0,file_settings/* resetsSettings */.E1)(statement);
                if (reset.length > 0)
                    await ctx.db.script((0,file_settings/* settingsSql */.GI)(ctx.settings, false, [], reset));
                applied++;
                break;
            }
            catch (err) {
                attempts = Math.max(attempts, attempt);
                if (await shouldRetry(ctx, item, err, attempt))
                    continue;
                const durationMs = performance.now() - started;
                const error = statementError(err, item.file, statement, false);
                if (applied > 0) {
                    error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
                }
                await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
                return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
            }
        }
    }
    const durationMs = performance.now() - started;
    try {
        // One implicit transaction: the settings back (the history row is written as the run's
        // role, whatever the file set), the lock checked, the rows written together.
        await ctx.db.script([startSql(ctx, false), ...ctx.store.appliedSql(historyEntry(ctx, item), durationMs)].join(';\n'));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        const error = statementError(err, item.file, undefined, false);
        error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
    }
    return fileResult(item, 'applied', { durationMs, attempts });
}
/** Best effort, after the file rolled back: when the connection is gone, so is this. */
async function recordFailure(ctx, item, durationMs, sqlstate, message) {
    const insert = ctx.store.failedSql(historyEntry(ctx, item), { durationMs, sqlstate, message });
    await ctx.db.script(['BEGIN', startSql(ctx, true), insert, 'COMMIT'].join(';\n')).catch(() => ctx.db.query('ROLLBACK').catch(() => undefined));
}


/***/ }),

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ resetsSettings),
/* harmony export */   GI: () => (/* binding */ settingsSql),
/* harmony export */   uA: () => (/* binding */ configuredSettings)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

async function configuredSettings(db, limits) {
    const row = (await db.query("SELECT session_user AS session_user, pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('role') AS role")).rows[0];
    return {
        sessionAuthorization: row.session_user,
        lockTimeout: `${limits.lockTimeoutMs}ms`,
        statementTimeout: `${limits.statementTimeoutMs}ms`,
        searchPath: row.search_path,
        role: row.role,
    };
}
// The session user first: setting it also drops the role, which comes right after.
const ALL = ['sessionAuthorization', 'role', 'searchPath', 'lockTimeout', 'statementTimeout'];
const NAMES = { sessionAuthorization: 'session_authorization', role: 'role', searchPath: 'search_path', lockTimeout: 'lock_timeout', statementTimeout: 'statement_timeout' };
const BY_NAME = { ROLE: 'role', SEARCH_PATH: 'searchPath', LOCK_TIMEOUT: 'lockTimeout', STATEMENT_TIMEOUT: 'statementTimeout' };
/**
 * The settings as one SELECT's columns. `local` (SET LOCAL) inside a file's transaction: they
 * end with it, so nothing of ours is left on the connection between files (a transaction
 * pooler could hand it on). Session-wide for a no-transaction file, whose statements are
 * transactions of their own. `extra` adds columns (the lock check, a marker).
 */
function settingsSql(s, local, extra = [], only = ALL) {
    const set = (name) => `pg_catalog.set_config('${NAMES[name]}', ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(s[name])}, ${local})`;
    return `SELECT ${[...only.map(set), ...extra].join(', ')}`;
}
const RESET = /^RESET\s+(ALL|ROLE|SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT|SESSION\s+AUTHORIZATION)\s*$/i;
const TO_DEFAULT = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT)\s*(?:=|TO)\s*DEFAULT\s*$/i;
const ROLE_NONE = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(?:ROLE\s+NONE|SESSION\s+AUTHORIZATION\s+DEFAULT)\s*$/i;
/**
 * Which of our settings a statement puts back to the server's defaults (RESET ALL, RESET
 * ROLE, DISCARD ALL, SET lock_timeout TO DEFAULT ...). Within a file "reset" means back to
 * where the file started, so those are re-established right after it. A plain SET is the
 * file's own choice and lasts until the file ends.
 */
function resetsSettings(statement) {
    const [first, second] = statement.keywords;
    if (first === 'DISCARD')
        return second === 'ALL' ? ALL : [];
    if (first === 'RESET') {
        const word = RESET.exec(statement.text)?.[1]?.toUpperCase();
        if (!word)
            return [];
        return word === 'ALL' ? ALL : [BY_NAME[word] ?? 'role'];
    }
    if (first === 'SET') {
        if (ROLE_NONE.test(statement.text))
            return ['role'];
        const word = TO_DEFAULT.exec(statement.text)?.[1]?.toUpperCase();
        return word ? [BY_NAME[word]] : [];
    }
    return [];
}


/***/ })

};
