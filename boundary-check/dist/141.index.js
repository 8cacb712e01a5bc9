export const id = 141;
export const ids = [141];
export const modules = {

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ byCodeUnits)
/* harmony export */ });
/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine. A locale's
 * collation (localeCompare) differs between runners and ICU versions, so which duplicate file
 * is reported first, or the order of a report, would change with the machine; and its first use
 * builds a collator.
 */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s1: () => (/* binding */ LAYOUT_READERS)
});

// UNUSED EXPORTS: LAYOUT_NAMES, isLayoutName, layoutReader

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
;// CONCATENATED MODULE: ./src/migrate/layouts/folder.ts






const joinRel = (folder, name) => (folder === '' || folder === '.' ? name : `${folder}/${name}`);
/** A folder's entries in code-unit order; a missing folder is a config error naming it. */
function listEntries(root, folder) {
    const abs = external_node_path_default().join(root, folder);
    // A link may not make pg-promote read (and run) files from outside the repository.
    (0,paths/* assertInsideRealRoot */.nk)(root, { rel: folder, abs }, { file: folder });
    let dirents;
    try {
        dirents = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : err.message;
        throw (0,promote_error/* configError */.Fj)(why, { file: folder });
    }
    return dirents
        .sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.name, b.name))
        .map((dirent) => ({ name: dirent.name, rel: joinRel(folder, dirent.name), abs: external_node_path_default().join(abs, dirent.name), kind: kindOf(abs, dirent) }));
}
/** Only a link costs a stat: what it leads to decides. */
function kindOf(folderAbs, dirent) {
    if (dirent.isFile())
        return 'file';
    if (dirent.isDirectory())
        return 'folder';
    if (!dirent.isSymbolicLink())
        return 'other';
    try {
        const stat = (0,external_node_fs_.statSync)(external_node_path_default().join(folderAbs, dirent.name));
        return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    }
    catch {
        return 'file'; // a dangling link: reading it says so, naming it
    }
}
function exists(root, rel) {
    try {
        (0,external_node_fs_.statSync)(external_node_path_default().join(root, rel));
        return true;
    }
    catch {
        return false;
    }
}
/** A text file as the tools read it: UTF-8, a leading BOM dropped. Refused: unreadable, NUL bytes, other encodings. */
function readText(root, rel) {
    const abs = external_node_path_default().join(root, rel);
    (0,paths/* assertInsideRealRoot */.nk)(root, { rel, abs }, { file: rel });
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(abs);
    }
    catch (err) {
        const code = err.code;
        throw (0,promote_error/* configError */.Fj)(`cannot read file: ${code === 'ENOENT' ? 'not found' : err.message}`, { file: rel });
    }
    if (bytes.includes(0))
        throw (0,promote_error/* configError */.Fj)('file contains a NUL byte: not a SQL text file', { file: rel });
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        throw (0,promote_error/* configError */.Fj)('file is not valid UTF-8 (save it as UTF-8)', { file: rel });
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

;// CONCATENATED MODULE: ./src/migrate/layouts/collect.ts



/** What one reader gathers while it walks a folder; `finish` orders it the tool's way. */
class Collector {
    layout;
    root;
    folder;
    files = [];
    repeatables = [];
    ignored = [];
    problems = [];
    claimed = new Map();
    constructor(layout, root, folder) {
        this.layout = layout;
        this.root = root;
        this.folder = folder;
    }
    problem(message, file, version) {
        this.problems.push((0,promote_error/* configError */.Fj)(message, version === undefined ? { file } : { file, version }));
    }
    ignore(path, why) {
        this.ignored.push({ path, why });
    }
    /** Records that `identity` (the version as the tool compares it) belongs to `path`; a second claim is a problem. */
    claim(identity, version, path) {
        const first = this.claimed.get(identity);
        if (first !== undefined) {
            this.problem(`version ${version} is written twice: ${first} and ${path}`, path, version);
            return false;
        }
        this.claimed.set(identity, path);
        return true;
    }
    /** The folder's entries, or nothing (the problem said) when it cannot be listed. */
    entries(folder = this.folder) {
        try {
            return listEntries(this.root, folder);
        }
        catch (err) {
            this.problems.push(err);
            return [];
        }
    }
    /** A file's text, or undefined (the problem said) when it cannot be read. */
    text(rel) {
        try {
            return readText(this.root, rel);
        }
        catch (err) {
            this.problems.push(err);
            return undefined;
        }
    }
    /** Hidden files (.keep, .gitkeep) are never migrations in any layout. */
    skipHidden(entry) {
        if (!entry.name.startsWith('.'))
            return false;
        this.ignore(entry.rel, 'hidden file');
        return true;
    }
    /**
     * The .sql files of a tool that reads one folder, with the name's match and the text: hidden
     * files, folders and other files are set aside as ignored, a misnamed one is a problem.
     * `refuse` names what the tool itself runs but pg-promote cannot (goose's Go migrations).
     */
    *namedSqlFiles(name, tool, misnamed, refuse) {
        for (const entry of this.entries()) {
            if (this.skipHidden(entry))
                continue;
            const refusal = refuse?.(entry);
            if (refusal !== undefined) {
                this.problem(refusal, entry.rel);
                continue;
            }
            if (!entry.name.toLowerCase().endsWith('.sql')) {
                this.ignore(entry.rel, entry.kind === 'folder' ? `a folder (${tool} reads one folder)` : 'not a .sql file');
                continue;
            }
            const match = name.exec(entry.name);
            if (!match || entry.kind !== 'file') {
                this.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : misnamed, entry.rel);
                continue;
            }
            const text = this.text(entry.rel);
            if (text !== undefined)
                yield { entry, match, text };
        }
    }
    finish(compareVersions) {
        const files = [...this.files].sort((a, b) => compareVersions(a.version, b.version));
        return {
            layout: this.layout,
            folder: this.folder,
            files,
            repeatables: this.repeatables,
            ignored: this.ignored,
            problems: this.problems,
            compareVersions,
        };
    }
}
/** Leading digits as a number, for tools that order by one integer version (golang-migrate, goose, dbmate). */
function numericVersion(text) {
    const digits = /^\d+/.exec(text)?.[0];
    return digits === undefined ? undefined : BigInt(digits);
}
/** Integer versions in numeric order, ties (and non-numbers) in code-unit order. */
function compareIntegerVersions(a, b) {
    const x = numericVersion(a);
    const y = numericVersion(b);
    if (x !== undefined && y !== undefined && x !== y)
        return x < y ? -1 : 1;
    return (0,code_unit_order/* byCodeUnits */.C)(a, b);
}
/** Sets a migration's reverting SQL from a file of its own (Flyway's U file, golang-migrate's .down.sql, diesel's down.sql). */
function attachDown(file, path, sql, transactional) {
    file.downPath = path;
    file.downSql = sql;
    file.downLine = 1;
    file.downTransactional = transactional;
}

