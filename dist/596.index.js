export const id = 596;
export const ids = [596];
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

/***/ 6596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseUnknownDatabase: () => (/* binding */ refuseUnknownDatabase)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2714);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2627);




/**
 * Before pg-promote applies anything to a database whose history is empty: another tool's
 * history table, or tables already in the phase's schema, mean the database was migrated by
 * something else, and running the files again would re-create (or fail on) what is there.
 * One catalog query: the history tables and the phase schema's tables (the history table
 * itself and pg-promote's events table beside it left out), the first few by name.
 */
const SQL = `WITH histories AS (${_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_TABLES_SQL */ .yz}),
present AS (
  SELECT c.relname::text AS name FROM pg_catalog.pg_class c
  WHERE c.relnamespace = to_regnamespace($2) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND c.oid <> ALL(array_remove(ARRAY[to_regclass($3), to_regclass($4)]::oid[], NULL))
)
SELECT (SELECT coalesce(json_agg(h), '[]') FROM histories h) AS histories,
  (SELECT count(*)::int FROM present) AS tables,
  ARRAY(SELECT name FROM present ORDER BY name LIMIT 3) AS sample`;
/** Throws a config error (exit 2) naming what was found and the baseline command to run; no query when the history has rows. */
async function refuseUnknownDatabase(client, input) {
    if (input.historyRows > 0)
        return;
    // to_regnamespace and to_regclass read names as SQL does: quoted, so case and dots are kept.
    const historyName = `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(input.history.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(input.history.table)}`;
    const { rows } = await client.query(SQL, [_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_TABLE_NAMES */ .VR, pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(input.schema), historyName, (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .eventsTable */ .gl)(input.history.schema)]);
    const { histories, tables, sample } = rows[0];
    const found = (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L8)(histories);
    const history = `${input.history.schema}.${input.history.table}`;
    if (found.length > 0) {
        const what = found.map((d) => `a ${d.reader.tool} history (${(0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .shownTable */ .oG)(d.table)})`).join(' and ');
        const commands = found.map((d) => `pg-promote baseline --phase ${input.phase} --from ${d.reader.tool}`);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`this database has ${what} and pg-promote's history ${history} is empty: it was migrated by another tool; take it over first with \`${commands.join('` or `')}\` (nothing was run)`, { phase: input.phase, object: (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .shownTable */ .oG)(found[0].table) });
    }
    if (tables > 0) {
        const names = sample.map((n) => `${input.schema}.${n}`).join(', ') + (tables > sample.length ? ', …' : '');
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`schema ${input.schema} already holds ${tables === 1 ? 'a table' : `${tables} tables`} (${names}) and pg-promote's history ${history} is empty: ` +
            `record the migrations that built them with \`pg-promote baseline --phase ${input.phase} --to VERSION\` (VERSION: the last one applied) (nothing was run)`, { phase: input.phase, object: input.schema });
    }
}


/***/ }),

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


/***/ })

};
