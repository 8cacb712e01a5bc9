import type { FileResult, PhaseResult } from '../result.js';
import type { PhasePlan } from '../migrate/planner.js';
import { baselineSourceOf } from '../migrate/history.js';
import type { SqlFile } from '../migrate/sql-file.js';
import type { PhaseCallbacks } from './callbacks.js';

/**
 * The plan as results: what is applied, what is pending, which repeatables would re-run, and the
 * callbacks a run would execute (given only when it would), each where it runs.
 */
export function phaseResultFromPlan(plan: PhasePlan, callbacks?: PhaseCallbacks): PhaseResult {
  const phase = plan.files.phase;
  const callback = (file: SqlFile): FileResult => ({
    phase: phase.name, kind: 'callback', file: file.path.rel, checksum: file.checksum, status: 'pending', transactional: file.transactional,
  });
  const files: FileResult[] = [
    ...plan.upToDate.map((f) => {
      const baselined = baselineSourceOf(plan.applied.get(f.version.text)?.applied_by ?? '');
      return {
        phase: phase.name, kind: 'migration' as const, version: f.version.text, file: f.path.rel,
        checksum: f.checksum, status: 'up-to-date' as const, transactional: f.transactional, ...(baselined ? { baselined } : {}),
      };
    }),
    ...(callbacks?.before ?? []).map(callback),
    ...plan.pending.map((f) => {
      const failed = plan.lastFailures.get(f.version.text);
      const lastFailure = failed && { at: new Date(failed.applied_at).toISOString(), message: (failed.error_message ?? 'no message recorded').split('\n')[0]! };
      return {
        phase: phase.name, kind: 'migration' as const, version: f.version.text, file: f.path.rel,
        checksum: f.checksum, status: 'pending' as const, transactional: f.transactional, ...(lastFailure ? { lastFailure } : {}),
      };
    }),
    ...plan.repeatables.map((r) => ({
      phase: phase.name, kind: r.kind, file: r.file.path.rel, checksum: r.file.checksum,
      status: r.reason ? ('pending' as const) : ('up-to-date' as const), transactional: true,
    })),
    ...(callbacks?.after ?? []).map(callback),
  ];
  return { name: phase.name, schema: phase.schema, files, currentVersion: plan.currentVersion };
}

// Where each file's entry is in its phase's list: a search per file would make a run of
// thousands of files quadratic. Kept beside the result, never in it (results are plain data).
const positions = new WeakMap<FileResult[], Map<string, number>>();
const keyOf = (f: FileResult) => `${f.kind}\0${f.file}`;

/** Replaces a file's planned entry with what actually happened to it. */
export function recordOutcome(phase: PhaseResult, outcome: FileResult): void {
  // Keyed by the list itself: a command that replaces the list gets a fresh index.
  let index = positions.get(phase.files);
  if (!index) {
    index = new Map();
    for (const [i, f] of phase.files.entries()) if (!index.has(keyOf(f))) index.set(keyOf(f), i);
    positions.set(phase.files, index);
  }
  const at = index.get(keyOf(outcome));
  if (at !== undefined) phase.files[at] = outcome;
  else {
    index.set(keyOf(outcome), phase.files.length);
    phase.files.push(outcome);
  }
  if (outcome.kind === 'migration' && outcome.status === 'applied') phase.currentVersion = outcome.version;
}
