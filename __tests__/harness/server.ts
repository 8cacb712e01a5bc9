import { after } from 'node:test';
import pg from 'pg';
import { locatePgServer } from '../../src/cluster/pg-bin.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../../src/cluster/throwaway.js';

/**
 * The tests' PostgreSQL: DATABASE_URL when set (a CI service container, say), otherwise a
 * throwaway cluster of this test file's own, removed when the file's tests end. Each test
 * gets a fresh database so tests never see each other's history.
 */
export interface TestServer {
  password: string;
  /** A new empty database; returns its URL. */
  createDatabase(prefix?: string): Promise<string>;
  /** Runs SQL as the superuser against the given database URL. */
  query(url: string, text: string, values?: unknown[]): Promise<pg.QueryResult>;
  cluster?: ThrowawayCluster;
}

let serverPromise: Promise<TestServer> | undefined;
let counter = 0;

/**
 * `ownCluster` ignores DATABASE_URL: fault tests crash and restart the server, which they may
 * only do to a cluster of their own.
 */
export function testServer(options: TestServerOptions = {}): Promise<TestServer> {
  serverPromise ??= start(options);
  return serverPromise;
}

export interface TestServerOptions {
  password?: string;
  ownCluster?: boolean;
  /** Server settings for the throwaway cluster (see startThrowawayCluster). */
  settings?: Record<string, string>;
}

async function start(options: TestServerOptions): Promise<TestServer> {
  const external = options.ownCluster ? undefined : process.env.DATABASE_URL;
  let cluster: ThrowawayCluster | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    // Which server programs, and why (PG_BIN, the system's, or the embedded npm package): a TAP comment.
    process.stderr.write(`${locatePgServer().reason}\n`);
    cluster = await startThrowawayCluster({ password: options.password, settings: options.settings });
    after(() => cluster?.stop());
    adminUrl = cluster.url();
  }
  const password = new URL(adminUrl).password ? decodeURIComponent(new URL(adminUrl).password) : '';
  const query = async (url: string, text: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text, values);
    } finally {
      await client.end();
    }
  };
  return {
    password,
    cluster,
    query,
    async createDatabase(prefix = 'test') {
      const name = `${prefix}_${process.pid}_${++counter}`;
      await query(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}
