import { MigrationFailed } from '../errors/promote-error.js';
import { applyInOrder, type RunContext, type RunItem } from '../migrate/applier.js';
import type { PhasePlan } from '../migrate/planner.js';
import { backupGate } from './backup-gate.js';
import { hasCallbacks, runsCallbacks, type PhaseCallbacks } from './callbacks.js';
import { emptyRunReport, type FilesReport, type PhaseResult, type Reports } from '../result.js';
import type { CommandContext } from './context.js';
import { reporting, type Outcome } from './outcome.js';
import { stagingGate } from './staging-gate.js';
import { driftError, planAll, refuseUnknownDatabase } from './history-plans.js';
import { inspect } from './inspect.js';
import { MigrateInterruption } from './migrate-interruption.js';
import { recordOutcome } from './phase-results.js';
import { ensureHistoryTable, runContext, withMigrationLock } from './session-setup.js';

/**
 * The runbook's promotion sequence for the selected phases: per phase, pending migrations in
 * version order, then its view files, then its policy files. The first failure stops the run;
 * what was applied before it stays applied and recorded, and a re-run resumes there.
 */
export async function migrate(ctx: CommandContext<'migrate'>): Promise<Outcome<'migrate'>> {
  const report: Reports['migrate'] = emptyRunReport(ctx.options);
  if (ctx.options.dryRun) return inspect(ctx, report);
  return reporting(report, () => apply(ctx, report));
}

async function apply(ctx: CommandContext<'migrate'>, report: FilesReport): Promise<void> {
  const { config, target } = ctx.prepared;
  if (config.production.databases.includes(target.database)) await (await import('./ramp-unfinished.js')).warnOfUnfinishedRamps(ctx);
  try {
    await backupGate(ctx);
  } catch (err) {
    // Refused, it still says what it would have applied: the pending count is the news.
    await planAll(ctx, report).catch(() => undefined);
    throw err;
  }
  const interruption = new MigrateInterruption(ctx, report);
  try {
    await withMigrationLock(ctx, async () => {
      const { plans, rows, callbacks } = await planAll(ctx, report);
      await refuseUnknownDatabase(ctx, rows.length);
      const drift = driftError(report, true);
      if (drift) throw drift;
      await ensureHistoryTable(ctx, ['SELECT', 'INSERT']);
      await stagingGate(ctx, plans, report);
      const run = { ...(await runContext(ctx)), emit: interruption.watch(ctx.emit) };
      if (callbacks.some(hasCallbacks)) await run.store.allowCallbacks(ctx.session.client);
      for (const [index, plan] of plans.entries()) {
        interruption.check();
        await applyPhase(ctx, run, plan, report.phases[index]!, callbacks[index]!);
      }
    });
  } catch (err) {
    interruption.check(err);
  } finally {
    await interruption.dispose();
  }
  interruption.check();
}

async function applyPhase(ctx: CommandContext<'migrate'>, run: RunContext, plan: PhasePlan, result: PhaseResult, callbacks: PhaseCallbacks): Promise<void> {
  const phase = plan.files.phase;
  const repeatables = plan.repeatables.filter((r) => r.reason);
  ctx.emit({ type: 'phase-start', phase: phase.name, pending: plan.pending.length + repeatables.length });
  const work: RunItem[] = [
    ...plan.pending.map((file) => ({ phase: phase.name, kind: 'migration' as const, version: file.version.text, file })),
    ...repeatables.map((r) => ({ phase: phase.name, kind: r.kind, file: r.file })),
  ];
  const callback = (file: RunItem['file']): RunItem => ({ phase: phase.name, kind: 'callback', file });
  const items = runsCallbacks(plan) ? [...callbacks.before.map(callback), ...work, ...callbacks.after.map(callback)] : work;
  for await (const outcome of applyInOrder(run, items)) {
    recordOutcome(result, outcome);
    if (outcome.status === 'failed') {
      const error = outcome.error!;
      throw new MigrationFailed(error.message, { ...error, phase: phase.name, version: outcome.version });
    }
  }
}
