import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { cliJson, REPO_ROOT } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

// Durable commits: with the harness's usual fsync=off a crash may lose what was committed.
const server = await testServer({ ownCluster: true, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
const cluster = server.cluster!;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until pg-promote's session is running a query that contains the statement (a file goes as one query), and returns its pid. */
async function waitForStatement(url: string, like: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const rows = (await server.query(url, "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'pg-promote%' AND state = 'active' AND query LIKE $1", [like])).rows;
    if (rows[0]) return rows[0].pid as number;
    await sleep(50);
  }
  throw new Error(`pg-promote never ran ${like}`);
}

const advisoryLocks = async (url: string) =>
  (await server.query(url, "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'")).rows[0].n as number;

function faultTree(sleepSeconds: number) {
  return makeTree({
    'db/promotion.yml': onePhaseConfig('advisory_lock_wait: 20s\n'),
    'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n',
    'db/migrations/app/002_slow.sql': `INSERT INTO app.t VALUES (2);\nSELECT pg_sleep(${sleepSeconds});\nINSERT INTO app.t VALUES (22);\n`,
    'db/migrations/app/003_after.sql': 'INSERT INTO app.t VALUES (3);\n',
  });
}

describe('faults', () => {
  test('connection killed mid-migration: the file rolls back, history says what ran, the lock goes with the session, a re-run completes', async () => {
    const url = await server.createDatabase();
    const root = faultTree(3);
    const running = cliJson(root, ['migrate', '--database-url', url]);
    const pid = await waitForStatement(url, '%SELECT pg_sleep%');
    await server.query(url, 'SELECT pg_terminate_backend($1)', [pid]);
    const run = await running;
    assert.equal(run.code, 1);
    assert.equal(run.result.error!.file, 'db/migrations/app/002_slow.sql');
    assert.equal(run.result.error!.line, 2);
    assert.match(run.result.error!.message, /connection lost while applying this file .*rolled its transaction back.*run again/);
    assert.deepEqual((await server.query(url, 'SELECT id FROM app.t')).rows, [], 'the first INSERT of 002 rolled back with it');
    assert.deepEqual((await server.query(url, 'SELECT version FROM audit.migration_log WHERE success ORDER BY id')).rows, [{ version: '1' }]);
    assert.equal(await advisoryLocks(url), 0);
    writeTree(root, { 'db/migrations/app/002_slow.sql': 'INSERT INTO app.t VALUES (2);\nSELECT pg_sleep(0);\nINSERT INTO app.t VALUES (22);\n' });
    const again = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(again.code, 0, JSON.stringify(again.result.error));
    assert.deepEqual(again.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['2', '3']);
  });

  test('server crash and restart mid-phase: after recovery the history is exact and a re-run completes', async () => {
    const url = await server.createDatabase();
    const root = faultTree(5);
    const running = cliJson(root, ['migrate', '--database-url', url]);
    await waitForStatement(url, '%SELECT pg_sleep%');
    await cluster.crashAndRestart(200);
    const run = await running;
    assert.equal(run.code, 1);
    assert.equal(run.result.error!.file, 'db/migrations/app/002_slow.sql');
    assert.match(run.result.error!.message, /connection lost/);
    assert.deepEqual((await server.query(url, 'SELECT version, success FROM audit.migration_log ORDER BY id')).rows, [{ version: '1', success: true }]);
    assert.deepEqual((await server.query(url, 'SELECT id FROM app.t')).rows, []);
    writeTree(root, { 'db/migrations/app/002_slow.sql': 'INSERT INTO app.t VALUES (2);\n' });
    const again = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(again.code, 0, JSON.stringify(again.result.error));
    assert.equal(again.result.counts!.applied, 2);
  });

  test('ten runs at once: each file is applied exactly once, every run ends cleanly', async () => {
    const url = await server.createDatabase();
    const files: Record<string, string> = { 'db/promotion.yml': onePhaseConfig('advisory_lock_wait: 60s\n'), 'db/migrations/app/000_schema.sql': 'CREATE SCHEMA app;' };
    for (let i = 1; i <= 15; i++) files[`db/migrations/app/${String(i).padStart(3, '0')}_t.sql`] = `CREATE TABLE app.t${i} (id int);\nSELECT pg_sleep(0.02);`;
    const root = makeTree(files);
    const runs = await Promise.all(Array.from({ length: 10 }, () => cliJson(root, ['migrate', '--database-url', url])));
    assert.deepEqual(runs.map((r) => r.code), Array(10).fill(0), runs.map((r) => r.result.error?.message).join('; '));
    const applied = runs.map((r) => r.result.counts!.applied);
    assert.equal(applied.reduce((a, b) => a + b, 0), 16);
    assert.equal(applied.filter((n) => n > 0).length, 1, 'one run applied everything; the others waited and found nothing to do');
    const history = await server.query(url, 'SELECT phase, version, count(*)::int AS n FROM audit.migration_log GROUP BY 1, 2 HAVING count(*) > 1');
    assert.deepEqual(history.rows, []);
  });

  test('pg-promote killed (SIGKILL) while holding the lock: the server aborts its statement, and the next run is not blocked', async () => {
    const url = await server.createDatabase();
    const root = faultTree(60);
    const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, path.join(REPO_ROOT, 'src/cli/index.ts'), 'migrate'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await waitForStatement(url, '%SELECT pg_sleep%');
    assert.equal(await advisoryLocks(url), 1);
    child.kill('SIGKILL');
    await exited;
    writeTree(root, { 'db/migrations/app/002_slow.sql': 'INSERT INTO app.t VALUES (2);\n' });
    const started = Date.now();
    const next = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(next.code, 0, JSON.stringify(next.result.error));
    assert.ok(Date.now() - started < 10_000, `the next run waited ${Date.now() - started} ms, not the 60 s the dead run's statement would have taken`);
    assert.deepEqual((await server.query(url, 'SELECT id FROM app.t ORDER BY id')).rows.map((r) => r.id), [2, 3]);
  });
});

describe('faults: backups', () => {
  test('pg-promote killed (SIGKILL) while writing a backup: no file under a backup name, and the next backup succeeds', async () => {
    const url = await server.createDatabase();
    // Big enough that the dump is still being written when the kill comes.
    await server.query(url, "CREATE TABLE big AS SELECT g AS id, md5(g::text) || repeat('x', 200) AS pad FROM generate_series(1, 600000) g");
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const backups = path.join(root, 'backups');
    const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, path.join(REPO_ROOT, 'src/cli/index.ts'), 'backup', '--backup-dir', backups], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill once the dump has started writing.
    let writing = false;
    for (let i = 0; i < 400 && !writing; i++) {
      writing = existsSync(backups) && readdirSync(backups).some((f) => f.includes('.partial') && statSync(path.join(backups, f)).size > 0);
      if (!writing) await sleep(25);
    }
    child.kill('SIGKILL');
    assert.ok(writing, 'the kill came while the dump was being written');
    await exited;
    const left = existsSync(backups) ? readdirSync(backups) : [];
    assert.deepEqual(left.filter((f) => !f.startsWith('.')), [], `only hidden partial files may remain: ${left.join(', ')}`);
    assert.ok(left.every((f) => f.includes('.partial')), 'whatever remains says it is partial');
    const next = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', backups]);
    assert.equal(next.code, 0, JSON.stringify(next.result.error));
    assert.ok(readdirSync(backups).some((f) => f.endsWith('.dump')));
  });
});
