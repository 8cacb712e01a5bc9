import { defineRule } from '../rule.js';
import { noTransactionStatement } from '../../sql/no-transaction.js';

const CANDIDATES = new Set([
  'IndexStmt', 'DropStmt', 'ReindexStmt', 'VacuumStmt', 'ClusterStmt', 'AlterTableStmt', 'CreatedbStmt', 'DropdbStmt',
  'AlterDatabaseStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterSystemStmt', 'DiscardStmt', 'CreateSubscriptionStmt',
]);

/**
 * PostgreSQL refuses some statements inside a transaction block (25001). The list is migrate's
 * own (src/sql/no-transaction.ts): what lint reports here is exactly what migrate refuses.
 */
export const needsNoTransaction = defineRule({
  id: 'needs-no-transaction',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'a statement PostgreSQL refuses inside a transaction block (CONCURRENTLY, REINDEX SCHEMA/DATABASE, VACUUM, CREATE/DROP DATABASE, ...) in a file that runs in one',
  fix: 'Move the statement to a file of its own with -- pg-promote:no-transaction in its header, and make it re-runnable (IF NOT EXISTS / IF EXISTS)',
  squawk: ['ban-concurrent-index-creation-in-transaction'],
  check(node, ctx) {
    // Only these statement kinds are on the list; the list itself decides among them.
    if (!ctx.transactional || !CANDIDATES.has(Object.keys(node)[0] ?? '')) return [];
    const refused = noTransactionStatement(ctx.text);
    if (!refused) return [];
    const concurrently = refused.name.includes('CONCURRENTLY');
    return [{
      at: concurrently ? ctx.locate.keyword('CONCURRENTLY', 0) : undefined,
      message: `${refused.name} cannot run inside a transaction block (PostgreSQL refuses it with 25001), and this file runs in one: migrate refuses the file`,
    }];
  },
});
