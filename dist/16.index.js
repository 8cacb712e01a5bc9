export const id = 16;
export const ids = [16];
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

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ sameBackendGuardSql),
/* harmony export */   et: () => (/* binding */ acquireMigrationLock),
/* harmony export */   f6: () => (/* binding */ LOCK_GUARD_SQL),
/* harmony export */   wx: () => (/* binding */ isLockLost)
/* harmony export */ });
/* unused harmony exports MIGRATION_LOCK_KEY, TRY_LOCK_SQL, UNLOCK_SQL, LOCK_LOST_MARKER, LOCK_HOLDER_SQL */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * One session-level advisory lock per database serialises pg-promote runs. Advisory locks are
 * scoped to the current database already, so a fixed key pair is enough. ('pgpr' as an int.)
 */
const MIGRATION_LOCK_KEY = [0x70677072, 1];
const TRY_LOCK_SQL = 'SELECT pg_try_advisory_lock($1, $2) AS locked';
const UNLOCK_SQL = 'SELECT pg_advisory_unlock($1, $2) AS unlocked';
const [KEY_CLASS, KEY_OBJ] = MIGRATION_LOCK_KEY;
const HELD_HERE = `EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted
  AND pid = pg_catalog.pg_backend_pid() AND classid = ${KEY_CLASS}::oid AND objid = ${KEY_OBJ}::oid AND objsubid = 2
  AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()))`;
/** Marks the guard's failure, so the runner can tell a lost lock from a failing file. */
const LOCK_LOST_MARKER = 'pg-promote: this connection does not hold the migration lock';
/**
 * Runs before each file: fails unless this very server process still holds the migration
 * lock (behind a transaction pooler the file would run on a connection that does not). A
 * failing cast of a computed string: no branch is constant, so the planner cannot raise it early.
 */
const LOCK_GUARD_SQL = `SELECT CASE WHEN ${HELD_HERE} THEN 0 ELSE ('${LOCK_LOST_MARKER} (server process ' || pg_catalog.pg_backend_pid() || ')')::integer END`;
/**
 * The cheap form, for each transactional file: the server process is the one that took the
 * lock (`pid`, proven by LOCK_GUARD_SQL once taken). A transaction pooler hands a file another
 * server process, and this fails; a transactional file cannot release a session lock by
 * DISCARD ALL (refused in a transaction), and a no-transaction file is checked in full before
 * and after it. Reading pg_locks for every file was a measurable part of a run of small files.
 */
const sameBackendGuardSql = (pid) => `SELECT CASE WHEN pg_catalog.pg_backend_pid() = ${Math.trunc(pid)} THEN 0 ELSE ('${LOCK_LOST_MARKER} (server process ' || pg_catalog.pg_backend_pid() || ')')::integer END`;
const isLockLost = (err) => String(err?.message ?? '').includes(LOCK_LOST_MARKER);
/** Who holds the lock, for the message a waiting run gives up with. */
const LOCK_HOLDER_SQL = `
SELECT l.pid, a.application_name, a.usename, a.client_addr::text AS client_addr, a.backend_start
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2`;
/**
 * Polls pg_try_advisory_lock rather than blocking in pg_advisory_lock: a session blocked in
 * that call holds a snapshot, and CREATE INDEX CONCURRENTLY in the lock holder's run waits for
 * every such snapshot, so a blocking waiter would deadlock a run that builds an index.
 */
async function acquireMigrationLock(client, options) {
    const deadline = Date.now() + options.waitMs;
    const pollMs = options.pollMs ?? 200;
    let told = false;
    for (;;) {
        const result = await client.query(TRY_LOCK_SQL, [...MIGRATION_LOCK_KEY]);
        if (result.rows[0]?.locked) {
            return async () => {
                await client.query(UNLOCK_SQL, [...MIGRATION_LOCK_KEY]).catch(() => undefined);
            };
        }
        const holder = await describeHolder(client);
        if (Date.now() >= deadline) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LockNotAcquired */ .fC(`another pg-promote run holds the migration lock on database '${options.database}' (${holder}); ` +
                `waited ${Math.round(options.waitMs / 1000)}s. Nothing was applied; run again when it has finished`, { object: options.database });
        }
        if (!told) {
            options.onWait?.(holder);
            told = true;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
    }
}
/**
 * As far as this role may see: without pg_read_all_stats, pg_stat_activity hides another
 * role's session details (NULLs), so each is shown only when present.
 */
