export const id = 26;
export const ids = [26,582,750];
export const modules = {

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
 * failing cast of a computed string, as in chain.ts, so the planner cannot raise it early.
 */
const LOCK_GUARD_SQL = `SELECT CASE WHEN ${HELD_HERE} THEN 0 ELSE ('${LOCK_LOST_MARKER} (server process ' || pg_catalog.pg_backend_pid() || ')')::integer END`;
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
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG('lock', `another pg-promote run holds the migration lock on database '${options.database}' (${holder}); ` +
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
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9750);


const POOLING_MESSAGE = 'transaction pooling detected: use a direct or session-mode connection for migrations';
const poolingError = (why, display) => new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG('connection', `${POOLING_MESSAGE} (${why})`, display ? { object: display } : {});
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

/***/ 9750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ connectClient),
/* harmony export */   openSession: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3467);



const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the connection string, which may carry the password.
 */
async function openSession(target, applicationName) {
    const client = await connectClient(target, applicationName, {
        // Queries handed over together go out together: a run of migration files is sent without
        // waiting for each answer (see migrate/transactional.ts). Awaited one by one, as everywhere
        // else, queries behave exactly as without it.
        pipeline: true,
    });
    let lostWith;
    // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
    client.on('error', (err) => {
        lostWith = err;
    });
    const version = await client.query('SHOW server_version');
    return {
        client,
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
    const tls = target.host.startsWith('/') || target.ssl.mode === 'disable' ? undefined : (0,_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .tlsOptions */ .Y)(target);
    const mode = target.ssl.mode;
    const attempts = !tls ? [false] : mode === 'prefer' ? [tls, false] : mode === 'allow' ? [false, tls] : [tls];
    const failures = [];
    for (const ssl of attempts) {
        const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
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
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `cannot connect to ${target.display}: ${reason}`, {
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

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ withMigrationLock),
/* harmony export */   bJ: () => (/* binding */ takeMigrationLock),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   r0: () => (/* binding */ ensureHistoryTable),
/* harmony export */   wu: () => (/* binding */ SESSION_SETTINGS_SQL)
/* harmony export */ });
/* unused harmony exports CLIENT_CHECK_SQL, RESET_SETTINGS_SQL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _db_advisory_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3511);
/* harmony import */ var _db_pooler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7641);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _migrate_chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6356);
/* harmony import */ var _migrate_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3909);
/* harmony import */ var _migrate_history_access_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4379);








/** Session settings that bound how long a migration can hold application traffic behind it. */
const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;
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
        await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
        await ctx.session.client.query(CLIENT_CHECK_SQL);
        await work();
    }
    finally {
        if (!ctx.session.lost()) {
            await ctx.session.client.query(RESET_SETTINGS_SQL).catch(() => undefined);
            await ctx.session.client.query(_migrate_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .RESET_CHAIN_SQL */ .V).catch(() => undefined);
            await release();
        }
    }
}
/**
 * Created only when missing, so a role without CREATE on the database can run once it exists;
 * an existing one must be a history table this role can use as the command needs.
 */
async function ensureHistoryTable(ctx, needs) {
    const { historyTable } = ctx.prepared.config;
    if ((await (0,_migrate_history_access_js__WEBPACK_IMPORTED_MODULE_6__/* .probeHistoryTable */ .X)(ctx.session.client, historyTable, needs)).present)
        return;
    try {
        await ctx.session.client.query((0,_migrate_history_js__WEBPACK_IMPORTED_MODULE_5__/* .createHistorySql */ .NA)(historyTable));
    }
    catch (err) {
        if (err.code !== '42501')
            throw err;
        const name = `${historyTable.schema}.${historyTable.table}`;
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .PromoteError */ .jG('permission', `cannot create the history table ${name}: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_7__/* .serverErrorText */ .zi)(err)}; create it once as a role that may, then grant this one SELECT, INSERT, UPDATE on it`, {
            key: 'history_table',
            object: name,
            sqlstate: '42501',
        });
    }
}
function runContext(ctx) {
    const { config } = ctx.prepared;
    return {
        client: ctx.session.client,
        history: config.historyTable,
        executionId: ctx.result.executionId,
        actor: ctx.prepared.actor,
        lockRetries: config.lockRetries,
        lockRetryBackoffMs: config.lockRetryBackoffMs,
        emit: ctx.emit,
    };
}


/***/ }),

/***/ 6356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ RESET_CHAIN_SQL),
/* harmony export */   Y: () => (/* binding */ newChain)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/**
 * The files of a run travel pipelined: file N+1 is on the wire before file N's answer is back.
 * PostgreSQL keeps them apart, but it does not stop at a failed one the way one query message
 * stops at its first error. A failed statement leaves its transaction block open and aborted,
 * so every later file fails at its BEGIN; a failed COMMIT (a deferred constraint, a
 * serialization failure) ends the block, and the next file would run. The chain covers that:
 * each file's transaction sets a session setting to its own link, rolled back with the
 * transaction if it does not commit, and each file first checks that its predecessor's link is
 * there.
 */
