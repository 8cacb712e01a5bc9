import { hasColumns, leadingVersion, numericKey, quotedTable, type ForeignEntry, type HistoryReader } from './foreign-history.js';

/**
 * Prisma's _prisma_migrations: one row per attempt of a migration folder. A finished row not
 * rolled back is applied; a row neither finished nor rolled back is a failed migration (Prisma
 * itself refuses to go on, P3009); rows marked rolled back (`migrate resolve --rolled-back`)
 * leave the migration pending.
 */
const SQL = (table: string) => `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
FROM ${table} ORDER BY started_at, migration_name`;

interface Row {
  migration_name: string;
  checksum: string;
  finished: boolean;
  rolled_back: boolean;
}

export const prisma: HistoryReader = {
  tool: 'prisma',
  table: '_prisma_migrations',
  recognises: (t) => hasColumns(t, 'migration_name', 'checksum', 'finished_at', 'rolled_back_at'),
  async read(client, table) {
    const byName = new Map<string, ForeignEntry>();
    for (const row of (await client.query<Row>(SQL(quotedTable(table)))).rows) {
      const entry: ForeignEntry = { version: leadingVersion(row.migration_name), name: row.migration_name, state: 'applied', checksum: row.checksum };
      const known = byName.get(row.migration_name);
      if (row.rolled_back) continue;
      if (row.finished) byName.set(row.migration_name, entry);
      else if (known?.state !== 'applied') byName.set(row.migration_name, { ...entry, state: 'failed' });
    }
    return [...byName.values()];
  },
  key: numericKey,
};
