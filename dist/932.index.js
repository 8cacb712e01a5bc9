export const id = 932;
export const ids = [932];
export const modules = {

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ quoteQualified),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   T0: () => (/* binding */ splitQualified),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/** The schema has filled in every default: this only renames its keys. */
function settingsOf(verify) {
    return {
        expectTables: verify.expect_tables,
        expectViews: verify.expect_views,
        rls: { required: verify.rls.required, force: verify.rls.force, definerViews: verify.rls.definer_views },
        roles: verify.roles,
        boundaries: verify.boundaries,
        views: { schemas: verify.views.schemas, requireRows: verify.views.require_rows },
        rowCounts: verify.row_counts,
    };
}
/** Failing findings fail the check; warnings alone make it a warning; none is a pass. */
function outcomeOf(findings, summaries, counts) {
    const failing = findings.some((f) => (f.level ?? 'fail') === 'fail');
    const status = findings.length === 0 ? 'pass' : failing ? 'fail' : 'warn';
    return { status, summary: findings.length === 0 ? summaries.pass : summaries.problem, findings, counts };
}
/** schema.name as PostgreSQL needs it quoted; config names are exact catalog names. */
function quoteQualified(qualified) {
    const [schema, name] = splitQualified(qualified);
    return `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(name)}`;
}
function splitQualified(qualified) {
    const dot = qualified.indexOf('.');
    return [qualified.slice(0, dot), qualified.slice(dot + 1)];
}
const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ runChecks)
});

// UNUSED EXPORTS: verifyPhases

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(4669);
;// CONCATENATED MODULE: ./src/checks/references.ts

/**
 * Every schema, role, writer pattern and relation the verify config names, looked up in one
 * query. A name that does not exist would otherwise turn into a crash (42P01 in a probe) or,
 * worse, a silent pass (a boundary pattern that matches no role checks nothing).
 * Expected tables and views are not here: their absence is what objects.expected reports.
 */
const MISSING_REFERENCES_SQL = `
SELECT
  ARRAY(SELECT s FROM unnest($1::text[]) AS s
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = s)) AS schemas,
  ARRAY(SELECT r FROM unnest($2::text[]) AS r
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = r)) AS roles,
  ARRAY(SELECT p FROM unnest($3::text[]) AS p
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname LIKE p)) AS patterns,
  ARRAY(SELECT q FROM unnest($4::text[]) AS q
        WHERE NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = split_part(q, '.', 1) AND c.relname = split_part(q, '.', 2)
            AND c.relkind IN ('r', 'p', 'v', 'm', 'f'))) AS relations,
  current_user::text AS verifier`;
