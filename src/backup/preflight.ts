import type pg from 'pg';
import { PermissionDenied } from '../errors/promote-error.js';
import { DUMPED_SCHEMAS_SQL, type SchemaFilter } from './catalog.js';

/**
 * What pg_dump would fail on, as a managed database's owner meets it, found before it runs:
 * schemas and tables the role cannot read, and tables under row-level security the role is
 * subject to (pg_dump turns row_security off and refuses such a table rather than dump part
 * of it). Bypassing RLS takes BYPASSRLS (or superuser); an owner bypasses it unless FORCE ROW
 * LEVEL SECURITY is set.
 */
export const PREFLIGHT_SQL = `
WITH me AS (SELECT rolsuper OR rolbypassrls AS bypass FROM pg_catalog.pg_roles WHERE rolname = current_user),
ns AS (${DUMPED_SCHEMAS_SQL}
), rels AS (
  SELECT c.oid, ns.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, c.relowner, c.relkind
  FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'S', 'm')
)
SELECT
  ARRAY(SELECT nspname FROM ns WHERE NOT pg_catalog.has_schema_privilege(ns.oid, 'USAGE') ORDER BY 1)::text[] AS unreadable_schemas,
  ARRAY(SELECT format('%I.%I', nspname, relname) FROM rels
        WHERE pg_catalog.has_schema_privilege(rels.nspname, 'USAGE')
          AND NOT pg_catalog.has_table_privilege(rels.oid, 'SELECT') ORDER BY 1)::text[] AS unreadable_tables,
  ARRAY(SELECT format('%I.%I', nspname, relname) || CASE WHEN relforcerowsecurity THEN ' (FORCE)' ELSE '' END FROM rels, me
        WHERE relkind IN ('r', 'p') AND relrowsecurity AND NOT me.bypass
          AND (relforcerowsecurity OR NOT pg_catalog.pg_has_role(relowner, 'USAGE')) ORDER BY 1)::text[] AS rls_tables`;

const listed = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '));

/** Exit 2 before pg_dump starts, with what to change: the role, or the schemas the dump takes. */
export async function backupPreflight(client: pg.ClientBase, filter: SchemaFilter): Promise<void> {
  const row = (
    await client.query<{ unreadable_schemas: string[]; unreadable_tables: string[]; rls_tables: string[] }>(PREFLIGHT_SQL, [filter.schemas ?? null, filter.exclude])
  ).rows[0]!;
  const key = 'backup.exclude_schemas';
  if (row.unreadable_schemas.length > 0) {
    throw new PermissionDenied(`cannot read schema ${listed(row.unreadable_schemas)} (no USAGE): grant it to this role, or leave it out with backup.exclude_schemas or backup.schemas; no backup was taken`,
      { key, object: row.unreadable_schemas[0] },
    );
  }
  if (row.unreadable_tables.length > 0) {
    throw new PermissionDenied(`cannot read table ${listed(row.unreadable_tables)} (no SELECT): grant it, or leave its schema out with backup.exclude_schemas; no backup was taken`,
      { key, object: row.unreadable_tables[0] },
    );
  }
  if (row.rls_tables.length > 0) {
    throw new PermissionDenied(`needs BYPASSRLS or table ownership for FORCE RLS tables: ${listed(row.rls_tables)} ` +
        '(pg_dump refuses a table whose rows row-level security would filter; ownership is enough without FORCE ROW LEVEL SECURITY); no backup was taken',
      { key, object: row.rls_tables[0] },
    );
  }
}
