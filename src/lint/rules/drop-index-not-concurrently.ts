import { defineRule } from '../rule.js';

/** A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: reads wait too. */
export const dropIndexNotConcurrently = defineRule({
  id: 'drop-index-not-concurrently',
  severity: 'warning',
  lockHazard: false,
  summary: 'DROP INDEX without CONCURRENTLY locks the table against reads and writes',
  fix: 'Write DROP INDEX CONCURRENTLY IF EXISTS in a file of its own with -- pg-promote:no-transaction in its header',
  squawk: ['require-concurrent-index-deletion'],
  check(node) {
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent) return [];
    return [{ message: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table, queueing reads and writes behind it' }];
  },
});
