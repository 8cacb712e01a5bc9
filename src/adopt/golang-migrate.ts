import { hasColumns, numericKey, quotedTable, type HistoryReader } from './foreign-history.js';

/**
 * golang-migrate keeps one row: the version the database is at, and whether the migration to
 * it stopped half-way (dirty). Every version up to it is applied.
 */
export const golangMigrate: HistoryReader = {
  tool: 'golang-migrate',
  table: 'schema_migrations',
  recognises: (t) => hasColumns(t, 'version', 'dirty'),
  async read(client, table) {
    const { rows } = await client.query<{ version: string; dirty: boolean }>(`SELECT version::text AS version, dirty FROM ${quotedTable(table)}`);
    return rows.map((r) => ({ version: r.version, state: r.dirty ? 'dirty' : 'through' }));
  },
  key: numericKey,
};
