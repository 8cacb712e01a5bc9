import { defineRule } from '../rule.js';

/**
 * ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain,
 * holding a SHARE lock on each table (every write waits) for the whole scan. NOT VALID skips
 * the scan; VALIDATE CONSTRAINT in a later file then scans without blocking writes.
 */
export const alterDomainAddConstraint = defineRule({
  id: 'alter-domain-add-constraint',
  severity: 'warning',
  lockHazard: false,
  summary: 'ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID scans every column of the domain under a SHARE lock (writes wait)',
  fix: 'ADD CONSTRAINT ... NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration file; or put a CHECK on the tables instead of the domain',
  squawk: ['ban-alter-domain-with-add-constraint'],
  check(node, ctx) {
    if (!('AlterDomainStmt' in node) || node.AlterDomainStmt.subtype !== 'C') return [];
    const def = node.AlterDomainStmt.def;
    const constraint = def && 'Constraint' in def ? def.Constraint : undefined;
    if (constraint?.skip_validation) return [];
    const names = (node.AlterDomainStmt.typeName ?? []).flatMap((n) => ('String' in n ? [n.String.sval] : []));
    return [{
      at: ctx.locate.keyword('ADD', 0),
      message: `adding a constraint to domain ${names.join('.')} checks every column of that type in every table, under a SHARE lock on each table (every write waits) until the scan ends`,
    }];
  },
});