async function describeHolder(client) {
    const rows = (await client.query(LOCK_HOLDER_SQL, [...MIGRATION_LOCK_KEY])).rows;
    const row = rows[0];
    if (!row)
        return 'holder already gone';
    const parts = [`pid ${row.pid}`];
    if (row.application_name)
        parts.push(`application '${row.application_name}'`);
    if (row.usename)
        parts.push(`user ${row.usename}`);
    if (row.client_addr)
        parts.push(`from ${row.client_addr}`);
    if (row.backend_start)
        parts.push(`connected since ${row.backend_start.toISOString()}`);
    else
        parts.push('other details hidden from this role (pg_read_all_stats shows them)');
    return parts.join(', ');
}


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

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restore: () => (/* binding */ restore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/backup/backup-paths.ts
var backup_paths = __webpack_require__(8423);
// EXTERNAL MODULE: ./src/backup/catalog.ts
var catalog = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/backup/encryption.ts
var encryption = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/backup/manifest.ts + 1 modules
var backup_manifest = __webpack_require__(9336);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/backup/notice.ts



function rollbackNotice(f) {
    const versions = Object.entries(f.latestVersions).map(([phase, v]) => `${phase} ${v ?? 'none'}`).join(', ') || 'no schema history in the backup';
    const services = f.flagsOff.length > 0 ? ` (those behind the flags ${f.flagsOff.join(', ')})` : '';
    const leftovers = f.leftovers.length > 0 ? ` Objects created after the backup are still present and need a decision: ${f.leftovers.join(', ')}.` : '';
    return [
        `Subject: [ROLLBACK INITIATED] ${f.title}`,
        '',
        `Status: Rolled back. Database "${f.database}" (${f.target}) was restored from backup ${f.backupFile} at ${f.restoredAt.toISOString()} by ${f.actor}; the restore is complete.`,
        `Impact: The database is back to its state of ${f.takenAt}${f.walLsn ? ` (WAL ${f.walLsn})` : ''}. Every change written after that moment, by the promotion or by applications, is no longer in it. Schema versions now: ${versions}.${leftovers}`,
        `ETA: Done; the restore took ${(f.durationMs / 1000).toFixed(1)} s.`,
        `Action Required: Keep the services that write to this database stopped${services} until the applications are checked against the restored schema; re-enter any data written after the backup time that must be kept.`,
        '',
        'Will update in 15 minutes.',
        '',
    ].join('\n');
}
/** Beside the dated audit reports (report.dir), named after the database and the time of the restore. */
async function writeNotice(reportDir, database, at, text) {
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const file = external_node_path_default().join(reportDir, `rollback_${(0,backup_paths/* safeName */.jC)(database)}_${(0,backup_paths/* stamp */.iE)(at)}.txt`);
    await (0,promises_.writeFile)(file, text, { flag: 'wx' });
    return file;
}

// EXTERNAL MODULE: ./src/backup/same-server.ts
var same_server = __webpack_require__(2064);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/backup/archive-input.ts
var archive_input = __webpack_require__(9054);
// EXTERNAL MODULE: ./src/backup/pg-tool.ts + 2 modules
var pg_tool = __webpack_require__(6247);
;// CONCATENATED MODULE: ./src/backup/restore.ts







/**
 * The runbook's Immediate Rollback: pg_restore --clean --if-exists. One job runs as a single
 * transaction, so a restore that fails part-way leaves the database as it was; parallel jobs
 * (directory format) cannot share a transaction and stop at the first error instead.
 */
function restoreArgs(target, jobs, listFile) {
    const args = ['--clean', '--if-exists', '--no-password', (0,pg_tool/* dbnameArg */.aY)(target)];
    if (listFile)
        args.push(`--use-list=${listFile}`);
    return jobs > 1 ? [...args, `--jobs=${jobs}`, '--exit-on-error'] : [...args, '--single-transaction'];
}
async function restoreInto(options) {
    const started = Date.now();
    let fed;
    const ticker = setInterval(() => options.onProgress(fed, Date.now() - started), options.progressEveryMs);
    try {
        const { exit, decryptError } = await (0,archive_input/* runPgRestore */.P)(options.pgRestore, restoreArgs(options.target, options.jobs, options.listFile), options.input, {
            target: options.target,
            onFed: (bytes) => {
                fed = bytes;
            },
        });
        if (decryptError) {
            throw new promote_error/* CheckFailed */.EC(`restore stopped: ${decryptError.message}; pg_restore was killed before it could commit`, { file: options.input.shown });
        }
        if (exit.code !== 0) {
            const how = options.jobs > 1 ? 'the restore stopped at the first error; objects restored before it stay restored' : 'nothing was changed (one transaction, rolled back)';
            const failure = (0,pg_tool/* toolFailure */.Lu)('pg_restore', exit, { target: options.target, doing: `restore into ${options.target.display} failed` });
            throw (0,promote_error/* errorOfKind */.Oh)(failure.kind, `${failure.message}; ${how}`, failure.context);
        }
    }
    finally {
        clearInterval(ticker);
    }
}
const EXISTING_SCHEMAS_SQL = 'SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY($1::text[])';
/**
 * --clean would DROP SCHEMA every schema in the backup, which fails (and, in one transaction,
 * fails the whole restore) as soon as the schema holds anything the backup does not, such as
 * the table a failed promotion created. Schemas that exist are kept; everything in them that
 * the backup holds is still dropped and restored.
 *
 * Some tables must outlive a restore: the audit trail of decisions (a restore must not erase
 * the record of what led to it) and the feature flags (a kill switch thrown before restoring
 * must stay thrown). Their entries (table, data, constraints, defaults, owned sequences) are
 * left out, so --clean neither drops nor restores them. The edited list is not secret (names only).
 */
async function restoreList(client, listing, keepTables = []) {
    const names = listing.schemas.map((s) => s.name);
    const existing = new Set((await client.query(EXISTING_SCHEMAS_SQL, [names])).rows.map((r) => r.nspname));
    const skipped = new Set(listing.schemas.filter((s) => existing.has(s.name)).map((s) => s.dumpId));
    // Kept only where it is there to keep: a table the accident dropped comes back from the backup.
    const quoted = (t) => `${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(t.schema)}.${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(t.table)}`;
    const present = new Set((await client.query(EXISTING_TABLES_SQL, [keepTables.map(quoted)])).rows.map((r) => r.name));
    const keep = keepTables.filter((t) => present.has(quoted(t)));
    const lines = listing.lines ?? [];
    const sequences = ownedSequences(lines, keep);
    const keptTables = new Set();
    const edited = lines.map((line) => {
        if (skipped.has(line.slice(0, line.indexOf(';'))))
            return `;${line}`;
        const kept = keep.find((t) => belongsToTable(line, t, sequences));
        if (!kept)
            return line;
        keptTables.add(`${kept.schema}.${kept.table}`);
        return `;${line}`;
    });
    if ((skipped.size === 0 && keptTables.size === 0) || !listing.lines)
        return { kept: [], keptTables: [], cleanup: async () => undefined };
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-promote-restore-'));
    const file = external_node_path_default().join(dir, 'restore.list');
    await (0,promises_.writeFile)(file, `${edited.join('\n')}\n`, { mode: 0o600 });
    return { file, kept: [...existing], keptTables: [...keptTables], cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}
/** Which of the given tables exist, by their quoted names (as to_regclass takes them). */
const EXISTING_TABLES_SQL = 'SELECT n AS name FROM unnest($1::text[]) AS n WHERE to_regclass(n) IS NOT NULL';
// "dumpId; catalog oid DESCRIPTION schema name ...": the entry kinds that belong to one table.
// Longer kinds first: "TABLE DATA s t" must not read as a TABLE in schema DATA.
const TABLE_ENTRY = /^\d+; \d+ \d+ (TABLE DATA|TABLE|FK CONSTRAINT|CONSTRAINT|DEFAULT|TRIGGER|POLICY|ROW SECURITY|SEQUENCE OWNED BY|SEQUENCE SET|SEQUENCE) (\S+) (\S+)(?: (\S+))?/;
/**
 * The serial sequences of the kept tables: a column's DEFAULT entry ("DEFAULT s table column")
 * names the column, and PostgreSQL names its sequence table_column_seq. Matching that exact
 * name, not a prefix, leaves another table's sequence (table_history_id_seq) alone.
 */
function ownedSequences(lines, keep) {
    const names = new Set();
    for (const line of lines) {
        const m = TABLE_ENTRY.exec(line);
        if (m?.[1] !== 'DEFAULT' || m[4] === undefined)
            continue;
        if (keep.some((t) => t.schema === m[2] && t.table === m[3]))
            names.add(`${m[2]}.${m[3]}_${m[4]}_seq`);
    }
    return names;
}
function belongsToTable(line, t, sequences) {
    const m = TABLE_ENTRY.exec(line);
    if (!m || m[2] !== t.schema)
        return false;
    return m[3] === t.table || (m[1].startsWith('SEQUENCE') && sequences.has(`${m[2]}.${m[3]}`));
}

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/backup/restored-state.ts



/** The runbook's "verify restoration", per phase: the highest version the restored history says is applied. */
async function latestVersions(client, history, phases) {
    const state = (0,migrate_history/* historyState */.K6)(await (0,migrate_history/* readHistory */.Lu)(client, history));
    const latest = {};
    for (const phase of phases) {
        const rows = [...(state.applied.get(phase.name)?.values() ?? [])];
        // Numbers in their order; a layout's other versions (a date with dashes, a Sqitch change)
        // in the order the history recorded them, which is the order they were applied in.
        const parts = new Map(rows.map((r) => [r, (0,versions/* parseVersionText */.bw)(r.version ?? '')]));
        const numeric = rows.every((r) => parts.get(r) !== undefined);
        rows.sort((a, b) => (numeric ? (0,versions/* compareVersions */.Zy)(parts.get(a), parts.get(b)) : Number(BigInt(a.id) - BigInt(b.id))));
        latest[phase.name] = rows.at(-1)?.version ?? null;
    }
    return latest;
}
/**
 * pg_restore --clean drops only what the backup holds: a table a failed promotion created is
 * still there afterwards, and would make the next migrate fail. Name them.
 */
async function objectsNotInBackup(client, manifest) {
    const objects = await (0,catalog/* dumpedObjects */.KR)(client);
    const tables = new Set(manifest.tables.map(catalog/* qualifiedName */.OL));
    const views = new Set(manifest.views);
    return [
        ...objects.tables.map(catalog/* qualifiedName */.OL).filter((t) => !tables.has(t)).map((t) => `table ${t}`),
        ...objects.views.map(catalog/* qualifiedName */.OL).filter((v) => !views.has(v)).map((v) => `view ${v}`),
    ];
}

// EXTERNAL MODULE: ./src/backup/tool-version.ts
var tool_version = __webpack_require__(5903);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/backup/checksum.ts
var checksum = __webpack_require__(5567);
;// CONCATENATED MODULE: ./src/backup/verify-file.ts




/**
 * Before a restore touches anything: the dump is the one its manifest describes, byte for
 * byte, and an encrypted dump decrypts and authenticates from its first chunk to its last.
 * Every failure is bad input (exit 2) naming the file.
 */
async function checkAgainstManifest(manifest, dumpPath, shown, key) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(dumpPath);
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)(`not found (the manifest names ${manifest.file})`, { file: shown });
    }
    const isFolder = manifest.format === 'directory';
    if (info.isDirectory() !== isFolder) {
        throw (0,promote_error/* usageError */.Wp)(`does not match its manifest: expected a ${isFolder ? 'folder (directory format)' : 'file (custom format)'}`, { file: shown });
    }
    if (!isFolder && info.size !== manifest.sizeBytes) {
        throw (0,promote_error/* usageError */.Wp)(`does not match its manifest: ${info.size} bytes, the manifest says ${manifest.sizeBytes} (truncated or replaced)`, { file: shown });
    }
    if (manifest.encrypted) {
        if (!key)
            throw (0,promote_error/* usageError */.Wp)('is encrypted and no key was given', { file: shown });
        if (manifest.encryption && (0,encryption/* keyId */.xs)(key.value) !== manifest.encryption.keyId) {
            throw (0,encryption/* decryptFailure */.qe)(shown, new Error(`another key: its key id is ${(0,encryption/* keyId */.xs)(key.value)}, the manifest says ${manifest.encryption.keyId}`), key.env);
        }
        let digest;
        try {
            digest = await (0,checksum/* hashAndAuthenticate */.$O)(dumpPath, key.value);
        }
        catch (err) {
            throw (0,encryption/* decryptFailure */.qe)(shown, err, key.env);
        }
        if (digest.sha256 !== manifest.sha256)
            throw checksumMismatch(shown, digest.sha256, manifest.sha256);
        return;
    }
    if (isFolder) {
        const digest = await (0,checksum/* hashFolder */.nP)(dumpPath);
        if (digest.sha256 === manifest.sha256)
            return;
        const expected = new Map((manifest.files ?? []).map((f) => [f.name, f.sha256]));
        const changed = digest.files.filter((f) => expected.get(f.name) !== f.sha256).map((f) => f.name);
        const missing = [...expected.keys()].filter((name) => !digest.files.some((f) => f.name === name));
        const which = [...changed.map((n) => `${n} differs`), ...missing.map((n) => `${n} missing`)].slice(0, 5).join(', ');
        throw (0,promote_error/* usageError */.Wp)(`does not match its manifest: ${which || 'file list differs'}`, { file: shown });
    }
    const digest = await (0,checksum/* hashFile */.DC)(dumpPath);
    if (digest.sha256 !== manifest.sha256)
        throw checksumMismatch(shown, digest.sha256, manifest.sha256);
}
function checksumMismatch(shown, actual, expected) {
    return (0,promote_error/* usageError */.Wp)(`does not match its manifest: sha256 ${actual.slice(0, 16)}…, the manifest says ${expected.slice(0, 16)}… (altered or corrupted)`, {
        file: shown,
    });
}

