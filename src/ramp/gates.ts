import type pg from 'pg';
import type { GateConfig } from './config.js';
import type { GateReading } from './types.js';
import { serverErrorText } from '../errors/format.js';

/** What a gate query is given: $1 when the flag moved, $2 the step's window (an interval). */
export interface GateWindow {
  movedAt: string;
  windowMs: number;
}

/** Passes only the parameters the query names: PostgreSQL rejects a bind with more than it uses. */
function parametersFor(sql: string, window: GateWindow): unknown[] {
  const used = [...sql.matchAll(/\$([0-9]+)\b/g)].map((m) => Number(m[1]));
  const highest = used.length > 0 ? Math.max(...used) : 0;
  return [window.movedAt, `${window.windowMs / 1000} seconds`].slice(0, highest);
}

const asNumber = (v: unknown): number | undefined => {
  if (v === null || v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

const shown = (v: unknown): string | number | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const n = asNumber(v);
  return n !== undefined && typeof v !== 'boolean' ? n : String(v);
};

/**
 * Runs one gate outside any transaction (nothing is held open between evaluations) and judges
 * it. A gate that cannot be evaluated never passes: a failed query is an error at once; no
 * rows is 'pending' while the window runs and 'no-rows' (a failure) when it has ended.
 */
export async function evaluateGate(client: pg.ClientBase, gate: GateConfig, window: GateWindow, final: boolean): Promise<GateReading> {
  let rows: Record<string, unknown>[];
  try {
    rows = (await client.query(gate.sql, parametersFor(gate.sql, window))).rows as Record<string, unknown>[];
  } catch (err) {
    return { name: gate.name, status: 'error', error: serverErrorText(err) };
  }
  if (rows.length > 0 && !('value' in rows[0]!)) {
    return { name: gate.name, status: 'error', rows: rows.length, error: "the query returns no column named 'value'" };
  }
  const valued = rows.filter((r) => asNumber(r.value) !== undefined);
  if (valued.length < rows.length) {
    return { name: gate.name, status: 'error', rows: rows.length, error: `${rows.length - valued.length} row(s) with a value that is NULL or not a number` };
  }
  if (valued.length === 0) return { name: gate.name, status: final ? 'no-rows' : 'pending', rows: 0 };

  const value = (r: Record<string, unknown>) => asNumber(r.value)!;
  // The worst row decides: the highest against a max, else the lowest against a min.
  const overMax = gate.max !== undefined ? valued.filter((r) => value(r) > gate.max!) : [];
  const underMin = gate.min !== undefined ? valued.filter((r) => value(r) < gate.min!) : [];
  const pickMax = (list: Record<string, unknown>[]) => list.reduce((a, b) => (value(b) > value(a) ? b : a));
  const pickMin = (list: Record<string, unknown>[]) => list.reduce((a, b) => (value(b) < value(a) ? b : a));
  const worst =
    overMax.length > 0 ? pickMax(overMax) : underMin.length > 0 ? pickMin(underMin) : gate.max !== undefined ? pickMax(valued) : pickMin(valued);
  const detail: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(worst)) if (k !== 'value') detail[k] = shown(v);
  return {
    name: gate.name,
    status: overMax.length > 0 || underMin.length > 0 ? 'breach' : 'ok',
    value: value(worst),
    rows: valued.length,
    detail,
  };
}

/** "14 > 10", "0 ≤ 10", "97 ≥ 95": the value against the threshold it was judged by. */
export function againstThreshold(gate: Pick<GateConfig, 'max' | 'min'>, value: number): string {
  if (gate.max !== undefined && value > gate.max) return `${value} > ${gate.max}`;
  if (gate.min !== undefined && value < gate.min) return `${value} < ${gate.min}`;
  if (gate.max !== undefined) return `${value} ≤ ${gate.max}`;
  return `${value} ≥ ${gate.min}`;
}

/** One gate's reading as a few words for a progress line or a message. */
export function describeReading(gate: Pick<GateConfig, 'max' | 'min'>, reading: GateReading): string {
  switch (reading.status) {
    case 'error':
      return `${reading.name} cannot be evaluated: ${reading.error}`;
    case 'pending':
      return `${reading.name}: no rows yet`;
    case 'no-rows':
      return `${reading.name} cannot be evaluated: no rows in the whole window`;
    default: {
      const extra = Object.entries(reading.detail ?? {})
        .filter(([, v]) => typeof v === 'number')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      return `${reading.name} ${againstThreshold(gate, reading.value!)}${extra ? ` (${extra})` : ''}`;
    }
  }
}
