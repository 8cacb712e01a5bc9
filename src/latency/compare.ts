import type { ProbeComparison, ProbeTiming } from './types.js';

export interface Thresholds {
  maxP95IncreasePct: number;
  noiseFloorMs: number;
}

/**
 * Probe by probe, p95 after against before. Slower means more than the allowed percentage and
 * more than the noise floor: a 0.2 ms query wobbling to 0.25 ms is jitter, not degradation.
 */
export function compareProbes(before: readonly ProbeTiming[], after: readonly ProbeTiming[], t: Thresholds): ProbeComparison[] {
  const old = new Map(before.map((p) => [p.name, p]));
  const rows: ProbeComparison[] = after.map((a) => {
    const b = old.get(a.name);
    if (!b) return { name: a.name, after: a, status: 'new' };
    const change = b.p95 > 0 ? ((a.p95 - b.p95) / b.p95) * 100 : 0;
    const pct = Math.round(change * 10) / 10;
    const over = change > t.maxP95IncreasePct;
    const status = !over ? 'ok' : a.p95 - b.p95 < t.noiseFloorMs ? 'within-noise' : 'slower';
    return { name: a.name, before: b, after: a, p95ChangePct: pct, status };
  });
  for (const b of before) if (!after.some((a) => a.name === b.name)) rows.push({ name: b.name, before: b, status: 'missing' });
  return rows;
}
