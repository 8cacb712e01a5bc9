import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/** Destructive: every row goes (with CASCADE, every row of every referencing table too). */
export const truncate = defineRule({
  id: 'truncate',
  severity: 'error',
  lockHazard: false,
  existingTablesOnly: true,
  summary: 'TRUNCATE deletes every row (CASCADE: of referencing tables too)',
  fix: 'Delete the rows you mean with DELETE ... WHERE; if emptying the table is intended, say so with -- pg-promote-lint: allow truncate reason: <why> above the statement',
  squawk: ['ban-truncate-cascade'],
  check(node, ctx) {
    if (!('TruncateStmt' in node)) return [];
    const tables = (node.TruncateStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? (tableOf(r.RangeVar) ?? []) : []));
    const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
    return [{
      at: cascade ? ctx.locate.keyword('CASCADE', 0) : undefined,
      table: tables[0],
      message: `TRUNCATE ${tables.map(displayName).join(', ')} deletes every row${cascade ? ', and CASCADE empties every table that references them' : ''}: destructive`,
    }];
  },
});
