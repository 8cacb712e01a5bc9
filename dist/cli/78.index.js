export const id = 78;
export const ids = [78,432];
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

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u7: () => (/* binding */ driftError),
  n1: () => (/* binding */ planAll),
  uC: () => (/* binding */ refuseUnknownDatabase)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/migrate/planner.ts


/**
 * Compares files with history. Drift (an applied file edited or deleted, or a new file sorting
 * below the newest applied one) is reported, never applied around. View and policy files are
 * re-applied when they changed, and also when the phase's schema changed since they were last
 * applied: a DOWN may have dropped what they created, and new tables need their policies.
 */
function planPhase(files, state, rows, outOfOrder) {
    const phase = files.phase.name;
    const applied = state.applied.get(phase) ?? new Map();
    const drift = [];
    const byVersion = new Map(files.migrations.map((f) => [f.version.text, f]));
    for (const [version, row] of applied) {
        const file = byVersion.get(version);
        if (!file) {
            drift.push({
                phase, version, file: row.file_name, reason: 'missing', appliedChecksum: row.checksum,
                message: `applied migration ${row.file_name} (version ${version}) is missing from ${files.phase.migrations.rel}`,
            });
        }
        else if (file.checksum !== row.checksum) {
            drift.push({
                phase, version, file: file.path.rel, reason: 'changed', appliedChecksum: row.checksum, currentChecksum: file.checksum,
                message: `applied migration was edited after it ran: checksum applied ${row.checksum.slice(0, 12)}…, now ${file.checksum.slice(0, 12)}…`,
            });
        }
    }
    const pending = files.migrations.filter((f) => !applied.has(f.version.text));
    const upToDate = files.migrations.filter((f) => applied.has(f.version.text));
    const newest = [...applied.keys()]
        // A layout's version that is not a number (a Sqitch change) compares by the file's place.
        .map((v) => ({ v, parts: byVersion.get(v)?.version.parts ?? (0,versions/* parseVersionText */.bw)(v) ?? [] }))
        .sort((a, b) => (0,versions/* compareVersions */.Zy)(b.parts, a.parts))[0];
    if (newest && !outOfOrder) {
        for (const file of pending) {
            if ((0,versions/* compareVersions */.Zy)(file.version.parts, newest.parts) < 0) {
                drift.push({
                    phase, version: file.version.text, file: file.path.rel, reason: 'out-of-order',
                    message: `version ${file.version.text} sorts below the newest applied version ${newest.v}; renumber it, or set out_of_order: true`,
                });
            }
        }
    }
    const schemaChangedAt = lastSchemaChange(rows, phase);
    const repeatable = (kind) => (file) => {
        const last = state.repeatables.get((0,migrate_history/* repeatableKey */.Ro)(phase, kind, file.path.rel));
        let reason;
        if (!last)
            reason = 'new';
        else if (last.checksum !== file.checksum)
            reason = 'changed';
        else if (pending.length > 0 || BigInt(last.id) < schemaChangedAt)
            reason = 'schema-changed';
        return { kind, file, reason, previousChecksum: last?.checksum };
    };
    return {
        files,
        pending,
        upToDate,
        repeatables: [...files.views.map(repeatable('view')), ...files.policies.map(repeatable('policy'))],
        drift,
        currentVersion: newest?.v,
        applied,
        lastFailures: lastFailures(rows, phase, pending),
    };
}
function lastFailures(rows, phase, pending) {
    const wanted = new Set(pending.map((f) => f.version.text));
    const last = new Map();
    for (const row of rows)
        if (row.phase === phase && row.kind === 'migration' && row.version !== null && wanted.has(row.version))
            last.set(row.version, row);
    for (const [version, row] of last)
        if (row.success)
            last.delete(version);
    return last;
}
function lastSchemaChange(rows, phase) {
    let last = 0n;
    for (const row of rows) {
        if (row.phase === phase && row.success && (row.kind === 'migration' || row.kind === 'down')) {
            const id = BigInt(row.id);
            if (id > last)
                last = id;
        }
    }
    return last;
}

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/engine/phase-results.ts
var phase_results = __webpack_require__(7046);
;// CONCATENATED MODULE: ./src/engine/history-plans.ts





