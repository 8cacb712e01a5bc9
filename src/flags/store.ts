import pg from 'pg';
import { usageError, UsageError } from '../errors/promote-error.js';
import type { FlagsConfig } from './config.js';

/** A flag's row: its rollout percentage (0 is off, 100 is everyone). */
export interface FlagState {
  name: string;
  percentage: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface FlagChange {
  name: string;
  from: number;
  to: number;
}

const qualified = (t: FlagsConfig['table']) => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`;

export function createFlagsTableSql(t: FlagsConfig['table']): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(t.schema)};
CREATE TABLE IF NOT EXISTS ${qualified(t)} (
  name        text        PRIMARY KEY,
  percentage  integer     NOT NULL DEFAULT 0 CHECK (percentage BETWEEN 0 AND 100),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text        NOT NULL DEFAULT current_user
);`;
}

const readSql = (t: FlagsConfig['table']) =>
  `SELECT name, percentage, updated_at::text AS updated_at, updated_by FROM ${qualified(t)} WHERE name = ANY($1::text[])`;

// One statement per change: the row is locked for the update, and the old value comes back
// with the new one, so two runs cannot both think they moved the flag from the same place.
// The upsert reads `old` (the CROSS JOIN), so the locking read runs first: read after the
// upsert, a row this statement already updated is skipped by FOR UPDATE and `from` would be 0.
const setSql = (t: FlagsConfig['table']) => `
WITH old AS MATERIALIZED (
  SELECT name, percentage FROM ${qualified(t)} WHERE name = ANY($1::text[]) FOR UPDATE
), upsert AS (
  INSERT INTO ${qualified(t)} AS f (name, percentage, updated_at, updated_by)
  SELECT n, $2::integer, now(), $3 FROM unnest($1::text[]) AS n CROSS JOIN (SELECT count(*) FROM old) AS locked
  ON CONFLICT (name) DO UPDATE SET percentage = EXCLUDED.percentage, updated_at = now(), updated_by = EXCLUDED.updated_by
  RETURNING f.name, f.percentage
)
SELECT u.name, COALESCE(o.percentage, 0) AS from_pct, u.percentage AS to_pct
FROM upsert u LEFT JOIN old o USING (name) ORDER BY u.name`;

/** Names outside the config's `flags.known` are usage errors, reported all at once. */
export function checkKnownFlags(config: FlagsConfig, names: readonly string[], key = '--flag'): void {
  const known = new Set(config.known.map((f) => f.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw usageError(`unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')} (flags in the config: ${[...known].join(', ') || 'none'})`, { key });
  }
}

/** Creates the table when missing; two runs racing to create it is fine. */
export async function ensureFlagsTable(client: pg.ClientBase, config: FlagsConfig): Promise<void> {
  const exists = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
  if (exists.rows[0]?.present) return;
  try {
    await client.query(createFlagsTableSql(config.table));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') throw err;
  }
}

/** Current state of the named flags; a flag with no row yet is at 0. */
export async function readFlags(client: pg.ClientBase, config: FlagsConfig, names: readonly string[]): Promise<FlagState[]> {
  const exists = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [qualified(config.table)]);
  const rows = exists.rows[0]?.present
    ? (await client.query<{ name: string; percentage: number; updated_at: string; updated_by: string }>(readSql(config.table), [names])).rows
    : [];
  const byName = new Map(rows.map((r) => [r.name, r]));
  return names.map((name) => {
    const row = byName.get(name);
    return row ? { name, percentage: row.percentage, updatedAt: row.updated_at, updatedBy: row.updated_by } : { name, percentage: 0 };
  });
}

/** Sets every named flag to one percentage in one statement; returns each flag's old and new value. */
export async function setFlags(client: pg.ClientBase, config: FlagsConfig, names: readonly string[], percentage: number, actor: string): Promise<FlagChange[]> {
  if (!Number.isInteger(percentage) || percentage < 0 || percentage > 100) {
    throw new UsageError(`a flag's percentage must be a whole number from 0 to 100, not ${percentage}`);
  }
  await ensureFlagsTable(client, config);
  // A name twice would make ON CONFLICT touch one row twice, which PostgreSQL refuses (21000).
  const unique = [...new Set(names)];
  const result = await client.query<{ name: string; from_pct: number; to_pct: number }>(setSql(config.table), [unique, percentage, actor]);
  return result.rows.map((r) => ({ name: r.name, from: r.from_pct, to: r.to_pct }));
}

// Compare-and-set: a revert must not undo someone else's later change (a `flags off` during
// the watch, say), so it only moves the flag if it is still where this run put it.
const setIfSql = (t: FlagsConfig['table']) =>
  `UPDATE ${qualified(t)} SET percentage = $3, updated_at = now(), updated_by = $4 WHERE name = $1 AND percentage = $2 RETURNING percentage`;

/** Sets the flag to `percentage` only if it is at `expected`; otherwise says where it is. */
export async function setFlagIf(
  client: pg.ClientBase,
  config: FlagsConfig,
  name: string,
  expected: number,
  percentage: number,
  actor: string,
): Promise<{ changed: boolean; current: number }> {
  const updated = await client.query<{ percentage: number }>(setIfSql(config.table), [name, expected, percentage, actor]);
  if (updated.rowCount === 1) return { changed: true, current: percentage };
  const [state] = await readFlags(client, config, [name]);
  return { changed: false, current: state?.percentage ?? 0 };
}
