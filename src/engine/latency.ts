import path from 'node:path';
import { configFileToEdit } from '../config/defaults.js';
import { configError, usageError, CheckFailed } from '../errors/promote-error.js';
import { readBaseline, writeBaseline } from '../latency/baseline-file.js';
import type { LatencyConfig } from '../latency/config.js';
import { measureSide } from '../latency/runs.js';
import { variance } from '../latency/stats.js';
import { judgeStatements, StatementsRecorder } from '../latency/statements.js';
import type { LatencyBaseline, LatencyReport, LatencySettingsShown, ProbeSummary, SideRuns, Verdict } from '../latency/types.js';
import { compareControls, geo, judgeProbes, machineNote } from '../latency/verdict.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';
import { endWith, Failed, type Outcome } from './outcome.js';

/** Probes only read; a probe that writes fails instead of changing production. */
const PROBE_SESSION_SQL = "SELECT set_config('default_transaction_read_only', 'on', false), set_config('statement_timeout', $1, false)";
/**
 * Our own probe runs must not count as the application's statements in pg_stat_statements.
 * Only a superuser may turn tracking off; for anyone else they are left out by query id.
 */
const UNTRACKED_SQL = "SELECT set_config('pg_stat_statements.track', 'none', false)";

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function shownSettings(s: LatencyConfig, samples: number): LatencySettingsShown {
  return { maxIncreasePct: s.maxIncreasePct, noiseFloorMs: s.noiseFloorMs, runs: s.runs, samples, spanMs: s.spanMs, inconclusive: s.inconclusive, planChange: s.planChange };
}

/** Each probe as one side measured it: geometric means over the runs and their spread. */
function summaries(side: SideRuns): ProbeSummary[] {
  return side.probes.map((p) => {
    if (p.error || p.clientMs.length === 0) return { name: p.name, error: p.error ?? 'not measured' };
    const spreadPct = p.serverMs.length > 1 ? round((Math.exp(Math.sqrt(variance(p.serverMs.map(Math.log)))) - 1) * 100, 1) : undefined;
    return { name: p.name, clientMs: round(geo(p.clientMs)), serverMs: round(geo(p.serverMs)), ...(spreadPct !== undefined ? { spreadPct } : {}), ...(p.plan ? { plan: p.plan } : {}) };
  });
}

/**
 * The runbook's "< 10% increase in p95 latency" as a stage. --baseline measures the probes in
 * several runs spread over a span and writes them; --compare measures them again the same way
 * and judges each probe by its after/before ratio with a 95% interval, corrected by a control
 * for the machine, with the plans beside. pg_stat_statements, where present, adds the
 * application's own statements over the same windows.
 */
export async function latency(ctx: CommandContext<'latency'>): Promise<Outcome<'latency'>> {
  const { config, target } = ctx.prepared;
  const options = ctx.options.latency;
  if (!options?.mode || !options.file) throw usageError('latency needs exactly one of --baseline FILE or --compare FILE', { key: '--baseline' });
  const settings = config.latency;
  if (settings.probes.length === 0) {
    const file = configFileToEdit(config.source);
    throw configError(`no latency probes configured: list the queries your application runs under latency.probes in ${file} (name, and one read-only sql each)`, { file, key: 'latency.probes' });
  }
  const { samples } = ctx.settings;
  const abs = path.resolve(ctx.options.root, options.file);
  // Read first: a bad baseline file must fail before minutes of timing, not after.
  const baseline = options.mode === 'compare' ? readBaseline(abs, options.file) : undefined;
  const client = ctx.session.client;
  await client.query(PROBE_SESSION_SQL, [`${settings.probeTimeoutMs}ms`]);
  await client.query(UNTRACKED_SQL).catch(() => undefined);

  const progress = (message: string) => ctx.emit({ type: 'progress', stage: 'latency', message });
  const recorder = await StatementsRecorder.open(client, settings.topStatements);
  progress(`measuring ${settings.probes.length} probes and 2 controls: ${settings.runs} runs over ${settings.spanMs / 1000} s, ${samples} timed executions each per run`);
  const side = await measureSide(client, settings.probes, {
    runs: settings.runs,
    samples,
    warmup: settings.warmup,
    spanMs: settings.spanMs,
    probeTimeoutMs: settings.probeTimeoutMs,
    onProgress: progress,
    onWindowEdge: () => recorder.edge(),
  });
  const own = new Set([...side.probes, ...side.controls].flatMap((p) => (p.plan?.queryId ? [p.plan.queryId] : [])));
  const shown = shownSettings(settings, samples);

  if (options.mode === 'baseline') {
    const statements = recorder.windows({ exclude: own, limit: settings.topStatements });
    const file: LatencyBaseline = { latencyBaseline: 2, createdBy: `pg-promote ${VERSION}`, takenAt: new Date().toISOString(), target: target.display, serverVersion: ctx.session.serverVersion, side, statements };
    writeBaseline(abs, file);
    const report: LatencyReport = { mode: 'baseline', file: options.file, settings: shown, probes: summaries(side), statements: { available: statements.available, reason: statements.reason } };
    const failed = side.probes.filter((p) => p.error);
    const unmeasured = failed.length > 0
      ? new CheckFailed(`${failed[0]!.error}${failed.length > 1 ? ` (${failed.length} probes not measured: ${failed.map((p) => p.name).join(', ')})` : ''}`, { key: `latency.probes.${failed[0]!.name}` })
      : undefined;
    return endWith({ latency: report }, unmeasured);
  }

  const judge = { maxIncreasePct: settings.maxIncreasePct, noiseFloorMs: settings.noiseFloorMs, planChange: settings.planChange };
  const verdicts = judgeProbes(baseline!.side, side, judge);
  const controls = compareControls(baseline!.side, side);
  const after = recorder.windows({ exclude: own, keep: baseline!.statements.statements, limit: settings.topStatements });
  const statements: LatencyReport['statements'] = !baseline!.statements.available
    ? { available: false, reason: `not in the baseline: ${baseline!.statements.reason}` }
    : !after.available
      ? { available: false, reason: after.reason }
      : { available: true, compared: judgeStatements(baseline!.statements, after, judge) };
  const machine = machineNote(controls);
  const report: LatencyReport = { mode: 'compare', file: options.file, settings: shown, probes: summaries(side), verdicts, controls, ...(machine ? { machine } : {}), baselineTakenAt: baseline!.takenAt, statements };
  if (baseline!.target !== target.display) ctx.envelope.warnings.push(`the baseline was taken on ${baseline!.target}, this is ${target.display}`);

  const soft: Verdict[] = ['inconclusive', 'not-compared'];
  const failing = verdicts.filter((v) => v.verdict === 'fail' || v.verdict === 'not-measured' || (settings.inconclusive === 'fail' && soft.includes(v.verdict)));
  for (const v of verdicts.filter((x) => soft.includes(x.verdict) && !failing.includes(x))) ctx.envelope.warnings.push(`latency probe '${v.name}' ${v.verdict}: ${v.reason}`);
  for (const s of statements.compared?.filter((x) => x.verdict === 'fail') ?? []) ctx.envelope.warnings.push(`pg_stat_statements: ${s.query.slice(0, 80)} slower: ${s.reason}`);
  if (failing.length === 0) return { latency: report };
  const first = failing[0]!;
  const more = failing.length > 1 ? ` (${failing.length} probes fail: ${failing.map((v) => v.name).join(', ')})` : '';
  return new Failed({ latency: report }, new CheckFailed(`latency probe '${first.name}' ${first.verdict}: ${first.reason}${more}`, { key: `latency.probes.${first.name}` }));
}
