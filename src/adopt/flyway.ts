import { hasColumns, numericKey, quotedTable, type ForeignEntry, type HistoryReader } from './foreign-history.js';

/**
 * Flyway's flyway_schema_history: one row per attempt, ranked by installed_rank. The latest row
 * of a version decides: an undo (UNDO_SQL, UNDO_JDBC ...) or a repair's DELETE un-applies it, a
 * BASELINE marks every version up to it applied, success = false is a failed migration.
 * Repeatable migrations (no version) and the schema-creation marker are no versions.
 *
 * Before Flyway 5 the table was called schema_version by default; Flyway 4's has these very
 * columns. Flyway 3's also has version_rank, calls a baseline INIT, and its checksum is the CRC32
 * of the whole text, line endings included (Flyway 4 recomputed every checksum when it upgraded
 * the table, to stop counting them): such rows say so, for the comparison.
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
  aliases: ['schema_version'],
  recognises: (t) => hasColumns(t, 'installed_rank', 'version', 'type', 'script', 'checksum', 'success'),
  async read(client, table) {
    const latest = new Map<string, Row>();
    for (const row of (await client.query<Row>(SQL(quotedTable(table)))).rows) latest.set(row.version, row);
    const entries: ForeignEntry[] = [];
    const flyway3 = table.columns.includes('version_rank');
    for (const row of latest.values()) {
      if (row.type.startsWith('UNDO_') || row.type === 'DELETE') continue;
      const state = !row.success ? 'failed' : row.type.includes('BASELINE') || row.type === 'INIT' ? 'baseline' : 'applied';
      const checksum = row.checksum !== null && state === 'applied' ? { checksum: row.checksum, ...(flyway3 ? { checksumFormat: 'flyway-3' as const } : {}) } : {};
      entries.push({ version: row.version, name: row.script, state, ...checksum });
    }
    return entries;
  },
  key: numericKey,
};
