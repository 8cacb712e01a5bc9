import { defineRule } from '../rule.js';

/**
 * DROP DATABASE cannot be undone by anything pg-promote does: its backup is of the target
 * database, and a migration runs in the target. In a transactional file PostgreSQL refuses it
 * anyway (needs-no-transaction); in a no-transaction file it runs.
 */
export const dropDatabase = defineRule({
  id: 'drop-database',
  severity: 'error',
  lockHazard: false,
  summary: 'DROP DATABASE in a migration: every table, row and grant of that database is gone',
  fix: 'Drop databases by hand, outside migrations; if this is intended, say so with -- pg-promote-lint: allow drop-database reason: <why> above the statement',
  squawk: ['ban-drop-database'],
  check(node) {
    if (!('DropdbStmt' in node)) return [];
    return [{ message: `DROP DATABASE ${node.DropdbStmt.dbname ?? '?'} deletes the whole database, irreversibly (pg-promote's backup covers only the target database)` }];
  },
});
