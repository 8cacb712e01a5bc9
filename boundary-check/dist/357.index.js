export const id = 357;
export const ids = [357];
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
    const report = {
        path: shown,
        written: !dryRun,
        config,
        phases: detection.phases.map((p) => ({ layout: p.layout, folder: p.folder, migrations: p.migrations, schema: p.schema })),
        unrecognised: detection.unrecognised,
    };
    if (!dryRun) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, config, { flag: 'wx' });
    }
    return { init: report };
}


/***/ })

};
