import { defineRule } from '../rule.js';
import { displayName, tableOf } from '../tables.js';

const SCOPE: Record<string, string> = {
  REINDEX_OBJECT_INDEX: 'INDEX',
  REINDEX_OBJECT_TABLE: 'TABLE',
  REINDEX_OBJECT_SCHEMA: 'SCHEMA',
  REINDEX_OBJECT_DATABASE: 'DATABASE',
  REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};

/**
 * A plain REINDEX rebuilds under ACCESS EXCLUSIVE on each index (every query that would use it
 * waits) and SHARE on its table (every write waits), for as long as the build takes.
 * REINDEX CONCURRENTLY (12+) builds a new index beside the old one and swaps them.
 */
export const reindexNotConcurrently = defineRule({
  id: 'reindex-not-concurrently',
  severity: 'warning',
  lockHazard: true,
  summary: 'REINDEX without CONCURRENTLY: ACCESS EXCLUSIVE on the index and SHARE on its table (writes wait) for the whole rebuild',
  fix: 'Write REINDEX ... CONCURRENTLY in a file of its own with -- pg-promote:no-transaction in its header',
  squawk: ['require-concurrent-reindex'],
  check(node) {
    if (!('ReindexStmt' in node)) return [];
    const s = node.ReindexStmt;
    const concurrently = (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently' && !isOff(p.DefElem.arg));
    if (concurrently) return [];
    const scope = SCOPE[s.kind ?? ''] ?? 'INDEX';
    const named = tableOf(s.relation);
    const what = named ? `${scope} ${displayName(named)}` : `${scope}${s.name ? ` ${s.name}` : ''}`;
    const locks =
      scope === 'INDEX'
        ? 'ACCESS EXCLUSIVE on the index (every query that would use it waits) and SHARE on its table (every write waits)'
        : 'SHARE on each table (every write waits) and ACCESS EXCLUSIVE on each of its indexes (every query that would use one waits)';
    return [{
      table: scope === 'TABLE' ? named : undefined,
      message: `REINDEX ${what} without CONCURRENTLY holds ${locks} until the rebuild ends`,
    }];
  },
});

function isOff(arg: unknown): boolean {
  const text = JSON.stringify(arg ?? null).toLowerCase();
  return /"(false|off)"|"ival":0\b|"boolval":\{\}/.test(text);
}
