import type { FilesReport } from '../result.js';
import type { CommandContext } from './context.js';
import { driftError, planAll, refuseUnknownDatabase } from './history-plans.js';
import { reporting, type Failed } from './outcome.js';
import { stagingGate } from './staging-gate.js';

/**
 * plan and status only read: no lock, no history table created, nothing written. Drift makes
 * them fail (exit 1) so a workflow can gate on them.
 */
export async function inspect<R extends FilesReport>(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, report: R): Promise<R | Failed<R>> {
  return reporting(report, async () => {
    const { plans, rows } = await planAll(ctx, report);
    if (ctx.options.command !== 'status' && ctx.options.command !== 'down') await refuseUnknownDatabase(ctx, rows.length);
    const drift = driftError(report, false);
    if (drift) throw drift;
    await stagingGate(ctx, plans, report);
    if (ctx.options.command === 'plan') await lintForApprovers(ctx, report);
  });
}

/** The plan approvers read carries the pending files' lint findings, judged against the target. */
async function lintForApprovers(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, report: FilesReport): Promise<void> {
  const { config, phases, target } = ctx.prepared;
  // Loaded here, not at the top: status and migrate, run by every CI job, never lint.
  const [{ runLint }, { largeTableBytes }, { lintFailure }] = await Promise.all([import('../lint/run.js'), import('../lint/threshold.js'), import('./lint.js')]);
  report.lint = await runLint({
    root: config.root,
    configFile: config.source,
    phases: phases.map((p) => p.phase),
    postgresVersion: config.lint.postgresVersion,
    config: config.lint,
    database: { client: ctx.session.client, target: target.display, history: config.historyTable, largeTableBytes: largeTableBytes() },
  });
  const failure = lintFailure(report.lint);
  if (failure) throw failure;
}
