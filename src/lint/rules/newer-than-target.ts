import type { Node } from 'libpg-query';
import { alterTableCommands, columnConstraints, columnDefOf, constraintOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';

/**
 * Syntax (or a setting) the assumed PostgreSQL version does not have: the server would refuse
 * the statement (42601, or 42704 for a setting) although PostgreSQL's newest parser, which lint
 * uses, accepts it.
 */
export const newerThanTarget = defineRule({
  id: 'newer-than-target',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'syntax or settings newer than the PostgreSQL version the verdicts assume (MERGE, NULLS NOT DISTINCT, DETACH CONCURRENTLY, named NOT NULL, VIRTUAL columns, client_connection_check_interval, transaction_timeout)',
  fix: 'Write it the way the target\'s version allows; if the target is newer than lint assumed, set lint.postgres_version in the config (or lint with --database-url)',
  squawk: [],
  check(node, ctx) {
    const hits: RuleHit[] = [];
    for (const { feature, since, at } of features(node)) {
      if (ctx.postgresVersion < since) hits.push({ at, message: `${feature} needs PostgreSQL ${since}; the verdicts assume PostgreSQL ${ctx.postgresVersion}, which refuses the statement` });
    }
    return hits;
  },
});

/** Settings a migration may SET that older servers do not know (42704 there). */
const SETTINGS_SINCE: Record<string, number> = {
  client_connection_check_interval: 14,
  idle_session_timeout: 14,
  transaction_timeout: 17,
};

function features(node: Node): Array<{ feature: string; since: number; at?: number }> {
  const found: Array<{ feature: string; since: number; at?: number }> = [];
  if ('MergeStmt' in node) found.push({ feature: 'MERGE', since: 15 });
  if ('VariableSetStmt' in node) {
    const name = (node.VariableSetStmt.name ?? '').toLowerCase();
    const since = SETTINGS_SINCE[name];
    if (since !== undefined) found.push({ feature: `the setting ${name}`, since });
  }
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