function referencesOf(phases) {
    const refs = { schemas: [], roles: [], patterns: [], relations: [] };
    for (const phase of phases) {
        const key = (rest) => `phases.${phase.name}.${rest}`;
        const v = phase.verify;
        refs.schemas.push({ name: phase.schema, key: key('schema') });
        v.views.schemas.forEach((s, i) => refs.schemas.push({ name: s, key: key(`verify.views.schemas.${i}`) }));
        v.boundaries.forEach((b, i) => {
            refs.patterns.push({ name: b.writers, key: key(`verify.boundaries.${i}.writers`) });
            b.protected.forEach((s, j) => refs.schemas.push({ name: s, key: key(`verify.boundaries.${i}.protected.${j}`) }));
        });
        v.roles.forEach((r, i) => {
            refs.roles.push({ name: r.role, key: key(`verify.roles.${i}.role`) });
            r.denied.forEach((o, j) => refs.relations.push({ name: o, key: key(`verify.roles.${i}.denied.${j}`) }));
            r.allowed.forEach((o, j) => refs.relations.push({ name: o, key: key(`verify.roles.${i}.allowed.${j}`) }));
        });
        v.views.requireRows.forEach((o, i) => {
            const where = key(`verify.views.require_rows.${i}`);
            if (o.endsWith('.*'))
                refs.schemas.push({ name: o.slice(0, -2), key: where });
            else
                refs.relations.push({ name: o, key: where });
        });
        v.rowCounts.forEach((r, i) => refs.relations.push({ name: r.table, key: key(`verify.row_counts.${i}.table`) }));
        v.rls.definerViews.forEach((o, i) => refs.relations.push({ name: o, key: key(`verify.rls.definer_views.${i}`) }));
    }
    return refs;
}
/** Throws a config error (exit 2) naming every configured object that does not exist. */
async function assertReferencesExist(ctx) {
    const refs = referencesOf(ctx.phases);
    const names = (list) => [...new Set(list.map((r) => r.name))];
    const { rows } = await ctx.client.query(MISSING_REFERENCES_SQL, [
        names(refs.schemas), names(refs.roles), names(refs.patterns), names(refs.relations),
    ]);
    const row = rows[0];
    const problems = [];
    const collect = (missing, list, describe) => {
        for (const name of missing) {
            const ref = list.find((r) => r.name === name);
            problems.push({ text: `${describe(name)} (${ref.key})`, ref });
        }
    };
    collect(row.schemas, refs.schemas, (n) => `schema '${n}' does not exist`);
    collect(row.roles, refs.roles, (n) => `role '${n}' does not exist`);
    collect(row.patterns, refs.patterns, (n) => `writer pattern '${n}' matches no role`);
    collect(row.relations, refs.relations, (n) => `table or view ${n} does not exist`);
    if (problems.length === 0)
        return;
    const first = problems[0];
    const also = problems.slice(1, 4).map((p) => p.text);
    const rest = problems.length - 1 - also.length;
    const more = also.length > 0 ? `; also ${also.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}` : '';
    const file = ctx.config.source.startsWith('built-in') ? undefined : ctx.config.source;
    throw (0,promote_error/* configError */.Fj)(`verify: ${first.text}${more}`, { key: first.ref.key, object: first.ref.name, file });
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
;// CONCATENATED MODULE: ./src/checks/audit-trail.ts



/**
 * The runbook's audit query counted change_log operations of the last hour, whoever made them.
 * This ties the trail to one execution: every history row of it must be a success, and each
 * file's operations are found in the change log by time. A transactional file's trigger rows
 * carry its transaction's now(), which is exactly its history row's applied_at; a
 * non-transactional file's rows fall in the window its history row records (applied_at minus
 * its duration). Files applied before the change log's first entry (the migration creating
 * the trail, and those before it) are not expected to appear in it.
 */
const AUDIT_TABLES_SQL = `
SELECT to_regclass($1) IS NOT NULL AS history,
       to_regclass($2) IS NOT NULL AS change_log,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = to_regclass($2) AND a.attname IN ('timestamp', 'operation') AND NOT a.attisdropped) AS columns`;
function executionFilesSql(history) {
    return `
SELECT h.id::text AS id, h.execution_id::text AS execution_id, h.phase, h.kind, h.version, h.file_name, h.success,
       h.error_sqlstate, h.error_message, ${(0,migrate_history/* BASELINED_SQL */.B0)('h.applied_by')} AS baselined
FROM ${history} h
WHERE h.phase = ANY($2::text[])
  AND h.execution_id = coalesce($1::uuid, (SELECT l.execution_id FROM ${history} l WHERE l.phase = ANY($2::text[]) ORDER BY l.id DESC LIMIT 1))
ORDER BY h.id`;
}
function executionOperationsSql(history, changeLog) {
    return `
WITH files AS (
  SELECT h.id, h.applied_at, h.duration_ms, h.file_name = ANY($3::text[]) AS windowed
  FROM ${history} h
  WHERE h.execution_id = $1::uuid AND h.phase = ANY($2::text[]) AND h.success
),
first_entry AS (SELECT min(c."timestamp") AS at FROM ${changeLog} c),
matched AS (
  SELECT f.id, c.operation::text AS operation
  FROM files f JOIN ${changeLog} c ON NOT f.windowed AND c."timestamp" = f.applied_at
  UNION ALL
  SELECT f.id, c.operation::text
  FROM files f JOIN ${changeLog} c ON f.windowed
   AND c."timestamp" BETWEEN f.applied_at - make_interval(secs => f.duration_ms / 1000.0 + 1) AND f.applied_at
)
SELECT f.id::text AS id,
       coalesce((SELECT jsonb_object_agg(o.operation, o.n)
                 FROM (SELECT m.operation, count(*) AS n FROM matched m WHERE m.id = f.id GROUP BY m.operation) AS o), '{}') AS operations,
       (SELECT at FROM first_entry) IS NULL OR f.applied_at < (SELECT at FROM first_entry) AS before_trail
FROM files f`;
}
const notChecked = (summary) => ({ status: 'not-checked', summary, findings: [] });
/** Files that run outside a transaction: their trail is found by time window, not by equality. */
function windowedFiles(ctx) {
    return ctx.phases.flatMap((p) => [...p.files.migrations, ...p.files.views, ...p.files.policies].filter((f) => !f.transactional).map((f) => f.path.rel));
}
const auditTrail = {
    scope: 'run',
    id: 'audit.trail',
    async run(ctx) {
        const { historyTable, auditChangeLog } = ctx.config;
        const history = (0,migrate_history/* qualified */.LX)(historyTable);
        const changeLog = auditChangeLog && `${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(auditChangeLog.schema)}.${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(auditChangeLog.table)}`;
        const changeLogName = auditChangeLog ? `${auditChangeLog.schema}.${auditChangeLog.table}` : '';
        const phases = ctx.phases.map((p) => p.name);
        const tables = (await ctx.client.query(AUDIT_TABLES_SQL, [history, changeLog ?? null])).rows[0];
        if (!tables.history)
            return notChecked(`no history table ${historyTable.schema}.${historyTable.table}: nothing has been migrated here`);
        const files = (await ctx.client.query(executionFilesSql(history), [ctx.executionId ?? null, phases])).rows;
        if (files.length === 0) {
            return notChecked(ctx.executionId ? `execution ${ctx.executionId} recorded no files in phases ${phases.join(', ')}` : `no execution recorded for phases ${phases.join(', ')}`);
        }
        const executionId = files[0].execution_id;
        const findings = files
            .filter((f) => !f.success)
            .map((f) => ({ object: f.file_name, reason: `failed in this execution: ${f.error_message ?? 'no message'} [SQLSTATE ${f.error_sqlstate ?? '?'}]` }));
        const succeeded = files.filter((f) => f.success);
        const totals = {};
        const missingColumns = ['timestamp', 'operation'].filter((c) => !tables.columns.includes(c));
        const readable = changeLog !== undefined && tables.change_log && missingColumns.length === 0;
        if (changeLog === undefined) {
            // The config names no audit-trigger table: only the history is checked.
        }
        else if (!tables.change_log) {
            findings.push({ object: changeLogName, reason: 'the change log table does not exist: operations cannot be traced (config audit.change_log)', level: 'warn' });
        }
        else if (missingColumns.length > 0) {
            findings.push({ object: changeLogName, reason: `has no column ${missingColumns.join(', ')}: not an audit change log this check can read`, level: 'warn' });
        }
        else if (succeeded.length > 0) {
            const ops = (await ctx.client.query(executionOperationsSql(history, changeLog), [executionId, phases, windowedFiles(ctx)])).rows;
            const byId = new Map(ops.map((o) => [o.id, o]));
            // A baselined row ran nothing (baseline recorded what another tool applied): no trail to find.
            const traced = succeeded.filter((f) => !f.baselined && !byId.get(f.id)?.before_trail);
            const silent = traced.filter((f) => Object.keys(byId.get(f.id)?.operations ?? {}).length === 0);
            for (const o of ops)
                for (const [op, n] of Object.entries(o.operations))
                    totals[op] = (totals[op] ?? 0) + n;
            if (traced.length > 0 && silent.length === traced.length) {
                findings.push({ object: changeLogName, reason: `holds no entry for any of the ${(0,check/* plural */.LS)(traced.length, 'file')} this execution applied: are the audit triggers disabled?` });
            }
            else {
                for (const f of silent)
                    findings.push({ object: f.file_name, reason: `no ${changeLogName} entry for this file's transaction`, level: 'warn' });
            }
        }
        const entries = Object.values(totals).reduce((a, b) => a + b, 0);
        const ranked = Object.entries(totals).sort((a, b) => b[1] - a[1]);
        const operations = [
            ...ranked.slice(0, 5).map(([op, n]) => `${op} ${n}`),
            ...(ranked.length > 5 ? [`${ranked.length - 5} more kinds`] : []),
        ].join(', ');
        const head = `execution ${executionId.slice(0, 8)}: ${succeeded.length} of ${(0,check/* plural */.LS)(files.length, 'file')} succeeded`;
        const trail = entries > 0 ? `; ${(0,check/* plural */.LS)(entries, `${changeLogName} entry`, `${changeLogName} entries`)} (${operations})` : '';
        const counts = { files: files.length, failed: files.length - succeeded.length, entries, changeLog: readable ? 1 : 0 };
        for (const [op, n] of Object.entries(totals))
            counts[`operation:${op}`] = n;
        return (0,check/* outcomeOf */.sG)(findings, { pass: `${head}${trail}`, problem: `${head}${trail}` }, counts);
    },
};

;// CONCATENATED MODULE: ./src/checks/boundary-grants.ts

/**
 * The runbook's cross-boundary query read information_schema.role_table_grants, which shows
 * only privileges granted to the role itself (or to a role the *current* user belongs to).
 * A writer also gets to write through a role it is a member of, through PUBLIC, as an owner,
 * through column privileges, and on every future table through default privileges. One query
 * explodes every ACL in the protected schemas and asks, for each (writer, grantee) pair, how
 * the writer reaches the grantee; the path is part of the finding.
 */
const BOUNDARY_GRANTS_SQL = `
WITH rules AS (
  SELECT DISTINCT w.oid AS writer, w.rolname::text AS writer_name, w.rolsuper, n.oid AS nsp, n.nspname::text AS schema
  FROM unnest($1::text[], $2::text[]) AS r(pattern, schema)
  JOIN pg_catalog.pg_roles w ON w.rolname LIKE r.pattern
  JOIN pg_catalog.pg_namespace n ON n.nspname = r.schema
),
protected AS (SELECT DISTINCT nsp FROM rules),
acl AS (
  SELECT c.relnamespace AS nsp, c.relname::text AS object, NULL::text AS column_name, 'relation' AS source,
         c.relowner AS owner, NULL::oid AS creator, a.grantee, a.privilege_type
  FROM pg_catalog.pg_class c
  CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) AS a
  WHERE c.relnamespace IN (SELECT nsp FROM protected) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
    AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') AND (c.relkind <> 'S' OR a.privilege_type = 'UPDATE')
  UNION ALL
  SELECT c.relnamespace, c.relname::text, att.attname::text, 'column', c.relowner, NULL, a.grantee, a.privilege_type
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute att ON att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped AND att.attacl IS NOT NULL
  CROSS JOIN LATERAL aclexplode(att.attacl) AS a
  WHERE c.relnamespace IN (SELECT nsp FROM protected) AND a.privilege_type IN ('INSERT', 'UPDATE')
  UNION ALL
  SELECT n.oid, NULL, NULL, 'schema', n.nspowner, NULL, a.grantee, a.privilege_type
  FROM pg_catalog.pg_namespace n
  CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS a
  WHERE n.oid IN (SELECT nsp FROM protected) AND a.privilege_type = 'CREATE'
  UNION ALL
  SELECT p.nsp, NULL, NULL, CASE WHEN d.defaclnamespace = 0 THEN 'default-all' ELSE 'default' END,
         NULL, d.defaclrole, a.grantee, a.privilege_type
  FROM pg_catalog.pg_default_acl d
  JOIN protected p ON d.defaclnamespace IN (0, p.nsp)
  CROSS JOIN LATERAL aclexplode(d.defaclacl) AS a
  WHERE d.defaclobjtype IN ('r', 'S')
    AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') AND (d.defaclobjtype <> 'S' OR a.privilege_type = 'UPDATE')
),
-- Materialized and filtered first: usually no writer reaches any grantee, and then the join
-- below has nothing to do, however many tables the schemas hold.
reach AS MATERIALIZED (
  SELECT * FROM (
    SELECT w.writer, g.grantee,
           CASE WHEN g.grantee = 0 THEN 'public'
                WHEN g.grantee = w.writer THEN 'direct'
                WHEN pg_catalog.pg_has_role(w.writer, g.grantee, 'USAGE') THEN 'inherited'
                WHEN pg_catalog.pg_has_role(w.writer, g.grantee, 'MEMBER') THEN 'set-role'
           END AS path
    FROM (SELECT DISTINCT writer FROM rules WHERE NOT rolsuper) AS w
    CROSS JOIN (SELECT DISTINCT grantee FROM acl) AS g
  ) AS pairs
  WHERE path IS NOT NULL
)
SELECT r.writer_name AS writer, r.schema, a.object, a.column_name, a.source, x.path,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END AS grantee,
       a.grantee = a.owner AS as_owner,
       pg_catalog.pg_get_userbyid(a.creator)::text AS creator,
       pg_catalog.has_schema_privilege(r.writer, r.nsp, 'USAGE') AS schema_usage,
       array_agg(DISTINCT a.privilege_type ORDER BY a.privilege_type) AS privileges
FROM reach x
JOIN acl a ON a.grantee = x.grantee
JOIN rules r ON r.writer = x.writer AND r.nsp = a.nsp
GROUP BY r.writer_name, r.writer, r.schema, r.nsp, a.object, a.column_name, a.source, x.path, a.grantee, a.owner, a.creator
UNION ALL
SELECT writer_name, schema, NULL, NULL, 'superuser', 'superuser', writer_name, false, NULL, true, ARRAY['ALL']
FROM rules WHERE rolsuper
ORDER BY 1, 2, 3 NULLS FIRST, 4 NULLS FIRST, 5, 6`;
function pathText(r) {
    const owner = r.as_owner ? ' (as the owner)' : '';
    switch (r.path) {
        case 'public':
            return 'granted to PUBLIC';
        case 'direct':
            return r.as_owner ? 'as the owner' : 'granted directly';
        case 'inherited':
            return `inherited through membership in ${r.grantee}${owner}`;
        case 'set-role':
            return `through SET ROLE ${r.grantee} (member without INHERIT)${owner}`;
        case 'superuser':
            return 'is a superuser';
    }
}
function findingOf(r) {
    const privileges = r.privileges.join(', ');
    const usage = r.schema_usage || r.source === 'superuser' ? '' : ` (no USAGE on schema ${r.schema} today: one GRANT away)`;
    const how = pathText(r);
    switch (r.source) {
        case 'superuser':
            return { object: `schema ${r.schema}`, reason: `${r.writer} is a superuser: it can write everything` };
        case 'schema':
            return { object: `schema ${r.schema}`, reason: `${r.writer} can CREATE objects in it: ${how}${usage}` };
        case 'default':
        case 'default-all': {
            const where = r.source === 'default' ? `in ${r.schema}` : `in any schema, ${r.schema} included`;
            return {
                object: `default privileges of ${r.creator} ${where}`,
                reason: `tables ${r.creator} creates ${where} will let ${r.writer} ${privileges}: ${how}${usage}`,
            };
        }
        case 'column':
            return { object: `${r.schema}.${r.object}.${r.column_name}`, reason: `${r.writer} can ${privileges} this column: ${how}${usage}` };
        case 'relation':
            return { object: `${r.schema}.${r.object}`, reason: `${r.writer} can ${privileges}: ${how}${usage}` };
    }
}
const boundaryGrants = {
    scope: 'phase',
    id: 'boundary.grants',
    applies: (phase) => phase.verify.boundaries.length > 0,
    async run(ctx, phase) {
        const pairs = phase.verify.boundaries.flatMap((b) => b.protected.map((schema) => [b.writers, schema]));
        const { rows } = await ctx.client.query(BOUNDARY_GRANTS_SQL, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
        const findings = rows.map(findingOf);
        const rules = phase.verify.boundaries.map((b) => `${b.writers} → ${b.protected.join(', ')}`).join('; ');
        const writers = new Set(rows.map((r) => r.writer));
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `no writer can write a protected schema (${rules}); direct, inherited, PUBLIC, owner, column and default privileges counted`,
            problem: `${(0,check/* plural */.LS)(writers.size, 'writer role')} can write a protected schema (${rules})`,
        }, { findings: findings.length });
    },
};

