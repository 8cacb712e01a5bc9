import type pg from 'pg';
import { displayName, type TableRef } from './tables.js';

/**
 * What the target database knows about the tables the pending migrations touch, in one
 * set-based query: names go in as one array, unqualified ones resolve through the session's
 * search_path (as the migration's own statements will). reltuples is the planner's row
 * estimate (-1: never analyzed); pg_total_relation_size counts indexes and TOAST too, which
 * a rewrite or an index build also has to go through.
 */
export const TABLE_FACTS_SQL = `
SELECT n.name,
       c.oid IS NOT NULL AS present,
       c.reltuples::float8 AS rows,
       pg_total_relation_size(c.oid)::float8 AS bytes,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull) AS not_null_columns
FROM unnest($1::text[]) AS n(name)
LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(n.name) AND c.relkind IN ('r', 'p', 'm')`;

export interface TableFacts {
  present: boolean;
  rows: number;
  bytes: number;
  /** Columns that are NOT NULL already (checks that prove it are followed by the statement pass: target-checks.ts). */
  provenNotNull: Set<string>;
}

interface Row {
  name: string;
  present: boolean;
  rows: number | null;
  bytes: number | null;
  not_null_columns: string[];
}

export async function readTableFacts(client: pg.ClientBase, tables: readonly TableRef[]): Promise<Map<string, TableFacts>> {
  const names = [...new Set(tables.map(displayName))];
  const facts = new Map<string, TableFacts>();
  if (names.length === 0) return facts;
  const { rows } = await client.query<Row>(TABLE_FACTS_SQL, [names]);
  for (const row of rows) {
    const provenNotNull = new Set(row.not_null_columns);
    facts.set(row.name, { present: row.present, rows: row.rows ?? -1, bytes: row.bytes ?? 0, provenNotNull });
  }
  return facts;
}