// EXTERNAL MODULE: ./src/backup/verify-toc.ts
var verify_toc = __webpack_require__(418);
// EXTERNAL MODULE: ./src/engine/session-setup.ts + 1 modules
var session_setup = __webpack_require__(1272);
;// CONCATENATED MODULE: ./src/engine/restore.ts















const PROGRESS_EVERY_MS = 5000;
/**
 * The runbook's Immediate Rollback. Everything that can be wrong with the request or the
 * backup (the confirmation, the manifest, the checksum, the key, the archive's readability)
 * is checked before the database is touched; then pg_restore --clean --if-exists, holding the
 * migration lock so no promotion runs into it; then "verify restoration" and the notice.
 */
async function restore(ctx) {
    const started = Date.now();
    const { config, target, actor } = ctx.prepared;
    const { root } = ctx.options;
    const request = ctx.options.restore ?? {};
    if (!request.file)
        throw (0,promote_error/* usageError */.Wp)('restore needs --backup FILE (a backup pg-promote wrote, with its manifest beside it)', { key: '--backup' });
    if (request.confirm === undefined) {
        throw (0,promote_error/* usageError */.Wp)(`restore replaces the contents of database '${target.database}': pass --confirm ${target.database} to confirm`, { key: '--confirm' });
    }
    if (request.confirm !== target.database) {
        throw (0,promote_error/* usageError */.Wp)(`'${request.confirm}' does not match the target database '${target.database}'; nothing was restored`, { key: '--confirm' });
    }
    const given = external_node_path_default().resolve(root, request.file);
    const isManifest = given.endsWith('.manifest.json');
    const manifestFile = isManifest ? given : (0,backup_paths/* manifestPathFor */.ev)(given);
    if (!isManifest && !backup_paths/* DUMP_SUFFIXES */.l6.some((s) => given.replace(/[/\\]+$/, '').endsWith(s))) {
        throw (0,promote_error/* usageError */.Wp)(`'${request.file}' is not a pg-promote backup name (expected .dump, .dump.enc, .dir or .manifest.json)`, { key: '--backup' });
    }
    const manifest = (0,backup_manifest/* readManifest */.WI)(manifestFile, (0,backup_paths/* shownPath */.Id)(root, manifestFile), '--backup');
    const dumpPath = (0,backup_manifest/* dumpPathOf */.$9)(manifestFile, manifest);
    const shown = (0,backup_paths/* shownPath */.Id)(root, dumpPath);
    if (!isManifest && external_node_path_default().resolve(dumpPath) !== given.replace(/[/\\]+$/, '')) {
        throw (0,promote_error/* usageError */.Wp)(`the manifest beside it (${(0,backup_paths/* shownPath */.Id)(root, manifestFile)}) describes ${manifest.file}`, { file: (0,backup_paths/* shownPath */.Id)(root, given), key: '--backup' });
    }
    if (manifest.database !== target.database) {
        throw (0,promote_error/* usageError */.Wp)(`is a backup of database '${manifest.database}', not of '${target.database}'; nothing was restored`, { file: shown, key: '--backup' });
    }
    const jobs = ctx.settings.jobs[manifest.format];
    if (jobs > 1 && manifest.format !== 'directory')
        throw (0,promote_error/* usageError */.Wp)('needs a directory-format backup (a custom-format one restores in one transaction)', { key: '--jobs' });
    const key = keyFor(manifest, config.backup.encryptionKeyEnv);
    const pgRestore = await (0,tool_version/* toolsForRestore */.f)(manifest.pgDump);
    const step = (message) => ctx.emit({ type: 'stage-step', stage: 'restore', message });
    step(`checking ${shown} against its manifest (size, SHA-256${key ? ', decryption of every chunk' : ''})`);
    await checkAgainstManifest(manifest, dumpPath, shown, key);
    const input = { path: dumpPath, shown, format: manifest.format, key: key?.value };
    const listing = await (0,verify_toc/* listArchive */.d0)(pgRestore.path, input, target, true);
    await (0,same_server/* proveSameServer */.g)(ctx.session.client, target, pgRestore.path, `restoring into ${target.display}`);
    const here = await (0,catalog/* systemIdentifier */.vK)(ctx.session.client);
    if (manifest.systemIdentifier && here && manifest.systemIdentifier !== here) {
        ctx.envelope.warnings.push(`${shown} was taken on another server (system identifier ${manifest.systemIdentifier}, this one's is ${here})`);
    }
    const release = await (0,session_setup/* takeMigrationLock */.bJ)(ctx);
    const restoreStarted = Date.now();
    // The decisions log and the flags outlive the restore (see restoreList).
    const list = await restoreList(ctx.session.client, listing, [
        { schema: config.historyTable.schema, table: events/* EVENTS_TABLE */.RP },
        config.flags.table,
    ]);
    try {
        step(`pg_restore ${pgRestore.version} --clean --if-exists into ${target.display}${jobs > 1 ? ` with ${jobs} jobs` : ' in one transaction'}`);
        await restoreInto({
            pgRestore: pgRestore.path,
            input,
            target,
            jobs,
            listFile: list.file,
            progressEveryMs: PROGRESS_EVERY_MS,
            onProgress: (fed, elapsedMs) => ctx.emit({ type: 'stage-progress', stage: 'restore', step: 'restore', bytes: fed, totalBytes: fed === undefined ? undefined : manifest.sizeBytes, elapsedMs }),
        });
    }
    finally {
        await list.cleanup();
        if (!ctx.session.lost())
            await release();
    }
    ctx.emit({ type: 'stage-progress', stage: 'restore', step: 'restore', elapsedMs: Date.now() - restoreStarted, done: true });
    const latest = await latestVersions(ctx.session.client, config.historyTable, config.phases);
    const leftovers = await objectsNotInBackup(ctx.session.client, manifest);
    if (leftovers.length > 0) {
        ctx.envelope.warnings.push(`not in the backup, so still present after the restore: ${leftovers.join(', ')} (pg_restore --clean drops only what the backup holds)`);
    }
    const restoredAt = new Date();
    const durationMs = Date.now() - started;
    const notice = rollbackNotice({
        title: config.notifications.title,
        flagsOff: config.flags.rollbackOff,
        database: target.database,
        target: target.display,
        backupFile: manifest.file,
        takenAt: manifest.takenAt,
        walLsn: manifest.walLsn,
        restoredAt,
        durationMs,
        actor,
        latestVersions: latest,
        leftovers,
    });
    let noticePath;
    try {
        noticePath = (0,backup_paths/* shownPath */.Id)(root, await writeNotice(config.reportDir, target.database, restoredAt, notice));
    }
    catch (err) {
        ctx.envelope.warnings.push(`the rollback notice could not be written to ${(0,backup_paths/* shownPath */.Id)(root, config.reportDir)}: ${err.message}`);
    }
    await (0,events/* recordEvent */.yM)(ctx.session.client, config.historyTable.schema, {
        executionId: ctx.envelope.executionId,
        actor,
        event: 'restore.completed',
        detail: { database: target.database, backup: manifest.file, sha256: manifest.sha256, takenAt: manifest.takenAt, walLsn: manifest.walLsn, latestVersions: latest },
    });
    return {
        restore: {
            backupPath: shown,
            manifestPath: (0,backup_paths/* shownPath */.Id)(root, manifestFile),
            database: target.database,
            takenAt: manifest.takenAt,
            walLsn: manifest.walLsn,
            sha256: manifest.sha256,
            encrypted: manifest.encrypted,
            pgRestore: { path: pgRestore.path, version: pgRestore.version },
            latestVersions: latest,
            notice,
            noticePath,
            durationMs,
        },
    };
}
/** The config's variable, else the one the backup was made with (its name is in the manifest). */
function keyFor(manifest, configEnv) {
    if (!manifest.encrypted)
        return undefined;
    const env = configEnv ?? manifest.encryption?.keyEnv;
    if (!env)
        throw (0,promote_error/* usageError */.Wp)('the backup is encrypted and no key variable is known (set backup.encryption_key_env)', { key: 'backup.encryption_key_env' });
    return { value: (0,encryption/* keyFromEnv */.ji)(env), env };
}


