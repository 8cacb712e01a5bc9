export const id = 838;
export const ids = [838];
export const modules = {

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

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ assertInsideRealRoot),
/* harmony export */   q: () => (/* binding */ resolveRepoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/**
 * Config paths are relative to the repository root and must stay inside it: a promotion
 * config must not be able to make pg-promote read (and run) files from elsewhere.
 */
function resolveRepoPath(root, written, where, options = {}) {
    const key = where.key ? `${where.key}: ` : '';
    if (written.includes('\0'))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path contains a NUL byte`, where);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is absolute; write it relative to the repository root`, where);
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    if ((rel === '' && !options.rootItself) || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is outside the repository root`, where);
    }
    return { rel: rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), abs };
}
/** Symlinks are followed only when they land inside the root. Missing paths pass through. */
function assertInsideRealRoot(root, target, where) {
    let real;
    let realRoot;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target.abs);
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return;
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${where.key ? `${where.key}: ` : ''}'${target.rel}' is a link that leads outside the repository root`, where);
    }
}


/***/ }),

/***/ 2357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  init: () => (/* binding */ init)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/migrate/layouts/index.ts + 13 modules
var layouts = __webpack_require__(9522);
;// CONCATENATED MODULE: ./src/init/detect.ts




/** Folders that are never a project's migrations, however many .sql files they hold. */
const SKIP = new Set(['.git', 'node_modules', 'vendor', 'target', 'dist', 'build', 'out', 'coverage', '__pycache__', '.venv', 'venv']);
const MAX_DEPTH = 10;
const MAX_FOLDERS = 5_000;
const HEAD_BYTES = 16 * 1024;
function list(root, rel) {
    const listing = { rel, files: [], folders: [] };
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, rel));
    }
    catch {
        return listing;
    }
    for (const name of names.sort(code_unit_order/* byCodeUnits */.C)) {
        try {
            const stat = (0,external_node_fs_.statSync)(external_node_path_default().join(root, rel, name));
            if (stat.isDirectory())
                listing.folders.push(name);
            else if (stat.isFile())
                listing.files.push(name);
        }
        catch {
            // a dangling link is nobody's migration
        }
    }
    return listing;
}
/** The first bytes of a file: enough for the markers one-file tools put near the top. */
function head(abs) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, 'r');
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
const join = (a, b) => (a === '' ? b : `${a}/${b}`);
const FLYWAY = /^(V\d+(?:[._]\d+)*__.*|U\d+(?:[._]\d+)*__.*|R__.*)\.sql$/;
const GOLANG = /^\d+_.*\.(up|down)\.sql$/;
const NUMBERED = /^\d+(?:\.\d+)*[_-].*\.sql$/;
/** Which layout one .sql file's name and head say it belongs to, and why. */
function classify(root, folder, name) {
    if (FLYWAY.test(name))
        return { layout: 'flyway', evidence: 'V<version>__<description>.sql names' };
    if (GOLANG.test(name))
        return { layout: 'golang-migrate', evidence: '<version>_<name>.up.sql / .down.sql pairs' };
    if (!NUMBERED.test(name) && !/^\d+\.sql$/.test(name))
        return undefined;
    const text = head(external_node_path_default().join(root, folder, name));
    if (/^--\s*migrate:(up|down)\b/m.test(text))
        return { layout: 'dbmate', evidence: '-- migrate:up markers' };
    if (/^--\s\+goose\s/im.test(text))
        return { layout: 'goose', evidence: '-- +goose annotations' };
    if (/^\s*--[\s-]*(up|down)\s+migration/im.test(text))
        return { layout: 'node-pg-migrate', evidence: '-- Up Migration markers' };
    if (/(^|\/)supabase\/migrations$/.test(folder) && /^\d+_/.test(name))
        return { layout: 'supabase', evidence: 'supabase/migrations/<timestamp>_<name>.sql' };
    return { layout: 'pg-promote', evidence: 'NNN_name.sql files' };
}
/** A folder whose sub-folders are migrations (diesel, Prisma): which, and how many. */
function folderPerMigration(root, listing) {
    let diesel = 0;
    let prisma = 0;
    for (const name of listing.folders) {
        if (!/^[^_.]+_/.test(name))
            continue;
        const inner = list(root, join(listing.rel, name)).files;
        if (inner.includes('migration.sql') && /^\d+_/.test(name))
            prisma++;
        else if (inner.includes('up.sql'))
            diesel++;
    }
    if (prisma > 0 && prisma >= diesel)
        return { layout: 'prisma', evidence: '<timestamp>_<name>/migration.sql folders' };
    if (diesel > 0)
        return { layout: 'diesel', evidence: '<version>_<name>/up.sql folders' };
    return undefined;
}
/** A schema name as PostgreSQL folds it: unquoted lower-cased, quoted kept; only names the config can hold. */
const NAME = String.raw `(?:"([A-Za-z_][A-Za-z0-9_$]{0,62})"|([A-Za-z_][A-Za-z0-9_$]{0,62}))`;
const folded = (m, at) => m[at] ?? m[at + 1].toLowerCase();
const CREATE_SCHEMA = new RegExp(String.raw `\bCREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?(?!AUTHORIZATION\b)${NAME}(?=[\s;])`, 'i');
const QUALIFIED_TABLE = new RegExp(String.raw `\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\.`, 'gi');
/** The schema a tree's files create, or qualify most of their CREATE TABLEs with. */
function guessSchema(read) {
    const counts = new Map();
    for (const file of read.files) {
        const created = CREATE_SCHEMA.exec(file.upSql);
        if (created)
            return { schema: folded(created, 1), evidence: `CREATE SCHEMA in ${file.path}` };
        for (const m of file.upSql.matchAll(QUALIFIED_TABLE)) {
            const schema = folded(m, 1);
            counts.set(schema, (counts.get(schema) ?? 0) + 1);
        }
    }
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || (0,code_unit_order/* byCodeUnits */.C)(a[0], b[0]));
    return best ? { schema: best[0], evidence: `most CREATE TABLEs are qualified with ${best[0]}` } : undefined;
}
/**
 * Looks through a repository for migration folders and says which layout each is written in.
 * Pure: reads files, never a database. Folders a tool treats as one (Flyway's sub-folders, a
 * diesel or Prisma migration's own folder, Sqitch's deploy/revert/verify) are not looked into
 * again. Files a recognised layout cannot place, and folders named for migrations whose files
 * fit no layout, are returned as unrecognised.
 */
