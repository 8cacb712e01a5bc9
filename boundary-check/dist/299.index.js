export const id = 299;
export const ids = [299];
export const modules = {

/***/ 9471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ StatementLocator)
/* harmony export */ });
/* harmony import */ var _sql_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7117);

const ASCII = /^[\x00-\x7f]*$/;
/**
 * Positions inside one statement. The parser counts bytes of UTF-8; JavaScript strings count
 * UTF-16 units; and some tree nodes (an ALTER TABLE's subcommands) carry no location at all,
 * so those are found in the statement's tokens, scanned only when a finding needs them.
 * Offsets are in the text that was parsed: `base` is where the statement starts in it (its
 * byte offset in the file when the whole file was parsed at once, else 0).
 */
class StatementLocator {
    text;
    base;
    tokenCache;
    ascii;
    bytes;
    constructor(text, base = 0) {
        this.text = text;
        this.base = base;
        this.ascii = ASCII.test(text);
    }
    /** UTF-16 offset in the statement text of a parser byte offset. */
    toUtf16(byteOffset) {
        const at = Math.max(0, byteOffset - this.base);
        if (this.ascii)
            return Math.min(at, this.text.length);
        this.bytes ??= Buffer.from(this.text, 'utf8');
        return this.bytes.subarray(0, at).toString('utf8').length;
    }
    tokens() {
        this.tokenCache ??= (0,_sql_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTokens */ .we)(this.text)
            .filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT')
            .map((t) => (this.base === 0 ? t : { ...t, start: t.start + this.base, end: t.end + this.base }));
        return this.tokenCache;
    }
    /**
     * Byte offset of the first token of ALTER TABLE's subcommand `index`: the commands follow the
     * table name and are separated by commas outside parentheses.
     */
    alterCommand(relationAt, index) {
        const tokens = this.tokens();
        let i = tokens.findIndex((t) => t.start >= (relationAt ?? this.base));
        if (i < 0)
            return relationAt ?? this.base;
        // The name: ident(.ident)*, then an optional `*` (descendant tables).
        i++;
        while (tokens[i]?.text === '.' && tokens[i + 1])
            i += 2;
        if (tokens[i]?.text === '*')
            i++;
        let depth = 0;
        let command = 0;
        for (; i < tokens.length; i++) {
            const token = tokens[i];
            if (command === index)
                return token.start;
            if (token.text === '(')
                depth++;
            else if (token.text === ')')
                depth--;
            else if (token.text === ',' && depth === 0)
                command++;
        }
        return relationAt ?? this.base;
    }
    /** Byte offset of the first token spelled `word` (any case) at or after `from`; else `from`. */
    keyword(word, from) {
        const upper = word.toUpperCase();
        return this.tokens().find((t) => t.start >= from && t.text.toUpperCase() === upper)?.start ?? from;
    }
}


/***/ }),

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readForLint: () => (/* binding */ readForLint),
  runLint: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
// EXTERNAL MODULE: ./src/migrate/version-target.ts
var version_target = __webpack_require__(3371);
// EXTERNAL MODULE: ./src/migrate/layouts/no-transaction-marker.ts
var no_transaction_marker = __webpack_require__(7330);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migrate/source.ts
var source = __webpack_require__(184);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/migrate/layouts/index.ts + 13 modules
var layouts = __webpack_require__(9522);
// EXTERNAL MODULE: ./src/migrate/layout-source.ts
var layout_source = __webpack_require__(7177);
;// CONCATENATED MODULE: ./src/lint/discover.ts







function listPhase(root, phase) {
    if (phase.layout !== 'pg-promote')
        return listLayoutPhase(root, phase);
    // The same listing migrate reads (src/migrate/source.ts): what it refuses is a finding here.
    const found = (0,source/* listMigrations */.YJ)(root, phase.migrations, `phases.${phase.name}.migrations`);
    const listing = { phase, files: found.entries, problems: [] };
    for (const file of found.others) {
        listing.problems.push({ rule: 'non-sql-file', file, message: `'${file.split('/').pop()}' is not a .sql file: migrate never runs it` });
    }
    for (const p of found.problems) {
        listing.problems.push({ rule: 'invalid-file', file: p.file, message: p.rule === 'outside-root' ? p.message : `${p.message}${p.rule === 'invalid-name' ? ':' : ';'} migrate refuses the folder` });
    }
    listing.problems.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.file, b.file));
    // A folder or FIFO named like a migration is skipped by migrate, and said: here it is a file
    // that cannot be read, in its place among the others. Hidden files both skip silently.
    for (const s of found.skipped.filter((e) => !e.why.startsWith('a hidden'))) {
        const name = s.file.split('/').pop();
        const version = (0,versions/* parseVersionedName */.sY)(name);
        if (version)
            listing.files.push({ path: { rel: s.file, abs: external_node_path_default().join(phase.migrations.abs, name) }, version });
    }
    listing.files.sort((a, b) => (0,versions/* compareVersions */.Zy)(a.version.parts, b.version.parts));
    if (phase.down) {
        try {
            const names = readFolder(root, phase.down, `phases.${phase.name}.down`).map((e) => e.name);
            listing.downs = new Set(names.flatMap((n) => (0,versions/* parseVersionedName */.sY)(n)?.text ?? []));
        }
        catch (err) {
            listing.downs = new Set();
            listing.downsMissing = err.message;
        }
    }
    return listing;
}
function readFolder(root, folder, key) {
    const entries = (0,source/* listFolder */.bt)(root, folder, key);
    if (entries.length > source/* MAX_FILES_PER_FOLDER */.GJ) {
        throw (0,promote_error/* configError */.Fj)(`folder holds ${entries.length} files; the limit is ${source/* MAX_FILES_PER_FOLDER */.GJ}`, { file: folder.rel, key });
    }
    return entries.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.name, b.name));
}
/**
 * A phase in another tool's layout, read by its reader: each problem it found is a finding on
 * its file. A section of a file (dbmate's, goose's up) keeps the line it starts on, as migrate
 * reads it, so findings name the file's own lines.
 */
