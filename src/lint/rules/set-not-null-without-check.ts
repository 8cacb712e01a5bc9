import { alterTableCommands } from '../ast.js';
import { defineRule } from '../rule.js';
import { displayName } from '../tables.js';

/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE to prove there is no NULL, unless
 * (PostgreSQL 12+) a validated CHECK (column IS NOT NULL) already proves it. The runner also
 * drops this finding when the target database has such a check, or the column is NOT NULL.
 */
export const setNotNullWithoutCheck = defineRule({
  id: 'set-not-null-without-check',
  severity: 'warning',
  lockHazard: true,
  summary: 'SET NOT NULL without a validated CHECK (column IS NOT NULL) scans the table under an ACCESS EXCLUSIVE lock',
  fix: 'First ADD CONSTRAINT c CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c in a later file, then SET NOT NULL (no scan) and DROP CONSTRAINT c',
  squawk: ['adding-not-nullable-field'],
  check(node, ctx) {
    return alterTableCommands(node)
      .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && !ctx.hasValidatedNotNullCheck(table, cmd.name ?? ''))
      .map(({ stmt, table, cmd, index }) => ({
        at: ctx.locate.keyword('SET', ctx.locate.alterCommand(stmt.relation?.location, index)),
        table,
        notNullColumn: cmd.name,
        // PostgreSQL 18 takes NOT VALID on a NOT NULL constraint itself: one constraint, no CHECK dance.
        fix: ctx.postgresVersion >= 18 ? `ADD CONSTRAINT ${cmd.name ?? 'col'}_not_null NOT NULL ${cmd.name ?? 'col'} NOT VALID, then VALIDATE CONSTRAINT in a later file (PostgreSQL 18; or the CHECK (col IS NOT NULL) NOT VALID sequence)` : undefined,
        message: `SET NOT NULL on ${displayName(table)}.${cmd.name ?? '?'} scans every row under an ACCESS EXCLUSIVE lock (no validated CHECK (${cmd.name ?? '?'} IS NOT NULL) found)`,
      }));
  },
});
