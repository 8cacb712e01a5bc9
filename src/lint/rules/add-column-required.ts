import { alterTableCommands, columnConstraints, columnDefOf, typeNameOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName } from '../tables.js';
import { isSerialType } from '../volatility.js';

/**
 * ADD COLUMN ... NOT NULL with no default gives every existing row a NULL in a column that
 * forbids it: PostgreSQL refuses the statement (23502) on any table that has a row, so the
 * migration fails on production though it passed on an empty staging table.
 */
export const addColumnRequired = defineRule({
  id: 'add-column-required',
  severity: 'warning',
  lockHazard: false,
  summary: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on any table that has a row',
  fix: 'Give the column a constant DEFAULT (no rewrite since PostgreSQL 11); or add it nullable, backfill it, then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL in later files',
  squawk: ['adding-required-field'],
  check(node, ctx) {
    const hits: RuleHit[] = [];
    for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
      const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      if (!column || ctx.isNewInFile(table) || isSerialType(typeNameOf(column))) continue;
      const constraints = columnConstraints(column);
      const notNull = constraints.find((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      // A default that is NULL fills nothing; identity and generated columns fill themselves.
      const fills = constraints.some(
        (c) => (c.contype === 'CONSTR_DEFAULT' && !(c.raw_expr && 'A_Const' in c.raw_expr && c.raw_expr.A_Const.isnull)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED',
      );
      if (!notNull || fills) continue;
      hits.push({
        at: ctx.locate.alterCommand(stmt.relation?.location, index),
        table,
        message: `adding ${displayName(table)}.${column.colname ?? '?'} NOT NULL without a default fails (23502) if the table has any row, as production's does`,
      });
    }
    return hits;
  },
});
