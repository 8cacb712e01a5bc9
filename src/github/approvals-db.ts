import pg from 'pg';
import { EVENTS_TABLE, recordEvent } from '../audit/events.js';
import type { ConnectionTarget } from '../db/connection-url.js';
import { openSession } from '../db/session.js';
import { ConnectionFailed, PromoteError } from '../errors/promote-error.js';
import type { ApprovalsRecord } from './approvals.js';

/**
 * The sign-offs into the audit schema: one `signoff.<state>` event per environment review in
 * the promotion's events table (src/audit/events.ts), beside the schema history. All or none
 * are written, and a review already recorded for the run is not recorded twice, so re-running
 * the step after a failure leaves one row per sign-off. `schema` is the history table's: the
 * events table lives beside it.
 */
export async function recordApprovals(target: ConnectionTarget, schema: string, record: ApprovalsRecord): Promise<NonNullable<ApprovalsRecord['database']>> {
  const table = `${schema}.${EVENTS_TABLE}`;
  const session = await openSession(target, 'pg-promote approvals');
  const { client } = session;
  let recorded = 0;
  try {
    await client.query('BEGIN');
    const already = await recordedBefore(client, schema, record);
    for (const approval of record.approvals) {
      if (already.has(identity(approval))) continue;
      await recordEvent(client, schema, {
        actor: approval.user,
        event: `signoff.${approval.state}`,
        detail: {
          environment: approval.environment,
          state: approval.state,
          comment: approval.comment,
          repo: record.repo,
          run_id: record.runId,
          recorded_at: record.recordedAt,
        },
      });
      already.add(identity(approval));
      recorded++;
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (err instanceof PromoteError) throw err;
    const e = err as { message?: string; code?: string };
    throw new ConnectionFailed(`cannot record the sign-offs in ${table} on ${target.display}: ${e.message ?? String(err)}`, {
      sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
      object: table,
    });
  } finally {
    await session.close();
  }
  return { target: target.display, table, recorded };
}

function identity(a: { environment: string; user: string; state: string; comment: string }): string {
  return JSON.stringify([a.environment, a.user, a.state, a.comment]);
}

/** The run's sign-offs already in the table (none when the table does not exist yet). */
async function recordedBefore(client: pg.ClientBase, schema: string, record: ApprovalsRecord): Promise<Set<string>> {
  const qualified = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(EVENTS_TABLE)}`;
  const present = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [qualified]);
  if (!present.rows[0]?.present) return new Set();
  const rows = await client.query<{ environment: string; user: string; state: string; comment: string }>(
    `SELECT detail->>'environment' AS environment, actor AS user, detail->>'state' AS state, detail->>'comment' AS comment
       FROM ${qualified}
      WHERE event LIKE 'signoff.%' AND detail->>'repo' = $1 AND detail->>'run_id' = $2`,
    [record.repo, String(record.runId)],
  );
  return new Set(rows.rows.map(identity));
}
