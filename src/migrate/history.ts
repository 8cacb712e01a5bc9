import pg from 'pg';
import type { FileKind } from '../result.js';
import { probeHistoryTable } from './history-access.js';

/**
 * The schema history (Flyway's idea, keyed by phase): one row per attempt, append-only except
 * that a DOWN marks the row it undid as reverted. The partial unique index is the database's
 * own guarantee that no (phase, version) is ever applied twice, whatever happens to locks.
 */
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
}

export const qualified = (t: HistoryTable): string => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`;

export function createHistorySql(t: HistoryTable): string {
  const name = qualified(t);
  const index = pg.escapeIdentifier(`${t.table}_applied_once`);
  return `
CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${name} (
  id            bigserial PRIMARY KEY,
  execution_id  uuid        NOT NULL,
  phase         text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN ('migration', 'view', 'policy', 'down')),
  version       text,
  file_name     text        NOT NULL,
  checksum      text        NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  applied_by    text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  duration_ms   integer     NOT NULL,
  success       boolean     NOT NULL,
  reverted_at   timestamptz,
  error_sqlstate text,
  error_message text
);
CREATE UNIQUE INDEX IF NOT EXISTS ${index} ON ${name} (phase, version)
  WHERE kind = 'migration' AND success AND reverted_at IS NULL;`;
}

export function readHistorySql(t: HistoryTable): string {
  return `SELECT id::text, execution_id::text, phase, kind, version, file_name, checksum, applied_at, applied_by, success, reverted_at
FROM ${qualified(t)} ORDER BY id`;
}

/** The columns known before a file runs, in the order both inserts write them (see history-stage.ts). */
export const ENTRY_COLUMNS = 'execution_id, phase, kind, version, file_name, checksum, applied_by';

export function insertHistorySql(t: HistoryTable): string {
  return `INSERT INTO ${qualified(t)}
  (${ENTRY_COLUMNS}, duration_ms, success, error_sqlstate, error_message)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
}

/** Phase and version are $1 and $2, or expressions over a FROM item (a staged entry, history-stage.ts). */
export function markRevertedSql(t: HistoryTable, source: { from?: string; phase: string; version: string } = { phase: '$1', version: '$2' }): string {
  return `UPDATE ${qualified(t)} SET reverted_at = now()${source.from ? ` FROM ${source.from}` : ''}
WHERE phase = ${source.phase} AND version = ${source.version} AND kind = 'migration' AND success AND reverted_at IS NULL`;
}

export interface HistoryEntry {
  executionId: string;
  phase: string;
  kind: FileKind;
  version?: string;
  fileName: string;
  checksum: string;
  appliedBy: string;
  durationMs: number;
  success: boolean;
  errorSqlstate?: string;
  errorMessage?: string;
}

/** A named (prepared once per connection) insert: it runs once per file, often thousands of times. */
export function insertHistoryQuery(t: HistoryTable, e: HistoryEntry): pg.QueryConfig {
  return { name: `pg-promote-history-${t.schema}.${t.table}`, text: insertHistorySql(t), values: historyValues(e) };
}

function historyValues(e: HistoryEntry): unknown[] {
  return [
    e.executionId, e.phase, e.kind, e.version ?? null, e.fileName, e.checksum, e.appliedBy,
    Math.round(e.durationMs), e.success, e.errorSqlstate ?? null, e.errorMessage?.slice(0, 2000) ?? null,
  ];
}

/** Reading works on a database pg-promote never touched: no table means no history. */
export async function readHistory(client: pg.ClientBase, t: HistoryTable): Promise<HistoryRow[]> {
  if (!(await probeHistoryTable(client, t, ['SELECT'])).present) return [];
  return (await client.query<HistoryRow>(readHistorySql(t))).rows;
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
