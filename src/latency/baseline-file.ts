import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../config/json-file.js';
import { usageError } from '../errors/promote-error.js';
import type { LatencyBaseline } from './types.js';

const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

/** Written beside itself and renamed into place: a killed run never leaves half a baseline. */
export function writeBaseline(abs: string, baseline: LatencyBaseline): void {
  mkdirSync(path.dirname(abs), { recursive: true });
  const temp = `${abs}.partial`;
  writeFileSync(temp, `${JSON.stringify(baseline, null, 2)}\n`);
  renameSync(temp, abs);
}

export function readBaseline(abs: string, shown: string): LatencyBaseline {
  const where = { key: '--compare', file: shown };
  const parsed = readJsonFile(abs, where, {
    what: 'a file written by latency --baseline',
    maxBytes: MAX_BASELINE_BYTES,
    hint: 'write it first with latency --baseline FILE',
  }) as Partial<LatencyBaseline> | null;
  if ((parsed as { latencyBaseline?: unknown } | null)?.latencyBaseline === 1) {
    throw usageError('--compare: a baseline of one p95 per probe, from an older pg-promote: take the baseline again with latency --baseline FILE', where);
  }
  if (parsed?.latencyBaseline !== 2 || !Array.isArray(parsed.side?.probes) || !Array.isArray(parsed.side?.controls) || typeof parsed.takenAt !== 'string' || !parsed.statements) {
    throw usageError('--compare: not a latency baseline (pass a file written by latency --baseline)', where);
  }
  return parsed as LatencyBaseline;
}
