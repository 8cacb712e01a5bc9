export const id = 522;
export const ids = [522,375];
export const modules = {

/***/ 2627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yz: () => (/* binding */ HISTORY_TABLES_SQL),
  VR: () => (/* binding */ HISTORY_TABLE_NAMES),
  L8: () => (/* binding */ classify),
  Tx: () => (/* binding */ readForeignHistory),
  TC: () => (/* binding */ readerOf),
  oG: () => (/* binding */ shownTable)
});

// UNUSED EXPORTS: READERS, detectHistories

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/adopt/foreign-history.ts
var foreign_history = __webpack_require__(455);
;// CONCATENATED MODULE: ./src/adopt/dbmate.ts

/** dbmate's schema_migrations: one row per applied version, nothing else (no dirty flag: that is golang-migrate's). */
const dbmate = {
    tool: 'dbmate',
    table: 'schema_migrations',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'version') && !t.columns.includes('dirty') && t.schema !== 'supabase_migrations',
    async read(client, table) {
        const { rows } = await client.query(`SELECT version::text AS version FROM ${(0,foreign_history/* quotedTable */.Hm)(table)} ORDER BY version`);
        return rows.map((r) => ({ version: r.version, state: 'applied' }));
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/diesel.ts

/**
 * diesel's __diesel_schema_migrations: one row per applied migration. Diesel records a folder
 * named 2019-02-26-002946_x as version 20190226002946, so versions compare by their digits.
 */
const diesel = {
    tool: 'diesel',
    table: '__diesel_schema_migrations',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'version', 'run_on'),
    async read(client, table) {
        const { rows } = await client.query(`SELECT version::text AS version FROM ${(0,foreign_history/* quotedTable */.Hm)(table)} ORDER BY version`);
        return rows.map((r) => ({ version: r.version, state: 'applied' }));
    },
    key: (version) => version.replace(/\D/g, '').replace(/^0+(?=\d)/, ''),
};

;// CONCATENATED MODULE: ./src/adopt/flyway.ts

/**
 * Flyway's flyway_schema_history: one row per attempt, ranked by installed_rank. The latest row
 * of a version decides: an undo (UNDO_SQL, UNDO_JDBC ...) or a repair's DELETE un-applies it, a
 * BASELINE marks every version up to it applied, success = false is a failed migration.
 * Repeatable migrations (no version) and the schema-creation marker are no versions.
 *
 * Before Flyway 5 the table was called schema_version by default; Flyway 4's has these very
 * columns. Flyway 3's also has version_rank, calls a baseline INIT, and its checksum is the CRC32
 * of the whole text, line endings included (Flyway 4 recomputed every checksum when it upgraded
 * the table, to stop counting them): such rows say so, for the comparison.
 */
