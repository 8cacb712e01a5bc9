import { hasColumns, numericKey, quotedTable, type ForeignEntry, type HistoryReader } from './foreign-history.js';

/**
 * Flyway's flyway_schema_history: one row per attempt, ranked by installed_rank. The latest row
 * of a version decides: an undo (UNDO_SQL, UNDO_JDBC ...) or a repair's DELETE un-applies it, a
 * BASELINE marks every version up to it applied, success = false is a failed migration.
 * Repeatable migrations (no version) and the schema-creation marker are no versions.
 */
const SQL = (table: string) => `SELECT version, description, type, script, checksum::text AS checksum, success
FROM ${table} WHERE version IS NOT NULL AND type <> 'SCHEMA' ORDER BY installed_rank`;

interface Row {
  version: string;
  description: string;
  type: string;
  script: string;
  checksum: string | null;
  success: boolean;
}

export const flyway: HistoryReader = {
  tool: 'flyway',
  table: 'flyway_schema_history',
  recognises: (t) => hasColumns(t, 'installed_rank', 'version', 'type', 'script', 'checksum', 'success'),
  async read(client, table) {
    const latest = new Map<string, Row>();
    for (const row of (await client.query<Row>(SQL(quotedTable(table)))).rows) latest.set(row.version, row);
    const entries: ForeignEntry[] = [];
    for (const row of latest.values()) {
      if (row.type.startsWith('UNDO_') || row.type === 'DELETE') continue;
      const state = !row.success ? 'failed' : row.type.includes('BASELINE') ? 'baseline' : 'applied';
      entries.push({ version: row.version, name: row.script, state, ...(row.checksum !== null && state === 'applied' ? { checksum: row.checksum } : {}) });
    }
    return entries;
  },
  key: numericKey,
};
