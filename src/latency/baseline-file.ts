import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw usageError(`--compare: ${code === 'ENOENT' ? 'file not found (write it first with latency --baseline FILE)' : (err as Error).message}`, where);
  }
  if (text.length > MAX_BASELINE_BYTES) throw usageError('--compare: file is too large to be a latency baseline', where);
  let parsed: Partial<LatencyBaseline>;
  try {
    parsed = JSON.parse(text) as Partial<LatencyBaseline>;
  } catch {
    throw usageError('--compare: not JSON (pass a file written by latency --baseline)', where);
  }
  if (parsed?.latencyBaseline !== 1 || !Array.isArray(parsed.probes) || typeof parsed.takenAt !== 'string' || !parsed.statements) {
    throw usageError('--compare: not a latency baseline (pass a file written by latency --baseline)', where);
  }
  return parsed as LatencyBaseline;
}
