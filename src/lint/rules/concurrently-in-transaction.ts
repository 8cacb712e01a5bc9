import type { Node } from 'libpg-query';
import type { LintRule } from '../rule.js';

/** PostgreSQL refuses CONCURRENTLY inside a transaction block (25001): the file would fail. */
export const concurrentlyInTransaction: LintRule = {
  id: 'concurrently-in-transaction',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY in a file that runs in a transaction',
  fix: 'Move the statement to a file of its own whose header has -- pg-promote:no-transaction, and make it re-runnable (IF NOT EXISTS / IF EXISTS)',
  squawk: ['ban-concurrent-index-creation-in-transaction'],
  check(node, ctx) {
    if (!ctx.transactional) return [];
    const what = concurrentStatement(node);
    if (!what) return [];
    return [{
      at: ctx.locate.keyword('CONCURRENTLY', 0),
      message: `${what} CONCURRENTLY cannot run inside a transaction, and this file runs in one: migrate would fail here`,
    }];
  },
};

function concurrentStatement(node: Node): string | undefined {
  if ('IndexStmt' in node && node.IndexStmt.concurrent) return 'CREATE INDEX';
  if ('DropStmt' in node && node.DropStmt.concurrent) return 'DROP INDEX';
  if ('ReindexStmt' in node) {
    const params = node.ReindexStmt.params ?? [];
    if (params.some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently')) return 'REINDEX';
  }
  return undefined;
}
