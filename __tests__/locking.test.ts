import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import { MIGRATION_LOCK_KEY } from '../src/db/advisory-lock.js';
import { cli, cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();

async function holdingSession(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('locking', () => {
  test('two runs at once: one applies every file, the other waits for it and then has nothing to do', async () => {
    const url = await server.createDatabase();
    const files: Record<string, string> = { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/000_schema.sql': 'CREATE SCHEMA app;' };
    for (let i = 1; i <= 20; i++) files[`db/migrations/app/${String(i).padStart(3, '0')}_t.sql`] = `CREATE TABLE app.t${i} (id int); SELECT pg_sleep(0.01);`;
    const root = makeTree(files);
    const [a, b] = await Promise.all([cliJson(root, ['migrate', '--database-url', url]), cliJson(root, ['migrate', '--database-url', url])]);
    assert.equal(a.code, 0);
    assert.equal(b.code, 0);
    assert.deepEqual([a.result.counts!.applied, b.result.counts!.applied].sort((x, y) => x - y), [0, 21]);
    const dupes = await server.query(url, 'SELECT version FROM audit.migration_log GROUP BY phase, version HAVING count(*) > 1');
    assert.deepEqual(dupes.rows, []);
  });

  test('a run that cannot get the migration lock in time exits 1 naming the holder, having applied nothing', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig('advisory_lock_wait: 600ms\n'), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const holder = await holdingSession(url);
    try {
      await holder.query("SET application_name = 'the other run'");
      await holder.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK_KEY]);
      const started = Date.now();
      const run = await cliJson(root, ['migrate', '--database-url', url]);
      assert.equal(run.code, 1);
      assert.equal(run.result.error!.kind, 'lock');
      assert.match(run.result.error!.message, /another pg-promote run holds the migration lock .*application 'the other run'.*Nothing was applied/);
      assert.ok(Date.now() - started < 5000, 'the wait is bounded');
      assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null);
      // In words, the run says the lock stopped it, not that nothing was pending.
      const text = await cli(root, ['migrate', '--database-url', url]);
      assert.equal(text.code, 1);
      assert.match(text.stdout, /stopped: the migration lock was not acquired; nothing was read or run/);
      assert.doesNotMatch(text.stdout, /0 pending/);
    } finally {
      await holder.end();
    }
  });

  test('a lock held by a session that died is gone with it: the next run proceeds', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig('advisory_lock_wait: 5s\n'), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const holder = await holdingSession(url);
    holder.on('error', () => undefined);
    await holder.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK_KEY]);
    const pid = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await server.query(url, 'SELECT pg_terminate_backend($1)', [pid]);
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0);
    await holder.end().catch(() => undefined);
  });

  test('a migration blocked by another session gives up after lock_timeout and retries, so application queries are not queued behind it for long', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA ops; CREATE TABLE ops.hot (id int); INSERT INTO ops.hot VALUES (1);');
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig('lock_timeout: 200ms\nlock_retries: 6\nlock_retry_backoff: 100ms\n'),
      'db/migrations/app/001_alter.sql': 'ALTER TABLE ops.hot ADD COLUMN note text;',
    });
    const holder = await holdingSession(url);
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM ops.hot'); // ACCESS SHARE, held until commit
    const events: string[] = [];
    const migrating = cliJson(root, ['migrate', '--database-url', url]);
    // While the migration waits for its ACCESS EXCLUSIVE lock, a reader arrives behind it.
    await new Promise((r) => setTimeout(r, 100));
    const reader = await holdingSession(url);
    const readStarted = Date.now();
    await reader.query('SELECT count(*) FROM ops.hot');
    const readerWaited = Date.now() - readStarted;
    await reader.end();
    setTimeout(() => void holder.query('COMMIT'), 900);
    const run = await migrating;
    await holder.end();
    events.push(...run.result.phases![0]!.files.map((f) => `${f.status}:${f.attempts}`));
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const attempts = run.result.phases![0]!.files[0]!.attempts!;
    assert.ok(attempts > 1, `retried (${events.join(',')})`);
    assert.ok(readerWaited < 1000, `reader waited ${readerWaited} ms, bounded by lock_timeout`);
  });

  test('a lock timeout in the middle of a run retries that file alone: the files before it stay applied once, the ones after it follow', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA ops; CREATE TABLE ops.hot (id int); CREATE TABLE ops.log (n int);');
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig('lock_timeout: 100ms\nlock_retries: 8\nlock_retry_backoff: 100ms\n'),
      'db/migrations/app/001_a.sql': 'INSERT INTO ops.log VALUES (1);',
      'db/migrations/app/002_alter.sql': 'INSERT INTO ops.log VALUES (2);\nALTER TABLE ops.hot ADD COLUMN note text;',
      'db/migrations/app/003_c.sql': 'INSERT INTO ops.log VALUES (3);',
    });
    const holder = await holdingSession(url);
    await holder.query('BEGIN; LOCK TABLE ops.hot IN ACCESS SHARE MODE');
    setTimeout(() => void holder.query('COMMIT'), 600);
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    await holder.end();
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const files = run.result.phases![0]!.files;
    assert.deepEqual(files.map((f) => [f.version, f.status]), [['1', 'applied'], ['2', 'applied'], ['3', 'applied']]);
    assert.equal(files[0]!.attempts, 1);
    assert.ok(files[1]!.attempts! > 1, `002 retried (${files[1]!.attempts})`);
    assert.deepEqual((await server.query(url, 'SELECT array_agg(n ORDER BY n) AS n FROM ops.log')).rows[0].n, [1, 2, 3], 'each file applied exactly once');
    const history = await server.query(url, 'SELECT version FROM audit.migration_log WHERE success ORDER BY id');
    assert.deepEqual(history.rows.map((r) => r.version), ['1', '2', '3']);
  });

  test('when the retries run out the run ends with a clear lock message and exit 1', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA ops; CREATE TABLE ops.hot (id int);');
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig('lock_timeout: 100ms\nlock_retries: 2\nlock_retry_backoff: 50ms\n'),
      'db/migrations/app/001_alter.sql': '\nALTER TABLE ops.hot ADD COLUMN note text;',
    });
    const holder = await holdingSession(url);
    await holder.query('BEGIN; LOCK TABLE ops.hot IN ACCESS SHARE MODE');
    try {
      const run = await cliJson(root, ['migrate', '--database-url', url]);
      assert.equal(run.code, 1);
      assert.equal(run.result.error!.sqlstate, '55P03');
      assert.equal(run.result.error!.line, 2);
      assert.match(run.result.error!.message, /conflicting lock for longer than lock_timeout, and the retries ran out/);
      assert.equal(run.result.phases![0]!.files[0]!.attempts, 3);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });
});
