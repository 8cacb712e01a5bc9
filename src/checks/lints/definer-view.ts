import { outcomeOf, plural, type CheckContext, type PhaseCheck, type VerifyPhase } from '../check.js';

/**
 * Splinter 0010, narrowed to where it matters: a view that is not security_invoker reads its
 * tables with its owner's rights, so when one of them has row-level security, every reader of
 * the view gets the owner's view of the rows (all of them, for a superuser or the table owner).
 * Dependencies are followed through intermediate views, which run with the outer view's owner.
 * A materialized view always stores what its owner could read. Views reviewed to do this on
 * purpose are listed in rls.definer_views and counted, not reported.
 */
export const DEFINER_VIEWS_SQL = `
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

interface DefinerViewRow {
  schema: string;
  name: string;
  materialized: boolean;
  owner: string;
  owner_bypasses_rls: boolean;
  rls_tables: string[];
}

export const definerView: PhaseCheck = {
  scope: 'phase',
  id: 'lint.definer-view',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const { rows } = await ctx.client.query<DefinerViewRow>(DEFINER_VIEWS_SQL, [phase.checkedSchemas]);
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
    const note = accepted > 0 ? `; ${plural(accepted, 'view')} accepted by rls.definer_views` : '';
    return outcomeOf(
      findings,
      {
        pass: `no view in ${phase.checkedSchemas.join(', ')} lets its readers bypass row-level security${note}`,
        problem: `${plural(reported.length, 'view')} let readers bypass row-level security${note}`,
      },
      { accepted, reported: reported.length },
    );
  },
};
