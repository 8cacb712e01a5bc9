export const id = 522;
export const ids = [522];
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
// EXTERNAL MODULE: ./src/engine/session-setup.ts
var session_setup = __webpack_require__(7026);
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


/***/ })

};
