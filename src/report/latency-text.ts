import { slowestBehind } from '../latency/probes.js';
import type { LatencyReport, ProbeComparison, ProbeTiming } from '../latency/types.js';
import type { PromoteResult } from '../result.js';

const ms = (n: number | undefined) => (n === undefined ? '-' : n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(2)} ms`);
const pct = (n: number | undefined) => (n === undefined ? '-' : `${n > 0 ? '+' : ''}${n.toFixed(1)}%`);

/** The honest caveat: what each percentile rests on. */
export function samplesNote(probes: readonly ProbeTiming[]): string {
  const n = Math.min(...probes.map((p) => p.samples));
  const warmup = probes[0]?.warmup ?? 0;
  const p99 = n < 100 ? 'p99 is the slowest sample (fewer than 100)' : `p99 rests on the slowest ${slowestBehind(n, 99)}`;
  return `percentiles from ${n} timed runs per probe after ${warmup} warm-up runs: p95 rests on the slowest ${slowestBehind(n, 95)}, ${p99}`;
}

const STATUS: Record<ProbeComparison['status'], string> = {
  ok: 'ok',
  slower: 'SLOWER',
  'within-noise': 'ok (within the noise floor)',
  new: 'new (no baseline)',
  missing: 'missing (in the baseline only)',
};

/** Summary lines for the CLI and the action's log. */
export function latencyLines(result: PromoteResult): string[] {
  const l = result.latency;
  if (!l) return [];
  const lines: string[] = [];
  if (l.mode === 'baseline') {
    lines.push(`latency baseline: ${l.probes.length} probes written to ${l.file}`);
    for (const p of l.probes) lines.push(`  ${p.name.padEnd(28)} p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}`);
  } else {
    lines.push(`latency compare with ${l.file} (taken ${l.baselineTakenAt}): p95 may grow at most ${l.maxP95IncreasePct}% (and ${l.noiseFloorMs} ms)`);
    for (const c of l.comparisons ?? []) {
      lines.push(`  ${c.name.padEnd(28)} p95 ${ms(c.before?.p95)} → ${ms(c.after?.p95)} (${pct(c.p95ChangePct)})  p50 ${ms(c.before?.p50)} → ${ms(c.after?.p50)}  p99 ${ms(c.before?.p99)} → ${ms(c.after?.p99)}  ${STATUS[c.status]}`);
    }
  }
  if (l.probes.length > 0) lines.push(`  ${samplesNote(l.probes)}`);
  lines.push(...statementLines(l));
  return lines;
}

function statementLines(l: LatencyReport): string[] {
  if (!l.statements.available) return [`  pg_stat_statements: not available (${l.statements.reason})`];
  if (l.mode === 'baseline') return ['  pg_stat_statements: top statements by total time recorded for the comparison'];
  const rows = l.statements.compared ?? [];
  return [
    `  pg_stat_statements: mean time of the baseline's top ${rows.length} statements, calls since the baseline against before it:`,
    ...rows.map((s) => `    ${s.meanSinceMs === undefined ? 'no calls since' : `${ms(s.meanBeforeMs)} → ${ms(s.meanSinceMs)} (${pct(s.changePct)}, ${s.callsSince} calls)`}  ${s.query.slice(0, 80)}`),
  ];
}

const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Job-summary sections (markdown). */
export function latencyMarkdown(result: PromoteResult): string[] {
  return result.latency ? [latencySection(result.latency, '###')] : [];
}

export function latencySection(l: LatencyReport, heading: string): string {
  const lines: string[] = [];
  if (l.mode === 'baseline') {
    lines.push(`${heading} Latency baseline`, '', `Written to \`${l.file}\`.`, '', '| probe | p50 | p95 | p99 |', '|---|---:|---:|---:|');
    for (const p of l.probes) lines.push(`| \`${p.name}\` | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} |`);
  } else {
    const failed = (l.comparisons ?? []).some((c) => c.status === 'slower');
    lines.push(
      `${heading} ${failed ? '❌' : '✅'} Latency: p95 against the baseline`,
      '',
      `Baseline \`${l.file}\` taken ${l.baselineTakenAt}; a probe fails when its p95 grew more than ${l.maxP95IncreasePct}% and more than ${l.noiseFloorMs} ms.`,
      '',
      '| probe | p50 before → after | p95 before → after | p95 change | p99 before → after | result |',
      '|---|---:|---:|---:|---:|---|',
    );
    for (const c of l.comparisons ?? []) {
      lines.push(`| \`${c.name}\` | ${ms(c.before?.p50)} → ${ms(c.after?.p50)} | ${ms(c.before?.p95)} → ${ms(c.after?.p95)} | ${pct(c.p95ChangePct)} | ${ms(c.before?.p99)} → ${ms(c.after?.p99)} | ${c.status === 'slower' ? '❌ ' : ''}${STATUS[c.status]} |`);
    }
  }
  if (l.probes.length > 0) lines.push('', `${samplesNote(l.probes)[0]!.toUpperCase()}${samplesNote(l.probes).slice(1)}.`);
  if (!l.statements.available) lines.push('', `pg_stat_statements: not available (${cell(l.statements.reason ?? '')}).`);
  else if (l.mode === 'compare' && l.statements.compared?.length) {
    lines.push('', '| statement (pg_stat_statements) | mean before | mean since | change | calls since |', '|---|---:|---:|---:|---:|');
    for (const s of l.statements.compared) lines.push(`| \`${cell(s.query.slice(0, 80))}\` | ${ms(s.meanBeforeMs)} | ${ms(s.meanSinceMs)} | ${pct(s.changePct)} | ${s.callsSince} |`);
  }
  return lines.join('\n');
}