/***/ }),

/***/ 1272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r0: () => (/* binding */ ensureHistoryTable),
  pO: () => (/* binding */ runContext),
  bJ: () => (/* binding */ takeMigrationLock),
  KE: () => (/* binding */ withMigrationLock)
});

// UNUSED EXPORTS: CLIENT_CHECK_SQL, RESET_SETTINGS_SQL, SESSION_SETTINGS_SQL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
;// CONCATENATED MODULE: ./src/db/session-settings.ts
/** Session settings that bound how long a migration can hold application traffic behind it. */
const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;

// EXTERNAL MODULE: ./src/migrate/file-settings.ts
var file_settings = __webpack_require__(5905);
// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
;// CONCATENATED MODULE: ./src/engine/session-setup.ts







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
    await (0,pooler/* refusePooledConnection */.Ug)(ctx.session);
    const release = await (0,advisory_lock/* acquireMigrationLock */.et)(ctx.session.client, {
        waitMs: config.advisoryLockWaitMs,
        database: target.database,
        onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
    });
    try {
        await ctx.session.client.query(advisory_lock/* LOCK_GUARD_SQL */.f6);
    }
    catch (err) {
        await release();
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw (0,pooler/* poolingError */.fD)('the lock taken is not held by the server process now serving this session', target.display);
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
    ctx.envelope.executionId ??= (0,external_node_crypto_.randomUUID)();
    const release = await takeMigrationLock(ctx);
    ctx.emit({ type: 'lock-acquired' });
    try {
        await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
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
    await new history_store/* HistoryStore */.KU(ctx.prepared.config.historyTable).ensure(ctx.session.client, needs);
}
/** Reads the search_path and role every file will start with: call it once the lock is held. */
async function runContext(ctx) {
    const { config } = ctx.prepared;
    return {
        db: ctx.session.db,
        store: new history_store/* HistoryStore */.KU(config.historyTable, await backendPid(ctx)),
        settings: await (0,file_settings/* configuredSettings */.uA)(ctx.session.client, config),
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


/***/ }),

/***/ 773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KU: () => (/* binding */ HistoryStore),
/* harmony export */   LX: () => (/* binding */ qualified),
/* harmony export */   cq: () => (/* binding */ RECORDED_MS)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3511);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);




