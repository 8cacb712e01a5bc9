import { alterTableCommands } from '../ast.js';
import { defineRule } from '../rule.js';
import { displayName } from '../tables.js';

/**
 * Changing a column's type rewrites the table (and its indexes) under ACCESS EXCLUSIVE, except
 * for binary-compatible changes such as varchar(n) to text: lint cannot tell those apart from
 * the statement alone, so it asks.
 */
export const alterColumnType = defineRule({
  id: 'alter-column-type',
  severity: 'warning',
  lockHazard: true,
  summary: 'ALTER COLUMN ... TYPE rewrites the table and its indexes, blocking reads and writes',
  fix: 'Add a new column of the new type, backfill it in batches, switch the code to it, then drop the old column in a later release',
  squawk: ['changing-column-type'],
  check(node, ctx) {
    return alterTableCommands(node)
      .filter(({ cmd }) => cmd.subtype === 'AT_AlterColumnType')
      .map(({ stmt, table, cmd, index }) => ({
        at: ctx.locate.keyword('TYPE', ctx.locate.alterCommand(stmt.relation?.location, index)),
        table,
        message: `changing the type of ${displayName(table)}.${cmd.name ?? '?'} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the change is binary-compatible, e.g. varchar(n) to text)`,
      }));
  },
});
