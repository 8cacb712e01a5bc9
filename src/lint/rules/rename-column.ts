import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/** The running release still reads and writes the old column name. */
export const renameColumn = defineRule({
  id: 'rename-column',
  severity: 'warning',
  lockHazard: false,
  existingTablesOnly: true,
  summary: 'RENAME COLUMN breaks the code that is running while the migration deploys',
  fix: 'Add the new column, write both and backfill, move the reads, then drop the old column in a later release',
  squawk: ['renaming-column'],
  check(node, ctx) {
    if (!('RenameStmt' in node)) return [];
    const s = node.RenameStmt;
    if (s.renameType !== 'OBJECT_COLUMN' || (s.relationType !== 'OBJECT_TABLE' && s.relationType !== 'OBJECT_FOREIGN_TABLE')) return [];
    const table = tableOf(s.relation);
    return [{
      at: ctx.locate.keyword('RENAME', s.relation?.location ?? 0),
      table,
      message: `renaming ${table ? displayName(table) : '?'}.${s.subname ?? '?'} to ${s.newname ?? '?'} breaks every running query that names the column`,
    }];
  },
});
