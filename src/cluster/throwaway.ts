import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { asClusterOwner, clusterOwnerIds, osUserIsRoot } from './cluster-owner.js';
import { serverBinForOwner } from './owner-reachable.js';
import { findPgBin } from './pg-bin.js';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster that exists only for a test, the demo or a benchmark: its own data
 * folder, socket folder and free port on loopback, removed by stop(). Password auth over TCP,
 * so connection strings look like production's.
 */
export interface ThrowawayCluster {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly binDir: string;
  readonly dataDir: string;
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  /** Runs SQL as the superuser in the given database (default postgres). */
  sql(text: string, database?: string): Promise<pg.QueryResult>;
  /** Crash and recover: an immediate shutdown (no checkpoint), then start again. */
  crashAndRestart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  password?: string;
  /** Server settings (postgresql.conf names). Defaults trade durability for speed. */
  settings?: Record<string, string>;
  /** The server binaries' folder (initdb, pg_ctl, postgres): another major version, say. Default: findPgBin(). */
  binDir?: string;
  /** pg_hba.conf's whole text (hostssl-only, certificate auth, ...). Default: initdb's. */
  hba?: string;
}

const FAST_SETTINGS: Record<string, string> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '100',
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startThrowawayCluster(options: ThrowawayOptions = {}): Promise<ThrowawayCluster> {
  // findPgBin has already made the embedded server reachable; a binDir given here may need it.
  const binDir = options.binDir ? serverBinForOwner(options.binDir) : findPgBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-cluster-'));
  const dataDir = path.join(dir, 'data');
  const password = options.password ?? `pw-${Math.random().toString(36).slice(2)}`;
  const pwFile = path.join(dir, 'pwfile');
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (osUserIsRoot()) {
    const { uid, gid } = clusterOwnerIds();
    chownSync(dir, uid, gid);
    chownSync(pwFile, uid, gid);
  }
  const settings = { ...FAST_SETTINGS, ...options.settings };
  let port = 0;
  let started = false;
  let serverOptions = '';
  const pgCtl = (args: string[]) => {
    const [cmd, cmdArgs] = asClusterOwner(path.join(binDir, 'pg_ctl'), ['-D', dataDir, ...args]);
    return run(cmd, cmdArgs);
  };
  const cleanup = async () => {
    if (started) {
      const [cmd, args] = asClusterOwner(path.join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      await run(cmd, args).catch(() => undefined);
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // No --no-instructions: initdb 13 does not know it, and its output is discarded anyway.
    const [initCmd, initArgs] = asClusterOwner(path.join(binDir, 'initdb'), [
      '-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '--auth-local=trust', '--auth-host=scram-sha-256',
      '-E', 'UTF8', '--locale=C', '--no-sync',
    ]);
    await run(initCmd, initArgs);
    if (options.hba !== undefined) writeFileSync(path.join(dataDir, 'pg_hba.conf'), options.hba);
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      serverOptions = [
        `-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`,
        ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
      ].join(' ');
      const [ctlCmd, ctlArgs] = asClusterOwner(path.join(binDir, 'pg_ctl'), [
        '-D', dataDir, '-l', path.join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start',
      ]);
      try {
        await run(ctlCmd, ctlArgs);
        started = true;
        break;
      } catch (err) {
        // Another process may have taken the port between our probe and the server's bind.
        if (attempt >= 2) throw err;
      }
    }
  } catch (err) {
    await cleanup();
    throw new Error(`could not start a throwaway PostgreSQL cluster with ${binDir}: ${(err as Error).message}`);
  }

  const host = '127.0.0.1';
  const user = 'postgres';
  const url = (database = 'postgres') =>
    `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
  const sql = async (text: string, database = 'postgres') => {
    const client = new pg.Client({ host, port, user, password, database });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  return {
    host,
    port,
    user,
    password,
    binDir,
    dataDir,
    url,
    sql,
    async createDatabase(name: string) {
      await sql(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0`);
      return url(name);
    },
    async crashAndRestart(downMs = 0) {
      await pgCtl(['-m', 'immediate', '-w', 'stop']);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await pgCtl(['-l', path.join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
    },
    stop: cleanup,
  };
}
