import { alterTableCommands } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/**
 * ATTACH PARTITION proves every row of the partition fits its bound by scanning it, holding
 * ACCESS EXCLUSIVE on the partition (and SHARE UPDATE EXCLUSIVE on the parent, 12+) the whole
 * time, unless a validated CHECK on the partition already implies the bound. Lint cannot prove
 * implication; a validated CHECK on the partition, added before the attach, counts as the
 * preparation (the server still decides, and says so at DEBUG1).
 */
export const attachPartitionWithoutCheck = defineRule({
  id: 'attach-partition-without-check',
  severity: 'warning',
  lockHazard: true,
  summary: 'ATTACH PARTITION without a validated CHECK matching the bound scans the partition under ACCESS EXCLUSIVE',
  fix: 'Before attaching: ADD CONSTRAINT c CHECK (<the bound as an expression>) NOT VALID, VALIDATE CONSTRAINT c in a later file, then ATTACH (no scan) and DROP CONSTRAINT c',
  squawk: [],
  check(node, ctx) {
    const hits: RuleHit[] = [];
    for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
      if (cmd.subtype !== 'AT_AttachPartition' || !cmd.def || !('PartitionCmd' in cmd.def)) continue;
      const partition = tableOf(cmd.def.PartitionCmd.name);
      if (!partition || ctx.isNewInFile(partition) || ctx.hasValidatedCheck(partition)) continue;
      hits.push({
        at: ctx.locate.alterCommand(stmt.relation?.location, index),
        table: partition,
        message: `attaching ${displayName(partition)} to ${displayName(table)} scans every row of it to prove the bound, under an ACCESS EXCLUSIVE lock on it (no validated CHECK on it found)`,
      });
    }
    return hits;
  },
});
