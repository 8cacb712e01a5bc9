export const id = 346;
export const ids = [346];
export const modules = {

/***/ 9054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runPgRestore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _encryption_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3985);
/* harmony import */ var _pg_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6247);




/**
 * Runs pg_restore over an archive. For an encrypted archive it is fed through stdin, each
 * chunk authenticated before it is passed on; if a chunk fails, pg_restore is killed first,
 * so a half-fed restore in a single transaction rolls back instead of committing.
 */
async function runPgRestore(tool, args, input, options) {
    const encrypted = input.key !== undefined;
    const fileArgs = encrypted ? [] : [input.path];
    let running;
    try {
        running = (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .startTool */ .pQ)(tool, [...args, ...fileArgs], { target: options.target, stdin: encrypted ? 'pipe' : 'ignore', stdout: options.stdout ?? 'ignore' });
    }
    catch (err) {
        throw (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnFailure */ .M0)('pg_restore', tool, err);
    }
    const { child } = running;
    if (options.onStdout)
        child.stdout?.on('data', options.onStdout);
    const exitPromise = running.exit.catch((err) => {
        throw (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnFailure */ .M0)('pg_restore', tool, err);
    });
    if (!encrypted)
        return { exit: await exitPromise };
    const decrypt = new _encryption_js__WEBPACK_IMPORTED_MODULE_2__/* .DecryptStream */ .e7(input.key);
    let fed = 0;
    let decryptError;
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(input.path, { highWaterMark: 1024 * 1024 }), decrypt, async function* (source) {
        for await (const chunk of source) {
            fed += chunk.length;
            options.onFed?.(fed);
            yield chunk;
        }
    }, child.stdin).catch((err) => {
        // pg_restore --list stops reading after the table of contents: a closed pipe is expected.
        if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_PREMATURE_CLOSE' || err.code === 'ERR_STREAM_DESTROYED')
            return;
        decryptError = err;
        child.kill('SIGKILL');
    });
    const [exit] = await Promise.all([exitPromise, feeding]);
    return { exit, decryptError };
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

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ hashAndAuthenticate),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   En: () => (/* binding */ sizeOnDisk),
/* harmony export */   nP: () => (/* binding */ hashFolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _encryption_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3985);







const READ_CHUNK = 1024 * 1024;
/** Sinks bytes; a stream's end we only want to reach, not keep. */
const discard = () => new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({
    write(_chunk, _enc, done) {
        done();
    },
});
function tap(hash, counter) {
    return async function* (source) {
        for await (const chunk of source) {
            hash.update(chunk);
            counter.bytes += chunk.length;
            yield chunk;
        }
    };
}
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const counter = { bytes: 0 };
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: READ_CHUNK }), tap(hash, counter), discard());
    return { sha256: hash.digest('hex'), sizeBytes: counter.bytes };
}
/**
 * A directory-format dump: every file's digest, and one SHA-256 over the sorted list
 * ("<sha256>  <name>\n" per file, as sha256sum prints it), so one value stands for the folder.
 */
async function hashFolder(dir) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
    const files = [];
    for (const name of names) {
        const digest = await hashFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
        files.push({ name, sizeBytes: digest.sizeBytes, sha256: digest.sha256 });
    }
    const listing = files.map((f) => `${f.sha256}  ${f.name}\n`).join('');
    return {
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(listing).digest('hex'),
        sizeBytes: files.reduce((sum, f) => sum + f.sizeBytes, 0),
        files,
    };
}
/**
 * One read of an encrypted dump: the SHA-256 of what is stored, and every chunk authenticated
 * (decrypted into nothing). Nothing plaintext is written anywhere.
 */
