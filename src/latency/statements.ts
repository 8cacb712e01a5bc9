import pg from 'pg';
import { decide, geo, ratioInterval, type JudgeSettings } from './verdict.js';
import { holm, logRatioInterval, pAbove } from './stats.js';
import type { StatementsSide, StatementVerdict, StatementWindows } from './types.js';

const EXTENSION_SQL = `SELECT
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements') AS installed,
  current_setting('shared_preload_libraries') ~ '(^|[ ,])pg_stat_statements($|[ ,])' AS preloaded,
  (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements') AS schema`;

// Only plain DML and queries: utility statements are stored with their literals (an ALTER ROLE
// ... PASSWORD would be), and nothing secret may reach the baseline file. One row per query id:
// the same statement run by several roles, or nested and top-level, is one statement here.
const snapshotSql = (schema: string) => `
SELECT queryid::text AS queryid, left(regexp_replace(min(query), '\\s+', ' ', 'g'), 200) AS query, sum(calls)::float8 AS calls, sum(total_exec_time) AS total_ms
FROM ${schema}.pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND query ~* '^\\s*(select|insert|update|delete|with)\\M'
  AND query !~* 'pg_stat_statements'
GROUP BY queryid`;

interface Counter {
  query: string;
  calls: number;
  totalMs: number;
}
type Snapshot = Map<string, Counter>;

/**
 * pg_stat_statements read at each run's edge, so each side has one window per run: the
 * application's statements' calls and time in each, the same interval logic as the probes.
 */
export class StatementsRecorder {
  private readonly snapshots: Snapshot[] = [];
  private failure?: string;

  private constructor(
    private readonly client: pg.ClientBase,
    private readonly schema: string | undefined,
    private readonly reason: string | undefined,
  ) {}

  static async open(client: pg.ClientBase, limit: number): Promise<StatementsRecorder> {
    if (limit === 0) return new StatementsRecorder(client, undefined, 'latency.top_statements is 0');
    try {
      const probe = (await client.query<{ installed: boolean; preloaded: boolean; schema: string | null }>(EXTENSION_SQL)).rows[0]!;
      if (!probe.preloaded) return new StatementsRecorder(client, undefined, 'pg_stat_statements is not in shared_preload_libraries on this server');
      if (!probe.installed || !probe.schema) return new StatementsRecorder(client, undefined, 'the pg_stat_statements extension is not created in this database (CREATE EXTENSION pg_stat_statements)');
      return new StatementsRecorder(client, pg.escapeIdentifier(probe.schema), undefined);
    } catch (err) {
      return new StatementsRecorder(client, undefined, `pg_stat_statements cannot be read: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  async edge(): Promise<void> {
    if (!this.schema || this.failure) return;
    try {
      const rows = (await this.client.query<{ queryid: string; query: string; calls: number; total_ms: number }>(snapshotSql(this.schema))).rows;
      this.snapshots.push(new Map(rows.map((r) => [r.queryid, { query: r.query, calls: r.calls, totalMs: r.total_ms }])));
    } catch (err) {
      this.failure = `pg_stat_statements cannot be read: ${(err as Error).message.split('\n')[0]}`;
    }
  }

  /**
   * Per window, each statement's calls and time. `keep`: the baseline's statements (compare);
   * otherwise the `limit` statements with the most time over the windows (baseline). Our own
   * probes (`exclude`, their query ids) are not the application.
   */
  windows(options: { exclude: ReadonlySet<string>; keep?: readonly StatementWindows[]; limit: number }): StatementsSide {
    const unavailable = this.reason ?? this.failure;
    if (unavailable) return { available: false, reason: unavailable, statements: [] };
    const ids = new Set<string>();
    for (const snapshot of this.snapshots) for (const id of snapshot.keys()) ids.add(id);
    const rows: StatementWindows[] = [];
    for (const id of ids) {
      if (options.exclude.has(id)) continue;
      const calls: number[] = [];
      const totalMs: number[] = [];
      let broken = false;
      for (let w = 1; w < this.snapshots.length; w++) {
        const from = this.snapshots[w - 1]!.get(id);
        const to = this.snapshots[w]!.get(id);
        const c = (to?.calls ?? 0) - (from?.calls ?? 0);
        const t = (to?.totalMs ?? 0) - (from?.totalMs ?? 0);
        // Gone from a later snapshot or counting down: evicted or reset; the windows mean nothing.
        if ((from && !to) || c < 0 || t < 0) broken = true;
        calls.push(c);
        totalMs.push(Math.max(0, t));
      }
      const query = [...this.snapshots].reverse().find((s) => s.has(id))!.get(id)!.query;
      if (!broken && calls.some((c) => c > 0)) rows.push({ queryid: id, query, calls, totalMs });
    }
    if (options.keep) {
      const now = new Map(rows.map((r) => [r.queryid, r]));
      return { available: true, statements: options.keep.flatMap((k) => (now.has(k.queryid) ? [now.get(k.queryid)!] : [])) };
    }
    rows.sort((a, b) => sum(b.totalMs) - sum(a.totalMs) || (a.queryid < b.queryid ? -1 : 1));
    return { available: true, statements: rows.slice(0, options.limit) };
  }
}

const windowMeans = (s: StatementWindows) => s.calls.flatMap((c, i) => (c > 0 ? [s.totalMs[i]! / c] : []));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Statements that ran in both windows, by mean time per window: the same decision as the
 * probes', Holm-adjusted across the statements. Statements the application stopped or started
 * running are not compared.
 */
export function judgeStatements(before: StatementsSide, after: StatementsSide, s: JudgeSettings): StatementVerdict[] {
  const pairs = before.statements.flatMap((b) => {
    const a = after.statements.find((x) => x.queryid === b.queryid);
    return a && sum(a.calls) > 0 && sum(b.calls) > 0 ? [{ b, a }] : [];
  });
  const limit = Math.log(1 + s.maxIncreasePct / 100);
  const rows = pairs.map(({ b, a }) => {
    const mb = windowMeans(b).filter((m) => m > 0);
    const ma = windowMeans(a).filter((m) => m > 0);
    const base = { queryid: b.queryid, query: b.query, callsBefore: sum(b.calls), callsAfter: sum(a.calls) };
    if (mb.length < 2 || ma.length < 2) return { row: { ...base, verdict: 'inconclusive', reason: 'ran in fewer than 2 windows on a side: no interval' } as StatementVerdict };
    const interval = logRatioInterval(mb.map(Math.log), ma.map(Math.log));
    const geoB = geo(mb);
    const geoA = geo(ma);
    return { row: { ...base, verdict: 'inconclusive', reason: '' } as StatementVerdict, timed: { interval, beforeMs: geoB, afterMs: geoA, runsPerSide: Math.min(mb.length, ma.length) } };
  });
  const timed = rows.filter((r) => r.timed);
  const adjusted = holm(timed.map((r) => pAbove(r.timed!.interval, limit)));
  timed.forEach((r, i) => {
    const d = decide(r.timed!, adjusted[i]!, s);
    Object.assign(r.row, { timing: ratioInterval(r.timed!.beforeMs, r.timed!.afterMs, r.timed!.interval), noisePct: d.noisePct, verdict: d.verdict, reason: d.reason });
  });
  return rows.map((r) => r.row);
}