function detectLayouts(root) {
    const detection = { phases: [], unrecognised: [] };
    const queue = [{ rel: '', depth: 0 }];
    // DOWN folders found beside a pg-promote phase: read with it, never as phases of their own
    // (breadth first, a phase is always met before its db/migrations/DOWN/<phase>).
    const downs = new Set();
    let visited = 0;
    while (queue.length > 0 && visited++ < MAX_FOLDERS) {
        const { rel, depth } = queue.shift();
        if (downs.has(rel))
            continue;
        const listing = list(root, rel);
        const found = recognise(root, listing);
        if (found) {
            if (found.downFolder !== undefined)
                downs.add(found.downFolder);
            const read = layouts/* LAYOUT_READERS */.s1[found.layout](root, found.folder, found.downFolder === undefined ? {} : { downFolder: found.downFolder });
            const schema = guessSchema(read);
            detection.phases.push({
                ...found,
                migrations: read.files.length,
                ...(schema ? { schema: schema.schema, schemaEvidence: schema.evidence } : {}),
            });
            for (const problem of read.problems)
                detection.unrecognised.push({ path: problem.context.file ?? found.folder, why: problem.message });
            // Flyway reads its sub-folders, and diesel, Prisma and Sqitch keep each migration's files
            // in them: nothing below is looked at again. One-folder tools read no sub-folder, so
            // their sub-folders may hold another phase.
            if (['flyway', 'diesel', 'prisma', 'sqitch'].includes(found.layout))
                continue;
        }
        else {
            const why = unrecognisedFolder(listing);
            if (why)
                detection.unrecognised.push({ path: rel, why });
        }
        if (depth >= MAX_DEPTH)
            continue;
        for (const name of listing.folders) {
            if (SKIP.has(name) || name.startsWith('.'))
                continue;
            if (downs.has(join(rel, name)))
                continue;
            queue.push({ rel: join(rel, name), depth: depth + 1 });
        }
    }
    return detection;
}
const CODE_MIGRATION = /^\d+[_-]?.*\.(js|cjs|mjs|ts|go|rb|py|java|kt|cs|php|exs?)$/;
const LIQUIBASE = /^(db\.)?changelog([-.]master)?\.(xml|ya?ml|json|sql)$/i;
/** Why a folder that no layout claims still looks like migrations, for the person to decide. */
function unrecognisedFolder(listing) {
    const liquibase = listing.files.find((f) => LIQUIBASE.test(f));
    if (liquibase)
        return `a Liquibase changelog (${liquibase}): not a layout pg-promote reads`;
    if (!/migrat/i.test(external_node_path_default().basename(listing.rel)))
        return undefined;
    const code = listing.files.find((f) => CODE_MIGRATION.test(f));
    if (code)
        return `migrations written as code (${code}): pg-promote runs SQL migrations only`;
    if (listing.files.some((f) => f.toLowerCase().endsWith('.sql')))
        return 'named like a migrations folder, but its .sql files fit no layout pg-promote reads';
    return undefined;
}
function recognise(root, listing) {
    const folder = listing.rel;
    if (listing.files.includes('sqitch.plan'))
        return { layout: 'sqitch', folder, evidence: 'sqitch.plan' };
    const perFolder = folderPerMigration(root, listing);
    if (perFolder)
        return { ...perFolder, folder };
    const votes = new Map();
    for (const name of listing.files) {
        if (!name.toLowerCase().endsWith('.sql') || name.startsWith('.'))
            continue;
        const hit = classify(root, folder, name);
        if (!hit)
            continue;
        const vote = votes.get(hit.layout) ?? { count: 0, evidence: hit.evidence };
        vote.count++;
        votes.set(hit.layout, vote);
    }
    // A one-file tool's markers outvote plain numbered names: its files without markers are its empty ones.
    const ranked = [...votes].sort((a, b) => (a[0] === 'pg-promote' ? 1 : 0) - (b[0] === 'pg-promote' ? 1 : 0) || b[1].count - a[1].count);
    const [winner] = ranked;
    if (!winner)
        return undefined;
    const [layout, { evidence }] = winner;
    if (layout !== 'pg-promote')
        return { layout, folder, evidence };
    const down = downFolderFor(root, folder);
    return down === undefined ? { layout, folder, evidence } : { layout, folder, evidence, downFolder: down };
}
/** pg-promote's sample keeps db/migrations/<x>'s DOWN files in db/migrations/DOWN/<x>, or <x>/DOWN. */
function downFolderFor(root, folder) {
    const parent = external_node_path_default().posix.dirname(folder);
    const candidates = [join(folder, 'DOWN'), join(parent === '.' ? '' : parent, `DOWN/${external_node_path_default().posix.basename(folder)}`)];
    return candidates.find((c) => {
        try {
            return (0,external_node_fs_.statSync)(external_node_path_default().join(root, c)).isDirectory();
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/init/render-config.ts
/**
 * The db/promotion.yml `pg-promote init` writes for what it detected: one phase per migrations
 * folder, with its `layout:`. Every guess is a comment beside the value, for a person to check
 * before the first run; what could not be recognised is listed at the end.
 */
function renderPromotionConfig(detection) {
    const lines = [
        '# Written by pg-promote init from the migration folders it recognised. Paths are relative',
        '# to the repository root. Check each phase\'s schema before the first run.',
        'phases:',
    ];
    const names = new Set();
    for (const phase of detection.phases) {
        const name = uniqueName(phaseName(phase), names);
        lines.push(`  - name: ${name}`);
        lines.push(`    schema: ${phase.schema ?? 'public'}${comment(phase.schemaEvidence ? `guessed: ${phase.schemaEvidence}` : 'a guess: no file says which schema it builds')}`);
        lines.push(`    layout: ${phase.layout}${comment(`${phase.evidence}, ${phase.migrations} migration${phase.migrations === 1 ? '' : 's'}`)}`);
        lines.push(`    migrations: ${scalar(phase.folder)}`);
        if (phase.downFolder !== undefined)
            lines.push(`    down: ${scalar(phase.downFolder)}`);
    }
    if (detection.phases.length === 0) {
        lines.push('  # No migrations folder was recognised: point this phase at yours.');
        lines.push('  - name: app', '    schema: public', '    migrations: db/migrations');
    }
    if (detection.unrecognised.length > 0) {
        lines.push('', '# Not recognised (fix, move or ignore these before migrating):');
        for (const item of detection.unrecognised)
            lines.push(`#   ${oneLine(item.path)}: ${oneLine(item.why)}`);
    }
    return `${lines.join('\n')}\n`;
}
const comment = (text) => `  # ${oneLine(text)}`;
/** A comment must stay one line, whatever a file name holds. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
/** Plain paths stay plain; anything YAML could misread is written as a JSON string, which YAML reads the same. */
function scalar(value) {
    return /^[A-Za-z0-9_][A-Za-z0-9_./@-]*$/.test(value) ? value : JSON.stringify(value);
}
/** Folder segments that say nothing about what a phase holds. */
const GENERIC = new Set(['db', 'database', 'databases', 'migrations', 'migration', 'migrate', 'sql', 'src', 'main', 'resources', 'schema', 'schemas', '']);
function phaseName(phase) {
    const meaningful = phase.folder.split('/').filter((s) => !GENERIC.has(s.toLowerCase()));
    const raw = (meaningful[meaningful.length - 1] ?? phase.layout).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z]+/, '');
    return (raw === '' ? phase.layout : raw).slice(0, 50);
}
function uniqueName(name, taken) {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++)
        candidate = `${name}-${n}`;
    taken.add(candidate);
    return candidate;
}

;// CONCATENATED MODULE: ./src/init/index.ts


/** What `pg-promote init` proposes for the repository at `root`; it reads files only and writes nothing. */
function proposeInit(root) {
    const detection = detectLayouts(root);
    return { detection, config: renderPromotionConfig(detection) };
}

;// CONCATENATED MODULE: ./src/engine/init.ts





/**
 * Writes the config `proposeInit` renders for the repository, never over an existing one: a
 * config is a person's, edited by hand. --dry-run prints it instead.
 */
async function init(ctx) {
    const written = ctx.options.configPath ?? defaults/* DEFAULT_CONFIG_PATH */.B;
    const shown = written.split((external_node_path_default()).sep).join('/');
    const abs = external_node_path_default().resolve(ctx.options.root, written);
    const dryRun = Boolean(ctx.options.dryRun);
    if (!dryRun && (0,external_node_fs_.existsSync)(abs)) {
        throw (0,promote_error/* configError */.Fj)(`already exists; pg-promote init does not overwrite a config (edit it, or pass --config to write another file)`, { file: shown });
    }
    const { detection, config } = proposeInit(ctx.options.root);
    ctx.result.init = {
        path: shown,
        written: !dryRun,
        config,
        phases: detection.phases.map((p) => ({ layout: p.layout, folder: p.folder, migrations: p.migrations, schema: p.schema })),
        unrecognised: detection.unrecognised,
    };
    if (dryRun)
        return;
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    (0,external_node_fs_.writeFileSync)(abs, config, { flag: 'wx' });
}


/***/ }),