function listLayoutPhase(root, phase) {
    const read = layouts/* LAYOUT_READERS */.s1[phase.layout](root, phase.migrations.rel);
    const versions = (0,layout_source/* versionsOf */.x)(read.files);
    const listing = {
        phase,
        files: read.files.map((f, i) => ({ path: { rel: f.path, abs: external_node_path_default().join(root, f.path) }, version: versions[i], layout: { sql: f.upSql, firstLine: f.upLine, transactional: f.transactional } })),
        problems: read.problems.map((p) => ({ rule: 'invalid-file', file: p.context.file ?? phase.migrations.rel, message: `${p.message}; migrate refuses the folder` })),
    };
    listing.problems.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.file, b.file));
    return listing;
}

// EXTERNAL MODULE: ./src/sql/position.ts
var position = __webpack_require__(8305);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 27 modules
var lint_rules = __webpack_require__(5882);
;// CONCATENATED MODULE: ./src/lint/exceptions.ts


const COMMENT = /--[ \t]*pg-promote-lint[ \t]*:([^\r\n]*)/g;
const BODY = /^\s*(allow-file|allow)\s+(.*?)\s+reason\s*:\s*(.*?)\s*$/i;
/** The exceptions in a file as migrate reads it, at the file's own lines (a layout's section starts on its line). */
function readExceptions(source) {
    const { sql: content, statements } = source;
    const exceptions = [];
    const problems = [];
    if (!content.includes('pg-promote-lint'))
        return { exceptions, problems };
    const locator = new position/* LineLocator */.TY(content);
    for (const match of content.matchAll(COMMENT)) {
        const at = match.index ?? 0;
        const within = locator.locate(at);
        const line = within.line + source.firstLine - 1;
        const column = within.column;
        const body = BODY.exec(match[1] ?? '');
        if (!body) {
            problems.push({ line, column, message: `cannot read this exception: write -- pg-promote-lint: allow <rule-id> reason: <why>` });
            continue;
        }
        const rules = (body[2] ?? '').split(/[\s,]+/).filter(Boolean);
        const reason = body[3] ?? '';
        const bad = rules.filter((r) => lint_rules/* RULE_BY_ID */.Bh.get(r)?.allowable === false || !lint_rules/* RULE_BY_ID */.Bh.has(r));
        if (bad.length > 0) {
            const unknown = bad.filter((r) => !lint_rules/* RULE_BY_ID */.Bh.has(r));
            problems.push({
                line,
                column,
                message: unknown.length > 0 ? `unknown lint rule ${unknown.map((r) => `'${r}'`).join(', ')}` : `'${bad.join("', '")}' cannot be allowed: migrate refuses it whatever the comment says`,
            });
            continue;
        }
        if (rules.length === 0 || reason.length === 0) {
            problems.push({ line, column, message: 'an exception needs a rule id and a reason after "reason:"' });
            continue;
        }
        exceptions.push({
            rules,
            reason,
            line,
            column,
            fileWide: (body[1] ?? '').toLowerCase() === 'allow-file',
            header: statements.length === 0 || at < statements[0].start,
            statement: coveredStatement(content, statements, at),
            used: new Set(),
        });
    }
    return { exceptions, problems };
}
function coveredStatement(content, statements, at) {
    const next = statements.findIndex((s) => s.end > at);
    if (next >= 0 && statements[next].start <= at)
        return next;
    const previous = next < 0 ? statements.length - 1 : next - 1;
    const prev = statements[previous];
    // A comment trailing a statement on its own line is about that statement.
    if (prev && !/[\r\n]/.test(content.slice(prev.end, at)))
        return previous;
    return next >= 0 ? next : undefined;
}
/** The exception that silences a finding of `rule` on `statement` (undefined: a file-wide finding). */
function exceptionFor(exceptions, rule, statement) {
    const found = exceptions.find((e) => e.rules.includes(rule) && (e.fileWide || (statement === undefined ? e.header : e.statement === statement)));
    found?.used.add(rule);
    return found;
}

// EXTERNAL MODULE: ./src/lint/tables.ts
var lint_tables = __webpack_require__(4120);
;// CONCATENATED MODULE: ./src/lint/column-types.ts

/**
 * Which ALTER COLUMN ... TYPE changes PostgreSQL makes without a rewrite, decided with the
 * target's catalog: the column's current type and typmod, the new type resolved through the
 * session's search_path (as the migration will resolve it), and whether pg_cast calls the
 * pair binary-coercible. One query for every change in the run.
 */
