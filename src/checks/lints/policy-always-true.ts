import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from '../check.js';

/**
 * Splinter 0024, with this project's notion of an untrusted role: Splinter flags always-true
 * write policies for anon/authenticated; here they are PUBLIC, the roles under verify.roles
 * and the roles matching a boundary's writers. An always-true write policy for the app that
 * owns the data (eng_app on eng) is the normal pattern and is not reported. SELECT policies
 * are left out, as in Splinter: read-all is often the point.
 */
export const POLICY_ALWAYS_TRUE_SQL = `
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

interface AlwaysTrueRow {
  schema: string;
  table_name: string;
  policy: string;
  command: string;
  using_true: boolean;
  check_true: boolean;
  untrusted: string[];
}

export const policyAlwaysTrue: PhaseCheck = {
  scope: 'phase',
  id: 'lint.policy-always-true',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const { rows } = await ctx.client.query<AlwaysTrueRow>(POLICY_ALWAYS_TRUE_SQL, [
      phase.checkedSchemas, ctx.restrictedRoles, ctx.writerPatterns,
    ]);
    const findings = rows
      .filter((r) => r.untrusted.length > 0)
      .map((r) => {
        const clause = r.using_true && r.check_true ? 'USING and WITH CHECK are' : r.using_true ? 'USING is' : 'WITH CHECK is';
        return {
          object: `policy ${r.policy} on ${r.schema}.${r.table_name}`,
          reason: `FOR ${r.command} to ${r.untrusted.join(', ')}: ${clause} always true, so row-level security does not restrict their writes`,
          level: 'warn' as const,
        };
      });
    return outcomeOf(findings, {
      pass: `no always-true write policy for PUBLIC or restricted roles (${phase.checkedSchemas.join(', ')})`,
      problem: `${plural(findings.length, 'always-true write policy', 'always-true write policies')} for PUBLIC or restricted roles`,
    });
  },
};
