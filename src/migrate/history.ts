import type pg from 'pg';
import type { FileKind } from '../result.js';
import { HistoryStore } from './history-store.js';

export { qualified } from './history-store.js';

/** Where the history lives (config `history_table`); its statements are all in history-store.ts. */
export interface HistoryTable {
  schema: string;
  table: string;
}

export interface HistoryRow {
  id: string;
  execution_id: string;
  phase: string;
  kind: FileKind;
  version: string | null;
  file_name: string;
  checksum: string;
  applied_at: Date;
  applied_by: string;
  success: boolean;
  reverted_at: Date | null;
  error_message?: string | null;
}

// `baseline` writes applied_by as '<actor> (baseline from <source>)': the row says pg-promote
// never ran the file, and from what the version was taken.
const BASELINE_MARK = / \(baseline from (.+)\)$/;

export const baselinedBy = (actor: string, source: string): string => `${actor} (baseline from ${source})`;

/** Where a baselined row's version came from; undefined for a file pg-promote ran. */
export const baselineSourceOf = (appliedBy: string): string | undefined => BASELINE_MARK.exec(appliedBy)?.[1];

/** In SQL, the same test on applied_by (for checks that read the history themselves). */
export const BASELINED_SQL = (column: string): string => `(${column} LIKE '% (baseline from %)')`;

/** Reading works on a database pg-promote never touched: no table means no history. */
export function readHistory(client: pg.ClientBase, t: HistoryTable): Promise<HistoryRow[]> {
  return new HistoryStore(t).read(client);
}

/** What the history says is in force: applied migrations per phase, last checksum per repeatable file. */
export interface HistoryState {
  applied: Map<string, Map<string, HistoryRow>>; // phase -> version -> row
  repeatables: Map<string, HistoryRow>; // `${phase}\0${kind}\0${file}` -> latest successful row
}

export const repeatableKey = (phase: string, kind: FileKind, file: string): string => `${phase}\0${kind}\0${file}`;

export function historyState(rows: readonly HistoryRow[]): HistoryState {
  const applied = new Map<string, Map<string, HistoryRow>>();
  const repeatables = new Map<string, HistoryRow>();
  for (const row of rows) {
    if (!row.success) continue;
    if (row.kind === 'migration' && row.version !== null && row.reverted_at === null) {
      let phase = applied.get(row.phase);
      if (!phase) applied.set(row.phase, (phase = new Map()));
      phase.set(row.version, row);
    } else if (row.kind === 'view' || row.kind === 'policy') {
      repeatables.set(repeatableKey(row.phase, row.kind, row.file_name), row);
    }
  }
  return { applied, repeatables };
}