/** Every column pg-promote reads or writes; a table without them is somebody else's. */
const HISTORY_COLUMNS = [
    'id', 'execution_id', 'phase', 'kind', 'version', 'file_name', 'checksum', 'applied_at',
    'applied_by', 'duration_ms', 'success', 'reverted_at', 'error_sqlstate', 'error_message',
];
// One round trip: whether the relation exists, its columns, and what this role may do with it
// (the id sequence's USAGE too: an INSERT draws from it).
const PROBE_SQL = `
WITH rel AS (SELECT to_regclass($1) AS oid)
SELECT rel.oid IS NOT NULL AS present,
  current_user AS role,
  ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = rel.oid AND attnum > 0 AND NOT attisdropped) AS columns,
  ARRAY(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE']) AS p WHERE rel.oid IS NOT NULL AND NOT has_table_privilege(rel.oid, p)) AS missing,
  (SELECT NOT has_sequence_privilege(d.objid, 'USAGE')
     FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    WHERE d.refobjid = rel.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) AS sequence_denied
FROM rel`;
// The server's duration of a file: time since its transaction began.
const SERVER_DURATION = 'round(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer';
const KINDS = "'migration', 'view', 'policy', 'down', 'callback'";
/** The column of the row an applied file's history insert returns: the duration recorded. */
const RECORDED_MS = 'pg-promote recorded ms';
const literal = (value) => (value === undefined ? 'NULL' : pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(value));
class HistoryStore {
    table;
    backendPid;
    /** `backendPid`: the server process that holds the migration lock, when the store writes. */
    constructor(table, backendPid) {
        this.table = table;
        this.backendPid = backendPid;
    }
    /** The table's name as SQL. */
    get qualified() {
        return qualified(this.table);
    }
    get display() {
        return `${this.table.schema}.${this.table.table}`;
    }
    /**
     * Fails unless this very server process holds the migration lock: every write to the history
     * is preceded by it, so behind a transaction pooler nothing is written from a connection
     * that does not hold the lock. `cheap` (a transactional file's): only that the server process
     * is the one that took the lock.
     */
    lockHeldSql(cheap = false) {
        return cheap && this.backendPid !== undefined ? (0,_db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBackendGuardSql */ .Ay)(this.backendPid) : _db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCK_GUARD_SQL */ .f6;
    }
    /**
     * Checks the table before it is used: a table of that name that is not a pg-promote
     * history, or one this role cannot use as `needs` says, is a plain error naming the table
     * (and the privilege), exit 2, before anything is applied.
     */
    async probe(db, needs) {
        let row;
        try {
            row = (await db.query(PROBE_SQL, [this.qualified])).rows[0];
        }
        catch (err) {
            // Without USAGE on its schema the table cannot even be looked up.
            if (err.code !== '42501')
                throw err;
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PermissionDenied */ .JC(`the history table ${this.display} cannot be used: ${err.message}; grant this role USAGE on schema ${this.table.schema} (and SELECT, INSERT, UPDATE on the table)`, {
                key: 'history_table',
                object: this.display,
                sqlstate: '42501',
            });
        }
        if (!row.present)
            return { present: false };
        const absent = HISTORY_COLUMNS.filter((c) => !row.columns.includes(c));
        if (absent.length > 0) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${this.display} exists but is not a pg-promote history table (it has no column${absent.length > 1 ? 's' : ''} ${absent.join(', ')}); name a table pg-promote may own in history_table`, { key: 'history_table', object: this.display });
        }
        const missing = needs.filter((p) => row.missing.includes(p));
        if (missing.length > 0)
            throw permissionDenied(row.role, `${missing.join(', ')} on the history table ${this.display}`);
        if (row.sequence_denied && needs.includes('INSERT'))
            throw permissionDenied(row.role, `USAGE on the id sequence of the history table ${this.display}`);
        return { present: true };
    }
    /**
     * Created only when missing, so a role without CREATE on the database can run once it
     * exists; an existing one must be a history table this role can use as the command needs.
     */
    async ensure(db, needs) {
        if ((await this.probe(db, needs)).present)
            return;
        try {
            await db.query(this.createSql());
        }
        catch (err) {
            if (err.code !== '42501')
                throw err;
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PermissionDenied */ .JC(`cannot create the history table ${this.display}: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_3__/* .serverErrorText */ .zi)(err)}; create it once as a role that may, then grant this one SELECT, INSERT, UPDATE on it`, {
                key: 'history_table',
                object: this.display,
                sqlstate: '42501',
            });
        }
    }
    /**
     * Callbacks came after the table: a history created before them has a CHECK on kind without
     * 'callback'. Widening that one constraint (under the migration lock, only when a callback is
     * about to run) keeps every existing row and the table's name, so older pg-promote versions
     * still read it; the alternative, recording callbacks as some other kind, would have made
     * them views or migrations to every reader of the history.
     */
    async allowCallbacks(db) {
        const { rows } = await db.query(`SELECT conname::text AS name, pg_get_constraintdef(oid) AS def FROM pg_catalog.pg_constraint