const COLUMN_TYPES_SQL = `
SELECT i.n::int AS n,
       a.atttypid::int AS from_oid,
       a.atttypmod AS from_typmod,
       t.oid::int AS to_oid,
       t.typname::text AS to_name,
       EXISTS (SELECT 1 FROM pg_catalog.pg_cast c
                WHERE c.castsource = a.atttypid AND c.casttarget = t.oid AND c.castmethod = 'b') AS binary_cast
FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS i(tbl, col, typ, n)
JOIN pg_catalog.pg_attribute a
  ON a.attrelid = pg_catalog.to_regclass(i.tbl) AND a.attname = i.col AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = pg_catalog.to_regtype(i.typ)`;
/** The changes (by index in `changes`) the target would make without rewriting the table. */
async function readNoRewriteChanges(client, changes) {
    const asked = changes.flatMap(({ table, change }, index) => {
        const [schema, name, ...more] = change.typeName.length === 1 ? [undefined, ...change.typeName] : change.typeName;
        return name === undefined || more.length > 0 ? [] : [{ index, table: (0,lint_tables/* displayName */.QC)(table), column: change.column, type: (0,lint_tables/* displayName */.QC)({ schema, name }), typmods: change.typmods }];
    });
    const safe = new Set();
    if (asked.length === 0)
        return safe;
    const { rows } = await client.query(COLUMN_TYPES_SQL, [asked.map((a) => a.table), asked.map((a) => a.column), asked.map((a) => a.type)]);
    for (const row of rows) {
        const a = asked[row.n - 1];
        if (!a)
            continue;
        const toTypmod = typmodOf(row.to_name, a.typmods);
        if (toTypmod === undefined)
            continue;
        if (!rewrites({ oid: row.from_oid, typmod: row.from_typmod }, { oid: row.to_oid, name: row.to_name, typmod: toTypmod }, row.binary_cast))
            safe.add(a.index);
    }
    return safe;
}
/**
 * The typmod PostgreSQL stores for the type modifiers as written (-1: none), for the types
 * whose widening is a no-op; undefined when lint does not know the encoding.
 */
function typmodOf(type, mods) {
    if (mods.length === 0)
        return -1;
    const [a, b] = mods;
    const VARHDRSZ = 4;
    switch (type) {
        case 'varchar':
        case 'bpchar':
            return mods.length === 1 && a >= 1 ? a + VARHDRSZ : undefined;
        case 'numeric':
            if (mods.length > 2 || a < 1 || (b !== undefined && (b < 0 || b > a)))
                return undefined;
            return ((a << 16) | (b ?? 0)) + VARHDRSZ;
        case 'varbit':
        case 'bit':
            return mods.length === 1 && a >= 1 ? a : undefined;
        case 'timestamp':
        case 'timestamptz':
        case 'time':
        case 'timetz':
            // Precision above 6 is reduced to 6 (with a warning) by the server itself.
            return mods.length === 1 && a >= 0 ? Math.min(a, 6) : undefined;
        default:
            return undefined;
    }
}
/** Types whose length or precision can grow in place (their typmod support functions say so). */
const WIDENS_IN_PLACE = new Set(['varchar', 'varbit', 'numeric', 'timestamp', 'timestamptz', 'time', 'timetz']);
/**
 * PostgreSQL's rule (ATColumnChangeRequiresRewrite with the types' support functions): the
 * same type with a wider or no limit, or a binary-coercible cast to a type without a limit,
 * keeps every stored value as it is.
 */
function rewrites(from, to, binaryCast) {
    if (from.oid !== to.oid)
        return !(binaryCast && to.typmod === -1);
    if (from.typmod === to.typmod)
        return false;
    if (!WIDENS_IN_PLACE.has(to.name))
        return true;
    if (to.typmod === -1)
        return false;
    // Time types store at most 6 digits: (6) is the same as no limit.
    if (to.name.startsWith('time') && to.typmod === 6)
        return false;
    if (from.typmod === -1)
        return true;
    if (to.name === 'numeric') {
        const precision = (t) => ((t - 4) >> 16) & 0xffff;
        const scale = (t) => (t - 4) & 0x7ff;
        return scale(from.typmod) !== scale(to.typmod) || precision(to.typmod) < precision(from.typmod);
    }
    return to.typmod < from.typmod;
}

;// CONCATENATED MODULE: ./src/lint/table-sizes.ts

/**
 * What the target database knows about the tables the pending migrations touch, in one
 * set-based query: names go in as one array, unqualified ones resolve through the session's
 * search_path (as the migration's own statements will). reltuples is the planner's row
 * estimate (-1: never analyzed); pg_total_relation_size counts indexes and TOAST too, which
 * a rewrite or an index build also has to go through.
 */
const TABLE_FACTS_SQL = `
SELECT n.name,
       c.oid IS NOT NULL AS present,
       c.reltuples::float8 AS rows,
       pg_total_relation_size(c.oid)::float8 AS bytes,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull) AS not_null_columns
FROM unnest($1::text[]) AS n(name)
LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(n.name) AND c.relkind IN ('r', 'p', 'm')`;
async function readTableFacts(client, tables) {
    const names = [...new Set(tables.map(lint_tables/* displayName */.QC))];
    const facts = new Map();
    if (names.length === 0)
        return facts;
    const { rows } = await client.query(TABLE_FACTS_SQL, [names]);
    for (const row of rows) {
        const provenNotNull = new Set(row.not_null_columns);
        facts.set(row.name, { present: row.present, rows: row.rows ?? -1, bytes: row.bytes ?? 0, provenNotNull });
    }
    return facts;
}

// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/lint/finish.ts






/**
 * Second pass: one catalog query for every table the drafts name, then per draft: drop it
 * when the target proves it moot (a table that does not exist yet and is created by a pending
 * file; a column already proven NOT NULL), attach the table's size, raise lock hazards on
 * large tables to errors, and finally let the file's exceptions silence what they name.
 */
async function finishReport(input) {
    const db = input.database;
    const tables = input.files.flatMap((f) => f.drafts.flatMap((d) => d.table ?? []));
    const facts = db ? await readTableFacts(db.client, tables) : new Map();
    const retypes = input.files.flatMap((f) => f.drafts.flatMap((d) => (d.table && d.typeChange ? [{ draft: d, table: d.table, change: d.typeChange }] : [])));
    const noRewrite = db ? await readNoRewriteChanges(db.client, retypes) : new Set();
    const inPlace = new Set(retypes.filter((_, i) => noRewrite.has(i)).map((r) => r.draft));
    const findings = [];
    const exceptions = [];
    let switchedOff = 0;
    for (const file of input.files) {
        const kept = [];
        const disabled = (rule) => input.disabled?.(rule, file.file) ?? false;
        for (const d of file.drafts) {
            // Binary-compatible (varchar(n) to text, a wider varchar or numeric): no rewrite, nothing to warn of.
            if (inPlace.has(d))
                continue;
            if (disabled(d.finding.rule)) {
                switchedOff++;
                continue;
            }
            const finding = db ? resolveWithDatabase(d, facts, db.largeTableBytes) : d.finding;
            if (!finding)
                continue;
            const exception = exceptionFor(file.exceptions, finding.rule, d.statement);
            if (exception)
                exceptions.push({ ...finding, reason: exception.reason });
            else
                kept.push(finding);
        }
        for (const e of file.exceptions) {
            for (const rule of e.rules.filter((r) => !e.used.has(r) && !disabled(r))) {
                const u = (0,lint_rules/* ruleById */.BD)('lint-exception-unused');
                kept.push({ rule: u.id, severity: u.severity, phase: file.phase, file: file.file, line: e.line, column: e.column, message: `the exception for ${rule} silences nothing`, fix: u.fix });
            }
        }
        findings.push(...kept.sort((a, b) => a.line - b.line || a.column - b.column));
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    const report = { findings, exceptions, filesLinted: input.filesLinted, skipped: input.skipped, durationMs: Date.now() - input.started, counts, postgresVersion: input.version };
    if (db)
        report.database = { target: db.target, largeTableBytes: db.largeTableBytes };
    if (input.history)
        report.history = input.history;
    if (switchedOff)
        report.disabled = switchedOff;
    return report;
}
function resolveWithDatabase(d, facts, largeTableBytes) {
    const rule = (0,lint_rules/* ruleById */.BD)(d.finding.rule);
    const known = d.table ? facts.get((0,lint_tables/* displayName */.QC)(d.table)) : undefined;
    if (!d.table || !known)
        return d.finding;
    if (!known.present) {
        // Not in the target yet but made by a pending file: empty when this runs, nobody waits on
        // it, and no released code uses it, so dropping or renaming it breaks nothing.
        return (rule.lockHazard || rule.existingTablesOnly) && d.createdInPhase ? undefined : d.finding;
    }
    if (d.notNullColumn !== undefined && known.provenNotNull.has(d.notNullColumn))
        return undefined;
    const finding = { ...d.finding, table: { name: (0,lint_tables/* displayName */.QC)(d.table), bytes: known.bytes, rows: known.rows } };
    const rows = known.rows < 0 ? 'rows not yet estimated' : `~${Math.round(known.rows).toLocaleString('en-US')} rows`;
    finding.message += ` [${finding.table?.name}: ${(0,bytes/* formatBytes */.z)(known.bytes)}, ${rows}]`;
    if (rule.lockHazard && known.bytes >= largeTableBytes && finding.severity !== 'error') {
        finding.severity = 'error';
        finding.raised = true;
        finding.message += ` — above the ${(0,bytes/* formatBytes */.z)(largeTableBytes)} large-table threshold`;
    }
    return finding;
}

// EXTERNAL MODULE: ./src/sql/parser.ts
var parser = __webpack_require__(7117);
// EXTERNAL MODULE: ./src/lint/ast.ts
var ast = __webpack_require__(4001);
;// CONCATENATED MODULE: ./src/lint/phase-state.ts


/**
 * What the phase's migrations have done so far, as lint reads them in order: which tables
 * this file and the earlier files created, which constraints were added NOT VALID in this
 * file (still inside its transaction), and every `CHECK (col IS NOT NULL)` with whether it is
 * validated yet. With a database the checks start from the target's (NOT VALID ones too), so
 * a VALIDATE in a pending file of a check an applied file added is followed like any other.
 */
class PhaseState {
    /** Tables created by the files linted so far in this phase, this one included. */
    createdInPhase = new lint_tables/* TableSet */.pq();
    createdInFile = new lint_tables/* TableSet */.pq();
    notValidInFile = [];
    /** Columns whose type a statement linted so far changed: the target's type no longer tells. */
    retyped = new Set();
    /** By table name (schema aside): a phase of a thousand files has a thousand checks. */
    checks = new Map();
    constructor(targetChecks = []) {
        for (const c of targetChecks)
            this.addCheck({ ...c });
    }
    addCheck(check) {
        const list = this.checks.get(check.table.name);
        if (list)
            list.push(check);
        else
            this.checks.set(check.table.name, [check]);
    }
    checksOn(table) {
        return (this.checks.get(table.name) ?? []).filter((c) => sameTable(c.table, table));
    }
    startFile() {
        this.createdInFile = new lint_tables/* TableSet */.pq();
        this.notValidInFile = [];
    }
    isNewInFile(table) {
        return this.createdInFile.has(table);
    }
    addedNotValidInThisFile(table, name) {
        return this.notValidInFile.some((c) => c.name === name && sameTable(c.table, table));
    }
    hasValidatedNotNullCheck(table, column) {
        return this.checksOn(table).some((c) => c.validated && c.notNullColumn === column);
    }
    /** Any validated CHECK on the table: what ATTACH PARTITION can use to skip its scan. */
    hasValidatedCheck(table) {
        return this.checksOn(table).some((c) => c.validated);
    }
    wasRetyped(table, column) {
        return this.retyped.has(`${table.name}.${column}`);
    }
    /** Called after the rules have seen the statement: its effects apply from the next one on. */
    observe(node) {
        const created = 'CreateStmt' in node ? (0,lint_tables/* tableOf */.c_)(node.CreateStmt.relation) : 'CreateTableAsStmt' in node ? (0,lint_tables/* tableOf */.c_)(node.CreateTableAsStmt.into?.rel) : undefined;
        if (created) {
            this.createdInFile.add(created);
            this.createdInPhase.add(created);
            for (const elt of 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : []) {
                if ('Constraint' in elt && elt.Constraint.contype === 'CONSTR_CHECK') {
                    this.addCheck({ table: created, name: elt.Constraint.conname, notNullColumn: (0,ast/* notNullCheckColumn */.LS)(elt.Constraint), validated: true });
                }
            }
        }
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
            for (const object of node.DropStmt.objects ?? []) {
                const table = (0,lint_tables/* tableOfNameList */.tY)(object);
                if (table) {
                    this.createdInFile.delete(table);
                    this.createdInPhase.delete(table);
                }
            }
        }
        if ('RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE' && node.RenameStmt.newname) {
            this.renameTable((0,lint_tables/* tableOf */.c_)(node.RenameStmt.relation), node.RenameStmt.newname);
        }
        for (const { table, cmd } of (0,ast/* alterTableCommands */.Bb)(node)) {
            if (cmd.subtype === 'AT_AlterColumnType' && cmd.name)
                this.retyped.add(`${table.name}.${cmd.name}`);
            const constraint = cmd.subtype === 'AT_AddConstraint' ? (0,ast/* constraintOf */.vY)(cmd) : undefined;
            if (constraint)
                this.addConstraint(table, constraint);
            if (cmd.subtype !== 'AT_ValidateConstraint' && cmd.subtype !== 'AT_DropConstraint')
                continue;
            const named = this.checksOn(table).filter((c) => c.name === cmd.name);
            if (cmd.subtype === 'AT_ValidateConstraint')
                for (const c of named)
                    c.validated = true;
            const list = this.checks.get(table.name);
            if (cmd.subtype === 'AT_DropConstraint' && list)
                for (const c of named)
                    list.splice(list.indexOf(c), 1);
        }
    }
    addConstraint(table, constraint) {
        if (constraint.skip_validation && constraint.conname)
            this.notValidInFile.push({ table, name: constraint.conname });
        if (constraint.contype !== 'CONSTR_CHECK')
            return;
        this.addCheck({ table, name: constraint.conname, notNullColumn: (0,ast/* notNullCheckColumn */.LS)(constraint), validated: !constraint.skip_validation });
    }
    renameTable(from, to) {
        if (!from)
            return;
        const renamed = from.schema ? { schema: from.schema, name: to } : { name: to };
        for (const set of [this.createdInFile, this.createdInPhase]) {
            if (!set.has(from))
                continue;
            set.delete(from);
            set.add(renamed);
        }
    }
}
function sameTable(a, b) {
    return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}

