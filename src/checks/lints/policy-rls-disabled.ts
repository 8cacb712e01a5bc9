import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from '../check.js';

/** Splinter 0007: policies on a table whose RLS is off are not enforced, however they read. Counts every policy seen. */
export const POLICY_RLS_DISABLED_SQL = `
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, array_agg(p.polname::text ORDER BY p.polname) AS policies
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[])
GROUP BY n.nspname, c.relname, c.relrowsecurity
ORDER BY 1, 2`;

export const policyRlsDisabled: PhaseCheck = {
  scope: 'phase',
  id: 'lint.policy-rls-disabled',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    // Every table with policies is read, so the report can tell "no policies" from "all enforced".
    const { rows: tables } = await ctx.client.query<{ schema: string; name: string; enabled: boolean; policies: string[] }>(POLICY_RLS_DISABLED_SQL, [phase.checkedSchemas]);
    const rows = tables.filter((t) => !t.enabled);
    const findings = rows.map((r) => ({
      object: `${r.schema}.${r.name}`,
      reason: `has ${plural(r.policies.length, 'policy', 'policies')} (${r.policies.join(', ')}) but row-level security is disabled: they are not enforced`,
    }));
    return outcomeOf(findings, {
      pass: tables.length === 0
        ? `no policies in ${phase.checkedSchemas.join(', ')}`
        : `no policy sits on a table without row-level security (${phase.checkedSchemas.join(', ')})`,
      problem: `${plural(rows.length, 'table')} with policies that are not enforced`,
    }, { policies: tables.reduce((n, t) => n + t.policies.length, 0) });
  },
};
