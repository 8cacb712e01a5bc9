import { historyState, readHistory, type HistoryRow } from '../migrate/history.js';
import { planPhase, type PhasePlan } from '../migrate/planner.js';
import { Drift, PromoteError, usageError } from '../errors/promote-error.js';
import { compareVersions, parseVersionText } from '../migrate/versions.js';
import type { FilesReport } from '../result.js';
import type { CommandContext } from './context.js';
import { phaseResultFromPlan } from './phase-results.js';

/** Reads the history once and plans every selected phase; fills the report's phases and drift. */
export async function planAll(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, report: FilesReport): Promise<{ plans: PhasePlan[]; rows: HistoryRow[] }> {
  const { config, phases } = ctx.prepared;
  const rows = await readHistory(ctx.session.client, config.historyTable);
  const state = historyState(rows);
  const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
  const to = ctx.options.command === 'migrate' || ctx.options.command === 'plan' ? ctx.options.to : undefined;
  if (to !== undefined) for (const plan of plans) stopAt(ctx, plan, to);
  report.phases = plans.map(phaseResultFromPlan);
  report.drift = plans.flatMap((p) => p.drift);
  // A layout's notes on a file (an empty file applied as a no-op...) are said while it is pending.
  for (const file of plans.flatMap((p) => p.pending)) for (const note of file.notes ?? []) ctx.envelope.warnings.push(`${file.path.rel}: ${note}`);
  return { plans, rows };
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
  const target = parseVersionText(to);
  const all = plan.files.migrations;
  const known = all.some((f) => f.version.text === to || (target && f.version.parts && compareVersions(f.version.parts, target) === 0));
  if (!known) {
    const range = all.length > 0 ? `its versions run from ${all[0]!.version.text} to ${all.at(-1)!.version.text}` : 'it has no migration files';
    throw usageError(`--to ${to} is no migration of phase '${plan.files.phase.name}' (${range})`, { key: '--to', phase: plan.files.phase.name, version: to });
  }
  const index = all.findIndex((f) => f.version.text === to || (target && compareVersions(f.version.parts, target) === 0));
  const allowed = new Set(all.slice(0, index + 1));
  const later = plan.pending.filter((f) => !allowed.has(f));
  plan.pending = plan.pending.filter((f) => allowed.has(f));
  if (later.length > 0) {
    ctx.envelope.warnings.push(`--to ${to}: ${later.length} later migration${later.length === 1 ? '' : 's'} of phase ${plan.files.phase.name} stay${later.length === 1 ? 's' : ''} pending (${later.map((f) => f.version.text).slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})`);
  }
}
