import type pg from 'pg';
import { PromoteError } from '../errors/promote-error.js';
import type { LatencyProbe } from './config.js';
import type { ProbeTiming } from './types.js';
import { serverErrorText } from '../errors/format.js';

/** Nearest-rank percentile of sorted values: a real sample, never an interpolation between two. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** How many of the slowest samples a percentile rests on (the honest caveat for p99 on few samples). */
export function slowestBehind(samples: number, p: number): number {
  return Math.max(1, samples - Math.ceil((p / 100) * samples) + 1);
}

export interface TimingOptions {
  samples: number;
  warmup: number;
  onProgress?: (message: string) => void;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * Times every probe `samples` times after `warmup` untimed runs, round-robin across probes so
 * a burst of load on the shared server lands on all of them alike rather than on one. The time
 * is the client's: send to last row received, as an application sees it.
 */
export async function timeProbes(client: pg.ClientBase, probes: readonly LatencyProbe[], options: TimingOptions): Promise<ProbeTiming[]> {
  const times = probes.map(() => [] as number[]);
  const run = async (probe: LatencyProbe): Promise<number> => {
    const started = process.hrtime.bigint();
    try {
      await client.query(probe.sql);
    } catch (err) {
      throw new PromoteError('check', `latency probe '${probe.name}' failed: ${serverErrorText(err)}`, {
        key: `latency.probes.${probe.name}`,
        statement: probe.sql,
      });
    }
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let i = 0; i < options.warmup; i++) for (const probe of probes) await run(probe);
  const every = Math.max(1, Math.ceil(options.samples / 4));
  for (let i = 0; i < options.samples; i++) {
    for (const [j, probe] of probes.entries()) times[j]!.push(await run(probe));
    if ((i + 1) % every === 0 && i + 1 < options.samples) options.onProgress?.(`${i + 1} of ${options.samples} samples per probe`);
  }
  return probes.map((probe, j) => {
    const sorted = [...times[j]!].sort((a, b) => a - b);
    return {
      name: probe.name,
      sql: probe.sql,
      samples: sorted.length,
      warmup: options.warmup,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
      min: round(sorted[0]!),
      max: round(sorted[sorted.length - 1]!),
    };
  });
}
