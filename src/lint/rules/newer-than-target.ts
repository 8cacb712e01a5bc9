import type { Node } from 'libpg-query';
import { alterTableCommands, columnConstraints, columnDefOf, constraintOf } from '../ast.js';
import type { LintRule, RuleHit } from '../rule.js';

/**
 * Syntax the assumed PostgreSQL version does not have: the server would refuse the statement
 * (42601) although PostgreSQL's newest parser, which lint uses, accepts it.
 */
export const newerThanTarget: LintRule = {
  id: 'newer-than-target',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'syntax newer than the PostgreSQL version the verdicts assume (MERGE, NULLS NOT DISTINCT, DETACH CONCURRENTLY, named NOT NULL, VIRTUAL columns)',
  fix: 'Write it the way the target\'s version allows; if the target is newer than lint assumed, set lint.postgres_version in the config (or lint with --database-url)',
  squawk: [],
  check(node, ctx) {
    const hits: RuleHit[] = [];
    for (const { feature, since, at } of features(node)) {
      if (ctx.postgresVersion < since) hits.push({ at, message: `${feature} needs PostgreSQL ${since}; the verdicts assume PostgreSQL ${ctx.postgresVersion}, which refuses the statement` });
    }
    return hits;
  },
};

function features(node: Node): Array<{ feature: string; since: number; at?: number }> {
  const found: Array<{ feature: string; since: number; at?: number }> = [];
  if ('MergeStmt' in node) found.push({ feature: 'MERGE', since: 15 });
  if ('IndexStmt' in node && node.IndexStmt.nulls_not_distinct) found.push({ feature: 'NULLS NOT DISTINCT', since: 15 });
  for (const { cmd } of alterTableCommands(node)) {
    if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) found.push({ feature: 'DETACH PARTITION ... CONCURRENTLY', since: 14 });
    const added = cmd.subtype === 'AT_AddConstraint' ? [constraintOf(cmd)] : cmd.subtype === 'AT_AddColumn' ? columnConstraints(columnDefOf(cmd) ?? {}) : [];
    for (const c of added) {
      if (!c) continue;
      if (cmd.subtype === 'AT_AddConstraint' && c.contype === 'CONSTR_NOTNULL') found.push({ feature: 'ADD CONSTRAINT ... NOT NULL (a named NOT NULL constraint)', since: 18, at: c.location });
      if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 'v') found.push({ feature: 'a VIRTUAL generated column', since: 18, at: c.location });
      if ((c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY') && c.nulls_not_distinct) found.push({ feature: 'NULLS NOT DISTINCT', since: 15, at: c.location });
    }
  }
  return found;
}
