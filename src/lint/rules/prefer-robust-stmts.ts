import { alterTableCommands, columnDefOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';

/**
 * A no-transaction file commits statement by statement: when one fails, the ones before it
 * stay done, and the file is run again from the top once the cause is fixed. A statement that
 * fails when its object already exists (or is already gone) makes that re-run fail too; and a
 * failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind under its name.
 */
export const preferRobustStmts = defineRule({
  id: 'prefer-robust-stmts',
  severity: 'warning',
  lockHazard: false,
  summary: 'in a -- pg-promote:no-transaction file, a statement that fails when re-run after a partial failure (no IF NOT EXISTS / IF EXISTS)',
  fix: 'Write CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS; for CREATE INDEX CONCURRENTLY also DROP INDEX CONCURRENTLY IF EXISTS first when an earlier attempt may have left it INVALID',
  squawk: ['prefer-robust-stmts'],
  check(node, ctx) {
    if (ctx.transactional) return [];
    const hits: RuleHit[] = [];
    const hit = (what: string, fix: string) => hits.push({ message: `${what} fails when the file is run again after a partial failure: this file commits statement by statement`, fix });
    if ('IndexStmt' in node && !node.IndexStmt.if_not_exists) {
      hit(`CREATE INDEX${node.IndexStmt.concurrent ? ' CONCURRENTLY' : ''} ${node.IndexStmt.idxname ?? '(unnamed)'} without IF NOT EXISTS`, 'Name the index and write CREATE INDEX CONCURRENTLY IF NOT EXISTS name ...');
    }
    if ('DropStmt' in node && !node.DropStmt.missing_ok && DROPPABLE.has(node.DropStmt.removeType ?? '')) {
      hit(`DROP ${(node.DropStmt.removeType ?? '').replace('OBJECT_', '')} without IF EXISTS`, 'Write DROP ... IF EXISTS');
    }
    if ('CreateStmt' in node && !node.CreateStmt.if_not_exists) hit('CREATE TABLE without IF NOT EXISTS', 'Write CREATE TABLE IF NOT EXISTS');
    for (const { cmd } of alterTableCommands(node)) {
      if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok) hit(`ADD COLUMN ${columnDefOf(cmd)?.colname ?? ''} without IF NOT EXISTS`, 'Write ADD COLUMN IF NOT EXISTS');
      if (cmd.subtype === 'AT_DropColumn' && !cmd.missing_ok) hit(`DROP COLUMN ${cmd.name ?? ''} without IF EXISTS`, 'Write DROP COLUMN IF EXISTS');
      if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) {
        // Interrupted, it leaves the partition "detach pending"; run again, it fails on that.
        hits.push({
          message: 'DETACH PARTITION ... CONCURRENTLY that is interrupted leaves the partition pending detach, and running the file again fails on it',
          fix: 'After an interrupted run, finish it with ALTER TABLE ... DETACH PARTITION ... FINALIZE before running the file again (or write that FINALIZE in the file that follows)',
        });
      }
    }
    return hits;
  },
});

const DROPPABLE = new Set<string>(['OBJECT_INDEX', 'OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_SEQUENCE', 'OBJECT_TYPE']);