/***/ 9432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bw: () => (/* binding */ parseVersionText),
/* harmony export */   sY: () => (/* binding */ parseVersionedName)
/* harmony export */ });
const NAME_PATTERN = /^(\d+(?:\.\d+)*)(?:[_-]+(.*?))?\.sql$/i;
function parseVersionedName(fileName) {
    const match = NAME_PATTERN.exec(fileName);
    if (!match)
        return undefined;
    const parts = match[1].split('.').map((p) => BigInt(p));
    return { text: parts.map(String).join('.'), parts, description: match[2] ?? '' };
}
function parseVersionText(text) {
    if (!/^\d+(?:\.\d+)*$/.test(text))
        return undefined;
    return text.split('.').map((p) => BigInt(p));
}
function compareVersions(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 6632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ noTransactionStatement)
/* harmony export */ });
/* unused harmony export NO_TRANSACTION_STATEMENTS */
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5528);

const word = (t, ...words) => t !== undefined && words.includes(t);
/** Tokens after a leading parenthesised option list, and that list's own tokens. */
function options(tokens, from) {
    if (tokens[from] !== '(')
        return { inside: [], next: from };
    let depth = 0;
    for (let i = from; i < tokens.length; i++) {
        if (tokens[i] === '(')
            depth++;
        else if (tokens[i] === ')' && --depth === 0)
            return { inside: tokens.slice(from + 1, i), next: i + 1 };
    }
    return { inside: tokens.slice(from + 1), next: tokens.length };
}
/** `name [value]` in an option list is on unless its value says off. */
function optionOn(inside, name) {
    const at = inside.indexOf(name);
    if (at < 0)
        return false;
    const value = inside[at + 1] === '=' ? inside[at + 2] : inside[at + 1];
    return !word(value, 'FALSE', 'OFF', '0', "'FALSE'", "'OFF'", "'0'");
}
function reindexParts(tokens) {
    const { inside, next } = options(tokens, 1);
    const kind = tokens[next];
    return { concurrently: optionOn(inside, 'CONCURRENTLY') || tokens[next + 1] === 'CONCURRENTLY', kind };
}
const NO_TRANSACTION_STATEMENTS = [
    {
        name: 'CREATE INDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int)',
        example: 'CREATE INDEX CONCURRENTLY nt_i ON nt_t (a)',
        matches: (t) => t[0] === 'CREATE' && (t[1] === 'INDEX' ? t[2] === 'CONCURRENTLY' : t[1] === 'UNIQUE' && t[2] === 'INDEX' && t[3] === 'CONCURRENTLY'),
    },
    {
        name: 'DROP INDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'DROP INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'DROP' && t[1] === 'INDEX' && t[2] === 'CONCURRENTLY',
    },
    {
        name: 'REINDEX CONCURRENTLY',
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'REINDEX INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'REINDEX' && reindexParts(t).concurrently,
    },
    {
        name: 'REINDEX SCHEMA, DATABASE or SYSTEM',
        example: 'REINDEX SCHEMA public',
        matches: (t) => t[0] === 'REINDEX' && word(reindexParts(t).kind, 'SCHEMA', 'DATABASE', 'SYSTEM'),
    },
    {
        name: 'VACUUM',
        example: 'VACUUM',
        matches: (t) => t[0] === 'VACUUM',
    },
    {
        name: 'CLUSTER of every clustered table',
        example: 'CLUSTER',
        matches: (t) => {
            if (t[0] !== 'CLUSTER')
                return false;
            let i = options(t, 1).next;
            if (t[i] === 'VERBOSE')
                i++;
            return i >= t.length;
        },
    },
    {
        name: 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY',
        since: 14,
        setup: 'CREATE TABLE nt_p (a int) PARTITION BY RANGE (a); CREATE TABLE nt_c PARTITION OF nt_p FOR VALUES FROM (0) TO (10)',
        example: 'ALTER TABLE nt_p DETACH PARTITION nt_c CONCURRENTLY',
        matches: (t) => {
            if (t[0] !== 'ALTER' || t[1] !== 'TABLE')
                return false;
            const detach = t.findIndex((x, i) => x === 'DETACH' && t[i + 1] === 'PARTITION');
            return detach > 0 && t.indexOf('CONCURRENTLY', detach) > 0;
        },
    },
    {
        name: 'CREATE DATABASE',
        example: 'CREATE DATABASE nt_db',
        matches: (t) => t[0] === 'CREATE' && t[1] === 'DATABASE',
    },
    {
        name: 'DROP DATABASE',
        example: 'DROP DATABASE IF EXISTS nt_db',
        matches: (t) => t[0] === 'DROP' && t[1] === 'DATABASE',
    },
    {
        name: 'ALTER DATABASE ... SET TABLESPACE',
        setup: 'CREATE DATABASE nt_alter_db',
        example: 'ALTER DATABASE nt_alter_db SET TABLESPACE pg_default',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'DATABASE' && t[3] === 'SET' && t[4] === 'TABLESPACE',
    },
    {
        name: 'CREATE TABLESPACE',
        example: "CREATE TABLESPACE nt_ts LOCATION '/nonexistent'",
        matches: (t) => t[0] === 'CREATE' && t[1] === 'TABLESPACE',
    },
    {
        name: 'DROP TABLESPACE',
        example: 'DROP TABLESPACE IF EXISTS nt_ts',
        matches: (t) => t[0] === 'DROP' && t[1] === 'TABLESPACE',
    },
    {
        name: 'ALTER SYSTEM',
        // A name that is no setting: outside a transaction it fails harmlessly (42704).
        example: 'ALTER SYSTEM RESET pg_promote_never_a_setting',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'SYSTEM',
    },
    {
        name: 'DISCARD ALL',
        example: 'DISCARD ALL',
        matches: (t) => t[0] === 'DISCARD' && t[1] === 'ALL',
    },
    {
        name: 'CREATE SUBSCRIPTION ... WITH (create_slot = true)',
        example: "CREATE SUBSCRIPTION nt_sub CONNECTION 'host=/nonexistent dbname=none' PUBLICATION nt_pub",
        matches: (t) => {
            if (t[0] !== 'CREATE' || t[1] !== 'SUBSCRIPTION')
                return false;
            const withAt = t.lastIndexOf('WITH');
            const inside = withAt > 0 ? options(t, withAt + 1).inside : [];
            // create_slot defaults to true, and to false when connect = false.
            const off = (name) => inside.includes(name) && !optionOn(inside, name);
            return !off('CREATE_SLOT') && !off('CONNECT');
        },
    },
];
/** The entry the statement falls under, if PostgreSQL refuses it inside a transaction block. */
function noTransactionStatement(text) {
    // Migrate asks this of every statement: a data statement's text is never lexed past its start.
    let tokens = (0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .statementTokens */ .A)(text, HEAD_TOKENS);
    if (!FIRST_WORDS.has(tokens[0] ?? ''))
        return undefined;
    const deep = (tokens[0] === 'ALTER' && tokens[1] === 'TABLE' && /detach/i.test(text)) || (tokens[0] === 'CREATE' && tokens[1] === 'SUBSCRIPTION');
    if (deep)
        tokens = (0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .statementTokens */ .A)(text);
    return NO_TRANSACTION_STATEMENTS.find((s) => s.matches(tokens));
}
const HEAD_TOKENS = 24;
const FIRST_WORDS = new Set(['CREATE', 'DROP', 'REINDEX', 'VACUUM', 'CLUSTER', 'ALTER', 'DISCARD']);


