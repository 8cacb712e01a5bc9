import { hasColumns, numericKey, quotedTable, type HistoryReader } from './foreign-history.js';

/** The Supabase CLI's supabase_migrations.schema_migrations: one row per applied version (its statements and name are optional). */
export const supabase: HistoryReader = {
  tool: 'supabase',
  table: 'schema_migrations',
  recognises: (t) => t.schema === 'supabase_migrations' && hasColumns(t, 'version'),
  async read(client, table) {
    const { rows } = await client.query<{ version: string }>(`SELECT version::text AS version FROM ${quotedTable(table)} ORDER BY version`);
    return rows.map((r) => ({ version: r.version, state: 'applied' }));
  },
  key: numericKey,
};