// EXTERNAL MODULE: ./src/migrate/sql-file.ts + 1 modules
var sql_file = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/lint/locate.ts
var lint_locate = __webpack_require__(9471);
;// CONCATENATED MODULE: ./src/lint/parse-file.ts

/**
 * Above this size a file is mostly data (a seed or a backfill of many INSERTs): parsing a
 * million INSERTs takes a minute and no rule looks at them, so only the other statements are
 * parsed, and the report says so.
 */
const FULL_PARSE_CHARS = 1024 * 1024;
const DATA_STATEMENTS = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'VALUES', 'COPY', 'COMMENT', 'GRANT', 'REVOKE']);
const ASCII = /^[\x00-\x7f]*$/;
/**
 * The file's statements, parsed. One parser call for the whole file is about twice as fast as
 * one per statement (each call pays for crossing into WebAssembly and for the JSON it returns),
 * so that comes first; if the file does not parse (or its statements do not line up with the
 * splitter's, which should not happen), each statement is parsed alone, so a bad statement is
 * reported at its own position and the others are still linted.
 */
function parseFile(content, statements) {
    if (content.length <= FULL_PARSE_CHARS) {
        const whole = (0,parser/* parseStatement */.By)(content);
        const parses = whole.ok ? alignWithStatements(content, statements, whole.nodes) : undefined;
        if (parses)
            return { parses, unparsed: 0 };
    }
    const partial = content.length > FULL_PARSE_CHARS;
    let unparsed = 0;
    const parses = statements.map((statement) => {
        if (partial && DATA_STATEMENTS.has(statement.keywords[0] ?? '')) {
            unparsed++;
            return { kind: 'skipped' };
        }
        const parsed = (0,parser/* parseStatement */.By)(statement.text);
        return parsed.ok ? { kind: 'parsed', nodes: parsed.nodes.map((n) => n.node), base: 0 } : { kind: 'failed', message: parsed.message, codePoint: parsed.codePoint };
    });
    return { parses, unparsed };
}
/**
 * The parser's statements start just after the previous semicolon (comments and blanks
 * included); the splitter's at their first token. Each parser statement therefore holds
 * exactly one splitter statement's start.
 */