/** Reads the history once and plans every selected phase; fills result.phases and result.drift. */
async function planAll(ctx) {
    const { config, phases } = ctx.prepared;
    const rows = await (0,migrate_history/* readHistory */.Lu)(ctx.session.client, config.historyTable);
    const state = (0,migrate_history/* historyState */.K6)(rows);
    const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
    const to = ctx.options.command === 'migrate' || ctx.options.command === 'plan' ? ctx.options.to : undefined;
    if (to !== undefined)
        for (const plan of plans)
            stopAt(ctx, plan, to);
    ctx.result.phases = plans.map(phase_results/* phaseResultFromPlan */.K);
    ctx.result.drift = plans.flatMap((p) => p.drift);
    // A layout's notes on a file (an empty file applied as a no-op...) are said while it is pending.
    for (const file of plans.flatMap((p) => p.pending))
        for (const note of file.notes ?? [])
            ctx.result.warnings.push(`${file.path.rel}: ${note}`);
    return { plans, rows };
}
function driftError(ctx, applying) {
    const drift = ctx.result.drift;
    if (drift.length === 0)
        return undefined;
    const first = drift[0];
    const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
    return new promote_error/* Drift */.K0(`history and files disagree: ${first.message}${more}.${applying ? ' Nothing was applied.' : ''}`, { file: first.file, phase: first.phase, version: first.version });
}
/**
 * migrate and plan on a database whose history is empty: another tool's history table, or
 * tables already in a phase's schema, stop the run (exit 2) before anything is created, naming
 * what was found and the baseline command. A database with history pays nothing for this.
 */
