export const id = 514;
export const ids = [514,375];
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

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   g: () => (/* binding */ configFileToEdit)
/* harmony export */ });
/** Where pg-promote looks for its config when --config is not given (and where init writes it). */
const DEFAULT_CONFIG_PATH = 'db/promotion.yml';
/** The file a missing setting is to be added to: the config read. */
function configFileToEdit(source) {
    return source;
}


/***/ }),

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Cz: () => (/* binding */ positiveDuration),
/* harmony export */   Hd: () => (/* binding */ lowerName),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/**
 * The kinds of value promotion.yml is made of, defined once: every section (the phases' and
 * those of the later stages beside their code) spells a duration, a name or a table the same
 * way, with the same message when it is wrong.
 */
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .Cq), 'must be a duration such as 250ms, 5s, 10min or 1h');
/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
function positiveDuration(max) {
    return duration.refine((d) => {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(d) ?? 0;
        return ms > 0 && (max === undefined || ms <= max.ms);
    }, max ? `must be more than 0 and at most ${max.text}` : 'must be longer than zero');
}
/** A plain PostgreSQL identifier: nothing in the config can smuggle SQL. */
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const qualifiedName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.name with plain identifiers');
/** Names pg-promote's own things are known by: flags, gates, probes. */
const lowerName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _');


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

/***/ 3008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ramp: () => (/* binding */ ramp)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2714);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1954);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4532);
/* harmony import */ var _flags_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4862);
/* harmony import */ var _ramp_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(152);
/* harmony import */ var _ramp_interruption_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2433);
/* harmony import */ var _ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5739);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(938);
/* harmony import */ var _ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2640);
/* harmony import */ var _ramp_watch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9200);












/** One ramp per flag at a time: a second run watching the same flag would judge the first's step. */
const TRY_FLAG_LOCK_SQL = `SELECT pg_try_advisory_lock(${_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_5__/* .FLAG_LOCK_KEY_SQL */ ._i}) AS locked`;
const UNLOCK_FLAG_SQL = `SELECT pg_advisory_unlock(${_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_5__/* .FLAG_LOCK_KEY_SQL */ ._i})`;
/** The database's clock, as text so no precision is lost on the way back in as $1. */
const NOW_SQL = 'SELECT clock_timestamp()::text AS at';
/**
 * The runbook's feature-flag ramp as a stage: move the flag and record it (one transaction),
 * watch the health gates for the step's window, and on a breach (or a gate that cannot be
 * evaluated) set the flag back to where it was, record why and fail. Bad input changes nothing.
 * A step left unfinished (the ramp was killed while watching) blocks the flag's next move
 * until `--resume` watches it again or `--revert` sets it back.
 */
