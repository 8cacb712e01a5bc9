import { hasColumns, numericKey, quotedTable, type HistoryReader } from './foreign-history.js';

/**
 * goose_db_version: one row per up or down (is_applied false after a down); a version's latest
 * row decides. Version 0 is the row goose writes when it creates the table, not a migration.
 */
const SQL = (table: string) => `SELECT version FROM (
  SELECT DISTINCT ON (version_id) version_id::text AS version, version_id, is_applied FROM ${table} ORDER BY version_id, id DESC
) latest WHERE is_applied AND version_id <> 0 ORDER BY version_id`;

export const goose: HistoryReader = {
  tool: 'goose',
  table: 'goose_db_version',
  recognises: (t) => hasColumns(t, 'id', 'version_id', 'is_applied'),
  async read(client, table) {
    const { rows } = await client.query<{ version: string }>(SQL(quotedTable(table)));
    return rows.map((r) => ({ version: r.version, state: 'applied' }));
  },
  key: numericKey,
};