/***/ }),

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   TY: () => (/* binding */ LineLocator),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   us: () => (/* binding */ utf16OffsetOfCodePoint),
/* harmony export */   yr: () => (/* binding */ errorLocation)
/* harmony export */ });
/**
 * Offsets, lines and columns in SQL text. JavaScript strings index UTF-16 code units, editors
 * and PostgreSQL count characters (code points), so every conversion between them lives here.
 */
const LF = 0x0a;
const CR = 0x0d;
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c) {
    return c >= 0xdc00 && c <= 0xdfff;
}
function clampOffset(text, offset) {
    if (!Number.isFinite(offset) || offset <= 0)
        return 0;
    return Math.min(Math.floor(offset), text.length);
}
/** Code points in text[from, to); a pair split by `to` counts its high half as one. */
function countCodePoints(text, from, to) {
    let count = 0;
    let i = from;
    while (i < to) {
        i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        count++;
    }
    return count;
}
/**
 * Answers line/column questions for one text. Queries in increasing offset order cost O(text)
 * in total, which matters for a file of thousands of statements on one long line; an earlier
 * offset just starts over from the top.
 */
class LineLocator {
    text;
    line = 1;
    lineStart = 0;
    /** Index of the terminator (\r or \n) ending the current line, or text.length. */
    lineEnd = -1;
    /** Code points counted on the current line from lineStart up to countedTo. */
    countedTo = 0;
    counted = 0;
    constructor(text) {
        this.text = text;
    }
    locate(utf16Offset) {
        const text = this.text;
        const target = clampOffset(text, utf16Offset);
        if (target < this.lineStart)
            this.restart();
        for (;;) {
            const end = this.currentLineEnd();
            if (target <= end || end >= text.length)
                break;
            const terminatorEnd = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
            // Between the \r and \n of one terminator: still the end of this line, not the next.
            if (target < terminatorEnd)
                break;
            this.line++;
            this.lineStart = terminatorEnd;
            this.lineEnd = -1;
            this.countedTo = terminatorEnd;
            this.counted = 0;
        }
        const upTo = Math.min(target, this.currentLineEnd());
        if (upTo < this.countedTo) {
            this.countedTo = this.lineStart;
            this.counted = 0;
        }
        const count = this.counted + countCodePoints(text, this.countedTo, upTo);
        // Never remember a position inside a surrogate pair: the next count would split the pair.
        if (!(upTo > 0 && isHighSurrogate(text.charCodeAt(upTo - 1)) && isLowSurrogate(text.charCodeAt(upTo)))) {
            this.countedTo = upTo;
            this.counted = count;
        }
        return { line: this.line, column: count + 1 };
    }
    restart() {
        this.line = 1;
        this.lineStart = 0;
        this.lineEnd = -1;
        this.countedTo = 0;
        this.counted = 0;
    }
    currentLineEnd() {
        if (this.lineEnd < 0) {
            const text = this.text;
            let i = this.lineStart;
            while (i < text.length) {
                const c = text.charCodeAt(i);
                if (c === LF || c === CR)
                    break;
                i++;
            }
            this.lineEnd = i;
        }
        return this.lineEnd;
    }
}
function lineColumnAt(text, utf16Offset) {
    return new LineLocator(text).locate(utf16Offset);
}
function utf16OffsetOfCodePoint(text, codePointIndex0) {
    if (!Number.isFinite(codePointIndex0) || codePointIndex0 <= 0)
        return 0;
    const wanted = Math.floor(codePointIndex0);
    let i = 0;
    let seen = 0;
    while (i < text.length && seen < wanted) {
        i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        seen++;
    }
    return i;
}
/** UTF-16 offset of the last code point of a non-empty text. */
function lastCharOffset(text) {
    const n = text.length;
    return n >= 2 && isLowSurrogate(text.charCodeAt(n - 1)) && isHighSurrogate(text.charCodeAt(n - 2)) ? n - 2 : n - 1;
}
function errorLocation(fileText, statement, serverPosition) {
    const start = clampOffset(fileText, statement.start);
    let within = 0;
    // Positions come off the wire as text; anything unusable falls back to the statement's start.
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && statement.text.length > 0) {
        within = utf16OffsetOfCodePoint(statement.text, Math.max(1, Math.floor(serverPosition)) - 1);
        if (within >= statement.text.length)
            within = lastCharOffset(statement.text);
    }
    return lineColumnAt(fileText, start + within);
}


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ statementTokens),
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8305);
/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */

