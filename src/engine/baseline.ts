import { baselineDriftError, baselineFiles, planBaseline, type BaselineSource } from '../adopt/baseline-plan.js';
import { readForeignHistory } from '../adopt/detect.js';
import { parseFrom } from '../adopt/foreign-history.js';
import { recordBaseline } from '../adopt/record-baseline.js';
import { usageError } from '../errors/promote-error.js';
import { historyState, readHistory } from '../migrate/history.js';
import type { BaselineReport, Reports } from '../result.js';
import type { CommandContext } from './context.js';
import { reporting, type Outcome } from './outcome.js';
import { withMigrationLock } from './session-setup.js';

/**
 * Takes over a database migrated by something else: records, for one phase, the versions
 * `--to` names or another tool's history says were applied, as baselined rows of pg-promote's
 * history, without running a file. Under the migration lock, so no migrate runs meanwhile; a
 * refused or drifted plan records nothing.
 */
export async function baseline(ctx: CommandContext<'baseline'>): Promise<Outcome<'baseline'>> {
  const { config, phases, actor } = ctx.prepared;
  const { to, from, project, historyTable } = ctx.options.baseline ?? {};
  if (phases.length !== 1) {
    throw usageError(`baseline works on one phase at a time; name it with --phase (configured: ${config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
  }
  const files = phases[0]!;
  const phase = files.phase.name;
  const work = async (out: Reports['baseline']) => {
    const client = ctx.session.client;
    const recorded = new Set(historyState(await readHistory(client, config.historyTable)).applied.get(phase)?.keys() ?? []);
    const source: BaselineSource = to !== undefined
      ? { to }
      : { history: await readForeignHistory(client, parseFrom(from ?? 'auto'), { schema: files.phase.schema, project, ...(historyTable === undefined ? {} : { table: historyTable }) }) };
    const plan = planBaseline(phase, baselineFiles(files), source, recorded);
    const report: BaselineReport = (out.baseline = {
      phase, source: plan.source, marked: plan.mark.map(({ version, file }) => ({ version, file })),
      pending: plan.pending, gaps: plan.gaps, drift: plan.drift, alreadyRecorded: plan.alreadyRecorded, recorded: false,
    });
    const drift = baselineDriftError(plan);
    if (drift) throw drift;
    if (ctx.options.dryRun || plan.mark.length === 0) return;
    ctx.envelope.executionId = await recordBaseline(ctx.session, { phase, history: config.historyTable, actor, source: plan.source }, plan.mark);
    report.recorded = true;
  };
  return reporting({}, (out) => (ctx.options.dryRun ? work(out) : withMigrationLock(ctx, () => work(out))));
}