// EXTERNAL MODULE: ./src/sql/libpg-query.ts
var libpg_query = __webpack_require__(1431);
;// CONCATENATED MODULE: ./src/checks/created-objects.ts

const RELATION_TYPES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
const nameOf = (rel) => rel?.relname === undefined ? undefined : { schema: rel.schemaname, name: rel.relname };
const isTemp = (rel) => rel?.relpersistence === 't';
const strings = (nodes) => (nodes ?? []).flatMap((n) => ('String' in n ? [n.String.sval ?? ''] : 'A_Const' in n && n.A_Const.sval ? [n.A_Const.sval.sval ?? ''] : []));
function create(kind, rel) {
    const target = nameOf(rel);
    return target && !isTemp(rel) ? [{ op: 'create', kind, target }] : [];
}
/** One parsed statement's effects on the phase's tables and views, and on the search_path. */
function effectsOf(node, schemaOfElements) {
    const inSchema = (effects) => schemaOfElements === undefined ? effects : effects.map((e) => ('target' in e && !e.target.schema ? { ...e, target: { ...e.target, schema: schemaOfElements } } : e));
    if ('CreateStmt' in node)
        return inSchema(create('table', node.CreateStmt.relation));
    if ('CreateForeignTableStmt' in node)
        return inSchema(create('table', node.CreateForeignTableStmt.base?.relation));
    if ('CreateTableAsStmt' in node) {
        const { into, objtype } = node.CreateTableAsStmt;
        return create(objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', into?.rel);
    }
    if ('ViewStmt' in node)
        return inSchema(create('view', node.ViewStmt.view));
    if ('CreateSchemaStmt' in node) {
        const schema = node.CreateSchemaStmt.schemaname;
        return (node.CreateSchemaStmt.schemaElts ?? []).flatMap((e) => effectsOf(e, schema));
    }
    if ('DropStmt' in node) {
        const { removeType, objects } = node.DropStmt;
        if (!RELATION_TYPES.has(removeType ?? ''))
            return [];
        return (objects ?? []).flatMap((o) => {
            const parts = 'List' in o ? strings(o.List.items) : [];
            const name = parts.at(-1);
            return name === undefined ? [] : [{ op: 'drop', target: { schema: parts.at(-2), name } }];
        });
    }
    if ('RenameStmt' in node) {
        const { renameType, relation, newname } = node.RenameStmt;
        const target = nameOf(relation);
        return RELATION_TYPES.has(renameType ?? '') && target && newname ? [{ op: 'rename', target, to: newname }] : [];
    }
    if ('AlterObjectSchemaStmt' in node) {
        const { objectType, relation, newschema } = node.AlterObjectSchemaStmt;
        const target = nameOf(relation);
        return RELATION_TYPES.has(objectType ?? '') && target && newschema ? [{ op: 'move', target, to: newschema }] : [];
    }
    if ('VariableSetStmt' in node) {
        const { kind, name, args } = node.VariableSetStmt;
        if (kind === 'VAR_RESET_ALL')
            return [{ op: 'search_path', path: 'default' }];
        if (name !== 'search_path')
            return [];
        return [{ op: 'search_path', path: kind === 'VAR_SET_VALUE' ? strings(args) : 'default' }];
    }
    if ('SelectStmt' in node)
        return setConfigPath(node);
    if ('DoStmt' in node)
        return doBlock(node.DoStmt.args);
    if ('CallStmt' in node)
        return [{ op: 'unknown', what: 'a CALL' }];
    return [];
}
/**
 * A DO block runs code, not a statement this file can replay. It may have created a table or
 * view when it names one, or when it runs SQL that is not spelled out in the file: EXECUTE of
 * anything but a literal (or format() of one) without %s. A block that does neither (roles,
 * comments, grants, a check) is known to create none.
 */
function doBlock(args) {
    const body = (args ?? []).map((a) => ('DefElem' in a && a.DefElem.defname === 'as' && a.DefElem.arg ? strings([a.DefElem.arg]).join('') : '')).join('');
    const executes = body.match(/\bEXECUTE\b(?!\s+(?:FUNCTION|PROCEDURE)\b)/gi)?.length ?? 0;
    const spelled = [...body.matchAll(/\bEXECUTE\s+(?:format\s*\(\s*)?'((?:[^']|'')*)'/gi)].map((m) => m[1]);
    // SELECT … INTO assigns a variable in PL/pgSQL; only in SQL run by EXECUTE does it make a table.
    if (spelled.length < executes || spelled.some((sql) => /\b(TABLE|VIEW|INTO)\b|%s/i.test(sql)))
        return [{ op: 'unknown', what: 'dynamic SQL (EXECUTE) in a DO block' }];
    if (/\b(TABLE|VIEW)\b/i.test(body.replace(/\bEXECUTE\s+(?:format\s*\(\s*)?'(?:[^']|'')*'/gi, '')))
        return [{ op: 'unknown', what: 'a DO block' }];
    return [];
}
/** `SELECT set_config('search_path', 'a, b', …)`, as pg_dump writes it. */
function setConfigPath(node) {
    if (!('SelectStmt' in node))
        return [];
    const targets = node.SelectStmt.targetList ?? [];
    for (const t of targets) {
        const value = 'ResTarget' in t ? t.ResTarget.val : undefined;
        if (!value || !('FuncCall' in value))
            continue;
        const fn = strings(value.FuncCall.funcname).at(-1);
        const [setting, text] = strings(value.FuncCall.args);
        if (fn === 'set_config' && setting === 'search_path' && text !== undefined) {
            return [{ op: 'search_path', path: text.split(',').map((s) => s.trim().replace(/^"(.*)"$/, '$1')).filter(Boolean) }];
        }
    }
    return [];
}
/** Where an unqualified CREATE lands: the path's first schema that can be named statically. */
const creationSchema = (path) => path.find((s) => s !== '$user' && s !== 'pg_temp' && s !== 'pg_catalog');
/**
 * Replays the files' DDL in order; what is left is what they created. Each file starts from
 * `searchPath` (the phase's schema): every file runs in its own transaction.
 */
async function createdObjects(files, searchPath) {
    const { parseSync } = await (0,libpg_query/* loadLibPgQuery */.j4)();
    const objects = new Map();
    const unknown = [];
    const key = (schema, name) => `${schema}\0${name}`;
    for (const file of files) {
        let path = searchPath;
        // An unqualified name that is dropped or renamed is the first one the path finds.
        const resolve = (target) => target.schema ?? path.find((s) => objects.has(key(s, target.name))) ?? creationSchema(path);
        for (const statement of file.statements) {
            let nodes;
            try {
                nodes = (parseSync(statement.text).stmts ?? []).flatMap((s) => (s.stmt ? [s.stmt] : []));
            }
            catch {
                unknown.push({ file: file.path.rel, line: statement.line, what: "a statement this version of PostgreSQL's parser cannot read" });
                continue;
            }
            for (const effect of nodes.flatMap((n) => effectsOf(n))) {
                if (effect.op === 'unknown') {
                    unknown.push({ file: file.path.rel, line: statement.line, what: effect.what });
                    continue;
                }
                if (effect.op === 'search_path') {
                    path = effect.path === 'default' ? searchPath : effect.path;
                    continue;
                }
                const schema = effect.op === 'create' ? (effect.target.schema ?? creationSchema(path)) : resolve(effect.target);
                if (schema === undefined)
                    continue;
                const id = key(schema, effect.target.name);
                if (effect.op === 'create')
                    objects.set(id, { schema, name: effect.target.name, kind: effect.kind, file: file.path.rel });
                else if (effect.op === 'drop')
                    objects.delete(id);
                else {
                    const existing = objects.get(id);
                    objects.delete(id);
                    if (existing) {
                        const moved = effect.op === 'move' ? { ...existing, schema: effect.to } : { ...existing, name: effect.to };
                        objects.set(key(moved.schema, moved.name), moved);
                    }
                }
            }
        }
    }
    return { objects: [...objects.values()], unknown };
}

;// CONCATENATED MODULE: ./src/checks/expected-objects.ts



/**
 * The runbook's "check all expected tables exist" (its table count per schema), made exact:
 * every expected table and view is looked up by name, and tables in the phase's schema that
 * nothing expected are reported too. Expected = the config's lists, else what the phase's
 * migrations and view files create (read by PostgreSQL's parser, created-objects.ts), leaving out migrations the history says were reverted
 * (DOWN files ran): after a rollback to a version, their objects are meant to be gone.
 */
const EXPECTED_OBJECTS_SQL = `
SELECT n.nspname AS schema, c.relname AS name,
       CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END AS kind
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND (
    (n.nspname, c.relname) IN (SELECT * FROM unnest($1::text[], $2::text[]))
    OR (n.nspname = $3 AND c.relkind IN ('r', 'p', 'f') AND NOT c.relispartition)
  )`;
/** Versions of the phase whose every successful run was reverted. */
function revertedVersionsSql(history) {
    return `
SELECT h.version FROM ${history} h
WHERE h.phase = $1 AND h.kind = 'migration' AND h.success AND h.version IS NOT NULL
GROUP BY h.version
HAVING bool_and(h.reverted_at IS NOT NULL)`;
}
async function revertedVersions(ctx, phase) {
    const history = (0,migrate_history/* qualified */.LX)(ctx.config.historyTable);
    const present = (await ctx.client.query('SELECT to_regclass($1) IS NOT NULL AS present', [history])).rows[0].present;
    if (!present)
        return new Set();
    const { rows } = await ctx.client.query(revertedVersionsSql(history), [phase.name]);
    return new Set(rows.map((r) => r.version));
}
async function expectedOf(phase, reverted, searchPath) {
    const { expectTables, expectViews } = phase.verify;
    const migrations = phase.files.migrations.filter((m) => !reverted.has(m.version.text));
    const created = expectTables && expectViews
        ? { objects: [], unknown: [] }
        : await createdObjects([...migrations, ...phase.files.views, ...phase.files.policies], searchPath);
    const tables = expectTables
        ? expectTables.map((name) => ({ schema: phase.schema, name, kind: 'table', source: 'expect_tables' }))
        : created.objects.filter((o) => o.kind === 'table').map((o) => ({ ...o, source: o.file }));
    const views = expectViews
        ? expectViews.map((q) => {
            const [schema, name] = (0,check/* splitQualified */.T0)(q);
            return { schema, name, kind: 'view', source: 'expect_views' };
        })
        : created.objects.filter((o) => o.kind === 'view').map((o) => ({ ...o, source: o.file }));
    return { expected: [...tables, ...views], unknown: expectTables ? [] : created.unknown };
}
/** Why a table nothing expected is there: the config's list, the files, or what the files do not show. */
function unexpectedWhy(phase, unknown) {
    if (phase.verify.expectTables)
        return 'not listed in expect_tables';
    const first = unknown[0];
    if (!first)
        return 'created by no migration file of this phase';
    const more = unknown.length > 1 ? ` and ${unknown.length - 1} more` : '';
    return `not known from the files (${first.what} at ${first.file}:${first.line}${more} may have created it; list the phase's tables in expect_tables to check them)`;
}
const expectedObjects = {
    scope: 'phase',
    id: 'objects.expected',
    applies: () => true,
    async run(ctx, phase) {
        // The migrations ran with this role's search_path (the applier gives every file the session's
        // own), so an unqualified CREATE landed in its first existing schema, not necessarily the phase's.
        const path = (await ctx.client.query('SELECT pg_catalog.current_schemas(false)::text[] AS path')).rows[0]?.path ?? [];
        const { expected, unknown } = await expectedOf(phase, await revertedVersions(ctx, phase), path.length > 0 ? path : [phase.schema]);
        const { rows } = await ctx.client.query(EXPECTED_OBJECTS_SQL, [
            expected.map((e) => e.schema), expected.map((e) => e.name), phase.schema,
        ]);
        const found = new Map(rows.map((r) => [`${r.schema}.${r.name}`, r.kind]));
        const findings = [];
        const counts = {};
        for (const e of expected) {
            const id = `${e.schema}.${e.name}`;
            const kind = found.get(id);
            if (!kind)
                findings.push({ object: id, reason: `expected ${e.kind} is missing (from ${e.source})` });
            else if (kind !== e.kind)
                findings.push({ object: id, reason: `expected a ${e.kind}, found a ${kind} (from ${e.source})` });
            else
                counts[`${e.schema}.${e.kind}s`] = (counts[`${e.schema}.${e.kind}s`] ?? 0) + 1;
        }
        const expectedIds = new Set(expected.map((e) => `${e.schema}.${e.name}`));
        const extra = rows.filter((r) => r.schema === phase.schema && r.kind === 'table' && !expectedIds.has(`${r.schema}.${r.name}`));
        const why = unexpectedWhy(phase, unknown);
        for (const r of extra) {
            findings.push({ object: `${r.schema}.${r.name}`, reason: `unexpected table: ${why}`, level: 'warn' });
        }
        const present = Object.entries(counts)
            .map(([k, n]) => {
            const [schema, kinds] = (0,check/* splitQualified */.T0)(k);
            return `${schema}: ${(0,check/* plural */.LS)(n, kinds.slice(0, -1))}`;
        })
            .join('; ');
        const missing = findings.filter((f) => f.level !== 'warn').length;
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `all ${(0,check/* plural */.LS)(expected.length, 'expected object')} present (${present || 'none expected'})`,
            problem: missing > 0
                ? `${(0,check/* plural */.LS)(missing, 'expected object')} missing or of the wrong kind (present: ${present || 'none'})`
                : `${(0,check/* plural */.LS)(extra.length, 'unexpected table')} in ${phase.schema} (present: ${present || 'none'})`,
        }, { expected: expected.length, missing, unexpected: extra.length, ...counts });
    },
};

;// CONCATENATED MODULE: ./src/checks/rls.ts

/**
 * The runbook's `SELECT ... FROM pg_tables WHERE rowsecurity` listed the tables that have RLS;
 * a person had to notice the one that was missing. This names it: every table (partitions
 * included, since they can be queried directly) of a schema that requires RLS must have it
 * enabled, forced when configured, and at least one policy.
 */
const RLS_TABLES_SQL = `
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
       (SELECT count(*)::int FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid) AS policies
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
ORDER BY c.relname`;
const rlsRequired = {
    scope: 'phase',
    id: 'rls.required',
    applies: (phase) => phase.verify.rls.required,
    async run(ctx, phase) {
        const { rows } = await ctx.client.query(RLS_TABLES_SQL, [phase.schema]);
        const force = phase.verify.rls.force;
        const findings = [];
        for (const t of rows) {
            const object = `${t.schema}.${t.name}`;
            if (!t.enabled)
                findings.push({ object, reason: 'row-level security is disabled: every role with a grant reads and writes all rows' });
            else if (force && !t.forced)
                findings.push({ object, reason: 'row-level security is not forced: the owner bypasses the policies (rls.force is set)' });
            if (t.policies === 0) {
                findings.push({ object, reason: 'has no policy: with RLS on, every role but the owner sees no rows, so nothing was tested' });
            }
        }
        const tables = rows.length;
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: tables === 0
                ? `no tables in ${phase.schema}`
                : `all ${(0,check/* plural */.LS)(tables, 'table')} in ${phase.schema} have row-level security${force ? ' (forced)' : ''} and policies`,
            problem: `${(0,check/* plural */.LS)(new Set(findings.map((f) => f.object)).size, 'table')} of ${tables} in ${phase.schema} fail the RLS requirement`,
        }, { tables, protected: tables - new Set(findings.map((f) => f.object)).size });
    },
};

