import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, removeFile } from './harness/tree.js';

const server = await testServer();

function tree() {
  return makeTree({
    'db/promotion.yml': onePhaseConfig(),
    'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;',
    'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int);',
    'db/migrations/app/003_u.sql': 'CREATE TABLE app.u (id int);',
    'db/migrations/DOWN/app/001_schema.sql': 'DROP SCHEMA app;',
    'db/migrations/DOWN/app/002_t.sql': 'DROP TABLE app.t;',
    'db/migrations/DOWN/app/003_u.sql': 'DROP TABLE app.u;',
  });
}

describe('down', () => {
  test('reverts newest first back to --to, records it, and migrate re-applies', async () => {
    const url = await server.createDatabase();
    const root = tree();
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    const dry = await cliJson(root, ['down', '--to', '1', '--dry-run', '--database-url', url]);
    assert.deepEqual(dry.result.phases![0]!.files.map((f) => [f.version, f.status]), [['3', 'would-revert'], ['2', 'would-revert']]);
    assert.notEqual((await server.query(url, "SELECT to_regclass('app.u') AS u")).rows[0].u, null, 'dry run changed nothing');

    const run = await cliJson(root, ['down', '--to', '1', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.equal(run.result.counts!.reverted, 2);
    assert.equal(run.result.phases![0]!.currentVersion, '1');
    assert.deepEqual((await server.query(url, "SELECT to_regclass('app.t') AS t, to_regclass('app.u') AS u")).rows[0], { t: null, u: null });
    const history = await server.query(url, "SELECT kind, version, reverted_at IS NOT NULL AS reverted FROM audit.migration_log ORDER BY id");
    assert.deepEqual(history.rows, [
      { kind: 'migration', version: '1', reverted: false },
      { kind: 'migration', version: '2', reverted: true },
      { kind: 'migration', version: '3', reverted: true },
      { kind: 'down', version: '3', reverted: false },
      { kind: 'down', version: '2', reverted: false },
    ]);

    const again = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(again.result.counts!.applied, 2);
    const zero = await cliJson(root, ['down', '--to', '0', '--database-url', url]);
    assert.equal(zero.result.counts!.reverted, 3);
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null);
  });

  test("verify after a rollback expects only what the remaining versions create: a reverted migration's table is not missing", async () => {
    const url = await server.createDatabase();
    const root = tree();
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    assert.equal((await cliJson(root, ['down', '--to', '2', '--database-url', url])).code, 0);
    const verify = await cliJson(root, ['verify', '--database-url', url]);
    const expected = verify.result.checks!.find((c) => c.id === 'objects.expected')!;
    assert.equal(expected.status, 'pass', JSON.stringify(expected));
    assert.match(expected.summary, /all 1 expected object present/);
    // A table a remaining version created is still expected.
    await server.query(url, 'DROP TABLE app.t');
    const missing = await cliJson(root, ['verify', '--database-url', url]);
    assert.match(JSON.stringify(missing.result.checks!.find((c) => c.id === 'objects.expected')!.findings), /app\.t.*expected table is missing/);
  });

  test('a missing DOWN file stops before anything is reverted', async () => {
    const url = await server.createDatabase();
    const root = tree();
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    removeFile(root, 'db/migrations/DOWN/app/002_t.sql');
    const run = await cliJson(root, ['down', '--to', '0', '--database-url', url]);
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /no DOWN file for version 2 .*nothing was reverted/);
    assert.notEqual((await server.query(url, "SELECT to_regclass('app.u') AS u")).rows[0].u, null);
  });

  test('down needs --to as a version and one phase', async () => {
    const root = tree();
    const url = await server.createDatabase();
    assert.match((await cliJson(root, ['down', '--database-url', url])).result.error!.message, /needs --to/);
    const bad = await cliJson(root, ['down', '--to', 'latest', '--database-url', url]);
    assert.equal(bad.code, 2);
    assert.match(bad.result.error!.message, /--to 'latest' is not a version/);
  });

  test('a version-0 migration: --to 0 keeps it, --all reverts it too; --all with --to is a usage error', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/000_schema.sql': 'CREATE SCHEMA app;',
      'db/migrations/app/001_t.sql': 'CREATE TABLE app.t (id int);',
      'db/migrations/DOWN/app/000_schema.sql': 'DROP SCHEMA app;',
      'db/migrations/DOWN/app/001_t.sql': 'DROP TABLE app.t;',
    });
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    const keep = await cliJson(root, ['down', '--to', '0', '--database-url', url]);
    assert.deepEqual([keep.code, keep.result.counts!.reverted, keep.result.phases![0]!.currentVersion], [0, 1, '0']);
    assert.notEqual((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null, 'v0 stays applied');
    const both = await cliJson(root, ['down', '--all', '--to', '0', '--database-url', url]);
    assert.equal(both.code, 2);
    assert.match(both.result.error!.message, /--to VERSION or --all, not both/);
    const dry = await cliJson(root, ['down', '--all', '--dry-run', '--database-url', url]);
    assert.deepEqual(dry.result.phases![0]!.files.map((f) => [f.version, f.status]), [['0', 'would-revert']]);
    const all = await cliJson(root, ['down', '--all', '--database-url', url]);
    assert.deepEqual([all.code, all.result.counts!.reverted, all.result.phases![0]!.currentVersion], [0, 1, undefined]);
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null, 'v0 reverted');
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).result.counts!.applied, 2);
  });
});
