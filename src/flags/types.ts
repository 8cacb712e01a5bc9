import type { FlagChange, FlagState } from './store.js';

/** What `flags off` / `flags list` did: each flag's state, and what changed. */
export interface FlagsReport {
  action: 'off' | 'list';
  flags: FlagState[];
  changes: FlagChange[];
  reason?: string;
}
