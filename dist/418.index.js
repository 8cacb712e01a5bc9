export const id = 418;
export const ids = [418,375];
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

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flags: () => (/* binding */ flags)
/* harmony export */ });
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2714);
/* harmony import */ var _flags_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4862);
/* harmony import */ var _ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2640);



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
    await (0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_2__.warnOfUnfinishedRamps)(ctx);
    if (request.action === 'list') {
        const state = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readFlags */ .uW)(ctx.session.client, config.flags, config.flags.known.map((f) => f.name));
        return { flags: { action: 'list', table, flags: state.map((f) => ({ ...f, description: describe.get(f.name) })), changes: [] } };
    }
    const { names, from } = ctx.settings;
    (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKnownFlags */ .BK)(config.flags, names, from);
    if (names.length === 0) {
        ctx.envelope.warnings.push(`no flags to turn off (${config.source}: flags.rollback_off is empty and none were named)`);
        return { flags: { action: 'off', table, flags: [], changes: [], reason: request.reason } };
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
            executionId: ctx.envelope.executionId,
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
    return {
        flags: {
            action: 'off',
            table,
            flags: state.map((f) => ({ ...f, description: describe.get(f.name) })),
            changes,
            reason: request.reason,
            eventId,
        },
    };
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


/***/ })

};