function alignWithStatements(content, statements, nodes) {
    const starts = byteStarts(content, statements);
    const parses = statements.map((_, i) => ({ kind: 'parsed', nodes: [], base: starts[i] }));
    let i = 0;
    for (const { node, byteOffset, byteLength } of nodes) {
        const end = byteLength > 0 ? byteOffset + byteLength : Number.POSITIVE_INFINITY;
        while (i < starts.length && starts[i] < byteOffset)
            i++;
        const parse = parses[i];
        if (!parse || parse.kind !== 'parsed' || starts[i] >= end)
            return undefined;
        parse.nodes.push(node);
        i++;
    }
    return parses.every((p) => p.kind === 'parsed' && p.nodes.length > 0) ? parses : undefined;
}
function byteStarts(content, statements) {
    if (ASCII.test(content))
        return statements.map((s) => s.start);
    let bytes = 0;
    let at = 0;
    return statements.map((s) => {
        bytes += Buffer.byteLength(content.slice(at, s.start), 'utf8');
        at = s.start;
        return bytes;
    });
}

;// CONCATENATED MODULE: ./src/lint/statement-pass.ts




/**
 * The statement pass over one file: every statement parsed, every statement rule asked, the
 * phase's state carried from statement to statement (and file to file) in order.
 */
function lintStatements(phase, source, state, postgresVersion) {
    const drafts = [];
    const { parses, unparsed } = parseFile(source.sql, source.statements);
    state.startFile();
    source.statements.forEach((statement, index) => {
        const parsed = parses[index];
        if (!parsed || parsed.kind === 'skipped')
            return;
        if (parsed.kind === 'failed') {
            // "at end of input" points just past the text: where its semicolon (if any) stands.
            const { line, column } = positionIn(statement, (0,position/* utf16OffsetOfCodePoint */.us)(statement.text, parsed.codePoint));
            drafts.push({ ...draft('parse-error', phase, source.path.rel, line, column, `PostgreSQL's parser: ${parsed.message}`), statement: index });
            return;
        }
        const locate = new lint_locate/* StatementLocator */.g(statement.text, parsed.base);
        const ctx = {
            transactional: source.transactional,
            postgresVersion,
            text: statement.text,
            locate,
            isNewInFile: (t) => state.isNewInFile(t),
            hasValidatedNotNullCheck: (t, c) => state.hasValidatedNotNullCheck(t, c),
            hasValidatedCheck: (t) => state.hasValidatedCheck(t),
            addedNotValidInThisFile: (t, c) => state.addedNotValidInThisFile(t, c),
        };
        for (const node of parsed.nodes) {
            for (const rule of lint_rules/* STATEMENT_RULES */._7) {
                for (const hit of rule.check?.(node, ctx) ?? []) {
                    // Nobody can be waiting on a table this file created: its lock hazards are moot.
                    if (rule.lockHazard && hit.table && state.isNewInFile(hit.table))
                        continue;
                    const { line, column } = positionIn(statement, locate.toUtf16(hit.at ?? parsed.base));
                    drafts.push({
                        ...draft(rule.id, phase, source.path.rel, line, column, hit.message, hit.fix),
                        statement: index,
                        table: hit.table,
                        notNullColumn: hit.notNullColumn,
                        // An earlier statement of the run changed the column already: the target's type is stale.
                        typeChange: hit.typeChange && hit.table && !state.wasRetyped(hit.table, hit.typeChange.column) ? hit.typeChange : undefined,
                        createdInPhase: hit.table ? state.createdInPhase.has(hit.table) : false,
                    });
                }
            }
            state.observe(node);
        }
    });
    if (unparsed > 0) {
        const size = `${(source.sql.length / 1024 / 1024).toFixed(1)} MiB`;
        drafts.push(draft('large-file', phase, source.path.rel, 1, 1, `file is ${size}: its ${unparsed.toLocaleString('en-US')} data statements (INSERT, UPDATE, COPY, ...) were not parsed, so their syntax is unchecked; every other statement was linted`));
    }
    return drafts;
}
/** File line and column of an offset inside a statement, counted within the statement alone. */
function positionIn(statement, utf16) {
    const within = (0,position/* lineColumnAt */.IX)(statement.text, utf16);
    return within.line === 1
        ? { line: statement.line, column: statement.column + within.column - 1 }
        : { line: statement.line + within.line - 1, column: within.column };
}
function draft(rule, phase, file, line, column, message, fix) {
    const known = (0,lint_rules/* ruleById */.BD)(rule);
    return { finding: { rule, severity: known.severity, phase, file, line, column, message, fix: fix ?? known.fix } };
}

