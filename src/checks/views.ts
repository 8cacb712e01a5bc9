import { outcomeOf, plural, splitQualified, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import { probeError, probeRelations } from './probe.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook listed pg_views and called that "verify view compilation"; a view whose SQL
 * function lost its table, or whose owner lost a grant, is still listed. Here every view in the
 * checked schemas is planned and permission-checked (SELECT * ... LIMIT 0), all in one probe,
 * and the views that must hold data are run until they produce a row (LIMIT 1), which also
 * calls the functions in them: "all views return data".
 */
export const VIEWS_IN_SCHEMAS_SQL = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('v', 'm')
ORDER BY 1, 2`;

type ViewName = { schema: string; name: string };

async function viewsIn(ctx: CheckContext, schemas: string[]): Promise<ViewName[]> {
  if (schemas.length === 0) return [];
  return (await ctx.client.query<ViewName>(VIEWS_IN_SCHEMAS_SQL, [schemas])).rows;
}

export function viewSchemas(phase: VerifyPhase): string[] {
  return [...new Set([phase.schema, ...phase.verify.views.schemas])];
}

export const viewsCompile: PhaseCheck = {
  scope: 'phase',
  id: 'views.compile',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const schemas = viewSchemas(phase);
    const views = await viewsIn(ctx, schemas);
    const outcomes = await probeRelations(ctx.client, views.map((v) => ({ ...v, mode: 'limit0' as const })));
    const findings: CheckFinding[] = [];
    outcomes.forEach((o, i) => {
      if (o.sqlstate) findings.push({ object: `${views[i]!.schema}.${views[i]!.name}`, reason: `SELECT * ... LIMIT 0 fails: ${probeError(o)}` });
    });
    return outcomeOf(
      findings,
      {
        pass: views.length === 0 ? `no views in ${schemas.join(', ')}` : `all ${plural(views.length, 'view')} in ${schemas.join(', ')} can be selected from`,
        problem: `${plural(findings.length, 'view')} of ${views.length} in ${schemas.join(', ')} cannot be selected from`,
      },
      { views: views.length, failed: findings.length },
    );
  },
};

export const viewsReturnRows: PhaseCheck = {
  scope: 'phase',
  id: 'views.rows',
  applies: (phase) => phase.verify.views.requireRows.length > 0,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const wanted = phase.verify.views.requireRows;
    const wholeSchemas = wanted.filter((w) => w.endsWith('.*')).map((w) => w.slice(0, -2));
    const named = wanted.filter((w) => !w.endsWith('.*')).map((w) => {
      const [schema, name] = splitQualified(w);
      return { schema, name };
    });
    const seen = new Set<string>();
    const inWholeSchemas = await viewsIn(ctx, wholeSchemas);
    const targets = [...inWholeSchemas, ...named].filter((v) => {
      const id = `${v.schema}.${v.name}`;
      return seen.has(id) ? false : (seen.add(id), true);
    });
    const outcomes = await probeRelations(ctx.client, targets.map((v) => ({ ...v, mode: 'limit1' as const })));
    // schema.* over an empty schema must not pass as "all views returned data".
    const findings: CheckFinding[] = wholeSchemas
      .filter((schema) => !inWholeSchemas.some((v) => v.schema === schema))
      .map((schema) => ({ object: `schema ${schema}`, reason: `has no views, but require_rows lists ${schema}.*` }));
    outcomes.forEach((o, i) => {
      const object = `${targets[i]!.schema}.${targets[i]!.name}`;
      if (o.sqlstate) findings.push({ object, reason: `fails when run: ${probeError(o)}` });
      else if ((o.rows ?? 0) === 0) findings.push({ object, reason: 'returns no rows' });
    });
    const viewSet = new Set((await viewsIn(ctx, viewSchemas(phase))).map((v) => `${v.schema}.${v.name}`));
    const covered = [...seen].filter((id) => viewSet.has(id)).length;
    return outcomeOf(
      findings,
      {
        pass: `all ${plural(targets.length, 'required view')} returned data`,
        problem: `${plural(findings.length, 'view')} of ${targets.length} returned no data`,
      },
      { required: targets.length, failed: findings.length, covered, views: viewSet.size },
    );
  },
};
