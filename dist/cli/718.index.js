export const id = 718;
export const ids = [718];
export const modules = {

/***/ 3029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ age),
/* harmony export */   i4: () => (/* binding */ pitrReadiness)
/* harmony export */ });
/* unused harmony exports PITR_SETTINGS_SQL, ARCHIVER_SQL */
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4532);

/**
 * The runbook's "confirm point-in-time recovery is configured", asked of the server: a logical
 * dump restores to one moment; only archived WAL can replay to any later one. Each query runs
 * on its own (no transaction), so a view a managed service hides fails alone.
 */
const PITR_SETTINGS_SQL = `
SELECT name, setting FROM pg_catalog.pg_settings
WHERE name IN ('wal_level', 'archive_mode', 'archive_command', 'archive_library')`;
const ARCHIVER_SQL = `
SELECT archived_count::int8::text AS archived, failed_count::int8::text AS failed,
       last_archived_wal, last_archived_time, last_failed_wal, last_failed_time,
       extract(epoch FROM pg_catalog.now() - last_archived_time)::float8 AS age_seconds
FROM pg_catalog.pg_stat_archiver`;
async function pitrReadiness(client, required) {
    let settings;
    let archiver;
    try {
        settings = new Map((await client.query(PITR_SETTINGS_SQL)).rows.map((r) => [r.name, r.setting]));
        archiver = (await client.query(ARCHIVER_SQL)).rows[0];
    }
    catch (err) {
        return hidden(`reading them failed: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(err.message)}`, required);
    }
    const walLevel = settings.get('wal_level');
    const archiveMode = settings.get('archive_mode');
    if (walLevel === undefined || archiveMode === undefined || !archiver) {
        return hidden('the WAL settings are not visible to this role', required);
    }
    const command = settings.get('archive_command') ?? '';
    const library = settings.get('archive_library') ?? '';
    const archiveCommandSet = (command !== '' && command !== '(disabled)') || library !== '';
    const status = {
        status: 'ready',
        message: '',
        walLevel,
        archiveMode,
        archiveCommandSet,
        archived: Number(archiver.archived),
        failed: Number(archiver.failed),
        lastArchivedAt: archiver.last_archived_time?.toISOString(),
        lastFailedAt: archiver.last_failed_time?.toISOString(),
        lastArchiveAgeSeconds: archiver.age_seconds === null ? undefined : Math.max(0, Math.round(archiver.age_seconds)),
    };
    const problem = problemOf(status, archiver);
    const facts = describe(status, archiver);
    if (!problem)
        return { ...status, message: `WAL archiving works: ${facts}` };
    return {
        ...status,
        status: required ? 'error' : 'warning',
        message: `point-in-time recovery is not ready: ${problem} (${facts})`,
    };
}
function problemOf(s, a) {
    if (s.walLevel === 'minimal')
        return 'wal_level is minimal, so no WAL can be archived (set wal_level = replica and restart)';
    if (s.archiveMode === 'off')
        return 'WAL archiving is off (set archive_mode = on and an archive_command or archive_library, then restart)';
    if (!s.archiveCommandSet)
        return 'archive_mode is on but neither archive_command nor archive_library is set, so WAL piles up unarchived';
    const lastFailed = a.last_failed_time?.getTime() ?? 0;
    const lastArchived = a.last_archived_time?.getTime() ?? 0;
    if ((s.failed ?? 0) > 0 && lastFailed >= lastArchived) {
        return `the WAL archiver is failing (last failure ${a.last_failed_time?.toISOString()} on ${a.last_failed_wal ?? '?'}), so recovery cannot go past ${a.last_archived_time?.toISOString() ?? 'the last archived segment'}`;
    }
    if ((s.archived ?? 0) === 0)
        return 'nothing has been archived yet, so there is nothing to recover from';
    return undefined;
}
function describe(s, a) {
    const parts = [`wal_level=${s.walLevel}`, `archive_mode=${s.archiveMode}`, `archive command/library ${s.archiveCommandSet ? 'set' : 'not set'}`];
    parts.push(`${s.archived} archived, ${s.failed} failed`);
    if (a.last_archived_wal && s.lastArchiveAgeSeconds !== undefined)
        parts.push(`last ${a.last_archived_wal} ${age(s.lastArchiveAgeSeconds)} ago`);
    return parts.join(', ');
}
function age(seconds) {
    if (seconds < 120)
        return `${seconds} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 172800)
        return `${(seconds / 3600).toFixed(1)} h`;
    return `${Math.round(seconds / 86400)} days`;
}
/** Managed services (RDS, Cloud SQL, ...) often hide these: say so, and say where to look instead. */
function hidden(why, required) {
    return {
        status: 'unknown',
        message: `cannot confirm point-in-time recovery: the server hides its WAL archiving settings or pg_stat_archiver (${why}); ` +
            `on a managed service, confirm PITR in the provider's console${required ? ' (backup.require_pitr cannot be checked here)' : ''}`,
    };
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backup: () => (/* binding */ backup)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backup/backup-paths.ts
var backup_paths = __webpack_require__(8423);
// EXTERNAL MODULE: ./src/backup/catalog.ts
var catalog = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/backup/checksum.ts
var checksum = __webpack_require__(5567);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/backup/encryption.ts
var encryption = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/backup/pg-tool.ts + 1 modules
var pg_tool = __webpack_require__(5187);
;// CONCATENATED MODULE: ./src/backup/dump.ts









