import type pg from 'pg';
import { serverErrorText } from '../errors/format.js';
import type { LatencyProbe } from './config.js';
import { planEvidence } from './plan.js';
import { runSummary } from './stats.js';
import type { ProbeRuns, SideRuns } from './types.js';

/**
 * Measured in the same runs as the probes, interleaved with them: what the machine and the
 * server do on their own. A slowdown that shows here too is the machine's, not the promotion's.
 */
export const CONTROLS: readonly LatencyProbe[] = [
  { name: 'round_trip', sql: 'SELECT 1' },
  { name: 'cpu', sql: 'SELECT sum(g) FROM generate_series(1, 40000) AS g' },
];

export interface RunOptions {
  runs: number;
  samples: number;
  warmup: number;
  spanMs: number;
  probeTimeoutMs: number;
  onProgress?: (message: string) => void;
  /** Called as each run starts and once after the last (pg_stat_statements' window edges). */
  onWindowEdge?: (edge: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One statement only (the extended protocol refuses a second), timed from send to last row. */
async function timeClient(client: pg.ClientBase, sql: string): Promise<number> {
  const started = process.hrtime.bigint();
  await client.query({ text: sql, queryMode: 'extended' } as pg.QueryConfig);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const RAW = { getTypeParser: () => (value: string) => value };

async function explain(client: pg.ClientBase, options: string, sql: string): Promise<string> {
  const result = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (${options}, FORMAT JSON) ${sql}`, types: RAW } as pg.QueryConfig);
  return result.rows[0]!['QUERY PLAN'];
}

/** The server's own time for the query: execution, without planning, transfer or round trip. */
async function timeServer(client: pg.ClientBase, sql: string): Promise<number> {
  const text = await explain(client, 'ANALYZE, TIMING OFF, SUMMARY ON', sql);
  const match = /"Execution Time":\s*([\d.]+)/.exec(text);
  if (!match) throw new Error('EXPLAIN ANALYZE gave no execution time');
  return Number(match[1]);
}

/** The probe's failure in words a person can act on, naming it. */
export function probeFailure(name: string, err: unknown, timeoutMs: number): string {
  const code = (err as { code?: string }).code;
  if (code === '25006') return `probe '${name}' is not read-only: ${serverErrorText(err)}`;
  if (code === '57014') return `probe '${name}' timed out after ${timeoutMs} ms (latency.probe_timeout)`;
  if (code === '42601' && /multiple commands|cannot insert multiple commands/i.test((err as Error).message ?? '')) return `probe '${name}' is more than one statement: a probe is one read-only query`;
  return `probe '${name}' failed: ${serverErrorText(err)}`;
}

/**
 * Takes `runs` runs spread over `spanMs`: in each, every probe and control is run `warmup`
 * times untimed, then `samples` times timed on the client and `samples` times on the server,
 * round-robin so that a burst of load lands on all of them alike. A probe that fails is named
 * and left out of later runs; the others go on. After the last run, each one's plan evidence
 * (the controls' too: their query ids keep them out of the application's statements).
 */
export async function measureSide(client: pg.ClientBase, probes: readonly LatencyProbe[], options: RunOptions): Promise<SideRuns> {
  const items: ProbeRuns[] = [...probes, ...CONTROLS].map((p) => ({ name: p.name, sql: p.sql, clientMs: [], serverMs: [] }));
  const live = () => items.filter((item) => item.error === undefined);
  const guarded = async <T>(item: ProbeRuns, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (err) {
      item.error = probeFailure(item.name, err, options.probeTimeoutMs);
      return undefined;
    }
  };
  const started = Date.now();
  const spacing = options.runs > 1 ? options.spanMs / (options.runs - 1) : 0;
  for (let run = 0; run < options.runs; run++) {
    const wait = started + run * spacing - Date.now();
    if (wait > 0) await sleep(wait);
    await options.onWindowEdge?.(run);
    options.onProgress?.(`run ${run + 1} of ${options.runs}`);
    for (let i = 0; i < options.warmup; i++) for (const item of live()) await guarded(item, () => timeClient(client, item.sql));
    const clientTimes = new Map(items.map((item) => [item, [] as number[]]));
    const server = new Map(items.map((item) => [item, [] as number[]]));
    for (let s = 0; s < options.samples; s++) {
      for (const item of live()) {
        const ms = await guarded(item, () => timeClient(client, item.sql));
        if (ms !== undefined) clientTimes.get(item)!.push(ms);
      }
      for (const item of live()) {
        const ms = await guarded(item, () => timeServer(client, item.sql));
        if (ms !== undefined) server.get(item)!.push(ms);
      }
    }
    for (const item of live()) {
      item.clientMs.push(Math.exp(runSummary(clientTimes.get(item)!)));
      item.serverMs.push(Math.exp(runSummary(server.get(item)!)));
    }
  }
  await options.onWindowEdge?.(options.runs);
  for (const item of live()) {
    const text = await guarded(item, () => explain(client, 'ANALYZE, BUFFERS, VERBOSE', item.sql));
    if (text !== undefined) item.plan = planEvidence(text);
  }
  return { runs: options.runs, samples: options.samples, spanMs: options.spanMs, probes: items.slice(0, probes.length), controls: items.slice(probes.length) };
}
