import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson } from './harness/cli.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-tls-'));
after(() => rmSync(dir, { recursive: true, force: true }));
chmodSync(dir, 0o755);
const at = (name: string) => path.join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

/** A CA, and a certificate it signs (for the server: the names it is valid for). */
function ca(name: string): void {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', at(`${name}.key`), '-out', at(`${name}.crt`));
}
function signed(name: string, by: string, cn: string, altNames?: string): void {
  openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${cn}`, '-keyout', at(`${name}.key`), '-out', at(`${name}.csr`));
  const ext = at(`${name}.ext`);
  writeFileSync(ext, altNames ? `subjectAltName=${altNames}\n` : 'basicConstraints=CA:FALSE\n');
  openssl('x509', '-req', '-in', at(`${name}.csr`), '-CA', at(`${by}.crt`), '-CAkey', at(`${by}.key`), '-CAcreateserial', '-days', '2', '-extfile', ext, '-out', at(`${name}.crt`));
  chmodSync(at(`${name}.key`), 0o600);
}

ca('ca');
ca('wrongca');
signed('server', 'ca', 'localhost', 'DNS:localhost');
signed('client', 'ca', 'certuser');
if (process.getuid?.() === 0) {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  for (const f of ['server.key', 'server.crt', 'ca.crt']) chownSync(at(f), uid, gid);
}

// TLS only for the roles under test; the superuser keeps a plain line for the test's own setup.
const cluster = await startThrowawayCluster({
  settings: { ssl: 'on', ssl_cert_file: at('server.crt'), ssl_key_file: at('server.key'), ssl_ca_file: at('ca.crt') },
  hba: [
    'local all all trust',
    'hostssl all certuser 127.0.0.1/32 cert',
    'hostssl all app 127.0.0.1/32 scram-sha-256',
    'host all postgres 127.0.0.1/32 scram-sha-256',
    '',
  ].join('\n'),
});
after(() => cluster.stop());
await cluster.sql("CREATE ROLE app LOGIN PASSWORD 'app-tls-pw'");
await cluster.sql('CREATE ROLE certuser LOGIN');
await cluster.sql('CREATE DATABASE tlsdb OWNER app');
await cluster.sql('GRANT ALL ON DATABASE tlsdb TO certuser');

const base = `postgres://app:app-tls-pw@127.0.0.1:${cluster.port}/tlsdb`;
const named = `host=localhost hostaddr=127.0.0.1 port=${cluster.port} user=app password=app-tls-pw dbname=tlsdb`;
const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_t.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n' });
const status = (url: string, env: NodeJS.ProcessEnv = {}) => cliJson(root, ['status', '--database-url', url], env);

describe('tls: sslmode as libpq means it, for pg-promote and its children', () => {
  test('no sslmode (libpq: prefer) and require connect to a TLS-only server without any CA', async () => {
    for (const url of [base, `${base}?sslmode=require`]) {
      const run = await status(url);
      assert.equal(run.code, 0, JSON.stringify(run.result.error));
    }
  });

  test('PGSSLMODE and PGSSLROOTCERT are read', async () => {
    const run = await status(base, { PGSSLMODE: 'verify-ca', PGSSLROOTCERT: at('wrongca.crt') });
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /sslrootcert=.*wrongca\.crt from PGSSLROOTCERT/);
  });

  test('verify-ca: the right CA passes, a wrong one fails naming sslrootcert', async () => {
    assert.equal((await status(`${base}?sslmode=verify-ca&sslrootcert=${at('ca.crt')}`)).code, 0);
    const wrong = await status(`${base}?sslmode=verify-ca&sslrootcert=${at('wrongca.crt')}`);
    assert.equal(wrong.code, 2);
    assert.match(wrong.result.error!.message, /certificate is not trusted .*check sslrootcert/);
  });

  test('verify-full: the name the certificate holds passes (hostaddr dials the address), another name fails naming the host', async () => {
    const right = await status(`${named} sslmode=verify-full sslrootcert=${at('ca.crt')}`);
    assert.equal(right.code, 0, JSON.stringify(right.result.error));
    const wrong = await status(`${base}?sslmode=verify-full&sslrootcert=${at('ca.crt')}`);
    assert.equal(wrong.code, 2);
    assert.match(wrong.result.error!.message, /does not name host '127\.0\.0\.1'.*verify-ca does not check the name/);
    assert.equal((await status(`${base}?sslmode=verify-ca&sslrootcert=${at('ca.crt')}`)).code, 0, 'verify-ca does not check the name');
  });

  test('a client certificate logs in where the server asks for one', async () => {
    const url = `host=localhost hostaddr=127.0.0.1 port=${cluster.port} user=certuser dbname=tlsdb sslmode=verify-full sslrootcert=${at('ca.crt')} sslcert=${at('client.crt')} sslkey=${at('client.key')}`;
    const run = await status(url);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const without = await status(`host=127.0.0.1 port=${cluster.port} user=certuser dbname=tlsdb sslmode=require`);
    assert.equal(without.code, 2);
    assert.match(without.result.error!.message, /certificate/);
  });

  test('sslmode=disable is refused with the server\'s reason', async () => {
    const run = await status(`${base}?sslmode=disable`);
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /no pg_hba\.conf entry .*no encryption/);
  });

  test('a missing certificate file is exit 2, naming the setting and the file', async () => {
    const run = await status(`${base}?sslmode=verify-ca&sslrootcert=/missing/root.crt`);
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /sslrootcert file "\/missing\/root\.crt" does not exist/);
  });

  test('backup and restore over verify-full with hostaddr: pg_dump, psql and pg_restore get the same settings', async () => {
    const url = `${named} sslmode=verify-full sslrootcert=${at('ca.crt')}`;
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    const backup = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b']);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'tlsdb']);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    // The server takes `app` over TLS only: the children got there, so they spoke TLS, verified.
  });
});
