import pg from 'pg';
import { LOCK_GUARD_SQL, sameBackendGuardSql } from '../db/advisory-lock.js';
import type { Queryable } from '../db/database.js';
import { serverErrorText } from '../errors/format.js';
import { ConfigError, PermissionDenied, type PromoteError } from '../errors/promote-error.js';
import type { FileKind } from '../result.js';
import type { HistoryRow, HistoryTable } from './history.js';

/**
 * Every statement pg-promote runs on its history table (Atlas's RevisionReadWriter): creating
 * it, checking it is ours and usable, reading it, and the rows a file leaves (applied, failed,
 * reverted). A file's own rows are SQL text with escaped literals, run inside the file's
 * transaction in the file's one round trip: nothing is staged in the session between files.
 */
export interface HistoryEntry {
  executionId: string;
  phase: string;
  kind: FileKind;
  version?: string;
  fileName: string;
  checksum: string;
  appliedBy: string;
}

export interface Failure {
  durationMs: number;
  sqlstate?: string;
  message: string;
}

export type HistoryPrivilege = 'SELECT' | 'INSERT' | 'UPDATE';

/** Every column pg-promote reads or writes; a table without them is somebody else's. */
const HISTORY_COLUMNS = [
  'id', 'execution_id', 'phase', 'kind', 'version', 'file_name', 'checksum', 'applied_at',
  'applied_by', 'duration_ms', 'success', 'reverted_at', 'error_sqlstate', 'error_message',
];

// One round trip: whether the relation exists, its columns, and what this role may do with it
// (the id sequence's USAGE too: an INSERT draws from it).
const PROBE_SQL = `
WITH rel AS (SELECT to_regclass($1) AS oid)
SELECT rel.oid IS NOT NULL AS present,
  current_user AS role,
  ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = rel.oid AND attnum > 0 AND NOT attisdropped) AS columns,
  ARRAY(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE']) AS p WHERE rel.oid IS NOT NULL AND NOT has_table_privilege(rel.oid, p)) AS missing,
  (SELECT NOT has_sequence_privilege(d.objid, 'USAGE')
     FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    WHERE d.refobjid = rel.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) AS sequence_denied
FROM rel`;

// The server's duration of a file: time since its transaction began.
const SERVER_DURATION = 'round(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer';

const KINDS = "'migration', 'view', 'policy', 'down', 'callback'";

/** The column of the row an applied file's history insert returns: the duration recorded. */
export const RECORDED_MS = 'pg-promote recorded ms';

const literal = (value: string | undefined): string => (value === undefined ? 'NULL' : pg.escapeLiteral(value));

export class HistoryStore {
  /** `backendPid`: the server process that holds the migration lock, when the store writes. */
  constructor(
    readonly table: HistoryTable,
    private readonly backendPid?: number,
  ) {}

  /** The table's name as SQL. */
  get qualified(): string {
    return qualified(this.table);
  }

  private get display(): string {
    return `${this.table.schema}.${this.table.table}`;
  }

  /**
   * Fails unless this very server process holds the migration lock: every write to the history
   * is preceded by it, so behind a transaction pooler nothing is written from a connection
   * that does not hold the lock. `cheap` (a transactional file's): only that the server process
   * is the one that took the lock.
   */
  lockHeldSql(cheap = false): string {
    return cheap && this.backendPid !== undefined ? sameBackendGuardSql(this.backendPid) : LOCK_GUARD_SQL;
  }

  /**
   * Checks the table before it is used: a table of that name that is not a pg-promote
   * history, or one this role cannot use as `needs` says, is a plain error naming the table
   * (and the privilege), exit 2, before anything is applied.
   */
  async probe(db: Queryable, needs: readonly HistoryPrivilege[]): Promise<{ present: boolean }> {
    let row;
    try {
      row = (await db.query<{ present: boolean; role: string; columns: string[]; missing: string[]; sequence_denied: boolean | null }>(PROBE_SQL, [this.qualified])).rows[0]!;
    } catch (err) {
      // Without USAGE on its schema the table cannot even be looked up.
      if ((err as { code?: string }).code !== '42501') throw err;
      throw new PermissionDenied(`the history table ${this.display} cannot be used: ${(err as Error).message}; grant this role USAGE on schema ${this.table.schema} (and SELECT, INSERT, UPDATE on the table)`, {
        key: 'history_table',
        object: this.display,
        sqlstate: '42501',
      });
    }
    if (!row.present) return { present: false };
    const absent = HISTORY_COLUMNS.filter((c) => !row.columns.includes(c));
    if (absent.length > 0) {
      throw new ConfigError(`${this.display} exists but is not a pg-promote history table (it has no column${absent.length > 1 ? 's' : ''} ${absent.join(', ')}); name a table pg-promote may own in history_table`,
        { key: 'history_table', object: this.display },
      );
    }
    const missing: string[] = needs.filter((p) => row.missing.includes(p));
    if (missing.length > 0) throw permissionDenied(row.role, `${missing.join(', ')} on the history table ${this.display}`);
    if (row.sequence_denied && needs.includes('INSERT')) throw permissionDenied(row.role, `USAGE on the id sequence of the history table ${this.display}`);
    return { present: true };
  }

  /**
   * Created only when missing, so a role without CREATE on the database can run once it
   * exists; an existing one must be a history table this role can use as the command needs.
   */
  async ensure(db: Queryable, needs: readonly HistoryPrivilege[]): Promise<void> {
    if ((await this.probe(db, needs)).present) return;
    try {
      await db.query(this.createSql());
    } catch (err) {
      if ((err as { code?: string }).code !== '42501') throw err;
      throw new PermissionDenied(`cannot create the history table ${this.display}: ${serverErrorText(err)}; create it once as a role that may, then grant this one SELECT, INSERT, UPDATE on it`, {
        key: 'history_table',
        object: this.display,
        sqlstate: '42501',
      });
    }
  }

