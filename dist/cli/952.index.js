export const id = 952;
export const ids = [952];
export const modules = {

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ typeNameOf),
/* harmony export */   Bb: () => (/* binding */ alterTableCommands),
/* harmony export */   LS: () => (/* binding */ notNullCheckColumn),
/* harmony export */   lF: () => (/* binding */ columnDefOf),
/* harmony export */   vY: () => (/* binding */ constraintOf),
/* harmony export */   zD: () => (/* binding */ columnConstraints)
/* harmony export */ });
/* unused harmony export firstLocation */
/* harmony import */ var _tables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4120);

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
    const table = (0,_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .tableOf */ .c_)(stmt.relation);
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


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bh: () => (/* binding */ RULE_BY_ID),
  Iu: () => (/* binding */ RULE_IDS),
  _7: () => (/* binding */ STATEMENT_RULES),
  BD: () => (/* binding */ ruleById)
});

// UNUSED EXPORTS: RULES

// EXTERNAL MODULE: ./src/lint/ast.ts
var ast = __webpack_require__(4001);
;// CONCATENATED MODULE: ./src/lint/rule.ts
/** A rule as its file declares it; the id stays a literal type, which RuleId is made of. */
function defineRule(rule) {
    return rule;
}

// EXTERNAL MODULE: ./src/lint/tables.ts
var lint_tables = __webpack_require__(4120);
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
const addColumnRewrite = defineRule({
    id: 'add-column-rewrite',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD COLUMN with a volatile default, serial/identity, or GENERATED ... STORED rewrites the whole table',
    fix: 'Add the column with no default (or a constant one), backfill it in batches in later migrations, then SET DEFAULT; for a generated value, fill a plain column from the application or a trigger',
    squawk: ['adding-field-with-default'],
    check(node) {
        const hits = [];
        for (const { table, cmd } of (0,ast/* alterTableCommands */.Bb)(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            if (!column)
                continue;
            const name = `${(0,lint_tables/* displayName */.QC)(table)}.${column.colname ?? '?'}`;
            const rewrite = (at, why) => hits.push({ at: at ?? column.location, table, message: `adding ${name} ${why}: PostgreSQL rewrites every row under an ACCESS EXCLUSIVE lock` });
            if (isSerialType((0,ast/* typeNameOf */.BR)(column)))
                rewrite(column.typeName?.location, `as ${(0,ast/* typeNameOf */.BR)(column)} (a nextval() default per row)`);
            for (const c of (0,ast/* columnConstraints */.zD)(column)) {
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
});

;// CONCATENATED MODULE: ./src/lint/rules/add-column-required.ts




/**
 * ADD COLUMN ... NOT NULL with no default gives every existing row a NULL in a column that
 * forbids it: PostgreSQL refuses the statement (23502) on any table that has a row, so the
 * migration fails on production though it passed on an empty staging table.
 */
const addColumnRequired = defineRule({
    id: 'add-column-required',
    severity: 'warning',
    lockHazard: false,
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on any table that has a row',
    fix: 'Give the column a constant DEFAULT (no rewrite since PostgreSQL 11); or add it nullable, backfill it, then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL in later files',
    squawk: ['adding-required-field'],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of (0,ast/* alterTableCommands */.Bb)(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            if (!column || ctx.isNewInFile(table) || isSerialType((0,ast/* typeNameOf */.BR)(column)))
                continue;
            const constraints = (0,ast/* columnConstraints */.zD)(column);
            const notNull = constraints.find((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
            // A default that is NULL fills nothing; identity and generated columns fill themselves.
            const fills = constraints.some((c) => (c.contype === 'CONSTR_DEFAULT' && !(c.raw_expr && 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
            if (!notNull || fills)
                continue;
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table,
                message: `adding ${(0,lint_tables/* displayName */.QC)(table)}.${column.colname ?? '?'} NOT NULL without a default fails (23502) if the table has any row, as production's does`,
            });
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/add-constraint-without-not-valid.ts



const SCANNED = new Set(['CONSTR_FOREIGN', 'CONSTR_CHECK', 'CONSTR_NOTNULL']);
const VALIDATE_LATER = 'Move VALIDATE CONSTRAINT to a later migration file, so the NOT VALID add commits first and releases its lock';
/**
 * A foreign key or check constraint added without NOT VALID scans the table while holding its
 * lock (a foreign key also locks the referenced table against writes). Adding it NOT VALID is
 * instant; VALIDATE CONSTRAINT then scans under a lock that lets reads and writes go on, but
 * only when it runs in a later transaction than the add.
 */
const addConstraintWithoutNotValid = defineRule({
    id: 'add-constraint-without-not-valid',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD CONSTRAINT (foreign key, check) without NOT VALID, or validated in the same transaction, blocks writes during a full scan',
    fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration file',
    squawk: ['constraint-missing-not-valid', 'adding-foreign-key-constraint'],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of (0,ast/* alterTableCommands */.Bb)(node)) {
            const name = (0,lint_tables/* displayName */.QC)(table);
            const constraint = cmd.subtype === 'AT_AddConstraint' ? (0,ast/* constraintOf */.vY)(cmd) : undefined;
            // A named NOT NULL constraint (18+) scans like a check, and takes NOT VALID like one.
            if (constraint && SCANNED.has(constraint.contype ?? '') && !constraint.skip_validation) {
                const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'foreign key' : constraint.contype === 'CONSTR_NOTNULL' ? 'NOT NULL constraint' : 'check constraint';
                const also = constraint.contype === 'CONSTR_FOREIGN' && constraint.pktable?.relname ? ` and on ${constraint.pktable.relname}` : '';
                hits.push({ at: constraint.location, table, message: `adding the ${kind}${constraint.conname ? ` ${constraint.conname}` : ''} to ${name} without NOT VALID scans the whole table while blocking writes to it${also}` });
            }
            const column = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            for (const c of column ? (0,ast/* columnConstraints */.zD)(column) : []) {
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
});

;// CONCATENATED MODULE: ./src/lint/rules/alter-domain-add-constraint.ts

/**
 * ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain,
 * holding a SHARE lock on each table (every write waits) for the whole scan. NOT VALID skips
 * the scan; VALIDATE CONSTRAINT in a later file then scans without blocking writes.
 */
const alterDomainAddConstraint = defineRule({
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
});

;// CONCATENATED MODULE: ./src/lint/rules/attach-partition-without-check.ts



/**
 * ATTACH PARTITION proves every row of the partition fits its bound by scanning it, holding
 * ACCESS EXCLUSIVE on the partition (and SHARE UPDATE EXCLUSIVE on the parent, 12+) the whole
 * time, unless a validated CHECK on the partition already implies the bound. Lint cannot prove
 * implication; a validated CHECK on the partition, added before the attach, counts as the
 * preparation (the server still decides, and says so at DEBUG1).
 */
const attachPartitionWithoutCheck = defineRule({
    id: 'attach-partition-without-check',
    severity: 'warning',
    lockHazard: true,
    summary: 'ATTACH PARTITION without a validated CHECK matching the bound scans the partition under ACCESS EXCLUSIVE',
    fix: 'Before attaching: ADD CONSTRAINT c CHECK (<the bound as an expression>) NOT VALID, VALIDATE CONSTRAINT c in a later file, then ATTACH (no scan) and DROP CONSTRAINT c',
    squawk: [],
    check(node, ctx) {
        const hits = [];
        for (const { stmt, table, cmd, index } of (0,ast/* alterTableCommands */.Bb)(node)) {
            if (cmd.subtype !== 'AT_AttachPartition' || !cmd.def || !('PartitionCmd' in cmd.def))
                continue;
            const partition = (0,lint_tables/* tableOf */.c_)(cmd.def.PartitionCmd.name);
            if (!partition || ctx.isNewInFile(partition) || ctx.hasValidatedCheck(partition))
                continue;
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table: partition,
                message: `attaching ${(0,lint_tables/* displayName */.QC)(partition)} to ${(0,lint_tables/* displayName */.QC)(table)} scans every row of it to prove the bound, under an ACCESS EXCLUSIVE lock on it (no validated CHECK on it found)`,
            });
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/alter-column-type.ts



/**
 * Changing a column's type rewrites the table (and its indexes) under ACCESS EXCLUSIVE, except
 * for binary-compatible changes such as varchar(n) to text. From the statement alone lint
 * cannot tell those apart; with a database it knows the column's current type
 * (column-types.ts), so the hit says what the column becomes.
 */
const alterColumnType = defineRule({
    id: 'alter-column-type',
    severity: 'warning',
    lockHazard: true,
    summary: 'ALTER COLUMN ... TYPE rewrites the table and its indexes, blocking reads and writes',
    fix: 'Add a new column of the new type, backfill it in batches, switch the code to it, then drop the old column in a later release',
    squawk: ['changing-column-type'],
    check(node, ctx) {
        return (0,ast/* alterTableCommands */.Bb)(node)
            .filter(({ cmd }) => cmd.subtype === 'AT_AlterColumnType')
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.keyword('TYPE', ctx.locate.alterCommand(stmt.relation?.location, index)),
            table,
            typeChange: cmd.name === undefined ? undefined : typeChangeOf(cmd.name, (0,ast/* columnDefOf */.lF)(cmd)),
            message: `changing the type of ${(0,lint_tables/* displayName */.QC)(table)}.${cmd.name ?? '?'} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the change is binary-compatible, e.g. varchar(n) to text)`,
        }));
    },
});
/** The new type, when nothing but the type changes: a USING expression, a collation or an array is left to the warning. */
function typeChangeOf(column, def) {
    const type = def?.typeName;
    if (!type || def.raw_default || def.collClause || type.arrayBounds || type.setof || type.pct_type)
        return undefined;
    const names = (type.names ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
    const typmods = (type.typmods ?? []).map((m) => ('A_Const' in m && m.A_Const.ival ? (m.A_Const.ival.ival ?? 0) : undefined));
    if (names.length === 0 || names.some((n) => n === undefined) || typmods.some((m) => m === undefined))
        return undefined;
    return { column, typeName: names, typmods: typmods };
}

;// CONCATENATED MODULE: ./src/lint/rules/create-index-not-concurrently.ts


/** A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, every write waits. */
const createIndexNotConcurrently = defineRule({
    id: 'create-index-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table blocks its writes while the index builds',
    fix: 'Write CREATE INDEX CONCURRENTLY (IF NOT EXISTS) in a file of its own with -- pg-promote:no-transaction in its header',
    squawk: ['require-concurrent-index-creation'],
    check(node) {
        if (!('IndexStmt' in node) || node.IndexStmt.concurrent)
            return [];
        const table = (0,lint_tables/* tableOf */.c_)(node.IndexStmt.relation);
        if (!table)
            return [];
        const kind = node.IndexStmt.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
        return [{ table, message: `${kind} on ${(0,lint_tables/* displayName */.QC)(table)} without CONCURRENTLY blocks every write to the table until the index is built` }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/detach-partition-not-concurrently.ts



/**
 * A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the parent: every query on the whole
 * partitioned table waits, and waits behind any long query already on it. From PostgreSQL 14,
 * DETACH ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent. Before 14 there is
 * no alternative, so on an assumed 13 the rule is silent.
 */
const detachPartitionNotConcurrently = defineRule({
    id: 'detach-partition-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+) takes ACCESS EXCLUSIVE on the partitioned table',
    fix: 'Write ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY in a file of its own with -- pg-promote:no-transaction in its header',
    squawk: ['require-concurrent-partition-detach'],
    check(node, ctx) {
        if (ctx.postgresVersion < 14)
            return [];
        const hits = [];
        for (const { stmt, table, cmd, index } of (0,ast/* alterTableCommands */.Bb)(node)) {
            if (cmd.subtype !== 'AT_DetachPartition' || !cmd.def || !('PartitionCmd' in cmd.def))
                continue;
            const p = cmd.def.PartitionCmd;
            if (p.concurrent)
                continue;
            const partition = (0,lint_tables/* tableOf */.c_)(p.name);
            hits.push({
                at: ctx.locate.alterCommand(stmt.relation?.location, index),
                table,
                message: `detaching ${partition ? (0,lint_tables/* displayName */.QC)(partition) : 'a partition'} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${(0,lint_tables/* displayName */.QC)(table)}: every query on the partitioned table waits`,
            });
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/drop-column.ts



/** Destructive: the column's data is gone, and code still naming it breaks. */
const dropColumn = defineRule({
    id: 'drop-column',
    severity: 'error',
    lockHazard: false,
    existingTablesOnly: true,
    summary: 'DROP COLUMN destroys data and breaks code still using the column',
    fix: 'Stop using the column in a released version first; then drop it with -- pg-promote-lint: allow drop-column reason: <why it is safe> above the statement',
    squawk: ['ban-drop-column'],
    check(node, ctx) {
        return (0,ast/* alterTableCommands */.Bb)(node)
            .filter(({ cmd }) => cmd.subtype === 'AT_DropColumn')
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.alterCommand(stmt.relation?.location, index),
            table,
            message: `DROP COLUMN ${(0,lint_tables/* displayName */.QC)(table)}.${cmd.name ?? '?'} deletes the column's data: destructive`,
        }));
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/drop-database.ts

/**
 * DROP DATABASE cannot be undone by anything pg-promote does: its backup is of the target
 * database, and a migration runs in the target. In a transactional file PostgreSQL refuses it
 * anyway (needs-no-transaction); in a no-transaction file it runs.
 */
const dropDatabase = defineRule({
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
});

;// CONCATENATED MODULE: ./src/lint/rules/drop-index-not-concurrently.ts

/** A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: reads wait too. */
const dropIndexNotConcurrently = defineRule({
    id: 'drop-index-not-concurrently',
    severity: 'warning',
    lockHazard: false,
    summary: 'DROP INDEX without CONCURRENTLY locks the table against reads and writes',
    fix: 'Write DROP INDEX CONCURRENTLY IF EXISTS in a file of its own with -- pg-promote:no-transaction in its header',
    squawk: ['require-concurrent-index-deletion'],
    check(node) {
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent)
            return [];
        return [{ message: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table, queueing reads and writes behind it' }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/drop-table.ts


/** Destructive: the data is gone, and code still reading the table breaks. */
const dropTable = defineRule({
    id: 'drop-table',
    severity: 'error',
    lockHazard: false,
    existingTablesOnly: true,
    summary: 'DROP TABLE destroys data and breaks code still using the table',
    fix: 'Stop using the table in a released version first; then drop it with -- pg-promote-lint: allow drop-table reason: <why it is safe> above the statement',
    squawk: ['ban-drop-table'],
    check(node) {
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
            return [];
        const tables = (node.DropStmt.objects ?? []).flatMap((o) => (0,lint_tables/* tableOfNameList */.tY)(o) ?? []);
        const first = tables[0];
        return [{ table: first, message: `DROP TABLE ${tables.map(lint_tables/* displayName */.QC).join(', ')} deletes the table${tables.length > 1 ? 's' : ''} and every row: destructive` }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/file-rules.ts

/**
 * Rules about a file as a whole. They have no statement check: reading the folder
 * (discover.ts), the file (source.ts), the parser (run.ts) and the exception comments
 * (exceptions.ts) find them; they are listed here so every rule id has one home.
 */
const parseError = defineRule({
    id: 'parse-error',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a statement PostgreSQL\'s parser cannot parse (reported at the parser\'s position)',
    fix: 'Correct the SQL at the position shown; PostgreSQL would refuse the statement',
    squawk: ['syntax-error'],
});
const invalidFile = defineRule({
    id: 'invalid-file',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a migration file migrate would refuse: bad name, duplicate version, not UTF-8, NUL bytes, over 50 MiB, empty, unknown directive',
    fix: 'Save the file as UTF-8 text named NNN_description.sql with a version of its own, under 50 MiB',
    squawk: [],
});
const nonSqlFile = defineRule({
    id: 'non-sql-file',
    severity: 'warning',
    lockHazard: false,
    allowable: false,
    summary: 'a file in a migrations folder that is not .sql: migrate silently never runs it',
    fix: 'Rename it NNN_description.sql if it is a migration; otherwise move it out of the migrations folder',
    squawk: [],
});
const psqlMetaCommand = defineRule({
    id: 'psql-meta-command',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a psql meta-command (\\set, \\i, ...): pg-promote runs files without psql',
    fix: 'Remove it and write the SQL it stood for',
    squawk: [],
});
const missingDownFile = defineRule({
    id: 'missing-down-file',
    severity: 'warning',
    lockHazard: false,
    summary: 'a pending migration without a DOWN file of the same version',
    fix: 'Add the DOWN file (same version, in the phase\'s down folder); if the change cannot be undone, say so with -- pg-promote-lint: allow missing-down-file reason: <how to recover>',
    squawk: [],
});
const exceptionInvalid = defineRule({
    id: 'lint-exception-invalid',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a -- pg-promote-lint: comment that names no known rule, a rule that cannot be allowed, or gives no reason',
    fix: 'Write -- pg-promote-lint: allow <rule-id> reason: <why it is safe here>',
    squawk: [],
});
const exceptionUnused = defineRule({
    id: 'lint-exception-unused',
    severity: 'warning',
    lockHazard: false,
    allowable: false,
    summary: 'an exception that silences nothing (stale, or above the wrong statement)',
    fix: 'Remove the comment, or move it to the line above the statement it is about',
    squawk: [],
});
const largeFile = defineRule({
    id: 'large-file',
    severity: 'info',
    lockHazard: false,
    allowable: false,
    summary: 'a file over 1 MiB: its data statements (INSERT, UPDATE, COPY, ...) are not parsed, only counted',
    fix: 'Nothing to do if the data statements ran on staging; splitting seed data into its own files keeps schema changes reviewable',
    squawk: [],
});

// EXTERNAL MODULE: ./src/sql/no-transaction.ts + 1 modules
var no_transaction = __webpack_require__(7515);
;// CONCATENATED MODULE: ./src/lint/rules/needs-no-transaction.ts


const CANDIDATES = new Set([
    'IndexStmt', 'DropStmt', 'ReindexStmt', 'VacuumStmt', 'ClusterStmt', 'AlterTableStmt', 'CreatedbStmt', 'DropdbStmt',
    'AlterDatabaseStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterSystemStmt', 'DiscardStmt', 'CreateSubscriptionStmt',
]);
/**
 * PostgreSQL refuses some statements inside a transaction block (25001). The list is migrate's
 * own (src/sql/no-transaction.ts): what lint reports here is exactly what migrate refuses.
 */
const needsNoTransaction = defineRule({
    id: 'needs-no-transaction',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'a statement PostgreSQL refuses inside a transaction block (CONCURRENTLY, REINDEX SCHEMA/DATABASE, VACUUM, CREATE/DROP DATABASE, ...) in a file that runs in one',
    fix: 'Move the statement to a file of its own with -- pg-promote:no-transaction in its header, and make it re-runnable (IF NOT EXISTS / IF EXISTS)',
    squawk: ['ban-concurrent-index-creation-in-transaction'],
    check(node, ctx) {
        // Only these statement kinds are on the list; the list itself decides among them.
        if (!ctx.transactional || !CANDIDATES.has(Object.keys(node)[0] ?? ''))
            return [];
        const refused = (0,no_transaction/* noTransactionStatement */.F)(ctx.text);
        if (!refused)
            return [];
        const concurrently = refused.name.includes('CONCURRENTLY');
        return [{
                at: concurrently ? ctx.locate.keyword('CONCURRENTLY', 0) : undefined,
                message: `${refused.name} cannot run inside a transaction block (PostgreSQL refuses it with 25001), and this file runs in one: migrate refuses the file`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/newer-than-target.ts


/**
 * Syntax (or a setting) the assumed PostgreSQL version does not have: the server would refuse
 * the statement (42601, or 42704 for a setting) although PostgreSQL's newest parser, which lint
 * uses, accepts it.
 */
const newerThanTarget = defineRule({
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
});
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
    for (const { cmd } of (0,ast/* alterTableCommands */.Bb)(node)) {
        if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent)
            found.push({ feature: 'DETACH PARTITION ... CONCURRENTLY', since: 14 });
        const added = cmd.subtype === 'AT_AddConstraint' ? [(0,ast/* constraintOf */.vY)(cmd)] : cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnConstraints */.zD)((0,ast/* columnDefOf */.lF)(cmd) ?? {}) : [];
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
const preferRobustStmts = defineRule({
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
        for (const { cmd } of (0,ast/* alterTableCommands */.Bb)(node)) {
            if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok)
                hit(`ADD COLUMN ${(0,ast/* columnDefOf */.lF)(cmd)?.colname ?? ''} without IF NOT EXISTS`, 'Write ADD COLUMN IF NOT EXISTS');
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
});
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
const reindexNotConcurrently = defineRule({
    id: 'reindex-not-concurrently',
    severity: 'warning',
    lockHazard: true,
    summary: 'REINDEX without CONCURRENTLY: ACCESS EXCLUSIVE on the index and SHARE on its table (writes wait) for the whole rebuild',
    fix: 'Write REINDEX ... CONCURRENTLY in a file of its own with -- pg-promote:no-transaction in its header',
    squawk: ['require-concurrent-reindex'],
    check(node) {
        if (!('ReindexStmt' in node))
            return [];
        const s = node.ReindexStmt;
        const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently' && !isOff(p.DefElem.arg));
        if (concurrently)
            return [];
        const scope = SCOPE[s.kind ?? ''] ?? 'INDEX';
        const named = (0,lint_tables/* tableOf */.c_)(s.relation);
        const what = named ? `${scope} ${(0,lint_tables/* displayName */.QC)(named)}` : `${scope}${s.name ? ` ${s.name}` : ''}`;
        const locks = scope === 'INDEX'
            ? 'ACCESS EXCLUSIVE on the index (every query that would use it waits) and SHARE on its table (every write waits)'
            : 'SHARE on each table (every write waits) and ACCESS EXCLUSIVE on each of its indexes (every query that would use one waits)';
        return [{
                table: scope === 'TABLE' ? named : undefined,
                message: `REINDEX ${what} without CONCURRENTLY holds ${locks} until the rebuild ends`,
            }];
    },
});
function isOff(arg) {
    const text = JSON.stringify(arg ?? null).toLowerCase();
    return /"(false|off)"|"ival":0\b|"boolval":\{\}/.test(text);
}

;// CONCATENATED MODULE: ./src/lint/rules/rename-column.ts


/** The running release still reads and writes the old column name. */
const renameColumn = defineRule({
    id: 'rename-column',
    severity: 'warning',
    lockHazard: false,
    existingTablesOnly: true,
    summary: 'RENAME COLUMN breaks the code that is running while the migration deploys',
    fix: 'Add the new column, write both and backfill, move the reads, then drop the old column in a later release',
    squawk: ['renaming-column'],
    check(node, ctx) {
        if (!('RenameStmt' in node))
            return [];
        const s = node.RenameStmt;
        if (s.renameType !== 'OBJECT_COLUMN' || (s.relationType !== 'OBJECT_TABLE' && s.relationType !== 'OBJECT_FOREIGN_TABLE'))
            return [];
        const table = (0,lint_tables/* tableOf */.c_)(s.relation);
        return [{
                at: ctx.locate.keyword('RENAME', s.relation?.location ?? 0),
                table,
                message: `renaming ${table ? (0,lint_tables/* displayName */.QC)(table) : '?'}.${s.subname ?? '?'} to ${s.newname ?? '?'} breaks every running query that names the column`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/rename-table.ts


/** The running release still uses the old name until the new one is deployed. */
const renameTable = defineRule({
    id: 'rename-table',
    severity: 'warning',
    lockHazard: false,
    existingTablesOnly: true,
    summary: 'RENAME of a table breaks the code that is running while the migration deploys',
    fix: 'Create the new name as a view (or new table kept in sync), move the code to it, and drop the old name in a later release',
    squawk: ['renaming-table'],
    check(node, ctx) {
        if (!('RenameStmt' in node) || node.RenameStmt.renameType !== 'OBJECT_TABLE')
            return [];
        const table = (0,lint_tables/* tableOf */.c_)(node.RenameStmt.relation);
        return [{
                at: ctx.locate.keyword('RENAME', node.RenameStmt.relation?.location ?? 0),
                table,
                message: `renaming ${table ? (0,lint_tables/* displayName */.QC)(table) : 'the table'} to ${node.RenameStmt.newname ?? '?'} breaks every running query that names it`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/set-not-null-without-check.ts



/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE to prove there is no NULL, unless
 * (PostgreSQL 12+) a validated CHECK (column IS NOT NULL) already proves it. The runner also
 * drops this finding when the target database has such a check, or the column is NOT NULL.
 */
const setNotNullWithoutCheck = defineRule({
    id: 'set-not-null-without-check',
    severity: 'warning',
    lockHazard: true,
    summary: 'SET NOT NULL without a validated CHECK (column IS NOT NULL) scans the table under an ACCESS EXCLUSIVE lock',
    fix: 'First ADD CONSTRAINT c CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c in a later file, then SET NOT NULL (no scan) and DROP CONSTRAINT c',
    squawk: ['adding-not-nullable-field'],
    check(node, ctx) {
        return (0,ast/* alterTableCommands */.Bb)(node)
            .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && !ctx.hasValidatedNotNullCheck(table, cmd.name ?? ''))
            .map(({ stmt, table, cmd, index }) => ({
            at: ctx.locate.keyword('SET', ctx.locate.alterCommand(stmt.relation?.location, index)),
            table,
            notNullColumn: cmd.name,
            // PostgreSQL 18 takes NOT VALID on a NOT NULL constraint itself: one constraint, no CHECK dance.
            fix: ctx.postgresVersion >= 18 ? `ADD CONSTRAINT ${cmd.name ?? 'col'}_not_null NOT NULL ${cmd.name ?? 'col'} NOT VALID, then VALIDATE CONSTRAINT in a later file (PostgreSQL 18; or the CHECK (col IS NOT NULL) NOT VALID sequence)` : undefined,
            message: `SET NOT NULL on ${(0,lint_tables/* displayName */.QC)(table)}.${cmd.name ?? '?'} scans every row under an ACCESS EXCLUSIVE lock (no validated CHECK (${cmd.name ?? '?'} IS NOT NULL) found)`,
        }));
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/timeout-turned-off.ts

const TIMEOUTS = {
    lock_timeout: 'may wait behind a lock for ever, with the application\'s queries queued behind it',
    statement_timeout: 'may run for ever',
};
/** `0`, `'0'`, `'0s'`, `'0ms'`, `'0min'`: every spelling of "no timeout". */
const ZERO = /^\s*0*(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i;
/**
 * pg-promote starts every file with the configured lock_timeout and statement_timeout, and a
 * file may change them for itself. A plain SET to 0 turns the guard off for the rest of the
 * file (it ends with the file: the next file starts from the configured values again), and
 * reads as if it meant the whole run.
 */
const timeoutTurnedOff = defineRule({
    id: 'timeout-turned-off',
    severity: 'warning',
    lockHazard: false,
    summary: 'SET lock_timeout or statement_timeout to 0: the rest of the file runs without the configured timeout',
    fix: 'Remove it, or set the longer value this file needs (SET LOCAL lock_timeout = \'30s\'); config lock_timeout / statement_timeout set it for every file',
    squawk: [],
    check(node) {
        if (!('VariableSetStmt' in node))
            return [];
        const set = node.VariableSetStmt;
        const what = TIMEOUTS[set.name ?? ''];
        if (!what || set.kind !== 'VAR_SET_VALUE' || set.is_local)
            return [];
        const value = set.args?.[0];
        const constant = value && 'A_Const' in value ? value.A_Const : undefined;
        if (!constant)
            return [];
        const zero = 'ival' in constant ? !constant.ival?.ival : 'sval' in constant ? ZERO.test(constant.sval?.sval ?? '') : false;
        if (!zero)
            return [];
        return [{
                message: `SET ${set.name} = 0 turns the configured ${set.name} off for the rest of this file: its later statements ${what}. It ends with the file (the next file starts from the configured value again)`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/transaction-control.ts

const REFUSED = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED']);
/** pg-promote owns each file's transaction; migrate refuses files that try to manage their own. */
const transactionControl = defineRule({
    id: 'transaction-control',
    severity: 'error',
    lockHazard: false,
    allowable: false,
    summary: 'BEGIN, COMMIT or ROLLBACK in a migration file (pg-promote runs each file in its own transaction)',
    fix: 'Remove it; put statements that must run outside a transaction in a file with -- pg-promote:no-transaction in its header',
    squawk: ['transaction-nesting'],
    check(node) {
        if (!('TransactionStmt' in node) || !REFUSED.has(node.TransactionStmt.kind ?? ''))
            return [];
        return [{ message: `${(node.TransactionStmt.kind ?? '').replace('TRANS_STMT_', '').replace('_', ' ')} in a migration file: migrate refuses it` }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/truncate.ts


/** Destructive: every row goes (with CASCADE, every row of every referencing table too). */
const truncate = defineRule({
    id: 'truncate',
    severity: 'error',
    lockHazard: false,
    existingTablesOnly: true,
    summary: 'TRUNCATE deletes every row (CASCADE: of referencing tables too)',
    fix: 'Delete the rows you mean with DELETE ... WHERE; if emptying the table is intended, say so with -- pg-promote-lint: allow truncate reason: <why> above the statement',
    squawk: ['ban-truncate-cascade'],
    check(node, ctx) {
        if (!('TruncateStmt' in node))
            return [];
        const tables = (node.TruncateStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? ((0,lint_tables/* tableOf */.c_)(r.RangeVar) ?? []) : []));
        const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
        return [{
                at: cascade ? ctx.locate.keyword('CASCADE', 0) : undefined,
                table: tables[0],
                message: `TRUNCATE ${tables.map(lint_tables/* displayName */.QC).join(', ')} deletes every row${cascade ? ', and CASCADE empties every table that references them' : ''}: destructive`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/unique-constraint-without-index.ts



/**
 * ADD UNIQUE / ADD PRIMARY KEY builds its index under ACCESS EXCLUSIVE: no reads, no writes
 * until it is done. Built CONCURRENTLY first, the index becomes the constraint instantly.
 */
const uniqueConstraintWithoutIndex = defineRule({
    id: 'unique-constraint-without-index',
    severity: 'warning',
    lockHazard: true,
    summary: 'ADD UNIQUE or PRIMARY KEY without USING INDEX builds the index while blocking reads and writes',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY in a file with -- pg-promote:no-transaction in its header, then ALTER TABLE ... ADD CONSTRAINT name UNIQUE (or PRIMARY KEY) USING INDEX index_name',
    squawk: ['disallowed-unique-constraint', 'adding-serial-primary-key-field', 'constraint-missing-not-valid'],
    check(node) {
        const hits = [];
        for (const { table, cmd } of (0,ast/* alterTableCommands */.Bb)(node)) {
            const column = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            const added = cmd.subtype === 'AT_AddConstraint' ? [(0,ast/* constraintOf */.vY)(cmd)] : column ? (0,ast/* columnConstraints */.zD)(column) : [];
            for (const c of added) {
                if (!c || (c.contype !== 'CONSTR_UNIQUE' && c.contype !== 'CONSTR_PRIMARY') || c.indexname)
                    continue;
                const kind = c.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY';
                hits.push({ at: c.location, table, message: `adding ${kind}${c.conname ? ` ${c.conname}` : ''} to ${(0,lint_tables/* displayName */.QC)(table)} builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes` });
            }
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/lint/rules/vacuum-full-or-cluster.ts


/**
 * VACUUM FULL and CLUSTER write a new copy of the table and its indexes under ACCESS
 * EXCLUSIVE: no reads, no writes until the copy is done, and twice the table's disk meanwhile.
 */
const vacuumFullOrCluster = defineRule({
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
            const tables = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r ? ((0,lint_tables/* tableOf */.c_)(r.VacuumRelation.relation) ?? []) : []));
            const what = tables.length > 0 ? tables.map(lint_tables/* displayName */.QC).join(', ') : 'every table of the database';
            return [{
                    at: ctx.locate.keyword('FULL', 0),
                    table: tables[0],
                    message: `VACUUM FULL of ${what} rewrites it under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
                }];
        }
        if ('ClusterStmt' in node) {
            const table = (0,lint_tables/* tableOf */.c_)(node.ClusterStmt.relation);
            return [{
                    table,
                    message: `CLUSTER ${table ? (0,lint_tables/* displayName */.QC)(table) : '(every clustered table)'} rewrites it in index order under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
                }];
        }
        return [];
    },
});

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
    timeoutTurnedOff,
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
// A rule declared as a plain `LintRule` (not through defineRule) widens RuleId to string, and
// every misspelt id would compile again: this line stops compiling instead.
const idsAreLiterals = true;
void idsAreLiterals;
const RULE_IDS = RULES.map((r) => r.id);
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
/** The rules that look at statements; the others are raised by reading files and folders. */
const STATEMENT_RULES = RULES.filter((r) => r.check !== undefined);
function ruleById(id) {
    const rule = RULE_BY_ID.get(id);
    if (!rule)
        throw new Error(`unknown lint rule ${id}`);
    return rule;
}


/***/ }),

/***/ 4120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   c_: () => (/* binding */ tableOf),
/* harmony export */   pq: () => (/* binding */ TableSet),
/* harmony export */   tY: () => (/* binding */ tableOfNameList)
/* harmony export */ });
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


/***/ }),

/***/ 2921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ targetVersion),
/* harmony export */   Qx: () => (/* binding */ OLDEST_SUPPORTED_VERSION),
/* harmony export */   YL: () => (/* binding */ NEWEST_KNOWN_VERSION)
/* harmony export */ });
/**
 * The PostgreSQL major version lint's verdicts assume. Several depend on it: a constant
 * default needs no rewrite (11+), a validated CHECK (col IS NOT NULL) spares SET NOT NULL its
 * scan (12+), DETACH PARTITION ... CONCURRENTLY exists from 14, MERGE and NULLS NOT DISTINCT
 * from 15, named NOT NULL constraints and virtual generated columns from 18. With a database
 * it is the server's own; offline, `lint.postgres_version` (default: the oldest supported).
 */
const OLDEST_SUPPORTED_VERSION = 13;
const NEWEST_KNOWN_VERSION = 18;
async function targetVersion(client) {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num ?? 0) / 10000);
}


/***/ })

};
