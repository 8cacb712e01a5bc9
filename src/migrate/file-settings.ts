import pg from 'pg';
import type { Queryable } from '../db/database.js';
import type { SqlStatement } from '../sql/statements.js';

/**
 * What every file starts with, whatever the files before it did: the configured lock_timeout
 * and statement_timeout, and the search_path and role the session had when the run began
 * (from the connection's options or the role's defaults). A `SET search_path` in 002 must not
 * move 003's unqualified CREATE TABLE, and a `SET lock_timeout = 0` in 002 must not let 003
 * wait behind a lock for ever: the schema and the waits are the same however the files are
 * split over runs.
 */
export interface FileSettings {
  lockTimeout: string;
  statementTimeout: string;
  searchPath: string;
  /** `none` when the session never set a role: current_user is then the session user. */
  role: string;
}

export async function configuredSettings(db: Queryable, limits: { lockTimeoutMs: number; statementTimeoutMs: number }): Promise<FileSettings> {
  const row = (await db.query<{ search_path: string; role: string }>(
    "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('role') AS role",
  )).rows[0]!;
  return { lockTimeout: `${limits.lockTimeoutMs}ms`, statementTimeout: `${limits.statementTimeoutMs}ms`, searchPath: row.search_path, role: row.role };
}

/**
 * The settings as one SELECT's columns. `local` (SET LOCAL) inside a file's transaction: they
 * end with it, so nothing of ours is left on the connection between files (a transaction
 * pooler could hand it on). Session-wide for a no-transaction file, whose statements are
 * transactions of their own. `extra` adds columns (the lock check).
 */
export function settingsSql(s: FileSettings, local: boolean, extra: string[] = []): string {
  const set = (name: string, value: string) => `pg_catalog.set_config('${name}', ${pg.escapeLiteral(value)}, ${local})`;
  return `SELECT ${[
    set('role', s.role), set('search_path', s.searchPath), set('lock_timeout', s.lockTimeout), set('statement_timeout', s.statementTimeout), ...extra,
  ].join(', ')}`;
}

const OURS = '(lock_timeout|statement_timeout|search_path|role)';
const TO_DEFAULT = new RegExp(`^SET\\s+(SESSION\\s+|LOCAL\\s+)?${OURS}\\s*(=|TO)\\s*DEFAULT\\s*$`, 'i');
const RESET_OURS = new RegExp(`^RESET\\s+(ALL|${OURS}|SESSION\\s+AUTHORIZATION)\\s*$`, 'i');

/**
 * A statement that puts our settings back to the server's defaults (RESET ALL, RESET ROLE,
 * DISCARD ALL, SET lock_timeout TO DEFAULT ...). Within a file "reset" means back to where the
 * file started, so the settings are re-established right after it. A plain SET is the file's
 * own choice and lasts until the file ends.
 */
export function resetsSettings(statement: SqlStatement): boolean {
  const [first, second] = statement.keywords;
  if (first === 'DISCARD') return second === 'ALL';
  if (first === 'RESET') return RESET_OURS.test(statement.text);
  if (first === 'SET') return TO_DEFAULT.test(statement.text) || /^SET\s+(SESSION\s+|LOCAL\s+)?ROLE\s+NONE\s*$/i.test(statement.text);
  return false;
}
