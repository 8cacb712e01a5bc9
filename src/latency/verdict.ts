import { blocksGrew } from './plan.js';
import { holm, lessControl, logRatioInterval, mean, pAbove, pct, runsToResolve, type LogRatio } from './stats.js';
import type { ControlComparison, Metric, ProbeRuns, ProbeVerdict, RatioInterval, SideRuns, Verdict } from './types.js';

export interface JudgeSettings {
  maxIncreasePct: number;
  noiseFloorMs: number;
  planChange: 'warn' | 'fail';
}

/** The control whose ratio corrects the probes' when it shows the machine changed: a fixed CPU-bound query. */
export const CORRECTING_CONTROL = 'cpu';
/** One-sided level of "grew by more than the threshold": the lower bound of a 95% interval. */
const ALPHA = 0.025;

/** Geometric mean: the mean of the logs, back in milliseconds. */
export const geo = (ms: readonly number[]) => Math.exp(mean(ms.map(Math.log)));
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const shown = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`;
const msText = (n: number) => (n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(3)} ms`);

export function ratioInterval(beforeMs: number, afterMs: number, r: LogRatio): RatioInterval {
  return { beforeMs: round(beforeMs), afterMs: round(afterMs), ratio: round(Math.exp(r.estimate), 4), low: round(Math.exp(r.low), 4), high: round(Math.exp(r.high), 4) };
}

interface Timed {
  interval: LogRatio;
  beforeMs: number;
  afterMs: number;
  runsPerSide: number;
}

/**
 * The decision on one interval: fail only when its lower bound (after Holm) clears the threshold
 * and the change is at least the floor; pass when its upper bound stays under the threshold, or
 * when even the upper bound would add less than the floor; otherwise inconclusive, with the
 * noise and the runs per side that would settle it.
 */
export function decide(t: Timed, pAdjusted: number, s: JudgeSettings): { verdict: Verdict; reason: string; noisePct: number; runsToResolve?: number } {
  const limit = Math.log(1 + s.maxIncreasePct / 100);
  const r = t.interval;
  const noisePct = round(pct(r.high - r.estimate), 1);
  const range = `${shown(pct(r.estimate))} [${shown(pct(r.low))}, ${shown(pct(r.high))}]`;
  const change = t.beforeMs * (Math.exp(r.estimate) - 1);
  if (pAdjusted < ALPHA) {
    if (change >= s.noiseFloorMs) return { verdict: 'fail', reason: `slower by ${range}, more than ${s.maxIncreasePct}% (+${msText(change)})`, noisePct };
    return { verdict: 'pass', reason: `slower by ${range} but only +${msText(change)}, under the floor of ${msText(s.noiseFloorMs)}`, noisePct };
  }
  if (r.high < limit) return { verdict: 'pass', reason: `${range}: under +${s.maxIncreasePct}%`, noisePct };
  const worst = t.beforeMs * (Math.exp(r.high) - 1);
  if (worst < s.noiseFloorMs) return { verdict: 'pass', reason: `${range}: at most +${msText(worst)}, under the floor of ${msText(s.noiseFloorMs)}`, noisePct };
  const runs = runsToResolve(r, t.runsPerSide, limit);
  const more = runs === undefined ? 'the change sits on the threshold, more runs would not settle it' : runs > 100 ? 'more than 100 runs per side would settle it' : `about ${runs} runs per side would settle it`;
  return { verdict: 'inconclusive', reason: `${range} includes +${s.maxIncreasePct}%: noise ±${noisePct}%; ${more}`, noisePct, ...(runs !== undefined ? { runsToResolve: runs } : {}) };
}

/** The control's own ratio, when it shows the machine changed (its interval excludes 1). */
function machineShift(before: SideRuns, after: SideRuns): LogRatio | undefined {
  const b = before.controls.find((c) => c.name === CORRECTING_CONTROL);
  const a = after.controls.find((c) => c.name === CORRECTING_CONTROL);
  if (!a || !b || a.error || b.error || a.serverMs.length < 2 || b.serverMs.length < 2) return undefined;
  const r = logRatioInterval(b.serverMs.map(Math.log), a.serverMs.map(Math.log));
  return r.low > 0 || r.high < 0 ? r : undefined;
}

/** Every control's after/before: SELECT 1 on the client (the round trip), the CPU-bound query on the server. */
export function compareControls(before: SideRuns, after: SideRuns): ControlComparison[] {
  const out: ControlComparison[] = [];
  for (const b of before.controls) {
    const a = after.controls.find((c) => c.name === b.name);
    const metric: Metric = b.name === CORRECTING_CONTROL ? 'server' : 'client';
    if (!a || a.error || b.error || a[`${metric}Ms`].length < 2 || b[`${metric}Ms`].length < 2) continue;
    const interval = logRatioInterval(b[`${metric}Ms`].map(Math.log), a[`${metric}Ms`].map(Math.log));
    out.push({ name: b.name, metric, timing: ratioInterval(geo(b[`${metric}Ms`]), geo(a[`${metric}Ms`]), interval) });
  }
  return out;
}

