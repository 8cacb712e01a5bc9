import { alterTableCommands, columnConstraints, columnDefOf, typeNameOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName } from '../tables.js';
import { isSerialType, volatilityOf } from '../volatility.js';

/**
 * ADD COLUMN is a catalog change unless every existing row needs its own new value: a volatile
 * default, a serial or identity column, or a stored generated column. Then the whole table is
 * rewritten under ACCESS EXCLUSIVE, blocking reads and writes for as long as that takes.
 */
export const addColumnRewrite = defineRule({
  id: 'add-column-rewrite',
  severity: 'warning',
  lockHazard: true,
  summary: 'ADD COLUMN with a volatile default, serial/identity, or GENERATED ... STORED rewrites the whole table',
  fix: 'Add the column with no default (or a constant one), backfill it in batches in later migrations, then SET DEFAULT; for a generated value, fill a plain column from the application or a trigger',
  squawk: ['adding-field-with-default'],
  check(node) {
    const hits: RuleHit[] = [];
    for (const { table, cmd } of alterTableCommands(node)) {
      const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      if (!column) continue;
      const name = `${displayName(table)}.${column.colname ?? '?'}`;
      const rewrite = (at: number | undefined, why: string) => hits.push({ at: at ?? column.location, table, message: `adding ${name} ${why}: PostgreSQL rewrites every row under an ACCESS EXCLUSIVE lock` });
      if (isSerialType(typeNameOf(column))) rewrite(column.typeName?.location, `as ${typeNameOf(column)} (a nextval() default per row)`);
      for (const c of columnConstraints(column)) {
        if (c.contype === 'CONSTR_DEFAULT') {
          const v = volatilityOf(c.raw_expr);
          if (v.volatile) rewrite(v.at ?? c.location, v.certain ? `with the volatile default ${v.function}()` : `with a default PostgreSQL may treat as volatile (${v.function}; lint cannot look up its volatility)`);
        } else if (c.contype === 'CONSTR_IDENTITY') {
          rewrite(c.location, 'as an identity column (a sequence value per row)');
        } else if (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v') {
          // PostgreSQL 18's VIRTUAL generated columns are computed on read: no rewrite.
          rewrite(c.location, 'as a stored generated column');
        }
      }
    }
    return hits;
  },
});