;// CONCATENATED MODULE: ./src/checks/roles.ts


/**
 * The runbook's RLS test, done properly: it ran `SET ROLE analyst_ro; SELECT ...` and grepped
 * psql's output for "permission denied", so any other failure (a typo, a missing table, a
 * translated message) read as "RLS working". Here each probe runs as the role inside a
 * savepoint of the verification's read-only transaction, which is rolled back after every
 * probe (undoing SET LOCAL ROLE with it), and a denial counts only on SQLSTATE 42501.
 *
 * These are the one place verification sends a statement per object: one probe per configured
 * (role, object) pair, so the number grows with the config, never with the database.
 */
const INSUFFICIENT_PRIVILEGE = '42501';
const SAVEPOINT = 'SAVEPOINT pg_promote_probe';
const UNDO = 'ROLLBACK TO SAVEPOINT pg_promote_probe; RELEASE SAVEPOINT pg_promote_probe';
/** Reads at most one row of `object` as `role`; leaves the session as it found it. */
async function readAs(client, role, object) {
    await client.query(SAVEPOINT);
    try {
        try {
            await client.query(`SET LOCAL ROLE ${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(role)}`);
        }
        catch (err) {
            const e = err;
            return { kind: 'cannot-set-role', sqlstate: e.code, message: e.message };
        }
        try {
            const result = await client.query(`SELECT * FROM ${(0,check/* quoteQualified */.$s)(object)} LIMIT 1`);
            return { kind: 'read', rows: result.rowCount ?? 0 };
        }
        catch (err) {
            const e = err;
            return e.code === INSUFFICIENT_PRIVILEGE ? { kind: 'denied', message: e.message } : { kind: 'error', sqlstate: e.code, message: e.message };
        }
    }
    finally {
        await client.query(UNDO);
    }
}
function deniedFinding(role, object, probe) {
    switch (probe.kind) {
        case 'denied':
            return undefined;
        case 'read':
            return {
                object,
                reason: `${role} can read it (SELECT succeeded, ${(0,check/* plural */.LS)(probe.rows, 'row')} visible${probe.rows === 0 ? ': row-level security may hide rows, but the privilege is there' : ''}); expected permission denied (SQLSTATE 42501)`,
            };
        case 'cannot-set-role':
            return notCheckable(role, object, `cannot SET ROLE ${role}: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]`);
        case 'error':
            return {
                object,
                reason: `${role}: reading it failed with SQLSTATE ${probe.sqlstate ?? '?'} (${probe.message}), not 42501: not counted as denied`,
            };
    }
}
function allowedFinding(role, object, probe) {
    switch (probe.kind) {
        case 'read':
            return undefined;
        case 'denied':
            return { object, reason: `${role} cannot read it: ${probe.message} [SQLSTATE 42501]` };
        case 'cannot-set-role':
            return notCheckable(role, object, `cannot SET ROLE ${role}: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]`);
        case 'error':
            return { object, reason: `${role}: reading it failed: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]` };
    }
}
/**
 * Which of the roles this role may not SET ROLE to. PostgreSQL 16 split membership's powers:
 * a role created by a non-superuser CREATEROLE owner grants that owner ADMIN, and SET only
 * if createrole_self_grant says so, so membership alone no longer means SET ROLE works.
 */
