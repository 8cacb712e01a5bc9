import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ThrowawayCluster } from '../../src/cluster/throwaway.js';

export interface Bouncer {
  port: number;
  /** A URL through the pooler to one of its databases. */
  url(alias: string): string;
  stop(): Promise<void>;
}

const BINARY = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find(existsSync) ?? 'pgbouncer';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Debian's PgBouncer on a free loopback port in front of a throwaway cluster, one alias per
 * database with its own pool_mode. PgBouncer will not run as root: as root it runs as `postgres`.
 */
export async function startPgBouncer(cluster: ThrowawayCluster, databases: Record<string, { dbname: string; poolMode: 'session' | 'transaction' | 'statement'; poolSize?: number }>): Promise<Bouncer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-bouncer-'));
  const port = await freePort();
  const lines = Object.entries(databases).map(
    ([alias, d]) => `${alias} = host=127.0.0.1 port=${cluster.port} dbname=${d.dbname} pool_mode=${d.poolMode}${d.poolSize ? ` pool_size=${d.poolSize}` : ''}`,
  );
  writeFileSync(path.join(dir, 'userlist.txt'), `"${cluster.user}" "${cluster.password}"\n`, { mode: 0o600 });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      ...lines,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      'max_client_conn = 200',
      'default_pool_size = 40',
      'ignore_startup_parameters = extra_float_digits,options',
      '',
    ].join('\n'),
  );
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(path.join(dir, f), uid, gid);
  }
  const argv = root ? ['runuser', '-u', 'postgres', '--', BINARY, path.join(dir, 'pgbouncer.ini')] : [BINARY, path.join(dir, 'pgbouncer.ini')];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore' });
  // Ready when the port answers.
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (i > 100 || child.exitCode !== null) {
      const log = existsSync(path.join(dir, 'pgbouncer.log')) ? readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8') : '';
      throw new Error(`pgbouncer did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    url: (alias) => `postgres://${cluster.user}:${encodeURIComponent(cluster.password)}@127.0.0.1:${port}/${alias}`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
