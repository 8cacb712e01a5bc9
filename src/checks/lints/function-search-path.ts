import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from '../check.js';

/**
 * Splinter 0011: a function without its own search_path resolves names through the caller's,
 * so a caller who can create objects earlier in that path can substitute them. For SECURITY
 * DEFINER functions that runs the substitute with the owner's rights: a failure, not a warning.
 * Functions of extensions and in C or internal are skipped: they do not resolve names by path.
 */
export const FUNCTION_SEARCH_PATH_SQL = `
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

export const functionSearchPath: PhaseCheck = {
  scope: 'phase',
  id: 'lint.function-search-path',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const { rows } = await ctx.client.query<{ schema: string; name: string; args: string; security_definer: boolean }>(
      FUNCTION_SEARCH_PATH_SQL,
      [phase.checkedSchemas],
    );
    const findings = rows.map((r) => ({
      object: `${r.schema}.${r.name}(${r.args})`,
      reason: r.security_definer
        ? 'SECURITY DEFINER without SET search_path: a caller can make it run objects of their choosing with the owner\'s rights'
        : 'no SET search_path: names resolve through each caller\'s search_path',
      level: r.security_definer ? ('fail' as const) : ('warn' as const),
    }));
    return outcomeOf(findings, {
      pass: `every function sets its search_path (${phase.checkedSchemas.join(', ')})`,
      problem: `${plural(rows.length, 'function')} with a mutable search_path`,
    });
  },
};
