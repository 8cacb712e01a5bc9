import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { failurePoint, transactionalScript } from '../src/migrate/file-script.js';
import { splitStatements } from '../src/sql/statements.js';
import { cli, cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

const server = await testServer();

describe('migrate', () => {
  test('applies files in natural version order, each recorded with checksum, duration and execution id', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/1_schema.sql': 'CREATE SCHEMA app; CREATE TABLE app.log (n int);',
      'db/migrations/app/2_two.sql': 'INSERT INTO app.log VALUES (2);',
      'db/migrations/app/10_ten.sql': 'INSERT INTO app.log VALUES (10);',
      'db/migrations/app/9_nine.sql': 'INSERT INTO app.log VALUES (9);',
    });
    const { code, result } = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(code, 0);
    assert.equal(result.counts!.applied, 4);
    const order = (await server.query(url, 'SELECT array_agg(n ORDER BY ctid) AS a FROM app.log')).rows[0].a;
    assert.deepEqual(order, [2, 9, 10]);
    const history = await server.query(
      url,
      `SELECT phase, kind, version, file_name, checksum, success, duration_ms, execution_id::text, applied_by, applied_at
       FROM audit.migration_log ORDER BY id`,
    );
    assert.deepEqual(history.rows.map((r) => r.version), ['1', '2', '9', '10']);
    assert.ok(history.rows.every((r) => r.phase === 'app' && r.kind === 'migration' && r.success));
    assert.ok(history.rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum)));
    assert.equal(new Set(history.rows.map((r) => r.execution_id)).size, 1);
    assert.equal(history.rows[0].execution_id, result.executionId);
    assert.equal(history.rows[0].file_name, 'db/migrations/app/1_schema.sql');
  });

  test('a second migrate applies nothing', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;',
    });
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    const again = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(again.code, 0);
    assert.equal(again.result.counts!.applied, 0);
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM audit.migration_log')).rows[0].n, 1);
  });

  test('a failing statement is reported at its file, line and column; its file rolls back, earlier files stay, and a re-run resumes there', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY);\n',
      'db/migrations/app/002_rows.sql': '-- rows\nINSERT INTO app.t VALUES (1);\n\nINSERT INTO app.t\n  VALUES (2), (\'x\');\n',
      'db/migrations/app/003_more.sql': 'INSERT INTO app.t VALUES (3);\n',
    });
    const failed = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(failed.code, 1);
    const error = failed.result.error!;
    assert.equal(error.file, 'db/migrations/app/002_rows.sql');
    assert.equal(error.line, 5);
    assert.equal(error.column, 16);
    assert.equal(error.sqlstate, '22P02');
    assert.match(error.message, /invalid input syntax for type integer/);
    assert.deepEqual((await server.query(url, 'SELECT id FROM app.t')).rows, [], 'the failing file rolled back, including its first INSERT');
    const history = await server.query(url, 'SELECT version, success, error_sqlstate FROM audit.migration_log ORDER BY id');
    assert.deepEqual(history.rows, [
      { version: '1', success: true, error_sqlstate: null },
      { version: '2', success: false, error_sqlstate: '22P02' },
    ]);

    const human = await cli(root, ['migrate', '--database-url', url]);
    assert.match(human.stderr, /^error: db\/migrations\/app\/002_rows\.sql:5:16: invalid input syntax/m);

    writeTree(root, { 'db/migrations/app/002_rows.sql': 'INSERT INTO app.t VALUES (1);\nINSERT INTO app.t VALUES (2);\n' });
    const resumed = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(resumed.code, 0);
    assert.deepEqual(resumed.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['2', '3']);
    assert.deepEqual((await server.query(url, 'SELECT id FROM app.t ORDER BY id')).rows.map((r) => r.id), [1, 2, 3]);
  });

  test("an error in a file's first statement points into the file too", async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': '\n\n  SELECT  nope_column;\n' });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.deepEqual([run.result.error!.line, run.result.error!.column, run.result.error!.sqlstate], [3, 11, '42703']);
  });

  test('an error the server gives no position for is pinned to its statement by the commands that completed before it', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql':
        "CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY, note text -- a comment ending the line\n);\n" +
        "INSERT INTO app.t VALUES (1, 'é😀');\n\n  INSERT INTO app.t VALUES (1, 'again');\nINSERT INTO app.t VALUES (2);\n",
    });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.deepEqual([run.result.error!.line, run.result.error!.column, run.result.error!.sqlstate], [6, 3, '23505']);
    assert.match(run.result.error!.statement!, /^INSERT INTO app\.t VALUES \(1, 'again'\)$/);
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS app")).rows[0].app, null, 'the whole file rolled back');
  });

  test('a file that fails at its COMMIT (a deferred constraint) stops the run: the file after it never starts', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql':
        'CREATE SCHEMA app;\nCREATE TABLE app.parent (id int PRIMARY KEY);\n' +
        'CREATE TABLE app.child (parent int REFERENCES app.parent DEFERRABLE INITIALLY DEFERRED);\n',
      'db/migrations/app/002_orphan.sql': 'INSERT INTO app.child VALUES (42);\n',
      'db/migrations/app/003_after.sql': 'CREATE TABLE app.after (id int);\n',
    });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.error!.file, 'db/migrations/app/002_orphan.sql');
    assert.equal(run.result.error!.sqlstate, '23503');
    assert.deepEqual(run.result.phases![0]!.files.map((f) => [f.version, f.status]), [['1', 'applied'], ['2', 'failed'], ['3', 'pending']]);
    assert.equal((await server.query(url, "SELECT to_regclass('app.after') AS t")).rows[0].t, null, '003 never ran');
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.child')).rows[0].n, 0);
    const history = await server.query(url, 'SELECT version, success FROM audit.migration_log ORDER BY id');
    assert.deepEqual(history.rows, [{ version: '1', success: true }, { version: '2', success: false }]);
  });


  test('files sent ahead of a failing one are never applied: a failure at file 50 of 80 leaves 1-49 applied and 51-80 untouched', { timeout: 60_000 }, async () => {
    const url = await server.createDatabase();
    const files: Record<string, string> = { 'db/promotion.yml': onePhaseConfig() };
    files['db/migrations/app/001_schema.sql'] = 'CREATE SCHEMA app;\nCREATE TABLE app.log (n int PRIMARY KEY);\n';
    for (let n = 2; n <= 80; n++) {
      // 50 fails at COMMIT and would leave the block closed: the case the pipelined files must not run past.
      const body = n === 50 ? 'CREATE TABLE app.c (p int REFERENCES app.log DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO app.c VALUES (-1);\n' : `INSERT INTO app.log VALUES (${n});\n`;
      files[`db/migrations/app/${String(n).padStart(3, '0')}_f.sql`] = body;
    }
    const root = makeTree(files);
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.error!.file, 'db/migrations/app/050_f.sql');
    const statuses = run.result.phases![0]!.files.map((f) => f.status);
    assert.deepEqual([statuses.filter((s) => s === 'applied').length, statuses[49], statuses.filter((s) => s === 'pending').length], [49, 'failed', 30]);
    const applied = await server.query(url, 'SELECT count(*)::int AS n, max(n) AS top FROM app.log');
    assert.deepEqual(applied.rows[0], { n: 48, top: 49 });
    const history = await server.query(url, 'SELECT count(*) FILTER (WHERE success)::int AS ok, count(*) FILTER (WHERE NOT success)::int AS failed FROM audit.migration_log');
    assert.deepEqual(history.rows[0], { ok: 49, failed: 1 });

    writeTree(root, { 'db/migrations/app/050_f.sql': 'SELECT 1;\n' });
    const again = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(again.code, 0, JSON.stringify(again.result.error));
    assert.equal(again.result.counts!.applied, 31);
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.log')).rows[0].n, 78);
  });
  test('a file that resets the session (RESET ALL, DEALLOCATE ALL) is recorded like any other, with its duration, and so are the files after it', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': "CREATE SCHEMA app;\nSET search_path = app;\nCREATE TABLE t (id int);\nSELECT pg_sleep(0.05);\nRESET ALL;\n",
      'db/migrations/app/002_b.sql': 'INSERT INTO app.t VALUES (2);\nDEALLOCATE ALL;\n',
      'db/migrations/app/003_c.sql': 'INSERT INTO app.t VALUES (3);\n',
    });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const history = await server.query(url, 'SELECT version, success, duration_ms, file_name FROM audit.migration_log ORDER BY id');
    assert.deepEqual(history.rows.map((r) => [r.version, r.success, r.file_name]), [
      ['1', true, 'db/migrations/app/001_a.sql'],
      ['2', true, 'db/migrations/app/002_b.sql'],
      ['3', true, 'db/migrations/app/003_c.sql'],
    ]);
    assert.ok(history.rows[0].duration_ms >= 50, `duration ${history.rows[0].duration_ms} ms covers the file's statements`);
  });

  test('a file larger than one round trip is still one transaction with one history row, and errors in its later parts point at their lines', async () => {
    const url = await server.createDatabase();
    const rows = 4000; // ~300 KB of SQL: more than one query's worth
    const inserts = Array.from({ length: rows }, (_, i) => `INSERT INTO app.t VALUES (${i + 1}, '${'x'.repeat(40)}');`);
    const good = ['CREATE SCHEMA app;', 'CREATE TABLE app.t (id int PRIMARY KEY, pad text);', ...inserts].join('\n') + '\n';
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_big.sql': good });
    const lines = good.split('\n');
    writeTree(root, { 'db/migrations/app/001_big.sql': [...lines.slice(0, -2), 'INSERT INTO app.t VALUES (1, NULL);', ''].join('\n') });
    const failed = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(failed.code, 1);
    assert.deepEqual([failed.result.error!.line, failed.result.error!.sqlstate], [rows + 2, '23505']);
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS app")).rows[0].app, null, 'the first part rolled back with the last');

    writeTree(root, { 'db/migrations/app/001_big.sql': good });
    const applied = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(applied.code, 0);
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, rows);
    const history = await server.query(url, 'SELECT version, success, duration_ms FROM audit.migration_log ORDER BY id');
    assert.deepEqual(history.rows.map((r) => [r.version, r.success]), [['1', false], ['1', true]]);
    assert.ok(history.rows[1].duration_ms >= 0);
  });

  test('view and policy files run after the phase migrations, are recorded, and re-run only when changed or the schema changed', async () => {
    const url = await server.createDatabase();
    const config = `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
    views: [db/views/app_views.sql]
    policies: [db/policies/app_rls.sql]
`;
    const root = makeTree({
      'db/promotion.yml': config,
      'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int, owner text);',
      'db/views/app_views.sql': 'CREATE OR REPLACE VIEW app.v AS SELECT id FROM app.t;',
      'db/policies/app_rls.sql': 'ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;\nDROP POLICY IF EXISTS owner_only ON app.t;\nCREATE POLICY owner_only ON app.t USING (owner = current_user);',
    });
    const first = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(first.code, 0);
    assert.deepEqual(first.result.phases![0]!.files.map((f) => [f.kind, f.status]), [
      ['migration', 'applied'],
      ['view', 'applied'],
      ['policy', 'applied'],
    ]);
    assert.equal((await server.query(url, "SELECT relrowsecurity FROM pg_class WHERE oid = 'app.t'::regclass")).rows[0].relrowsecurity, true);

    const unchanged = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(unchanged.result.counts!.applied, 0);

    writeTree(root, { 'db/views/app_views.sql': 'CREATE OR REPLACE VIEW app.v AS SELECT id, owner FROM app.t;' });
    const changed = await cliJson(root, ['plan', '--database-url', url]);
    assert.deepEqual(changed.result.phases![0]!.files.filter((f) => f.status === 'pending').map((f) => f.kind), ['view']);
    const reapplied = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(reapplied.result.counts!.applied, 1);

    writeTree(root, { 'db/migrations/app/002_u.sql': 'CREATE TABLE app.u (id int);' });
    const withMigration = await cliJson(root, ['migrate', '--database-url', url]);
    assert.deepEqual(withMigration.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.kind), ['migration', 'view', 'policy']);
    const kinds = await server.query(url, 'SELECT kind, count(*)::int AS n FROM audit.migration_log GROUP BY kind ORDER BY kind');
    assert.deepEqual(kinds.rows, [
      { kind: 'migration', n: 2 },
      { kind: 'policy', n: 2 },
      { kind: 'view', n: 3 },
    ]);
  });

  test('phases run in config order and --phase selects', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': `phases:
  - name: first
    schema: first
    migrations: db/m/first
  - name: second
    schema: second
    migrations: db/m/second
`,
      'db/m/first/001_a.sql': 'CREATE SCHEMA first;',
      'db/m/second/001_a.sql': 'CREATE SCHEMA second;',
    });
    const only = await cliJson(root, ['migrate', '--database-url', url, '--phase', 'second']);
    assert.equal(only.code, 0);
    assert.deepEqual(only.result.phases!.map((p) => p.name), ['second']);
    const all = await cliJson(root, ['migrate', '--database-url', url]);
    assert.deepEqual(all.result.phases!.map((p) => [p.name, p.currentVersion]), [['first', '1'], ['second', '1']]);
    const phases = await server.query(url, 'SELECT phase FROM audit.migration_log ORDER BY id');
    assert.deepEqual(phases.rows.map((r) => r.phase), ['second', 'first']);
  });

  test('a -- pg-promote:no-transaction file runs CREATE INDEX CONCURRENTLY; without the directive it is refused before anything runs', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);',
      'db/migrations/app/002_idx.sql': '-- builds without blocking writes\nCREATE INDEX CONCURRENTLY t_id ON app.t (id);\n',
    });
    const refused = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(refused.code, 2);
    assert.equal(refused.result.error!.file, 'db/migrations/app/002_idx.sql');
    assert.equal(refused.result.error!.line, 2);
    assert.match(refused.result.error!.message, /cannot run inside a transaction.*pg-promote:no-transaction/);
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null, 'nothing ran');

    writeTree(root, { 'db/migrations/app/002_idx.sql': '-- pg-promote:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON app.t (id);\n' });
    const ok = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(ok.code, 0, JSON.stringify(ok.result.error));
    assert.equal(ok.result.phases![0]!.files[1]!.transactional, false);
    assert.equal((await server.query(url, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.t_id'::regclass")).rows[0].indisvalid, true);
  });

  test('a non-transactional file that fails part-way says which statements stayed applied', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_t.sql': '-- pg-promote:no-transaction\nCREATE SCHEMA app;\nCREATE TABLE app.t (id int);\nCREATE TABLE app.t (id int);\n',
    });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.phases![0]!.files[0]!.statementsApplied, 2);
    assert.equal(run.result.error!.line, 4);
    assert.match(run.result.error!.message, /PARTLY APPLIED.*first 2 of 3 statements/);
  });

  test('files that would not run faithfully are refused with their line, before the database is touched', async () => {
    const cases: Array<[string, RegExp, number]> = [
      ['CREATE SCHEMA app;\nBEGIN;\nCREATE TABLE app.t (id int);\nCOMMIT;\n', /BEGIN in a migration file/, 2],
      ['CREATE SCHEMA app;\n\\set ON_ERROR_STOP on\n', /psql meta-command \\set/, 2],
      ['-- pg-promote:no-transactoin\nCREATE SCHEMA app;\n', /unknown directive 'pg-promote:no-transactoin'/, 1],
      ["CREATE SCHEMA app;\nSELECT 'unterminated;\n", /unterminated string/, 2],
    ];
    for (const [sql, message, line] of cases) {
      const url = await server.createDatabase();
      const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_x.sql': sql });
      const run = await cliJson(root, ['migrate', '--database-url', url]);
      assert.equal(run.code, 2, sql);
      assert.match(run.result.error!.message, message);
      assert.equal(run.result.error!.line, line, sql);
      assert.equal(run.result.database, undefined, 'refused before connecting');
    }
  });

  test('an empty or comment-only file is applied as a no-op and recorded, with a note while it is pending', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;\n',
      'db/migrations/app/002_empty.sql': '',
      'db/migrations/app/003_comment.sql': '-- kept on purpose: the 2019 fix was reverted\n/* nothing */\n',
    });
    const plan = await cliJson(root, ['plan', '--database-url', url]);
    assert.equal(plan.code, 0);
    assert.equal(plan.result.warnings.filter((w) => /00[23]_\w+\.sql: no SQL statements \(empty or comments only\): applied as a no-op/.test(w)).length, 2);
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.equal(run.result.counts!.applied, 3);
    const rows = await server.query(url, 'SELECT version FROM audit.migration_log WHERE success ORDER BY version');
    assert.deepEqual(rows.rows.map((r) => r.version), ['1', '2', '3']);
    const again = await cliJson(root, ['status', '--database-url', url]);
    assert.equal(again.result.counts!.pending, 0);
    assert.equal(again.result.warnings.filter((w) => w.includes('no SQL statements')).length, 0, 'said once, while pending');
  });

  test('--dry-run and plan change nothing, not even the history table', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    for (const args of [['plan'], ['migrate', '--dry-run'], ['status']]) {
      const run = await cliJson(root, [...args, '--database-url', url]);
      assert.equal(run.code, 0);
      assert.equal(run.result.counts!.pending, 1);
      assert.equal(run.result.phases![0]!.files[0]!.checksum.length, 64);
    }
    const left = await server.query(url, "SELECT to_regnamespace('audit') AS audit, to_regnamespace('app') AS app");
    assert.deepEqual(left.rows[0], { audit: null, app: null });
  });

  test('a failed file: its multi-line detail is printed indented under the error, and status shows it as failed with its last attempt, not plain pending', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int); CREATE VIEW app.v1 AS SELECT id FROM app.t; CREATE VIEW app.v2 AS SELECT id FROM app.t;',
      'db/migrations/app/002_drop.sql': 'DROP TABLE app.t;',
    });
    const run = await cli(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /error: db\/migrations\/app\/002_drop\.sql:1:1: cannot drop table app\.t because other objects depend on it .*\n {2}detail: view app\.v1 depends on table app\.t\n {4}view app\.v2 depends on table app\.t\n/);
    const status = await cli(root, ['status', '--database-url', url]);
    assert.match(status.stdout, /· v2 +db\/migrations\/app\/002_drop\.sql {2}failed \(last attempt \d{4}-\d\d-\d\dT[\d:.]+Z: cannot drop table app\.t because other objects depend on it/);
    assert.match(status.stdout, /= v1 +db\/migrations\/app\/001_t\.sql\n/);
    // Once it applies, it is no longer shown as failed.
    writeTree(root, { 'db/migrations/app/002_drop.sql': 'DROP TABLE app.t CASCADE;' });
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    assert.doesNotMatch((await cli(root, ['status', '--database-url', url])).stdout, /failed \(last attempt/);
  });

  test('--to VERSION applies up to and including it; later files stay pending, and plan --to shows the same', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;',
      'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int);',
      'db/migrations/app/003_u.sql': 'CREATE TABLE app.u (id int);',
    });
    const plan = await cliJson(root, ['plan', '--to', '2', '--database-url', url]);
    assert.deepEqual(plan.result.phases![0]!.files.map((f) => [f.version, f.status]), [['1', 'pending'], ['2', 'pending']]);
    assert.match(plan.result.warnings.join('\n'), /--to 2: 1 later migration of phase app stays pending \(3\)/);
    const run = await cliJson(root, ['migrate', '--to', '2', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.deepEqual([run.result.counts!.applied, run.result.phases![0]!.currentVersion], [2, '2']);
    assert.equal((await server.query(url, "SELECT to_regclass('app.u') AS u")).rows[0].u, null);
    const status = await cliJson(root, ['status', '--database-url', url]);
    assert.deepEqual(status.result.phases![0]!.files.map((f) => [f.version, f.status]), [['1', 'up-to-date'], ['2', 'up-to-date'], ['3', 'pending']]);
    const unknown = await cliJson(root, ['migrate', '--to', '9', '--database-url', url]);
    assert.deepEqual([unknown.code, unknown.result.error!.message], [2, "--to 9 is no migration of phase 'app' (its versions run from 1 to 3)"]);
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).result.counts!.applied, 1);
  });

  test('callbacks: before and after files run around every migrate that applies something (not a no-op), recorded with their checksums; an older history table is widened for them; a failing one fails the run naming its file and line', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig('    callbacks:\n      before: [db/callbacks/drop-functions.sql]\n      after: [db/callbacks/rebuild-functions.sql]\n'),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app; CREATE TABLE app.calls (what text);',
      'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int);',
      'db/callbacks/drop-functions.sql': "DROP FUNCTION IF EXISTS public.answer();\nDO $$ BEGIN IF to_regclass('app.calls') IS NOT NULL THEN INSERT INTO app.calls VALUES ('before'); END IF; END $$;\n",
      'db/callbacks/rebuild-functions.sql': "CREATE FUNCTION public.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';\nINSERT INTO app.calls VALUES ('after');\n",
    });
    // A history table as pg-promote created it before callbacks existed.
    const { HistoryStore } = await import('../src/migrate/history-store.js');
    const old = new HistoryStore({ schema: 'audit', table: 'migration_log' }).createSql().replace(", 'callback'", '');
    await server.query(url, old);
    // plan and a dry run list the callbacks a run would execute, where it executes them.
    const order = [
      ['callback', 'db/callbacks/drop-functions.sql'],
      ['migration', 'db/migrations/app/001_schema.sql'],
      ['migration', 'db/migrations/app/002_t.sql'],
      ['callback', 'db/callbacks/rebuild-functions.sql'],
    ];
    for (const command of [['plan'], ['migrate', '--dry-run']]) {
      const dry = await cliJson(root, [...command, '--database-url', url]);
      assert.equal(dry.code, 0, dry.stderr);
      assert.deepEqual(dry.result.phases![0]!.files.map((f) => [f.kind, f.file, f.status]), order.map((o) => [...o, 'pending']), command.join(' '));
      const text = await cli(root, [...command, '--database-url', url]);
      const listed = text.stdout.split('\n').filter((l) => /^ {2}· /.test(l)).map((l) => l.replace(/\s+sha256 \w+$/, '').trim());
      assert.deepEqual(listed, ['· callback db/callbacks/drop-functions.sql', '· v1       db/migrations/app/001_schema.sql', '· v2       db/migrations/app/002_t.sql', '· callback db/callbacks/rebuild-functions.sql'], text.stdout);
    }
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.deepEqual(run.result.phases![0]!.files.map((f) => [f.kind, f.file, f.status]), order.map((o) => [...o, 'applied']), 'the run reports them in the same places');
    const rows = (await server.query(url, 'SELECT kind, version, file_name, checksum FROM audit.migration_log ORDER BY id')).rows;
    assert.deepEqual(rows.map((r) => [r.kind, r.version, r.file_name]), [
      ['callback', null, 'db/callbacks/drop-functions.sql'],
      ['migration', '1', 'db/migrations/app/001_schema.sql'],
      ['migration', '2', 'db/migrations/app/002_t.sql'],
      ['callback', null, 'db/callbacks/rebuild-functions.sql'],
    ]);
    assert.match(rows[0].checksum, /^[0-9a-f]{64}$/);
    assert.equal((await server.query(url, 'SELECT public.answer() AS a')).rows[0].a, 42);
    const noop = await cliJson(root, ['migrate', '--database-url', url]);
    assert.deepEqual([noop.code, noop.result.counts!.applied], [0, 0]);
    const idle = await cliJson(root, ['plan', '--database-url', url]);
    assert.deepEqual([idle.code, idle.result.counts!.pending], [0, 0], 'a no-op plan lists no callback: a no-op run executes none');
    writeTree(root, { 'db/migrations/app/003_u.sql': 'CREATE TABLE app.u (id int);' });
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    assert.deepEqual((await server.query(url, 'SELECT array_agg(what) AS a FROM app.calls')).rows[0].a, ['after', 'before', 'after']);

    writeTree(root, { 'db/migrations/app/004_v.sql': 'CREATE TABLE app.v (id int);', 'db/callbacks/rebuild-functions.sql': "CREATE FUNCTION public.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';\nSELECT 1/0;\n" });
    const failed = await cli(root, ['migrate', '--database-url', url]);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /error: db\/callbacks\/rebuild-functions\.sql:2:\d+: division by zero/);
  });

  test('the per-file durations printed are the ones the history recorded', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app; SELECT pg_sleep(0.03);',
      'db/migrations/app/002_b.sql': '-- pg-promote:no-transaction\nSELECT pg_sleep(0.02);',
      'db/migrations/app/003_c.sql': 'CREATE TABLE app.c (id int);',
    });
    const run = await cli(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0, run.stderr);
    const printed = [...run.stdout.matchAll(/✓ v(\d+)\s+\S+(?: \[no transaction\])?\s+(\d+) ms/g)].map((m) => [m[1], Number(m[2])]);
    const recorded = (await server.query(url, 'SELECT version, duration_ms FROM audit.migration_log ORDER BY id')).rows.map((r) => [r.version, r.duration_ms]);
    assert.equal(printed.length, 3, run.stdout);
    assert.deepEqual(printed, recorded);
  });
});

test('property: a file script holds every statement once and in order, within the size limit; any error maps back to its statement', () => {
  const statement = fc.stringMatching(/^[a-z0-9 ()=,'😀-]{1,40}$/).map((s) => s.replace(/'/g, '').replace(/--/g, '-') || 'x');
  const file = fc.array(statement, { minLength: 1, maxLength: 12 }).map((texts) => splitStatements(texts.map((t) => `SELECT ${t}`).join(';\n')).statements);
  fc.assert(
    fc.property(file, fc.integer({ min: 10, max: 300 }), (statements, maxChars) => {
      const parts = transactionalScript(statements, { start: 'SELECT 0', restore: (extra = []) => ['SELECT 2', ...extra].join(', '), record: ['SELECT 1'] }, maxChars);
      const commands = parts.flatMap((p) => p.commands);
      assert.deepEqual(commands.filter((c) => c.statement).map((c) => c.statement), statements);
      assert.deepEqual([commands[0]!.role, commands[1]!.role, commands.at(-2)!.role, commands.at(-1)!.role], ['begin', 'start', 'record', 'commit']);
      for (const part of parts) {
        const ownStatements = part.commands.filter((c) => c.statement).length;
        if (ownStatements > 1) assert.ok(part.text.length <= maxChars + part.commands.length * 40, 'cut between statements');
        for (const c of part.commands) {
          if (c.statement) assert.equal(part.text.slice(c.offset, c.offset + c.length), c.statement.text);
          const codePointsBefore = [...part.text.slice(0, c.offset)].length;
          assert.equal(failurePoint(part, codePointsBefore + 1, statements, 0).statement, c.statement, 'by the server position');
        }
      }
      statements.forEach((s, done) => assert.equal(failurePoint(parts[0]!, undefined, statements, done).statement, s, 'by the markers that arrived'));
      assert.equal(failurePoint(parts[0]!, undefined, statements, undefined).statement, undefined, 'before the first statement');
    }),
  );
});
