import type { LatencyReport, ProbeVerdict, RatioInterval, Verdict } from '../latency/types.js';
import type { AnyResult } from '../result.js';

const ms = (n: number | undefined) => (n === undefined ? '-' : n >= 100 ? `${n.toFixed(0)} ms` : n >= 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(3)} ms`);
const ratio = (t: RatioInterval | undefined) => (t ? `${t.ratio.toFixed(2)}x [${t.low.toFixed(2)}, ${t.high.toFixed(2)}]` : '-');
const METRIC = { client: 'client time', server: 'server time' } as const;

const VERDICT: Record<Verdict, string> = {
  pass: 'pass',
  fail: 'FAIL',
  inconclusive: 'inconclusive',
  'not-measured': 'NOT MEASURED',
  'not-compared': 'not compared',
};

/** What the verdict does to the gate: the settings decide whether inconclusive fails. */
function fails(v: ProbeVerdict, l: LatencyReport): boolean {
  return v.verdict === 'fail' || v.verdict === 'not-measured' || (l.settings.inconclusive === 'fail' && (v.verdict === 'inconclusive' || v.verdict === 'not-compared'));
}

export function latencyFailed(l: LatencyReport): boolean {
  return (l.verdicts ?? []).some((v) => fails(v, l));
}

function method(l: LatencyReport): string {
  const s = l.settings;
  return `${s.runs} runs a side over ${s.spanMs / 1000} s, ${s.samples} timed executions per probe per run; judged on the server's execution time; a probe fails when the 95% interval of after/before (Holm-adjusted across probes) lies above +${s.maxIncreasePct}% and it grew by at least ${ms(s.noiseFloorMs)}; inconclusive ${s.inconclusive === 'fail' ? 'fails' : 'warns'}; a changed plan ${s.planChange === 'fail' ? 'fails' : 'warns'}`;
}

function planText(v: ProbeVerdict): string {
  const p = v.plan;
  if (!p) return '-';
  const blocks = `${p.before?.sharedBlocks ?? '-'} → ${p.after?.sharedBlocks ?? '-'} shared blocks${p.blocksGrew ? ' (grew)' : ''}`;
  return p.shapeChanged ? `plan changed: ${p.before!.shape} → ${p.after!.shape}; ${blocks}` : `same plan; ${blocks}`;
}

/** Summary lines for the CLI and the action's log. */
export function latencyLines(result: AnyResult): string[] {
  const l = result.latency;
  if (!l) return [];
  const lines: string[] = [];
  if (l.mode === 'baseline') {
    lines.push(`latency baseline: ${l.probes.length} probes written to ${l.file} (${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run)`);
    for (const p of l.probes) {
      if (p.error) lines.push(`  ${p.name.padEnd(28)} NOT MEASURED: ${p.error}`);
      else lines.push(`  ${p.name.padEnd(28)} client ${ms(p.clientMs)}  server ${ms(p.serverMs)}  ±${p.spreadPct ?? '-'}% run to run (server)  plan: ${p.plan?.sharedBlocks ?? '-'} shared blocks`);
    }
  } else {
    lines.push(`latency compare with ${l.file} (taken ${l.baselineTakenAt}): ${method(l)}`);
    if (l.machine) lines.push(`  machine: ${l.machine}`);
    for (const v of l.verdicts ?? []) {
      const t = v.timing;
      lines.push(`  ${v.name.padEnd(28)} ${t ? `server ${ms(t.beforeMs)} → ${ms(t.afterMs)}  ${ratio(t)}  ` : ''}${VERDICT[v.verdict]}: ${v.reason}`);
      if (v.client) lines.push(`  ${''.padEnd(28)} client ${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}  ${ratio(v.client)} (not judged)`);
      if (v.plan) lines.push(`  ${''.padEnd(28)} ${planText(v)}`);
    }
    for (const c of l.controls ?? []) lines.push(`  control ${`${c.name} (${c.metric})`.padEnd(20)} ${ms(c.timing.beforeMs)} → ${ms(c.timing.afterMs)}  ${ratio(c.timing)}`);
  }
  lines.push(...statementLines(l));
  return lines;
}

