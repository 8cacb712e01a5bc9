import { historyState, readHistory, type HistoryRow } from '../migrate/history.js';
import { planPhase, type PhasePlan } from '../migrate/planner.js';
import { Drift, PromoteError, usageError } from '../errors/promote-error.js';
import { locateVersion, versionRange } from '../migrate/version-target.js';
import type { FilesReport } from '../result.js';
import { NO_CALLBACKS, readCallbacks, runsCallbacks, type PhaseCallbacks } from './callbacks.js';
import type { CommandContext } from './context.js';
import { phaseResultFromPlan } from './phase-results.js';

/**
 * Reads the history once and plans every selected phase; fills the report's phases and drift.
 * plan and migrate also read each phase's callbacks (a missing one is exit 2 before anything
 * runs) and list them where a run executes them.
 */
export async function planAll(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, report: FilesReport): Promise<{ plans: PhasePlan[]; rows: HistoryRow[]; callbacks: PhaseCallbacks[] }> {
  const { config, phases } = ctx.prepared;
  const rows = await readHistory(ctx.session.client, config.historyTable);
  const state = historyState(rows);
  const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
  const forward = ctx.options.command === 'migrate' || ctx.options.command === 'plan';
  const to = forward ? ctx.options.to : undefined;
  if (to !== undefined) for (const plan of plans) stopAt(ctx, plan, to);
  const callbacks = plans.map((p) => (forward ? readCallbacks(config.root, p.files.phase) : NO_CALLBACKS));
  report.phases = plans.map((p, i) => phaseResultFromPlan(p, runsCallbacks(p) ? callbacks[i] : undefined));
  report.drift = plans.flatMap((p) => p.drift);
  // A layout's notes on a file (an empty file applied as a no-op...) are said while it is pending.
  for (const file of plans.flatMap((p) => p.pending)) for (const note of file.notes ?? []) ctx.envelope.warnings.push(`${file.path.rel}: ${note}`);
  return { plans, rows, callbacks };
}

export function driftError(report: FilesReport, applying: boolean): PromoteError | undefined {
  const drift = report.drift;
  if (drift.length === 0) return undefined;
  const first = drift[0]!;
  const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
  return new Drift(`history and files disagree: ${first.message}${more}.${applying ? ' Nothing was applied.' : ''}`,
    { file: first.file, phase: first.phase, version: first.version },
  );
}

/**
 * migrate and plan on a database whose history is empty: another tool's history table, or
 * tables already in a phase's schema, stop the run (exit 2) before anything is created, naming
 * what was found and the baseline command. A database with history pays nothing for this.
 */
export async function refuseUnknownDatabase(ctx: CommandContext, historyRows: number): Promise<void> {
  if (historyRows > 0) return;
  const { refuseUnknownDatabase: refuse } = await import('../adopt/unknown-database.js');
  for (const files of ctx.prepared.phases) {
    await refuse(ctx.session.client, { phase: files.phase.name, schema: files.phase.schema, history: ctx.prepared.config.historyTable, historyRows });
  }
}

/** migrate --to VERSION: only pending files up to and including VERSION; later ones stay pending for another run. */
function stopAt(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, plan: PhasePlan, to: string): void {
  const phases = ctx.prepared.phases;
  if (phases.length !== 1) {
    throw usageError(`--to names a version of one phase; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
  }
  const all = plan.files.migrations;
  const target = locateVersion(all, to)?.file;
  if (!target) {
    throw usageError(`--to ${to} is no migration of phase '${plan.files.phase.name}' (${versionRange(all)})`, { key: '--to', phase: plan.files.phase.name, version: to });
  }
  const index = all.indexOf(target);
  const allowed = new Set(all.slice(0, index + 1));
  const later = plan.pending.filter((f) => !allowed.has(f));
  plan.pending = plan.pending.filter((f) => allowed.has(f));
  if (later.length > 0) {
    ctx.envelope.warnings.push(`--to ${to}: ${later.length} later migration${later.length === 1 ? '' : 's'} of phase ${plan.files.phase.name} stay${later.length === 1 ? 's' : ''} pending (${later.map((f) => f.version.text).slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})`);
  }
}
