import { historyState, readHistory, type HistoryRow } from '../migrate/history.js';
import { planPhase, type PhasePlan } from '../migrate/planner.js';
import { Drift, PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';
import { phaseResultFromPlan } from './phase-results.js';

/** Reads the history once and plans every selected phase; fills result.phases and result.drift. */
export async function planAll(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>): Promise<{ plans: PhasePlan[]; rows: HistoryRow[] }> {
  const { config, phases } = ctx.prepared;
  const rows = await readHistory(ctx.session.client, config.historyTable);
  const state = historyState(rows);
  const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
  ctx.result.phases = plans.map(phaseResultFromPlan);
  ctx.result.drift = plans.flatMap((p) => p.drift);
  // A layout's notes on a file (an empty file applied as a no-op...) are said while it is pending.
  for (const file of plans.flatMap((p) => p.pending)) for (const note of file.notes ?? []) ctx.result.warnings.push(`${file.path.rel}: ${note}`);
  return { plans, rows };
}

export function driftError(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, applying: boolean): PromoteError | undefined {
  const drift = ctx.result.drift;
  if (drift.length === 0) return undefined;
  const first = drift[0]!;
  const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
  return new Drift(`history and files disagree: ${first.message}${more}.${applying ? ' Nothing was applied.' : ''}`,
    { file: first.file, phase: first.phase, version: first.version },
  );
}