async function refuseUnknownDatabase(ctx, historyRows) {
    if (historyRows > 0)
        return;
    const { refuseUnknownDatabase: refuse } = await __webpack_require__.e(/* import() */ 596).then(__webpack_require__.bind(__webpack_require__, 6596));
    for (const files of ctx.prepared.phases) {
        await refuse(ctx.session.client, { phase: files.phase.name, schema: files.phase.schema, history: ctx.prepared.config.historyTable, historyRows });
    }
}
/** migrate --to VERSION: only pending files up to and including VERSION; later ones stay pending for another run. */
function stopAt(ctx, plan, to) {
    const phases = ctx.prepared.phases;
    if (phases.length !== 1) {
        throw (0,promote_error/* usageError */.Wp)(`--to names a version of one phase; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const target = (0,versions/* parseVersionText */.bw)(to);
    const all = plan.files.migrations;
    const known = all.some((f) => f.version.text === to || (target && f.version.parts && (0,versions/* compareVersions */.Zy)(f.version.parts, target) === 0));
    if (!known) {
        const range = all.length > 0 ? `its versions run from ${all[0].version.text} to ${all.at(-1).version.text}` : 'it has no migration files';
        throw (0,promote_error/* usageError */.Wp)(`--to ${to} is no migration of phase '${plan.files.phase.name}' (${range})`, { key: '--to', phase: plan.files.phase.name, version: to });
    }
    const index = all.findIndex((f) => f.version.text === to || (target && (0,versions/* compareVersions */.Zy)(f.version.parts, target) === 0));
    const allowed = new Set(all.slice(0, index + 1));
    const later = plan.pending.filter((f) => !allowed.has(f));
    plan.pending = plan.pending.filter((f) => allowed.has(f));
    if (later.length > 0) {
        ctx.result.warnings.push(`--to ${to}: ${later.length} later migration${later.length === 1 ? '' : 's'} of phase ${plan.files.phase.name} stay${later.length === 1 ? 's' : ''} pending (${later.map((f) => f.version.text).slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})`);
    }
}


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);
/* harmony import */ var _staging_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2264);


/**
 * plan and status only read: no lock, no history table created, nothing written. Drift makes
 * them fail (exit 1) so a workflow can gate on them.
 */
async function inspect(ctx) {
    const { plans, rows } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .planAll */ .n1)(ctx);
    if (ctx.options.command !== 'status' && ctx.options.command !== 'down')
        await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseUnknownDatabase */ .uC)(ctx, rows.length);
    const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_0__/* .driftError */ .u7)(ctx, false);
    if (drift)
        throw drift;
    await (0,_staging_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .stagingGate */ .B)(ctx, plans);
    if (ctx.options.command === 'plan')
        await lintForApprovers(ctx);
}
/** The plan approvers read carries the pending files' lint findings, judged against the target. */
async function lintForApprovers(ctx) {
    const { config, phases, target } = ctx.prepared;
    // Loaded here, not at the top: status and migrate, run by every CI job, never lint.
    const [{ runLint }, { largeTableBytes }, { lintFailure }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(522), __webpack_require__.e(529)]).then(__webpack_require__.bind(__webpack_require__, 7529)), __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 5118)), Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(522), __webpack_require__.e(529), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 2773))]);
    ctx.result.lint = await runLint({
        root: config.root,
        phases: phases.map((p) => p.phase),
        postgresVersion: config.lint.postgresVersion,
        config: config.lint,
        database: { client: ctx.session.client, target: target.display, history: config.historyTable, largeTableBytes: largeTableBytes() },
    });
    const failure = lintFailure(ctx.result.lint);
    if (failure)
        throw failure;
}


/***/ }),

/***/ 9078:
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
    ctx.result.executionId ??= (0,external_node_crypto_.randomUUID)();
    if (withoutBackupReason !== undefined) {
        await (0,events/* recordEvent */.yM)(ctx.session.client, historySchema, {
            executionId: ctx.result.executionId,
            actor,
            event: 'backup.bypassed',
            detail: { database: target.database, target: target.display, command: 'migrate', reason: withoutBackupReason },
        });
        ctx.result.warnings.push(`migrating production database '${target.database}' without a verified backup: ${withoutBackupReason} (recorded in ${historySchema}.promotion_events)`);
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
        executionId: ctx.result.executionId,
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

// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/migrate/sql-file.ts + 1 modules
var sql_file = __webpack_require__(5356);
;// CONCATENATED MODULE: ./src/engine/callbacks.ts


/**
 * A phase's callback files, read and checked before anything runs (a missing or unrunnable one
 * is a config error naming it, exit 2), like Flyway's beforeMigrate and afterMigrate.
 */
function readCallbacks(root, phase) {
    const read = (when) => phase.callbacks[when].map((file) => {
        (0,paths/* assertInsideRealRoot */.n)(root, file, { file: file.rel, key: `phases.${phase.name}.callbacks.${when}` });
        return (0,sql_file/* readSqlFile */.Lf)(file);
    });
    return { before: read('before'), after: read('after') };
}
const hasCallbacks = (c) => c.before.length + c.after.length > 0;

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
    constructor(ctx) {
        this.ctx = ctx;
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
        const files = this.ctx.result.phases.flatMap((p) => p.files);
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
    if (ctx.options.dryRun)
        return (0,inspect.inspect)(ctx);
    const { config, target } = ctx.prepared;
    if (config.production.databases.includes(target.database))
        await (await __webpack_require__.e(/* import() */ 640).then(__webpack_require__.bind(__webpack_require__, 2640))).warnOfUnfinishedRamps(ctx);
    try {
        await backupGate(ctx);
    }
    catch (err) {
        // Refused, it still says what it would have applied: the pending count is the news.
        await (0,history_plans/* planAll */.n1)(ctx).catch(() => undefined);
        throw err;
    }
    const interruption = new MigrateInterruption(ctx);
    try {
        await (0,session_setup/* withMigrationLock */.KE)(ctx, async () => {
            const { plans, rows } = await (0,history_plans/* planAll */.n1)(ctx);
            await (0,history_plans/* refuseUnknownDatabase */.uC)(ctx, rows.length);
            const drift = (0,history_plans/* driftError */.u7)(ctx, true);
            if (drift)
                throw drift;
            const callbacks = plans.map((p) => readCallbacks(ctx.prepared.config.root, p.files.phase));
            await (0,session_setup/* ensureHistoryTable */.r0)(ctx, ['SELECT', 'INSERT']);
            await (0,staging_gate/* stagingGate */.B)(ctx, plans);
            const run = { ...(await (0,session_setup/* runContext */.pO)(ctx)), emit: interruption.watch(ctx.emit) };
            if (callbacks.some(hasCallbacks))
                await run.store.allowCallbacks(ctx.session.client);
            for (const [index, plan] of plans.entries()) {
                interruption.check();
                await applyPhase(ctx, run, plan, index, callbacks[index]);
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
async function applyPhase(ctx, run, plan, index, callbacks) {
    const phase = plan.files.phase;
    const result = ctx.result.phases[index];
    const repeatables = plan.repeatables.filter((r) => r.reason);
    ctx.emit({ type: 'phase-start', phase: phase.name, pending: plan.pending.length + repeatables.length });
    const work = [
        ...plan.pending.map((file) => ({ phase: phase.name, kind: 'migration', version: file.version.text, file })),
        ...repeatables.map((r) => ({ phase: phase.name, kind: r.kind, file: r.file })),
    ];
    // Callbacks run around every migrate that applies something to the phase, never on a no-op.
    const callback = (file) => ({ phase: phase.name, kind: 'callback', file });
    const items = work.length === 0 ? work : [...callbacks.before.map(callback), ...work, ...callbacks.after.map(callback)];
    for await (const outcome of (0,applier/* applyInOrder */.g)(run, items)) {
        (0,phase_results/* recordOutcome */.U)(result, outcome);
        if (outcome.status === 'failed') {
            const error = outcome.error;
            throw new promote_error/* MigrationFailed */.g6(error.message, { ...error, phase: phase.name, version: outcome.version });
        }
    }
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ phaseResultFromPlan),
/* harmony export */   U: () => (/* binding */ recordOutcome)
/* harmony export */ });
/* harmony import */ var _migrate_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3909);

/** The plan as results: what is applied, what is pending, which repeatables would re-run. */
function phaseResultFromPlan(plan) {
    const phase = plan.files.phase;
    const files = [
        ...plan.upToDate.map((f) => {
            const baselined = (0,_migrate_history_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineSourceOf */ .QI)(plan.applied.get(f.version.text)?.applied_by ?? '');
            return {
                phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
                checksum: f.checksum, status: 'up-to-date', transactional: f.transactional, ...(baselined ? { baselined } : {}),
            };
        }),
        ...plan.pending.map((f) => {
            const failed = plan.lastFailures.get(f.version.text);
            const lastFailure = failed && { at: new Date(failed.applied_at).toISOString(), message: (failed.error_message ?? 'no message recorded').split('\n')[0] };
            return {
                phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
                checksum: f.checksum, status: 'pending', transactional: f.transactional, ...(lastFailure ? { lastFailure } : {}),
            };
        }),
        ...plan.repeatables.map((r) => ({
            phase: phase.name, kind: r.kind, file: r.file.path.rel, checksum: r.file.checksum,
            status: r.reason ? 'pending' : 'up-to-date', transactional: true,
        })),
    ];
    return { name: phase.name, schema: phase.schema, files, currentVersion: plan.currentVersion };
}
// Where each file's entry is in its phase's list: a search per file would make a run of
// thousands of files quadratic. Kept beside the result, never in it (results are plain data).
const positions = new WeakMap();
const keyOf = (f) => `${f.kind}\0${f.file}`;
/** Replaces a file's planned entry with what actually happened to it. */
function recordOutcome(phase, outcome) {
    // Keyed by the list itself: a command that replaces the list gets a fresh index.
    let index = positions.get(phase.files);
    if (!index) {
        index = new Map();
        for (const [i, f] of phase.files.entries())
            if (!index.has(keyOf(f)))
                index.set(keyOf(f), i);
        positions.set(phase.files, index);
    }
    const at = index.get(keyOf(outcome));
    if (at !== undefined)
        phase.files[at] = outcome;
    else {
        index.set(keyOf(outcome), phase.files.length);
        phase.files.push(outcome);
    }
    if (outcome.kind === 'migration' && outcome.status === 'applied')
        phase.currentVersion = outcome.version;
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
    ctx.result.executionId ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
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
        executionId: ctx.result.executionId,
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
async function stagingGate(ctx, plans) {
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
    ctx.result.checks = [...(ctx.result.checks ?? []), check];
    if (findings.length === 0)
        return;
    const first = findings[0];
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more: ${findings.slice(1, 4).map((f) => f.object).join(', ')}${findings.length > 4 ? ', …' : ''})` : '';
    const applying = ctx.result.command === 'migrate' ? ' Nothing was applied.' : '';
    throw new promote_error/* CheckFailed */.EC(`staging gate: ${first.reason}${more}.${applying}`, { file: first.object, key: '--staging-url' });
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

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bX: () => (/* binding */ MAX_SQL_FILE_BYTES),
  Lf: () => (/* binding */ readSqlFile),
  Is: () => (/* binding */ sqlFileFromText)
});

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
;// CONCATENATED MODULE: ./src/migrate/sql-file.ts








const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;
/**
 * Reads a migration, view or policy file and refuses what pg-promote cannot run faithfully:
 * its own transaction control (pg-promote owns the transaction), psql meta-commands (there is
 * no psql), unterminated quotes, encodings other than UTF-8, NUL bytes, and empty files where
 * they are not allowed (views and policies; a migration may be empty).
 */
function readSqlFile(file, options = {}) {
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
    return sqlFileFromText(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}
/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
function sqlFileFromText(file, content, options = {}) {
    const offset = (options.firstLine ?? 1) - 1;
    const where = (extra = {}) => ({ file: file.rel, ...extra, ...(extra.line === undefined ? {} : { line: extra.line + offset }) });
    const split = (0,sql_statements/* splitStatements */.X)(content);
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        throw (0,promote_error/* configError */.Fj)(`unterminated ${kind} starting here`, where({ line, column }));
    }
    const meta = split.metaCommands[0];
    if (meta) {
        throw (0,promote_error/* configError */.Fj)(`psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, where({ line: meta.line, column: meta.column }));
    }
    if (split.statements.length === 0 && !options.allowEmpty)
        throw (0,promote_error/* configError */.Fj)('file has no SQL statements', where({ line: 1 }));
    const first = split.statements[0];
    const transactional = options.transactional ?? (0,directives/* parseDirectives */.M)(first ? content.slice(0, first.start) : content, file.rel).transactional;
    for (const statement of split.statements) {
        const control = transactionControl(statement);
        if (control) {
            throw (0,promote_error/* configError */.Fj)(`${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
                (transactional ? ' (or mark the file -- pg-promote:no-transaction and let each statement commit on its own)' : ''), where({ line: statement.line, column: statement.column }));
        }
        // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
        const needsNoTransaction = transactional ? (0,no_transaction/* noTransactionStatement */.F)(statement.text) : undefined;
        if (needsNoTransaction) {
            throw (0,promote_error/* configError */.Fj)(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own whose header has -- pg-promote:no-transaction`, where({ line: statement.line, column: statement.column }));
        }
    }
    const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
    return { path: file, sql: content, checksum: checksumOf(content), statements, transactional };
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
const FIRST_WORDS = new Set(['CREATE', 'DROP', 'REINDEX', 'VACUUM', 'CLUSTER', 'ALTER', 'DISCARD']);
/**
 * Which second words can follow CREATE, DROP and ALTER in an entry above. Migrate asks about
 * every statement of every file, mostly CREATE TABLE and INSERT, so the plain case (two words
 * and a space at the start) is answered from the text without lexing; anything else (a comment
 * between the words, a quoted name) goes to the lexer. The test that runs every entry's example
 * through noTransactionStatement fails if an entry is added that this would let through.
 */
const SECOND_WORDS = {
    CREATE: new Set(['INDEX', 'UNIQUE', 'DATABASE', 'TABLESPACE', 'SUBSCRIPTION']),
    DROP: new Set(['INDEX', 'DATABASE', 'TABLESPACE']),
    ALTER: new Set(['TABLE', 'DATABASE', 'SYSTEM']),
};
// Two ASCII identifiers at the very start, each ending where an identifier must end.
const HEAD = /^([A-Za-z_][\w$]*)(?![\w$\x80-\uffff])(?:\s+([A-Za-z_][\w$]*)(?![\w$\x80-\uffff]))?/;
function mayNeedNoTransaction(text) {
    const head = HEAD.exec(text);
    if (!head)
        return true;
    const first = head[1].toUpperCase();
    if (!FIRST_WORDS.has(first))
        return false;
    const second = SECOND_WORDS[first];
    return !second || head[2] === undefined || second.has(head[2].toUpperCase());
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
/* harmony import */ var _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7464);
/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */


const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);
/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
    words = [];
    count = 0;
    routine = false;
    depth = 0;
    /** Whether a word can still matter: the first four decide whether this is a routine at all. */
    get listening() {
        return this.count < 4 || this.routine;
    }
    word(word, parenDepth) {
        const lower = word.toLowerCase();
        if (this.count < 4) {
            if (ROUTINE_WORDS.has(lower))
                this.words[this.count] = lower;
            this.count++;
            const [w0, w1, w2, w3] = this.words;
            this.routine =
                w0 === 'create' &&
                    (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
        }
        if (!this.routine || parenDepth !== 0)
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
    const token = (at) => {
        if (start < 0)
            start = at;
        keywordsOpen = false;
    };
    // Most words are neither among a statement's first keywords nor in a routine's body: a
    // migration run splits every file, so those are not even cut out of the text.
    const word = (at, end) => {
        if (start < 0)
            start = at;
        const keyword = keywordsOpen && keywords.length < 3;
        if (!keyword && !blocks.listening)
            return;
        const text = sql.slice(at, end);
        if (keyword)
            keywords.push((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiUpper */ .oP)(text));
        blocks.word(text, parenDepth);
    };
    const finish = (before) => {
        if (start >= 0) {
            let end = before;
            while (end > start && (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(sql.charCodeAt(end - 1)))
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
        if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(c)) {
            i++;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF && sql.charCodeAt(i) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR)
                i++;
        }
        else if (c === 0x2f && next === 0x2a) {
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipBlockComment */ .cv)(sql, i);
            if (after < 0)
                fail('block comment', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA || ((c === 0x45 || c === 0x65) && next === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA)) {
            token(i);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA ? i + 1 : i + 2, _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA, c !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA);
            if (after < 0)
                fail('string', i);
            else
                i = after;
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA || sql.charCodeAt(i + 2) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB)) {
            token(i);
            const quote = sql.charCodeAt(i + 2);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, i + 3, quote, false);
            if (after < 0)
                fail(quote === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA ? 'string' : 'quoted identifier', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB) {
            token(i);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, i + 1, _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB, false);
            if (after < 0)
                fail('quoted identifier', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DOLLAR */ .hr) {
            token(i);
            const delimiter = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(next) ? undefined : (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .dollarDelimiterAt */ .fv)(sql, i);
            if (delimiter === undefined) {
                i = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(next) ? (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipDigits */ .QJ)(sql, i + 1) : i + 1;
            }
            else {
                const close = sql.indexOf(delimiter, i + delimiter.length);
                if (close < 0)
                    fail('dollar quote', i);
                else
                    i = close + delimiter.length;
            }
        }
        else if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentStart */ .ni)(c)) {
            let j = i + 1;
            while (j < n && (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentCont */ .V0)(sql.charCodeAt(j)))
                j++;
            word(i, j);
            i = j;
        }
        else if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(c)) {
            token(i);
            i = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipDigits */ .QJ)(sql, i);
        }
        else if (c === 0x3b) {
            // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
            if (start >= 0 && (parenDepth > 0 || blocks.depth > 0))
                token(i);
            else
                finish(i);
            i++;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_) {
            // A meta-command line is psql's, never the server's: it ends the statement before it.
            finish(i);
            let j = i + 1;
            while (j < n && !(0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(sql.charCodeAt(j)) && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_)
                j++;
            metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
            while (j < n && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR)
                j++;
            i = sql.charCodeAt(j) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR && sql.charCodeAt(j + 1) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF ? j + 2 : j + 1;
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
