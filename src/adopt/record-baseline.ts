import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { Drift } from '../errors/promote-error.js';
import { baselinedBy, type HistoryTable } from '../migrate/history.js';
import { HistoryStore } from '../migrate/history-store.js';
import type { BaselineRow } from './baseline-plan.js';

export interface BaselineTarget {
  phase: string;
  history: HistoryTable;
  /** Who ran baseline (the run's actor). */
  actor: string;
  /** Where the versions came from (BaselinePlan.source): kept with each row. */
  source: string;
}

/**
 * Records baselined versions as applied migrations of the phase, in one transaction and one
 * insert: a row per version with today's checksum, no duration, one execution id, and
 * applied_by saying it was a baseline and from what, so the history never claims pg-promote
 * ran those files. The history's unique index refuses a version already applied.
 */
export async function recordBaseline(session: { client: pg.ClientBase }, target: BaselineTarget, rows: readonly BaselineRow[]): Promise<string> {
  const { client } = session;
  const executionId = randomUUID();
  const store = new HistoryStore(target.history);
  if (rows.length === 0) return executionId;
  await client.query('BEGIN');
  try {
    await store.ensure(client, ['SELECT', 'INSERT']);
    await store.baseline(client, { executionId, phase: target.phase, appliedBy: baselinedBy(target.actor, target.source) }, rows);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((err as { code?: string }).code !== '23505') throw err;
    // Another run recorded one of these versions between plan and insert.
    throw new Drift(`${store.qualified} already records one of these versions of phase '${target.phase}' as applied; nothing was recorded, plan again`, {
      phase: target.phase,
      sqlstate: '23505',
    });
  }
  return executionId;
}