;// CONCATENATED MODULE: ./src/migrate/layouts/sections.ts
function splitSections(text, markerOf) {
    const lines = text.split('\n');
    const result = { head: { text: '', line: 1, markerLine: 0, rest: '' }, up: [], down: [], order: [] };
    let current = result.head;
    let startIndex = 0;
    const close = (endIndex) => {
        current.text = lines.slice(startIndex, endIndex).join('\n');
    };
    lines.forEach((raw, index) => {
        const marker = markerOf(raw.replace(/\r$/, ''));
        if (!marker)
            return;
        close(index);
        current = { text: '', line: index + 2, markerLine: index + 1, rest: marker.rest };
        result[marker.direction].push(current);
        result.order.push(marker.direction);
        startIndex = index + 1;
    });
    close(lines.length);
    return result;
}

// EXTERNAL MODULE: ./src/migrate/layouts/sql-body.ts
var sql_body = __webpack_require__(3230);
;// CONCATENATED MODULE: ./src/migrate/layouts/dbmate.ts



/**
 * dbmate: `<version>_<description>.sql`, the version all leading digits, kept as written (its
 * history records that text) and applied in numerical order. One file holds both directions,
 * after `-- migrate:up` and `-- migrate:down`; `transaction:false` after a marker runs that
 * section outside a transaction (dbmate's migration options are `key:value` pairs).
 */
const NAME = /^(\d+)(.*)\.sql$/;
const MARKER = /^--\s*migrate:(up|down)(?=\s|$)(.*)$/;
function transactionOption(c, rel, section) {
    let transactional = true;
    for (const option of section.rest.trim().split(/\s+/).filter(Boolean)) {
        const match = /^transaction:(true|false)$/.exec(option);
        if (match)
            transactional = match[1] === 'true';
        else {
            c.problem(`line ${section.markerLine}: unknown dbmate migration option '${option}' (known: transaction:true|false)`, rel);
            transactional = undefined;
        }
    }
    return transactional;
}
function readDbmate(root, folder) {
    const c = new Collector('dbmate', root, folder);
    const misnamed = "name does not start with a version: dbmate's files are <version>_<description>.sql";
    for (const { entry, match, text } of c.namedSqlFiles(NAME, 'dbmate', misnamed)) {
        const [, version, rest] = match;
        const sections = splitSections(text, (line) => {
            const m = MARKER.exec(line);
            return m ? { direction: m[1], rest: m[2] } : undefined;
        });
        const up = sections.up[0];
        const down = sections.down[0];
        if (sections.up.length > 1 || sections.down.length > 1) {
            c.problem(`-- migrate:${sections.up.length > 1 ? 'up' : 'down'} is written twice`, entry.rel, version);
            continue;
        }
        if (!up) {
            if (!(0,sql_body/* isEmptySql */.Uy)(text))
                c.problem('no -- migrate:up line: dbmate runs only what follows it', entry.rel, version);
            else if (c.claim(version, version, entry.rel)) {
                c.files.push({ version, historyKey: version, description: describe(rest), path: entry.rel, upSql: text, upLine: 1, transactional: true, notes: [sql_body/* EMPTY_NOTE */.Vh] });
            }
            continue;
        }
        if (!(0,sql_body/* isEmptySql */.Uy)(sections.head.text)) {
            c.problem('SQL before -- migrate:up: dbmate would not run it', entry.rel, version);
            continue;
        }
        const transactional = transactionOption(c, entry.rel, up);
        const downTransactional = down ? transactionOption(c, entry.rel, down) : true;
        if (transactional === undefined || downTransactional === undefined)
            continue;
        if (!c.claim(version, version, entry.rel))
            continue;
        const notes = [];
        if ((0,sql_body/* isEmptySql */.Uy)(up.text))
            notes.push(sql_body/* EMPTY_NOTE */.Vh);
        if (!transactional)
            notes.push(`line ${up.markerLine}: transaction:false, runs without a transaction`);
        const file = { version, historyKey: version, description: describe(rest), path: entry.rel, upSql: up.text, upLine: up.line, transactional, notes };
        c.files.push(down ? { ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional } : file);
    }
    return c.finish(compareIntegerVersions);
}
const describe = (rest) => rest.replace(/^[_-]+/, '').replace(/_/g, ' ');

;// CONCATENATED MODULE: ./src/migrate/layouts/diesel.ts




/**
 * diesel: a folder per migration, `<version>_<name>/up.sql` and (optional since diesel 2.1)
 * `down.sql`. The version is the folder name up to its first underscore (`2019-02-26-002946`),
 * recorded in `__diesel_schema_migrations` without its dashes, and migrations run in the order of
 * that recorded text. Each runs in a transaction unless its `metadata.toml` says
 * `run_in_transaction = false`.
 */
