import pg from 'pg';
import { EVENTS_EXISTS_SQL, eventsTable } from '../audit/events.js';
import { span } from './span.js';

/**
 * A ramp step that was moved and never judged: its `flag.ramped` (or `flag.ramp-resumed`) is
 * the flag's last ramp event, with no pass, revert or skipped revert after it, and no ramp of
 * the flag is running. That is what a ramp killed while watching (SIGKILL, a lost runner)
 * leaves: the flag moved with nobody watching it.
 */
export interface UnfinishedRamp {
  flag: string;
  /** The event that moved (or last resumed) the step. */
  eventId: string;
  event: 'flag.ramped' | 'flag.ramp-resumed';
  from: number;
  to: number;
  /** When the flag moved (the database's clock): the gates' $1 when the step is watched again. */
  movedAt: string;
  windowMs: number;
  intervalMs: number;
  gates: string[];
  actor: string;
  at: string;
}

/** Events that open a step, and those that close it. */
const OPENING_EVENTS = ['flag.ramped', 'flag.ramp-resumed'] as const;
const CLOSING_EVENTS = ['flag.ramp-passed', 'flag.reverted', 'flag.revert-skipped'];

const lastRampEventSql = (schema: string) => `
SELECT DISTINCT ON (e.detail->>'flag') e.id::text AS id, e.event, e.detail, e.actor, e.at::text AS at
FROM ${eventsTable(schema)} AS e
WHERE e.event = ANY($1::text[]) AND e.detail->>'flag' = ANY($2::text[])
ORDER BY e.detail->>'flag', e.id DESC`;

/** The same lock `ramp` holds for a flag while it moves and watches it. */
export const FLAG_LOCK_KEY_SQL = "hashtext('pg-promote ramp:' || $1)";
const PROBE_LOCK_SQL = `SELECT pg_try_advisory_lock(${FLAG_LOCK_KEY_SQL}) AS free`;
const RELEASE_PROBE_SQL = `SELECT pg_advisory_unlock(${FLAG_LOCK_KEY_SQL})`;

interface Row {
  id: string;
  event: string;
  detail: Record<string, unknown>;
  actor: string;
  at: string;
}

/**
 * The unfinished steps among `flags`. `heldByUs` names flags whose ramp lock this session
 * already holds (ramp itself); for any other flag a ramp that holds the lock is running now,
 * and its step is being watched, so it is not unfinished.
 */
export async function findUnfinishedRamps(
  client: pg.ClientBase,
  historySchema: string,
  flags: readonly string[],
  heldByUs: readonly string[] = [],
): Promise<UnfinishedRamp[]> {
  if (flags.length === 0) return [];
  const table = eventsTable(historySchema);
  const exists = await client.query<{ present: boolean }>(EVENTS_EXISTS_SQL, [table]);
  if (!exists.rows[0]?.present) return [];
  const rows = (await client.query<Row>(lastRampEventSql(historySchema), [[...OPENING_EVENTS, ...CLOSING_EVENTS], [...flags]])).rows;
  const open = rows.filter((r) => (OPENING_EVENTS as readonly string[]).includes(r.event));
  const unfinished: UnfinishedRamp[] = [];
  for (const row of open) {
    const flag = String(row.detail.flag);
    if (!heldByUs.includes(flag) && !(await lockIsFree(client, flag))) continue;
    const d = row.detail;
    unfinished.push({
      flag,
      eventId: row.id,
      event: row.event as UnfinishedRamp['event'],
      from: Number(d.from ?? 0),
      to: Number(d.to ?? 0),
      movedAt: typeof d.movedAt === 'string' ? d.movedAt : row.at,
      windowMs: Number(d.windowMs ?? 0),
      intervalMs: Number(d.intervalMs ?? 0),
      gates: Array.isArray(d.gates) ? d.gates.map(String) : [],
      actor: row.actor,
      at: row.at,
    });
  }
  return unfinished;
}

async function lockIsFree(client: pg.ClientBase, flag: string): Promise<boolean> {
  const probe = await client.query<{ free: boolean }>(PROBE_LOCK_SQL, [flag]);
  if (!probe.rows[0]?.free) return false;
  await client.query(RELEASE_PROBE_SQL, [flag]);
  return true;
}

/** One line: what is unfinished and the two ways to finish it. */
export function describeUnfinished(u: UnfinishedRamp): string {
  return (
    `flag '${u.flag}' has an unfinished ramp: moved ${u.from}% → ${u.to}% at ${u.at} by ${u.actor} and never judged (the ramp was stopped while watching its ${span(u.windowMs)} window); ` +
    `finish it with 'pg-promote ramp --flag ${u.flag} --resume' (watch the step again) or 'pg-promote ramp --flag ${u.flag} --revert' (set it back to ${u.from}%)`
  );
}
