import { alterTableCommands, columnDefOf } from '../ast.js';
import type { ColumnDef } from 'libpg-query';
import { defineRule, type TypeChange } from '../rule.js';
import { displayName } from '../tables.js';

/**
 * Changing a column's type rewrites the table (and its indexes) under ACCESS EXCLUSIVE, except
 * for binary-compatible changes such as varchar(n) to text. From the statement alone lint
 * cannot tell those apart; with a database it knows the column's current type
 * (column-types.ts), so the hit says what the column becomes.
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
        typeChange: cmd.name === undefined ? undefined : typeChangeOf(cmd.name, columnDefOf(cmd)),
        message: `changing the type of ${displayName(table)}.${cmd.name ?? '?'} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the change is binary-compatible, e.g. varchar(n) to text)`,
      }));
  },
});

/** The new type, when nothing but the type changes: a USING expression, a collation or an array is left to the warning. */
function typeChangeOf(column: string, def: ColumnDef | undefined): TypeChange | undefined {
  const type = def?.typeName;
  if (!type || def.raw_default || def.collClause || type.arrayBounds || type.setof || type.pct_type) return undefined;
  const names = (type.names ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
  const typmods = (type.typmods ?? []).map((m) => ('A_Const' in m && m.A_Const.ival ? (m.A_Const.ival.ival ?? 0) : undefined));
  if (names.length === 0 || names.some((n) => n === undefined) || typmods.some((m) => m === undefined)) return undefined;
  return { column, typeName: names as string[], typmods: typmods as number[] };
}