WHERE conrelid = to_regclass($1) AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%'`, [this.qualified]);
        if (rows.length === 0 || rows.some((r) => r.def.includes("'callback'")))
            return;
        const name = pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(rows[0].name);
        try {
            await db.query(`ALTER TABLE ${this.qualified} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (kind IN (${KINDS}))`);
        }
        catch (err) {
            if (err.code !== '42501')
                throw err;
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PermissionDenied */ .JC(`the history table ${this.display} predates callbacks and this role may not widen its check on kind: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_3__/* .serverErrorText */ .zi)(err)}; ` +
                `as its owner run ALTER TABLE ${this.display} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (kind IN (${KINDS}))`, { key: 'history_table', object: this.display, sqlstate: '42501' });
        }
    }
    /** Reading works on a database pg-promote never touched: no table means no history. */
    async read(db) {
        if (!(await this.probe(db, ['SELECT'])).present)
            return [];
        return (await db.query(`SELECT id::text, execution_id::text, phase, kind, version, file_name, checksum, applied_at, applied_by, success, reverted_at, error_message
FROM ${this.qualified} ORDER BY id`)).rows;
    }
    /**
     * The schema history (Flyway's idea, keyed by phase): one row per attempt, append-only except
     * that a DOWN marks the row it undid as reverted. The partial unique index is the database's
     * own guarantee that no (phase, version) is ever applied twice, whatever happens to locks.
     */
    createSql() {
        const name = this.qualified;
        const index = pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(`${this.table.table}_applied_once`);
        return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(this.table.schema)};
