import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

/**
 * VACUUM FULL and CLUSTER write a new copy of the table and its indexes under ACCESS
 * EXCLUSIVE: no reads, no writes until the copy is done, and twice the table's disk meanwhile.
 */
export const vacuumFullOrCluster = defineRule({
  id: 'vacuum-full-or-cluster',
  severity: 'warning',
  lockHazard: true,
  summary: 'VACUUM FULL or CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock (no reads, no writes)',
  fix: 'Use pg_repack or pg_squeeze to rewrite online, or plain VACUUM (no rewrite, no blocking lock) if the goal is reclaiming dead rows for reuse',
  squawk: [],
  check(node, ctx) {
    if ('VacuumStmt' in node) {
      const s = node.VacuumStmt;
      const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full' && !/false|off|"ival":0\b/i.test(JSON.stringify(o.DefElem.arg ?? null)));
      if (!s.is_vacuumcmd || !full) return [];
      const tables = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r ? (tableOf(r.VacuumRelation.relation) ?? []) : []));
      const what = tables.length > 0 ? tables.map(displayName).join(', ') : 'every table of the database';
      return [{
        at: ctx.locate.keyword('FULL', 0),
        table: tables[0],
        message: `VACUUM FULL of ${what} rewrites it under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
      }];
    }
    if ('ClusterStmt' in node) {
      const table = tableOf(node.ClusterStmt.relation);
      return [{
        table,
        message: `CLUSTER ${table ? displayName(table) : '(every clustered table)'} rewrites it in index order under an ACCESS EXCLUSIVE lock: no reads, no writes until the copy is done`,
      }];
    }
    return [];
  },
});
