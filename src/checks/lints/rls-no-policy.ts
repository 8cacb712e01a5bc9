import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from '../check.js';

/**
 * Splinter 0008: RLS on and no policy means nobody but the owner sees a row. Usually a policy
 * file that was not applied; a warning, since default-deny can be deliberate. Schemas where
 * rls.required holds are left to rls.required, which fails on the same finding.
 */
export const RLS_NO_POLICY_SQL = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND c.relrowsecurity
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
ORDER BY 1, 2`;

export const rlsNoPolicy: PhaseCheck = {
  scope: 'phase',
  id: 'lint.rls-no-policy',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const schemas = phase.checkedSchemas.filter((s) => !(phase.verify.rls.required && s === phase.schema));
    const { rows } = await ctx.client.query<{ schema: string; name: string }>(RLS_NO_POLICY_SQL, [schemas]);
    const findings = rows.map((r) => ({
      object: `${r.schema}.${r.name}`,
      reason: 'row-level security is enabled but there is no policy: every role but the owner sees no rows',
      level: 'warn' as const,
    }));
    return outcomeOf(findings, {
      pass: schemas.length === 0 ? 'no schema to lint (rls.required covers the phase schema)' : `every RLS table has a policy (${schemas.join(', ')})`,
      problem: `${plural(rows.length, 'table')} with RLS enabled and no policy`,
    });
  },
};
