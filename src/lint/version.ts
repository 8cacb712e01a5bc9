import type pg from 'pg';

/**
 * The PostgreSQL major version lint's verdicts assume. Several depend on it: a constant
 * default needs no rewrite (11+), a validated CHECK (col IS NOT NULL) spares SET NOT NULL its
 * scan (12+), DETACH PARTITION ... CONCURRENTLY exists from 14, MERGE and NULLS NOT DISTINCT
 * from 15, named NOT NULL constraints and virtual generated columns from 18. With a database
 * it is the server's own; offline, `lint.postgres_version` (default: the oldest supported).
 */
export const OLDEST_SUPPORTED_VERSION = 13;
export const NEWEST_KNOWN_VERSION = 18;

export interface AssumedVersion {
  major: number;
  /** Where the version came from: the target's server_version_num, or the config. */
  from: 'database' | 'config';
}

export async function targetVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  return Math.floor(Number(rows[0]?.server_version_num ?? 0) / 10000);
}
