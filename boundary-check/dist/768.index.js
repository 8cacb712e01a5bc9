export const id = 768;
export const ids = [768];
export const modules = {

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HT: () => (/* binding */ CONNECTION_ENV),
  yC: () => (/* binding */ KEYWORD_ENV),
  aF: () => (/* binding */ hasConnectionSettings),
  mx: () => (/* binding */ parseDatabaseUrl),
  XC: () => (/* binding */ resolveConnection),
  kR: () => (/* binding */ withDatabase)
});

// UNUSED EXPORTS: defaultSocketDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/db/conninfo.ts
var conninfo = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/db/pgpass.ts

/**
 * libpq's password file: the first line whose host, port, database and user match (a `*`
 * matches anything; `\` escapes `:` and `\`). Like libpq, a file others can read is ignored
 * (with a warning), and a missing file is no error.
 */
function passwordFromFile(file, key, warn) {
    let text;
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (!stat.isFile())
            return undefined;
        if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
            warn(`password file "${file}" has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const wanted = [key.host, key.port, key.database, key.user];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = splitFields(line);
        if (fields.length < 5)
            continue;
        if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w))
            return fields.slice(4).join(':');
    }
    return undefined;
}
function splitFields(line) {
    const fields = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length)
            current += line[++i];
        else if (c === ':' && fields.length < 4) {
            fields.push(current);
            current = '';
        }
        else
            current += c;
    }
    fields.push(current);
    return fields;
}

;// CONCATENATED MODULE: ./src/db/service-file.ts




/**
 * libpq's connection service file: PGSERVICEFILE or ~/.pg_service.conf first, then
 * PGSYSCONFDIR/pg_service.conf. A service named but defined nowhere is an error, as in libpq.
 */
function serviceSettings(service, env, home) {
    const files = [env.PGSERVICEFILE || external_node_path_default().join(home, '.pg_service.conf')];
    if (env.PGSYSCONFDIR)
        files.push(external_node_path_default().join(env.PGSYSCONFDIR, 'pg_service.conf'));
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const found = readService(file, service);
        if (found)
            return found;
    }
    throw (0,promote_error/* configError */.Fj)(`definition of service "${service}" not found (looked in ${files.join(', ')})`, { key: 'service' });
}
function readService(file, service) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`cannot read the service file: ${err.message}`, { file, key: 'service' });
    }
    let inService = false;
    let found;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        if (line.startsWith('[')) {
            if (found)
                inService = false;
            const name = line.slice(1, line.indexOf(']'));
            inService = name === service;
            if (inService)
                found = {};
            return;
        }
        if (!inService)
            return;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw (0,promote_error/* configError */.Fj)(`syntax error in service file: "${line}" has no "="`, { file, line: index + 1, key: 'service' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'service')
            throw (0,promote_error/* configError */.Fj)('nested service specifications are not supported', { file, line: index + 1, key: 'service' });
        if (!conninfo/* LIBPQ_KEYWORDS */._Q.has(key))
            throw (0,promote_error/* configError */.Fj)(`invalid connection option "${key}" in the service file`, { file, line: index + 1, key: 'service' });
        found[key] ??= value;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/db/connection-url.ts








const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** libpq's environment variable for each keyword. */
const KEYWORD_ENV = {
    host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
    passfile: 'PGPASSFILE', service: 'PGSERVICE', options: 'PGOPTIONS', application_name: 'PGAPPNAME',
    connect_timeout: 'PGCONNECT_TIMEOUT', client_encoding: 'PGCLIENTENCODING', require_auth: 'PGREQUIREAUTH',
    channel_binding: 'PGCHANNELBINDING', sslmode: 'PGSSLMODE', sslnegotiation: 'PGSSLNEGOTIATION', requiressl: 'PGREQUIRESSL',
    sslcompression: 'PGSSLCOMPRESSION', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcertmode: 'PGSSLCERTMODE',
    sslrootcert: 'PGSSLROOTCERT', sslcrl: 'PGSSLCRL', sslcrldir: 'PGSSLCRLDIR', sslsni: 'PGSSLSNI', requirepeer: 'PGREQUIREPEER',
    ssl_min_protocol_version: 'PGSSLMINPROTOCOLVERSION', ssl_max_protocol_version: 'PGSSLMAXPROTOCOLVERSION',
    gssencmode: 'PGGSSENCMODE', krbsrvname: 'PGKRBSRVNAME', gsslib: 'PGGSSLIB', gssdelegation: 'PGGSSDELEGATION',
    target_session_attrs: 'PGTARGETSESSIONATTRS', load_balance_hosts: 'PGLOADBALANCEHOSTS',
};
/** The variables that shape a libpq connection: a child gets ours and none of the caller's. */
const CONNECTION_ENV = new Set([...Object.values(KEYWORD_ENV), 'PGSERVICEFILE', 'PGSYSCONFDIR']);
const HANDLED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service', 'options', 'application_name',
    'connect_timeout', 'sslmode', 'requiressl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl', 'sslpassword', 'fallback_application_name',
]);
/** libpq's compiled-in socket folder: Debian's and Red Hat's builds use /var/run/postgresql, upstream /tmp. */
function defaultSocketDir() {
    return (0,external_node_fs_.existsSync)('/var/run/postgresql') ? '/var/run/postgresql' : '/tmp';
}
/** Whether anything at all names a database: a string, or one of the variables libpq reads. */
function hasConnectionSettings(text, env) {
    return Boolean(text) || ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'].some((v) => env[v]);
}
/**
 * Resolves a URI or keyword/value string (or none: the environment alone) into the one
 * target. Whatever libpq would refuse is refused here, exit 2, naming the part; the error never
 * repeats the string, which may hold a password.
 */
function resolveConnection(text, options = {}) {
    const option = options.option ?? '--database-url';
    const env = options.env ?? process.env;
    const home = env.HOME || external_node_os_default().homedir();
    const given = text ? (0,conninfo/* parseConninfo */.GL)(text.trim(), option) : {};
    const settings = {};
    const sources = {};
    for (const [k, v] of Object.entries(given)) {
        settings[k] = v;
        sources[k] = option;
    }
    const service = settings.service ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of Object.entries(serviceSettings(service, env, home))) {
            if (settings[k] !== undefined)
                continue;
            settings[k] = v;
            sources[k] = `service "${service}"`;
        }
    }
    for (const [k, variable] of Object.entries(KEYWORD_ENV)) {
        if (settings[k] !== undefined || !env[variable])
            continue;
        settings[k] = env[variable];
        sources[k] = variable;
    }
    const refuse = (k, what) => {
        throw (0,promote_error/* usageError */.Wp)(`${k}: ${what}`, { key: sources[k] ?? option });
    };
    for (const k of ['host', 'hostaddr', 'port']) {
        if (settings[k]?.includes(',')) {
            refuse(k, `names several servers; pg-promote connects to exactly one, so give one ${k}`);
        }
    }
    if (settings.hostaddr && external_node_net_default().isIP(settings.hostaddr) === 0)
        refuse('hostaddr', `"${settings.hostaddr}" is not a numeric IP address`);
    const host = settings.host || settings.hostaddr || defaultSocketDir();
    const portText = settings.port || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        refuse('port', `invalid port number "${portText}"`);
    }
    const port = Number(portText);
    const user = settings.user || osUser();
    const database = settings.dbname || user;
    let sslmode = settings.sslmode;
    if (sslmode === undefined && settings.requiressl === '1')
        sslmode = 'require';
    if (sslmode !== undefined && !SSL_MODES.includes(sslmode)) {
        refuse('sslmode', `invalid value "${sslmode}" (libpq knows ${SSL_MODES.join(', ')})`);
    }
    if (settings.sslrootcert === 'system') {
        // libpq 16+: the system store means verifying the host too; anything weaker is refused.
        if (sslmode === undefined)
            sslmode = 'verify-full';
        else if (sslmode !== 'verify-full')
            refuse('sslmode', `"${sslmode}" may not be used with sslrootcert=system (use verify-full)`);
    }
    let connectTimeoutSeconds;
    if (settings.connect_timeout !== undefined && settings.connect_timeout !== '') {
        if (!/^-?\d+$/.test(settings.connect_timeout))
            refuse('connect_timeout', `invalid integer value "${settings.connect_timeout}"`);
        const seconds = Number(settings.connect_timeout);
        connectTimeoutSeconds = seconds <= 0 ? undefined : Math.max(2, seconds);
    }
    const isSocket = host.startsWith('/');
    let password = settings.password || undefined;
    let passfile;
    if (password === undefined) {
        passfile = settings.passfile || external_node_path_default().join(home, '.pgpass');
        const pgpassHost = isSocket && host === defaultSocketDir() ? 'localhost' : settings.host || settings.hostaddr || 'localhost';
        password = passwordFromFile(passfile, { host: pgpassHost, port: String(port), database, user }, options.warn ?? (() => undefined));
        if (password !== undefined)
            sources.password = 'the password file';
    }
    // libpq's default files, looked for once: whatever is found is part of the resolution.
    const dotDir = external_node_path_default().join(home, '.postgresql');
    for (const [k, file] of [['sslrootcert', 'root.crt'], ['sslcert', 'postgresql.crt'], ['sslkey', 'postgresql.key'], ['sslcrl', 'root.crl']]) {
        if (settings[k] || !(0,external_node_fs_.existsSync)(external_node_path_default().join(dotDir, file)))
            continue;
        settings[k] = external_node_path_default().join(dotDir, file);
        sources[k] = `libpq's default ${external_node_path_default().join(dotDir, file)}`;
    }
    const extra = {};
    for (const [k, v] of Object.entries(settings))
        if (!HANDLED.has(k))
            extra[k] = v;
    const shownHost = settings.hostaddr && settings.host ? `${settings.host} (${settings.hostaddr})` : host;
    return {
        host,
        hostaddr: settings.hostaddr || undefined,
        port,
        database,
        user,
        password,
        passfile,
        ssl: {
            mode: sslmode ?? 'prefer',
            rootcert: settings.sslrootcert || undefined,
            cert: settings.sslcert || undefined,
            key: settings.sslkey || undefined,
            crl: settings.sslcrl || undefined,
            keyPassword: settings.sslpassword || undefined,
        },
        options: settings.options || undefined,
        applicationName: settings.application_name || undefined,
        connectTimeoutSeconds,
        extra,
        sources,
        display: `${user}@${shownHost}:${port}/${database}`,
    };
}
/** The same target, another database on that server (a scratch copy). */
function withDatabase(target, database) {
    return { ...target, database, display: `${target.display.slice(0, target.display.length - target.database.length)}${database}` };
}
/** Kept for the adapters: a string resolved against the process's environment. */
function parseDatabaseUrl(url, option = '--database-url', env = process.env) {
    return resolveConnection(url, { option, env });
}
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)('no user name: set user in the connection string or PGUSER (the OS user has no name)', { key: 'PGUSER' });
    }
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ quoteConninfoValue),
/* harmony export */   GL: () => (/* binding */ parseConninfo),
/* harmony export */   _Q: () => (/* binding */ LIBPQ_KEYWORDS)
/* harmony export */ });
/* unused harmony export isUri */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/** Every keyword libpq 13 to 18 knows; anything else it refuses, and so do we. */
const LIBPQ_KEYWORDS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'require_auth', 'channel_binding',
    'connect_timeout', 'client_encoding', 'options', 'application_name', 'fallback_application_name',
    'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslmode', 'sslnegotiation', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode',
    'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'ssl_min_protocol_version', 'ssl_max_protocol_version',
    'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs', 'load_balance_hosts', 'requiressl',
]);
const URI_PREFIX = /^postgres(?:ql)?:\/\//;
const isUri = (text) => URI_PREFIX.test(text);
function parseConninfo(text, option) {
    // libpq would read mysql://... as a keyword string and complain about "="; say what it is.
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
    if (scheme && !isUri(text))
        refuse(option, `${option} must start with postgres:// or postgresql:// (got ${scheme[1]}://)`);
    return isUri(text) ? parseUri(text, option) : parseKeywords(text, option);
}
function refuse(option, what) {
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(what, { key: option });
}
/** %XX only (libpq does not read '+' as a space), and never %00. */
function decode(value, option, part) {
    if (!value.includes('%'))
        return value;
    const bytes = [];
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c !== '%') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const hex = value.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
            refuse(option, `invalid percent-encoded token in the ${part} (a % must be followed by two hex digits)`);
        if (hex === '00')
            refuse(option, `forbidden value %00 in the ${part}`);
        bytes.push(parseInt(hex, 16));
        i += 2;
    }
    return Buffer.from(bytes).toString('utf8');
}
function setKeyword(info, key, value, option, where) {
    if (!LIBPQ_KEYWORDS.has(key))
        refuse(option, `invalid ${where} "${key}"`);
    info[key] = value;
}
/** libpq's conninfo_uri_parse_options, step by step. */
function parseUri(text, option) {
    const info = {};
    let rest = text.replace(URI_PREFIX, '');
    // user[:password]@ ends at the first '@' before any '/' or '?'
    const at = rest.search(/[@/?]/);
    if (at >= 0 && rest[at] === '@') {
        const credentials = rest.slice(0, at);
        const colon = credentials.indexOf(':');
        const user = colon >= 0 ? credentials.slice(0, colon) : credentials;
        if (user)
            info.user = decode(user, option, 'user name');
        if (colon >= 0) {
            const password = credentials.slice(colon + 1);
            if (password)
                info.password = decode(password, option, 'password');
        }
        rest = rest.slice(at + 1);
    }
    // host[:port] (or [ipv6][:port]), several separated by commas, up to '/' or '?'
    const netEnd = rest.search(/[/?]/);
    const netloc = netEnd >= 0 ? rest.slice(0, netEnd) : rest;
    rest = netEnd >= 0 ? rest.slice(netEnd) : '';
    const hosts = [];
    const ports = [];
    if (netloc) {
        for (const entry of splitHosts(netloc, option)) {
            let host;
            let port = '';
            if (entry.startsWith('[')) {
                const close = entry.indexOf(']');
                if (close < 0)
                    refuse(option, 'missing "]" in an IPv6 host address');
                if (close === 1)
                    refuse(option, 'IPv6 host address may not be empty');
                host = entry.slice(1, close);
                const after = entry.slice(close + 1);
                if (after && !after.startsWith(':'))
                    refuse(option, `unexpected character "${after[0]}" after the IPv6 host address`);
                port = after.slice(1);
            }
            else {
                const colon = entry.indexOf(':');
                host = colon >= 0 ? entry.slice(0, colon) : entry;
                port = colon >= 0 ? entry.slice(colon + 1) : '';
                host = decode(host, option, 'host');
            }
            hosts.push(host);
            ports.push(decode(port, option, 'port'));
        }
        if (hosts.some(Boolean))
            info.host = hosts.join(',');
        if (ports.some(Boolean))
            info.port = ports.join(',');
    }
    if (rest.startsWith('/')) {
        const q = rest.indexOf('?');
        const db = q >= 0 ? rest.slice(1, q) : rest.slice(1);
        if (db)
            info.dbname = decode(db, option, 'database name');
        rest = q >= 0 ? rest.slice(q) : '';
    }
    if (rest.startsWith('?')) {
        for (const pair of rest.slice(1).split('&')) {
            if (pair === '')
                continue;
            const eq = pair.indexOf('=');
            if (eq < 0)
                refuse(option, `missing key/value separator "=" in URI query parameter "${decode(pair, option, 'query')}"`);
            if (pair.indexOf('=', eq + 1) >= 0)
                refuse(option, `extra key/value separator "=" in URI query parameter "${decode(pair.slice(0, eq), option, 'query')}"`);
            let key = decode(pair.slice(0, eq), option, 'query parameter name');
            let value = decode(pair.slice(eq + 1), option, `value of ${key}`);
            // libpq's one alias, for JDBC-style URIs
            if (key === 'ssl' && value === 'true') {
                key = 'sslmode';
                value = 'require';
            }
            setKeyword(info, key, value, option, 'URI query parameter');
        }
    }
    return info;
}
function splitHosts(netloc, option) {
    const entries = [];
    let current = '';
    let inBracket = false;
    for (const c of netloc) {
        if (c === '[')
            inBracket = true;
        if (c === ']')
            inBracket = false;
        if (c === ',' && !inBracket) {
            entries.push(current);
            current = '';
        }
        else
            current += c;
    }
    if (inBracket)
        refuse(option, 'missing "]" in an IPv6 host address');
    entries.push(current);
    return entries;
}
/** libpq's conninfo_parse: key = value pairs, values bare or in single quotes, backslash escapes. */
function parseKeywords(text, option) {
    const info = {};
    let i = 0;
    const n = text.length;
    const space = (c) => c !== undefined && /\s/.test(c);
    while (i < n) {
        while (space(text[i]))
            i++;
        if (i >= n)
            break;
        let key = '';
        while (i < n && text[i] !== '=' && !space(text[i]))
            key += text[i++];
        while (space(text[i]))
            i++;
        if (text[i] !== '=')
            refuse(option, `missing "=" after "${key}" in the connection string`);
        i++;
        while (space(text[i]))
            i++;
        let value = '';
        if (text[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    refuse(option, 'unterminated quoted string in the connection string');
                const c = text[i];
                if (c === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                }
                else if (c === "'") {
                    i++;
                    break;
                }
                else {
                    value += c;
                    i++;
                }
            }
        }
        else {
            while (i < n && !space(text[i])) {
                if (text[i] === '\\' && i + 1 < n)
                    i++;
                value += text[i++];
            }
        }
        setKeyword(info, key, value, option, 'connection option');
    }
    return info;
}
/** A value for a keyword/value string (children's --dbname): quoted, quotes and backslashes escaped. */
const quoteConninfoValue = (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;


/***/ })

};
