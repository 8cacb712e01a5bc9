import pg from 'pg';
import type { StatementComparison, StatementsSnapshot } from './types.js';

const EXTENSION_SQL = `SELECT
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements') AS installed,
  current_setting('shared_preload_libraries') ~ '(^|[ ,])pg_stat_statements($|[ ,])' AS preloaded,
  (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements') AS schema`;

// Only plain DML and queries: utility statements are stored with their literals (an ALTER ROLE
// ... PASSWORD would be), and nothing secret may reach the baseline file.
const topSql = (schema: string) => `
SELECT queryid::text AS queryid, left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query, calls, total_exec_time AS total_ms, mean_exec_time AS mean_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND query ~* '^\\s*(select|insert|update|delete|with)\\M'
  AND query !~* 'pg_stat_statements'
ORDER BY total_exec_time DESC
LIMIT $1`;

const byIdsSql = (schema: string) => `
SELECT queryid::text AS queryid, calls, total_exec_time AS total_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) AND queryid::text = ANY($1::text[])`;

const statsResetSql = (schema: string) => `SELECT stats_reset::text AS at FROM ${schema}.pg_stat_statements_info`;

/** When the counters were last reset; undefined before PostgreSQL 14 (no pg_stat_statements_info). */
async function statsReset(client: pg.ClientBase, schema: string): Promise<string | undefined> {
  try {
    return (await client.query<{ at: string }>(statsResetSql(schema))).rows[0]?.at;
  } catch {
    return undefined;
  }
}

async function schemaOf(client: pg.ClientBase): Promise<{ schema?: string; reason?: string }> {
  const probe = (await client.query<{ installed: boolean; preloaded: boolean; schema: string | null }>(EXTENSION_SQL)).rows[0]!;
  if (!probe.preloaded) return { reason: 'pg_stat_statements is not in shared_preload_libraries on this server' };
  if (!probe.installed || !probe.schema) return { reason: 'the pg_stat_statements extension is not created in this database (CREATE EXTENSION pg_stat_statements)' };
  return { schema: pg.escapeIdentifier(probe.schema) };
}

/** The top statements by total time, or why there are none. Never fails the stage. */
export async function topStatements(client: pg.ClientBase, limit: number): Promise<StatementsSnapshot> {
  if (limit === 0) return { available: false, reason: 'latency.top_statements is 0', top: [] };
  try {
    const { schema, reason } = await schemaOf(client);
    if (!schema) return { available: false, reason, top: [] };
    const rows = (await client.query<{ queryid: string; query: string; calls: string; total_ms: number; mean_ms: number }>(topSql(schema), [limit])).rows;
    return {
      available: true,
      statsReset: await statsReset(client, schema),
      top: rows.map((r) => ({ queryid: r.queryid, query: r.query, calls: Number(r.calls), totalMs: r.total_ms, meanMs: r.mean_ms })),
    };
  } catch (err) {
    return { available: false, reason: `pg_stat_statements cannot be read: ${(err as Error).message.split('\n')[0]}`, top: [] };
  }
}

/**
 * The baseline's statements now: the mean of the calls made since the baseline (the counters'
 * difference), against their mean up to it. A reset in between (its time moved, or a counter
 * went down) makes the difference meaningless: then there is no comparison, and it says why.
 */
export async function compareStatements(client: pg.ClientBase, before: StatementsSnapshot): Promise<{ available: boolean; reason?: string; compared?: StatementComparison[] }> {
  if (!before.available) return { available: false, reason: `not in the baseline: ${before.reason}` };
  try {
    const { schema, reason } = await schemaOf(client);
    if (!schema) return { available: false, reason };
    const resetNow = await statsReset(client, schema);
    const now = new Map(
      (await client.query<{ queryid: string; calls: string; total_ms: number }>(byIdsSql(schema), [before.top.map((s) => s.queryid)])).rows.map((r) => [r.queryid, r]),
    );
    const wentDown = before.top.some((s) => {
      const row = now.get(s.queryid);
      return row !== undefined && (Number(row.calls) < s.calls || row.total_ms < s.totalMs);
    });
    if ((before.statsReset !== undefined && resetNow !== before.statsReset) || wentDown) {
      return { available: false, reason: `pg_stat_statements was reset after the baseline${resetNow ? ` (at ${resetNow})` : ''}, so its counters cannot be compared` };
    }
    const compared = before.top.map((s): StatementComparison => {
      const row = now.get(s.queryid);
      const callsSince = row ? Number(row.calls) - s.calls : 0;
      if (!row || callsSince <= 0) return { queryid: s.queryid, query: s.query, meanBeforeMs: s.meanMs, callsSince: Math.max(0, callsSince) };
      const meanSinceMs = (row.total_ms - s.totalMs) / callsSince;
      return { queryid: s.queryid, query: s.query, meanBeforeMs: s.meanMs, meanSinceMs, callsSince, changePct: s.meanMs > 0 ? ((meanSinceMs - s.meanMs) / s.meanMs) * 100 : undefined };
    });
    return { available: true, compared };
  } catch (err) {
    return { available: false, reason: `pg_stat_statements cannot be read: ${(err as Error).message.split('\n')[0]}` };
  }
}
