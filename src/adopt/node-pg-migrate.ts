import { hasColumns, leadingVersion, numericKey, quotedTable, type HistoryReader } from './foreign-history.js';

/** node-pg-migrate's pgmigrations: one row per applied migration, named by its file name without extension. */
export const nodePgMigrate: HistoryReader = {
  tool: 'node-pg-migrate',
  table: 'pgmigrations',
  recognises: (t) => hasColumns(t, 'id', 'name', 'run_on'),
  async read(client, table) {
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${quotedTable(table)} ORDER BY run_on, id`);
    return rows.map((r) => ({ version: leadingVersion(r.name), name: r.name, state: 'applied' }));
  },
  key: numericKey,
};
