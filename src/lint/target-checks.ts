import type pg from 'pg';
import type { CheckConstraint } from './phase-state.js';

/**
 * Every CHECK constraint in the target, validated or not, in one query: a validated
 * `CHECK (column IS NOT NULL)` lets SET NOT NULL skip its scan (12+), a validated check on a
 * partition lets ATTACH PARTITION skip its scan. The NOT
 * VALID ones matter as much as the others: the safe way to SET NOT NULL adds the check NOT
 * VALID in one file and validates it in a later one, so by the time lint runs the add may be
 * applied while the VALIDATE is still pending. The statement pass starts from these and
 * follows the pending files' VALIDATE and DROP CONSTRAINT in order.
 */
export const TARGET_CHECKS_SQL = `
SELECT n.nspname::text AS schema, c.relname::text AS table, k.conname::text AS name,
       k.convalidated AS validated, pg_catalog.pg_get_constraintdef(k.oid) AS definition
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype = 'c'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')`;

interface Row {
  schema: string;
  table: string;
  name: string;
  validated: boolean;
  definition: string;
}

// pg_get_constraintdef prints `CHECK ((col IS NOT NULL))`, quoting the name only when needed,
// and appends ` NOT VALID` to a check that is not validated yet.
const NOT_NULL_CHECK = /^CHECK \(\((?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*)) IS NOT NULL\)\)(?: NOT VALID)?$/;

export async function readTargetChecks(client: pg.ClientBase): Promise<CheckConstraint[]> {
  const { rows } = await client.query<Row>(TARGET_CHECKS_SQL);
  return rows.map((row) => {
    const m = NOT_NULL_CHECK.exec(row.definition);
    const notNullColumn = !m ? undefined : m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2];
    return { table: { schema: row.schema, name: row.table }, name: row.name, notNullColumn, validated: row.validated };
  });
}