const UNSETTABLE_ROLES_SQL = `
SELECT r AS role FROM unnest($1::text[]) AS r JOIN pg_catalog.pg_roles x ON x.rolname = r
WHERE NOT CASE WHEN pg_catalog.current_setting('server_version_num')::int >= 160000
               THEN pg_catalog.pg_has_role(current_user, x.oid, 'SET')
               ELSE pg_catalog.pg_has_role(current_user, x.oid, 'MEMBER') END`;
/** A probe this role cannot run is not a security finding: a warning, and the other checks go on. */
const notCheckable = (role, object, why) => ({
    object,
    level: 'warn',
    reason: `${role}: not checkable by this role (${why})`,
});
const roleAccess = {
    scope: 'phase',
    id: 'roles.access',
    applies: (phase) => phase.verify.roles.length > 0,
    async run(ctx, phase) {
        const findings = [];
        let probes = 0;
        const roles = phase.verify.roles.map((r) => r.role);
        const unsettable = new Set((await ctx.client.query(UNSETTABLE_ROLES_SQL, [roles])).rows.map((r) => r.role));
        const me = (await ctx.client.query('SELECT current_user::text AS me')).rows[0]?.me;
        for (const spec of phase.verify.roles) {
            if (unsettable.has(spec.role)) {
                for (const object of [...spec.denied, ...spec.allowed]) {
                    findings.push(notCheckable(spec.role, object, `${me} may not SET ROLE ${spec.role}: on PostgreSQL 16+ that needs the SET option of the membership, before 16 membership`));
                }
                continue;
            }
            for (const object of spec.denied) {
                probes++;
                const finding = deniedFinding(spec.role, object, await readAs(ctx.client, spec.role, object));
                if (finding)
                    findings.push(finding);
            }
            for (const object of spec.allowed) {
                probes++;
                const finding = allowedFinding(spec.role, object, await readAs(ctx.client, spec.role, object));
                if (finding)
                    findings.push(finding);
            }
        }
        const described = phase.verify.roles
            .map((r) => `${r.role}: ${r.denied.length} denied, ${r.allowed.length} allowed`)
            .join('; ');
        return (0,check/* outcomeOf */.sG)(findings, { pass: `as configured (${described})`, problem: `${(0,check/* plural */.LS)(findings.length, 'probe')} of ${probes} did not behave as configured` }, { probes });
    },
};

