import type pg from 'pg';
import { LockNotAcquired } from '../errors/promote-error.js';

/**
 * One session-level advisory lock per database serialises pg-promote runs. Advisory locks are
 * scoped to the current database already, so a fixed key pair is enough. ('pgpr' as an int.)
 */
export const MIGRATION_LOCK_KEY: readonly [number, number] = [0x70677072, 1];

export const TRY_LOCK_SQL = 'SELECT pg_try_advisory_lock($1, $2) AS locked';
export const UNLOCK_SQL = 'SELECT pg_advisory_unlock($1, $2) AS unlocked';

const [KEY_CLASS, KEY_OBJ] = MIGRATION_LOCK_KEY;
const HELD_HERE = `EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted
  AND pid = pg_catalog.pg_backend_pid() AND classid = ${KEY_CLASS}::oid AND objid = ${KEY_OBJ}::oid AND objsubid = 2
  AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()))`;

/** Marks the guard's failure, so the runner can tell a lost lock from a failing file. */
export const LOCK_LOST_MARKER = 'pg-promote: this connection does not hold the migration lock';

/**
 * Runs before each file: fails unless this very server process still holds the migration
 * lock (behind a transaction pooler the file would run on a connection that does not). A
 * failing cast of a computed string: no branch is constant, so the planner cannot raise it early.
 */
export const LOCK_GUARD_SQL = `SELECT CASE WHEN ${HELD_HERE} THEN 0 ELSE ('${LOCK_LOST_MARKER} (server process ' || pg_catalog.pg_backend_pid() || ')')::integer END`;

/**
 * The cheap form, for each transactional file: the server process is the one that took the
 * lock (`pid`, proven by LOCK_GUARD_SQL once taken). A transaction pooler hands a file another
 * server process, and this fails; a transactional file cannot release a session lock by
 * DISCARD ALL (refused in a transaction), and a no-transaction file is checked in full before
 * and after it. Reading pg_locks for every file was a measurable part of a run of small files.
 */
export const sameBackendGuardSql = (pid: number): string =>
  `SELECT CASE WHEN pg_catalog.pg_backend_pid() = ${Math.trunc(pid)} THEN 0 ELSE ('${LOCK_LOST_MARKER} (server process ' || pg_catalog.pg_backend_pid() || ')')::integer END`;

export const isLockLost = (err: unknown): boolean => String((err as Error)?.message ?? '').includes(LOCK_LOST_MARKER);

/** Who holds the lock, for the message a waiting run gives up with. */
export const LOCK_HOLDER_SQL = `
SELECT l.pid, a.application_name, a.usename, a.client_addr::text AS client_addr, a.backend_start
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2`;

export interface LockOptions {
  waitMs: number;
  pollMs?: number;
  database: string;
  onWait?: (holder: string) => void;
}

/**
 * Polls pg_try_advisory_lock rather than blocking in pg_advisory_lock: a session blocked in
 * that call holds a snapshot, and CREATE INDEX CONCURRENTLY in the lock holder's run waits for
 * every such snapshot, so a blocking waiter would deadlock a run that builds an index.
 */
export async function acquireMigrationLock(client: pg.Client, options: LockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + options.waitMs;
  const pollMs = options.pollMs ?? 200;
  let told = false;
  for (;;) {
    const result = await client.query<{ locked: boolean }>(TRY_LOCK_SQL, [...MIGRATION_LOCK_KEY]);
    if (result.rows[0]?.locked) {
      return async () => {
        await client.query(UNLOCK_SQL, [...MIGRATION_LOCK_KEY]).catch(() => undefined);
      };
    }
    const holder = await describeHolder(client);
    if (Date.now() >= deadline) {
      throw new LockNotAcquired(`another pg-promote run holds the migration lock on database '${options.database}' (${holder}); ` +
          `waited ${Math.round(options.waitMs / 1000)}s. Nothing was applied; run again when it has finished`,
        { object: options.database },
      );
    }
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * As far as this role may see: without pg_read_all_stats, pg_stat_activity hides another
 * role's session details (NULLs), so each is shown only when present.
 */
async function describeHolder(client: pg.Client): Promise<string> {
  const rows = (await client.query(LOCK_HOLDER_SQL, [...MIGRATION_LOCK_KEY])).rows as Array<{
    pid: number;
    application_name: string | null;
    usename: string | null;
    client_addr: string | null;
    backend_start: Date | null;
  }>;
  const row = rows[0];
  if (!row) return 'holder already gone';
  const parts = [`pid ${row.pid}`];
  if (row.application_name) parts.push(`application '${row.application_name}'`);
  if (row.usename) parts.push(`user ${row.usename}`);
  if (row.client_addr) parts.push(`from ${row.client_addr}`);
  if (row.backend_start) parts.push(`connected since ${row.backend_start.toISOString()}`);
  else parts.push('other details hidden from this role (pg_read_all_stats shows them)');
  return parts.join(', ');
}
