import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/** The running release still uses the old name until the new one is deployed. */
export const renameTable = defineRule({
  id: 'rename-table',
  severity: 'warning',
  lockHazard: false,
  existingTablesOnly: true,
  summary: 'RENAME of a table breaks the code that is running while the migration deploys',
  fix: 'Create the new name as a view (or new table kept in sync), move the code to it, and drop the old name in a later release',
  squawk: ['renaming-table'],
  check(node, ctx) {
    if (!('RenameStmt' in node) || node.RenameStmt.renameType !== 'OBJECT_TABLE') return [];
    const table = tableOf(node.RenameStmt.relation);
    return [{
      at: ctx.locate.keyword('RENAME', node.RenameStmt.relation?.location ?? 0),
      table,
      message: `renaming ${table ? displayName(table) : 'the table'} to ${node.RenameStmt.newname ?? '?'} breaks every running query that names it`,
    }];
  },
});
