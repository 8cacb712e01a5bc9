import { alterTableCommands } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/**
 * A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the parent: every query on the whole
 * partitioned table waits, and waits behind any long query already on it. From PostgreSQL 14,
 * DETACH ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent. Before 14 there is
 * no alternative, so on an assumed 13 the rule is silent.
 */
export const detachPartitionNotConcurrently = defineRule({
  id: 'detach-partition-not-concurrently',
  severity: 'warning',
  lockHazard: true,
  summary: 'DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+) takes ACCESS EXCLUSIVE on the partitioned table',
  fix: 'Write ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY in a file of its own with -- pg-promote:no-transaction in its header',
  squawk: ['require-concurrent-partition-detach'],
  check(node, ctx) {
    if (ctx.postgresVersion < 14) return [];
    const hits: RuleHit[] = [];
    for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
      if (cmd.subtype !== 'AT_DetachPartition' || !cmd.def || !('PartitionCmd' in cmd.def)) continue;
      const p = cmd.def.PartitionCmd;
      if (p.concurrent) continue;
      const partition = tableOf(p.name);
      hits.push({
        at: ctx.locate.alterCommand(stmt.relation?.location, index),
        table,
        message: `detaching ${partition ? displayName(partition) : 'a partition'} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${displayName(table)}: every query on the partitioned table waits`,
      });
    }
    return hits;
  },
});
