export const id = 481;
export const ids = [481];
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

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ buildMaintenanceWindowsConfig),
/* harmony export */   IN: () => (/* binding */ maintenanceWindowsSection),
/* harmony export */   qn: () => (/* binding */ DAYS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _zoned_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65);


/**
 * The runbook's "maintenance window scheduled", written down: named windows of wall-clock time
 * in an IANA time zone. A window whose end is earlier than its start runs past midnight into
 * the next day (its `days` are the days it opens on). Times are wall-clock, so a window keeps
 * its local hours across a daylight-saving change.
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const time = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'must be a time HH:MM (00:00 to 24:00)');
const windowEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    days: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DAYS)).min(1, 'must list at least one day').describe('Days the window opens on: mon, tue, wed, thu, fri, sat, sun.'),
    start: time.describe('Local time the window opens (HH:MM).'),
    end: time.describe('Local time the window closes (HH:MM, exclusive); earlier than start means the next day.'),
    time_zone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .superRefine((zone, ctx) => {
        if (!(0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isTimeZone */ .kQ)(zone))
            ctx.addIssue({ code: 'custom', message: `unknown time zone '${zone}' (expected an IANA name such as Europe/Berlin or UTC)` });
    })
        .describe('IANA time zone of start and end, e.g. Europe/Berlin.'),
})
    .superRefine((w, ctx) => {
    if (w.start === w.end)
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is the same as start (${w.start}): a window needs a length` });
    if (w.start === '24:00')
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be before 24:00 (write 00:00 on the next day)' });
})
    .describe('One maintenance window.');
const maintenanceWindowsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'window names are letters, digits, _ . -'), windowEntry)
    .describe('Maintenance windows by name: migrate, restore and ramp on a production database refuse to start outside every one (unless --outside-window REASON).');
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
function buildMaintenanceWindowsConfig(section, _root) {
    return Object.entries(section).map(([name, w]) => ({
        name,
        days: w.days,
        start: minutes(w.start),
        end: minutes(w.end),
        timeZone: w.time_zone,
        text: `${w.days.join(',')} ${w.start}-${w.end} ${w.time_zone}`,
    }));
}


/***/ }),

/***/ 2481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkWindow: () => (/* binding */ checkWindow),
  recordWindowOverride: () => (/* binding */ recordWindowOverride)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/windows/clock.ts

/**
 * The one place pg-promote reads the time for decisions that depend on the calendar
 * (maintenance windows). PG_PROMOTE_NOW (an ISO 8601 instant with its offset) stands in for
 * the clock: it exists for tests and rehearsals, so a window can be tried across a
 * daylight-saving change without waiting for one. Unset, it is the real time.
 */
const NOW_ENV = 'PG_PROMOTE_NOW';
function currentTime(env = process.env) {
    const given = env[NOW_ENV]?.trim();
    if (!given)
        return new Date();
    const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(given) ? new Date(given) : new Date(NaN);
    if (Number.isNaN(at.getTime()))
        throw (0,promote_error/* usageError */.Wp)(`${NOW_ENV} is '${given}'; expected an ISO 8601 instant with an offset, e.g. 2026-03-29T08:30:00Z`, { key: NOW_ENV });
    return at;
}

// EXTERNAL MODULE: ./src/windows/config.ts
var config = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/windows/zoned-time.ts
var zoned_time = __webpack_require__(65);
;// CONCATENATED MODULE: ./src/windows/evaluate.ts


/**
 * Each window's occurrences around an instant, as real instants: from the local day before
 * (a window that opened yesterday evening may still be open) to eight days ahead. Computed per
 * local date, so a daylight-saving change shifts the instants, never the local hours.
 */
function occurrences(window, now) {
    const today = (0,zoned_time/* localTime */.HJ)(now, window.timeZone);
    const found = [];
    // A day past the week: a weekly window skipped by a spring-forward gap tomorrow next opens
    // eight days from today, and that is the opening to report.
    for (let offset = -1; offset <= 8; offset++) {
        const date = (0,zoned_time/* addDays */.fi)(today.year, today.month, today.day, offset);
        const weekday = (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
        if (!window.days.includes(config/* DAYS */.qn[weekday]))
            continue;
        const closeDate = window.end <= window.start ? (0,zoned_time/* addDays */.fi)(date.year, date.month, date.day, 1) : date;
        const opensAt = (0,zoned_time/* instantOf */.B9)(window.timeZone, date.year, date.month, date.day, window.start);
        const closesAt = (0,zoned_time/* instantOf */.B9)(window.timeZone, closeDate.year, closeDate.month, closeDate.day, window.end);
        // Wholly inside a spring-forward gap, the window does not happen that day.
        if (opensAt < closesAt)
            found.push({ window, opensAt, closesAt });
    }
    return found;
}
/** The window open at `now` (the first in config order when several are), or none. */
function openWindow(windows, now) {
    for (const window of windows) {
        const open = occurrences(window, now).find((o) => o.opensAt <= now && now < o.closesAt);
        if (open)
            return open;
    }
    return undefined;
}
/** The next opening of any window after `now`, within a week. */
function nextWindow(windows, now) {
    return windows
        .flatMap((w) => occurrences(w, now))
        .filter((o) => o.opensAt > now)
        .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime())[0];
}
/** "Tue 22:00 Europe/Berlin": how a person reads an instant of a window. */
function localLabel(instant, zone) {
    const l = (0,zoned_time/* localTime */.HJ)(instant, zone);
    return `${config/* DAYS */.qn[l.weekday]} ${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')} ${(0,zoned_time/* hhmm */.T0)(l.minute)} ${zone}`;
}

;// CONCATENATED MODULE: ./src/windows/gate.ts





/**
 * The runbook's "maintenance window scheduled", enforced: where the run stands goes on
 * result.window; migrate, down, restore and ramp on a production database outside every window are
 * refused before connecting (nothing touched) unless --outside-window gives a reason. With no
 * windows configured it says nothing and allows everything. A dry run changes nothing, so it
 * is only told.
 */
function checkWindow(run, result) {
    const { config, target } = run;
    const windows = config.maintenanceWindows;
    if (windows.length === 0 || run.rules === 'none')
        return undefined;
    const now = currentTime();
    const production = config.production.databases.includes(target.database);
    const open = openWindow(windows, now);
    const info = { checkedAt: now.toISOString(), inside: open !== undefined, production };
    if (open) {
        Object.assign(info, {
            name: open.window.name,
            timeZone: open.window.timeZone,
            opensAt: open.opensAt.toISOString(),
            closesAt: open.closesAt.toISOString(),
            definition: open.window.text,
        });
    }
    else {
        const next = nextWindow(windows, now);
        if (next)
            info.next = { name: next.window.name, opensAt: next.opensAt.toISOString(), local: localLabel(next.opensAt, next.window.timeZone) };
    }
    result.window = info;
    if (open || !production || run.rules !== 'guarded' || run.dryRun)
        return info;
    const reason = run.outsideWindowReason?.trim();
    if (!reason) {
        const when = info.next ? `the next is '${info.next.name}', opening ${info.next.local}` : 'none opens within a week';
        throw (0,promote_error/* usageError */.Wp)(`'${target.database}' is a production database and ${now.toISOString()} is outside every maintenance window (${config.source}: maintenance_windows; ${when}): ` +
            `${run.command} refused. Pass --outside-window REASON to run anyway (recorded in the audit trail)`, { key: '--outside-window' });
    }
    info.overridden = { reason };
    result.warnings.push(`running ${run.command} on production database '${target.database}' outside every maintenance window: ${reason} (recorded in ${config.historyTable.schema}.promotion_events)`);
    return info;
}
/** The decision to run outside every window, into the audit trail under the run's execution id. */
async function recordWindowOverride(client, prepared, result, info) {
    if (!info.overridden)
        return;
    result.executionId ??= (0,external_node_crypto_.randomUUID)();
    await (0,events/* recordEvent */.yM)(client, prepared.config.historyTable.schema, {
        executionId: result.executionId,
        actor: prepared.actor,
        event: 'window.overridden',
        detail: {
            command: result.command,
            database: prepared.target.database,
            target: prepared.target.display,
            reason: info.overridden.reason,
            at: info.checkedAt,
            nextWindow: info.next ?? null,
        },
    });
}


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   HJ: () => (/* binding */ localTime),
/* harmony export */   T0: () => (/* binding */ hhmm),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/**
 * Wall-clock time in an IANA zone, from Intl alone (no time-zone database of our own): the
 * local day and minute of an instant, and the instant of a local day and minute.
 */
const formatters = new Map();
function isTimeZone(zone) {
    if (typeof zone !== 'string' || zone.length === 0)
        return false;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
function formatterFor(zone) {
    let f = formatters.get(zone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            weekday: 'short',
        });
        formatters.set(zone, f);
    }
    return f;
}
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function localTime(instant, zone) {
    const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
        minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
}
/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instant, zone) {
    const l = localTime(new Date(instant), zone);
    const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
    return asUtc - Math.floor(instant / 60_000) * 60_000;
}
const DAY_MS = 86_400_000;
/**
 * The instant a local date and minute happen in a zone. A time repeated by an autumn change is
 * its first occurrence. A time skipped by a spring-forward change happens when the clock jumps
 * past it, at the change itself (02:30 on that night in Berlin is the 03:00 that follows 01:59):
 * so a window wholly inside the gap opens and closes at the same instant, that is, not at all.
 */
