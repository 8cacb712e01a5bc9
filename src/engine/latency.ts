import path from 'node:path';
import { PromoteError, usageError } from '../errors/promote-error.js';
import { readBaseline, writeBaseline } from '../latency/baseline-file.js';
import { compareProbes } from '../latency/compare.js';
import { timeProbes } from '../latency/probes.js';
import { compareStatements, topStatements } from '../latency/statements.js';
import type { LatencyBaseline } from '../latency/types.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';

/** Probes only read; a probe that writes fails instead of changing production. */
const PROBE_SESSION_SQL = "SELECT set_config('default_transaction_read_only', 'on', false), set_config('statement_timeout', $1, false)";
/**
 * Our own probe runs must not count as the application's statements in pg_stat_statements.
 * Only a superuser may turn tracking off; for anyone else the probes are counted, and said so.
 */
const UNTRACKED_SQL = "SELECT set_config('pg_stat_statements.track', 'none', false)";

/**
 * The runbook's "< 10% increase in p95 latency" as a stage: --baseline times the probe queries
 * and writes the timings; --compare times them again and fails when a probe's p95 grew more
 * than allowed. pg_stat_statements, where present, adds the top statements' mean-time change.
 */
export async function latency(ctx: CommandContext): Promise<void> {
  const { config, target } = ctx.prepared;
  const options = ctx.options.latency;
  if (!options?.mode || !options.file) throw usageError('latency needs exactly one of --baseline FILE or --compare FILE', { key: '--baseline' });
  const settings = config.latency;
  const samples = options.samples ?? settings.samples;
  const abs = path.resolve(ctx.options.root, options.file);
  // Read first: a bad baseline file must fail before minutes of timing, not after.
  const baseline = options.mode === 'compare' ? readBaseline(abs, options.file) : undefined;
  const client = ctx.session.client;
  await client.query(PROBE_SESSION_SQL, [`${settings.probeTimeoutMs}ms`]);
  const untracked = await client.query(UNTRACKED_SQL).then(
    () => true,
    () => false,
  );

  const progress = (message: string) => ctx.emit({ type: 'progress', stage: 'latency', message });
  const statementsBefore = options.mode === 'compare' ? await compareStatements(client, baseline!.statements) : undefined;
  // Taken before the probes run, so the top statements are the application's, not the probes'.
  const statementsNow = options.mode === 'baseline' ? await topStatements(client, settings.topStatements) : undefined;
  progress(`timing ${settings.probes.length} probes: ${settings.warmup} warm-up run${settings.warmup === 1 ? '' : 's'}, then ${samples} timed runs each`);
  const probes = await timeProbes(client, settings.probes, { samples, warmup: settings.warmup, onProgress: progress });
  const thresholds = { maxP95IncreasePct: settings.maxP95IncreasePct, noiseFloorMs: settings.noiseFloorMs };

  if (options.mode === 'baseline') {
    const statements = statementsNow!;
    if (statements.available && !untracked) ctx.result.warnings.push("pg_stat_statements counts this run's own probe queries (only a superuser can turn its tracking off for a session)");
    const file: LatencyBaseline = {
      latencyBaseline: 1,
      createdBy: `pg-promote ${VERSION}`,
      takenAt: new Date().toISOString(),
      target: target.display,
      serverVersion: ctx.session.serverVersion,
      probes,
      statements,
    };
    writeBaseline(abs, file);
    ctx.result.latency = { mode: 'baseline', file: options.file, probes, ...thresholds, statements: { available: statements.available, reason: statements.reason } };
    return;
  }

  const comparisons = compareProbes(baseline!.probes, probes, thresholds);
  ctx.result.latency = {
    mode: 'compare',
    file: options.file,
    probes,
    ...thresholds,
    comparisons,
    baselineTakenAt: baseline!.takenAt,
    statements: statementsBefore!,
  };
  if (baseline!.target !== target.display) ctx.result.warnings.push(`the baseline was taken on ${baseline!.target}, this is ${target.display}`);
  for (const c of comparisons.filter((x) => x.status === 'new' || x.status === 'missing')) {
    ctx.result.warnings.push(c.status === 'new' ? `probe '${c.name}' is not in the baseline: nothing to compare it with` : `probe '${c.name}' is in the baseline but no longer configured`);
  }
  const slower = comparisons.filter((c) => c.status === 'slower');
  if (slower.length === 0) return;
  const first = slower[0]!;
  const more = slower.length > 1 ? ` (${slower.length} probes slower: ${slower.map((c) => c.name).join(', ')})` : '';
  throw new PromoteError(
    'check',
    `latency probe '${first.name}': p95 grew ${first.p95ChangePct}% (${first.before!.p95} ms → ${first.after!.p95} ms), more than the allowed ${settings.maxP95IncreasePct}%${more}`,
    { key: `latency.probes.${first.name}`, statement: first.after!.sql },
  );
}