async function hashAndAuthenticate(file, masterKey) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const counter = { bytes: 0 };
    const decrypt = new _encryption_js__WEBPACK_IMPORTED_MODULE_6__/* .DecryptStream */ .e7(masterKey);
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: READ_CHUNK }), tap(hash, counter), decrypt, discard());
    return { sha256: hash.digest('hex'), sizeBytes: counter.bytes, plaintextBytes: decrypt.plaintextBytes };
}
/** Bytes on disk so far, for progress while pg_dump writes a file or folder itself. */
async function sizeOnDisk(target) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target);
        if (!info.isDirectory())
            return info.size;
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(target, { withFileTypes: true });
        const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(target, e.name)).then((s) => s.size, () => 0)));
        return sizes.reduce((a, b) => a + b, 0);
    }
    catch {
        return 0;
    }
}


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ EncryptStream),
/* harmony export */   e7: () => (/* binding */ DecryptStream),
/* harmony export */   ji: () => (/* binding */ keyFromEnv),
/* harmony export */   qe: () => (/* binding */ decryptFailure),
/* harmony export */   wn: () => (/* binding */ DEFAULT_CHUNK_BYTES),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* unused harmony exports HEADER_BYTES, TAG_BYTES, DecryptError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/**
 * Encrypted backups: AES-256-GCM in independently authenticated chunks (the STREAM
 * construction, as age and Tink use). A single GCM stream would only authenticate at its very
 * end, so nothing could be trusted before the last byte; with chunks each piece is checked
 * before it is used, chunk numbers in the nonces stop reordering, and a "last chunk" flag in
 * the last nonce turns truncation at a chunk boundary into an authentication failure.
 *
 *   header  "PGPRENC1" | chunk size (uint32 BE) | salt (32) | key id (8)        = 52 bytes
 *   chunk   ciphertext (chunk size; the last one up to chunk size, empty only for empty input) | tag (16)
 *
 * Each file has its own key, HKDF-SHA256(master key, salt), so nonces never repeat across
 * files. The header is the additional authenticated data of every chunk.
 */
