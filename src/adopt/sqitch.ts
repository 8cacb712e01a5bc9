import pg from 'pg';
import { usageError } from '../errors/promote-error.js';
import { hasColumns, quotedTable, type HistoryReader } from './foreign-history.js';

/**
 * Sqitch's registry (schema sqitch by default): `changes` holds what is deployed, per project;
 * `events` every deploy, revert and fail. A change whose latest event is a failure and that is
 * not deployed is a failed migration. Sqitch names changes, it has no versions. A change's
 * script_hash (registry 1.0 and later) is the SHA-1 of its deploy script's bytes, compared like
 * Flyway's checksum; the registry's upgrade to 1.0 filled it with the change_id for changes
 * deployed before, and those (like a registry without the column) have nothing to compare.
 */
const SQL = (changes: string, events: string, hash: string) => `WITH deployed AS (
  SELECT change, project, committed_at, ${hash} AS script_hash FROM ${changes} WHERE $1::text IS NULL OR project = $1
), last_event AS (
  SELECT DISTINCT ON (project, change) project, change, event, committed_at FROM ${events}
  WHERE $1::text IS NULL OR project = $1 ORDER BY project, change, committed_at DESC
)
SELECT change, project, 'applied' AS state, committed_at, script_hash FROM deployed
UNION ALL
SELECT e.change, e.project, 'failed', e.committed_at, NULL FROM last_event e
WHERE e.event = 'fail' AND NOT EXISTS (SELECT 1 FROM deployed d WHERE d.project = e.project AND d.change = e.change)
ORDER BY committed_at`;

export const sqitch: HistoryReader = {
  tool: 'sqitch',
  table: 'changes',
  recognises: (t) => hasColumns(t, 'change_id', 'change', 'project', 'committed_at'),
  async read(client, table, options) {
    const events = `${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier('events')}`;
    const hash = table.columns.includes('script_hash') ? 'NULLIF(script_hash, change_id)' : 'NULL::text';
    const { rows } = await client.query<{ change: string; project: string; state: 'applied' | 'failed'; script_hash: string | null }>(SQL(quotedTable(table), events, hash), [options.project ?? null]);
    const projects = [...new Set(rows.map((r) => r.project))];
    if (projects.length > 1) {
      throw usageError(`the Sqitch registry ${table.schema} holds ${projects.length} projects (${projects.join(', ')}); name one with --project`, {
        key: '--project',
        object: `${table.schema}.changes`,
      });
    }
    return rows.map((r) => ({ version: r.change, state: r.state, ...(r.script_hash === null ? {} : { checksum: r.script_hash }) }));
  },
  key: (version) => version,
};
