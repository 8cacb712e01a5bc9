import type pg from 'pg';
import type { GateConfig } from './config.js';
import { describeReading, evaluateGate, type GateWindow } from './gates.js';
import type { GateReading, RampReading } from './types.js';

export interface WatchOptions {
  client: pg.ClientBase;
  gates: readonly GateConfig[];
  window: GateWindow;
  intervalMs: number;
  /** Date.now() when the flag moved: evaluations are scheduled from here. */
  startedAt: number;
  /** Called with every evaluation, before it is judged. */
  onReading(reading: RampReading, line: string): void;
  /** A lost connection: every gate is unanswerable from then on. */
  lost(): Error | undefined;
  /** Aborted (a signal): the watch ends at once, unhealthy, without another evaluation. */
  abort?: AbortSignal;
}

/** Unhealthy with no failed gate: the watch was interrupted before the window passed. */
export type WatchOutcome = { healthy: true } | { healthy: false; failed?: GateReading; why: string };

function sleep(ms: number, abort?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (abort?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      abort?.removeEventListener('abort', done);
      resolve();
    }
    abort?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Evaluates every gate each interval until the window has passed, the last evaluation exactly
 * at its end. Stops at the first gate that breaches or cannot be evaluated. Each gate runs as
 * its own statement: no transaction (and no snapshot) is held while waiting.
 */
export async function watchGates(options: WatchOptions, readings: RampReading[]): Promise<WatchOutcome> {
  const { gates, window, intervalMs, startedAt } = options;
  for (let tick = 1; ; tick++) {
    const due = Math.min(tick * intervalMs, window.windowMs);
    await sleep(startedAt + due - Date.now(), options.abort);
    if (options.abort?.aborted) return { healthy: false, why: `interrupted by ${String(options.abort.reason)} before the window passed` };
    const final = due >= window.windowMs;
    const results: GateReading[] = [];
    for (const gate of gates) {
      const lost = options.lost();
      results.push(lost ? { name: gate.name, status: 'error', error: `connection lost: ${lost.message}` } : await evaluateGate(options.client, gate, window, final));
    }
    const reading: RampReading = { elapsedMs: Date.now() - startedAt, at: new Date().toISOString(), gates: results };
    readings.push(reading);
    const byName = new Map(gates.map((g) => [g.name, g]));
    const line = results.map((r) => describeReading(byName.get(r.name)!, r)).join(' · ');
    options.onReading(reading, line);
    const failed = results.find((r) => r.status === 'breach' || r.status === 'error' || r.status === 'no-rows');
    if (failed) {
      return { healthy: false, failed, why: `gate ${describeReading(byName.get(failed.name)!, failed)}` };
    }
    if (final) return { healthy: true };
  }
}