;// CONCATENATED MODULE: ./src/checks/probe.ts
const PROBE_INPUT_SQL = `SELECT pg_catalog.set_config('pg_promote.probe', $1, true)`;
// SELECT * (not count(*) over a subquery) so the planner cannot drop unused columns and skip
// the functions that compute them; the rows are discarded and only ROW_COUNT is kept.
const PROBE_SQL = `DO $probe$
DECLARE
  item record;
  n bigint;
  results jsonb := '[]';
BEGIN
  FOR item IN
    SELECT * FROM jsonb_to_recordset(pg_catalog.current_setting('pg_promote.probe')::jsonb) AS x(schema text, name text, mode text)
  LOOP
    BEGIN
      IF item.mode = 'count' THEN
        EXECUTE format('SELECT count(*) FROM %I.%I', item.schema, item.name) INTO n;
      ELSE
        EXECUTE format('SELECT * FROM %I.%I LIMIT %s', item.schema, item.name, CASE item.mode WHEN 'limit0' THEN 0 ELSE 1 END);
        GET DIAGNOSTICS n = ROW_COUNT;
      END IF;
      results := results || jsonb_build_object('rows', n);
    EXCEPTION WHEN OTHERS THEN
      results := results || jsonb_build_object('sqlstate', SQLSTATE, 'message', SQLERRM);
    END;
  END LOOP;
  PERFORM pg_catalog.set_config('pg_promote.probe', results::text, true);
END
$probe$;
SELECT pg_catalog.current_setting('pg_promote.probe') AS results`;
/** One outcome per target, in order. A statement timeout still aborts the whole probe. */
async function probeRelations(client, targets) {
    if (targets.length === 0)
        return [];
    await client.query(PROBE_INPUT_SQL, [JSON.stringify(targets)]);
    const results = (await client.query(PROBE_SQL));
    const last = results[results.length - 1];
    return JSON.parse(last.rows[0].results);
}
function probeError(outcome) {
    return `${outcome.message ?? 'failed'} [SQLSTATE ${outcome.sqlstate ?? '?'}]`;
}

;// CONCATENATED MODULE: ./src/checks/row-counts.ts


function expectationText(e) {
    if (e.exact !== undefined)
        return `exactly ${e.exact}`;
    if (e.min !== undefined && e.max !== undefined)
        return `between ${e.min} and ${e.max}`;
    return e.min !== undefined ? `at least ${e.min}` : `at most ${e.max}`;
}
function meets(e, rows) {
    if (e.exact !== undefined)
        return rows === e.exact;
    return (e.min === undefined || rows >= e.min) && (e.max === undefined || rows <= e.max);
}
const rowCounts = {
    scope: 'phase',
    id: 'rows.counts',
    applies: (phase) => phase.verify.rowCounts.length > 0,
    async run(ctx, phase) {
        const expectations = phase.verify.rowCounts;
        const outcomes = await probeRelations(ctx.client, expectations.map((e) => {
            const [schema, name] = (0,check/* splitQualified */.T0)(e.table);
            return { schema, name, mode: 'count' };
        }));
        const findings = [];
        const counts = {};
        outcomes.forEach((o, i) => {
            const e = expectations[i];
            if (o.sqlstate) {
                findings.push({ object: e.table, reason: `cannot count rows: ${probeError(o)}` });
                return;
            }
            const rows = o.rows ?? 0;
            counts[e.table] = rows;
            if (!meets(e, rows))
                findings.push({ object: e.table, reason: `has ${(0,check/* plural */.LS)(rows, 'row')}, expected ${expectationText(e)}` });
        });
        const listed = expectations.map((e) => `${e.table} ${counts[e.table] ?? '?'}`).join(', ');
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `${(0,check/* plural */.LS)(expectations.length, 'row count')} as expected (${listed})`,
            problem: `${(0,check/* plural */.LS)(findings.length, 'row count')} of ${expectations.length} outside expectations (${listed})`,
        }, counts);
    },
};

;// CONCATENATED MODULE: ./src/checks/lints/definer-view.ts

/**
 * Splinter 0010, narrowed to where it matters: a view that is not security_invoker reads its
 * tables with its owner's rights, so when one of them has row-level security, every reader of
 * the view gets the owner's view of the rows (all of them, for a superuser or the table owner).
 * Dependencies are followed through intermediate views, which run with the outer view's owner.
 * A materialized view always stores what its owner could read. Views reviewed to do this on
 * purpose are listed in rls.definer_views and counted, not reported.
 */
const DEFINER_VIEWS_SQL = `
WITH RECURSIVE candidates AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind, c.relowner
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY($1::text[])
    AND c.relkind IN ('v', 'm')
    AND NOT coalesce(array_to_string(c.reloptions, ',') ~* '(^|,)security_invoker=(true|on|yes|1)(,|$)', false)
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
),
reads(view_oid, rel_oid) AS (
  SELECT v.oid, d.refobjid
  FROM candidates v
  JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = v.oid
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = rw.oid
   AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> v.oid
  UNION
  SELECT r.view_oid, d.refobjid
  FROM reads r
  JOIN pg_catalog.pg_class inner_view ON inner_view.oid = r.rel_oid AND inner_view.relkind = 'v'
  JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = inner_view.oid
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = rw.oid
   AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> inner_view.oid
)
SELECT v.schema, v.name, v.relkind = 'm' AS materialized, pg_catalog.pg_get_userbyid(v.relowner) AS owner,
       (o.rolsuper OR o.rolbypassrls) AS owner_bypasses_rls,
       array_agg(DISTINCT tn.nspname || '.' || t.relname ORDER BY tn.nspname || '.' || t.relname) AS rls_tables
FROM candidates v
JOIN reads r ON r.view_oid = v.oid
JOIN pg_catalog.pg_class t ON t.oid = r.rel_oid AND t.relkind IN ('r', 'p') AND t.relrowsecurity
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_catalog.pg_roles o ON o.oid = v.relowner
GROUP BY v.schema, v.name, v.relkind, v.relowner, o.rolsuper, o.rolbypassrls
ORDER BY 1, 2`;
const definerView = {
    scope: 'phase',
    id: 'lint.definer-view',
    applies: () => true,
    async run(ctx, phase) {
        const { rows } = await ctx.client.query(DEFINER_VIEWS_SQL, [phase.checkedSchemas]);
        const allowed = new Set(phase.verify.rls.definerViews);
        const reported = rows.filter((r) => !allowed.has(`${r.schema}.${r.name}`));
        const findings = reported.map((r) => {
            const tables = r.rls_tables.join(', ');
            const rights = r.owner_bypasses_rls ? `${r.owner}, who bypasses row-level security` : r.owner;
            return {
                object: `${r.schema}.${r.name}`,
                reason: r.materialized
                    ? `materialized view over RLS table ${tables}: it stores the rows its owner (${rights}) could read, for every reader`
                    : `reads RLS table ${tables} with its owner's rights (${rights}), not security_invoker: its readers bypass row-level security (set security_invoker = true, or list it in rls.definer_views)`,
            };
        });
        const accepted = rows.length - reported.length;
        const note = accepted > 0 ? `; ${(0,check/* plural */.LS)(accepted, 'view')} accepted by rls.definer_views` : '';
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `no view in ${phase.checkedSchemas.join(', ')} lets its readers bypass row-level security${note}`,
            problem: `${(0,check/* plural */.LS)(reported.length, 'view')} let readers bypass row-level security${note}`,
        }, { accepted, reported: reported.length });
    },
};

