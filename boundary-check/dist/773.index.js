export const id = 773;
export const ids = [773];
export const modules = {

/***/ 2773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lint: () => (/* binding */ lint),
/* harmony export */   lintFailure: () => (/* binding */ lintFailure)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5347);
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8768);
/* harmony import */ var _db_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9750);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _lint_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4554);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4555);
/* harmony import */ var _lint_threshold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5118);







/**
 * `pg-promote lint`: parse every pending migration with PostgreSQL's parser and report lock
 * hazards and destructive changes before anyone approves them. Needs no database; with one,
 * only pending files are linted and the target's tables decide what is new and what is big.
 */
async function lint(ctx) {
    const phases = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.selectPhases)(ctx.config, ctx.options.phases ?? []);
    const threshold = (0,_lint_threshold_js__WEBPACK_IMPORTED_MODULE_6__/* .largeTableBytes */ .$g)();
    const url = ctx.options.databaseUrl;
    let session;
    // The WebAssembly parser compiles in the background while the connection is made.
    (0,_lint_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .loadParser */ .qd)().catch(() => undefined);
    try {
        if (url) {
            const target = (0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .mx)(url, '--database-url', ctx.options.env);
            session = await (0,_db_session_js__WEBPACK_IMPORTED_MODULE_2__.openSession)(target, 'pg-promote lint');
            // Lint only reads; make the server hold it to that.
            await session.client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
            ctx.result.database = { target: target.display, database: target.database, serverVersion: session.serverVersion };
            ctx.emit({ type: 'connected', target: target.display, serverVersion: session.serverVersion });
        }
        ctx.result.lint = await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runLint */ .n)({
            root: ctx.config.root,
            phases,
            postgresVersion: ctx.config.lint.postgresVersion,
            database: session && { client: session.client, target: session.target.display, history: ctx.config.historyTable, largeTableBytes: threshold },
        });
    }
    finally {
        await session?.close();
    }
    const failure = lintFailure(ctx.result.lint);
    if (failure)
        throw failure;
}
/** Error-severity findings fail the stage (lint, and plan, which lints for its approvers). */
function lintFailure(report) {
    const firstError = report.findings.find((f) => f.severity === 'error');
    if (!firstError)
        return undefined;
    const { error, warning } = report.counts;
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .PromoteError */ .jG('check', `lint found ${error} error${error === 1 ? '' : 's'} and ${warning} warning${warning === 1 ? '' : 's'}; the first: ${firstError.rule}: ${firstError.message}`, {
        file: firstError.file,
        line: firstError.line,
        column: firstError.column,
        phase: firstError.phase,
    });
}


/***/ }),

/***/ 4554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   qd: () => (/* binding */ loadParser),
/* harmony export */   we: () => (/* binding */ scanTokens)
/* harmony export */ });
/* harmony import */ var _sql_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1431);

/**
 * Lint's view of PostgreSQL's parser (src/sql/libpg-query.ts loads it once per process):
 * after loadParser() every parse is synchronous.
 */
let lib;
async function loadParser() {
    lib = await (0,_sql_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__/* .loadLibPgQuery */ .j4)();
}
function parser() {
    if (!lib)
        throw new Error('lint parser used before loadParser()');
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


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/migrate/discover.ts
var discover = __webpack_require__(1498);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/lint/discover.ts






function listPhase(root, phase) {
    const key = `phases.${phase.name}.migrations`;
    const listing = { phase, files: [], problems: [] };
    const byVersion = new Map();
    for (const entry of readFolder(root, phase.migrations, key)) {
        const rel = `${phase.migrations.rel}/${entry.name}`;
        // .gitkeep and editor droppings are not anyone's attempt at a migration.
        if (entry.name.startsWith('.') || !(entry.isFile() || entry.isSymbolicLink()))
            continue;
        if (!entry.name.toLowerCase().endsWith('.sql')) {
            listing.problems.push({
                rule: 'non-sql-file',
                file: rel,
                message: `'${entry.name}' is not a .sql file: migrate never runs it`,
            });
            continue;
        }
        const version = (0,versions/* parseVersionedName */.sY)(entry.name);
        if (!version) {
            listing.problems.push({ rule: 'invalid-file', file: rel, message: 'file name does not start with a version number (expected e.g. 001_create_tables.sql): migrate refuses the folder' });
            continue;
        }
        const clash = byVersion.get(version.text);
        if (clash) {
            listing.problems.push({ rule: 'invalid-file', file: rel, message: `version ${version.text} is used twice: ${clash} and ${entry.name}; migrate refuses the folder` });
            continue;
        }
        const file = { rel, abs: external_node_path_default().join(phase.migrations.abs, entry.name) };
        try {
            if (entry.isSymbolicLink())
                (0,paths/* assertInsideRealRoot */.n)(root, file, { file: rel, key });
        }
        catch (err) {
            listing.problems.push({ rule: 'invalid-file', file: rel, message: err.message });
            continue;
        }
        byVersion.set(version.text, entry.name);
        listing.files.push({ path: file, version });
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
    const entries = (0,discover/* listFolder */.bt)(root, folder, key);
    if (entries.length > discover/* MAX_FILES_PER_FOLDER */.GJ) {
        throw (0,promote_error/* configError */.Fj)(`folder holds ${entries.length} files; the limit is ${discover/* MAX_FILES_PER_FOLDER */.GJ}`, { file: folder.rel, key });
    }
    return entries.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.name, b.name));
}

// EXTERNAL MODULE: ./src/sql/position.ts
var position = __webpack_require__(8305);
;// CONCATENATED MODULE: ./src/lint/tables.ts
function tableOf(relation) {
    if (!relation?.relname)
        return undefined;
    return relation.schemaname ? { schema: relation.schemaname, name: relation.relname } : { name: relation.relname };
}
/** DROP TABLE a.b names its objects as lists of strings rather than RangeVars. */
function tableOfNameList(node) {
    if (!node || !('List' in node))
        return undefined;
    const parts = (node.List.items ?? []).flatMap((item) => ('String' in item && item.String.sval !== undefined ? [item.String.sval] : []));
    const name = parts[parts.length - 1];
    if (name === undefined)
        return undefined;
    const schema = parts[parts.length - 2];
    return schema === undefined ? { name } : { schema, name };
}
const PLAIN = /^[a-z_][a-z0-9_$]*$/;
function quoteIdent(part) {
    return PLAIN.test(part) ? part : `"${part.replaceAll('"', '""')}"`;
}
/** As PostgreSQL would accept it back (to_regclass) and as a person reads it. */
function displayName(table) {
    return table.schema ? `${quoteIdent(table.schema)}.${quoteIdent(table.name)}` : quoteIdent(table.name);
}
/**
 * A set of tables where an unqualified name matches the same name in any schema. Lint cannot
 * know the search_path a migration will run with, so it errs towards "the same table".
 */
class TableSet {
    byName = new Map();
    add(table) {
        let schemas = this.byName.get(table.name);
        if (!schemas)
            this.byName.set(table.name, (schemas = new Set()));
        schemas.add(table.schema ?? '');
    }
    delete(table) {
        const schemas = this.byName.get(table.name);
        if (!schemas)
            return;
        if (table.schema === undefined)
            this.byName.delete(table.name);
        else
            schemas.delete(table.schema);
    }
    has(table) {
        const schemas = this.byName.get(table.name);
        if (!schemas || schemas.size === 0)
            return false;
        return table.schema === undefined || schemas.has(table.schema) || schemas.has('');
    }
}

;// CONCATENATED MODULE: ./src/lint/ast.ts

