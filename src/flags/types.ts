import type { FlagChange, FlagState } from './store.js';

/** What `flags off` / `flags list` did: each flag's state, and what changed. */
export interface FlagsReport {
  action: 'off' | 'list';
  /** The flags table, schema.table. */
  table: string;
  /** off: the flags switched off, as they are now; list: every known flag. */
  flags: (FlagState & { description?: string })[];
  /** off: each flag's previous and new percentage (also when it was already 0). */
  changes: FlagChange[];
  reason?: string;
  /** off: the audit event's id in promotion_events. */
  eventId?: string;
}
