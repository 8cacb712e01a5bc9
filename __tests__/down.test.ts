import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { FIXTURE_FOLDERS, FIXTURES } from './harness/layout-fixtures.js';
import { makeTree, onePhaseConfig, removeFile, writeTree } from './harness/tree.js';

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

  describe('--to in a layout whose versions are not plain numbers: the layout\'s own order, V kept', () => {
    function layoutTree(tool: 'diesel' | 'sqitch'): string {
      const root = makeTree({});
      cpSync(path.join(FIXTURES, tool), root, { recursive: true });
      writeTree(root, { 'db/promotion.yml': `phases:\n  - name: app\n    schema: app\n    layout: ${tool}\n    migrations: ${FIXTURE_FOLDERS[tool]}\n` });
      return root;
    }
    const applied = async (url: string) =>
      (await server.query(url, "SELECT version FROM audit.migration_log WHERE kind = 'migration' AND success AND reverted_at IS NULL ORDER BY id")).rows.map((r) => r.version as string);

    test('diesel: date-stamped folder versions, named as the folder writes them or as diesel records them', async () => {
      const url = await server.createDatabase();
      const root = layoutTree('diesel');
      assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
      const dry = await cliJson(root, ['down', '--to', '20190223132946', '--dry-run', '--database-url', url]);
      assert.equal(dry.code, 0, dry.stderr);
      assert.deepEqual(dry.result.phases![0]!.files.map((f) => f.version), ['2019-02-26-162946', '2019-02-25-152946', '2019-02-24-142946']);
      const run = await cliJson(root, ['down', '--to', '2019-02-23-132946', '--database-url', url]);
      assert.deepEqual([run.code, run.result.counts!.reverted, run.result.phases![0]!.currentVersion], [0, 3, '2019-02-23-132946'], run.stderr);
      assert.equal((await applied(url)).at(-1), '2019-02-23-132946', 'V stays applied');
      assert.equal((await server.query(url, "SELECT to_regclass('app.audit_events') IS NOT NULL AS kept")).rows[0].kept, true);
      // A date between two folders keeps every folder up to it.
      const between = await cliJson(root, ['down', '--to', '2019-02-21', '--dry-run', '--database-url', url]);
      assert.deepEqual(between.result.phases![0]!.files.map((f) => f.version), ['2019-02-23-132946', '2019-02-22-122946', '2019-02-21-112946']);
      assert.equal((await cliJson(root, ['migrate', '--database-url', url])).result.counts!.applied, 3);
    });

    test('sqitch: change names in sqitch.plan order, a reworked change by its tag; a name the plan lacks or a bare number is exit 2 naming it and the phase', async () => {
      const url = await server.createDatabase();
      const root = layoutTree('sqitch');
      assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
      const run = await cliJson(root, ['down', '--to', 'comment_orders', '--database-url', url]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(run.result.phases![0]!.files.map((f) => [f.version, f.status]), [
        ['order_count_function', 'reverted'],
        ['order_count_function@v1.0', 'reverted'],
      ]);
      assert.equal((await applied(url)).at(-1), 'comment_orders');
      const more = await cliJson(root, ['down', '--to', 'order_totals_view', '--dry-run', '--database-url', url]);
      assert.deepEqual(more.result.phases![0]!.files.map((f) => f.version), [
        'comment_orders', 'order_lines_product_index', 'rename_product_name', 'create_audit_events', 'customers_created_at_index', 'placeholder',
      ]);
      for (const bad of ['no_such_change', '3']) {
        const refused = await cliJson(root, ['down', '--to', bad, '--database-url', url]);
        assert.equal(refused.code, 2, bad);
        assert.equal(refused.result.error!.message, `--to '${bad}' is not a version of phase 'app' (its versions run from create_customers to order_count_function)`);
        assert.deepEqual([refused.result.error!.phase, refused.result.error!.version], ['app', bad]);
      }
      assert.equal((await applied(url)).length, 15, 'nothing reverted by a refused --to');
      // migrate --to reads the same order.
      const forward = await cliJson(root, ['migrate', '--to', 'order_count_function@v1.0', '--database-url', url]);
      assert.deepEqual([forward.code, forward.result.counts!.applied], [0, 1]);
    });
  });
});