function instantOf(zone, year, month, day, minute) {
    const wall = Date.UTC(year, month - 1, day, 0, minute);
    // The offsets in force a day either side of the wall time cover any change near it (no zone
    // changes twice in two days); taken at the wall time alone, east of UTC, the offset is the one
    // after an autumn change, which picked the repeated hour's second occurrence.
    const offsets = [...new Set([offsetMs(wall - DAY_MS, zone), offsetMs(wall, zone), offsetMs(wall + DAY_MS, zone)])];
    const matches = offsets.map((o) => wall - o).filter((t) => localMinuteKey(t, zone) === wall);
    if (matches.length > 0)
        return new Date(Math.min(...matches));
    // In the gap: the first minute whose wall clock reads `wall` or later. Before the change the
    // clock reads less (the larger offset's instant), after it more.
    let before = wall - Math.max(...offsets);
    let after = wall - Math.min(...offsets);
    while (after - before > 60_000) {
        const mid = Math.floor((before + after) / 120_000) * 60_000;
        if (localMinuteKey(mid, zone) >= wall)
            after = mid;
        else
            before = mid;
    }
    return new Date(after);
}
function localMinuteKey(instant, zone) {
    const l = localTime(new Date(instant), zone);
    return Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
}
/** Local calendar arithmetic (days), independent of any zone. */
function addDays(year, month, day, days) {
    const d = new Date(Date.UTC(year, month - 1, day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const hhmm = (minute) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;


/***/ })

};