const MAGIC = Buffer.from('PGPRENC1', 'ascii');
const HEADER_BYTES = MAGIC.length + 4 + 32 + 8;
const TAG_BYTES = 16;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const HKDF_INFO = Buffer.from('pg-promote backup AES-256-GCM v1');
/** The master key from the environment variable the config names; its value is never echoed. */
function keyFromEnv(name, env = process.env) {
    const raw = env[name]?.trim();
    const where = { key: 'backup.encryption_key_env' };
    if (!raw)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${name} is not set (it should hold the backup key: 32 bytes as 64 hex characters or base64)`, where);
    if (/^[0-9a-fA-F]{64}$/.test(raw))
        return Buffer.from(raw, 'hex');
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) {
        const key = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (key.length === 32)
            return key;
    }
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${name} does not hold a 32-byte key (expected 64 hex characters or base64 of 32 bytes; generate one with: openssl rand -hex 32)`, where);
}
/** A fingerprint that identifies the key without revealing it (a PRF output, not a hash of the key). */
function keyId(masterKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', masterKey).update('pg-promote key id').digest('hex').slice(0, 16);
}
function fileKey(masterKey, salt) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdfSync)('sha256', masterKey, salt, HKDF_INFO, 32));
}
function nonce(counter, last) {
    const n = Buffer.alloc(12);
    n.writeBigUInt64BE(BigInt(counter), 3);
    n[11] = last ? 1 : 0;
    return n;
}
/** Queued input: chunks are cut from it without copying every arriving piece into one buffer. */
class ByteQueue {
    parts = [];
    length = 0;
    push(b) {
        if (b.length === 0)
            return;
        this.parts.push(b);
        this.length += b.length;
    }
    take(n) {
        const out = Buffer.allocUnsafe(n);
        let filled = 0;
        while (filled < n) {
            const head = this.parts[0];
            const used = Math.min(head.length, n - filled);
            head.copy(out, filled, 0, used);
            filled += used;
            if (used === head.length)
                this.parts.shift();
            else
                this.parts[0] = head.subarray(used);
        }
        this.length -= n;
        return out;
    }
}
class EncryptStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    chunkBytes;
    queue = new ByteQueue();
    header;
    key;
    counter = 0;
    plaintextBytes = 0;
    constructor(masterKey, chunkBytes = DEFAULT_CHUNK_BYTES) {
        super();
        this.chunkBytes = chunkBytes;
        const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunkBytes);
        this.header = Buffer.concat([MAGIC, size, salt, Buffer.from(keyId(masterKey), 'hex')]);
        this.key = fileKey(masterKey, salt);
        this.push(this.header);
    }
    seal(plain, last) {
        const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-gcm', this.key, nonce(this.counter++, last));
        cipher.setAAD(this.header);
        this.push(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
    }
    _transform(chunk, _enc, done) {
        this.queue.push(chunk);
        this.plaintextBytes += chunk.length;
        // Strictly more than a chunk queued: the chunk sealed now is certainly not the last.
        while (this.queue.length > this.chunkBytes)
            this.seal(this.queue.take(this.chunkBytes), false);
        done();
    }
    _flush(done) {
        this.seal(this.queue.take(this.queue.length), true);
        done();
    }
}
class DecryptError extends Error {
}
/** Emits plaintext only after its chunk authenticated; any damage, truncation or wrong key is an error. */
class DecryptStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    masterKey;
    queue = new ByteQueue();
    header;
    key;
    chunkBytes = 0;
    counter = 0;
    plaintextBytes = 0;
    constructor(masterKey) {
        super();
        this.masterKey = masterKey;
    }
    readHeader() {
        const header = this.queue.take(HEADER_BYTES);
        if (!header.subarray(0, MAGIC.length).equals(MAGIC))
            throw new DecryptError('not a pg-promote encrypted backup (bad header)');
        this.chunkBytes = header.readUInt32BE(MAGIC.length);
        if (this.chunkBytes < 1 || this.chunkBytes > MAX_CHUNK_BYTES)
            throw new DecryptError('damaged header (chunk size)');
        const id = header.subarray(MAGIC.length + 36).toString('hex');
        if (id !== keyId(this.masterKey))
            throw new DecryptError(`encrypted with another key (key id ${id}, this key's id is ${keyId(this.masterKey)})`);
        this.key = fileKey(this.masterKey, header.subarray(MAGIC.length + 4, MAGIC.length + 36));
        this.header = header;
    }
    open(sealed, last) {
        const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', this.key, nonce(this.counter, last));
        decipher.setAAD(this.header);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        let plain;
        try {
            plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
        }
        catch {
            throw new DecryptError(last ? `chunk ${this.counter} failed authentication: the file was altered or truncated` : `chunk ${this.counter} failed authentication: the file was altered`);
        }
        this.counter++;
        this.plaintextBytes += plain.length;
        this.push(plain);
    }
    _transform(chunk, _enc, done) {
        try {
            this.queue.push(chunk);
            if (!this.header && this.queue.length >= HEADER_BYTES)
                this.readHeader();
            const sealedBytes = this.chunkBytes + TAG_BYTES;
            while (this.header && this.queue.length > sealedBytes)
                this.open(this.queue.take(sealedBytes), false);
            done();
        }
        catch (err) {
            done(err);
        }
    }
    _flush(done) {
        try {
            if (!this.header)
                throw new DecryptError('truncated: shorter than the header');
            if (this.queue.length < TAG_BYTES)
                throw new DecryptError('truncated: the last chunk is missing');
            this.open(this.queue.take(this.queue.length), true);
            done();
        }
        catch (err) {
            done(err);
        }
    }
}
/** A decryption failure as the error restore reports: the database has not been touched. */
function decryptFailure(file, err, keyEnv) {
    const message = err.message;
    if (/another key/.test(message)) {
        return (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`the key in ${keyEnv} is not the key this backup was encrypted with (${message.replace(/^(encrypted with )?another key:? ?/, '')})`, { key: keyEnv, file });
    }
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot be decrypted: ${message}; nothing was restored`, { file });
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

/***/ 6247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* reexport */ dbnameArg),
  M0: () => (/* binding */ spawnFailure),
  pQ: () => (/* binding */ startTool),
  $x: () => (/* binding */ toolErrorLine),
  Lu: () => (/* binding */ toolFailure)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/db/conninfo.ts
var conninfo = __webpack_require__(1818);
// EXTERNAL MODULE: ./src/db/tls.ts
var tls = __webpack_require__(3467);
;// CONCATENATED MODULE: ./src/db/child-env.ts



/**
 * A child's (pg_dump, pg_restore, psql) environment: the caller's, minus every variable that
 * shapes a libpq connection, plus the resolved target spelled as those variables. The child
 * thus reaches exactly the server, database and user pg-promote did, and its command line
 * carries no URL and no password (argv is visible to every user of the machine).
 */
function childEnv(target, base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!connection_url/* CONNECTION_ENV */.HT.has(k))
            env[k] = v;
    env.LC_MESSAGES = 'C';
    env.PGHOST = target.host;
    if (target.hostaddr)
        env.PGHOSTADDR = target.hostaddr;
    env.PGPORT = String(target.port);
    env.PGUSER = target.user;
    env.PGDATABASE = target.database;
    if (target.password !== undefined)
        env.PGPASSWORD = target.password;
    else if (target.passfile)
        env.PGPASSFILE = target.passfile;
    env.PGSSLMODE = target.ssl.mode;
    if (target.ssl.rootcert)
        env.PGSSLROOTCERT = target.ssl.rootcert === 'system' ? ((0,tls/* systemRootFile */.E)() ?? 'system') : target.ssl.rootcert;
    if (target.ssl.cert)
        env.PGSSLCERT = target.ssl.cert;
    if (target.ssl.key)
        env.PGSSLKEY = target.ssl.key;
    if (target.ssl.crl)
        env.PGSSLCRL = target.ssl.crl;
    if (target.options)
        env.PGOPTIONS = target.options;
    if (target.applicationName)
        env.PGAPPNAME = target.applicationName;
    if (target.connectTimeoutSeconds)
        env.PGCONNECT_TIMEOUT = String(target.connectTimeoutSeconds);
    for (const [k, v] of Object.entries(target.extra)) {
        const variable = connection_url/* KEYWORD_ENV */.yC[k];
        if (variable)
            env[variable] = v;
    }
    return env;
}
/**
 * --dbname for a child: the database alone, as a keyword/value string, so a name holding '='
 * is not read as a connection string; everything else comes from childEnv.
 */
const dbnameArg = (target) => `--dbname=dbname=${(0,conninfo/* quoteConninfoValue */.G7)(target.database)}`;

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/secrets/redact.ts
/**
 * Defence in depth: adapters pass every line they print through a Redactor that knows the
 * run's secrets (the password in every spelling it may appear in). The engine never puts a
 * password in a message on purpose; this catches the day a library does.
 */
class Redactor {
    secrets = new Set();
    add(secret) {
        if (!secret || secret.length < 3)
            return;
        for (const form of [secret, encodeURIComponent(secret), safeDecode(secret)]) {
            if (form)
                this.secrets.add(form);
        }
    }
    redact(text) {
        let out = text;
        // Longest first, so a URL-encoded form is not half-replaced by a shorter one.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
    list() {
        return [...this.secrets];
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/backup/pg-tool.ts





const STDERR_KEEP = 32 * 1024;
/** Starts a tool; stderr is kept (its tail only: a failing restore can print megabytes). */
function startTool(file, args, options) {
    const redactor = new Redactor();
    for (const secret of [options.target.password, ...(options.secrets ?? [])])
        redactor.add(secret);
    const child = (0,external_node_child_process_.spawn)(file, args, {
        env: childEnv(options.target),
        stdio: [options.stdin ?? 'ignore', options.stdout ?? 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text) => {
        stderr = (stderr + text).slice(-STDERR_KEEP);
    });
    const exit = new Promise((resolve, reject) => {
        child.once('error', (err) => reject(err));
        child.once('close', (code, signal) => resolve({ code, signal, stderr: redactor.redact(stderr) }));
    });
    return { child, exit };
}
/** pg_dump and pg_restore prefix what matters with "error:"; the rest is context. */
function toolErrorLine(name, exit) {
    const lines = exit.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    const error = lines.find((l) => /\berror:/.test(l)) ?? lines.find((l) => /FATAL|ERROR/.test(l)) ?? lines.at(-1);
    const why = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
    return error ? error.replace(new RegExp(`^${name}:\\s*(error:\\s*)?`), '') : `${name} failed (${why})`;
}
const DISK_FULL = /No space left on device|File too large|Disk quota exceeded/i;
const NO_CONNECTION = /connection to server .* failed|could not connect|could not translate host name|password authentication failed/i;
/**
 * A failed tool as a PromoteError: a full disk or unreachable server is the environment's
 * problem (exit 2, nothing was touched); anything else is the stage failing (exit 1).
 */
function toolFailure(name, exit, context) {
    const line = toolErrorLine(name, exit);
    if (context.diskFull && (DISK_FULL.test(exit.stderr) || exit.signal === 'SIGXFSZ')) {
        return context.diskFull(`the disk is full or the file size limit was reached (${name}: ${line})`);
    }
    if (NO_CONNECTION.test(line)) {
        return new promote_error/* ConnectionFailed */.GK(`${name} cannot connect to ${context.target.display}: ${line}`, { object: context.target.display });
    }
    return new promote_error/* CheckFailed */.EC(`${context.doing}: ${name} failed: ${line}`, { object: context.target.display });
}
/** The child could not even start (removed between the version probe and now, not executable). */
function spawnFailure(name, file, err) {
    return new promote_error/* ConfigError */.xL(`cannot run ${name} (${file}): ${err.message}`, { key: name });
}


/***/ }),

/***/ 2064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ proveSameServer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _pg_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6247);




/**
 * Which server, database and role a connection reached: the start time of the server's
 * postmaster and the database's OID (readable by every role), the role, and the system
 * identifier where the role may read it. Two clusters never share all of these.
 */
const identitySql = (withSystemId) => `SELECT concat_ws(' | ', ${withSystemId ? "'system ' || (SELECT system_identifier FROM pg_catalog.pg_control_system())," : ''}` +
    `'started ' || extract(epoch FROM pg_catalog.pg_postmaster_start_time()), ` +
    `'database oid ' || (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()), ` +
    `'database ' || pg_catalog.current_database(), 'user ' || current_user) AS identity`;
const CAN_READ_SYSTEM_ID_SQL = "SELECT pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE') AS can";
/**
 * Proves that the client tools reach the server and database this session is connected to,
 * by asking psql (the same libpq, the same environment as pg_dump and pg_restore get) the same
 * question. Run before anything a child does is trusted or destructive: a restore that reached
 * another server would replace that server's database and report success.
 */
async function proveSameServer(client, target, besideTool, doing) {
    const can = Boolean((await client.query(CAN_READ_SYSTEM_ID_SQL)).rows[0]?.can);
    const sql = identitySql(can);
    const ours = (await client.query(sql)).rows[0]?.identity ?? '';
    const psql = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(besideTool), 'psql');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(psql)) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`psql not found beside ${besideTool}: it proves that the client tools reach ${target.display} before ${doing}`, { key: 'psql' });
    }
    let running;
    try {
        running = (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .startTool */ .pQ)(psql, ['-X', '-A', '-t', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .dbnameArg */ .aY)(target), '-c', sql], { target, stdout: 'pipe' });
    }
    catch (err) {
        throw (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnFailure */ .M0)('psql', psql, err);
    }
    let out = '';
    running.child.stdout?.setEncoding('utf8');
    running.child.stdout?.on('data', (t) => (out += t));
    const exit = await running.exit.catch((err) => {
        throw (0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnFailure */ .M0)('psql', psql, err);
    });
    if (exit.code !== 0) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectionFailed */ .GK(`the client tools cannot connect to ${target.display} (${(0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .toolErrorLine */ .$x)('psql', exit)}); nothing was done before ${doing}`, {
            object: target.display,
        });
    }
    const theirs = out.trim();
    if (theirs !== ours) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectionFailed */ .GK(`the client tools reach another server or database than this session (${theirs || 'nothing'}; this session: ${ours}); refusing ${doing}. ` +
            'Check PGHOST, PGPORT, PGUSER, PGDATABASE and PGSERVICE against the connection string', { object: target.display });
    }
}


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ toolsForBackup),
/* harmony export */   f: () => (/* binding */ toolsForRestore)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cluster_install_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8233);
/* harmony import */ var _cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7387);
/* harmony import */ var _cluster_pg_places_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2194);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2896);








const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const sameMajor = (a, b) => (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .majorOf */ .Ds)(a) === (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .majorOf */ .Ds)(b);
const atLeastMajor = (tool, needed) => tool >= needed || sameMajor(tool, needed);
function executable(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function probe(file) {
    try {
        const { stdout } = await run(file, ['--version'], { timeout: 15_000, env: { ...process.env, LC_ALL: 'C' } });
        const version = (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .programVersion */ .R2)(stdout);
        const versionNum = (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .versionNumber */ .e1)(version);
        return versionNum === undefined ? undefined : { path: file, version, versionNum };
    }
    catch {
        return undefined;
    }
}
/**
 * Every folder that holds both programs, each pair probed once, in parallel. Wrappers are
 * probed only when no real binary will do: Debian's pg_wrapper is a Perl script, slow to start.
 */
async function findCandidates(env, good) {
    const seen = new Set();
    const looked = (0,_cluster_pg_places_js__WEBPACK_IMPORTED_MODULE_5__/* .candidateDirs */ .qJ)(env);
    const pairs = [];
    for (const dir of looked) {
        const dump = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'pg_dump');
        const restore = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'pg_restore');
        if (!executable(dump) || !executable(restore))
            continue;
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(dump);
        const key = `${real}\0${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(restore)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        pairs.push({ dump, restore, wrapper: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(real) !== 'pg_dump' });
    }
    const probeAll = async (list) => {
        const probed = await Promise.all(list.map(async (p) => ({ pgDump: await probe(p.dump), pgRestore: await probe(p.restore), wrapper: p.wrapper })));
        return probed.filter((c) => c.pgDump !== undefined && c.pgRestore !== undefined);
    };
    const found = await probeAll(pairs.filter((p) => !p.wrapper));
    if (!found.some(good))
        found.push(...(await probeAll(pairs.filter((p) => p.wrapper))));
    return { found, looked };
}
function installHint(major) {
    return `install them (${(0,_cluster_install_command_js__WEBPACK_IMPORTED_MODULE_4__/* .installCommand */ .Je)('client', major)}) or set PG_BIN to their bin folder`;
}
/**
 * pg_dump must be at least the server's major version (an older one cannot read a newer
 * catalog, and says so in a way that is easy to misread): the newest suitable pair wins.
 */