async function ramp(ctx) {
    const { config } = ctx.prepared;
    const options = ctx.options.ramp ?? {};
    const flag = options.flag;
    if (!flag)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`ramp needs --flag NAME (flags in the config: ${config.flags.known.map((f) => f.name).join(', ') || 'none, list them under flags.known'})`, { key: '--flag' });
    (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKnownFlags */ .BK)(config.flags, [flag]);
    const finishing = options.resume ? 'resume' : options.revert ? 'revert' : undefined;
    if (options.resume && options.revert)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('--resume and --revert are two ways to finish a step: give one', { key: '--resume' });
    const to = options.to;
    if (finishing && to !== undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`--${finishing} finishes the unfinished step; it takes no --to`, { key: '--to' });
    if (!finishing && to === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('ramp needs --to PERCENT (the rollout percentage to move the flag to)', { key: '--to' });
    if (to !== undefined && (!Number.isInteger(to) || to < 0 || to > 100))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`--to must be a percentage from 0 to 100, not ${to}`, { key: '--to' });
    const plan = (0,_ramp_config_js__WEBPACK_IMPORTED_MODULE_4__/* .rampPlanFor */ .tE)(config.ramp, flag);
    if (plan.gates.length === 0) {
        // A step watched by no gate would pass on nothing: refused before the flag moves.
        const file = (0,_config_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .configFileToEdit */ .g)(config.source);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`no health gates configured: ramp watches the queries under ramp.gates in ${file} (each a name, one sql returning a numeric column value, and max or min); add at least one`, { file, key: 'ramp.gates' });
    }
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .reporting */ .vR)({}, (out) => step(ctx, out, { flag, to, plan, finishing }));
}
/** The step itself, under the flag's lock: finish an unfinished one, or move the flag and watch it. */
async function step(ctx, out, request) {
    const { config } = ctx.prepared;
    const options = ctx.options.ramp ?? {};
    const { flag, to, plan, finishing } = request;
    const { windowMs, interval: every } = ctx.settings;
    const client = ctx.session.client;
    const locked = await client.query(TRY_FLAG_LOCK_SQL, [flag]);
    if (!locked.rows[0]?.locked) {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LockNotAcquired */ .fC(`another pg-promote ramp of flag '${flag}' is running on this database; the flag was not changed`, { object: flag });
    }
    try {
        await client.query(_ramp_watch_js__WEBPACK_IMPORTED_MODULE_7__/* .RAMP_SETTINGS_SQL */ .Og, [`${config.ramp.gateTimeoutMs}ms`, `${config.lockTimeoutMs}ms`]);
        const [unfinished] = await (0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_5__/* .findUnfinishedRamps */ .eu)(client, config.historyTable.schema, [flag], [flag]);
        if (finishing) {
            if (!unfinished)
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`flag '${flag}' has no unfinished ramp to ${finishing} (its last step was judged)`, { key: `--${finishing}` });
            await (0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_6__.finishUnfinished)(ctx, out, finishing, unfinished, { gates: plan.gates, windowMs, interval: every });
            return;
        }
        if (unfinished)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)((0,_ramp_unfinished_js__WEBPACK_IMPORTED_MODULE_5__/* .describeUnfinished */ .ds)(unfinished), { key: '--flag', object: flag });
        const [state] = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readFlags */ .uW)(client, config.flags, [flag]);
        const from = state?.percentage ?? 0;
        // A promotion's later step names where the step before it left the flag: a kill switch
        // thrown between the two (a rollback) must not be ramped past as if it were a step.
        if (options.from !== undefined && from !== options.from) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckFailed */ .EC(`flag '${flag}' is at ${from}%, not at ${options.from}% where the step before left it: it was changed since (a kill switch, a rollback?); the flag was not changed`, { key: '--from', object: flag });
        }
        if (to <= from && !options.force) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`flag '${flag}' is at ${from}%; --to ${to} is not above it (pass --force to lower or repeat it)`, { key: '--to' });
        }
        const skipped = plan.steps.filter((s) => s.to > from && s.to < to).map((s) => `${s.to}%`);
        if (skipped.length > 0)
            ctx.envelope.warnings.push(`flag '${flag}' skips the configured step${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} (${from}% → ${to}%)`);
        const window = windowMs ?? (0,_ramp_config_js__WEBPACK_IMPORTED_MODULE_4__/* .windowFor */ .a8)(plan.steps, to).windowMs;
        // Evaluated at least once within the window, however short it is.
        const interval = Math.min(every.ms, window);
        await move(ctx, out, { flag, to: to, windowMs: window, intervalMs: interval, gates: plan.gates, forced: Boolean(options.force) && to <= from });
    }
    finally {
        if (!ctx.session.lost())
            await client.query(UNLOCK_FLAG_SQL, [flag]).catch(() => undefined);
    }
}
/**
 * The move and its `flag.ramped` record commit together: whatever kills the process from then
 * on (even SIGKILL), the step is on record as being watched, and a step with no verdict after
 * it is found by the next command. Signals are caught from before the move, so SIGINT/SIGTERM
 * at any moment after it revert the step.
 */
async function move(ctx, out, m) {
    const { config, actor } = ctx.prepared;
    const client = ctx.session.client;
    const historySchema = config.historyTable.schema;
    // Created (if need be) outside the transaction: a lost creation race inside it would abort it.
    await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureFlagsTable */ .KB)(client, config.flags);
    await (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureEventsTable */ .IW)(client, historySchema);
    const interruption = new _ramp_interruption_js__WEBPACK_IMPORTED_MODULE_10__/* .Interruption */ ._();
    let movedAt;
    let from;
    try {
        await client.query('BEGIN');
        movedAt = (await client.query(NOW_SQL)).rows[0].at;
        const [moved] = await (0,_flags_store_js__WEBPACK_IMPORTED_MODULE_3__/* .setFlags */ .YI)(client, config.flags, [m.flag], m.to, actor);
        // Where the flag really was when it moved (someone may have changed it since it was read):
        // that is where a revert goes back to.
        from = moved?.from ?? 0;
        await (0,_audit_events_js__WEBPACK_IMPORTED_MODULE_1__/* .recordEvent */ .yM)(client, historySchema, {
            executionId: (ctx.envelope.executionId ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()),
            actor,
            event: 'flag.ramped',
            detail: { flag: m.flag, from, to: m.to, forced: m.forced, windowMs: m.windowMs, intervalMs: m.intervalMs, gates: m.gates.map((g) => g.name), movedAt },
        });
        await client.query('COMMIT');
    }
    catch (err) {
        interruption.dispose();
        if (!ctx.session.lost())
            await client.query('ROLLBACK').catch(() => undefined);
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckFailed */ .EC(`ramp of '${m.flag}' did not start: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_11__/* .serverErrorText */ .zi)(err)}; the flag was not changed`, { object: m.flag });
    }
    await (0,_ramp_watch_js__WEBPACK_IMPORTED_MODULE_7__/* .watchStep */ .AE)(ctx, out, { ...m, from, movedAt, resumed: false }, interruption);
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

