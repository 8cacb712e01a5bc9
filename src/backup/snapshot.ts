import type pg from 'pg';
import { EXPORT_SNAPSHOT_SQL, serverState, type ServerState } from './catalog.js';

export interface DumpSnapshot {
  /** Passed to pg_dump --snapshot; absent when the server would not export one. */
  id?: string;
  state: ServerState;
  /** Ends the transaction that keeps the snapshot alive (pg_dump's workers import it late). */
  close(): Promise<void>;
}

const BEGIN = [
  'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  // pg_dump itself turns these off; counting rows in the same snapshot must not be cut short either.
  "SELECT set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true), set_config('row_security', 'off', true)",
];

/**
 * One snapshot for the catalog checks, the row counts and pg_dump: what the checks expect is
 * then exactly what the dump holds, even while the database is being written to.
 */
export async function openDumpSnapshot(client: pg.ClientBase, warn: (message: string) => void): Promise<DumpSnapshot> {
  try {
    for (const sql of BEGIN) await client.query(sql);
    const { snapshot, ...state } = await serverState(client, EXPORT_SNAPSHOT_SQL);
    return {
      id: snapshot,
      state,
      close: async () => {
        await client.query('COMMIT').catch(() => undefined);
      },
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    warn(
      `the server would not export a snapshot (${(err as Error).message.split('\n')[0]}): the table of contents is checked against the catalog ` +
        'as it was just before the dump, so objects created or dropped meanwhile may be reported',
    );
    return { state: await serverState(client), close: async () => undefined };
  }
}
