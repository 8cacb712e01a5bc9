import { assertInsideRealRoot } from '../config/paths.js';
import type { PhaseConfig } from '../config/load.js';
import type { PhasePlan } from '../migrate/planner.js';
import { readSqlFile, type SqlFile } from '../migrate/sql-file.js';

export interface PhaseCallbacks {
  before: SqlFile[];
  after: SqlFile[];
}

/**
 * A phase's callback files, read and checked before anything runs (a missing or unrunnable one
 * is a config error naming it, exit 2), like Flyway's beforeMigrate and afterMigrate.
 */
export function readCallbacks(root: string, phase: PhaseConfig): PhaseCallbacks {
  const read = (when: 'before' | 'after') =>
    phase.callbacks[when].map((file) => {
      assertInsideRealRoot(root, file, { file: file.rel, key: `phases.${phase.name}.callbacks.${when}` });
      return readSqlFile(file);
    });
  return { before: read('before'), after: read('after') };
}

export const hasCallbacks = (c: PhaseCallbacks): boolean => c.before.length + c.after.length > 0;

export const NO_CALLBACKS: PhaseCallbacks = { before: [], after: [] };

/** Callbacks run around every migrate that applies something to the phase, never on a no-op. */
export const runsCallbacks = (plan: PhasePlan): boolean => plan.pending.length > 0 || plan.repeatables.some((r) => r.reason);
