import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';
import type { BackupManifest } from '../src/backup/types.js';
import { cli, cliJson } from './harness/cli.js';
import { cliProcess, databaseOf, fakePgBin, withEnv } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer({ password: 'Bk-pw-7Qx2-distinctive' });

/** An app with everything a backup must carry: rows, a view, a grant, RLS and a policy, odd names. */
const APP = `
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, owner text NOT NULL, note text);
CREATE TABLE app."odd name" (x int);
CREATE VIEW app.item_notes AS SELECT id, note FROM app.items;
CREATE MATERIALIZED VIEW app.item_count AS SELECT count(*) AS n FROM app.items;
ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY "owner only" ON app.items USING (owner = current_user);
DO $$ BEGIN CREATE ROLE pgp_backup_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON SCHEMA app TO pgp_backup_reader;
GRANT SELECT ON app.item_notes TO pgp_backup_reader;
`;

async function appDatabase(config = onePhaseConfig()): Promise<{ url: string; root: string }> {
  const url = await server.createDatabase('bk');
  const root = makeTree({ 'db/promotion.yml': config, 'db/migrations/app/001_app.sql': APP });
  const migrated = await cliJson(root, ['migrate', '--database-url', url]);
  assert.equal(migrated.code, 0, JSON.stringify(migrated.result.error));
  await server.query(url, "INSERT INTO app.items SELECT g, 'u' || (g % 7), md5(g::text) FROM generate_series(1, 2000) g; ANALYZE app.items");
  return { url, root };
}