/**
 * The runbook's `pg_dump --format=custom --file=...`. Unencrypted, pg_dump writes the file
 * itself: a seekable file lets it record data offsets in the table of contents, which
 * selective and parallel restores need, and it costs Node nothing.
 */
async function runDump(job) {
    const args = [`--format=${job.format}`, '--no-password', (0,pg_tool/* dbnameArg */.aY)(job.target)];
    if (job.snapshot)
        args.push(`--snapshot=${job.snapshot}`);
    // pg_dump reads patterns; a name quoted as an identifier is taken literally.
    for (const name of job.filter.schemas ?? [])
        args.push(`--schema=${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}`);
    for (const name of job.filter.exclude)
        args.push(`--exclude-schema=${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}`);
    if (job.format === 'directory' && job.jobs > 1)
        args.push(`--jobs=${job.jobs}`);
    const encrypted = job.key !== undefined;
    try {
        // Created here with owner-only permissions, which pg_dump keeps when it writes into them.
        if (job.format === 'directory')
            await (0,promises_.mkdir)(job.out.tempPath, { mode: 0o700 });
        else if (!encrypted)
            await (await (0,promises_.open)(job.out.tempPath, 'wx', 0o600)).close();
    }
    catch (err) {
        if ((0,backup_paths/* isDiskFull */.b$)(err))
            throw job.diskFull((0,backup_paths/* describeFsError */.TQ)(err));
        throw err;
    }
    if (!encrypted)
        args.push(`--file=${job.out.tempPath}`);
    let running;
    try {
        running = (0,pg_tool/* startTool */.pQ)(job.pgDump, args, { target: job.target, stdout: encrypted ? 'pipe' : 'ignore' });
    }
    catch (err) {
        throw (0,pg_tool/* spawnFailure */.M0)('pg_dump', job.pgDump, err);
    }
    const exitPromise = running.exit.catch((err) => {
        throw (0,pg_tool/* spawnFailure */.M0)('pg_dump', job.pgDump, err);
    });
    let written = 0;
    const ticker = setInterval(() => {
        void (encrypted ? Promise.resolve(written) : (0,checksum/* sizeOnDisk */.En)(job.out.tempPath)).then(job.onProgress);
    }, job.progressEveryMs);
    try {
        if (!encrypted) {
            const exit = await exitPromise;
            if (exit.code !== 0)
                throw (0,pg_tool/* toolFailure */.Lu)('pg_dump', exit, { target: job.target, doing: 'the dump failed', diskFull: job.diskFull });
            return { sizeBytes: await (0,checksum/* sizeOnDisk */.En)(job.out.tempPath) };
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let writeError;
        const writing = (0,external_node_stream_promises_.pipeline)(running.child.stdout, new encryption/* EncryptStream */.CJ(job.key), async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                written += chunk.length;
                yield chunk;
            }
        }, (0,external_node_fs_.createWriteStream)(job.out.tempPath, { flags: 'wx', mode: 0o600 })).catch((err) => {
            writeError = err;
            running.child.kill('SIGTERM');
        });
        const [exit] = await Promise.all([exitPromise, writing]);
        if (writeError) {
            if ((0,backup_paths/* isDiskFull */.b$)(writeError))
                throw job.diskFull((0,backup_paths/* describeFsError */.TQ)(writeError));
            throw writeError;
        }
        if (exit.code !== 0)
            throw (0,pg_tool/* toolFailure */.Lu)('pg_dump', exit, { target: job.target, doing: 'the dump failed', diskFull: job.diskFull });
        return { sizeBytes: written, writtenSha256: hash.digest('hex') };
    }
    finally {
        clearInterval(ticker);
    }
}

