import { againstThreshold } from '../ramp/gates.js';
import { span } from '../ramp/span.js';
import type { GateReading, RampGateSummary, RampReading, RampReport } from '../ramp/types.js';
import type { AnyResult } from '../result.js';

/** Rows in the readings table and points in a chart: a long window is sampled evenly, its end always kept. */
const MAX_TABLE_ROWS = 12;
const MAX_CHART_POINTS = 40;

const OUTCOME: Record<RampReport['outcome'], string> = {
  passed: 'held: every gate passed for the whole window',
  reverted: 'REVERTED',
  'revert-skipped': 'FAILED, not reverted (changed by someone else meanwhile)',
};

/** Summary lines for the CLI and the action's log. */
export function rampLines(result: AnyResult): string[] {
  const r = result.ramp;
  if (!r) return [];
  const lines = [
    `ramp: ${r.flag} ${r.from}% → ${r.to}%${r.forced ? ' (forced)' : ''}${r.resumed ? ' (resumed)' : ''}: ${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%`,
    `  window ${span(r.windowMs)}, ${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'} every ${span(r.intervalMs)}`,
  ];
  for (const gate of r.gates) lines.push(`  ${gateSummary(gate, r.readings)}`);
  if (r.reason) lines.push(`  why: ${r.reason}`);
  return lines;
}

/** A gate over the whole watch: its worst reading and how many evaluations answered. */
function gateSummary(gate: RampGateSummary, readings: readonly RampReading[]): string {
  const own = readings.map((x) => x.gates.find((g) => g.name === gate.name)).filter((g): g is GateReading => g !== undefined);
  const valued = own.filter((g) => g.value !== undefined);
  const worst = valued.length === 0 ? undefined : valued.reduce((a, b) => (gate.max !== undefined ? (b.value! > a.value! ? b : a) : b.value! < a.value! ? b : a));
  const threshold = gate.max !== undefined ? `max ${gate.max}` : `min ${gate.min}`;
  const failed = own.find((g) => g.status === 'error' || g.status === 'no-rows');
  const worstText = worst ? `worst ${againstThreshold(gate, worst.value!)}` : 'no value';
  return `${gate.name} (${threshold}): ${worstText}, ${valued.length} of ${own.length} evaluations answered${failed ? `; ${failed.status === 'error' ? `error: ${failed.error}` : 'no rows'}` : ''}`;
}

/** Job-summary sections (markdown). */
export function rampMarkdown(result: AnyResult): string[] {
  return result.ramp ? [rampSection(result.ramp, '###')] : [];
}

/** The ramp as markdown: outcome, the readings as a small table, one mermaid chart per gate. */
export function rampSection(r: RampReport, heading: string): string {
  const icon = r.outcome === 'passed' ? '✅' : '❌';
  const lines = [
    `${heading} ${icon} Ramp: \`${r.flag}\` ${r.from}% → ${r.to}%`,
    '',
    `${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%. Window ${span(r.windowMs)}, evaluated every ${span(r.intervalMs)} (${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'}).${r.reason ? ` Why: ${cell(r.reason)}.` : ''}`,
    '',
    `| since the move | ${r.gates.map((g) => `${cell(g.name)} (${g.max !== undefined ? `max ${g.max}` : `min ${g.min}`})`).join(' | ')} |`,
    `|---:|${r.gates.map(() => '---:').join('|')}|`,
  ];
  for (const reading of sample(r.readings, MAX_TABLE_ROWS)) {
    const cells = r.gates.map((g) => readingCell(g, reading.gates.find((x) => x.name === g.name)));
    lines.push(`| ${span(reading.elapsedMs)} | ${cells.join(' | ')} |`);
  }
  if (r.readings.length > MAX_TABLE_ROWS) lines.push('', `${MAX_TABLE_ROWS} of ${r.readings.length} evaluations shown (evenly spaced, the last always); the JSON result has all.`);
  const charted = sample(r.readings, MAX_CHART_POINTS);
  if (charted.length >= 2) {
    for (const gate of r.gates) lines.push('', ...chart(gate, charted));
    lines.push('', 'Charts: the gate (first line) against its threshold (second); an evaluation without a value is drawn as 0.');
  }
  return lines.join('\n');
}

function readingCell(gate: RampGateSummary, g: GateReading | undefined): string {
  if (!g) return '';
  switch (g.status) {
    case 'ok':
      return String(g.value);
    case 'breach':
      return `❌ ${g.value}`;
    case 'pending':
      return 'no rows yet';
    case 'no-rows':
      return '❌ no rows';
    default:
      return `❌ error: ${cell(g.error ?? '')}`;
  }
}

function chart(gate: RampGateSummary, readings: readonly RampReading[]): string[] {
  const values = readings.map((x) => x.gates.find((g) => g.name === gate.name)?.value ?? 0);
  const threshold = gate.max ?? gate.min ?? 0;
  const top = Math.max(threshold, ...values);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${label(gate.name)} (${gate.max !== undefined ? 'max' : 'min'} ${threshold})"`,
    `  x-axis "seconds since the move" [${readings.map((x) => (x.elapsedMs / 1000).toFixed(1)).join(', ')}]`,
    `  y-axis "value" 0 --> ${Math.ceil(top * 1.2) || 1}`,
    `  line [${values.join(', ')}]`,
    `  line [${values.map(() => threshold).join(', ')}]`,
    '```',
  ];
}

function sample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const picked = new Set<number>();
  for (let i = 0; i < max - 1; i++) picked.add(Math.round((i * (items.length - 1)) / (max - 1)));
  picked.add(items.length - 1);
  return [...picked].sort((a, b) => a - b).map((i) => items[i]!);
}

const label = (s: string) => s.replace(/[^A-Za-z0-9 _.,:()+-]/g, ' ');
const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
