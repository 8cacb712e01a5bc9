import type { FileResult, PhaseResult } from '../result.js';
import type { PhasePlan } from '../migrate/planner.js';

/** The plan as results: what is applied, what is pending, which repeatables would re-run. */
export function phaseResultFromPlan(plan: PhasePlan): PhaseResult {
  const phase = plan.files.phase;
  const files: FileResult[] = [
    ...plan.upToDate.map((f) => ({
      phase: phase.name, kind: 'migration' as const, version: f.version.text, file: f.path.rel,
      checksum: f.checksum, status: 'up-to-date' as const, transactional: f.transactional,
    })),
    ...plan.pending.map((f) => ({
      phase: phase.name, kind: 'migration' as const, version: f.version.text, file: f.path.rel,
      checksum: f.checksum, status: 'pending' as const, transactional: f.transactional,
    })),
    ...plan.repeatables.map((r) => ({
      phase: phase.name, kind: r.kind, file: r.file.path.rel, checksum: r.file.checksum,
      status: r.reason ? ('pending' as const) : ('up-to-date' as const), transactional: true,
    })),
  ];
  return { name: phase.name, schema: phase.schema, files, currentVersion: plan.currentVersion };
}

/** Replaces a file's planned entry with what actually happened to it. */
export function recordOutcome(phase: PhaseResult, outcome: FileResult): void {
  const index = phase.files.findIndex((f) => f.kind === outcome.kind && f.file === outcome.file);
  if (index >= 0) phase.files[index] = outcome;
  else phase.files.push(outcome);
  if (outcome.kind === 'migration' && outcome.status === 'applied') phase.currentVersion = outcome.version;
}
