import pg from 'pg';
import { usageError } from '../errors/promote-error.js';
import { hasColumns, quotedTable, type HistoryReader } from './foreign-history.js';

/**
 * Sqitch's registry (schema sqitch by default): `changes` holds what is deployed, per project;
 * `events` every deploy, revert and fail. A change whose latest event is a failure and that is
 * not deployed is a failed migration. Sqitch names changes, it has no versions; a change's
 * script_hash is a SHA-1 of its deploy script, not compared here.
 */
const SQL = (changes: string, events: string) => `WITH deployed AS (
  SELECT change, project, committed_at FROM ${changes} WHERE $1::text IS NULL OR project = $1
), last_event AS (
  SELECT DISTINCT ON (project, change) project, change, event, committed_at FROM ${events}
  WHERE $1::text IS NULL OR project = $1 ORDER BY project, change, committed_at DESC
)
SELECT change, project, 'applied' AS state, committed_at FROM deployed
UNION ALL
SELECT e.change, e.project, 'failed', e.committed_at FROM last_event e
WHERE e.event = 'fail' AND NOT EXISTS (SELECT 1 FROM deployed d WHERE d.project = e.project AND d.change = e.change)
ORDER BY committed_at`;

export const sqitch: HistoryReader = {
  tool: 'sqitch',
  table: 'changes',
  recognises: (t) => hasColumns(t, 'change_id', 'change', 'project', 'committed_at'),
  async read(client, table, options) {
    const events = `${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier('events')}`;
    const { rows } = await client.query<{ change: string; project: string; state: 'applied' | 'failed' }>(SQL(quotedTable(table), events), [options.project ?? null]);
    const projects = [...new Set(rows.map((r) => r.project))];
    if (projects.length > 1) {
      throw usageError(`the Sqitch registry ${table.schema} holds ${projects.length} projects (${projects.join(', ')}); name one with --project`, {
        key: '--project',
        object: `${table.schema}.changes`,
      });
    }
    return rows.map((r) => ({ version: r.change, state: r.state }));
  },
  key: (version) => version,
};
