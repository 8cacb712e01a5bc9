import pg from 'pg';
import type { TableRows } from './types.js';

/**
 * What the live database holds that a dump must hold too: every table, view and policy
 * outside the system schemas (members of extensions excepted: pg_dump leaves those to
 * CREATE EXTENSION), with the OIDs pg_restore --list prints, so names never need parsing.
 */
/**
 * The schemas a dump takes: not the system's, not an extension's, within backup.schemas ($1,
 * null for all) and outside backup.exclude_schemas ($2). The pre-flight checks the same set.
 */
export const DUMPED_SCHEMAS_SQL = `
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
    AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[])) AND NOT n.nspname = ANY($2::text[])
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')`;

export const DUMPED_OBJECTS_SQL = `
WITH user_ns AS (${DUMPED_SCHEMAS_SQL}
), rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples
  FROM pg_catalog.pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT CASE WHEN relkind IN ('r', 'p') THEN 'table' ELSE 'view' END AS kind,
       'pg_class' AS catalog, oid::int8::text AS oid, nspname AS schema, relname AS name, NULL::text AS policy,
       relkind::text AS relkind,
       CASE WHEN relkind = 'r' AND reltuples >= 0 THEN reltuples::int8 END AS row_estimate
FROM rels
UNION ALL
SELECT 'policy', 'pg_policy', p.oid::int8::text, r.nspname, r.relname, p.polname, NULL, NULL
FROM pg_catalog.pg_policy p JOIN rels r ON r.oid = p.polrelid
ORDER BY 1, 4, 5, 6`;

export interface DumpedObject {
  kind: 'table' | 'view' | 'policy';
  catalog: 'pg_class' | 'pg_policy';
  oid: string;
  schema: string;
  name: string;
  policy: string | null;
  relkind: string | null;
  row_estimate: string | null;
}

export interface DumpedObjects {
  tables: DumpedObject[];
  views: DumpedObject[];
  policies: DumpedObject[];
}

/** Which schemas a dump takes: only `schemas` when given, never `exclude` (backup.schemas, backup.exclude_schemas). */
export interface SchemaFilter {
  schemas?: readonly string[];
  exclude: readonly string[];
}

export async function dumpedObjects(client: pg.ClientBase, filter: SchemaFilter = { exclude: [] }): Promise<DumpedObjects> {
  const rows = (await client.query<DumpedObject>(DUMPED_OBJECTS_SQL, [filter.schemas ?? null, filter.exclude])).rows;
  return {
    tables: rows.filter((r) => r.kind === 'table'),
    views: rows.filter((r) => r.kind === 'view'),
    policies: rows.filter((r) => r.kind === 'policy'),
  };
}

export const qualifiedName = (o: { schema: string; name: string }): string => `${o.schema}.${o.name}`;
export const policyName = (o: DumpedObject): string => `${o.schema}.${o.name} ${o.policy}`;

export function describeObject(o: DumpedObject): string {
  return o.kind === 'policy' ? `policy ${o.policy} on ${qualifiedName(o)}` : `${o.kind} ${qualifiedName(o)}`;
}

/** Plain tables hold the rows; a partitioned parent's rows are its partitions'. */
const holdsRows = (o: DumpedObject): boolean => o.kind === 'table' && o.relkind === 'r';

const COUNT_BATCH = 100;

/**
 * Exact row counts, many tables per query. Run in the dump's snapshot they are exactly what
 * the dump holds; row_security is off as in pg_dump, so RLS cannot make a count short.
 */
export async function countRows(client: pg.ClientBase, tables: readonly DumpedObject[]): Promise<Map<string, number>> {
  const counted = tables.filter(holdsRows);
  const counts = new Map<string, number>();
  for (let i = 0; i < counted.length; i += COUNT_BATCH) {
    const batch = counted.slice(i, i + COUNT_BATCH);
    const selects = batch.map((t) => `(SELECT count(*) FROM ${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.name)})`);
    const result = await client.query<{ counts: string[] }>(`SELECT ARRAY[${selects.join(', ')}]::int8[]::text[] AS counts`);
    batch.forEach((t, j) => counts.set(qualifiedName(t), Number(result.rows[0]?.counts[j] ?? 0)));
  }
  return counts;
}

export function tableRows(objects: DumpedObjects, exact?: Map<string, number>): TableRows[] {
  return objects.tables.map((t) => {
    const rows = exact?.get(qualifiedName(t));
    return {
      schema: t.schema,
      name: t.name,
      rowEstimate: t.row_estimate === null ? null : Number(t.row_estimate),
      ...(rows === undefined ? {} : { rows }),
    };
  });
}

/** Where the database stood when the backup began: the runbook's "note pg_current_wal_lsn()". */
const SERVER_STATE_COLUMNS = `
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       pg_catalog.pg_is_in_recovery() AS in_recovery,
       (CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_replay_lsn()
             ELSE pg_catalog.pg_current_wal_lsn() END)::text AS wal_lsn,
       pg_catalog.clock_timestamp() AS taken_at`;

export const SERVER_STATE_SQL = `SELECT ${SERVER_STATE_COLUMNS}`;

/** In the dump's transaction: the snapshot pg_dump will use, and the WAL position right at it. */
export const EXPORT_SNAPSHOT_SQL = `SELECT pg_catalog.pg_export_snapshot() AS snapshot, ${SERVER_STATE_COLUMNS}`;

export const SYSTEM_IDENTIFIER_SQL = 'SELECT system_identifier::text AS id FROM pg_catalog.pg_control_system()';

export interface ServerState {
  serverVersion: string;
  serverVersionNum: number;
  inRecovery: boolean;
  walLsn?: string;
  takenAt: Date;
}

interface ServerStateRow {
  snapshot?: string;
  server_version: string;
  server_version_num: number;
  in_recovery: boolean;
  wal_lsn: string | null;
  taken_at: Date;
}

export async function serverState(client: pg.ClientBase, sql = SERVER_STATE_SQL): Promise<ServerState & { snapshot?: string }> {
  const row = (await client.query<ServerStateRow>(sql)).rows[0]!;
  return {
    snapshot: row.snapshot,
    serverVersion: row.server_version,
    serverVersionNum: row.server_version_num,
    inRecovery: row.in_recovery,
    walLsn: row.wal_lsn ?? undefined,
    takenAt: row.taken_at,
  };
}

/** Managed services may revoke pg_control_system(); the identity check then rests on the name. */
export async function systemIdentifier(client: pg.ClientBase): Promise<string | undefined> {
  try {
    return (await client.query<{ id: string }>(SYSTEM_IDENTIFIER_SQL)).rows[0]?.id;
  } catch {
    return undefined;
  }
}
