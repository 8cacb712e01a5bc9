import { defineRule } from '../rule.js';

const REFUSED = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED']);

/** pg-promote owns each file's transaction; migrate refuses files that try to manage their own. */
export const transactionControl = defineRule({
  id: 'transaction-control',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'BEGIN, COMMIT or ROLLBACK in a migration file (pg-promote runs each file in its own transaction)',
  fix: 'Remove it; put statements that must run outside a transaction in a file with -- pg-promote:no-transaction in its header',
  squawk: ['transaction-nesting'],
  check(node) {
    if (!('TransactionStmt' in node) || !REFUSED.has(node.TransactionStmt.kind ?? '')) return [];
    return [{ message: `${(node.TransactionStmt.kind ?? '').replace('TRANS_STMT_', '').replace('_', ' ')} in a migration file: migrate refuses it` }];
  },
});