async function toolsForBackup(server, env = process.env) {
    const good = (c) => atLeastMajor(c.pgDump.versionNum, server.versionNum) && c.pgRestore.versionNum >= c.pgDump.versionNum;
    const { found, looked } = await findCandidates(env, good);
    const suitable = found
        .filter(good)
        .sort((a, b) => b.pgDump.versionNum - a.pgDump.versionNum || Number(a.wrapper) - Number(b.wrapper));
    const best = suitable[0];
    if (best)
        return best;
    const needed = (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .majorOf */ .Ds)(server.versionNum);
    const newest = [...found].sort((a, b) => b.pgDump.versionNum - a.pgDump.versionNum)[0];
    if (!newest) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_6__/* .configError */ .Fj)(`pg_dump and pg_restore not found (${describeLooked(looked, env)}); ${installHint(needed)}`, { key: 'pg_dump' });
    }
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_6__/* .configError */ .Fj)(`pg_dump ${newest.pgDump.version} (${newest.pgDump.path}) is older than the server (PostgreSQL ${server.version}); ` +
        `a dump needs pg_dump ${needed} or newer: ${installHint(needed)}`, { key: 'pg_dump' });
}
/** pg_restore must read the archive, so it must be at least the version of the pg_dump that wrote it. */
async function toolsForRestore(dumpedBy, env = process.env) {
    const needed = (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .versionNumber */ .e1)(dumpedBy.version) ?? 0;
    const good = (c) => atLeastMajor(c.pgRestore.versionNum, needed);
    const { found, looked } = await findCandidates(env, good);
    const best = found
        .filter(good)
        .sort((a, b) => b.pgRestore.versionNum - a.pgRestore.versionNum || Number(a.wrapper) - Number(b.wrapper))[0];
    if (best)
        return best.pgRestore;
    const major = (0,_cluster_program_version_js__WEBPACK_IMPORTED_MODULE_7__/* .majorOf */ .Ds)(needed);
    const newest = [...found].sort((a, b) => b.pgRestore.versionNum - a.pgRestore.versionNum)[0];
    if (!newest) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_6__/* .configError */ .Fj)(`pg_restore not found (${describeLooked(looked, env)}); ${installHint(major)}`, { key: 'pg_restore' });
    }
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_6__/* .configError */ .Fj)(`pg_restore ${newest.pgRestore.version} (${newest.pgRestore.path}) cannot read a backup written by pg_dump ${dumpedBy.version}; ${installHint(major)}`, { key: 'pg_restore' });
}
function describeLooked(looked, env) {
    if (env.PG_BIN)
        return `looked in PG_BIN=${env.PG_BIN}`;
    if ((0,_cluster_pg_places_js__WEBPACK_IMPORTED_MODULE_5__/* .systemPgIgnored */ .XV)(env))
        return `PG_BIN is not set, and ${(0,_cluster_pg_places_js__WEBPACK_IMPORTED_MODULE_5__/* .ignoredSystemPg */ .bV)(env)}`;
    return `looked in ${looked.length > 6 ? `PATH and ${looked.length} folders` : looked.join(', ') || 'PATH'}`;
}