const FOLDER = /^([^_]+)_(.*)$/;
const dieselHistoryKey = (version) => version.replace(/-/g, '');
function compareDieselVersions(a, b) {
    return (0,code_unit_order/* byCodeUnits */.C)(dieselHistoryKey(a), dieselHistoryKey(b));
}
function runInTransaction(c, rel) {
    if (!exists(c.root, rel))
        return true;
    const text = c.text(rel);
    if (text === undefined)
        return undefined;
    let value = true;
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const match = /^run_in_transaction\s*=\s*(\S+)$/.exec(line);
        if (!match)
            continue; // other keys (or tables) are not about how it runs
        if (match[1] !== 'true' && match[1] !== 'false') {
            c.problem(`line ${index + 1}: run_in_transaction must be true or false`, rel);
            return undefined;
        }
        value = match[1] === 'true';
    }
    return value;
}
function readDiesel(root, folder) {
    const c = new Collector('diesel', root, folder);
    for (const entry of c.entries()) {
        if (c.skipHidden(entry))
            continue;
        if (entry.kind !== 'folder') {
            if (entry.name.toLowerCase().endsWith('.sql'))
                c.problem('a .sql file outside a migration folder: diesel migrations are folders <version>_<name>/up.sql', entry.rel);
            else
                c.ignore(entry.rel, 'not a migration folder');
            continue;
        }
        const match = FOLDER.exec(entry.name);
        const up = joinRel(entry.rel, 'up.sql');
        if (!match || !exists(root, up)) {
            c.problem(match ? 'migration folder has no up.sql' : "folder name fits no diesel pattern: <version>_<name>", entry.rel);
            continue;
        }
        const [, version, name] = match;
        const sql = c.text(up);
        const transactional = runInTransaction(c, joinRel(entry.rel, 'metadata.toml'));
        if (sql === undefined || transactional === undefined)
            continue;
        if (!c.claim(dieselHistoryKey(version), version, entry.rel))
            continue;
        const notes = [];
        if ((0,sql_body/* isEmptySql */.Uy)(sql))
            notes.push(sql_body/* EMPTY_NOTE */.Vh);
        if (!transactional)
            notes.push(`${entry.rel}/metadata.toml says run_in_transaction = false: runs without a transaction`);
        const file = { version, historyKey: dieselHistoryKey(version), description: name.replace(/_/g, ' '), path: up, upSql: sql, upLine: 1, transactional, notes };
        const down = joinRel(entry.rel, 'down.sql');
        const downSql = exists(root, down) ? c.text(down) : undefined;
        if (downSql !== undefined)
            attachDown(file, down, downSql, transactional);
        c.files.push(file);
    }
    return c.finish(compareDieselVersions);
}

// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/migrate/layouts/flyway.ts





/**
 * Flyway: `V<version>__<description>.sql` (versioned), `U<version>__...` (its undo) and
 * `R__<description>.sql` (repeatable), found in the folder and every folder below it, as Flyway
 * scans a location. A version's parts are separated by dots or underscores and compared as
 * numbers, trailing zeros dropped (1.0 is 1). A file runs outside a transaction when its script
 * configuration file (`V2__x.sql.conf`) says `executeInTransaction=false`, or when it holds a
 * statement PostgreSQL refuses in a transaction block, which Flyway's PostgreSQL parser detects.
 */
