import { hasColumns, quotedTable, type HistoryReader } from './foreign-history.js';

/**
 * diesel's __diesel_schema_migrations: one row per applied migration. Diesel records a folder
 * named 2019-02-26-002946_x as version 20190226002946, so versions compare by their digits.
 */
export const diesel: HistoryReader = {
  tool: 'diesel',
  table: '__diesel_schema_migrations',
  recognises: (t) => hasColumns(t, 'version', 'run_on'),
  async read(client, table) {
    const { rows } = await client.query<{ version: string }>(`SELECT version::text AS version FROM ${quotedTable(table)} ORDER BY version`);
    return rows.map((r) => ({ version: r.version, state: 'applied' }));
  },
  key: (version) => version.replace(/\D/g, '').replace(/^0+(?=\d)/, ''),
};