const DOLLAR = 0x24;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
// PostgreSQL's whitespace; JavaScript's trim() would also eat U+00A0, which the server lexes as
// part of an identifier.
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
// The server works on bytes and treats every non-ASCII byte as a letter; every UTF-16 unit of a
// non-ASCII character is >= 0x80, so the same test works here.
function isIdentStart(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
function isIdentCont(c) {
    return isIdentStart(c) || isDigit(c) || c === DOLLAR;
}
function asciiUpper(word) {
    return word.replace(/[a-z]+/g, (s) => s.toUpperCase());
}
/** Index just past the closing quote, or -1 when the input ends first. */
function skipQuoted(sql, i, quote, backslashEscapes) {
    while (i < sql.length) {
        const c = sql.charCodeAt(i);
        if (backslashEscapes && c === BACKSLASH) {
            i += 2;
        }
        else if (c === quote) {
            if (sql.charCodeAt(i + 1) !== quote)
                return i + 1;
            i += 2;
        }
        else {
            i++;
        }
    }
    return -1;
}
/** Index just past the closing of the block comment opened at i, or -1. Comments nest. */
function skipBlockComment(sql, i) {
    let depth = 1;
    let j = i + 2;
    while (j < sql.length) {
        const c = sql.charCodeAt(j);
        const next = sql.charCodeAt(j + 1);
        if (c === 0x2f && next === 0x2a) {
            depth++;
            j += 2;
        }
        else if (c === 0x2a && next === 0x2f) {
            j += 2;
            if (--depth === 0)
                return j;
        }
        else {
            j++;
        }
    }
    return -1;
}
/** The `$tag$` delimiter starting at i, if one does; `$1` and a lone `$` are not delimiters. */
function dollarDelimiterAt(sql, i) {
    let j = i + 1;
    if (isIdentStart(sql.charCodeAt(j))) {
        j++;
        while (j < sql.length && (isIdentStart(sql.charCodeAt(j)) || isDigit(sql.charCodeAt(j))))
            j++;
    }
    return sql.charCodeAt(j) === DOLLAR ? sql.slice(i, j + 1) : undefined;
}
/** Index just past a number or `$n` parameter, including identifier junk glued to its digits. */
function skipDigits(sql, i) {
    while (i < sql.length && isDigit(sql.charCodeAt(i)))
        i++;
    // PostgreSQL 15+ and psql lex `1begin` as one junk number, not a number and a word.
    if (isIdentStart(sql.charCodeAt(i)))
        while (i < sql.length && isIdentCont(sql.charCodeAt(i)))
            i++;
    return i;
}
const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);
/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
    words = [];
    count = 0;
    depth = 0;
    word(word, parenDepth) {
        const lower = word.toLowerCase();
        if (this.count < 4 && ROUTINE_WORDS.has(lower))
            this.words[this.count] = lower;
        this.count++;
        const [w0, w1, w2, w3] = this.words;
        const routine = w0 === 'create' &&
            (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
        if (!routine || parenDepth !== 0)
            return;
        if (lower === 'begin')
            this.depth++;
        else if (lower === 'case' && this.depth >= 1)
            this.depth++;
        else if (lower === 'end' && this.depth > 0)
            this.depth--;
    }
}
function splitStatements(sql) {
    const n = sql.length;
    const locator = new _position_js__WEBPACK_IMPORTED_MODULE_0__/* .LineLocator */ .TY(sql);
    const statements = [];
    const metaCommands = [];
    let unterminated;
    let start = -1;
    let parenDepth = 0;
    let blocks = new BlockTracker();
    let keywords = [];
    let keywordsOpen = true;
    const token = (at, word) => {
        if (start < 0)
            start = at;
        if (word === undefined) {
            keywordsOpen = false;
            return;
        }
        if (keywordsOpen && keywords.length < 3)
            keywords.push(asciiUpper(word));
        blocks.word(word, parenDepth);
    };
    const finish = (before) => {
        if (start >= 0) {
            let end = before;
            while (end > start && isSpace(sql.charCodeAt(end - 1)))
                end--;
            const { line, column } = locator.locate(start);
            statements.push({ text: sql.slice(start, end), start, end, line, column, keywords });
        }
        start = -1;
        parenDepth = 0;
        blocks = new BlockTracker();
        keywords = [];
        keywordsOpen = true;
    };
    const fail = (kind, at) => {
        unterminated = { kind, ...locator.locate(at) };
    };
    let i = 0;
    // A byte-order mark is an encoding artifact, not the first character of a statement.
    if (sql.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n && unterminated === undefined) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        if (isSpace(c)) {
            i++;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR)
                i++;
        }
        else if (c === 0x2f && next === 0x2a) {
            const after = skipBlockComment(sql, i);
            if (after < 0)
                fail('block comment', i);
            else
                i = after;
        }
        else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
            token(i);
            const after = skipQuoted(sql, c === QUOTE ? i + 1 : i + 2, QUOTE, c !== QUOTE);
            if (after < 0)
                fail('string', i);
            else
                i = after;
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
            token(i);
            const quote = sql.charCodeAt(i + 2);
            const after = skipQuoted(sql, i + 3, quote, false);
            if (after < 0)
                fail(quote === QUOTE ? 'string' : 'quoted identifier', i);
            else
                i = after;
        }
        else if (c === DQUOTE) {
            token(i);
            const after = skipQuoted(sql, i + 1, DQUOTE, false);
            if (after < 0)
                fail('quoted identifier', i);
            else
                i = after;
        }
        else if (c === DOLLAR) {
            token(i);
            const delimiter = isDigit(next) ? undefined : dollarDelimiterAt(sql, i);
            if (delimiter === undefined) {
                i = isDigit(next) ? skipDigits(sql, i + 1) : i + 1;
            }
            else {
                const close = sql.indexOf(delimiter, i + delimiter.length);
                if (close < 0)
                    fail('dollar quote', i);
                else
                    i = close + delimiter.length;
            }
        }
        else if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentCont(sql.charCodeAt(j)))
                j++;
            token(i, sql.slice(i, j));
            i = j;
        }
        else if (isDigit(c)) {
            token(i);
            i = skipDigits(sql, i);
        }
        else if (c === 0x3b) {
            // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
            if (start >= 0 && (parenDepth > 0 || blocks.depth > 0))
                token(i);
            else
                finish(i);
            i++;
        }
        else if (c === BACKSLASH) {
            // A meta-command line is psql's, never the server's: it ends the statement before it.
            finish(i);
            let j = i + 1;
            while (j < n && !isSpace(sql.charCodeAt(j)) && sql.charCodeAt(j) !== BACKSLASH)
                j++;
            metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
            while (j < n && sql.charCodeAt(j) !== LF && sql.charCodeAt(j) !== CR)
                j++;
            i = sql.charCodeAt(j) === CR && sql.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        }
        else {
            token(i);
            if (c === 0x28)
                parenDepth++;
            else if (c === 0x29 && parenDepth > 0)
                parenDepth--;
            i++;
        }
    }
    if (unterminated === undefined)
        finish(n);
    const result = { statements, metaCommands };
    if (unterminated !== undefined)
        result.unterminated = unterminated;
    return result;
}
/**
 * The tokens of one statement, lexed as the splitter lexes (E'' strings with backslash
 * escapes, U&'' strings, nested comments, dollar quotes): words upper-cased, a string literal
 * as `'` + its upper-cased text + `'`, a quoted name as `"`, a dollar-quoted body as `'`, a
 * number as its digits, anything else one character each. Stops after `limit` tokens.
 */