// EXTERNAL MODULE: ./src/backup/manifest.ts + 1 modules
var backup_manifest = __webpack_require__(9336);
// EXTERNAL MODULE: ./src/backup/pitr.ts
var backup_pitr = __webpack_require__(3029);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
// EXTERNAL MODULE: ./src/db/session.ts + 1 modules
var session = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/backup/archive-input.ts
var archive_input = __webpack_require__(9054);
;// CONCATENATED MODULE: ./src/backup/scratch-restore.ts








const DIFFERENCES_SHOWN = 5;
/**
 * Deep verification: the backup restored into a new, uniquely named database, compared with
 * what the manifest says the database held (exact counts from the dump's own snapshot), and
 * the scratch database dropped whatever happened.
 */
async function verifyByRestore(options) {
    const started = Date.now();
    const { server } = options;
    const name = `pgpromote_verify_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const target = (0,connection_url/* withDatabase */.kR)(server.target, name);
    try {
        await server.admin.query(`CREATE DATABASE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} TEMPLATE template0`);
    }
    catch (err) {
        const e = err;
        const hint = e.code === '42501' ? ' (--verify restore needs CREATEDB there; or pass --scratch-url to a server where it has it)' : '';
        throw new promote_error/* CheckFailed */.EC(`deep verification cannot create a scratch database on ${server.target.display}: ${e.message}${hint}`, {
            object: server.target.display,
        });
    }
    try {
        const parallel = options.input.format === 'directory' && options.jobs > 1;
        const args = ['--no-password', '--exit-on-error', (0,pg_tool/* dbnameArg */.aY)(target), parallel ? `--jobs=${options.jobs}` : '--single-transaction'];
        const { exit, decryptError } = await (0,archive_input/* runPgRestore */.P)(options.pgRestore, args, options.input, { target });
        if (decryptError)
            throw new promote_error/* CheckFailed */.EC(`deep verification: ${decryptError.message}`, { file: options.input.shown });
        if (exit.code !== 0) {
            throw new promote_error/* CheckFailed */.EC(`deep verification: the backup does not restore into ${target.display}: ${(0,pg_tool/* toolErrorLine */.$x)('pg_restore', exit)}`, {
                object: target.display,
            });
        }
        const differences = await compare(target, options.expected);
        if (differences.list.length > 0) {
            const shown = differences.list.slice(0, DIFFERENCES_SHOWN).join('; ');
            const more = differences.list.length > DIFFERENCES_SHOWN ? ` (and ${differences.list.length - DIFFERENCES_SHOWN} more)` : '';
            throw new promote_error/* CheckFailed */.EC(`deep verification: the restored copy differs from the database at backup time: ${shown}${more}`, {
                object: target.display,
            });
        }
        return { scratch: target.display, ...differences.totals, durationMs: Date.now() - started };
    }
    finally {
        await dropScratch(server.admin, name).catch((err) => options.onCleanupFailure(`could not drop the scratch database ${name} on ${server.target.display}: ${err.message}; drop it by hand`));
    }
}
async function compare(target, expected) {
    const client = await (0,session/* connectClient */.m)(target, 'pg-promote verify');
    try {
        await client.query('SET row_security = off');
        const objects = await (0,catalog/* dumpedObjects */.KR)(client);
        const counts = await (0,catalog/* countRows */.BO)(client, objects.tables);
        const list = [];
        const restoredTables = new Set(objects.tables.map(catalog/* qualifiedName */.OL));
        for (const table of expected.tables) {
            const name = (0,catalog/* qualifiedName */.OL)(table);
            if (!restoredTables.has(name))
                list.push(`table ${name} is missing`);
            else if (table.rows !== undefined && counts.has(name) && counts.get(name) !== table.rows) {
                list.push(`table ${name} has ${counts.get(name)} rows, ${table.rows} at backup time`);
            }
        }
        const views = new Set(objects.views.map(catalog/* qualifiedName */.OL));
        for (const view of expected.views)
            if (!views.has(view))
                list.push(`view ${view} is missing`);
        const policies = new Set(objects.policies.map(catalog/* policyName */.ct));
        for (const policy of expected.policies)
            if (!policies.has(policy))
                list.push(`policy ${policy} is missing`);
        let rows = 0;
        for (const n of counts.values())
            rows += n;
        return { list, totals: { tables: objects.tables.length, rows, views: objects.views.length, policies: objects.policies.length } };
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/** WITH (FORCE) (PostgreSQL 13+) ends sessions a failed pg_restore may have left behind. */
async function dropScratch(admin, name) {
    const version = Number((await admin.query("SELECT current_setting('server_version_num') AS v")).rows[0]?.v ?? 0);
    if (version >= 130000) {
        await admin.query(`DROP DATABASE IF EXISTS ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)} WITH (FORCE)`);
        return;
    }
    await admin.query('SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE datname = $1', [name]);
    await admin.query(`DROP DATABASE IF EXISTS ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(name)}`);
}

// EXTERNAL MODULE: ./src/backup/same-server.ts
var same_server = __webpack_require__(2064);
;// CONCATENATED MODULE: ./src/backup/preflight.ts


/**
 * What pg_dump would fail on, as a managed database's owner meets it, found before it runs:
 * schemas and tables the role cannot read, and tables under row-level security the role is
 * subject to (pg_dump turns row_security off and refuses such a table rather than dump part
 * of it). Bypassing RLS takes BYPASSRLS (or superuser); an owner bypasses it unless FORCE ROW
 * LEVEL SECURITY is set.
 */
const PREFLIGHT_SQL = `
WITH me AS (SELECT rolsuper OR rolbypassrls AS bypass FROM pg_catalog.pg_roles WHERE rolname = current_user),
ns AS (${catalog/* DUMPED_SCHEMAS_SQL */.S3}
), rels AS (
  SELECT c.oid, ns.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, c.relowner, c.relkind
  FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'S', 'm')
)
SELECT
  ARRAY(SELECT nspname FROM ns WHERE NOT pg_catalog.has_schema_privilege(ns.oid, 'USAGE') ORDER BY 1)::text[] AS unreadable_schemas,
  ARRAY(SELECT format('%I.%I', nspname, relname) FROM rels
        WHERE pg_catalog.has_schema_privilege(rels.nspname, 'USAGE')
          AND NOT pg_catalog.has_table_privilege(rels.oid, 'SELECT') ORDER BY 1)::text[] AS unreadable_tables,
  ARRAY(SELECT format('%I.%I', nspname, relname) || CASE WHEN relforcerowsecurity THEN ' (FORCE)' ELSE '' END FROM rels, me
        WHERE relkind IN ('r', 'p') AND relrowsecurity AND NOT me.bypass
          AND (relforcerowsecurity OR NOT pg_catalog.pg_has_role(relowner, 'USAGE')) ORDER BY 1)::text[] AS rls_tables`;
const listed = (names) => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '));
/** Exit 2 before pg_dump starts, with what to change: the role, or the schemas the dump takes. */
async function backupPreflight(client, filter) {
    const row = (await client.query(PREFLIGHT_SQL, [filter.schemas ?? null, filter.exclude])).rows[0];
    const key = 'backup.exclude_schemas';
    if (row.unreadable_schemas.length > 0) {
        throw new promote_error/* PermissionDenied */.JC(`cannot read schema ${listed(row.unreadable_schemas)} (no USAGE): grant it to this role, or leave it out with backup.exclude_schemas or backup.schemas; no backup was taken`, { key, object: row.unreadable_schemas[0] });
    }
    if (row.unreadable_tables.length > 0) {
        throw new promote_error/* PermissionDenied */.JC(`cannot read table ${listed(row.unreadable_tables)} (no SELECT): grant it, or leave its schema out with backup.exclude_schemas; no backup was taken`, { key, object: row.unreadable_tables[0] });
    }
    if (row.rls_tables.length > 0) {
        throw new promote_error/* PermissionDenied */.JC(`needs BYPASSRLS or table ownership for FORCE RLS tables: ${listed(row.rls_tables)} ` +
            '(pg_dump refuses a table whose rows row-level security would filter; ownership is enough without FORCE ROW LEVEL SECURITY); no backup was taken', { key, object: row.rls_tables[0] });
    }
}

;// CONCATENATED MODULE: ./src/backup/snapshot.ts

const BEGIN = [
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    // pg_dump itself turns these off; counting rows in the same snapshot must not be cut short either.
    "SELECT set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true), set_config('row_security', 'off', true)",
];
/**
 * One snapshot for the catalog checks, the row counts and pg_dump: what the checks expect is
 * then exactly what the dump holds, even while the database is being written to.
 */
async function openDumpSnapshot(client, warn) {
    try {
        for (const sql of BEGIN)
            await client.query(sql);
        const { snapshot, ...state } = await (0,catalog/* serverState */.zI)(client, catalog/* EXPORT_SNAPSHOT_SQL */.bw);
        return {
            id: snapshot,
            state,
            close: async () => {
                await client.query('COMMIT').catch(() => undefined);
            },
        };
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        warn(`the server would not export a snapshot (${err.message.split('\n')[0]}): the table of contents is checked against the catalog ` +
            'as it was just before the dump, so objects created or dropped meanwhile may be reported');
        return { state: await (0,catalog/* serverState */.zI)(client), close: async () => undefined };
    }
}

// EXTERNAL MODULE: ./src/backup/tool-version.ts
var tool_version = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/backup/verify-toc.ts
var verify_toc = __webpack_require__(418);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/backup.ts


















const PROGRESS_EVERY_MS = 5000;
/**
 * The runbook's steps 2 and 3: pg_dump, "pg_restore --list", note the size and the WAL
 * position, confirm PITR. The dump is written under a temporary name, verified, and only then
 * renamed into place with its manifest beside it.
 */
async function backup(ctx) {
    const started = Date.now();
    const { config, target } = ctx.prepared;
    const { settings } = ctx;
    const client = ctx.session.client;
    await (0,backup_paths/* prepareBackupDir */.d0)(settings.dir);
    const version = await client.query("SELECT current_setting('server_version_num') AS v");
    // Probing the installed tools takes a few processes; the server's answers arrive meanwhile.
    const [tools, pitr, systemId] = await Promise.all([
        (0,tool_version/* toolsForBackup */.d)({ versionNum: Number(version.rows[0]?.v), version: ctx.session.serverVersion }),
        (0,backup_pitr/* pitrReadiness */.i4)(client, config.backup.requirePitr),
        (0,catalog/* systemIdentifier */.vK)(client),
    ]);
    if (pitr.status === 'error')
        throw new promote_error/* CheckFailed */.EC(`${pitr.message}; no backup was taken`, { key: 'backup.require_pitr' });
    if (pitr.status !== 'ready')
        ctx.envelope.warnings.push(pitr.message);
    await (0,same_server/* proveSameServer */.g)(client, target, tools.pgDump.path, `taking a backup of ${target.display}`);
    const filter = { schemas: config.backup.schemas, exclude: config.backup.excludeSchemas };
    await backupPreflight(client, filter);
    const warn = (message) => ctx.envelope.warnings.push(message);
    const snapshot = await openDumpSnapshot(client, warn);
    const { state } = snapshot;
    const names = (0,backup_paths/* backupNames */.pS)(target.database, state.takenAt, settings.format, settings.key !== undefined);
    const dumpPath = external_node_path_default().join(settings.dir.abs, names.dump);
    const manifestPath = external_node_path_default().join(settings.dir.abs, names.manifest);
    const out = new backup_paths/* PartialOutput */.zm(dumpPath, settings.format === 'directory' ? 'folder' : 'file');
    const diskFull = (detail) => (0,backup_paths/* dirError */.SF)(settings.dir, `writing ${(0,backup_paths/* shownPath */.Id)(config.root, dumpPath)}: ${detail}; nothing was kept`);
    const step = (message) => ctx.emit({ type: 'stage-step', stage: 'backup', message });
    try {
        let objects;
        let exactRows;
        let dumped;
        const dumpStarted = Date.now();
        try {
            objects = await (0,catalog/* dumpedObjects */.KR)(client, filter);
            step(`pg_dump ${tools.pgDump.version} (${tools.pgDump.path}) → ${(0,backup_paths/* shownPath */.Id)(config.root, dumpPath)}, ${settings.format} format${settings.key ? ', encrypted' : ''}`);
            const dumping = runDump({
                pgDump: tools.pgDump.path,
                target,
                filter,
                format: settings.format,
                jobs: settings.jobs,
                snapshot: snapshot.id,
                out,
                key: settings.key?.value,
                progressEveryMs: PROGRESS_EVERY_MS,
                onProgress: (bytes) => ctx.emit({ type: 'stage-progress', stage: 'backup', step: 'dump', bytes, elapsedMs: Date.now() - dumpStarted }),
                diskFull,
            });
            // Deep verification compares exact counts: taken now, in the dump's snapshot, while pg_dump runs.
            const counting = settings.verify === 'restore' ? (0,catalog/* countRows */.BO)(client, objects.tables) : Promise.resolve(undefined);
            const [dumpOutcome, counts] = await Promise.allSettled([dumping, counting]);
            if (dumpOutcome.status === 'rejected')
                throw dumpOutcome.reason;
            if (counts.status === 'rejected')
                throw new promote_error/* CheckFailed */.EC(`counting rows for deep verification failed: ${counts.reason.message}`);
            dumped = dumpOutcome.value;
            exactRows = counts.value;
        }
        finally {
            await snapshot.close();
        }
        const dumpMs = Date.now() - dumpStarted;
        ctx.emit({ type: 'stage-progress', stage: 'backup', step: 'dump', bytes: dumped.sizeBytes, elapsedMs: dumpMs, done: true });
        const verifyStarted = Date.now();
        step(`verifying: SHA-256 and pg_restore --list (${tools.pgRestore.version})`);
        const input = { path: out.tempPath, shown: (0,backup_paths/* shownPath */.Id)(config.root, dumpPath), format: settings.format, key: settings.key?.value };
        const hashing = settings.key
            ? (0,checksum/* hashAndAuthenticate */.$O)(out.tempPath, settings.key.value)
            : settings.format === 'directory'
                ? (0,checksum/* hashFolder */.nP)(out.tempPath)
                : (0,checksum/* hashFile */.DC)(out.tempPath);
        const [digest, listing] = await Promise.all([
            hashing,
            (0,verify_toc/* listArchive */.d0)(tools.pgRestore.path, input, target),
        ]);
        if (dumped.writtenSha256 && dumped.writtenSha256 !== digest.sha256) {
            throw new promote_error/* CheckFailed */.EC('the encrypted file on disk differs from what was written to it', { file: (0,backup_paths/* shownPath */.Id)(config.root, dumpPath) });
        }
        const missing = (0,verify_toc/* missingFromToc */.n)(listing, objects);
        if (missing.length > 0)
            throw (0,verify_toc/* tocFailure */.jp)(missing, (0,backup_paths/* shownPath */.Id)(config.root, dumpPath));
        const verifyMs = Date.now() - verifyStarted;
        let deep;
        if (settings.verify === 'restore') {
            step('deep verification: restoring into a scratch database');
            deep = await withScratchServer(ctx, settings, (server) => verifyByRestore({
                pgRestore: tools.pgRestore.path,
                input,
                server,
                jobs: settings.jobs,
                expected: expectedObjects(objects, exactRows),
                onCleanupFailure: warn,
            }));
        }
        const manifest = {
            manifestVersion: 1,
            createdBy: `pg-promote ${src_version/* VERSION */.x}`,
            database: target.database,
            target: target.display,
            systemIdentifier: systemId,
            serverVersion: state.serverVersion,
            pgDump: { path: tools.pgDump.path, version: tools.pgDump.version },
            pgRestore: { path: tools.pgRestore.path, version: tools.pgRestore.version },
            takenAt: state.takenAt.toISOString(),
            walLsn: state.walLsn,
            inRecovery: state.inRecovery,
            sameSnapshot: snapshot.id !== undefined,
            format: settings.format,
            jobs: settings.jobs,
            encrypted: settings.key !== undefined,
            encryption: settings.key
                ? { algorithm: 'AES-256-GCM', chunkBytes: encryption/* DEFAULT_CHUNK_BYTES */.wn, keyEnv: settings.key.env, keyId: (0,encryption/* keyId */.xs)(settings.key.value) }
                : undefined,
            file: names.dump,
            sizeBytes: digest.sizeBytes,
            sha256: digest.sha256,
            files: digest.files,
            toc: listing.counts,
            tables: (0,catalog/* tableRows */.QE)(objects, exactRows),
            views: objects.views.map(catalog/* qualifiedName */.OL),
            policies: objects.policies.map(catalog/* policyName */.ct),
            verification: { method: settings.verify, verifiedAt: new Date().toISOString(), deep },
            pitr,
            durationMs: Date.now() - started,
        };
        await commit(out, manifestPath, manifest, settings, config.root);
        return { backup: summary(manifest, tools, pitr, {
                path: (0,backup_paths/* shownPath */.Id)(config.root, dumpPath),
                manifestPath: (0,backup_paths/* shownPath */.Id)(config.root, manifestPath),
                timings: { dumpMs, verifyMs, deepMs: deep?.durationMs },
            }) };
    }
    finally {
        await out.discard();
    }
}
async function commit(out, manifestPath, manifest, settings, root) {
    // Refused when a backup of that name exists: that one is never touched, let alone removed.
    await out.commit();
    try {
        await (0,backup_manifest/* writeManifest */.HN)(manifestPath, manifest);
    }
    catch (err) {
        // A dump whose manifest could not be written is not a backup: do not leave it looking like one.
        await (0,promises_.rm)(out.finalPath, { recursive: true, force: true });
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        throw (0,backup_paths/* dirError */.SF)(settings.dir, `cannot write ${(0,backup_paths/* shownPath */.Id)(root, manifestPath)}: ${err.message}; the backup was removed`);
    }
}
function expectedObjects(objects, exact) {
    return { tables: (0,catalog/* tableRows */.QE)(objects, exact), views: objects.views.map(catalog/* qualifiedName */.OL), policies: objects.policies.map(catalog/* policyName */.ct) };
}
/** The target's own server by default; --scratch-url names another (never printed with its password). */
async function withScratchServer(ctx, settings, work) {
    if (!settings.scratch)
        return work({ admin: ctx.session.client, target: ctx.prepared.target });
    const { target } = settings.scratch;
    const admin = await (0,session/* connectClient */.m)(target, 'pg-promote verify');
    try {
        return await work({ admin, target });
    }
    finally {
        await admin.end().catch(() => undefined);
    }
}
function summary(m, tools, pitr, where) {
    return {
        path: where.path,
        manifestPath: where.manifestPath,
        database: m.database,
        format: m.format,
        encrypted: m.encrypted,
        sizeBytes: m.sizeBytes,
        sha256: m.sha256,
        walLsn: m.walLsn,
        takenAt: m.takenAt,
        pgDump: { path: tools.pgDump.path, version: tools.pgDump.version },
        verification: m.verification.method,
        toc: m.toc,
        deep: m.verification.deep,
        pitr,
        timings: where.timings,
        durationMs: m.durationMs,
    };
}


/***/ })

};