/***/ 152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ buildRampConfig),
/* harmony export */   U3: () => (/* binding */ rampSection),
/* harmony export */   a8: () => (/* binding */ windowFor),
/* harmony export */   tE: () => (/* binding */ rampPlanFor)
/* harmony export */ });
/* unused harmony export RUNBOOK_STEPS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * The runbook's feature-flag ramp: each flag moves through steps (10% → 50% → 100%), each
 * step watched for a window while health gates are evaluated. Every duration can be shortened
 * (tests, the demo), none can be zero: a zero window would pass a step without watching it.
 */
const positiveDuration = (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)();
const gateName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const flagName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const step = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    to: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100).describe('Rollout percentage of this step.'),
    window: positiveDuration.describe('How long the step is watched before the next may start.'),
});
const steps = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(step)
    .min(1, 'must list at least one step')
    .refine((s) => s.every((x, i) => i === 0 || x.to > s[i - 1].to), 'steps must go up: each percentage above the one before');
const gate = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    sql: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, 'must not be empty')
        .describe('One query; $1 is when the flag moved (timestamptz) and $2, if used, the window as an interval. It returns rows with a numeric column `value`; other columns are shown beside it.'),
    max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('The highest value that passes (any row above it is a breach).'),
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('The lowest value that passes (any row below it is a breach).'),
})
    .refine((g) => g.max !== undefined || g.min !== undefined, 'gate has no threshold: set max (highest passing value) or min (lowest)')
    .refine((g) => g.max === undefined || g.min === undefined || g.min <= g.max, 'min must not exceed max');
const RUNBOOK_STEPS = [
    { to: 10, window: '30min' },
    { to: 50, window: '1h' },
    { to: 100, window: '1h' },
];
const rampSection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    steps: steps.default(RUNBOOK_STEPS).describe("Steps of every flag without its own (the runbook's 10% for 30min, 50% for 1h, 100% for 1h)."),
    interval: positiveDuration.default('10s').describe("How often the gates are evaluated while watching (the runbook's watch -n 10)."),
    gate_timeout: positiveDuration.default('30s').describe('statement_timeout of each gate query; a gate that times out fails the step.'),
    gates: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(gateName, gate)
        .default({})
        .describe('Health gates by name: the queries that tell whether the services are healthy. ramp needs at least one.'),
    flags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(flagName, zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        steps: steps.optional().describe("This flag's steps, instead of ramp.steps."),
        gates: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(gateName).min(1, 'must name at least one gate').optional().describe('Gates watched for this flag (default: all).'),
    }))
        .default({})
        .describe('Per-flag steps and gates.'),
})
    .superRefine((s, ctx) => {
    for (const [flag, own] of Object.entries(s.flags)) {
        (own.gates ?? []).forEach((name, i) => {
            if (!(name in s.gates)) {
                ctx.addIssue({ code: 'custom', path: ['flags', flag, 'gates', i], message: `unknown gate '${name}' (gates: ${Object.keys(s.gates).join(', ')})` });
            }
        });
    }
})
    .describe('Feature-flag ramp: steps, windows and health gates for `pg-promote ramp`.');
const ms = (d) => (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(d);
const toSteps = (s) => s.map((x) => ({ to: x.to, windowMs: ms(x.window) }));
function buildRampConfig(s, _root) {
    return {
        steps: toSteps(s.steps),
        intervalMs: ms(s.interval),
        gateTimeoutMs: ms(s.gate_timeout),
        gates: Object.entries(s.gates).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: g.min })),
        flags: Object.fromEntries(Object.entries(s.flags).map(([name, f]) => [name, { steps: f.steps ? toSteps(f.steps) : undefined, gates: f.gates }])),
    };
}
/** A flag's steps and gates: its own where it has them, the section's otherwise. */
function rampPlanFor(config, flag) {
    const own = config.flags[flag];
    const names = own?.gates;
    return {
        steps: own?.steps ?? config.steps,
        gates: names ? config.gates.filter((g) => names.includes(g.name)) : config.gates,
    };
}
/**
 * The window of a move to `to`: the step of that percentage, else the first step above it
 * (a percentage between steps is watched as long as the step it leads to), else the last.
 */
function windowFor(steps, to) {
    return steps.find((s) => s.to === to) ?? steps.find((s) => s.to > to) ?? steps[steps.length - 1];
}


/***/ })

};