CREATE TABLE IF NOT EXISTS ${name} (
  id            bigserial PRIMARY KEY,
  execution_id  uuid        NOT NULL,
  phase         text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN (${KINDS})),
  version       text,
  file_name     text        NOT NULL,
  checksum      text        NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  applied_by    text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  duration_ms   integer     NOT NULL,
  success       boolean     NOT NULL,
  reverted_at   timestamptz,
  error_sqlstate text,
  error_message text
);
CREATE UNIQUE INDEX IF NOT EXISTS ${index} ON ${name} (phase, version)
  WHERE kind = 'migration' AND success AND reverted_at IS NULL;`;
    }
    /**
     * The rows a file that ran leaves, as SQL for the end of its own transaction: a DOWN first
     * marks the migration it undid as reverted. Without `durationMs` the server measures the
     * file's transaction.
     */
    appliedSql(entry, durationMs) {
        const insert = this.insertSql(entry, durationMs === undefined ? SERVER_DURATION : String(Math.round(durationMs)), true);
        if (entry.kind !== 'down')
            return [insert];
        const reverted = `UPDATE ${this.qualified} SET reverted_at = now()
WHERE phase = ${literal(entry.phase)} AND version = ${literal(entry.version)} AND kind = 'migration' AND success AND reverted_at IS NULL`;
        return [reverted, insert];
    }
    /** The row of a file that failed, in a statement of its own once the file has rolled back. */
    failedSql(entry, failure) {
        return this.insertSql(entry, String(Math.round(failure.durationMs)), false, failure);
    }
    /**
     * Versions recorded as applied without running them (`baseline`): one insert for them all,
     * with today's checksums and no duration. The unique index refuses a version already applied.
     */
    async baseline(db, entry, rows) {
        await db.query(`INSERT INTO ${this.qualified} (execution_id, phase, kind, version, file_name, checksum, applied_by, duration_ms, success)