const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.*)\.sql$/;
const REPEATABLE = /^R__(.*)\.sql$/;
const CALLBACK = /^(before|after)(Each)?[A-Z][A-Za-z]*(__.*)?\.sql$/;
const PLACEHOLDER = /\$\{[^}\s]+\}/;
const partsOf = (version) => {
    const parts = version.split(/[._]/).map((p) => BigInt(p));
    while (parts.length > 1 && parts[parts.length - 1] === 0n)
        parts.pop();
    return parts;
};
function compareFlywayVersions(a, b) {
    const valid = /^\d+(?:[._]\d+)*$/;
    if (valid.test(a) && valid.test(b))
        return (0,versions/* compareVersions */.Zy)(partsOf(a), partsOf(b));
    return (0,code_unit_order/* byCodeUnits */.C)(a, b);
}
const flyway_describe = (raw) => raw.replace(/_/g, ' ').trim();
function readScriptConfig(c, sqlRel) {
    const rel = `${sqlRel}.conf`;
    if (!exists(c.root, rel))
        return { notes: [] };
    const text = c.text(rel);
    const config = { notes: [] };
    if (text === undefined)
        return config;
    text.split(/\r?\n/).forEach((line, index) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const match = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(trimmed);
        if (!match) {
            c.problem(`line ${index + 1} is not key=value`, rel);
            return;
        }
        const [, key, value] = match;
        if (key === 'executeInTransaction') {
            if (!/^(true|false)$/i.test(value))
                c.problem(`executeInTransaction must be true or false, not '${value}'`, rel);
            else
                config.transactional = value.toLowerCase() === 'true';
        }
        else {
            config.notes.push(`script configuration ${key}=${value} (${rel}) is not honoured by pg-promote`);
        }
    });
    return config;
}
function judge(c, rel, sql) {
    const config = readScriptConfig(c, rel);
    const notes = [...config.notes];
    if (PLACEHOLDER.test(sql))
        notes.push(`holds ${PLACEHOLDER.exec(sql)?.[0]}: Flyway replaces placeholders, pg-promote runs the text as written`);
    if (config.transactional === false) {
        if ((0,sql_body/* isEmptySql */.Uy)(sql))
            notes.push(sql_body/* EMPTY_NOTE */.Vh);
        notes.push(`${rel}.conf says executeInTransaction=false: runs without a transaction`);
        return { transactional: false, notes };
    }
    const judged = (0,sql_body/* judgeByStatements */.hB)(sql, 'as Flyway runs it on PostgreSQL');
    return { transactional: judged.transactional, notes: [...notes, ...judged.notes] };
}
function readFlyway(root, folder) {
    const c = new Collector('flyway', root, folder);
    const undos = new Map();
    const walk = (dir) => {
        for (const entry of c.entries(dir)) {
            if (c.skipHidden(entry))
                continue;
            if (entry.kind === 'folder') {
                walk(entry.rel);
                continue;
            }
            if (entry.name.endsWith('.sql.conf')) {
                if (!exists(root, entry.rel.slice(0, -'.conf'.length)))
                    c.problem('script configuration for a migration that does not exist', entry.rel);
                continue;
            }
            if (!entry.name.toLowerCase().endsWith('.sql')) {
                c.ignore(entry.rel, 'not a .sql file');
                continue;
            }
            if (entry.kind !== 'file') {
                c.problem('named like a migration but not a file', entry.rel);
                continue;
            }
            const versioned = VERSIONED.exec(entry.name);
            const repeatable = REPEATABLE.exec(entry.name);
            if (!versioned && !repeatable) {
                if (CALLBACK.test(entry.name))
                    c.ignore(entry.rel, 'a Flyway callback: pg-promote runs it only when configured as a phase callback');
                else
                    c.problem("name fits none of Flyway's patterns: V<version>__<description>.sql, U<version>__<description>.sql, R__<description>.sql", entry.rel);
                continue;
            }
            const sql = c.text(entry.rel);
            if (sql === undefined)
                continue;
            if (repeatable) {
                c.repeatables.push({ description: flyway_describe(repeatable[1]), path: entry.rel, sql, ...judge(c, entry.rel, sql) });
                continue;
            }
            const [, prefix, version, description] = versioned;
            const identity = partsOf(version).join('.');
            const judged = judge(c, entry.rel, sql);
            if (prefix === 'U') {
                const clash = undos.get(identity);
                if (clash)
                    c.problem(`undo for version ${version} is written twice: ${clash.path} and ${entry.rel}`, entry.rel, version);
                else
                    undos.set(identity, { path: entry.rel, sql, version, transactional: judged.transactional });
                continue;
            }
            if (!c.claim(identity, version, entry.rel))
                continue;
            c.files.push({
                version,
                historyKey: version.replace(/_/g, '.'),
                description: flyway_describe(description),
                path: entry.rel,
                upSql: sql,
                upLine: 1,
                ...judged,
            });
        }
    };
    walk(folder);
    for (const file of c.files) {
        const identity = partsOf(file.version).join('.');
        const undo = undos.get(identity);
        if (!undo)
            continue;
        undos.delete(identity);
        attachDown(file, undo.path, undo.sql, undo.transactional);
    }
    for (const orphan of undos.values())
        c.problem(`undo for version ${orphan.version}, which no V file has`, orphan.path, orphan.version);
    c.repeatables.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.description, b.description));
    return c.finish(compareFlywayVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/golang-migrate.ts


/**
 * golang-migrate: `<version>_<name>.up.sql` and `<version>_<name>.down.sql` side by side, the
 * version an unsigned integer compared as a number (`000001` is 1, as its history records it).
 *
 * It has no per-file transaction marker. Its postgres driver sends a file as one multi-statement
 * query, which PostgreSQL runs as one implicit transaction: so a file is transactional, and one
 * wrapped in BEGIN ... COMMIT is too (the wrapper is blanked out; pg-promote opens the
 * transaction itself). A file holding a statement PostgreSQL refuses in a transaction block ran
 * under golang-migrate only as that single statement, outside any transaction: so it runs without one.
 */
const golang_migrate_NAME = /^(\d+)_(.*)\.(up|down)\.sql$/;
function golang_migrate_judge(sql) {
    const unwrapped = (0,sql_body/* unwrapTransaction */.sQ)(sql);
    if (unwrapped.wrapped) {
        const notes = ['BEGIN ... COMMIT around the file: pg-promote runs it in its own transaction instead'];
        if ((0,sql_body/* isEmptySql */.Uy)(unwrapped.sql))
            notes.push(sql_body/* EMPTY_NOTE */.Vh);
        return { sql: unwrapped.sql, transactional: true, notes };
    }
    return { sql, ...(0,sql_body/* judgeByStatements */.hB)(sql, 'golang-migrate has no per-file marker') };
}
function readGolangMigrate(root, folder) {
    const c = new Collector('golang-migrate', root, folder);
    const downs = new Map();
    const misnamed = "name fits neither of golang-migrate's patterns: <version>_<name>.up.sql, <version>_<name>.down.sql";
    for (const { entry, match, text: sql } of c.namedSqlFiles(golang_migrate_NAME, 'golang-migrate', misnamed)) {
        const [, version, name, direction] = match;
        const identity = BigInt(version).toString();
        const judged = golang_migrate_judge(sql);
        if (direction === 'down') {
            const clash = downs.get(identity);
            if (clash)
                c.problem(`down for version ${version} is written twice: ${clash.path} and ${entry.rel}`, entry.rel, version);
            else
                downs.set(identity, { path: entry.rel, sql: judged.sql, transactional: judged.transactional, version });
            continue;
        }
        if (!c.claim(identity, version, entry.rel))
            continue;
        c.files.push({ version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: judged.sql, upLine: 1, transactional: judged.transactional, notes: judged.notes });
    }
    for (const file of c.files) {
        const down = downs.get(file.historyKey);
        if (!down)
            continue;
        downs.delete(file.historyKey);
        attachDown(file, down.path, down.sql, down.transactional);
    }
    for (const orphan of downs.values())
        c.problem(`down for version ${orphan.version}, which no .up.sql file has`, orphan.path, orphan.version);
    return c.finish(compareIntegerVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/goose.ts



/**
 * goose: `<version>_<name>.sql`, the version an integer (sequential or a timestamp) compared as a
 * number. Annotations are comment lines with no leading space, `-- +goose <word>`, any case:
 * `Up` (exactly one) and `Down` start the two sections; `StatementBegin` / `StatementEnd`
 * bracket a statement holding semicolons (pg-promote's splitter reads dollar quotes itself, so
 * they stay as comments); `NO TRANSACTION` runs both sections outside a transaction. `ENVSUB ON`
 * asks goose to substitute environment variables, which pg-promote does not do: refused.
 */
const goose_NAME = /^(\d+)_(.*)\.sql$/;
const ANNOTATION = /^--\s\+goose\s+(.*?)\s*$/i;
const KNOWN = new Set(['up', 'down', 'statementbegin', 'statementend', 'no transaction', 'envsub on', 'envsub off']);
/** The file-wide annotations: NO TRANSACTION, and what pg-promote must refuse (unknown words, ENVSUB ON). */
function scanAnnotations(text) {
    let noTransaction = false;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        const word = ANNOTATION.exec(raw.replace(/\r$/, ''))?.[1];
        if (word === undefined)
            continue;
        const lower = word.toLowerCase().replace(/\s+/g, ' ');
        if (!KNOWN.has(lower))
            return { noTransaction, problem: `line ${index + 1}: unknown goose annotation '-- +goose ${word}'` };
        if (lower === 'envsub on')
            return { noTransaction, problem: `line ${index + 1}: -- +goose ENVSUB ON: goose substitutes environment variables here and pg-promote does not` };
        if (lower === 'no transaction')
            noTransaction = true;
    }
    return { noTransaction };
}
function checkStatementBlocks(c, rel, version, section) {
    let open = 0;
    let line = section.line;
    for (const raw of section.text.split('\n')) {
        const word = ANNOTATION.exec(raw)?.[1]?.toLowerCase();
        if (word === 'statementbegin') {
            if (open++)
                return fail(c, rel, version, `line ${line}: StatementBegin inside another StatementBegin`);
        }
        else if (word === 'statementend') {
            if (!open--)
                return fail(c, rel, version, `line ${line}: StatementEnd without StatementBegin`);
        }
        line++;
    }
    return open === 0 || fail(c, rel, version, `a StatementBegin after line ${section.markerLine} has no StatementEnd`);
}
function fail(c, rel, version, message) {
    c.problem(message, rel, version);
    return false;
}
function readGoose(root, folder) {
    const c = new Collector('goose', root, folder);
    const goMigration = (entry) => (entry.name.endsWith('.go') && /^\d+_/.test(entry.name) ? 'a Go migration: pg-promote runs SQL migrations only' : undefined);
    for (const { entry, match, text } of c.namedSqlFiles(goose_NAME, 'goose', 'name fits no goose pattern: <version>_<name>.sql', goMigration)) {
        const [, version, name] = match;
        const identity = BigInt(version).toString();
        const annotations = scanAnnotations(text);
        if (annotations.problem) {
            c.problem(annotations.problem, entry.rel, version);
            continue;
        }
        const { noTransaction } = annotations;
        const sections = splitSections(text, (line) => {
            const word = ANNOTATION.exec(line)?.[1]?.toLowerCase();
            return word === 'up' || word === 'down' ? { direction: word, rest: '' } : undefined;
        });
        const [up] = sections.up;
        const [down] = sections.down;
        const notes = [];
        if (noTransaction)
            notes.push('-- +goose NO TRANSACTION: runs without a transaction');
        if (!up) {
            if (!(0,sql_body/* isEmptySql */.Uy)(text)) {
                c.problem('no -- +goose Up annotation: goose needs exactly one', entry.rel, version);
            }
            else if (c.claim(identity, version, entry.rel)) {
                c.files.push({ version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: text, upLine: 1, transactional: !noTransaction, notes: [sql_body/* EMPTY_NOTE */.Vh, ...notes] });
            }
            continue;
        }
        if (sections.up.length > 1 || sections.down.length > 1) {
            c.problem(`-- +goose ${sections.up.length > 1 ? 'Up' : 'Down'} is written twice`, entry.rel, version);
            continue;
        }
        if (sections.order[0] !== 'up') {
            c.problem('-- +goose Down comes before -- +goose Up', entry.rel, version);
            continue;
        }
        if (!(0,sql_body/* isEmptySql */.Uy)(sections.head.text)) {
            c.problem('SQL before -- +goose Up: goose would not run it', entry.rel, version);
            continue;
        }
        if (!checkStatementBlocks(c, entry.rel, version, up) || (down && !checkStatementBlocks(c, entry.rel, version, down)))
            continue;
        if (!c.claim(identity, version, entry.rel))
            continue;
        if ((0,sql_body/* isEmptySql */.Uy)(up.text))
            notes.unshift(sql_body/* EMPTY_NOTE */.Vh);
        const file = { version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: up.text, upLine: up.line, transactional: !noTransaction, notes };
        c.files.push(down ? { ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional: !noTransaction } : file);
    }
    return c.finish(compareIntegerVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/node-pg-migrate.ts




/**
 * node-pg-migrate's SQL migrations: any `<number>_<name>.sql`, identified (in its pgmigrations
 * table) by its file name without the extension. The file holds `-- Up Migration` and
 * `-- Down Migration` comment lines; without an up line the whole file is the up migration, as
 * node-pg-migrate reads it. Files are ordered by their numeric prefix, a 17-digit prefix read as
 * a UTC time with milliseconds, ties by name.
 *
 * A SQL file has no way to leave node-pg-migrate's transaction (only JavaScript migrations can
 * call noTransaction()); a file holding a statement PostgreSQL refuses in a transaction block
 * therefore never succeeded under it, and pg-promote runs such a file without a transaction.
 */
const node_pg_migrate_MARKER = /^\s*--[\s-]*(up|down)\s+migration/i;
const SCRIPT = /\.(js|cjs|mjs|ts|cts|mts)$/;
/** What node-pg-migrate orders by: the numeric prefix, 17 digits being yyyyMMddHHmmssSSS in UTC. */
function timestampOf(name) {
    const prefix = /^\d+/.exec(name)?.[0];
    if (prefix === undefined)
        return undefined;
    if (prefix.length !== 17)
        return Number(prefix);
    const [y, mo, d, h, mi, s, ms] = [0, 4, 6, 8, 10, 12, 14].map((at, i, all) => prefix.slice(at, all[i + 1] ?? 17));
    return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}
function compareNodePgMigrateNames(a, b) {
    const x = timestampOf(a);
    const y = timestampOf(b);
    if (x !== undefined && y !== undefined && x !== y)
        return x - y;
    const plain = (n) => n.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    return (0,code_unit_order/* byCodeUnits */.C)(plain(a), plain(b)) || (0,code_unit_order/* byCodeUnits */.C)(a, b);
}
function readNodePgMigrate(root, folder) {
    const c = new Collector('node-pg-migrate', root, folder);
    for (const entry of c.entries()) {
        if (c.skipHidden(entry))
            continue;
        if (SCRIPT.test(entry.name) && !entry.name.endsWith('.d.ts')) {
            c.problem('a JavaScript/TypeScript migration: pg-promote runs SQL migrations only', entry.rel);
            continue;
        }
        if (!entry.name.toLowerCase().endsWith('.sql')) {
            c.ignore(entry.rel, entry.kind === 'folder' ? 'a folder (node-pg-migrate reads one folder)' : 'not a .sql file');
            continue;
        }
        const name = entry.name.slice(0, -'.sql'.length);
        if (timestampOf(name) === undefined || entry.kind !== 'file') {
            c.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : 'name does not start with a number: node-pg-migrate orders files by their numeric prefix', entry.rel);
            continue;
        }
        const text = c.text(entry.rel);
        if (text === undefined || !c.claim(name, name, entry.rel))
            continue;
        const sections = splitSections(text, (line) => {
            const m = node_pg_migrate_MARKER.exec(line);
            return m ? { direction: m[1].toLowerCase(), rest: '' } : undefined;
        });
        if (sections.up.length > 1 || sections.down.length > 1) {
            c.problem(`-- ${sections.up.length > 1 ? 'Up' : 'Down'} Migration is written twice`, entry.rel, name);
            continue;
        }
        const [up] = sections.up;
        const [down] = sections.down;
        if (down && !up) {
            c.problem('-- Down Migration without -- Up Migration: node-pg-migrate would run the down section as part of the up', entry.rel, name);
            continue;
        }
        // Without an up line node-pg-migrate runs the whole text (a down section included) as the up.
        const upSql = up ? up.text : text;
        const judged = (0,sql_body/* judgeByStatements */.hB)(upSql, 'a node-pg-migrate SQL file cannot leave its transaction, so it never ran there');
        const description = name.replace(/^\d+[_-]?/, '').replace(/[_-]/g, ' ');
        const file = { version: name, historyKey: name, description, path: entry.rel, upSql, upLine: up ? up.line : 1, ...judged };
        if (down) {
            c.files.push({ ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional: (0,sql_body/* judgeByStatements */.hB)(down.text, '').transactional });
        }
        else
            c.files.push(file);
    }
    return c.finish(compareNodePgMigrateNames);
}

// EXTERNAL MODULE: ./src/migrate/directives.ts
var directives = __webpack_require__(4127);
;// CONCATENATED MODULE: ./src/migrate/layouts/pg-promote.ts






/**
 * pg-promote's own layout: `<version>_<name>.sql` (a version of dot-separated numbers, leading
 * zeros dropped: 001 is 1), DOWN files of the same version in a folder of their own, and
 * `-- pg-promote:no-transaction` in a file's header.
 */
function comparePgPromoteVersions(a, b) {
    const [x, y] = [(0,versions/* parseVersionText */.bw)(a), (0,versions/* parseVersionText */.bw)(b)];
    if (x && y)
        return (0,versions/* compareVersions */.Zy)(x, y);
    return (0,code_unit_order/* byCodeUnits */.C)(a, b);
}
function pg_promote_judge(c, rel, sql) {
    const statements = (0,sql_body/* statementsOf */.GX)(sql);
    const header = statements[0] ? sql.slice(0, statements[0].start) : sql;
    try {
        const { transactional } = (0,directives/* parseDirectives */.M)(header, rel);
        return { transactional, notes: statements.length === 0 ? [sql_body/* EMPTY_NOTE */.Vh] : [] };
    }
    catch (err) {
        c.problems.push(err instanceof promote_error/* PromoteError */.jG ? err : (0,promote_error/* configError */.Fj)(String(err), { file: rel }));
        return undefined;
    }
}
function readFolder(c, folder, each) {
    for (const entry of c.entries(folder)) {
        if (c.skipHidden(entry))
            continue;
        if (!entry.name.toLowerCase().endsWith('.sql')) {
            c.ignore(entry.rel, 'not a .sql file');
            continue;
        }
        const parsed = (0,versions/* parseVersionedName */.sY)(entry.name);
        if (!parsed || entry.kind !== 'file') {
            c.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : 'file name does not start with a version number (expected e.g. 001_create_tables.sql)', entry.rel);
            continue;
        }
        const sql = c.text(entry.rel);
        if (sql !== undefined)
            each(parsed.text, parsed.description, entry.rel, sql);
    }
}
function readPgPromote(root, folder, options = {}) {
    const c = new Collector('pg-promote', root, folder);
    readFolder(c, folder, (version, name, rel, sql) => {
        const judged = pg_promote_judge(c, rel, sql);
        if (judged && c.claim(version, version, rel)) {
            c.files.push({ version, historyKey: version, description: name.replace(/_/g, ' '), path: rel, upSql: sql, upLine: 1, ...judged });
        }
    });
    if (options.downFolder !== undefined) {
        const byVersion = new Map(c.files.map((f) => [f.version, f]));
        const seen = new Map();
        readFolder(c, options.downFolder, (version, _name, rel, sql) => {
            const file = byVersion.get(version);
            const judged = pg_promote_judge(c, rel, sql);
            if (seen.has(version))
                c.problem(`DOWN version ${version} is written twice: ${seen.get(version)} and ${rel}`, rel, version);
            else if (!file)
                c.problem(`DOWN file for version ${version}, which no migration has`, rel, version);
            else if (judged)
                attachDown(file, rel, sql, judged.transactional);
            seen.set(version, rel);
        });
    }
    return c.finish(comparePgPromoteVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/prisma.ts



/**
 * Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`, applied in folder-name
 * order and recorded in `_prisma_migrations` by folder name; no down migrations. Prisma sends
 * migration.sql as one script, which PostgreSQL runs as one implicit transaction; it has no
 * per-migration marker, so a file holding a statement PostgreSQL refuses in a transaction block
 * runs without one.
 */
const prisma_FOLDER = /^(\d+)_(.*)$/;
function readPrisma(root, folder) {
    const c = new Collector('prisma', root, folder);
    for (const entry of c.entries()) {
        if (c.skipHidden(entry))
            continue;
        if (entry.kind !== 'folder') {
            if (entry.name === 'migration_lock.toml')
                c.ignore(entry.rel, "Prisma's provider lock");
            else if (entry.name.toLowerCase().endsWith('.sql'))
                c.problem('a .sql file outside a migration folder: Prisma migrations are <timestamp>_<name>/migration.sql', entry.rel);
            else
                c.ignore(entry.rel, 'not a migration folder');
            continue;
        }
        const match = prisma_FOLDER.exec(entry.name);
        const file = joinRel(entry.rel, 'migration.sql');
        if (!match || !exists(root, file)) {
            c.problem(match ? 'migration folder has no migration.sql' : 'folder name fits no Prisma pattern: <timestamp>_<name>', entry.rel);
            continue;
        }
        const [, version, name] = match;
        const sql = c.text(file);
        if (sql === undefined || !c.claim(version, version, entry.rel))
            continue;
        const judged = (0,sql_body/* judgeByStatements */.hB)(sql, 'Prisma has no per-migration marker');
        c.files.push({ version, historyKey: entry.name, description: name.replace(/_/g, ' '), path: file, upSql: sql, upLine: 1, ...judged });
    }
    return c.finish(compareIntegerVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/sqitch.ts




function parsePlan(c, rel, text) {
    const entries = [];
    let failed = false;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('%'))
            return;
        if (line.startsWith('@')) {
            entries.push({ tag: /^@(\S+)/.exec(line)?.[1] });
            return;
        }
        // name [dependencies] timestamp planner <email> # note: names and the rest hold no '#'.
        const match = /^([+-]?)([^\s[#]+)([^#]*)(?:#\s*(.*))?$/.exec(line);
        if (!match) {
            c.problem(`line ${index + 1} is not a change or a tag`, rel);
            failed = true;
            return;
        }
        const [, sign, name, , note] = match;
        if (sign === '-') {
            c.problem(`line ${index + 1}: a revert entry (-${name}) in the plan; pg-promote reads deploy entries only`, rel);
            failed = true;
            return;
        }
        entries.push({ name, line: index + 1, note: (note ?? '').trim() });
    });
    if (failed)
        return undefined;
    const changes = [];
    entries.forEach((entry, at) => {
        if ('tag' in entry)
            return;
        changes.push(entry);
        const next = entries.findIndex((later, k) => k > at && 'name' in later && later.name === entry.name);
        if (next < 0)
            return;
        entry.tags = entries.slice(at + 1, next).flatMap((between) => ('tag' in between ? [between.tag] : []));
        if (entry.tags.length === 0) {
            c.problem(`line ${entry.line}: change ${entry.name} is planned twice with no tag between`, rel, entry.name);
            failed = true;
        }
    });
    return failed ? undefined : changes;
}
/**
 * A reworked instance's scripts carry the name of a tag between it and its next instance: Sqitch
 * takes the first such tag whose deploy script exists (more tags may have been added since).
 */
function versionOf(root, folder, change) {
    if (change.tags === undefined)
        return change.name;
    const tag = change.tags.find((t) => exists(root, joinRel(folder, `deploy/${change.name}@${t}.sql`))) ?? change.tags[0];
    return `${change.name}@${tag}`;
}
function sqitch_judge(sql) {
    const unwrapped = (0,sql_body/* unwrapTransaction */.sQ)(sql);
    const empty = (0,sql_body/* isEmptySql */.Uy)(unwrapped.sql);
    if (unwrapped.wrapped) {
        // Sqitch's own template: the usual shape, worth no note.
        return { sql: unwrapped.sql, transactional: true, notes: empty ? [sql_body/* EMPTY_NOTE */.Vh] : [] };
    }
    if (empty)
        return { sql, transactional: true, notes: [sql_body/* EMPTY_NOTE */.Vh] };
    return { sql, transactional: false, notes: ['no BEGIN ... COMMIT around the script: sqitch runs it statement by statement, so it runs without a transaction'] };
}
function readSqitch(root, folder) {
    const c = new Collector('sqitch', root, folder);
    const planRel = joinRel(folder, 'sqitch.plan');
    const text = c.text(planRel);
    const plan = text === undefined ? undefined : parsePlan(c, planRel, text);
    const order = new Map();
    const compare = (a, b) => {
        const [x, y] = [order.get(a), order.get(b)];
        if (x !== undefined && y !== undefined)
            return x - y;
        if (x !== undefined || y !== undefined)
            return x !== undefined ? -1 : 1;
        return (0,code_unit_order/* byCodeUnits */.C)(a, b);
    };
    if (!plan)
        return c.finish(compare);
    const planned = new Set();
    for (const change of plan) {
        const version = versionOf(root, folder, change);
        const deploy = joinRel(folder, `deploy/${version}.sql`);
        planned.add(deploy);
        if (!exists(root, deploy)) {
            c.problem(`change ${version} (sqitch.plan line ${change.line}) has no deploy script`, deploy, version);
            continue;
        }
        const sql = c.text(deploy);
        if (sql === undefined || !c.claim(version, version, deploy))
            continue;
        order.set(version, order.size);
        const up = sqitch_judge(sql);
        const file = { version, historyKey: version, description: change.note, path: deploy, upSql: up.sql, upLine: 1, transactional: up.transactional, notes: up.notes };
        const revert = joinRel(folder, `revert/${version}.sql`);
        const revertSql = exists(root, revert) ? c.text(revert) : undefined;
        if (revertSql === undefined)
            c.files.push(file);
        else {
            const down = sqitch_judge(revertSql);
            c.files.push({ ...file, downSql: down.sql, downPath: revert, downLine: 1, downTransactional: down.transactional });
        }
    }
    const walk = (dir) => {
        if (!exists(root, dir))
            return;
        for (const entry of c.entries(dir)) {
            if (c.skipHidden(entry))
                continue;
            if (entry.kind === 'folder')
                walk(entry.rel);
            else if (entry.name.endsWith('.sql') && !planned.has(entry.rel))
                c.problem('a deploy script sqitch.plan does not name', entry.rel);
        }
    };
    walk(joinRel(folder, 'deploy'));
    return c.finish(compare);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/supabase.ts


/**
 * The Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, recorded by timestamp in
 * `supabase_migrations.schema_migrations`, no down migrations. The CLI runs each file in its own
 * transaction and has no per-file marker, so a file holding a statement PostgreSQL refuses in a
 * transaction block runs without one.
 */
const supabase_NAME = /^(\d+)_(.*)\.sql$/;
function readSupabase(root, folder) {
    const c = new Collector('supabase', root, folder);
    for (const { entry, match, text: sql } of c.namedSqlFiles(supabase_NAME, 'the Supabase CLI', 'name fits no Supabase pattern: <timestamp>_<name>.sql')) {
        const [, version, name] = match;
        if (!c.claim(version, version, entry.rel))
            continue;
        const judged = (0,sql_body/* judgeByStatements */.hB)(sql, 'the Supabase CLI has no per-file marker');
        c.files.push({ version, historyKey: version, description: name.replace(/_/g, ' '), path: entry.rel, upSql: sql, upLine: 1, ...judged });
    }
    return c.finish(compareIntegerVersions);
}

;// CONCATENATED MODULE: ./src/migrate/layouts/index.ts













/** One reader per layout a phase's `layout:` can name. */
const LAYOUT_READERS = {
    'pg-promote': readPgPromote,
    flyway: readFlyway,
    'golang-migrate': readGolangMigrate,
    dbmate: readDbmate,
    goose: readGoose,
    'node-pg-migrate': readNodePgMigrate,
    diesel: readDiesel,
    prisma: readPrisma,
    supabase: readSupabase,
    sqitch: readSqitch,
};
function isLayoutName(name) {
    return LAYOUT_NAMES.includes(name);
}
/** The reader for a layout name from the config; an unknown name is a config error naming it and the known ones. */
function layoutReader(name, key) {
    if (!isLayoutName(name)) {
        throw configError(`unknown layout '${name}' (known: ${LAYOUT_NAMES.join(', ')})`, key === undefined ? {} : { key });
    }
    return LAYOUT_READERS[name];
}


/***/ }),

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   Uy: () => (/* binding */ isEmptySql),
/* harmony export */   Vh: () => (/* binding */ EMPTY_NOTE),
/* harmony export */   hB: () => (/* binding */ judgeByStatements),
/* harmony export */   sQ: () => (/* binding */ unwrapTransaction)
/* harmony export */ });
/* unused harmony export NO_TRANSACTION_HINT */
/* harmony import */ var _sql_no_transaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7515);
/* harmony import */ var _sql_statements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5528);


const EMPTY_NOTE = 'no SQL statements (empty or comments only): applied as a no-op and recorded';
/** The statements of some SQL; an unterminated quote or a psql meta-command is the source's to refuse when it runs it. */
function statementsOf(sql) {
    return (0,_sql_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .splitStatements */ .X)(sql).statements;
}
/**
 * Whether some SQL holds no statement: only whitespace, comments and semicolons. Text without a
 * block comment or a backslash is judged without lexing (a `--` inside a quote leaves the quote
 * behind, which is a statement anyway); the rest is split. A thousand files are read on every
 * run, most of them already applied.
 */
function isEmptySql(sql) {
    if (sql.includes('/*') || sql.includes('\\'))
        return statementsOf(sql).length === 0;
    // PostgreSQL's whitespace only: U+00A0 and friends are identifier characters to the server.
    return !/[^ \t\n\v\f\r;]/.test(sql.replace(/--[^\n]*/g, ''));
}
/**
 * Every statement PostgreSQL refuses in a transaction block (src/sql/no-transaction.ts) holds one
 * of these words, so text without any needs no lexing; a test holds the list to that.
 */
const NO_TRANSACTION_HINT = /\b(CONCURRENTLY|REINDEX|VACUUM|CLUSTER|DATABASE|TABLESPACE|SYSTEM|DISCARD|SUBSCRIPTION)\b/i;
/** The first statement PostgreSQL refuses inside a transaction block, by name. */
function firstNoTransaction(statements) {
    for (const s of statements) {
        const hit = (0,_sql_no_transaction_js__WEBPACK_IMPORTED_MODULE_0__/* .noTransactionStatement */ .F)(s.text);
        if (hit)
            return hit.name;
    }
    return undefined;
}
/**
 * For tools without a per-file marker (golang-migrate, node-pg-migrate, Prisma, Supabase), and
 * Flyway, which detects such statements on PostgreSQL: a file holding a statement that cannot run
 * in a transaction block runs without one. The tool itself ran such a file only that way, or
 * failed it, so no applied history depends on it having been atomic.
 */
function judgeByStatements(sql, reason) {
    if (isEmptySql(sql))
        return { transactional: true, notes: [EMPTY_NOTE] };
    if (!NO_TRANSACTION_HINT.test(sql))
        return { transactional: true, notes: [] };
    const name = firstNoTransaction(statementsOf(sql));
    if (name)
        return { transactional: false, notes: [`holds ${name}, which cannot run in a transaction block: runs without one (${reason})`] };
    return { transactional: true, notes: [] };
}
function isBegin(s) {
    const [a, b] = s.keywords;
    return (a === 'BEGIN' && b !== 'PREPARED') || (a === 'START' && b === 'TRANSACTION');
}
function isCommit(s) {
    const [a, b] = s.keywords;
    return (a === 'COMMIT' || a === 'END') && b !== 'PREPARED';
}
/** Blanks [start, end) and the semicolon that ends it, keeping every newline so lines still match the file. */
function blank(sql, start, end) {
    let stop = end;
    while (stop < sql.length && /\s/.test(sql[stop]))
        stop++;
    if (sql[stop] === ';')
        end = stop + 1;
    return sql.slice(0, start) + sql.slice(start, end).replace(/[^\n]/g, ' ') + sql.slice(end);
}
/**
 * A script that opens with BEGIN and ends with COMMIT (Sqitch's templates, many golang-migrate
 * files) is one transaction; pg-promote opens that transaction itself, so the two statements are
 * blanked out. Anything else is left as it is.
 */
function unwrapTransaction(sql) {
    if (!/\b(BEGIN|START)\b/i.test(sql))
        return { sql, wrapped: false };
    const statements = statementsOf(sql);
    const first = statements[0];
    const last = statements[statements.length - 1];
    if (!first || !last || first === last || !isBegin(first) || !isCommit(last))
        return { sql, wrapped: false };
    const inner = statements.slice(1, -1);
    if (inner.some((s) => isBegin(s) || isCommit(s)))
        return { sql, wrapped: false };
    return { sql: blank(blank(sql, last.start, last.end), first.start, first.end), wrapped: true };
}


/***/ })

};
