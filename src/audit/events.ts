import pg from 'pg';

/**
 * The promotion's audit trail of decisions, beside the schema history: what was allowed and
 * why (a migration without a backup, an approval, a maintenance-window override, a flag
 * change). One row per decision; rows are only ever added.
 */
export const EVENTS_TABLE = 'promotion_events';

export interface PromotionEvent {
  /** The run's execution id (the history table's), when the event belongs to a run. */
  executionId?: string;
  /** Who asked (CI actor or OS user), as in the history's applied_by. */
  actor: string;
  /** Dotted name, e.g. backup.bypassed, backup.verified, restore.completed. */
  event: string;
  /** Anything that explains the event; never secrets. */
  detail?: Record<string, unknown>;
}

export const eventsTable = (schema: string): string => `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(EVENTS_TABLE)}`;

export function createEventsSql(schema: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)};
CREATE TABLE IF NOT EXISTS ${eventsTable(schema)} (
  id            bigserial   PRIMARY KEY,
  execution_id  uuid,
  at            timestamptz NOT NULL DEFAULT now(),
  actor         text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  event         text        NOT NULL,
  detail        jsonb       NOT NULL DEFAULT '{}'::jsonb
);`;
}

export const EVENTS_EXISTS_SQL = 'SELECT to_regclass($1) IS NOT NULL AS present';

export function insertEventSql(schema: string): string {
  return `INSERT INTO ${eventsTable(schema)} (execution_id, actor, event, detail) VALUES ($1, $2, $3, $4::jsonb) RETURNING id::text`;
}

/**
 * Creates the table when missing; two runs racing to create it is fine. Call it before a
 * transaction that records an event: inside one, losing that race would abort the transaction.
 */
export async function ensureEventsTable(client: pg.ClientBase, historySchema: string): Promise<void> {
  const exists = await client.query<{ present: boolean }>(EVENTS_EXISTS_SQL, [eventsTable(historySchema)]);
  if (exists.rows[0]?.present) return;
  try {
    await client.query(createEventsSql(historySchema));
  } catch (err) {
    // 42P07/23505: another run created it between our probe and our CREATE.
    const code = (err as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') throw err;
  }
}

/** Adds the row, creating the table first when missing. */
export async function recordEvent(client: pg.ClientBase, historySchema: string, event: PromotionEvent): Promise<string> {
  await ensureEventsTable(client, historySchema);
  const inserted = await client.query<{ id: string }>(insertEventSql(historySchema), [
    event.executionId ?? null,
    event.actor,
    event.event,
    JSON.stringify(event.detail ?? {}),
  ]);
  return inserted.rows[0]!.id;
}
