import { alterTableCommands } from '../ast.js';
import { defineRule } from '../rule.js';
import { displayName } from '../tables.js';

/** Destructive: the column's data is gone, and code still naming it breaks. */
export const dropColumn = defineRule({
  id: 'drop-column',
  severity: 'error',
  lockHazard: false,
  existingTablesOnly: true,
  summary: 'DROP COLUMN destroys data and breaks code still using the column',
  fix: 'Stop using the column in a released version first; then drop it with -- pg-promote-lint: allow drop-column reason: <why it is safe> above the statement',
  squawk: ['ban-drop-column'],
  check(node, ctx) {
    return alterTableCommands(node)
      .filter(({ cmd }) => cmd.subtype === 'AT_DropColumn')
      .map(({ stmt, table, cmd, index }) => ({
        at: ctx.locate.alterCommand(stmt.relation?.location, index),
        table,
        message: `DROP COLUMN ${displayName(table)}.${cmd.name ?? '?'} deletes the column's data: destructive`,
      }));
  },
});