const SETTING = 'pg_promote.chain';
/** The run's last link, gone when the run ends: a pooler may hand the connection on. */
const RESET_CHAIN_SQL = `RESET ${SETTING}`;
let runs = 0;
function newChain() {
    const run = ++runs;
    const token = (index) => pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeLiteral */ .Ay.escapeLiteral(`${run}.${index}`);
    return {
        // The first file of a run has nothing in flight before it.
        guard: (index) => index === 0
            ? []
            : [
                // A failing cast of a computed string: the error says why, and no branch is constant,
                // so the planner cannot raise it while folding the CASE.
                `SELECT CASE WHEN pg_catalog.current_setting('${SETTING}', true) = ${token(index - 1)} THEN 0 ` +
                    `ELSE ('pg-promote: the file before this one did not commit (chain ' || ` +
                    `coalesce(pg_catalog.current_setting('${SETTING}', true), 'unset') || ')')::integer END`,
            ],
        link: (index) => `SELECT pg_catalog.set_config('${SETTING}', ${token(index)}, false)`,
    };
}


/***/ }),

/***/ 4379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ probeHistoryTable)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


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
/**
 * Checks the history table before it is used: a table of that name that is not a pg-promote
 * history, or one this role cannot use as `needs` says, is a plain error naming the table (and
 * the privilege), exit 2, before anything is applied; never "column id does not exist" or
 * "permission denied" from the middle of a run.
 */
async function probeHistoryTable(client, t, needs) {
    const name = `${t.schema}.${t.table}`;
    let row;
    try {
        row = (await client.query(PROBE_SQL, [`${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`])).rows[0];
    }
    catch (err) {
        // Without USAGE on its schema the table cannot even be looked up.
        if (err.code !== '42501')
            throw err;
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('permission', `the history table ${name} cannot be used: ${err.message}; grant this role USAGE on schema ${t.schema} (and SELECT, INSERT, UPDATE on the table)`, {
            key: 'history_table',
            object: name,
            sqlstate: '42501',
        });
    }
    if (!row.present)
        return { present: false };
    const absent = HISTORY_COLUMNS.filter((c) => !row.columns.includes(c));
    if (absent.length > 0) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('config', `${name} exists but is not a pg-promote history table (it has no column${absent.length > 1 ? 's' : ''} ${absent.join(', ')}); name a table pg-promote may own in history_table`, { key: 'history_table', object: name });
    }
    const missing = needs.filter((p) => row.missing.includes(p));
    if (missing.length > 0)
        throw permissionDenied(row.role, `${missing.join(', ')} on the history table ${name}`);
    if (row.sequence_denied && needs.includes('INSERT'))
        throw permissionDenied(row.role, `USAGE on the id sequence of the history table ${name}`);
    return { present: true };
}
function permissionDenied(role, what) {
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('permission', `permission denied: role '${role}' lacks ${what}; grant it, or run as a role that has it`, {
        key: 'history_table',
        sqlstate: '42501',
    });
}


/***/ }),

/***/ 3909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ markRevertedSql),
/* harmony export */   K6: () => (/* binding */ historyState),
/* harmony export */   LX: () => (/* binding */ qualified),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   NA: () => (/* binding */ createHistorySql),
/* harmony export */   Ro: () => (/* binding */ repeatableKey),
/* harmony export */   e8: () => (/* binding */ insertHistoryQuery),
/* harmony export */   fK: () => (/* binding */ ENTRY_COLUMNS)
/* harmony export */ });
/* unused harmony exports readHistorySql, insertHistorySql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _history_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4379);


const qualified = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.table)}`;
function createHistorySql(t) {
    const name = qualified(t);
    const index = pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(`${t.table}_applied_once`);
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${name} (
  id            bigserial PRIMARY KEY,
  execution_id  uuid        NOT NULL,
  phase         text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN ('migration', 'view', 'policy', 'down')),
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
function readHistorySql(t) {
    return `SELECT id::text, execution_id::text, phase, kind, version, file_name, checksum, applied_at, applied_by, success, reverted_at
FROM ${qualified(t)} ORDER BY id`;
}
/** The columns known before a file runs, in the order both inserts write them (see history-stage.ts). */
const ENTRY_COLUMNS = 'execution_id, phase, kind, version, file_name, checksum, applied_by';
function insertHistorySql(t) {
    return `INSERT INTO ${qualified(t)}
  (${ENTRY_COLUMNS}, duration_ms, success, error_sqlstate, error_message)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
}
/** Phase and version are $1 and $2, or expressions over a FROM item (a staged entry, history-stage.ts). */
function markRevertedSql(t, source = { phase: '$1', version: '$2' }) {
    return `UPDATE ${qualified(t)} SET reverted_at = now()${source.from ? ` FROM ${source.from}` : ''}
WHERE phase = ${source.phase} AND version = ${source.version} AND kind = 'migration' AND success AND reverted_at IS NULL`;
}
/** A named (prepared once per connection) insert: it runs once per file, often thousands of times. */
function insertHistoryQuery(t, e) {
    return { name: `pg-promote-history-${t.schema}.${t.table}`, text: insertHistorySql(t), values: historyValues(e) };
}
function historyValues(e) {
    return [
        e.executionId, e.phase, e.kind, e.version ?? null, e.fileName, e.checksum, e.appliedBy,
        Math.round(e.durationMs), e.success, e.errorSqlstate ?? null, e.errorMessage?.slice(0, 2000) ?? null,
    ];
}
/** Reading works on a database pg-promote never touched: no table means no history. */
async function readHistory(client, t) {
    if (!(await (0,_history_access_js__WEBPACK_IMPORTED_MODULE_1__/* .probeHistoryTable */ .X)(client, t, ['SELECT'])).present)
        return [];
    return (await client.query(readHistorySql(t))).rows;
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
