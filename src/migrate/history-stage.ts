import pg from 'pg';
import type { SqlStatement } from '../sql/statements.js';
import { ENTRY_COLUMNS, markRevertedSql, qualified, type HistoryEntry, type HistoryTable } from './history.js';

/**
 * A file's history row is written by the file's own query, inside its transaction, so the
 * file and its record commit together, in one query. The row's values reach the server
 * beforehand, as query parameters, for a run of files at once: each as JSON in a session
 * setting named by its slot, read back by an insert prepared once per session. Settings need
 * no privilege, unlike a temporary table (TEMP on the database), and vanish with the
 * connection. Slots are reused run after run: PostgreSQL before 16 keeps settings in a sorted
 * array that grows quadratically with the number of distinct names.
 */
export type StagedEntry = Omit<HistoryEntry, 'durationMs' | 'success' | 'errorSqlstate' | 'errorMessage'>;

/** Files staged per round trip, and the number of distinct settings a session ever holds. */
export const STAGING_WINDOW = 256;

export interface StagedRun {
  slots: number[];
  /** The prepared insert this run's files execute. */
  insert: string;
}

const STAGE_SQL =
  "SELECT count(set_config('pg_promote.history_' || slot, entry, false))::int AS staged FROM unnest($1::text[]) WITH ORDINALITY AS s(entry, slot)";

// The server's duration: time since the file's BEGIN.
const DURATION = 'round(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer';

const staged = (slot: string) => `(SELECT current_setting('pg_promote.history_' || ${slot})::jsonb AS e) AS staged`;

function insertSql(t: HistoryTable, slot: string, duration: string): string {
  return `INSERT INTO ${qualified(t)} (${ENTRY_COLUMNS}, duration_ms, success)
SELECT (e->>'executionId')::uuid, e->>'phase', e->>'kind', e->>'version', e->>'fileName', e->>'checksum', e->>'appliedBy', ${duration}, true
FROM ${staged(slot)}`;
}

/** Which insert each session has prepared, for which history table. */
const prepared = new WeakMap<pg.ClientBase, { table: string; name: string }>();
let generation = 0;

/**
 * Stages entries into slots 1..n, replacing the previous run's: only once those files have run.
 * After a run whose last file reset the session (`resetsSession`), pass `fresh` so the insert
 * is prepared again.
 */
export async function stageHistory(client: pg.ClientBase, t: HistoryTable, entries: readonly StagedEntry[], fresh = false): Promise<StagedRun> {
  if (entries.length > STAGING_WINDOW) throw new Error(`at most ${STAGING_WINDOW} history entries can be staged at once`);
  let statement = prepared.get(client);
  if (fresh || statement?.table !== qualified(t)) {
    // A new name each time: a reset file may or may not have deallocated the old one.
    statement = { table: qualified(t), name: `pg_promote_history_${++generation}` };
    await client.query(`PREPARE ${statement.name}(int) AS ${insertSql(t, '$1', DURATION)}`);
    prepared.set(client, statement);
  }
  if (entries.length > 0) await client.query(STAGE_SQL, [entries.map((e) => JSON.stringify(e))]);
  return { slots: entries.map((_, i) => i + 1), insert: statement.name };
}

/** The history SQL a file's transaction runs before its statements and after them. */
export interface RecordSql {
  before: string[];
  after: string[];
}

/**
 * A file that resets the session (`resetsSession`) loses the staged settings and perhaps the
 * prepared insert part-way: its row is written in plain SQL before its statements, and its
 * duration set after them on the row just inserted.
 */
export function recordSql(t: HistoryTable, run: StagedRun, slot: number, down: boolean, statements: readonly SqlStatement[]): RecordSql {
  const revert = down ? [markRevertedSql(t, { from: staged(String(slot)), phase: "e->>'phase'", version: "e->>'version'" })] : [];
  if (!resetsSession(statements)) return { before: [], after: [...revert, `EXECUTE ${run.insert}(${slot})`] };
  const sequence = `pg_get_serial_sequence(${pg.escapeLiteral(qualified(t))}, 'id')`;
  return {
    before: [...revert, insertSql(t, String(slot), '0')],
    after: [`UPDATE ${qualified(t)} SET duration_ms = ${DURATION} WHERE id = currval(${sequence})`],
  };
}

/** RESET ALL clears the staged settings for the rest of the session; DEALLOCATE may drop the insert. */
export function resetsSession(statements: readonly SqlStatement[]): boolean {
  return statements.some(({ keywords: [first, second] }) =>
    first === 'DEALLOCATE' || (first === 'RESET' && (second === 'ALL' || second === 'PG_PROMOTE')));
}
