import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's cross-boundary query read information_schema.role_table_grants, which shows
 * only privileges granted to the role itself (or to a role the *current* user belongs to).
 * A writer also gets to write through a role it is a member of, through PUBLIC, as an owner,
 * through column privileges, and on every future table through default privileges. One query
 * explodes every ACL in the protected schemas and asks, for each (writer, grantee) pair, how
 * the writer reaches the grantee; the path is part of the finding.
 */
export const BOUNDARY_GRANTS_SQL = `
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

interface GrantRow {
  writer: string;
  schema: string;
  object: string | null;
  column_name: string | null;
  source: 'relation' | 'column' | 'schema' | 'default' | 'default-all' | 'superuser';
  path: 'public' | 'direct' | 'inherited' | 'set-role' | 'superuser';
  grantee: string;
  as_owner: boolean;
  creator: string | null;
  schema_usage: boolean;
  privileges: string[];
}

function pathText(r: GrantRow): string {
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

function findingOf(r: GrantRow): CheckFinding {
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

export const boundaryGrants: PhaseCheck = {
  scope: 'phase',
  id: 'boundary.grants',
  applies: (phase) => phase.verify.boundaries.length > 0,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const pairs = phase.verify.boundaries.flatMap((b) => b.protected.map((schema) => [b.writers, schema] as const));
    const { rows } = await ctx.client.query<GrantRow>(BOUNDARY_GRANTS_SQL, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
    const findings = rows.map(findingOf);
    const rules = phase.verify.boundaries.map((b) => `${b.writers} → ${b.protected.join(', ')}`).join('; ');
    const writers = new Set(rows.map((r) => r.writer));
    return outcomeOf(
      findings,
      {
        pass: `no writer can write a protected schema (${rules}); direct, inherited, PUBLIC, owner, column and default privileges counted`,
        problem: `${plural(writers.size, 'writer role')} can write a protected schema (${rules})`,
      },
      { findings: findings.length },
    );
  },
};
