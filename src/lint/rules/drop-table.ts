import { defineRule } from '../rule.js';
import { displayName, tableOfNameList } from '../tables.js';

/** Destructive: the data is gone, and code still reading the table breaks. */
export const dropTable = defineRule({
  id: 'drop-table',
  severity: 'error',
  lockHazard: false,
  existingTablesOnly: true,
  summary: 'DROP TABLE destroys data and breaks code still using the table',
  fix: 'Stop using the table in a released version first; then drop it with -- pg-promote-lint: allow drop-table reason: <why it is safe> above the statement',
  squawk: ['ban-drop-table'],
  check(node) {
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE') return [];
    const tables = (node.DropStmt.objects ?? []).flatMap((o) => tableOfNameList(o) ?? []);
    const first = tables[0];
    return [{ table: first, message: `DROP TABLE ${tables.map(displayName).join(', ')} deletes the table${tables.length > 1 ? 's' : ''} and every row: destructive` }];
  },
});
