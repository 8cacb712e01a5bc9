import { startThrowawayCluster } from '../cluster/throwaway.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { openSession } from '../db/session.js';
import { usageError, ConnectionFailed, PromoteError } from '../errors/promote-error.js';

/** The database the review applies to: empty when handed over, dropped with its cluster when ours. */
export interface ReviewDatabase {
  url: string;
  /** user@host:port/database, or 'a throwaway cluster': never the password. */
  display: string;
  close(): Promise<void>;
}

/**
 * Objects that say a database is not empty, from the review's point of view: any of the
 * compared schemas, or a history table. Reviewing runs DOWN files, so it must never be pointed
 * at a database that matters.
 */
export const NOT_EMPTY_SQL = `
SELECT n.nspname::text FROM pg_namespace n WHERE n.nspname = ANY($1::text[])
UNION ALL
SELECT $2::text WHERE to_regclass($2::text) IS NOT NULL
LIMIT 1`;

export interface DatabaseRequest {
  /** Only ever given explicitly: a DATABASE_URL in the environment is never where DOWN files run. */
  scratchUrl?: string;
  schemas: readonly string[];
  historyTable: string;
}

export async function reviewDatabase(request: DatabaseRequest): Promise<ReviewDatabase> {
  const given = request.scratchUrl;
  if (given) {
    const option = '--scratch-url';
    const target = parseDatabaseUrl(given, option);
    const session = await openSession(target, 'pg-promote review');
    try {
      const found = await session.client.query<{ nspname: string }>(NOT_EMPTY_SQL, [request.schemas, request.historyTable]);
      const what = found.rows[0]?.nspname;
      if (what) {
        throw usageError(`${option} must name an empty database: ${target.display} already has ${what}; review runs DOWN files there`, { key: option });
      }
    } finally {
      await session.close();
    }
    return { url: given, display: target.display, close: async () => undefined };
  }
  let cluster;
  try {
    cluster = await startThrowawayCluster();
  } catch (err) {
    if (err instanceof PromoteError) throw err;
    throw new ConnectionFailed(`the throwaway PostgreSQL cluster could not start (give an empty database with --scratch-url instead): ${(err as Error).message.split('\n')[0]}`, {
      key: '--scratch-url',
    });
  }
  try {
    const url = await cluster.createDatabase('pg_promote_review');
    return { url, display: 'a throwaway cluster', close: () => cluster.stop() };
  } catch (err) {
    await cluster.stop();
    throw new ConnectionFailed(`the throwaway PostgreSQL cluster could not create its database: ${(err as Error).message}`);
  }
}