/***/ }),

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ listArchive),
/* harmony export */   jp: () => (/* binding */ tocFailure),
/* harmony export */   n: () => (/* binding */ missingFromToc)
/* harmony export */ });
/* unused harmony export TocParser */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _archive_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9054);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6253);
/* harmony import */ var _pg_tool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6247);





/**
 * The runbook's "pg_restore --list", made into a check: the list must be readable, and hold
 * every table, view and policy the database had when the dump's snapshot was taken.
 *
 * A list line is "dumpId; catalogOid objectOid DESCRIPTION schema name owner". Names may hold
 * spaces, so objects are matched by (catalog, OID), which the line states unambiguously.
 */
const ENTRY = /^(\d+); (\d+) (\d+) (.*)$/;
/** pg_class and pg_policy OIDs are the same on every server (genbki). */
const CATALOG_OIDS = { pg_class: '1259', pg_policy: '3256' };
const PG_NAMESPACE_OID = '2615';
/** "SCHEMA - name owner": the owner is the last word. */
const SCHEMA_ENTRY = /^SCHEMA - (.+) \S+$/;
function kindOf(description) {
    if (description.startsWith('TABLE DATA ') || description.startsWith('MATERIALIZED VIEW DATA '))
        return undefined;
    if (description.startsWith('TABLE '))
        return 'table';
    if (description.startsWith('VIEW ') || description.startsWith('MATERIALIZED VIEW '))
        return 'view';
    if (description.startsWith('POLICY '))
        return 'policy';
    return undefined;
}
/** Incremental: a listing can run to megabytes, so lines are consumed as they arrive. */
class TocParser {
    rest = '';
    listing;
    constructor(keepLines = false) {
        this.listing = { counts: { tables: 0, views: 0, policies: 0, entries: 0 }, objects: new Set(), schemas: [], lines: keepLines ? [] : undefined };
    }
    push(text) {
        const lines = (this.rest + text).split('\n');
        this.rest = lines.pop() ?? '';
        for (const line of lines)
            this.line(line);
    }
    end() {
        if (this.rest)
            this.line(this.rest);
        this.rest = '';
        return this.listing;
    }
    line(line) {
        const match = ENTRY.exec(line);
        if (!match)
            return;
        const counts = this.listing.counts;
        counts.entries++;
        this.listing.lines?.push(line);
        const schema = SCHEMA_ENTRY.exec(match[4]);
        if (match[2] === PG_NAMESPACE_OID && schema)
            this.listing.schemas.push({ name: schema[1], dumpId: match[1] });
        const kind = kindOf(match[4]);
        if (!kind)
            return;
        if (kind === 'table')
            counts.tables++;
        else if (kind === 'view')
            counts.views++;
        else
            counts.policies++;
        this.listing.objects.add(`${match[2]}/${match[3]} ${kind}`);
    }
}
async function listArchive(pgRestore, input, target, keepLines = false) {
    const parser = new TocParser(keepLines);
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    const { exit, decryptError } = await (0,_archive_input_js__WEBPACK_IMPORTED_MODULE_2__/* .runPgRestore */ .P)(pgRestore, ['--list'], input, {
        target,
        stdout: 'pipe',
        onStdout: (chunk) => parser.push(decoder.write(chunk)),
    });
    if (decryptError)
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckFailed */ .EC(`pg_restore --list: ${decryptError.message}`, { file: input.shown });
    if (exit.code !== 0) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckFailed */ .EC(`pg_restore --list cannot read the archive: ${(0,_pg_tool_js__WEBPACK_IMPORTED_MODULE_4__/* .toolErrorLine */ .$x)('pg_restore', exit)}`, { file: input.shown });
    }
    parser.push(decoder.end());
    // An empty list is what an empty database dumps to; what must be in it is checked by missingFromToc.
    return parser.end();
}
/** The objects the database had that the archive's table of contents lacks. */
function missingFromToc(listing, expected) {
    const all = [...expected.tables, ...expected.views, ...expected.policies];
    return all.filter((o) => !listing.objects.has(`${CATALOG_OIDS[o.catalog]}/${o.oid} ${o.kind}`));
}
function tocFailure(missing, file) {
    const shown = missing.slice(0, 5).map(_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .describeObject */ .v8).join(', ');
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckFailed */ .EC(`the archive's table of contents lacks ${missing.length} object(s) the database has: ${shown}${more}`, { file });
}


/***/ })

};