;// CONCATENATED MODULE: ./src/checks/lints/function-search-path.ts

/**
 * Splinter 0011: a function without its own search_path resolves names through the caller's,
 * so a caller who can create objects earlier in that path can substitute them. For SECURITY
 * DEFINER functions that runs the substitute with the owner's rights: a failure, not a warning.
 * Functions of extensions and in C or internal are skipped: they do not resolve names by path.
 */
const FUNCTION_SEARCH_PATH_SQL = `
SELECT n.nspname AS schema, p.proname AS name, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
       p.prosecdef AS security_definer
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE n.nspname = ANY($1::text[])
  AND p.prokind IN ('f', 'p')
  AND l.lanname NOT IN ('c', 'internal')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(p.proconfig, '{}')) AS cfg WHERE cfg LIKE 'search\\_path=%')
ORDER BY 1, 2, 3`;
const functionSearchPath = {
    scope: 'phase',
    id: 'lint.function-search-path',
    applies: () => true,
    async run(ctx, phase) {
        const { rows } = await ctx.client.query(FUNCTION_SEARCH_PATH_SQL, [phase.checkedSchemas]);
        const findings = rows.map((r) => ({
            object: `${r.schema}.${r.name}(${r.args})`,
            reason: r.security_definer
                ? 'SECURITY DEFINER without SET search_path: a caller can make it run objects of their choosing with the owner\'s rights'
                : 'no SET search_path: names resolve through each caller\'s search_path',
            level: r.security_definer ? 'fail' : 'warn',
        }));
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `every function sets its search_path (${phase.checkedSchemas.join(', ')})`,
            problem: `${(0,check/* plural */.LS)(rows.length, 'function')} with a mutable search_path`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/lints/policy-always-true.ts

/**
 * Splinter 0024, with this project's notion of an untrusted role: Splinter flags always-true
 * write policies for anon/authenticated; here they are PUBLIC, the roles under verify.roles
 * and the roles matching a boundary's writers. An always-true write policy for the app that
 * owns the data (eng_app on eng) is the normal pattern and is not reported. SELECT policies
 * are left out, as in Splinter: read-all is often the point.
 */
const POLICY_ALWAYS_TRUE_SQL = `
WITH policies AS (
  SELECT n.nspname AS schema, c.relname AS table_name, p.polname AS policy, p.polcmd, p.polroles,
         regexp_replace(lower(coalesce(pg_catalog.pg_get_expr(p.polqual, p.polrelid), '')), '\\s+', '', 'g') AS using_expr,
         regexp_replace(lower(coalesce(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), '')), '\\s+', '', 'g') AS check_expr,
         p.polwithcheck IS NULL AS no_check
  FROM pg_catalog.pg_policy p
  JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY($1::text[]) AND c.relrowsecurity AND p.polpermissive AND p.polcmd IN ('a', 'w', 'd', '*')
),
flagged AS (
  SELECT *,
         polcmd IN ('w', 'd', '*') AND using_expr IN ('true', '(true)', '1=1', '(1=1)') AS using_true,
         (polcmd IN ('a', 'w', '*') AND check_expr IN ('true', '(true)', '1=1', '(1=1)'))
           OR (polcmd = 'a' AND no_check)
           OR (polcmd IN ('w', '*') AND no_check AND using_expr IN ('true', '(true)', '1=1', '(1=1)')) AS check_true
  FROM policies
)
SELECT f.schema, f.table_name, f.policy,
       CASE f.polcmd WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       f.using_true, f.check_true,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(r)::text END
             FROM unnest(f.polroles) AS r
             WHERE r = 0 OR pg_catalog.pg_get_userbyid(r) = ANY($2::text[])
                OR pg_catalog.pg_get_userbyid(r) LIKE ANY($3::text[])) AS untrusted
FROM flagged f
WHERE (f.using_true OR f.check_true)
ORDER BY 1, 2, 3`;
const policyAlwaysTrue = {
    scope: 'phase',
    id: 'lint.policy-always-true',
    applies: () => true,
    async run(ctx, phase) {
        const { rows } = await ctx.client.query(POLICY_ALWAYS_TRUE_SQL, [
            phase.checkedSchemas, ctx.restrictedRoles, ctx.writerPatterns,
        ]);
        const findings = rows
            .filter((r) => r.untrusted.length > 0)
            .map((r) => {
            const clause = r.using_true && r.check_true ? 'USING and WITH CHECK are' : r.using_true ? 'USING is' : 'WITH CHECK is';
            return {
                object: `policy ${r.policy} on ${r.schema}.${r.table_name}`,
                reason: `FOR ${r.command} to ${r.untrusted.join(', ')}: ${clause} always true, so row-level security does not restrict their writes`,
                level: 'warn',
            };
        });
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `no always-true write policy for PUBLIC or restricted roles (${phase.checkedSchemas.join(', ')})`,
            problem: `${(0,check/* plural */.LS)(findings.length, 'always-true write policy', 'always-true write policies')} for PUBLIC or restricted roles`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/lints/policy-rls-disabled.ts

/** Splinter 0007: policies on a table whose RLS is off are not enforced, however they read. Counts every policy seen. */
const POLICY_RLS_DISABLED_SQL = `
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, array_agg(p.polname::text ORDER BY p.polname) AS policies
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[])
GROUP BY n.nspname, c.relname, c.relrowsecurity
ORDER BY 1, 2`;
const policyRlsDisabled = {
    scope: 'phase',
    id: 'lint.policy-rls-disabled',
    applies: () => true,
    async run(ctx, phase) {
        // Every table with policies is read, so the report can tell "no policies" from "all enforced".
        const { rows: tables } = await ctx.client.query(POLICY_RLS_DISABLED_SQL, [phase.checkedSchemas]);
        const rows = tables.filter((t) => !t.enabled);
        const findings = rows.map((r) => ({
            object: `${r.schema}.${r.name}`,
            reason: `has ${(0,check/* plural */.LS)(r.policies.length, 'policy', 'policies')} (${r.policies.join(', ')}) but row-level security is disabled: they are not enforced`,
        }));
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: tables.length === 0
                ? `no policies in ${phase.checkedSchemas.join(', ')}`
                : `no policy sits on a table without row-level security (${phase.checkedSchemas.join(', ')})`,
            problem: `${(0,check/* plural */.LS)(rows.length, 'table')} with policies that are not enforced`,
        }, { policies: tables.reduce((n, t) => n + t.policies.length, 0) });
    },
};

;// CONCATENATED MODULE: ./src/checks/lints/rls-no-policy.ts

/**
 * Splinter 0008: RLS on and no policy means nobody but the owner sees a row. Usually a policy
 * file that was not applied; a warning, since default-deny can be deliberate. Schemas where
 * rls.required holds are left to rls.required, which fails on the same finding.
 */
const RLS_NO_POLICY_SQL = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND c.relrowsecurity
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
ORDER BY 1, 2`;
const rlsNoPolicy = {
    scope: 'phase',
    id: 'lint.rls-no-policy',
    applies: () => true,
    async run(ctx, phase) {
        const schemas = phase.checkedSchemas.filter((s) => !(phase.verify.rls.required && s === phase.schema));
        const { rows } = await ctx.client.query(RLS_NO_POLICY_SQL, [schemas]);
        const findings = rows.map((r) => ({
            object: `${r.schema}.${r.name}`,
            reason: 'row-level security is enabled but there is no policy: every role but the owner sees no rows',
            level: 'warn',
        }));
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: schemas.length === 0 ? 'no schema to lint (rls.required covers the phase schema)' : `every RLS table has a policy (${schemas.join(', ')})`,
            problem: `${(0,check/* plural */.LS)(rows.length, 'table')} with RLS enabled and no policy`,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/security-lints.ts





/**
 * Security lints in the spirit of Supabase's Splinter, one file per lint under lints/, each a
 * single catalog query over the phase's checked schemas (its own schema and its view schemas).
 */
const SECURITY_LINTS = [policyRlsDisabled, rlsNoPolicy, definerView, functionSearchPath, policyAlwaysTrue];

;// CONCATENATED MODULE: ./src/checks/views.ts


/**
 * The runbook listed pg_views and called that "verify view compilation"; a view whose SQL
 * function lost its table, or whose owner lost a grant, is still listed. Here every view in the
 * checked schemas is planned and permission-checked (SELECT * ... LIMIT 0), all in one probe,
 * and the views that must hold data are run until they produce a row (LIMIT 1), which also
 * calls the functions in them: "all views return data".
 */
const VIEWS_IN_SCHEMAS_SQL = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('v', 'm')
ORDER BY 1, 2`;
async function viewsIn(ctx, schemas) {
    if (schemas.length === 0)
        return [];
    return (await ctx.client.query(VIEWS_IN_SCHEMAS_SQL, [schemas])).rows;
}
function viewSchemas(phase) {
    return [...new Set([phase.schema, ...phase.verify.views.schemas])];
}
const viewsCompile = {
    scope: 'phase',
    id: 'views.compile',
    applies: () => true,
    async run(ctx, phase) {
        const schemas = viewSchemas(phase);
        const views = await viewsIn(ctx, schemas);
        const outcomes = await probeRelations(ctx.client, views.map((v) => ({ ...v, mode: 'limit0' })));
        const findings = [];
        outcomes.forEach((o, i) => {
            if (o.sqlstate)
                findings.push({ object: `${views[i].schema}.${views[i].name}`, reason: `SELECT * ... LIMIT 0 fails: ${probeError(o)}` });
        });
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: views.length === 0 ? `no views in ${schemas.join(', ')}` : `all ${(0,check/* plural */.LS)(views.length, 'view')} in ${schemas.join(', ')} can be selected from`,
            problem: `${(0,check/* plural */.LS)(findings.length, 'view')} of ${views.length} in ${schemas.join(', ')} cannot be selected from`,
        }, { views: views.length, failed: findings.length });
    },
};
const viewsReturnRows = {
    scope: 'phase',
    id: 'views.rows',
    applies: (phase) => phase.verify.views.requireRows.length > 0,
    async run(ctx, phase) {
        const wanted = phase.verify.views.requireRows;
        const wholeSchemas = wanted.filter((w) => w.endsWith('.*')).map((w) => w.slice(0, -2));
        const named = wanted.filter((w) => !w.endsWith('.*')).map((w) => {
            const [schema, name] = (0,check/* splitQualified */.T0)(w);
            return { schema, name };
        });
        const seen = new Set();
        const inWholeSchemas = await viewsIn(ctx, wholeSchemas);
        const targets = [...inWholeSchemas, ...named].filter((v) => {
            const id = `${v.schema}.${v.name}`;
            return seen.has(id) ? false : (seen.add(id), true);
        });
        const outcomes = await probeRelations(ctx.client, targets.map((v) => ({ ...v, mode: 'limit1' })));
        // schema.* over an empty schema must not pass as "all views returned data".
        const findings = wholeSchemas
            .filter((schema) => !inWholeSchemas.some((v) => v.schema === schema))
            .map((schema) => ({ object: `schema ${schema}`, reason: `has no views, but require_rows lists ${schema}.*` }));
        outcomes.forEach((o, i) => {
            const object = `${targets[i].schema}.${targets[i].name}`;
            if (o.sqlstate)
                findings.push({ object, reason: `fails when run: ${probeError(o)}` });
            else if ((o.rows ?? 0) === 0)
                findings.push({ object, reason: 'returns no rows' });
        });
        const viewSet = new Set((await viewsIn(ctx, viewSchemas(phase))).map((v) => `${v.schema}.${v.name}`));
        const covered = [...seen].filter((id) => viewSet.has(id)).length;
        return (0,check/* outcomeOf */.sG)(findings, {
            pass: `all ${(0,check/* plural */.LS)(targets.length, 'required view')} returned data`,
            problem: `${(0,check/* plural */.LS)(findings.length, 'view')} of ${targets.length} returned no data`,
        }, { required: targets.length, failed: findings.length, covered, views: viewSet.size });
    },
};