const readManifest = (root: string, rel: string): BackupManifest => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as BackupManifest;
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const listDir = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('backup', () => {
  test('writes a verified custom-format dump named after the database and the UTC time, with its manifest beside it', async () => {
    const { url, root } = await appDatabase();
    const run = await cliJson(root, ['backup', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const b = run.result.backup!;
    assert.match(b.path, new RegExp(`^backups/${databaseOf(url)}_\\d{8}_\\d{6}Z\\.dump$`));
    assert.equal(b.manifestPath, b.path.replace(/\.dump$/, '.manifest.json'));
    assert.deepEqual(listDir(path.join(root, 'backups')), [path.basename(b.path), path.basename(b.manifestPath)], 'nothing partial is left');

    const m = readManifest(root, b.manifestPath);
    assert.equal(m.database, databaseOf(url));
    assert.equal(m.sha256, sha256(path.join(root, b.path)));
    assert.equal(m.sizeBytes, readFileSync(path.join(root, b.path)).length);
    assert.match(m.walLsn ?? '', /^[0-9A-F]+\/[0-9A-F]+$/);
    assert.ok(Date.now() - Date.parse(m.takenAt) < 60_000);
    assert.equal(m.sameSnapshot, true);
    assert.equal(m.serverVersion, run.result.database?.serverVersion);
    assert.match(m.pgDump.version, /^\d+\.\d+/);
    assert.equal(m.verification.method, 'list');
    // Every table, view and policy the database has (app's and the history's) is in the archive.
    const live = await server.query(
      url,
      `SELECT count(*) FILTER (WHERE relkind IN ('r','p'))::int AS tables, count(*) FILTER (WHERE relkind IN ('v','m'))::int AS views,
              (SELECT count(*)::int FROM pg_policy) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname IN ('app', 'audit')`,
    );
    assert.deepEqual({ tables: m.toc.tables, views: m.toc.views, policies: m.toc.policies }, live.rows[0]);
    assert.deepEqual(m.policies, ['app.items owner only']);
    assert.ok(m.views.includes('app.item_notes') && m.views.includes('app.item_count'));
    assert.equal(m.tables.find((t) => t.name === 'items')?.rowEstimate, 2000);
    assert.ok(m.tables.some((t) => t.name === 'odd name'));
  });

  test('says what it runs and how far it got, and never prints or stores the password', async () => {
    const { url, root } = await appDatabase();
    const run = await cli(root, ['backup', '--database-url', url]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^backup: pg_dump \d+\.\d+ \(.+pg_dump\) → backups\/.+\.dump, custom format$/m);
    assert.match(run.stdout, /^ {2}dump: [\d.]+ (B|KiB|MiB) written, /m);
    assert.match(run.stdout, /^ {2}verified: pg_restore --list holds 3 tables, 2 views, 1 policy/m);
    const manifest = readdirSync(path.join(root, 'backups')).find((f) => f.endsWith('.manifest.json'))!;
    for (const text of [run.stdout, run.stderr, readFileSync(path.join(root, 'backups', manifest), 'utf8')]) {
      assert.ok(!text.includes(server.password), 'the password appears nowhere');
    }
  });

  test('hands pg_dump the password in its environment, never on its command line', async () => {
    const { url, root } = await appDatabase();
    const record = path.join(root, 'seen');
    const bin = fakePgBin({
      pg_dump: `[ "$1" = --version ] || { echo "$@" >> ${record}.argv; env | grep -c '^PGPASSWORD=' >> ${record}.env; }\nexec $REAL "$@"`,
    });
    const run = await withEnv({ PG_BIN: bin }, () => cliJson(root, ['backup', '--database-url', url]));
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const argv = readFileSync(`${record}.argv`, 'utf8');
    assert.match(argv, /--format=custom/);
    assert.ok(!argv.includes(server.password), 'no password in argv');
    assert.equal(readFileSync(`${record}.env`, 'utf8').trim(), '1', 'PGPASSWORD in its environment');
    assert.equal(run.result.backup?.pgDump.path, path.join(bin, 'pg_dump'), 'the manifest says which pg_dump ran');
  });

  test('directory format with --jobs 2: a folder, every file in the manifest', async () => {
    const { url, root } = await appDatabase();
    const run = await cliJson(root, ['backup', '--database-url', url, '--format', 'directory', '--jobs', '2']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const b = run.result.backup!;
    assert.match(b.path, /\.dir$/);
    const m = readManifest(root, b.manifestPath);
    assert.equal(m.format, 'directory');
    assert.equal(m.jobs, 2);
    const names = readdirSync(path.join(root, b.path)).sort();
    assert.ok(names.includes('toc.dat'));
    assert.deepEqual(m.files?.map((f) => f.name), names);
    for (const f of m.files ?? []) assert.equal(f.sha256, sha256(path.join(root, b.path, f.name)));
    assert.equal(m.sizeBytes, m.files?.reduce((sum, f) => sum + f.sizeBytes, 0));
  });

  test('--verify restore restores into a scratch database, matches every table and row count, and drops it', async () => {
    const { url, root } = await appDatabase();
    const run = await cliJson(root, ['backup', '--database-url', url, '--verify', 'restore']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const deep = run.result.backup!.deep!;
    assert.equal(deep.tables, 3);
    assert.equal(deep.policies, 1);
    assert.ok(deep.rows >= 2001, 'the app rows and the history rows');
    const m = readManifest(root, run.result.backup!.manifestPath);
    assert.equal(m.verification.method, 'restore');
    assert.equal(m.tables.find((t) => t.name === 'items')?.rows, 2000, 'exact counts from the dump snapshot');
    const scratch = await server.query(url, "SELECT datname FROM pg_database WHERE datname LIKE 'pgpromote_verify_%'");
    assert.deepEqual(scratch.rows, []);
  });

  test('a deep verification that fails exits 1, keeps no backup, and still drops the scratch database', async () => {
    const { url, root } = await appDatabase();
    // Another server without the role the grant names: the restore there must fail.
    const other = await startThrowawayCluster({ password: 'other-scratch-pw' });
    after(() => other.stop());
    const run = await cliJson(root, ['backup', '--database-url', url, '--verify', 'restore', '--scratch-url', other.url()]);
    assert.equal(run.code, 1);
    assert.equal(run.result.error?.kind, 'check');
    assert.match(run.result.error!.message, /deep verification: the backup does not restore into .*pgpromote_verify_.*pgp_backup_reader/);
    assert.deepEqual(listDir(path.join(root, 'backups')), []);
    const left = await other.sql("SELECT datname FROM pg_database WHERE datname LIKE 'pgpromote_verify_%'");
    assert.deepEqual(left.rows, []);
    assert.ok(!JSON.stringify(run.result).includes('other-scratch-pw'));
  });

  test('a pg_dump older than the server stops the backup with one line naming both versions and the package', async () => {
    const { url, root } = await appDatabase();
    const major = Number((await server.query(url, 'SHOW server_version_num')).rows[0].server_version_num.slice(0, -4));
    const old = fakePgBin({
      pg_dump: 'echo "pg_dump (PostgreSQL) 12.3"; exit 0',
      pg_restore: 'echo "pg_restore (PostgreSQL) 12.3"; exit 0',
    });
    const run = await withEnv({ PG_BIN: old, PATH: `${old}:${process.env.PATH}` }, () => cli(root, ['backup', '--database-url', url]));
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, new RegExp(`pg_dump 12\\.3 \\(.*\\) is older than the server \\(PostgreSQL ${major}\\.\\d+.*\\).*install postgresql-client-${major}`));
    assert.deepEqual(listDir(path.join(root, 'backups')), []);
  });

  test('no pg_dump at all is a clear error, exit 2', async () => {
    const { url, root } = await appDatabase();
    const empty = makeTree({ 'README': 'no tools here' });
    const run = await withEnv({ PG_BIN: empty }, () => cliJson(root, ['backup', '--database-url', url]));
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /^pg_dump and pg_restore not found \(looked in PG_BIN=.*\); install them \(.*install postgresql-client-\d+\)/);
  });

  test('a full disk (a size-limited file) is exit 2 naming the folder, and leaves no partial file', async () => {
    const { url, root } = await appDatabase();
    await server.query(url, "INSERT INTO app.items SELECT g, 'x', repeat(md5(g::text), 20) FROM generate_series(2001, 40000) g");
    // ulimit -f caps any file pg_dump writes at 16 blocks; ignoring SIGXFSZ turns the cap into EFBIG.
    const bin = fakePgBin({ pg_dump: "ulimit -f 16; trap '' XFSZ; exec $REAL \"$@\"" });
    const run = await withEnv({ PG_BIN: bin }, () => cliJson(root, ['backup', '--database-url', url]));
    assert.equal(run.code, 2, JSON.stringify(run.result.error));
    assert.equal(run.result.error?.key, 'backup.dir');
    assert.match(run.result.error!.message, /the disk is full or the file size limit was reached .*File too large.*nothing was kept/);
    assert.deepEqual(listDir(path.join(root, 'backups')), []);
  });

  test('a backup folder it cannot write to is exit 2 naming the folder', async () => {
    const { url, root } = await appDatabase();
    const locked = path.join(root, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const run = await cliUnprivileged(root, ['backup', '--database-url', url, '--backup-dir', 'locked', '--json']);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    const error = JSON.parse(run.stdout).error;
    assert.equal(error.key, '--backup-dir');
    assert.equal(error.file, 'locked');
    assert.match(error.message, /^cannot write to the backup folder: no write access/);
    assert.deepEqual(listDir(locked), []);
  });

  test('without WAL archiving, PITR is a warning; with backup.require_pitr it is an error and nothing is dumped', async () => {
    const { url, root } = await appDatabase();
    const warned = await cliJson(root, ['backup', '--database-url', url]);
    assert.equal(warned.code, 0);
    assert.equal(warned.result.backup?.pitr.status, 'warning');
    assert.equal(warned.result.backup?.pitr.archiveMode, 'off');
    assert.ok(warned.result.warnings.some((w) => /point-in-time recovery is not ready: WAL archiving is off/.test(w)));

    const strict = makeTree({ 'db/promotion.yml': onePhaseConfig('backup:\n  require_pitr: true\n'), 'db/migrations/app/001_app.sql': APP });
    const refused = await cliJson(strict, ['backup', '--database-url', url]);
    assert.equal(refused.code, 1);
    assert.equal(refused.result.error?.key, 'backup.require_pitr');
    assert.match(refused.result.error!.message, /WAL archiving is off .*no backup was taken/);
    assert.deepEqual(listDir(path.join(strict, 'backups')), []);
  });

  test('options that cannot work together are refused before anything runs', async () => {
    const { url, root } = await appDatabase();
    const jobs = await cliJson(root, ['backup', '--database-url', url, '--jobs', '2']);
    assert.equal(jobs.code, 2);
    assert.equal(jobs.result.error?.key, '--jobs');
    const scratch = await cliJson(root, ['backup', '--database-url', url, '--scratch-url', url]);
    assert.equal(scratch.code, 2);
    assert.equal(scratch.result.error?.key, '--scratch-url');
    assert.deepEqual(listDir(path.join(root, 'backups')), []);
  });
});

/** Root writes anywhere: as root, the unwritable-folder case runs the CLI as `nobody`. */
async function cliUnprivileged(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (process.getuid?.() !== 0) return cli(root, args);
  chmodSync(root, 0o755);
  return cliProcess(root, args, { asUser: 'nobody' });
}

test('a second backup in the same second is refused and the first one is kept intact', async () => {
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  const server = await testServer();
  const url = await server.createDatabase('twice');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-twice-'));
  const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);' });
  const runs = await Promise.all([cliJson(root, ['backup', '--database-url', url, '--backup-dir', dir]), cliJson(root, ['backup', '--database-url', url, '--backup-dir', dir])]);
  const dumps = readdirSync(dir).filter((f) => f.endsWith('.dump'));
  assert.ok(dumps.length >= 1, 'a backup survives');
  for (const dump of dumps) {
    const manifest = JSON.parse(readFileSync(path.join(dir, dump.replace(/\.dump$/, '.manifest.json')), 'utf8')) as BackupManifest;
    assert.equal(manifest.sha256, createHash('sha256').update(readFileSync(path.join(dir, dump))).digest('hex'));
  }
  assert.ok(runs.some((r) => r.code === 0));
});
