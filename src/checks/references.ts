import { configError } from '../errors/promote-error.js';
import type { CheckContext, VerifyPhase } from './check.js';

/**
 * Every schema, role, writer pattern and relation the verify config names, looked up in one
 * query. A name that does not exist would otherwise turn into a crash (42P01 in a probe) or,
 * worse, a silent pass (a boundary pattern that matches no role checks nothing).
 * Expected tables and views are not here: their absence is what objects.expected reports.
 */
export const MISSING_REFERENCES_SQL = `
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

interface Reference {
  name: string;
  key: string;
}

interface References {
  schemas: Reference[];
  roles: Reference[];
  patterns: Reference[];
  relations: Reference[];
}

export function referencesOf(phases: readonly VerifyPhase[]): References {
  const refs: References = { schemas: [], roles: [], patterns: [], relations: [] };
  for (const phase of phases) {
    const key = (rest: string) => `phases.${phase.name}.${rest}`;
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
      if (o.endsWith('.*')) refs.schemas.push({ name: o.slice(0, -2), key: where });
      else refs.relations.push({ name: o, key: where });
    });
    v.rowCounts.forEach((r, i) => refs.relations.push({ name: r.table, key: key(`verify.row_counts.${i}.table`) }));
    v.rls.definerViews.forEach((o, i) => refs.relations.push({ name: o, key: key(`verify.rls.definer_views.${i}`) }));
  }
  return refs;
}

interface MissingRow {
  schemas: string[];
  roles: string[];
  patterns: string[];
  relations: string[];
  verifier: string;
}

/** Throws a config error (exit 2) naming every configured object that does not exist. */
export async function assertReferencesExist(ctx: CheckContext): Promise<void> {
  const refs = referencesOf(ctx.phases);
  const names = (list: Reference[]) => [...new Set(list.map((r) => r.name))];
  const { rows } = await ctx.client.query<MissingRow>(MISSING_REFERENCES_SQL, [
    names(refs.schemas), names(refs.roles), names(refs.patterns), names(refs.relations),
  ]);
  const row = rows[0]!;
  const problems: Array<{ text: string; ref: Reference }> = [];
  const collect = (missing: string[], list: Reference[], describe: (name: string) => string) => {
    for (const name of missing) {
      const ref = list.find((r) => r.name === name)!;
      problems.push({ text: `${describe(name)} (${ref.key})`, ref });
    }
  };
  collect(row.schemas, refs.schemas, (n) => `schema '${n}' does not exist`);
  collect(row.roles, refs.roles, (n) => `role '${n}' does not exist`);
  collect(row.patterns, refs.patterns, (n) => `writer pattern '${n}' matches no role`);
  collect(row.relations, refs.relations, (n) => `table or view ${n} does not exist`);
  if (problems.length === 0) return;
  const first = problems[0]!;
  const also = problems.slice(1, 4).map((p) => p.text);
  const rest = problems.length - 1 - also.length;
  const more = also.length > 0 ? `; also ${also.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}` : '';
  const file = ctx.config.source.startsWith('built-in') ? undefined : ctx.config.source;
  throw configError(`verify: ${first.text}${more}`, { key: first.ref.key, object: first.ref.name, file });
}
