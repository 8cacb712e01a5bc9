import pg from 'pg';
import { ConfigError, PermissionDenied, PromoteError } from '../errors/promote-error.js';

interface HistoryTable {
  schema: string;
  table: string;
}

/** Every column pg-promote reads or writes; a table without them is somebody else's. */
const HISTORY_COLUMNS = [
  'id', 'execution_id', 'phase', 'kind', 'version', 'file_name', 'checksum', 'applied_at',
  'applied_by', 'duration_ms', 'success', 'reverted_at', 'error_sqlstate', 'error_message',
];

export type HistoryPrivilege = 'SELECT' | 'INSERT' | 'UPDATE';

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

export interface HistoryProbe {
  present: boolean;
}

/**
 * Checks the history table before it is used: a table of that name that is not a pg-promote
 * history, or one this role cannot use as `needs` says, is a plain error naming the table (and
 * the privilege), exit 2, before anything is applied; never "column id does not exist" or
 * "permission denied" from the middle of a run.
 */
export async function probeHistoryTable(client: pg.ClientBase, t: HistoryTable, needs: readonly HistoryPrivilege[]): Promise<HistoryProbe> {
  const name = `${t.schema}.${t.table}`;
  let row;
  try {
    row = (await client.query<{ present: boolean; role: string; columns: string[]; missing: string[]; sequence_denied: boolean | null }>(PROBE_SQL, [`${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`])).rows[0]!;
  } catch (err) {
    // Without USAGE on its schema the table cannot even be looked up.
    if ((err as { code?: string }).code !== '42501') throw err;
    throw new PermissionDenied(`the history table ${name} cannot be used: ${(err as Error).message}; grant this role USAGE on schema ${t.schema} (and SELECT, INSERT, UPDATE on the table)`, {
      key: 'history_table',
      object: name,
      sqlstate: '42501',
    });
  }
  if (!row.present) return { present: false };
  const absent = HISTORY_COLUMNS.filter((c) => !row.columns.includes(c));
  if (absent.length > 0) {
    throw new ConfigError(`${name} exists but is not a pg-promote history table (it has no column${absent.length > 1 ? 's' : ''} ${absent.join(', ')}); name a table pg-promote may own in history_table`,
      { key: 'history_table', object: name },
    );
  }
  const missing: string[] = needs.filter((p) => row.missing.includes(p));
  if (missing.length > 0) throw permissionDenied(row.role, `${missing.join(', ')} on the history table ${name}`);
  if (row.sequence_denied && needs.includes('INSERT')) throw permissionDenied(row.role, `USAGE on the id sequence of the history table ${name}`);
  return { present: true };
}

function permissionDenied(role: string, what: string): PromoteError {
  return new PermissionDenied(`permission denied: role '${role}' lacks ${what}; grant it, or run as a role that has it`, {
    key: 'history_table',
    sqlstate: '42501',
  });
}