function statementLines(l: LatencyReport): string[] {
  if (!l.statements.available) return [`  pg_stat_statements: not available (${l.statements.reason})`];
  if (l.mode === 'baseline') return ["  pg_stat_statements: the application's statements recorded per run window, for the comparison"];
  const rows = l.statements.compared ?? [];
  return [
    `  pg_stat_statements: ${rows.length} of the baseline's statements ran in both windows; mean time per window, after/before:`,
    ...rows.map((s) => `    ${ms(s.timing?.beforeMs)} → ${ms(s.timing?.afterMs)}  ${ratio(s.timing)}  ${s.verdict === 'fail' ? 'slower (warning)' : VERDICT[s.verdict]}: ${s.reason} (${s.callsBefore} → ${s.callsAfter} calls)  ${s.query.slice(0, 80)}`),
  ];
}

const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Job-summary sections (markdown). */
export function latencyMarkdown(result: AnyResult): string[] {
  return result.latency ? [latencySection(result.latency, '###')] : [];
}

export function latencySection(l: LatencyReport, heading: string): string {
  const lines: string[] = [];
  if (l.mode === 'baseline') {
    lines.push(`${heading} Latency baseline`, '', `Written to \`${cell(l.file)}\`: ${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run.`, '');
    lines.push('| probe | client time | server time (judged) | server run to run | shared blocks |', '|---|---:|---:|---:|---:|');
    for (const p of l.probes) {
      if (p.error) lines.push(`| \`${p.name}\` | ❌ not measured: ${cell(p.error)} | | | |`);
      else lines.push(`| \`${p.name}\` | ${ms(p.clientMs)} | ${ms(p.serverMs)} | ±${p.spreadPct ?? '-'}% | ${p.plan?.sharedBlocks ?? '-'} |`);
    }
  } else {
    const failed = latencyFailed(l);
    const warned = !failed && (l.verdicts ?? []).some((v) => v.verdict !== 'pass');
    lines.push(`${heading} ${failed ? '❌' : warned ? '⚠️' : '✅'} Latency against the baseline`, '', `Baseline \`${cell(l.file)}\` taken ${l.baselineTakenAt}; ${cell(method(l))}.`, '');
    if (l.machine) lines.push(`Machine: ${cell(l.machine)}.`, '');
    lines.push('| probe | server before | server after | ratio [95% interval] | verdict | client time (not judged) | plan / buffers |', '|---|---:|---:|---:|---|---:|---|');
    for (const v of l.verdicts ?? []) {
      const t = v.timing;
      const mark = fails(v, l) ? '❌ ' : v.verdict === 'pass' ? '' : '⚠️ ';
      lines.push(`| \`${v.name}\` | ${ms(t?.beforeMs)} | ${ms(t?.afterMs)} | ${ratio(t)} | ${mark}${VERDICT[v.verdict]}: ${cell(v.reason)} | ${v.client ? `${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}, ${ratio(v.client)}` : '-'} | ${cell(planText(v))} |`);
    }
    if ((l.controls ?? []).length > 0) {
      lines.push('', '| control | before | after | ratio [95% interval] |', '|---|---:|---:|---:|');
      for (const c of l.controls!) lines.push(`| ${c.name} (${METRIC[c.metric]}) | ${ms(c.timing.beforeMs)} | ${ms(c.timing.afterMs)} | ${ratio(c.timing)} |`);
    }
  }
  if (!l.statements.available) lines.push('', `pg_stat_statements: not available (${cell(l.statements.reason ?? '')}).`);
  else if (l.mode === 'compare' && l.statements.compared?.length) {
    lines.push('', '| statement (pg_stat_statements, ran in both windows) | mean before | mean after | ratio [95% interval] | calls | verdict |', '|---|---:|---:|---:|---:|---|');
    for (const s of l.statements.compared) {
      lines.push(`| \`${cell(s.query.slice(0, 80))}\` | ${ms(s.timing?.beforeMs)} | ${ms(s.timing?.afterMs)} | ${ratio(s.timing)} | ${s.callsBefore} → ${s.callsAfter} | ${s.verdict === 'fail' ? '⚠️ slower (warning)' : VERDICT[s.verdict]}: ${cell(s.reason)} |`);
    }
  }
  return lines.join('\n');
}