const SQL = (table) => `SELECT version, description, type, script, checksum::text AS checksum, success
FROM ${table} WHERE version IS NOT NULL AND type <> 'SCHEMA' ORDER BY installed_rank`;
const flyway = {
    tool: 'flyway',
    table: 'flyway_schema_history',
    aliases: ['schema_version'],
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'installed_rank', 'version', 'type', 'script', 'checksum', 'success'),
    async read(client, table) {
        const latest = new Map();
        for (const row of (await client.query(SQL((0,foreign_history/* quotedTable */.Hm)(table)))).rows)
            latest.set(row.version, row);
        const entries = [];
        const flyway3 = table.columns.includes('version_rank');
        for (const row of latest.values()) {
            if (row.type.startsWith('UNDO_') || row.type === 'DELETE')
                continue;
            const state = !row.success ? 'failed' : row.type.includes('BASELINE') || row.type === 'INIT' ? 'baseline' : 'applied';
            const checksum = row.checksum !== null && state === 'applied' ? { checksum: row.checksum, ...(flyway3 ? { checksumFormat: 'flyway-3' } : {}) } : {};
            entries.push({ version: row.version, name: row.script, state, ...checksum });
        }
        return entries;
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/golang-migrate.ts

/**
 * golang-migrate keeps one row: the version the database is at, and whether the migration to
 * it stopped half-way (dirty). Every version up to it is applied.
 */
const golangMigrate = {
    tool: 'golang-migrate',
    table: 'schema_migrations',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'version', 'dirty'),
    async read(client, table) {
        const { rows } = await client.query(`SELECT version::text AS version, dirty FROM ${(0,foreign_history/* quotedTable */.Hm)(table)}`);
        return rows.map((r) => ({ version: r.version, state: r.dirty ? 'dirty' : 'through' }));
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/goose.ts

/**
 * goose_db_version: one row per up or down (is_applied false after a down); a version's latest
 * row decides. Version 0 is the row goose writes when it creates the table, not a migration.
 */
const goose_SQL = (table) => `SELECT version FROM (
  SELECT DISTINCT ON (version_id) version_id::text AS version, version_id, is_applied FROM ${table} ORDER BY version_id, id DESC
) latest WHERE is_applied AND version_id <> 0 ORDER BY version_id`;
const goose = {
    tool: 'goose',
    table: 'goose_db_version',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'id', 'version_id', 'is_applied'),
    async read(client, table) {
        const { rows } = await client.query(goose_SQL((0,foreign_history/* quotedTable */.Hm)(table)));
        return rows.map((r) => ({ version: r.version, state: 'applied' }));
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/node-pg-migrate.ts

/** node-pg-migrate's pgmigrations: one row per applied migration, named by its file name without extension. */
const nodePgMigrate = {
    tool: 'node-pg-migrate',
    table: 'pgmigrations',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'id', 'name', 'run_on'),
    async read(client, table) {
        const { rows } = await client.query(`SELECT name FROM ${(0,foreign_history/* quotedTable */.Hm)(table)} ORDER BY run_on, id`);
        return rows.map((r) => ({ version: (0,foreign_history/* leadingVersion */.tP)(r.name), name: r.name, state: 'applied' }));
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/prisma.ts

/**
 * Prisma's _prisma_migrations: one row per attempt of a migration folder. A finished row not
 * rolled back is applied; a row neither finished nor rolled back is a failed migration (Prisma
 * itself refuses to go on, P3009); rows marked rolled back (`migrate resolve --rolled-back`)
 * leave the migration pending.
 */
const prisma_SQL = (table) => `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
FROM ${table} ORDER BY started_at, migration_name`;
const prisma = {
    tool: 'prisma',
    table: '_prisma_migrations',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'migration_name', 'checksum', 'finished_at', 'rolled_back_at'),
    async read(client, table) {
        const byName = new Map();
        for (const row of (await client.query(prisma_SQL((0,foreign_history/* quotedTable */.Hm)(table)))).rows) {
            const entry = { version: (0,foreign_history/* leadingVersion */.tP)(row.migration_name), name: row.migration_name, state: 'applied', checksum: row.checksum };
            const known = byName.get(row.migration_name);
            if (row.rolled_back)
                continue;
            if (row.finished)
                byName.set(row.migration_name, entry);
            else if (known?.state !== 'applied')
                byName.set(row.migration_name, { ...entry, state: 'failed' });
        }
        return [...byName.values()];
    },
    key: foreign_history/* numericKey */.n0,
};

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/adopt/sqitch.ts



/**
 * Sqitch's registry (schema sqitch by default): `changes` holds what is deployed, per project;
 * `events` every deploy, revert and fail. A change whose latest event is a failure and that is
 * not deployed is a failed migration. Sqitch names changes, it has no versions. A change's
 * script_hash (registry 1.0 and later) is the SHA-1 of its deploy script's bytes, compared like
 * Flyway's checksum; the registry's upgrade to 1.0 filled it with the change_id for changes
 * deployed before, and those (like a registry without the column) have nothing to compare.
 */
const sqitch_SQL = (changes, events, hash) => `WITH deployed AS (
  SELECT change, project, committed_at, ${hash} AS script_hash FROM ${changes} WHERE $1::text IS NULL OR project = $1
), last_event AS (
  SELECT DISTINCT ON (project, change) project, change, event, committed_at FROM ${events}
  WHERE $1::text IS NULL OR project = $1 ORDER BY project, change, committed_at DESC
)
SELECT change, project, 'applied' AS state, committed_at, script_hash FROM deployed
UNION ALL
SELECT e.change, e.project, 'failed', e.committed_at, NULL FROM last_event e
WHERE e.event = 'fail' AND NOT EXISTS (SELECT 1 FROM deployed d WHERE d.project = e.project AND d.change = e.change)
ORDER BY committed_at`;
const sqitch = {
    tool: 'sqitch',
    table: 'changes',
    recognises: (t) => (0,foreign_history/* hasColumns */.q$)(t, 'change_id', 'change', 'project', 'committed_at'),
    async read(client, table, options) {
        const events = `${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(table.schema)}.${esm/* default.escapeIdentifier */.Ay.escapeIdentifier('events')}`;
        const hash = table.columns.includes('script_hash') ? 'NULLIF(script_hash, change_id)' : 'NULL::text';
        const { rows } = await client.query(sqitch_SQL((0,foreign_history/* quotedTable */.Hm)(table), events, hash), [options.project ?? null]);
        const projects = [...new Set(rows.map((r) => r.project))];
        if (projects.length > 1) {
            throw (0,promote_error/* usageError */.Wp)(`the Sqitch registry ${table.schema} holds ${projects.length} projects (${projects.join(', ')}); name one with --project`, {
                key: '--project',
                object: `${table.schema}.changes`,
            });
        }
        return rows.map((r) => ({ version: r.change, state: r.state, ...(r.script_hash === null ? {} : { checksum: r.script_hash }) }));
    },
    key: (version) => version,
};

;// CONCATENATED MODULE: ./src/adopt/supabase.ts

/** The Supabase CLI's supabase_migrations.schema_migrations: one row per applied version (its statements and name are optional). */
const supabase = {
    tool: 'supabase',
    table: 'schema_migrations',
    recognises: (t) => t.schema === 'supabase_migrations' && (0,foreign_history/* hasColumns */.q$)(t, 'version'),
    async read(client, table) {
        const { rows } = await client.query(`SELECT version::text AS version FROM ${(0,foreign_history/* quotedTable */.Hm)(table)} ORDER BY version`);
        return rows.map((r) => ({ version: r.version, state: 'applied' }));
    },
    key: foreign_history/* numericKey */.n0,
};

;// CONCATENATED MODULE: ./src/adopt/detect.ts











const READERS = [flyway, golangMigrate, dbmate, goose, nodePgMigrate, diesel, prisma, supabase, sqitch];
/**
 * Every table named as one of the tools names its history, in any schema but the system's,
 * with its columns: whose it is is decided by the columns (golang-migrate's and dbmate's
 * schema_migrations differ only by `dirty`). A fragment, so the unknown-database check can ask
 * it in the same query as its own.
 */
const HISTORY_TABLES_SQL = `SELECT n.nspname AS schema, c.relname AS name,
  ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`;
const HISTORY_TABLE_NAMES = [...new Set(READERS.flatMap((r) => [r.table, ...(r.aliases ?? [])]))];
const named = (r, name) => r.table === name || (r.aliases ?? []).includes(name);
/** Which tool each found table belongs to; a table no tool recognises (someone's own `changes`) is left out. */
function classify(found) {
    return found.flatMap((table) => {
        const reader = READERS.find((r) => named(r, table.name) && r.recognises(table));
        return reader ? [{ reader, table }] : [];
    });
}
async function detectHistories(client) {
    const { rows } = await client.query(HISTORY_TABLES_SQL, [HISTORY_TABLE_NAMES]);
    return classify(rows);
}
const shownTable = (t) => `${t.schema}.${t.name}`;
/**
 * Reads the history `from` names: `auto` is the one tool whose table exists (none, or several,
 * is a usage error naming what was found). One catalog query, then one query on the table.
 */
async function readForeignHistory(client, from, options = {}) {
    if (options.table !== undefined)
        return readNamedHistory(client, from, options.table, options);
    const detected = await detectHistories(client);
    const candidates = from === 'auto' ? detected : detected.filter((d) => d.reader.tool === from);
    const inSchema = candidates.filter((d) => d.table.schema === options.schema);
    const chosen = candidates.length > 1 && inSchema.length > 0 ? inSchema : candidates;
    const listed = (list) => list.map((d) => `${d.reader.tool} (${shownTable(d.table)})`).join(', ');
    if (chosen.length === 0) {
        const what = from === 'auto' ? 'no migration tool\'s history table' : `no ${from} history table (${READERS.find((r) => r.tool === from).table})`;
        const found = detected.length > 0 ? `; found ${listed(detected)}` : '';
        throw (0,promote_error/* configError */.Fj)(`${what} in this database${found}; a history kept under a name of its own is read with --history-table SCHEMA.TABLE`, { key: '--from' });
    }
    if (chosen.length > 1) {
        const how = from === 'auto' ? 'name one with --from' : `none is in the phase's schema${options.schema ? ` ${options.schema}` : ''}, so which one is meant cannot be told`;
        throw (0,promote_error/* usageError */.Wp)(`several migration histories in this database: ${listed(chosen)}; ${how}`, { key: '--from' });
    }
    const { reader, table } = chosen[0];
    return { tool: reader.tool, table: shownTable(table), entries: await reader.read(client, table, options) };
}
const readerOf = (tool) => READERS.find((r) => r.tool === tool);
/** The catalog entry of one table by name, in one schema or any but the system's; its columns, for recognising whose it is. */
const NAMED_TABLE_SQL = `SELECT n.nspname AS schema, c.relname AS name,
  ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND c.relname = $2 AND ($1::text IS NULL OR n.nspname = $1)
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY n.nspname`;
/**
 * A history under a name the tool was configured with (Flyway's `table`, golang-migrate's
 * `x-migrations-table`, dbmate's `--migrations-table`, a Sqitch registry schema): whose it is
 * is decided by its columns, as for the default names.
 */
async function readNamedHistory(client, from, text, options) {
    const { schema, name } = (0,foreign_history/* parseHistoryTable */.Wi)(text);
    const { rows } = await client.query(NAMED_TABLE_SQL, [schema ?? null, name]);
    if (rows.length === 0)
        throw (0,promote_error/* configError */.Fj)(`no table ${text} in this database (--history-table)`, { key: '--history-table', object: text });
    if (rows.length > 1) {
        throw (0,promote_error/* usageError */.Wp)(`--history-table ${text} is in several schemas (${rows.map(shownTable).join(', ')}); name one as schema.table`, { key: '--history-table' });
    }
    const table = rows[0];
    const readers = READERS.filter((r) => (from === 'auto' || r.tool === from) && r.recognises(table));
    const tools = (from === 'auto' ? READERS : READERS.filter((r) => r.tool === from)).map((r) => r.tool);
    if (readers.length === 0) {
        throw (0,promote_error/* configError */.Fj)(`${shownTable(table)} is not ${from === 'auto' ? 'a history table of any tool pg-promote reads' : `a ${from} history table`}: its columns (${table.columns.join(', ')}) are not the ones ${tools.length === 1 ? `${tools[0]} creates` : 'those tools create'}`, { key: '--history-table', object: shownTable(table) });
    }
    if (readers.length > 1) {
        throw (0,promote_error/* usageError */.Wp)(`${shownTable(table)} could be ${readers.map((r) => r.tool).join(' or ')}'s history; name the tool with --from`, { key: '--from', object: shownTable(table) });
    }
    const reader = readers[0];
    return { tool: reader.tool, table: shownTable(table), entries: await reader.read(client, table, options) };
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

/***/ 4522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baseline: () => (/* binding */ baseline)
});

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/adopt/detect.ts + 9 modules
var detect = __webpack_require__(2627);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adopt/foreign-checksums.ts


// CRC-32 (IEEE 802.3, java.util.zip.CRC32's), table-driven; zlib.crc32 is missing before Node 20.15.
const TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(bytes) {
    let crc = 0xffffffff;
    for (const b of bytes)
        crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/**
 * The checksum Flyway records for a SQL migration: it reads the file line by line (a line ends
 * at \n, \r or \r\n, which are dropped), feeds each line's UTF-8 bytes to one CRC32, and stores
 * the value as a signed 32-bit integer. Line endings therefore never count; a BOM is dropped.
 */
function flywayChecksum(content) {
    const lines = content.replace(/^\uFEFF/, '').replace(/[\r\n]/g, '');
    return crc32(Buffer.from(lines, 'utf8')) | 0;
}
/**
 * Prisma's: the SHA-256 (hex) of migration.sql. Prisma accepts a file checksummed with either
 * line ending (a checkout on Windows), so both are tried.
 */
function prismaChecksums(content) {
    const sha = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
    const lf = content.replace(/\r\n/g, '\n');
    return [...new Set([sha(content), sha(lf), sha(lf.replace(/\n/g, '\r\n'))])];
}
/**
 * Whether the file still is what the tool applied, for the tools that keep a checksum of the
 * same text; undefined when there is nothing to compare (no checksum, or one of another kind).
 */
function checksumMatches(tool, entry, file) {
    const recorded = entry.checksum;
    if (recorded === undefined)
        return undefined;
    if (tool === 'flyway') {
        const computed = String(flywayChecksum(file.content));
        if (entry.checksumFormat !== 'flyway-3')
            return { matches: computed === recorded.trim(), computed };
        // Flyway 3 hashed the whole text, line endings included; a table Flyway 4 upgraded holds the line-wise one.
        const whole = String(crc32(Buffer.from(file.content.replace(/^\uFEFF/, ''), 'utf8')) | 0);
        return { matches: whole === recorded.trim() || computed === recorded.trim(), computed: whole };
    }
    if (tool === 'prisma') {
        const computed = prismaChecksums(file.content);
        return { matches: computed.includes(recorded.trim().toLowerCase()), computed: computed[0] };
    }
    if (tool === 'sqitch') {
        const bytes = file.abs === undefined ? Buffer.from(file.content, 'utf8') : (0,external_node_fs_.readFileSync)(file.abs);
        const computed = (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex');
        return { matches: computed === recorded.trim().toLowerCase(), computed };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/adopt/foreign-history.ts
var foreign_history = __webpack_require__(455);
;// CONCATENATED MODULE: ./src/adopt/baseline-plan.ts




const baselineFiles = (files) => files.migrations.map((m) => ({ version: m.version.text, file: m.path.rel, checksum: m.checksum, content: m.sql, historyKey: m.historyKey, abs: m.path.abs }));
const HOW_TO_REPAIR = {
    'golang-migrate': 'fix the database by hand, then `migrate force VERSION`',
    flyway: 'fix the database, then `flyway repair`',
    prisma: 'fix the database, then `prisma migrate resolve`',
    sqitch: 'fix the database, then deploy or revert that change with sqitch',
};
/**
 * Which versions to record as applied. Refuses (a config error, exit 2, naming the table and the
 * version; nothing recorded) when the other tool's history says a migration is dirty or failed,
 * or names a version no file has; `--to` a version no file has is a usage error.
 */
function planBaseline(phase, files, source, recorded = new Set()) {
    const { marked, drift } = 'to' in source ? upTo(phase, files, source.to) : fromHistory(phase, files, source.history);
    const label = 'to' in source ? `--to ${source.to}` : `${source.history.tool} (${source.history.table})`;
    const tool = 'history' in source ? { tool: source.history.tool } : {};
    const mark = [];
    const pending = [];
    const gaps = [];
    const alreadyRecorded = [];
    const highest = Math.max(-1, ...marked);
    files.forEach((f, i) => {
        if (recorded.has(f.version))
            alreadyRecorded.push(f.version);
        else if (marked.has(i))
            mark.push({ version: f.version, file: f.file, checksum: f.checksum });
        else if (!drift.some((d) => d.version === f.version)) {
            pending.push(f.version);
            if (i < highest)
                gaps.push(f.version);
        }
    });
    return { phase, source: label, ...tool, mark, pending, gaps, drift, alreadyRecorded };
}
function upTo(phase, files, version) {
    const index = files.findIndex((f) => (0,foreign_history/* numericKey */.n0)(f.version) === (0,foreign_history/* numericKey */.n0)(version));
    if (index < 0) {
        const range = files.length > 0 ? `its versions run from ${files[0].version} to ${files[files.length - 1].version}` : 'it has no migration files';
        throw (0,promote_error/* usageError */.Wp)(`version ${version} is no migration of phase '${phase}' (${range})`, { key: '--to', phase, version });
    }
    return { marked: new Set(Array.from({ length: index + 1 }, (_, i) => i)), drift: [] };
}
function fromHistory(phase, files, history) {
    refuseUnfinished(phase, history);
    const marked = new Set();
    const drift = [];
    const key = (0,detect/* readerOf */.TC)(history.tool).key;
    const byKey = new Map(files.map((f, i) => [key(f.version), i]));
    // A phase read in the tool's own layout knows exactly what that tool recorded for each file.
    const byHistoryKey = new Map(files.flatMap((f, i) => (f.historyKey === undefined ? [] : [[f.historyKey, i]])));
    const missing = [];
    for (const entry of history.entries) {
        const index = byHistoryKey.get(entry.name ?? entry.version) ?? byHistoryKey.get(entry.version) ?? byKey.get(key(entry.version));
        if (entry.state === 'through' || entry.state === 'baseline') {
            const last = index ?? (entry.state === 'baseline' ? lastAtOrBelow(files.map((f) => key(f.version)), key(entry.version)) : undefined);
            if (last === undefined)
                missing.push(entry);
            else
                for (let i = 0; i <= last; i++)
                    marked.add(i);
        }
        else if (index === undefined) {
            missing.push(entry);
        }
        else {
            const file = files[index];
            const check = checksumMatches(history.tool, entry, file);
            if (check && !check.matches)
                drift.push({ version: file.version, file: file.file, recorded: entry.checksum, computed: check.computed });
            else
                marked.add(index);
        }
    }
    if (missing.length > 0) {
        const names = missing.slice(0, 5).map((e) => e.name ?? e.version).join(', ') + (missing.length > 5 ? `, … (${missing.length} in all)` : '');
        throw (0,promote_error/* configError */.Fj)(`${history.table} records ${missing.length === 1 ? 'a migration' : `${missing.length} migrations`} that no file of phase '${phase}' has: ${names}; restore the file${missing.length === 1 ? '' : 's'}, or point the phase at the folder ${history.tool} ran`, { object: history.table, phase, version: missing[0].version });
    }
    return { marked, drift };
}
function refuseUnfinished(phase, history) {
    const bad = history.entries.find((e) => e.state === 'dirty' || e.state === 'failed');
    if (!bad)
        return;
    const repair = HOW_TO_REPAIR[history.tool];
    throw (0,promote_error/* configError */.Fj)(`${history.table} says migration ${bad.name ?? bad.version} is ${bad.state === 'dirty' ? 'dirty (it stopped part-way)' : 'failed'}; ` +
        `pg-promote takes over only a finished history${repair ? `: ${repair}` : ''}, then run baseline again`, { object: history.table, phase, version: bad.version });
}
/** The last file whose version is at or below `limit` (numeric versions only): Flyway's baseline needs no file of its own. */
function lastAtOrBelow(keys, limit) {
    const parts = (v) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(BigInt) : undefined);
    const max = parts(limit);
    if (!max)
        return undefined;
    let last;
    keys.forEach((k, i) => {
        const p = parts(k);
        if (p && compareParts(p, max) <= 0)
            last = i;
    });
    return last ?? -1;
}
function compareParts(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Drift found while planning, as the error a command reports (exit 1), naming each file and both checksums. */
function baselineDriftError(plan) {
    const first = plan.drift[0];
    if (!first)
        return undefined;
    const more = plan.drift.length > 1 ? ` (and ${plan.drift.length - 1} more: ${plan.drift.slice(1, 6).map((d) => d.file).join(', ')})` : '';
    return new promote_error/* Drift */.K0(`changed since ${plan.source} applied it: ${plan.tool} recorded checksum ${first.recorded}, the file now has ${first.computed}${more}; nothing was recorded`, { file: first.file, phase: plan.phase, version: first.version });
}

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
;// CONCATENATED MODULE: ./src/adopt/record-baseline.ts




/**
 * Records baselined versions as applied migrations of the phase, in one transaction and one
 * insert: a row per version with today's checksum, no duration, one execution id, and
 * applied_by saying it was a baseline and from what, so the history never claims pg-promote
 * ran those files. The history's unique index refuses a version already applied.
 */
async function recordBaseline(session, target, rows) {
    const { client } = session;
    const executionId = (0,external_node_crypto_.randomUUID)();
    const store = new history_store/* HistoryStore */.KU(target.history);
    if (rows.length === 0)
        return executionId;
    await client.query('BEGIN');
    try {
        await store.ensure(client, ['SELECT', 'INSERT']);
        await store.baseline(client, { executionId, phase: target.phase, appliedBy: (0,migrate_history/* baselinedBy */.vI)(target.actor, target.source) }, rows);
        await client.query('COMMIT');
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (err.code !== '23505')
            throw err;
        // Another run recorded one of these versions between plan and insert.
        throw new promote_error/* Drift */.K0(`${store.qualified} already records one of these versions of phase '${target.phase}' as applied; nothing was recorded, plan again`, {
            phase: target.phase,
            sqlstate: '23505',
        });
    }
    return executionId;
}

// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/engine/session-setup.ts + 1 modules
var session_setup = __webpack_require__(1272);
;// CONCATENATED MODULE: ./src/engine/baseline.ts








/**
 * Takes over a database migrated by something else: records, for one phase, the versions
 * `--to` names or another tool's history says were applied, as baselined rows of pg-promote's
 * history, without running a file. Under the migration lock, so no migrate runs meanwhile; a
 * refused or drifted plan records nothing.
 */
async function baseline(ctx) {
    const { config, phases, actor } = ctx.prepared;
    const { to, from, project, historyTable } = ctx.options.baseline ?? {};
    if (phases.length !== 1) {
        throw (0,promote_error/* usageError */.Wp)(`baseline works on one phase at a time; name it with --phase (configured: ${config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const files = phases[0];
    const phase = files.phase.name;
    const work = async (out) => {
        const client = ctx.session.client;
        const recorded = new Set((0,migrate_history/* historyState */.K6)(await (0,migrate_history/* readHistory */.Lu)(client, config.historyTable)).applied.get(phase)?.keys() ?? []);
        const source = to !== undefined
            ? { to }
            : { history: await (0,detect/* readForeignHistory */.Tx)(client, (0,foreign_history/* parseFrom */.uK)(from ?? 'auto'), { schema: files.phase.schema, project, ...(historyTable === undefined ? {} : { table: historyTable }) }) };
        const plan = planBaseline(phase, baselineFiles(files), source, recorded);
        const report = (out.baseline = {
            phase, source: plan.source, marked: plan.mark.map(({ version, file }) => ({ version, file })),
            pending: plan.pending, gaps: plan.gaps, drift: plan.drift, alreadyRecorded: plan.alreadyRecorded, recorded: false,
        });
        const drift = baselineDriftError(plan);
        if (drift)
            throw drift;
        if (ctx.options.dryRun || plan.mark.length === 0)
            return;
        ctx.envelope.executionId = await recordBaseline(ctx.session, { phase, history: config.historyTable, actor, source: plan.source }, plan.mark);
        report.recorded = true;
    };
    return (0,outcome/* reporting */.vR)({}, (out) => (ctx.options.dryRun ? work(out) : (0,session_setup/* withMigrationLock */.KE)(ctx, () => work(out))));
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


/***/ })

};
