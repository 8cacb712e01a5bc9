export const id = 990;
export const ids = [990,375];
export const modules = {

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

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ OWN_NO_TRANSACTION),
/* harmony export */   z: () => (/* binding */ inLayoutTerms)
/* harmony export */ });
/**
 * How pg-promote's own hints say "run this file without a transaction" (lint's fixes, migrate's
 * refusals): every such hint holds this clause, which `inLayoutTerms` swaps for the phase's layout's.
 */
const OWN_NO_TRANSACTION = 'with -- pg-promote:no-transaction in its header';
const noMarker = (tool) => `(${tool} has no no-transaction marker: pg-promote runs a file holding a statement that cannot run in a transaction block without one, as ${tool} did)`;
/** Each layout's way, as its reader (src/migrate/layouts/<layout>.ts) honours it. */
const HOW = {
    'pg-promote': OWN_NO_TRANSACTION,
    flyway: 'with executeInTransaction=false in its script configuration file (<the file name>.conf, beside it)',
    'golang-migrate': noMarker('golang-migrate'),
    dbmate: 'whose up section is marked -- migrate:up transaction:false',
    goose: 'with -- +goose NO TRANSACTION in it',
    'node-pg-migrate': noMarker('a node-pg-migrate SQL file'),
    diesel: 'whose folder has a metadata.toml saying run_in_transaction = false',
    prisma: noMarker('Prisma'),
    supabase: noMarker('the Supabase CLI'),
    sqitch: 'without BEGIN ... COMMIT around its deploy script (Sqitch then runs it statement by statement)',
};
/** A hint written in pg-promote's terms, said in the layout's: the marker its tool reads, or that it has none. */
function inLayoutTerms(text, layout) {
    return layout === 'pg-promote' ? text : text.split(OWN_NO_TRANSACTION).join(HOW[layout]);
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lf: () => (/* binding */ readSqlFile),
  Is: () => (/* binding */ sqlFileFromText)
});

// UNUSED EXPORTS: MAX_SQL_FILE_BYTES

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
// EXTERNAL MODULE: ./src/migrate/layouts/no-transaction-marker.ts
var no_transaction_marker = __webpack_require__(7330);
;// CONCATENATED MODULE: ./src/migrate/sql-file.ts









const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;
/** Refuses the file (migrate), or reports the problem and reads on (lint, review). */
function refuser(file, options, offset = 0) {
    return (rule, message, at = {}) => {
        const line = at.line === undefined ? undefined : at.line + offset;
        if (!options.problems)
            throw (0,promote_error/* configError */.Fj)(message, { file: file.rel, ...at, ...(line === undefined ? {} : { line }) });
        options.problems.push({ file: file.rel, rule, message, line: line ?? 1, column: at.column ?? 1 });
    };
}
function readSqlFile(file, options = {}) {
    const where = (extra = {}) => ({ file: file.rel, ...extra });
    const refuse = refuser(file, options);
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
        const message = err instanceof promote_error/* PromoteError */.jG ? err.message : `cannot read file: ${err.code === 'ENOENT' ? 'not found' : err.message}`;
        return void refuse('invalid-file', message);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return void refuse('invalid-file', 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', { line: 1 });
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return void refuse('invalid-file', 'file contains a NUL byte: not a SQL text file', { line: (0,position/* lineColumnAt */.IX)(bytes.subarray(0, nul).toString('utf8'), nul).line });
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        return void refuse('invalid-file', 'file is not valid UTF-8 (save it as UTF-8)', { line });
    }
    return sqlFileFromText(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}
/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
function sqlFileFromText(file, content, options = {}) {
    const offset = (options.firstLine ?? 1) - 1;
    const refuse = refuser(file, options, offset);
    const split = (0,sql_statements/* splitStatements */.X)(content);
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        refuse('parse-error', `unterminated ${kind} starting here`, { line, column });
    }
    for (const meta of split.metaCommands) {
        refuse('psql-meta-command', `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, { line: meta.line, column: meta.column });
    }
    if (split.statements.length === 0 && !options.allowEmpty)
        refuse('invalid-file', 'file has no SQL statements', { line: 1 });
    const first = split.statements[0];
    const transactional = options.transactional ?? sql_file_directives(first ? content.slice(0, first.start) : content, file.rel, refuse);
    for (const statement of split.statements) {
        const control = transactionControl(statement);
        if (control) {
            refuse('transaction-control', `${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
                (transactional ? (0,no_transaction_marker/* inLayoutTerms */.z)(` (or make it a file ${no_transaction_marker/* OWN_NO_TRANSACTION */.m} and let each statement commit on its own)`, options.layout ?? 'pg-promote') : ''), { line: statement.line, column: statement.column });
        }
        // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
        const needsNoTransaction = transactional ? (0,no_transaction/* noTransactionStatement */.F)(statement.text) : undefined;
        if (needsNoTransaction) {
            refuse('needs-no-transaction', (0,no_transaction_marker/* inLayoutTerms */.z)(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own ${no_transaction_marker/* OWN_NO_TRANSACTION */.m}`, options.layout ?? 'pg-promote'), { line: statement.line, column: statement.column });
        }
    }
    const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
    return { path: file, sql: content, checksum: checksumOf(content), statements, transactional, firstLine: offset + 1 };
}
/** The header's directives; a bad one is refused, or reported and the file read as transactional. */
function sql_file_directives(header, rel, refuse) {
    try {
        return (0,directives/* parseDirectives */.M)(header, rel).transactional;
    }
    catch (err) {
        if (!(err instanceof promote_error/* PromoteError */.jG))
            throw err;
        refuse('invalid-file', err.message, { line: err.context.line ?? 1 });
        return true;
    }
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

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ versionRange),
/* harmony export */   T: () => (/* binding */ locateVersion)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9432);

/** Digits separated by dots, underscores or dashes, read whole as the layouts read them (versionsOf). */
const NUMERIC = /^\d+(?:[._-]\d+)*$/;
/**
 * Where a version typed on the command line (`--to`) sits in a phase's order, the order migrate
 * applies in: a migration's version as pg-promote shows it (`3`, `2019-06-05-123456`, a Sqitch
 * change), or as its tool records it (diesel's without dashes); on a layout whose versions are
 * numbers, any number (`--to 0` keeps only v0). Undefined when it is none of these.
 */
function locateVersion(files, text) {
    const named = files.find((f) => f.version.text === text) ?? files.find((f) => f.historyKey === text);
    if (named)
        return { parts: named.version.parts, file: named };
    if (!NUMERIC.test(text) || files.some((f) => f.version.byPlace))
        return undefined;
    const parts = text.split(/[._-]/).map((p) => BigInt(p));
    return { parts, file: files.find((f) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(f.version.parts, parts) === 0) };
}
/** "its versions run from 1 to 3", for a message about a version the phase does not have. */
function versionRange(files) {
    return files.length > 0 ? `its versions run from ${files[0].version.text} to ${files.at(-1).version.text}` : 'it has no migration files';
}


/***/ })

};