;// CONCATENATED MODULE: ./src/checks/registry.ts








/** Every check, in the order results are reported. A new check is one file, listed here. */
const CHECKS = [
    expectedObjects,
    rlsRequired,
    ...SECURITY_LINTS,
    roleAccess,
    boundaryGrants,
    viewsCompile,
    viewsReturnRows,
    rowCounts,
    auditTrail,
];

// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/checks/runner.ts





// REPEATABLE READ: every check sees the same snapshot. READ ONLY: no check, and no function a
// probed view calls, can change anything; the transaction is rolled back all the same.
const BEGIN_SQL = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
const LIMITS_SQL = `SELECT pg_catalog.set_config('lock_timeout', $1, true), pg_catalog.set_config('statement_timeout', $2, true)`;
function verifyPhases(phases) {
    return phases.map((files) => {
        const verify = (0,check/* settingsOf */.f5)(files.phase.verify);
        return {
            name: files.phase.name,
            schema: files.phase.schema,
            files,
            verify,
            checkedSchemas: [...new Set([files.phase.schema, ...verify.views.schemas])],
        };
    });
}
/**
 * Runs the checks in one read-only transaction that is always rolled back, each in a savepoint
 * that is rolled back after it: whatever a check does (SET LOCAL ROLE, a probe's locks) is
 * undone before the next starts, and a check that throws becomes a failed result naming the
 * error instead of ending the run. Bad config (a name that does not exist) throws, exit 2.
 */
async function runChecks(client, input, checks = CHECKS) {
    const phases = verifyPhases(input.phases);
    const ctx = {
        client,
        config: input.config,
        phases,
        executionId: input.executionId,
        restrictedRoles: [...new Set(phases.flatMap((p) => p.verify.roles.map((r) => r.role)))],
        writerPatterns: [...new Set(phases.flatMap((p) => p.verify.boundaries.map((b) => b.writers)))],
    };
    await client.query(BEGIN_SQL);
    try {
        await client.query(LIMITS_SQL, [`${input.config.lockTimeoutMs}ms`, `${input.config.statementTimeoutMs}ms`]);
        await assertReferencesExist(ctx);
        const results = [];
        for (const check of checks) {
            if (check.scope === 'run')
                results.push(await runOne(ctx, check.id, undefined, () => check.run(ctx)));
            else {
                for (const phase of phases) {
                    if (check.applies(phase))
                        results.push(await runOne(ctx, check.id, phase.name, () => check.run(ctx, phase)));
                }
            }
        }
        return results;
    }
    finally {
        await client.query('ROLLBACK').catch(() => undefined);
        // A session-level SET ROLE inside the transaction is undone by the rollback; this is for
        // the day someone runs a check outside one.
        await client.query('RESET ROLE').catch(() => undefined);
    }
}
async function runOne(ctx, id, phase, run) {
    const started = performance.now();
    await ctx.client.query('SAVEPOINT pg_promote_check');
    let outcome;
    try {
        outcome = await run();
    }
    catch (err) {
        if (err instanceof promote_error/* PromoteError */.jG && !(err instanceof promote_error/* InternalError */.Gd))
            throw err;
        outcome = {
            status: 'fail',
            summary: 'the check could not run',
            findings: [{ object: id, reason: (0,format/* serverErrorText */.zi)(err) }],
        };
    }
    finally {
        // Rolled back even on success: checks only read, and this drops their SET LOCAL ROLE and locks.
        await ctx.client.query('ROLLBACK TO SAVEPOINT pg_promote_check; RELEASE SAVEPOINT pg_promote_check');
    }
    const result = { id, status: outcome.status, summary: outcome.summary, findings: outcome.findings };
    if (phase !== undefined)
        result.phase = phase;
    if (outcome.counts)
        result.counts = outcome.counts;
    result.durationMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
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


/***/ })

};
