import { alterTableCommands, columnConstraints, columnDefOf, constraintOf } from '../ast.js';
import { defineRule, type RuleHit } from '../rule.js';
import { displayName } from '../tables.js';

const SCANNED = new Set(['CONSTR_FOREIGN', 'CONSTR_CHECK', 'CONSTR_NOTNULL']);

const VALIDATE_LATER = 'Move VALIDATE CONSTRAINT to a later migration file, so the NOT VALID add commits first and releases its lock';

/**
 * A foreign key or check constraint added without NOT VALID scans the table while holding its
 * lock (a foreign key also locks the referenced table against writes). Adding it NOT VALID is
 * instant; VALIDATE CONSTRAINT then scans under a lock that lets reads and writes go on, but
 * only when it runs in a later transaction than the add.
 */
export const addConstraintWithoutNotValid = defineRule({
  id: 'add-constraint-without-not-valid',
  severity: 'warning',
  lockHazard: true,
  summary: 'ADD CONSTRAINT (foreign key, check) without NOT VALID, or validated in the same transaction, blocks writes during a full scan',
  fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration file',
  squawk: ['constraint-missing-not-valid', 'adding-foreign-key-constraint'],
  check(node, ctx) {
    const hits: RuleHit[] = [];
    for (const { stmt, table, cmd, index } of alterTableCommands(node)) {
      const name = displayName(table);
      const constraint = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd) : undefined;
      // A named NOT NULL constraint (18+) scans like a check, and takes NOT VALID like one.
      if (constraint && SCANNED.has(constraint.contype ?? '') && !constraint.skip_validation) {
        const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'foreign key' : constraint.contype === 'CONSTR_NOTNULL' ? 'NOT NULL constraint' : 'check constraint';
        const also = constraint.contype === 'CONSTR_FOREIGN' && constraint.pktable?.relname ? ` and on ${constraint.pktable.relname}` : '';
        hits.push({ at: constraint.location, table, message: `adding the ${kind}${constraint.conname ? ` ${constraint.conname}` : ''} to ${name} without NOT VALID scans the whole table while blocking writes to it${also}` });
      }
      const column = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      for (const c of column ? columnConstraints(column) : []) {
        if (c.contype === 'CONSTR_FOREIGN') {
          hits.push({
            at: c.location,
            table,
            message: `ADD COLUMN ${column?.colname ?? '?'} ... REFERENCES adds a validated foreign key: it scans ${name} and blocks writes to both tables`,
            fix: 'Add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration file',
          });
        }
      }
      if (cmd.subtype === 'AT_ValidateConstraint' && ctx.transactional && ctx.addedNotValidInThisFile(table, cmd.name ?? '')) {
        hits.push({
          at: ctx.locate.alterCommand(stmt.relation?.location, index),
          table,
          message: `VALIDATE CONSTRAINT ${cmd.name ?? '?'} runs in the same transaction that added it NOT VALID, so the add's lock is held during the whole scan`,
          fix: VALIDATE_LATER,
        });
      }
    }
    return hits;
  },
});