SELECT $1::uuid, $2, 'migration', r.version, r.file, r.checksum, $3, 0, true
FROM unnest($4::text[], $5::text[], $6::text[]) AS r(version, file, checksum)`, [entry.executionId, entry.phase, entry.appliedBy, rows.map((r) => r.version), rows.map((r) => r.file), rows.map((r) => r.checksum)]);
    }
    insertSql(e, duration, success, failure) {
        const values = [
            `${literal(e.executionId)}::uuid`, literal(e.phase), literal(e.kind), literal(e.version), literal(e.fileName),
            literal(e.checksum), literal(e.appliedBy), duration, String(success), literal(failure?.sqlstate), literal(failure?.message.slice(0, 2000)),
        ];
        // An applied file's row hands back the duration it recorded: what is printed is what is kept.
        return `INSERT INTO ${this.qualified} (execution_id, phase, kind, version, file_name, checksum, applied_by, duration_ms, success, error_sqlstate, error_message)
VALUES (${values.join(', ')})${success ? ` RETURNING duration_ms AS "${RECORDED_MS}"` : ''}`;
    }
}
const qualified = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`;
function permissionDenied(role, what) {
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PermissionDenied */ .JC(`permission denied: role '${role}' lacks ${what}; grant it, or run as a role that has it`, {
        key: 'history_table',
        sqlstate: '42501',
    });
}


/***/ }),

/***/ 3909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ BASELINED_SQL),
/* harmony export */   K6: () => (/* binding */ historyState),
/* harmony export */   LX: () => (/* reexport safe */ _history_store_js__WEBPACK_IMPORTED_MODULE_0__.LX),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   QI: () => (/* binding */ baselineSourceOf),
/* harmony export */   Ro: () => (/* binding */ repeatableKey),
/* harmony export */   vI: () => (/* binding */ baselinedBy)
/* harmony export */ });
/* harmony import */ var _history_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(773);


// `baseline` writes applied_by as '<actor> (baseline from <source>)': the row says pg-promote
// never ran the file, and from what the version was taken.
const BASELINE_MARK = / \(baseline from (.+)\)$/;
const baselinedBy = (actor, source) => `${actor} (baseline from ${source})`;
/** Where a baselined row's version came from; undefined for a file pg-promote ran. */
const baselineSourceOf = (appliedBy) => BASELINE_MARK.exec(appliedBy)?.[1];
/** In SQL, the same test on applied_by (for checks that read the history themselves). */
const BASELINED_SQL = (column) => `(${column} LIKE '% (baseline from %)')`;
/** Reading works on a database pg-promote never touched: no table means no history. */
function readHistory(client, t) {
    return new _history_store_js__WEBPACK_IMPORTED_MODULE_0__/* .HistoryStore */ .KU(t).read(client);
}
const repeatableKey = (phase, kind, file) => `${phase}\0${kind}\0${file}`;
function historyState(rows) {
    const applied = new Map();
    const repeatables = new Map();
    for (const row of rows) {
        if (!row.success)
            continue;
        if (row.kind === 'migration' && row.version !== null && row.reverted_at === null) {
            let phase = applied.get(row.phase);
            if (!phase)
                applied.set(row.phase, (phase = new Map()));
            phase.set(row.version, row);
        }
        else if (row.kind === 'view' || row.kind === 'policy') {
            repeatables.set(repeatableKey(row.phase, row.kind, row.file_name), row);
        }
    }
    return { applied, repeatables };
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


/***/ })

};
