import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/** A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, every write waits. */
export const createIndexNotConcurrently = defineRule({
  id: 'create-index-not-concurrently',
  severity: 'warning',
  lockHazard: true,
  summary: 'CREATE INDEX without CONCURRENTLY on an existing table blocks its writes while the index builds',
  fix: 'Write CREATE INDEX CONCURRENTLY (IF NOT EXISTS) in a file of its own with -- pg-promote:no-transaction in its header',
  squawk: ['require-concurrent-index-creation'],
  check(node) {
    if (!('IndexStmt' in node) || node.IndexStmt.concurrent) return [];
    const table = tableOf(node.IndexStmt.relation);
    if (!table) return [];
    const kind = node.IndexStmt.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
    return [{ table, message: `${kind} on ${displayName(table)} without CONCURRENTLY blocks every write to the table until the index is built` }];
  },
});
