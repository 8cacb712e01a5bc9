import pg from 'pg';
import type { Queryable } from '../db/database.js';
import type { SqlStatement } from '../sql/statements.js';

/**
 * What every file starts with, whatever the files before it did: the configured lock_timeout
 * and statement_timeout, and the session user, search_path and role the session had when the
 * run began (from the connection's options or the role's defaults). A `SET search_path` in 002 must not
 * move 003's unqualified CREATE TABLE, and a `SET lock_timeout = 0` in 002 must not let 003
 * wait behind a lock for ever: the schema and the waits are the same however the files are
 * split over runs.
 */
export interface FileSettings {
  /**
   * The user the run logged in as: a `SET SESSION AUTHORIZATION` in one file outlives its
   * commit, and would otherwise make every later file run as that user. Setting it back to the
   * authenticated user is allowed to every user, superuser or not.
   */
  sessionAuthorization: string;
  lockTimeout: string;
  statementTimeout: string;
  searchPath: string;
  /** `none` when the session never set a role: current_user is then the session user. */
  role: string;
}

export async function configuredSettings(db: Queryable, limits: { lockTimeoutMs: number; statementTimeoutMs: number }): Promise<FileSettings> {
  const row = (await db.query<{ session_user: string; search_path: string; role: string }>(
    "SELECT session_user AS session_user, pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('role') AS role",
  )).rows[0]!;
  return {
    sessionAuthorization: row.session_user,
    lockTimeout: `${limits.lockTimeoutMs}ms`,
    statementTimeout: `${limits.statementTimeoutMs}ms`,
    searchPath: row.search_path,
    role: row.role,
  };
}

export type Setting = keyof FileSettings;
// The session user first: setting it also drops the role, which comes right after.
const ALL: readonly Setting[] = ['sessionAuthorization', 'role', 'searchPath', 'lockTimeout', 'statementTimeout'];
const NAMES: Record<Setting, string> = { sessionAuthorization: 'session_authorization', role: 'role', searchPath: 'search_path', lockTimeout: 'lock_timeout', statementTimeout: 'statement_timeout' };
const BY_NAME: Record<string, Setting> = { ROLE: 'role', SEARCH_PATH: 'searchPath', LOCK_TIMEOUT: 'lockTimeout', STATEMENT_TIMEOUT: 'statementTimeout' };

/**
 * The settings as one SELECT's columns. `local` (SET LOCAL) inside a file's transaction: they
 * end with it, so nothing of ours is left on the connection between files (a transaction
 * pooler could hand it on). Session-wide for a no-transaction file, whose statements are
 * transactions of their own. `extra` adds columns (the lock check, a marker).
 */
export function settingsSql(s: FileSettings, local: boolean, extra: string[] = [], only: readonly Setting[] = ALL): string {
  const set = (name: Setting) => `pg_catalog.set_config('${NAMES[name]}', ${pg.escapeLiteral(s[name])}, ${local})`;
  return `SELECT ${[...only.map(set), ...extra].join(', ')}`;
}

const RESET = /^RESET\s+(ALL|ROLE|SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT|SESSION\s+AUTHORIZATION)\s*$/i;
const TO_DEFAULT = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(SEARCH_PATH|LOCK_TIMEOUT|STATEMENT_TIMEOUT)\s*(?:=|TO)\s*DEFAULT\s*$/i;
const ROLE_NONE = /^SET\s+(?:SESSION\s+|LOCAL\s+)?(?:ROLE\s+NONE|SESSION\s+AUTHORIZATION\s+DEFAULT)\s*$/i;

/**
 * Which of our settings a statement puts back to the server's defaults (RESET ALL, RESET
 * ROLE, DISCARD ALL, SET lock_timeout TO DEFAULT ...). Within a file "reset" means back to
 * where the file started, so those are re-established right after it. A plain SET is the
 * file's own choice and lasts until the file ends.
 */
export function resetsSettings(statement: SqlStatement): readonly Setting[] {
  const [first, second] = statement.keywords;
  if (first === 'DISCARD') return second === 'ALL' ? ALL : [];
  if (first === 'RESET') {
    const word = RESET.exec(statement.text)?.[1]?.toUpperCase();
    if (!word) return [];
    return word === 'ALL' ? ALL : [BY_NAME[word] ?? 'role'];
  }
  if (first === 'SET') {
    if (ROLE_NONE.test(statement.text)) return ['role'];
    const word = TO_DEFAULT.exec(statement.text)?.[1]?.toUpperCase();
    return word ? [BY_NAME[word]!] : [];
  }
  return [];
}
