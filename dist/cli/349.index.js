export const id = 349;
export const ids = [349];
export const modules = {

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ ensureEventsTable),
/* harmony export */   RP: () => (/* binding */ EVENTS_TABLE),
/* harmony export */   yM: () => (/* binding */ recordEvent)
/* harmony export */ });
/* unused harmony exports createEventsSql, EVENTS_EXISTS_SQL, insertEventSql */
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

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flags: () => (/* binding */ flags)
/* harmony export */ });
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2714);
/* harmony import */ var _flags_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4862);


/**
 * The kill switches. `flags off` is the runbook's "disable ingest service" step of a rollback:
 * it sets the named flags (default: the config's flags.rollback_off) to 0 and records, in the
 * same transaction, who did it, why, and each flag's previous value, so the change and its
 * record cannot part. `flags list` reads every known flag and changes nothing.
 */
async function flags(ctx) {
    const { config, actor, target } = ctx.prepared;
    const request = ctx.options.flags ?? {};
    const table = `${config.flags.table.schema}.${config.flags.table.table}`;
    const describe = new Map(config.flags.known.map((f) => [f.name, f.description]));
    if (request.action === 'list') {
        const state = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readFlags */ .uW)(ctx.session.client, config.flags, config.flags.known.map((f) => f.name));
        ctx.result.flags = { action: 'list', table, flags: state.map((f) => ({ ...f, description: describe.get(f.name) })), changes: [] };
        return;
    }
    const given = request.names ?? [];
    const names = [...new Set(given.length > 0 ? given : config.flags.rollbackOff)];
    (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKnownFlags */ .BK)(config.flags, names, given.length > 0 ? 'flags off' : 'flags.rollback_off');
    if (names.length === 0) {
        ctx.result.warnings.push(`no flags to turn off (${config.source}: flags.rollback_off is empty and none were named)`);
        ctx.result.flags = { action: 'off', table, flags: [], changes: [], reason: request.reason };
        return;
    }
    ctx.emit({ type: 'progress', stage: 'flags', message: `setting ${names.join(', ')} to 0 in ${table}` });
    const client = ctx.session.client;
    // Created (if need be) outside the transaction: a lost creation race inside it would abort it.
    await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureFlagsTable */ .KB)(client, config.flags);
    await (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureEventsTable */ .IW)(client, config.historyTable.schema);
    await client.query('BEGIN');
    let changes;
    let eventId;
    try {
        changes = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .setFlags */ .YI)(client, config.flags, names, 0, actor);
        eventId = await (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_0__/* .recordEvent */ .yM)(client, config.historyTable.schema, {
            executionId: ctx.result.executionId,
            actor,
            event: 'flags.off',
            detail: {
                database: target.database,
                table,
                reason: request.reason ?? null,
                flags: changes.map((c) => ({ name: c.name, previous: c.from, now: c.to })),
            },
        });
        await client.query('COMMIT');
    }
    catch (err) {
        if (!ctx.session.lost())
            await client.query('ROLLBACK').catch(() => undefined);
        throw err;
    }
    const state = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readFlags */ .uW)(client, config.flags, names);
    ctx.result.flags = {
        action: 'off',
        table,
        flags: state.map((f) => ({ ...f, description: describe.get(f.name) })),
        changes,
        reason: request.reason,
        eventId,
    };
}


/***/ }),