/** One line on the machine: did everything get slower or faster between baseline and compare? */
export function machineNote(controls: readonly ControlComparison[]): string | undefined {
  const cpu = controls.find((c) => c.name === CORRECTING_CONTROL);
  if (!cpu) return undefined;
  const t = cpu.timing;
  const ratio = `${t.ratio.toFixed(2)}x [${t.low.toFixed(2)}, ${t.high.toFixed(2)}]`;
  if (t.low > 1) return `the machine itself was slower at compare time (the fixed CPU-bound control ran ${ratio}); probe ratios are divided by it`;
  if (t.high < 1) return `the machine itself was faster at compare time (the fixed CPU-bound control ran ${ratio}); probe ratios are divided by it`;
  return `the controls saw no machine-wide change (fixed CPU-bound control ${ratio}): probe ratios stand as measured`;
}

function planVerdict(b: ProbeRuns, a: ProbeRuns): ProbeVerdict['plan'] {
  if (!b.plan && !a.plan) return undefined;
  const shapeChanged = b.plan !== undefined && a.plan !== undefined && b.plan.shape !== a.plan.shape;
  const grew = b.plan !== undefined && a.plan !== undefined && blocksGrew(b.plan, a.plan);
  return { ...(b.plan ? { before: b.plan } : {}), ...(a.plan ? { after: a.plan } : {}), shapeChanged, blocksGrew: grew };
}

function planWords(plan: NonNullable<ProbeVerdict['plan']>): string {
  const words: string[] = [];
  if (plan.shapeChanged) words.push(`plan changed: ${plan.before!.shape} → ${plan.after!.shape}`);
  if (plan.blocksGrew) words.push(`shared blocks ${plan.before!.sharedBlocks} → ${plan.after!.sharedBlocks}`);
  return words.join('; ');
}

/**
 * Probe by probe, the compare's runs against the baseline's: the server time's ratio with its
 * interval, less the machine's change when the control shows one, Holm-adjusted across the
 * probes; then the plan evidence. Probes are judged on the server's execution time: the
 * client's adds planning, round trip and this process's own scheduling, which on a busy machine
 * swing widely between runs (shown beside it, not judged; bench/results.md, latency gate).
 */
export function judgeProbes(before: SideRuns, after: SideRuns, s: JudgeSettings): ProbeVerdict[] {
  const names = [...before.probes.map((p) => p.name), ...after.probes.map((p) => p.name).filter((n) => !before.probes.some((p) => p.name === n))];
  const shift = machineShift(before, after);
  const rows = names.map((name) => {
    const b = before.probes.find((p) => p.name === name);
    const a = after.probes.find((p) => p.name === name);
    const row = (verdict: Verdict, reason: string): { row: ProbeVerdict; timed?: Timed } => ({ row: { name, verdict, reason } });
    if (!a) return row('not-compared', `probe '${name}' is in the baseline but no longer configured`);
    if (!b) return row('not-compared', `probe '${name}' is not in the baseline: nothing to compare it with`);
    if (b.error) return row('not-measured', `not measured in the baseline: ${b.error}`);
    if (a.error) return row('not-measured', a.error);
    if (b.serverMs.length < 2 || a.serverMs.length < 2) return row('not-measured', `probe '${name}' has fewer than 2 runs on a side: no interval`);
    const raw = logRatioInterval(b.serverMs.map(Math.log), a.serverMs.map(Math.log));
    const timed: Timed = { interval: shift ? lessControl(raw, shift) : raw, beforeMs: geo(b.serverMs), afterMs: geo(a.serverMs), runsPerSide: Math.min(b.serverMs.length, a.serverMs.length) };
    const client = ratioInterval(geo(b.clientMs), geo(a.clientMs), logRatioInterval(b.clientMs.map(Math.log), a.clientMs.map(Math.log)));
    return { row: { name, verdict: 'inconclusive', reason: '', client, plan: planVerdict(b, a) } as ProbeVerdict, timed } as { row: ProbeVerdict; timed?: Timed };
  });
  const limit = Math.log(1 + s.maxIncreasePct / 100);
  const timedRows = rows.filter((r) => r.timed);
  const adjusted = holm(timedRows.map((r) => pAbove(r.timed!.interval, limit)));
  timedRows.forEach((r, i) => {
    const d = decide(r.timed!, adjusted[i]!, s);
    const row = r.row;
    row.timing = ratioInterval(r.timed!.beforeMs, r.timed!.afterMs, r.timed!.interval);
    row.pAdjusted = round(adjusted[i]!, 4);
    row.noisePct = d.noisePct;
    if (d.runsToResolve !== undefined) row.runsToResolve = d.runsToResolve;
    row.verdict = d.verdict;
    row.reason = d.reason;
    if (row.plan && (row.plan.shapeChanged || row.plan.blocksGrew)) {
      const evidence = planWords(row.plan);
      if (s.planChange === 'fail') {
        row.verdict = 'fail';
        row.reason = `${evidence} (timing: ${d.reason})`;
      } else row.reason = `${d.reason}; ${evidence}`;
    }
    if (row.plan === undefined) delete row.plan;
  });
  return rows.map((r) => r.row);
}
