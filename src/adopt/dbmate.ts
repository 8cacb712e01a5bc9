import { hasColumns, numericKey, quotedTable, type HistoryReader } from './foreign-history.js';

/** dbmate's schema_migrations: one row per applied version, nothing else (no dirty flag: that is golang-migrate's). */
export const dbmate: HistoryReader = {
  tool: 'dbmate',
  table: 'schema_migrations',
  recognises: (t) => hasColumns(t, 'version') && !t.columns.includes('dirty') && t.schema !== 'supabase_migrations',
  async read(client, table) {
    const { rows } = await client.query<{ version: string }>(`SELECT version::text AS version FROM ${quotedTable(table)} ORDER BY version`);
    return rows.map((r) => ({ version: r.version, state: 'applied' }));
  },
  key: numericKey,
};