/***/ 4862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ checkKnownFlags),
/* harmony export */   KB: () => (/* binding */ ensureFlagsTable),
/* harmony export */   YI: () => (/* binding */ setFlags),
/* harmony export */   id: () => (/* binding */ setFlagIf),
/* harmony export */   uW: () => (/* binding */ readFlags)
/* harmony export */ });
/* unused harmony export createFlagsTableSql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const qualified = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`;
function createFlagsTableSql(t) {
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${qualified(t)} (
  name        text        PRIMARY KEY,
  percentage  integer     NOT NULL DEFAULT 0 CHECK (percentage BETWEEN 0 AND 100),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text        NOT NULL DEFAULT current_user
);`;
}
const readSql = (t) => `SELECT name, percentage, updated_at::text AS updated_at, updated_by FROM ${qualified(t)} WHERE name = ANY($1::text[])`;
// One statement per change: the row is locked for the update, and the old value comes back
// with the new one, so two runs cannot both think they moved the flag from the same place.
// The upsert reads `old` (the CROSS JOIN), so the locking read runs first: read after the
// upsert, a row this statement already updated is skipped by FOR UPDATE and `from` would be 0.
const setSql = (t) => `
WITH old AS MATERIALIZED (
  SELECT name, percentage FROM ${qualified(t)} WHERE name = ANY($1::text[]) FOR UPDATE
), upsert AS (
  INSERT INTO ${qualified(t)} AS f (name, percentage, updated_at, updated_by)
  SELECT n, $2::integer, now(), $3 FROM unnest($1::text[]) AS n CROSS JOIN (SELECT count(*) FROM old) AS locked
  ON CONFLICT (name) DO UPDATE SET percentage = EXCLUDED.percentage, updated_at = now(), updated_by = EXCLUDED.updated_by
  RETURNING f.name, f.percentage
)
SELECT u.name, COALESCE(o.percentage, 0) AS from_pct, u.percentage AS to_pct
FROM upsert u LEFT JOIN old o USING (name) ORDER BY u.name`;
/** Names outside the config's `flags.known` are usage errors, reported all at once. */
function checkKnownFlags(config, names, key = '--flag') {
    const known = new Set(config.known.map((f) => f.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')} (flags in the config: ${[...known].join(', ') || 'none'})`, { key });
    }
}
/** Creates the table when missing; two runs racing to create it is fine. */
async function ensureFlagsTable(client, config) {
    const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
    if (exists.rows[0]?.present)
        return;
    try {
        await client.query(createFlagsTableSql(config.table));
    }
    catch (err) {
        const code = err.code;
        if (code !== '42P07' && code !== '23505')
            throw err;
    }
}
/** Current state of the named flags; a flag with no row yet is at 0. */
async function readFlags(client, config, names) {
    const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
    const rows = exists.rows[0]?.present
        ? (await client.query(readSql(config.table), [names])).rows
        : [];
    const byName = new Map(rows.map((r) => [r.name, r]));
    return names.map((name) => {
        const row = byName.get(name);
        return row ? { name, percentage: row.percentage, updatedAt: row.updated_at, updatedBy: row.updated_by } : { name, percentage: 0 };
    });
}
/** Sets every named flag to one percentage in one statement; returns each flag's old and new value. */
async function setFlags(client, config, names, percentage, actor) {
    if (!Number.isInteger(percentage) || percentage < 0 || percentage > 100) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('usage', `a flag's percentage must be a whole number from 0 to 100, not ${percentage}`);
    }
    await ensureFlagsTable(client, config);
    // A name twice would make ON CONFLICT touch one row twice, which PostgreSQL refuses (21000).
    const unique = [...new Set(names)];
    const result = await client.query(setSql(config.table), [unique, percentage, actor]);
    return result.rows.map((r) => ({ name: r.name, from: r.from_pct, to: r.to_pct }));
}
// Compare-and-set: a revert must not undo someone else's later change (a `flags off` during
// the watch, say), so it only moves the flag if it is still where this run put it.
const setIfSql = (t) => `UPDATE ${qualified(t)} SET percentage = $3, updated_at = now(), updated_by = $4 WHERE name = $1 AND percentage = $2 RETURNING percentage`;
/** Sets the flag to `percentage` only if it is at `expected`; otherwise says where it is. */
async function setFlagIf(client, config, name, expected, percentage, actor) {
    const updated = await client.query(setIfSql(config.table), [name, expected, percentage, actor]);
    if (updated.rowCount === 1)
        return { changed: true, current: percentage };
    const [state] = await readFlags(client, config, [name]);
    return { changed: false, current: state?.percentage ?? 0 };
}


/***/ })

};