  /**
   * Callbacks came after the table: a history created before them has a CHECK on kind without
   * 'callback'. Widening that one constraint (under the migration lock, only when a callback is
   * about to run) keeps every existing row and the table's name, so older pg-promote versions
   * still read it; the alternative, recording callbacks as some other kind, would have made
   * them views or migrations to every reader of the history.
   */
  async allowCallbacks(db: Queryable): Promise<void> {
    const { rows } = await db.query<{ name: string; def: string }>(
      `SELECT conname::text AS name, pg_get_constraintdef(oid) AS def FROM pg_catalog.pg_constraint
WHERE conrelid = to_regclass($1) AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%'`,
      [this.qualified],
    );
    if (rows.length === 0 || rows.some((r) => r.def.includes("'callback'"))) return;
    const name = pg.escapeIdentifier(rows[0]!.name);
    try {
      await db.query(`ALTER TABLE ${this.qualified} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (kind IN (${KINDS}))`);
    } catch (err) {
      if ((err as { code?: string }).code !== '42501') throw err;
      throw new PermissionDenied(`the history table ${this.display} predates callbacks and this role may not widen its check on kind: ${serverErrorText(err)}; ` +
        `as its owner run ALTER TABLE ${this.display} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (kind IN (${KINDS}))`, { key: 'history_table', object: this.display, sqlstate: '42501' });
    }
  }

  /** Reading works on a database pg-promote never touched: no table means no history. */
  async read(db: Queryable): Promise<HistoryRow[]> {
    if (!(await this.probe(db, ['SELECT'])).present) return [];
    return (await db.query<HistoryRow>(
      `SELECT id::text, execution_id::text, phase, kind, version, file_name, checksum, applied_at, applied_by, success, reverted_at, error_message
FROM ${this.qualified} ORDER BY id`,
    )).rows;
  }

  /**
   * The schema history (Flyway's idea, keyed by phase): one row per attempt, append-only except
   * that a DOWN marks the row it undid as reverted. The partial unique index is the database's
   * own guarantee that no (phase, version) is ever applied twice, whatever happens to locks.
   */
  createSql(): string {
    const name = this.qualified;
    const index = pg.escapeIdentifier(`${this.table.table}_applied_once`);
    return `
CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(this.table.schema)};
CREATE TABLE IF NOT EXISTS ${name} (
  id            bigserial PRIMARY KEY,
  execution_id  uuid        NOT NULL,
  phase         text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN (${KINDS})),
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

  /**
   * The rows a file that ran leaves, as SQL for the end of its own transaction: a DOWN first
   * marks the migration it undid as reverted. Without `durationMs` the server measures the
   * file's transaction.
   */
  appliedSql(entry: HistoryEntry, durationMs?: number): string[] {
    const insert = this.insertSql(entry, durationMs === undefined ? SERVER_DURATION : String(Math.round(durationMs)), true);
    if (entry.kind !== 'down') return [insert];
    const reverted = `UPDATE ${this.qualified} SET reverted_at = now()
WHERE phase = ${literal(entry.phase)} AND version = ${literal(entry.version)} AND kind = 'migration' AND success AND reverted_at IS NULL`;
    return [reverted, insert];
  }

  /** The row of a file that failed, in a statement of its own once the file has rolled back. */
  failedSql(entry: HistoryEntry, failure: Failure): string {
    return this.insertSql(entry, String(Math.round(failure.durationMs)), false, failure);
  }

  /**
   * Versions recorded as applied without running them (`baseline`): one insert for them all,
   * with today's checksums and no duration. The unique index refuses a version already applied.
   */
  async baseline(db: Queryable, entry: Omit<HistoryEntry, 'kind' | 'version' | 'fileName' | 'checksum'>, rows: ReadonlyArray<{ version: string; file: string; checksum: string }>): Promise<void> {
    await db.query(
      `INSERT INTO ${this.qualified} (execution_id, phase, kind, version, file_name, checksum, applied_by, duration_ms, success)
SELECT $1::uuid, $2, 'migration', r.version, r.file, r.checksum, $3, 0, true
FROM unnest($4::text[], $5::text[], $6::text[]) AS r(version, file, checksum)`,
      [entry.executionId, entry.phase, entry.appliedBy, rows.map((r) => r.version), rows.map((r) => r.file), rows.map((r) => r.checksum)],
    );
  }

  private insertSql(e: HistoryEntry, duration: string, success: boolean, failure?: Failure): string {
    const values = [
      `${literal(e.executionId)}::uuid`, literal(e.phase), literal(e.kind), literal(e.version), literal(e.fileName),
      literal(e.checksum), literal(e.appliedBy), duration, String(success), literal(failure?.sqlstate), literal(failure?.message.slice(0, 2000)),
    ];
    // An applied file's row hands back the duration it recorded: what is printed is what is kept.
    return `INSERT INTO ${this.qualified} (execution_id, phase, kind, version, file_name, checksum, applied_by, duration_ms, success, error_sqlstate, error_message)
VALUES (${values.join(', ')})${success ? ` RETURNING duration_ms AS "${RECORDED_MS}"` : ''}`;
  }
}

export const qualified = (t: HistoryTable): string => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`;

function permissionDenied(role: string, what: string): PromoteError {
  return new PermissionDenied(`permission denied: role '${role}' lacks ${what}; grant it, or run as a role that has it`, {
    key: 'history_table',
    sqlstate: '42501',
  });
}