function statementTokens(sql, limit = Number.POSITIVE_INFINITY) {
    const tokens = [];
    const n = sql.length;
    let i = 0;
    while (i < n && tokens.length < limit) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        let after;
        if (isSpace(c)) {
            i++;
            continue;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR)
                i++;
            continue;
        }
        else if (c === 0x2f && next === 0x2a) {
            after = skipBlockComment(sql, i);
            i = after < 0 ? n : after;
            continue;
        }
        else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
            const from = c === QUOTE ? i + 1 : i + 2;
            after = skipQuoted(sql, from, QUOTE, c !== QUOTE);
            tokens.push(`'${asciiUpper(sql.slice(from, after < 0 ? n : after - 1))}'`);
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
            const quote = sql.charCodeAt(i + 2);
            after = skipQuoted(sql, i + 3, quote, false);
            tokens.push(quote === QUOTE ? `'${asciiUpper(sql.slice(i + 3, after < 0 ? n : after - 1))}'` : '"');
        }
        else if (c === DQUOTE) {
            after = skipQuoted(sql, i + 1, DQUOTE, false);
            tokens.push('"');
        }
        else if (c === DOLLAR && !isDigit(next) && dollarDelimiterAt(sql, i) !== undefined) {
            const delimiter = dollarDelimiterAt(sql, i);
            const close = sql.indexOf(delimiter, i + delimiter.length);
            after = close < 0 ? n : close + delimiter.length;
            tokens.push("'");
        }
        else if (isIdentStart(c)) {
            after = i + 1;
            while (after < n && isIdentCont(sql.charCodeAt(after)))
                after++;
            tokens.push(asciiUpper(sql.slice(i, after)));
        }
        else if (isDigit(c)) {
            after = i;
            while (after < n && (isDigit(sql.charCodeAt(after)) || sql.charCodeAt(after) === 0x2e))
                after++;
            tokens.push(sql.slice(i, after));
        }
        else {
            after = i + 1;
            tokens.push(sql[i]);
        }
        i = after < 0 ? n : after;
    }
    return tokens;
}


/***/ })

};