// Most rules and the phase state read the same statement's commands: read them once.
const commandCache = new WeakMap();
/** ALTER TABLE's subcommands, for tables only (not ALTER INDEX, VIEW, TYPE ...). */
function alterTableCommands(node) {
    if (!('AlterTableStmt' in node))
        return [];
    let commands = commandCache.get(node);
    if (commands)
        return commands;
    const stmt = node.AlterTableStmt;
    const table = tableOf(stmt.relation);
    commands =
        !table || (stmt.objtype !== 'OBJECT_TABLE' && stmt.objtype !== undefined)
            ? []
            : (stmt.cmds ?? []).flatMap((c, index) => ('AlterTableCmd' in c ? [{ stmt, table, cmd: c.AlterTableCmd, index }] : []));
    commandCache.set(node, commands);
    return commands;
}
function columnDefOf(cmd) {
    return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}
function constraintOf(cmd) {
    return cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
}
function columnConstraints(column) {
    return (column.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** The column a `CHECK (column IS NOT NULL)` is about, if that is all the check says. */
function notNullCheckColumn(constraint) {
    if (constraint.contype !== 'CONSTR_CHECK' || !constraint.raw_expr || !('NullTest' in constraint.raw_expr))
        return undefined;
    const test = constraint.raw_expr.NullTest;
    if (test.nulltesttype !== 'IS_NOT_NULL' || !test.arg || !('ColumnRef' in test.arg))
        return undefined;
    const fields = test.arg.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1];
    return fields.length === 1 && last && 'String' in last ? last.String.sval : undefined;
}
/** The first `location` in a subtree, in document order: where an expression starts. */
function firstLocation(value) {
    if (value === null || typeof value !== 'object')
        return undefined;
    if (Array.isArray(value)) {
        let best;
        for (const item of value) {
            const at = firstLocation(item);
            if (at !== undefined && (best === undefined || at < best))
                best = at;
        }
        return best;
    }
    let best;
    for (const [key, child] of Object.entries(value)) {
        const at = key === 'location' ? (typeof child === 'number' && child >= 0 ? child : undefined) : firstLocation(child);
        if (at !== undefined && (best === undefined || at < best))
            best = at;
    }
    return best;
}
/** Type name as written, schema dropped: `pg_catalog.int4` is `int4`, `bigserial` stays. */
function typeNameOf(column) {
    const names = column.typeName?.names ?? [];
    const last = names[names.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}

;// CONCATENATED MODULE: ./src/lint/volatility.ts
const VOLATILE = new Set([
    'random', 'random_normal', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7',
    'clock_timestamp', 'timeofday', 'nextval', 'setval', 'currval', 'lastval', 'setseed', 'txid_current', 'pg_current_xact_id',
]);
// Stable or immutable built-ins seen in defaults. now() and friends are stable: one value per
// transaction, stored once, so `DEFAULT now()` does not rewrite.
const NOT_VOLATILE = new Set([
    'now', 'statement_timestamp', 'transaction_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
    'timezone', 'date_trunc', 'make_interval', 'make_date', 'make_timestamp', 'make_timestamptz', 'to_timestamp', 'to_date',
    'lower', 'upper', 'concat', 'concat_ws', 'length', 'md5', 'coalesce', 'nullif', 'greatest', 'least',
    'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array', 'to_jsonb', 'to_json',
    'array_fill', 'current_user', 'current_setting', 'current_schema', 'inet_client_addr',
]);
const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
/** serial types are integers with a nextval() default: volatile by construction. */
function isSerialType(name) {
    return name !== undefined && SERIAL_TYPES.has(name.toLowerCase());
}
function volatilityOf(expr) {
    if (!expr)
        return { volatile: false };
    if ('FuncCall' in expr) {
        const names = expr.FuncCall.funcname ?? [];
        const last = names[names.length - 1];
        const name = last && 'String' in last ? (last.String.sval ?? '') : '';
        const schema = names.length > 1 ? names[0] : undefined;
        const builtIn = !schema || ('String' in schema && schema.String.sval === 'pg_catalog');
        if (builtIn && VOLATILE.has(name))
            return { volatile: true, certain: true, function: name, at: expr.FuncCall.location };
        if (!builtIn || !NOT_VOLATILE.has(name))
            return { volatile: true, certain: false, function: name, at: expr.FuncCall.location };
        return worst(expr.FuncCall.args ?? []);
    }
    if ('A_Const' in expr || 'SQLValueFunction' in expr || 'ParamRef' in expr)
        return { volatile: false };
    if ('TypeCast' in expr)
        return volatilityOf(expr.TypeCast.arg);
    // Built-in operators on built-in types are immutable; their operands decide.
    if ('A_Expr' in expr)
        return worst([expr.A_Expr.lexpr, expr.A_Expr.rexpr]);
    if ('BoolExpr' in expr)
        return worst(expr.BoolExpr.args ?? []);
    if ('NullTest' in expr)
        return volatilityOf(expr.NullTest.arg);
    if ('CoalesceExpr' in expr)
        return worst(expr.CoalesceExpr.args ?? []);
    if ('MinMaxExpr' in expr)
        return worst(expr.MinMaxExpr.args ?? []);
    if ('A_ArrayExpr' in expr)
        return worst(expr.A_ArrayExpr.elements ?? []);
    if ('RowExpr' in expr)
        return worst(expr.RowExpr.args ?? []);
    if ('CaseExpr' in expr) {
        const c = expr.CaseExpr;
        const whens = (c.args ?? []).flatMap((w) => ('CaseWhen' in w ? [w.CaseWhen.expr, w.CaseWhen.result] : []));
        return worst([c.arg, c.defresult, ...whens]);
    }
    if ('CollateClause' in expr)
        return volatilityOf(expr.CollateClause.arg);
    // A subquery, a column reference or anything unforeseen: assume the worst.
    return { volatile: true, certain: false, function: Object.keys(expr)[0] ?? 'expression' };
}
function worst(nodes) {
    let result = { volatile: false };
    for (const node of nodes) {
        const v = volatilityOf(node);
        if (v.volatile && (v.certain || !result.volatile))
            result = v;
        if (result.volatile && result.certain)
            break;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/lint/rules/add-column-rewrite.ts



/**
 * ADD COLUMN is a catalog change unless every existing row needs its own new value: a volatile
 * default, a serial or identity column, or a stored generated column. Then the whole table is
 * rewritten under ACCESS EXCLUSIVE, blocking reads and writes for as long as that takes.
 */
const addColumnRewrite = {
    id: 'add-column-rewrite',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD COLUMN with a volatile default, serial/identity, or GENERATED ... STORED rewrites the whole table',
    fix: 'Add the column with no default (or a constant one), backfill it in batches in later migrations, then SET DEFAULT; for a generated value, fill a plain column from the application or a trigger',
    squawk: ['adding-field-with-default'],
    check(node) {
        const hits = [];
        for (const { table, cmd } of alterTableCommands(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            if (!column)
                continue;
            const name = `${displayName(table)}.${column.colname ?? '?'}`;
            const rewrite = (at, why) => hits.push({ at: at ?? column.location, table, message: `adding ${name} ${why}: PostgreSQL rewrites every row under an ACCESS EXCLUSIVE lock` });
            if (isSerialType(typeNameOf(column)))
                rewrite(column.typeName?.location, `as ${typeNameOf(column)} (a nextval() default per row)`);
            for (const c of columnConstraints(column)) {
                if (c.contype === 'CONSTR_DEFAULT') {
                    const v = volatilityOf(c.raw_expr);
                    if (v.volatile)
                        rewrite(v.at ?? c.location, v.certain ? `with the volatile default ${v.function}()` : `with a default PostgreSQL may treat as volatile (${v.function}; lint cannot look up its volatility)`);
                }
                else if (c.contype === 'CONSTR_IDENTITY') {
                    rewrite(c.location, 'as an identity column (a sequence value per row)');
                }
                else if (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v') {
                    // PostgreSQL 18's VIRTUAL generated columns are computed on read: no rewrite.
                    rewrite(c.location, 'as a stored generated column');
                }
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-column-required.ts



/**
 * ADD COLUMN ... NOT NULL with no default gives every existing row a NULL in a column that
 * forbids it: PostgreSQL refuses the statement (23502) on any table that has a row, so the
 * migration fails on production though it passed on an empty staging table.
 */
const addColumnRequired = {
    id: 'add-column-required',
    severity: 'warning',
    lockHazard: false,
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on any table that has a row',
    fix: 'Give the column a constant DEFAULT (no rewrite since PostgreSQL 11); or add it nullable, backfill it, then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL in later files',
    squawk: ['adding-required-field'],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            if (!column || ctx.isNewInFile(table) || isSerialType(typeNameOf(column)))
                continue;
            const constraints = columnConstraints(column);
            const notNull = constraints.find((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
            // A default that is NULL fills nothing; identity and generated columns fill themselves.
            const fills = constraints.some((c) => (c.contype === 'CONSTR_DEFAULT' && !(c.raw_expr && 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
            if (!notNull || fills)
                continue;
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table,
                message: `adding ${displayName(table)}.${column.colname ?? '?'} NOT NULL without a default fails (23502) if the table has any row, as production's does`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/add-constraint-without-not-valid.ts


const SCANNED = new Set(['CONSTR_FOREIGN', 'CONSTR_CHECK', 'CONSTR_NOTNULL']);
const VALIDATE_LATER = 'Move VALIDATE CONSTRAINT to a later migration file, so the NOT VALID add commits first and releases its lock';
/**
 * A foreign key or check constraint added without NOT VALID scans the table while holding its
 * lock (a foreign key also locks the referenced table against writes). Adding it NOT VALID is
 * instant; VALIDATE CONSTRAINT then scans under a lock that lets reads and writes go on, but
 * only when it runs in a later transaction than the add.
 */
const addConstraintWithoutNotValid = {
    id: 'add-constraint-without-not-valid',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD CONSTRAINT (foreign key, check) without NOT VALID, or validated in the same transaction, blocks writes during a full scan',
    fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration file',
    squawk: ['constraint-missing-not-valid', 'adding-foreign-key-constraint'],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
            const name = displayName(table);
            const constraint = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd) : undefined;
            // A named NOT NULL constraint (18+) scans like a check, and takes NOT VALID like one.
            if (constraint && SCANNED.has(constraint.contype ?? '') && !constraint.skip_validation) {
                const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'foreign key' : constraint.contype === 'CONSTR_NOTNULL' ? 'NOT NULL constraint' : 'check constraint';
                const also = constraint.contype === 'CONSTR_FOREIGN' && constraint.pktable?.relname ? ` and on ${constraint.pktable.relname}` : '';
                hits.push({ at: constraint.location, table, message: `adding the ${kind}${constraint.conname ? ` ${constraint.conname}` : ''} to ${name} without NOT VALID scans the whole table while blocking writes to it${also}` });
            }
            const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            for (const c of column ? columnConstraints(column) : []) {
                if (c.contype === 'CONSTR_FOREIGN') {
                    hits.push({
                        at: c.location,
                        table,
                        message: `ADD COLUMN ${column?.colname ?? '?'} ... REFERENCES adds a validated foreign key: it scans ${name} and blocks writes to both tables`,
                        fix: 'Add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration file',
                    });
                }
            }
            if (cmd.subtype === 'AT_ValidateConstraint' && ctx.transactional && ctx.addedNotValidInThisFile(table, cmd.name ?? '')) {
                hits.push({
                    at: ctx.locate.alterCommand(stmt.relation?.location, index),
                    table,
                    message: `VALIDATE CONSTRAINT ${cmd.name ?? '?'} runs in the same transaction that added it NOT VALID, so the add's lock is held during the whole scan`,
                    fix: VALIDATE_LATER,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/alter-domain-add-constraint.ts
/**
 * ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain,
 * holding a SHARE lock on each table (every write waits) for the whole scan. NOT VALID skips
 * the scan; VALIDATE CONSTRAINT in a later file then scans without blocking writes.
 */
const alterDomainAddConstraint = {
    id: 'alter-domain-add-constraint',
    severity: 'warning',
    lockHazard: false,
    summary: 'ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID scans every column of the domain under a SHARE lock (writes wait)',
    fix: 'ADD CONSTRAINT ... NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration file; or put a CHECK on the tables instead of the domain',
    squawk: ['ban-alter-domain-with-add-constraint'],
    check(node, ctx) {
        if (!('AlterDomainStmt' in node) || node.AlterDomainStmt.subtype !== 'C')
            return [];
        const def = node.AlterDomainStmt.def;
        const constraint = def && 'Constraint' in def ? def.Constraint : undefined;
        if (constraint?.skip_validation)
            return [];
        const names = (node.AlterDomainStmt.typeName ?? []).flatMap((n) => ('String' in n ? [n.String.sval] : []));
        return [{
                at: ctx.locate.keyword('ADD', 0),
                message: `adding a constraint to domain ${names.join('.')} checks every column of that type in every table, under a SHARE lock on each table (every write waits) until the scan ends`,
            }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/attach-partition-without-check.ts


/**
 * ATTACH PARTITION proves every row of the partition fits its bound by scanning it, holding
 * ACCESS EXCLUSIVE on the partition (and SHARE UPDATE EXCLUSIVE on the parent, 12+) the whole
 * time, unless a validated CHECK on the partition already implies the bound. Lint cannot prove
 * implication; a validated CHECK on the partition, added before the attach, counts as the
 * preparation (the server still decides, and says so at DEBUG1).
 */
const attachPartitionWithoutCheck = {
    id: 'attach-partition-without-check',
    severity: 'warning',
    lockHazard: true,
    summary: 'ATTACH PARTITION without a validated CHECK matching the bound scans the partition under ACCESS EXCLUSIVE',
    fix: 'Before attaching: ADD CONSTRAINT c CHECK (<the bound as an expression>) NOT VALID, VALIDATE CONSTRAINT c in a later file, then ATTACH (no scan) and DROP CONSTRAINT c',
    squawk: [],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
            if (cmd.subtype !== 'AT_AttachPartition' || !cmd.def || !('PartitionCmd' in cmd.def))
                continue;
            const partition = tableOf(cmd.def.PartitionCmd.name);
            if (!partition || ctx.isNewInFile(partition) || ctx.hasValidatedCheck(partition))
                continue;
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table: partition,
                message: `attaching ${displayName(partition)} to ${displayName(table)} scans every row of it to prove the bound, under an ACCESS EXCLUSIVE lock on it (no validated CHECK on it found)`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/alter-column-type.ts


/**
 * Changing a column's type rewrites the table (and its indexes) under ACCESS EXCLUSIVE, except
 * for binary-compatible changes such as varchar(n) to text: lint cannot tell those apart from
 * the statement alone, so it asks.
 */
const alterColumnType = {
    id: 'alter-column-type',
    severity: 'warning',
    lockHazard: true,
    summary: 'ALTER COLUMN ... TYPE rewrites the table and its indexes, blocking reads and writes',
    fix: 'Add a new column of the new type, backfill it in batches, switch the code to it, then drop the old column in a later release',
    squawk: ['changing-column-type'],
    check(node, ctx) {
        return alterTableCommands(node)
            .filter(({ cmd }) => cmd.subtype === 'AT_AlterColumnType')
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.keyword('TYPE', ctx.locate.alterCommand(stmt.relation?.location, index)),
            table,
            message: `changing the type of ${displayName(table)}.${cmd.name ?? '?'} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the change is binary-compatible, e.g. varchar(n) to text)`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/create-index-not-concurrently.ts

/** A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, every write waits. */
const createIndexNotConcurrently = {
    id: 'create-index-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table blocks its writes while the index builds',
    fix: 'Write CREATE INDEX CONCURRENTLY (IF NOT EXISTS) in a file of its own whose header has -- pg-promote:no-transaction',
    squawk: ['require-concurrent-index-creation'],
    check(node) {
        if (!('IndexStmt' in node) || node.IndexStmt.concurrent)
            return [];
        const table = tableOf(node.IndexStmt.relation);
        if (!table)
            return [];
        const kind = node.IndexStmt.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
        return [{ table, message: `${kind} on ${displayName(table)} without CONCURRENTLY blocks every write to the table until the index is built` }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/detach-partition-not-concurrently.ts


/**
 * A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the parent: every query on the whole
 * partitioned table waits, and waits behind any long query already on it. From PostgreSQL 14,
 * DETACH ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent. Before 14 there is
 * no alternative, so on an assumed 13 the rule is silent.
 */
const detachPartitionNotConcurrently = {
    id: 'detach-partition-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+) takes ACCESS EXCLUSIVE on the partitioned table',
    fix: 'Write ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY in a file of its own whose header has -- pg-promote:no-transaction',
    squawk: ['require-concurrent-partition-detach'],
    check(node, ctx) {
        if (ctx.postgresVersion < 14)
            return [];
        const hits = [];
        for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
            if (cmd.subtype !== 'AT_DetachPartition' || !cmd.def || !('PartitionCmd' in cmd.def))
                continue;
            const p = cmd.def.PartitionCmd;
            if (p.concurrent)
                continue;
            const partition = tableOf(p.name);
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table,
                message: `detaching ${partition ? displayName(partition) : 'a partition'} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${displayName(table)}: every query on the partitioned table waits`,
            });
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-column.ts


/** Destructive: the column's data is gone, and code still naming it breaks. */
const dropColumn = {
    id: 'drop-column',
    severity: 'error',
    lockHazard: false,
    summary: 'DROP COLUMN destroys data and breaks code still using the column',
    fix: 'Stop using the column in a released version first; then drop it with -- pg-promote-lint: allow drop-column reason: <why it is safe> above the statement',
    squawk: ['ban-drop-column'],
    check(node, ctx) {
        return alterTableCommands(node)
            .filter(({ cmd }) => cmd.subtype === 'AT_DropColumn')
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.alterCommand(stmt.relation?.location, index),
            table,
            message: `DROP COLUMN ${displayName(table)}.${cmd.name ?? '?'} deletes the column's data: destructive`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-database.ts
/**
 * DROP DATABASE cannot be undone by anything pg-promote does: its backup is of the target
 * database, and a migration runs in the target. In a transactional file PostgreSQL refuses it
 * anyway (needs-no-transaction); in a no-transaction file it runs.
 */
const dropDatabase = {
    id: 'drop-database',
    severity: 'error',
    lockHazard: false,
    summary: 'DROP DATABASE in a migration: every table, row and grant of that database is gone',
    fix: 'Drop databases by hand, outside migrations; if this is intended, say so with -- pg-promote-lint: allow drop-database reason: <why> above the statement',
    squawk: ['ban-drop-database'],
    check(node) {
        if (!('DropdbStmt' in node))
            return [];
        return [{ message: `DROP DATABASE ${node.DropdbStmt.dbname ?? '?'} deletes the whole database, irreversibly (pg-promote's backup covers only the target database)` }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-index-not-concurrently.ts
/** A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: reads wait too. */
const dropIndexNotConcurrently = {
    id: 'drop-index-not-concurrently',
    severity: 'warning',
    lockHazard: false,
    summary: 'DROP INDEX without CONCURRENTLY locks the table against reads and writes',
    fix: 'Write DROP INDEX CONCURRENTLY IF EXISTS in a file of its own whose header has -- pg-promote:no-transaction',
    squawk: ['require-concurrent-index-deletion'],
    check(node) {
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent)
            return [];
        return [{ message: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table, queueing reads and writes behind it' }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/drop-table.ts

/** Destructive: the data is gone, and code still reading the table breaks. */
const dropTable = {
    id: 'drop-table',
    severity: 'error',
    lockHazard: false,
    summary: 'DROP TABLE destroys data and breaks code still using the table',
    fix: 'Stop using the table in a released version first; then drop it with -- pg-promote-lint: allow drop-table reason: <why it is safe> above the statement',
    squawk: ['ban-drop-table'],
    check(node) {
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
            return [];
        const tables = (node.DropStmt.objects ?? []).flatMap((o) => tableOfNameList(o) ?? []);
        const first = tables[0];
        return [{ table: first, message: `DROP TABLE ${tables.map(displayName).join(', ')} deletes the table${tables.length > 1 ? 's' : ''} and every row: destructive` }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/file-rules.ts
/**
 * Rules about a file as a whole. They have no statement check: reading the folder
 * (discover.ts), the file (source.ts), the parser (run.ts) and the exception comments
 * (exceptions.ts) find them; they are listed here so every rule id has one home.
 */
const parseError = {
    id: 'parse-error',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a statement PostgreSQL\'s parser cannot parse (reported at the parser\'s position)',
    fix: 'Correct the SQL at the position shown; PostgreSQL would refuse the statement',
    squawk: ['syntax-error'],
};
const invalidFile = {
    id: 'invalid-file',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a migration file migrate would refuse: bad name, duplicate version, not UTF-8, NUL bytes, over 50 MiB, empty, unknown directive',
    fix: 'Save the file as UTF-8 text named NNN_description.sql with a version of its own, under 50 MiB',
    squawk: [],
};
const nonSqlFile = {
    id: 'non-sql-file',
    severity: 'warning',
    lockHazard: false,
    allowable: false,
    summary: 'a file in a migrations folder that is not .sql: migrate silently never runs it',
    fix: 'Rename it NNN_description.sql if it is a migration; otherwise move it out of the migrations folder',
    squawk: [],
};
const psqlMetaCommand = {
    id: 'psql-meta-command',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a psql meta-command (\\set, \\i, ...): pg-promote runs files without psql',
    fix: 'Remove it and write the SQL it stood for',
    squawk: [],
};
const missingDownFile = {
    id: 'missing-down-file',
    severity: 'warning',
    lockHazard: false,
    summary: 'a pending migration without a DOWN file of the same version',
    fix: 'Add the DOWN file (same version, in the phase\'s down folder); if the change cannot be undone, say so with -- pg-promote-lint: allow missing-down-file reason: <how to recover>',
    squawk: [],
};
const exceptionInvalid = {
    id: 'lint-exception-invalid',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a -- pg-promote-lint: comment that names no known rule, a rule that cannot be allowed, or gives no reason',
    fix: 'Write -- pg-promote-lint: allow <rule-id> reason: <why it is safe here>',
    squawk: [],
};
const exceptionUnused = {
    id: 'lint-exception-unused',
    severity: 'warning',
    lockHazard: false,
    allowable: false,
    summary: 'an exception that silences nothing (stale, or above the wrong statement)',
    fix: 'Remove the comment, or move it to the line above the statement it is about',
    squawk: [],
};
const largeFile = {
    id: 'large-file',
    severity: 'info',
    lockHazard: false,
    allowable: false,
    summary: 'a file over 1 MiB: its data statements (INSERT, UPDATE, COPY, ...) are not parsed, only counted',
    fix: 'Nothing to do if the data statements ran on staging; splitting seed data into its own files keeps schema changes reviewable',
    squawk: [],
};

// EXTERNAL MODULE: ./src/sql/no-transaction.ts
var no_transaction = __webpack_require__(6632);
;// CONCATENATED MODULE: ./src/lint/rules/needs-no-transaction.ts

const CANDIDATES = new Set([
    'IndexStmt', 'DropStmt', 'ReindexStmt', 'VacuumStmt', 'ClusterStmt', 'AlterTableStmt', 'CreatedbStmt', 'DropdbStmt',
    'AlterDatabaseStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterSystemStmt', 'DiscardStmt', 'CreateSubscriptionStmt',
]);
/**
 * PostgreSQL refuses some statements inside a transaction block (25001). The list is migrate's
 * own (src/sql/no-transaction.ts): what lint reports here is exactly what migrate refuses.
 */
const needsNoTransaction = {
    id: 'needs-no-transaction',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a statement PostgreSQL refuses inside a transaction block (CONCURRENTLY, REINDEX SCHEMA/DATABASE, VACUUM, CREATE/DROP DATABASE, ...) in a file that runs in one',
    fix: 'Move the statement to a file of its own whose header has -- pg-promote:no-transaction, and make it re-runnable (IF NOT EXISTS / IF EXISTS)',
    squawk: ['ban-concurrent-index-creation-in-transaction'],
    check(node, ctx) {
        // Only these statement kinds are on the list; the list itself decides among them.
        if (!ctx.transactional || !CANDIDATES.has(Object.keys(node)[0] ?? ''))
            return [];
        const refused = (0,no_transaction/* noTransactionStatement */.FT)(ctx.text);
        if (!refused)
            return [];
        const concurrently = refused.name.includes('CONCURRENTLY');
        return [{
                at: concurrently ? ctx.locate.keyword('CONCURRENTLY', 0) : undefined,
                message: `${refused.name} cannot run inside a transaction block (PostgreSQL refuses it with 25001), and this file runs in one: migrate refuses the file`,
            }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/newer-than-target.ts

/**
 * Syntax (or a setting) the assumed PostgreSQL version does not have: the server would refuse
 * the statement (42601, or 42704 for a setting) although PostgreSQL's newest parser, which lint
 * uses, accepts it.
 */
const newerThanTarget = {
    id: 'newer-than-target',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'syntax or settings newer than the PostgreSQL version the verdicts assume (MERGE, NULLS NOT DISTINCT, DETACH CONCURRENTLY, named NOT NULL, VIRTUAL columns, client_connection_check_interval, transaction_timeout)',
    fix: 'Write it the way the target\'s version allows; if the target is newer than lint assumed, set lint.postgres_version in the config (or lint with --database-url)',
    squawk: [],
    check(node, ctx) {
        const hits = [];
        for (const { feature, since, at } of features(node)) {
            if (ctx.postgresVersion < since)
                hits.push({ at, message: `${feature} needs PostgreSQL ${since}; the verdicts assume PostgreSQL ${ctx.postgresVersion}, which refuses the statement` });
        }
        return hits;
    },
};
/** Settings a migration may SET that older servers do not know (42704 there). */
const SETTINGS_SINCE = {
    client_connection_check_interval: 14,
    idle_session_timeout: 14,
    transaction_timeout: 17,
};
function features(node) {
    const found = [];
    if ('MergeStmt' in node)
        found.push({ feature: 'MERGE', since: 15 });
    if ('VariableSetStmt' in node) {
        const name = (node.VariableSetStmt.name ?? '').toLowerCase();
        const since = SETTINGS_SINCE[name];
        if (since !== undefined)
            found.push({ feature: `the setting ${name}`, since });
    }
    if ('IndexStmt' in node && node.IndexStmt.nulls_not_distinct)
        found.push({ feature: 'NULLS NOT DISTINCT', since: 15 });
    for (const { cmd } of alterTableCommands(node)) {
        if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent)
            found.push({ feature: 'DETACH PARTITION ... CONCURRENTLY', since: 14 });
        const added = cmd.subtype === 'AT_AddConstraint' ? [constraintOf(cmd)] : cmd.subtype === 'AT_AddColumn' ? columnConstraints(columnDefOf(cmd) ?? {}) : [];
        for (const c of added) {
            if (!c)
                continue;
            if (cmd.subtype === 'AT_AddConstraint' && c.contype === 'CONSTR_NOTNULL')
                found.push({ feature: 'ADD CONSTRAINT ... NOT NULL (a named NOT NULL constraint)', since: 18, at: c.location });
            if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 'v')
                found.push({ feature: 'a VIRTUAL generated column', since: 18, at: c.location });
            if ((c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY') && c.nulls_not_distinct)
                found.push({ feature: 'NULLS NOT DISTINCT', since: 15, at: c.location });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/lint/rules/prefer-robust-stmts.ts

/**
 * A no-transaction file commits statement by statement: when one fails, the ones before it
 * stay done, and the file is run again from the top once the cause is fixed. A statement that
 * fails when its object already exists (or is already gone) makes that re-run fail too; and a
 * failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind under its name.
 */
const preferRobustStmts = {
    id: 'prefer-robust-stmts',
    severity: 'warning',
    lockHazard: false,
    summary: 'in a -- pg-promote:no-transaction file, a statement that fails when re-run after a partial failure (no IF NOT EXISTS / IF EXISTS)',
    fix: 'Write CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS; for CREATE INDEX CONCURRENTLY also DROP INDEX CONCURRENTLY IF EXISTS first when an earlier attempt may have left it INVALID',
    squawk: ['prefer-robust-stmts'],
    check(node, ctx) {
        if (ctx.transactional)
            return [];
        const hits = [];
        const hit = (what, fix) => hits.push({ message: `${what} fails when the file is run again after a partial failure: this file commits statement by statement`, fix });
        if ('IndexStmt' in node && !node.IndexStmt.if_not_exists) {
            hit(`CREATE INDEX${node.IndexStmt.concurrent ? ' CONCURRENTLY' : ''} ${node.IndexStmt.idxname ?? '(unnamed)'} without IF NOT EXISTS`, 'Name the index and write CREATE INDEX CONCURRENTLY IF NOT EXISTS name ...');
        }
        if ('DropStmt' in node && !node.DropStmt.missing_ok && DROPPABLE.has(node.DropStmt.removeType ?? '')) {
            hit(`DROP ${(node.DropStmt.removeType ?? '').replace('OBJECT_', '')} without IF EXISTS`, 'Write DROP ... IF EXISTS');
        }
        if ('CreateStmt' in node && !node.CreateStmt.if_not_exists)
            hit('CREATE TABLE without IF NOT EXISTS', 'Write CREATE TABLE IF NOT EXISTS');
        for (const { cmd } of alterTableCommands(node)) {
            if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok)
                hit(`ADD COLUMN ${columnDefOf(cmd)?.colname ?? ''} without IF NOT EXISTS`, 'Write ADD COLUMN IF NOT EXISTS');
            if (cmd.subtype === 'AT_DropColumn' && !cmd.missing_ok)
                hit(`DROP COLUMN ${cmd.name ?? ''} without IF EXISTS`, 'Write DROP COLUMN IF EXISTS');
            if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) {
                // Interrupted, it leaves the partition "detach pending"; run again, it fails on that.
                hits.push({
                    message: 'DETACH PARTITION ... CONCURRENTLY that is interrupted leaves the partition pending detach, and running the file again fails on it',
                    fix: 'After an interrupted run, finish it with ALTER TABLE ... DETACH PARTITION ... FINALIZE before running the file again (or write that FINALIZE in the file that follows)',
                });
            }
        }
        return hits;
    },
};
const DROPPABLE = new Set(['OBJECT_INDEX', 'OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_SEQUENCE', 'OBJECT_TYPE']);

;// CONCATENATED MODULE: ./src/lint/rules/reindex-not-concurrently.ts

const SCOPE = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/**
 * A plain REINDEX rebuilds under ACCESS EXCLUSIVE on each index (every query that would use it
 * waits) and SHARE on its table (every write waits), for as long as the build takes.
 * REINDEX CONCURRENTLY (12+) builds a new index beside the old one and swaps them.
 */
const reindexNotConcurrently = {
    id: 'reindex-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'REINDEX without CONCURRENTLY: ACCESS EXCLUSIVE on the index and SHARE on its table (writes wait) for the whole rebuild',
    fix: 'Write REINDEX ... CONCURRENTLY in a file of its own whose header has -- pg-promote:no-transaction',
    squawk: ['require-concurrent-reindex'],
    check(node) {
        if (!('ReindexStmt' in node))
            return [];
        const s = node.ReindexStmt;
        const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently' && !isOff(p.DefElem.arg));
        if (concurrently)
            return [];
        const scope = SCOPE[s.kind ?? ''] ?? 'INDEX';
        const named = tableOf(s.relation);
        const what = named ? `${scope} ${displayName(named)}` : `${scope}${s.name ? ` ${s.name}` : ''}`;
        const locks = scope === 'INDEX'
            ? 'ACCESS EXCLUSIVE on the index (every query that would use it waits) and SHARE on its table (every write waits)'
            : 'SHARE on each table (every write waits) and ACCESS EXCLUSIVE on each of its indexes (every query that would use one waits)';
        return [{
                table: scope === 'TABLE' ? named : undefined,
                message: `REINDEX ${what} without CONCURRENTLY holds ${locks} until the rebuild ends`,
            }];
    },
};
function isOff(arg) {
    const text = JSON.stringify(arg ?? null).toLowerCase();
    return /"(false|off)"|"ival":0\b|"boolval":\{\}/.test(text);
}

;// CONCATENATED MODULE: ./src/lint/rules/rename-column.ts

/** The running release still reads and writes the old column name. */
const renameColumn = {
    id: 'rename-column',
    severity: 'warning',
    lockHazard: false,
    summary: 'RENAME COLUMN breaks the code that is running while the migration deploys',
    fix: 'Add the new column, write both and backfill, move the reads, then drop the old column in a later release',
    squawk: ['renaming-column'],
    check(node, ctx) {
        if (!('RenameStmt' in node))
            return [];
        const s = node.RenameStmt;
        if (s.renameType !== 'OBJECT_COLUMN' || (s.relationType !== 'OBJECT_TABLE' && s.relationType !== 'OBJECT_FOREIGN_TABLE'))
            return [];
        const table = tableOf(s.relation);
        return [{
                at: ctx.locate.keyword('RENAME', s.relation?.location ?? 0),
                table,
                message: `renaming ${table ? displayName(table) : '?'}.${s.subname ?? '?'} to ${s.newname ?? '?'} breaks every running query that names the column`,
            }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rename-table.ts

/** The running release still uses the old name until the new one is deployed. */
const renameTable = {
    id: 'rename-table',
    severity: 'warning',
    lockHazard: false,
    summary: 'RENAME of a table breaks the code that is running while the migration deploys',
    fix: 'Create the new name as a view (or new table kept in sync), move the code to it, and drop the old name in a later release',
    squawk: ['renaming-table'],
    check(node, ctx) {
        if (!('RenameStmt' in node) || node.RenameStmt.renameType !== 'OBJECT_TABLE')
            return [];
        const table = tableOf(node.RenameStmt.relation);
        return [{
                at: ctx.locate.keyword('RENAME', node.RenameStmt.relation?.location ?? 0),
                table,
                message: `renaming ${table ? displayName(table) : 'the table'} to ${node.RenameStmt.newname ?? '?'} breaks every running query that names it`,
            }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/set-not-null-without-check.ts


/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE to prove there is no NULL, unless
 * (PostgreSQL 12+) a validated CHECK (column IS NOT NULL) already proves it. The runner also
 * drops this finding when the target database has such a check, or the column is NOT NULL.
 */
const setNotNullWithoutCheck = {
    id: 'set-not-null-without-check',
    severity: 'warning',
    lockHazard: true,
    summary: 'SET NOT NULL without a validated CHECK (column IS NOT NULL) scans the table under an ACCESS EXCLUSIVE lock',
    fix: 'First ADD CONSTRAINT c CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c in a later file, then SET NOT NULL (no scan) and DROP CONSTRAINT c',
    squawk: ['adding-not-nullable-field'],
    check(node, ctx) {
        return alterTableCommands(node)
            .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && !ctx.hasValidatedNotNullCheck(table, cmd.name ?? ''))
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.keyword('SET', ctx.locate.alterCommand(stmt.relation?.location, index)),
            table,
            notNullColumn: cmd.name,
            // PostgreSQL 18 takes NOT VALID on a NOT NULL constraint itself: one constraint, no CHECK dance.
            fix: ctx.postgresVersion >= 18 ? `ADD CONSTRAINT ${cmd.name ?? 'col'}_not_null NOT NULL ${cmd.name ?? 'col'} NOT VALID, then VALIDATE CONSTRAINT in a later file (PostgreSQL 18; or the CHECK (col IS NOT NULL) NOT VALID sequence)` : undefined,
            message: `SET NOT NULL on ${displayName(table)}.${cmd.name ?? '?'} scans every row under an ACCESS EXCLUSIVE lock (no validated CHECK (${cmd.name ?? '?'} IS NOT NULL) found)`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transaction-control.ts
const REFUSED = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED']);
/** pg-promote owns each file's transaction; migrate refuses files that try to manage their own. */
const transactionControl = {
    id: 'transaction-control',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'BEGIN, COMMIT or ROLLBACK in a migration file (pg-promote runs each file in its own transaction)',
    fix: 'Remove it; for statements that must run outside a transaction, put -- pg-promote:no-transaction in the file header',
    squawk: ['transaction-nesting'],
    check(node) {
        if (!('TransactionStmt' in node) || !REFUSED.has(node.TransactionStmt.kind ?? ''))
            return [];
        return [{ message: `${(node.TransactionStmt.kind ?? '').replace('TRANS_STMT_', '').replace('_', ' ')} in a migration file: migrate refuses it` }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/truncate.ts

/** Destructive: every row goes (with CASCADE, every row of every referencing table too). */
const truncate = {
    id: 'truncate',
    severity: 'error',
    lockHazard: false,
    summary: 'TRUNCATE deletes every row (CASCADE: of referencing tables too)',
    fix: 'Delete the rows you mean with DELETE ... WHERE; if emptying the table is intended, say so with -- pg-promote-lint: allow truncate reason: <why> above the statement',
    squawk: ['ban-truncate-cascade'],
    check(node, ctx) {
        if (!('TruncateStmt' in node))
            return [];
        const tables = (node.TruncateStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? (tableOf(r.RangeVar) ?? []) : []));
        const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
        return [{
                at: cascade ? ctx.locate.keyword('CASCADE', 0) : undefined,
                table: tables[0],
                message: `TRUNCATE ${tables.map(displayName).join(', ')} deletes every row${cascade ? ', and CASCADE empties every table that references them' : ''}: destructive`,
            }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/unique-constraint-without-index.ts


/**
 * ADD UNIQUE / ADD PRIMARY KEY builds its index under ACCESS EXCLUSIVE: no reads, no writes
 * until it is done. Built CONCURRENTLY first, the index becomes the constraint instantly.
 */
const uniqueConstraintWithoutIndex = {
    id: 'unique-constraint-without-index',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD UNIQUE or PRIMARY KEY without USING INDEX builds the index while blocking reads and writes',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY in a -- pg-promote:no-transaction file, then ALTER TABLE ... ADD CONSTRAINT name UNIQUE (or PRIMARY KEY) USING INDEX index_name',
    squawk: ['disallowed-unique-constraint', 'adding-serial-primary-key-field', 'constraint-missing-not-valid'],
    check(node) {
        const hits = [];
        for (const { table, cmd } of alterTableCommands(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            const added = cmd.subtype === 'AT_AddConstraint' ? [constraintOf(cmd)] : column ? columnConstraints(column) : [];
            for (const c of added) {
                if (!c || (c.contype !== 'CONSTR_UNIQUE' && c.contype !== 'CONSTR_PRIMARY') || c.indexname)
                    continue;
                const kind = c.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY';
                hits.push({ at: c.location, table, message: `adding ${kind}${c.conname ? ` ${c.conname}` : ''} to ${displayName(table)} builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes` });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/vacuum-full-or-cluster.ts

/**
 * VACUUM FULL and CLUSTER write a new copy of the table and its indexes under ACCESS
 * EXCLUSIVE: no reads, no writes until the copy is done, and twice the table's disk meanwhile.
 */
const vacuumFullOrCluster = {
    id: 'vacuum-full-or-cluster',
    severity: 'warning',
    lockHazard: true,
    summary: 'VACUUM FULL or CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock (no reads, no writes)',
    fix: 'Use pg_repack or pg_squeeze to rewrite online, or plain VACUUM (no rewrite, no blocking lock) if the goal is reclaiming dead rows for reuse',
    squawk: [],
    check(node, ctx) {
        if ('VacuumStmt' in node) {
            const s = node.VacuumStmt;
            const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full' && !/false|off|"ival":0\b/i.test(JSON.stringify(o.DefElem.arg ?? null)));
            if (!s.is_vacuumcmd || !full)
                return [];
            const tables = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r ? (tableOf(r.VacuumRelation.relation) ?? []) : []));
            const what = tables.length > 0 ? tables.map(displayName).join(', ') : 'every table of the database';
            return [{
                    at: ctx.locate.keyword('FULL', 0),
                    table: tables[0],
                    message: `VACUUM FULL of ${what} rewrites it under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
                }];
        }
        if ('ClusterStmt' in node) {
            const table = tableOf(node.ClusterStmt.relation);
            return [{
                    table,
                    message: `CLUSTER ${table ? displayName(table) : '(every clustered table)'} rewrites it in index order under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
                }];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/index.ts
























/** Every rule, in the order the README lists them. A new rule is one file, added here. */
const RULES = [
    createIndexNotConcurrently,
    needsNoTransaction,
    dropIndexNotConcurrently,
    reindexNotConcurrently,
    vacuumFullOrCluster,
    addColumnRewrite,
    addColumnRequired,
    setNotNullWithoutCheck,
    addConstraintWithoutNotValid,
    attachPartitionWithoutCheck,
    detachPartitionNotConcurrently,
    alterDomainAddConstraint,
    uniqueConstraintWithoutIndex,
    alterColumnType,
    dropTable,
    dropColumn,
    dropDatabase,
    truncate,
    renameTable,
    renameColumn,
    transactionControl,
    preferRobustStmts,
    newerThanTarget,
    missingDownFile,
    parseError,
    invalidFile,
    psqlMetaCommand,
    nonSqlFile,
    largeFile,
    exceptionInvalid,
    exceptionUnused,
];
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
/** The rules that look at statements; the others are raised by reading files and folders. */
const STATEMENT_RULES = RULES.filter((r) => r.check !== undefined);
function ruleById(id) {
    const rule = RULE_BY_ID.get(id);
    if (!rule)
        throw new Error(`unknown lint rule ${id}`);
    return rule;
}

;// CONCATENATED MODULE: ./src/lint/exceptions.ts


const COMMENT = /--[ \t]*pg-promote-lint[ \t]*:([^\r\n]*)/g;
const BODY = /^\s*(allow-file|allow)\s+(.*?)\s+reason\s*:\s*(.*?)\s*$/i;
function readExceptions(content, statements) {
    const exceptions = [];
    const problems = [];
    if (!content.includes('pg-promote-lint'))
        return { exceptions, problems };
    const locator = new position/* LineLocator */.TY(content);
    for (const match of content.matchAll(COMMENT)) {
        const at = match.index ?? 0;
        const { line, column } = locator.locate(at);
        const body = BODY.exec(match[1] ?? '');
        if (!body) {
            problems.push({ line, column, message: `cannot read this exception: write -- pg-promote-lint: allow <rule-id> reason: <why>` });
            continue;
        }
        const rules = (body[2] ?? '').split(/[\s,]+/).filter(Boolean);
        const reason = body[3] ?? '';
        const bad = rules.filter((r) => RULE_BY_ID.get(r)?.allowable === false || !RULE_BY_ID.has(r));
        if (bad.length > 0) {
            const unknown = bad.filter((r) => !RULE_BY_ID.has(r));
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
    const names = [...new Set(tables.map(displayName))];
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
    const findings = [];
    const exceptions = [];
    for (const file of input.files) {
        const kept = [];
        for (const d of file.drafts) {
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
            for (const rule of e.rules.filter((r) => !e.used.has(r))) {
                const u = ruleById('lint-exception-unused');
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
    return report;
}
function resolveWithDatabase(d, facts, largeTableBytes) {
    const rule = ruleById(d.finding.rule);
    const known = d.table ? facts.get(displayName(d.table)) : undefined;
    if (!d.table || !known)
        return d.finding;
    if (!known.present) {
        // Not in the target yet but made by a pending file: empty when this runs, nobody waits on it.
        return rule.lockHazard && d.createdInPhase ? undefined : d.finding;
    }
    if (d.notNullColumn !== undefined && known.provenNotNull.has(d.notNullColumn))
        return undefined;
    const finding = { ...d.finding, table: { name: displayName(d.table), bytes: known.bytes, rows: known.rows } };
    const rows = known.rows < 0 ? 'rows not yet estimated' : `~${Math.round(known.rows).toLocaleString('en-US')} rows`;
    finding.message += ` [${finding.table?.name}: ${(0,bytes/* formatBytes */.z)(known.bytes)}, ${rows}]`;
    if (rule.lockHazard && known.bytes >= largeTableBytes && finding.severity !== 'error') {
        finding.severity = 'error';
        finding.raised = true;
        finding.message += ` — above the ${(0,bytes/* formatBytes */.z)(largeTableBytes)} large-table threshold`;
    }
    return finding;
}

// EXTERNAL MODULE: ./src/lint/parser.ts
var parser = __webpack_require__(4554);
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
    createdInPhase = new TableSet();
    createdInFile = new TableSet();
    notValidInFile = [];
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
        this.createdInFile = new TableSet();
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
    /** Called after the rules have seen the statement: its effects apply from the next one on. */
    observe(node) {
        const created = 'CreateStmt' in node ? tableOf(node.CreateStmt.relation) : 'CreateTableAsStmt' in node ? tableOf(node.CreateTableAsStmt.into?.rel) : undefined;
        if (created) {
            this.createdInFile.add(created);
            this.createdInPhase.add(created);
            for (const elt of 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : []) {
                if ('Constraint' in elt && elt.Constraint.contype === 'CONSTR_CHECK') {
                    this.addCheck({ table: created, name: elt.Constraint.conname, notNullColumn: notNullCheckColumn(elt.Constraint), validated: true });
                }
            }
        }
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
            for (const object of node.DropStmt.objects ?? []) {
                const table = tableOfNameList(object);
                if (table) {
                    this.createdInFile.delete(table);
                    this.createdInPhase.delete(table);
                }
            }
        }
        if ('RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE' && node.RenameStmt.newname) {
            this.renameTable(tableOf(node.RenameStmt.relation), node.RenameStmt.newname);
        }
        for (const { table, cmd } of alterTableCommands(node)) {
            const constraint = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd) : undefined;
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
        this.addCheck({ table, name: constraint.conname, notNullColumn: notNullCheckColumn(constraint), validated: !constraint.skip_validation });
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/migrate/directives.ts
var directives = __webpack_require__(4127);
// EXTERNAL MODULE: ./src/migrate/sql-file.ts + 1 modules
var sql_file = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/sql/statements.ts
var statements = __webpack_require__(5528);
;// CONCATENATED MODULE: ./src/lint/source.ts





function readLintSource(phase, path, version) {
    const unreadable = (message, line = 1) => ({
        problems: [{ rule: 'invalid-file', message, line, column: 1 }],
        skipped: message,
    });
    let bytes;
    try {
        bytes = readBounded(path.abs);
    }
    catch (err) {
        if (err instanceof TooLarge) {
            return unreadable(`file is ${(err.size / 1024 / 1024).toFixed(1)} MiB; pg-promote refuses files over ${sql_file/* MAX_SQL_FILE_BYTES */.b / 1024 / 1024} MiB`);
        }
        return unreadable(`cannot read file: ${err.message}`);
    }
    const decoded = decode(bytes);
    if (typeof decoded !== 'string')
        return unreadable(decoded.message, decoded.line);
    const content = decoded.replace(/^\uFEFF/, '');
    const split = (0,statements/* splitStatements */.X)(content);
    const problems = split.metaCommands.map((meta) => ({
        rule: 'psql-meta-command',
        message: `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql`,
        line: meta.line,
        column: meta.column,
    }));
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        problems.push({ rule: 'parse-error', message: `unterminated ${kind} starting here`, line, column });
    }
    if (split.statements.length === 0 && problems.length === 0) {
        return unreadable('file has no SQL statements');
    }
    let transactional = true;
    const first = split.statements[0];
    try {
        transactional = (0,directives/* parseDirectives */.M)(content.slice(0, first ? first.start : content.length), path.rel).transactional;
    }
    catch (err) {
        const e = err;
        problems.push({ rule: 'invalid-file', message: e.message, line: e.context?.line ?? 1, column: 1 });
    }
    return { source: { phase, path, version, content, statements: split.statements, transactional }, problems };
}
class TooLarge extends Error {
    size;
    constructor(size) {
        super('too large');
        this.size = size;
    }
}
/** One open, one fstat, one read: the size is checked before a 50 MB file is held in memory. */
function readBounded(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > sql_file/* MAX_SQL_FILE_BYTES */.b)
            throw new TooLarge(size);
        const bytes = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, null);
            if (n === 0)
                break;
            read += n;
        }
        return bytes.subarray(0, read);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text, or why not (with the line of the first bad byte where that helps). */
function decode(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', line: 1 };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const before = bytes.subarray(0, nul).toString('utf8');
        return { message: 'file contains a NUL byte: not a SQL text file (UTF-16 or binary?); save it as UTF-8 text', line: (0,position/* lineColumnAt */.IX)(before, before.length).line };
    }
    try {
        return UTF8.decode(bytes);
    }
    catch {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        return { message: 'file is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8', line };
    }
}

;// CONCATENATED MODULE: ./src/lint/locate.ts

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
        this.tokenCache ??= (0,parser/* scanTokens */.we)(this.text)
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

;// CONCATENATED MODULE: ./src/lint/parse-file.ts

/**
 * Above this size a file is mostly data (a seed or a backfill of many INSERTs): parsing a
 * million INSERTs takes a minute and no rule looks at them, so only the other statements are
 * parsed, and the report says so.
 */
const FULL_PARSE_CHARS = 1024 * 1024;
const DATA_STATEMENTS = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'VALUES', 'COPY', 'COMMENT', 'GRANT', 'REVOKE']);
const parse_file_ASCII = /^[\x00-\x7f]*$/;
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
    if (parse_file_ASCII.test(content))
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
function lintStatements(source, state, postgresVersion) {
    const drafts = [];
    const { parses, unparsed } = parseFile(source.content, source.statements);
    state.startFile();
    source.statements.forEach((statement, index) => {
        const parsed = parses[index];
        if (!parsed || parsed.kind === 'skipped')
            return;
        if (parsed.kind === 'failed') {
            // "at end of input" points just past the text: where its semicolon (if any) stands.
            const { line, column } = positionIn(statement, (0,position/* utf16OffsetOfCodePoint */.us)(statement.text, parsed.codePoint));
            drafts.push({ ...draft('parse-error', source.phase, source.path.rel, line, column, `PostgreSQL's parser: ${parsed.message}`), statement: index });
            return;
        }
        const locate = new StatementLocator(statement.text, parsed.base);
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
            for (const rule of STATEMENT_RULES) {
                for (const hit of rule.check?.(node, ctx) ?? []) {
                    // Nobody can be waiting on a table this file created: its lock hazards are moot.
                    if (rule.lockHazard && hit.table && state.isNewInFile(hit.table))
                        continue;
                    const { line, column } = positionIn(statement, locate.toUtf16(hit.at ?? parsed.base));
                    drafts.push({
                        ...draft(rule.id, source.phase, source.path.rel, line, column, hit.message, hit.fix),
                        statement: index,
                        table: hit.table,
                        notNullColumn: hit.notNullColumn,
                        createdInPhase: hit.table ? state.createdInPhase.has(hit.table) : false,
                    });
                }
            }
            state.observe(node);
        }
    });
    if (unparsed > 0) {
        const size = `${(source.content.length / 1024 / 1024).toFixed(1)} MiB`;
        drafts.push(draft('large-file', source.phase, source.path.rel, 1, 1, `file is ${size}: its ${unparsed.toLocaleString('en-US')} data statements (INSERT, UPDATE, COPY, ...) were not parsed, so their syntax is unchecked; every other statement was linted`));
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
    const known = ruleById(rule);
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
    for (const phase of options.phases) {
        const listing = listPhase(options.root, phase);
        for (const problem of listing.problems) {
            files.push({ phase: phase.name, file: problem.file, exceptions: [], drafts: [draft(problem.rule, phase.name, problem.file, 1, 1, problem.message)] });
            skipped.push({ file: problem.file, reason: problem.message });
        }
        const state = new PhaseState(targetChecks);
        const done = applied?.get(phase.name);
        for (const file of listing.files) {
            if (done?.has(file.version.text))
                continue;
            const read = readLintSource(phase.name, file.path, file.version);
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
            const { exceptions, problems } = readExceptions(read.source.content, read.source.statements);
            for (const p of problems)
                drafts.push(draft('lint-exception-invalid', phase.name, file.path.rel, p.line, p.column, p.message));
            drafts.push(...lintStatements(read.source, state, version.major));
            files.push({ phase: phase.name, file: file.path.rel, exceptions, drafts });
        }
    }
    return finishReport({ files, skipped, filesLinted, started, database: db, version });
}


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ largeTableBytes)
/* harmony export */ });
/* unused harmony exports LARGE_TABLE_ENV, DEFAULT_LARGE_TABLE_BYTES, parseSize */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * From what size a lock or rewrite hazard is an error rather than a warning, when lint can see
 * the target database. At 100 MB an index build or a rewrite already holds its lock for
 * seconds, which a hot table's p95 notices. Set PG_PROMOTE_LINT_LARGE_TABLE (e.g. 10MB, 2GB)
 * to change it.
 */
const LARGE_TABLE_ENV = 'PG_PROMOTE_LINT_LARGE_TABLE';
const DEFAULT_LARGE_TABLE_BYTES = 100 * 1024 * 1024;
const UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
/** PostgreSQL's spelling of sizes (kB, MB, GB, TB are powers of 1024), or plain bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = (m[2] ?? 'b').toLowerCase().replace('ib', 'b');
    return Math.round(Number(m[1]) * (UNITS[unit] ?? 1));
}
function largeTableBytes(env = process.env) {
    const raw = env[LARGE_TABLE_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_LARGE_TABLE_BYTES;
    const bytes = parseSize(raw);
    if (bytes === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`${LARGE_TABLE_ENV} must be a size such as 500MB or 2GB, not '${raw}'`, { key: LARGE_TABLE_ENV });
    return bytes;
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
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .PromoteError */ .jG('internal', `PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)}`);
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
        const lib = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await lib.loadModule();
        return lib;
    }
    finally {
        if (provided)
            delete g.__dirname;
    }
}


/***/ })

};
