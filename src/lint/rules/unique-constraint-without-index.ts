import { alterTableCommands, columnConstraints, columnDefOf, constraintOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName } from '../tables.js';

/**
 * ADD UNIQUE / ADD PRIMARY KEY builds its index under ACCESS EXCLUSIVE: no reads, no writes
 * until it is done. Built CONCURRENTLY first, the index becomes the constraint instantly.
 */
export const uniqueConstraintWithoutIndex = defineRule({
  id: 'unique-constraint-without-index',
  severity: 'warning',
  lockHazard: true,
  summary: 'ADD UNIQUE or PRIMARY KEY without USING INDEX builds the index while blocking reads and writes',
  fix: 'CREATE UNIQUE INDEX CONCURRENTLY in a file with -- pg-promote:no-transaction in its header, then ALTER TABLE ... ADD CONSTRAINT name UNIQUE (or PRIMARY KEY) USING INDEX index_name',
  squawk: ['disallowed-unique-constraint', 'adding-serial-primary-key-field', 'constraint-missing-not-valid'],
  check(node) {
    const hits: RuleHit[] = [];
    for (const { table, cmd } of alterTableCommands(node)) {
      const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      const added = cmd.subtype === 'AT_AddConstraint' ? [constraintOf(cmd)] : column ? columnConstraints(column) : [];
      for (const c of added) {
        if (!c || (c.contype !== 'CONSTR_UNIQUE' && c.contype !== 'CONSTR_PRIMARY') || c.indexname) continue;
        const kind = c.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY';
        hits.push({ at: c.location, table, message: `adding ${kind}${c.conname ? ` ${c.conname}` : ''} to ${displayName(table)} builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes` });
      }
    }
    return hits;
  },
});