;// CONCATENATED MODULE: ./src/lint/target-checks.ts
/**
 * Every CHECK constraint in the target, validated or not, in one query: a validated
 * `CHECK (column IS NOT NULL)` lets SET NOT NULL skip its scan (12+), a validated check on a
 * partition lets ATTACH PARTITION skip its scan. The NOT
 * VALID ones matter as much as the others: the safe way to SET NOT NULL adds the check NOT
 * VALID in one file and validates it in a later one, so by the time lint runs the add may be
 * applied while the VALIDATE is still pending. The statement pass starts from these and
 * follows the pending files' VALIDATE and DROP CONSTRAINT in order.
 */
const TARGET_CHECKS_SQL = `
SELECT n.nspname::text AS schema, c.relname::text AS table, k.conname::text AS name,
       k.convalidated AS validated, pg_catalog.pg_get_constraintdef(k.oid) AS definition
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype = 'c'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')`;
// pg_get_constraintdef prints `CHECK ((col IS NOT NULL))`, quoting the name only when needed,
// and appends ` NOT VALID` to a check that is not validated yet.
const NOT_NULL_CHECK = /^CHECK \(\((?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*)) IS NOT NULL\)\)(?: NOT VALID)?$/;
async function readTargetChecks(client) {
    const { rows } = await client.query(TARGET_CHECKS_SQL);
    return rows.map((row) => {
        const m = NOT_NULL_CHECK.exec(row.definition);
        const notNullColumn = !m ? undefined : m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2];
        return { table: { schema: row.schema, name: row.table }, name: row.name, notNullColumn, validated: row.validated };
    });
}

// EXTERNAL MODULE: ./src/lint/version.ts
var lint_version = __webpack_require__(2921);
;// CONCATENATED MODULE: ./src/lint/run.ts















/**
 * Lints every pending migration of the given phases. Nothing here throws for a bad file: a
 * file that cannot be read or parsed is a finding, and the rest is still linted. Only a
 * missing migrations folder (a config error) or a database failure ends the run.
 */
async function runLint(options) {
    const started = Date.now();
    await (0,parser/* loadParser */.qd)();
    const db = options.database;
    const applied = db ? (0,migrate_history/* historyState */.K6)(await (0,migrate_history/* readHistory */.Lu)(db.client, db.history)).applied : undefined;
    const version = db
        ? { major: await (0,lint_version/* targetVersion */.I$)(db.client), from: 'database' }
        : { major: options.postgresVersion ?? lint_version/* OLDEST_SUPPORTED_VERSION */.Qx, from: 'config' };
    const targetChecks = db ? await readTargetChecks(db.client) : [];
    const files = [];
    const skipped = [];
    let filesLinted = 0;
    let history = 0;
    for (const phase of options.phases) {
        const listing = listPhase(options.root, phase);
        for (const problem of listing.problems) {
            files.push({ phase: phase.name, file: problem.file, exceptions: [], drafts: [draft(problem.rule, phase.name, problem.file, 1, 1, problem.message)] });
            skipped.push({ file: problem.file, reason: problem.message });
        }
        const state = new PhaseState(targetChecks);
        const done = applied?.get(phase.name);
        const since = phase.lint?.since === undefined ? undefined : sinceOf(phase, listing.files, options.configFile);
        for (const file of listing.files) {
            if (done?.has(file.version.text))
                continue;
            const read = readForLint(file.path, file.layout);
            if (since && (0,versions/* compareVersions */.Zy)(file.version.parts, since.parts) <= 0) {
                // History (lint.since): not linted, but what it built is what the files after it change.
                if (read.source)
                    lintStatements(phase.name, read.source, state, version.major);
                history++;
                continue;
            }
            const drafts = read.problems.map((p) => draft(p.rule, phase.name, file.path.rel, p.line, p.column, p.message));
            if (read.skipped)
                skipped.push({ file: file.path.rel, reason: read.skipped });
            if (listing.downs && !listing.downs.has(file.version.text)) {
                const where = listing.downsMissing ? ` (${listing.downsMissing})` : ` in ${phase.down?.rel}`;
                drafts.push(draft('missing-down-file', phase.name, file.path.rel, 1, 1, `no DOWN file for version ${file.version.text}${where}: this migration cannot be rolled back with pg-promote down`));
            }
            if (!read.source) {
                files.push({ phase: phase.name, file: file.path.rel, exceptions: [], drafts });
                continue;
            }
            filesLinted++;
            const { exceptions, problems } = readExceptions(read.source);
            for (const p of problems)
                drafts.push(draft('lint-exception-invalid', phase.name, file.path.rel, p.line, p.column, p.message));
            drafts.push(...lintStatements(phase.name, read.source, state, version.major));
            files.push({ phase: phase.name, file: file.path.rel, exceptions, drafts });
        }
    }
    const report = await finishReport({ files, skipped, filesLinted, started, database: db, version, disabled: disabledRules(options.config), history });
    // A fix that says how to leave the transaction says it as the phase's tool does.
    const layouts = new Map(options.phases.map((p) => [p.name, p.layout]));
    for (const f of [...report.findings, ...report.exceptions])
        f.fix = (0,no_transaction_marker/* inLayoutTerms */.z)(f.fix, layouts.get(f.phase) ?? 'pg-promote');
    return report;
}
/**
 * A migration read by migrate's own reader (src/migrate/sql-file.ts) in its reporting mode:
 * whatever migrate would refuse the file for is a problem here, and the rest is still linted.
 * Transaction control and statements that need no transaction are left to lint's rules of
 * those names, which find them with PostgreSQL's parser. Another tool's layout gives the SQL
 * that runs forward and whether it runs in a transaction.
 */
