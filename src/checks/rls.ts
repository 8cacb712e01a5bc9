import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's `SELECT ... FROM pg_tables WHERE rowsecurity` listed the tables that have RLS;
 * a person had to notice the one that was missing. This names it: every table (partitions
 * included, since they can be queried directly) of a schema that requires RLS must have it
 * enabled, forced when configured, and at least one policy.
 */
export const RLS_TABLES_SQL = `
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
       (SELECT count(*)::int FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid) AS policies
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
ORDER BY c.relname`;

interface RlsRow {
  schema: string;
  name: string;
  enabled: boolean;
  forced: boolean;
  policies: number;
}

export const rlsRequired: PhaseCheck = {
  scope: 'phase',
  id: 'rls.required',
  applies: (phase) => phase.verify.rls.required,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const { rows } = await ctx.client.query<RlsRow>(RLS_TABLES_SQL, [phase.schema]);
    const force = phase.verify.rls.force;
    const findings: CheckFinding[] = [];
    for (const t of rows) {
      const object = `${t.schema}.${t.name}`;
      if (!t.enabled) findings.push({ object, reason: 'row-level security is disabled: every role with a grant reads and writes all rows' });
      else if (force && !t.forced) findings.push({ object, reason: 'row-level security is not forced: the owner bypasses the policies (rls.force is set)' });
      if (t.policies === 0) {
        findings.push({ object, reason: 'has no policy: with RLS on, every role but the owner sees no rows, so nothing was tested' });
      }
    }
    const tables = rows.length;
    return outcomeOf(
      findings,
      {
        pass: tables === 0
          ? `no tables in ${phase.schema}`
          : `all ${plural(tables, 'table')} in ${phase.schema} have row-level security${force ? ' (forced)' : ''} and policies`,
        problem: `${plural(new Set(findings.map((f) => f.object)).size, 'table')} of ${tables} in ${phase.schema} fail the RLS requirement`,
      },
      { tables, protected: tables - new Set(findings.map((f) => f.object)).size },
    );
  },
};