function readForLint(path, layout) {
    const problems = [];
    const options = { allowEmpty: true, problems };
    const source = layout ? (0,sql_file/* sqlFileFromText */.Is)(path, layout.sql, { ...options, transactional: layout.transactional, firstLine: layout.firstLine }) : (0,sql_file/* readSqlFile */.Lf)(path, options);
    const own = problems.filter((p) => p.rule !== 'transaction-control' && p.rule !== 'needs-no-transaction');
    return { source, problems: own, skipped: source ? undefined : own[0]?.message };
}
function disabledRules(config) {
    if (!config || (config.disable.length === 0 && config.overrides.length === 0))
        return undefined;
    const everywhere = new Set(config.disable);
    return (rule, file) => everywhere.has(rule) || config.overrides.some((o) => o.disable.includes(rule) && o.paths.some((glob) => (0,esm/* minimatch */.xF)(file, glob, { dot: true })));
}
/** `lint.since` in the phase's own order (a date, a Sqitch change); a version the phase lacks is a config error naming the key. */
function sinceOf(phase, files, configFile) {
    const since = (0,version_target/* locateVersion */.T)(files, phase.lint.since);
    if (!since) {
        throw (0,promote_error/* configError */.Fj)(`'${phase.lint.since}' is not a version of phase '${phase.name}' (${(0,version_target/* versionRange */.Q)(files)})`, { key: `phases.${phase.name}.lint.since`, file: configFile });
    }
    return since;
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

/***/ 1431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j4: () => (/* binding */ loadLibPgQuery)
/* harmony export */ });
/* unused harmony exports WASM_FILE, wasmDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1376);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);





const WASM_FILE = 'libpg-query.wasm';
let loading;
function loadLibPgQuery() {
    loading ??= importLibrary();
    return loading;
}
/**
 * Where libpg-query.wasm is: next to the running bundle (scripts/build.mjs copies it into each
 * ncc output folder, since bundlers cannot see the loader's reference to it), else in
 * node_modules when running from the sources.
 */
function wasmDirectory() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, WASM_FILE)))
        return here;
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve(`libpg-query/wasm/${WASM_FILE}`));
    }
    catch {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InternalError */ .Gd(`PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)}`);
    }
}
async function importLibrary() {
    // Emscripten's loader finds the .wasm through the CommonJS free variable __dirname, which an
    // ES module bundle lacks: it is provided for the moment the module initialises.
    const g = globalThis;
    const provided = g.__dirname === undefined;
    if (provided)
        g.__dirname = wasmDirectory();
    try {
        const lib = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 5008, 23));
        await lib.loadModule();
        return lib;
    }
    finally {
        if (provided)
            delete g.__dirname;
    }
}


/***/ }),

/***/ 7117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   qd: () => (/* binding */ loadParser),
/* harmony export */   we: () => (/* binding */ scanTokens)
/* harmony export */ });
/* harmony import */ var _libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1431);

/**
 * The one wrapper over PostgreSQL's parser (libpg-query.ts loads it once per process): after
 * loadParser() every parse is synchronous and a bad statement is a value, never a throw.
 */
let lib;
async function loadParser() {
    lib = await (0,_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__/* .loadLibPgQuery */ .j4)();
}
function parser() {
    if (!lib)
        throw new Error('parser used before loadParser()');
    return lib;
}
/** Parses SQL text (a statement or a whole file); call loadParser() first. Never throws for bad SQL. */
function parseStatement(text) {
    const { parseSync } = parser();
    try {
        const result = parseSync(text);
        const nodes = (result.stmts ?? []).flatMap((raw) => raw.stmt ? [{ node: raw.stmt, byteOffset: raw.stmt_location ?? 0, byteLength: raw.stmt_len ?? 0 }] : []);
        return { ok: true, nodes };
    }
    catch (err) {
        const e = err;
        return { ok: false, message: e.message, codePoint: Math.max(0, e.sqlDetails?.cursorPosition ?? 0) };
    }
}
/** The statement's tokens (byte offsets, comments included), for places the tree has no location. */
function scanTokens(text) {
    try {
        return parser().scanSync(text).tokens;
    }
    catch {
        return [];
    }
}


/***/ })

};
