import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import type { Check } from '../src/checks/check.js';
import { createdObjects } from '../src/checks/created-objects.js';
import { runChecks } from '../src/checks/runner.js';
import { loadConfig } from '../src/config/load.js';
import { discoverPhase } from '../src/migrate/source.js';
import { splitStatements } from '../src/sql/statements.js';
import type { SqlFile } from '../src/migrate/sql-file.js';
import { cli, cliJson, REPO_ROOT } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();
const file = (rel: string, sql: string) => ({ path: { rel, abs: rel }, statements: splitStatements(sql).statements }) as unknown as SqlFile;
const sample = await sampleDatabases(server);

describe('verify', () => {
  test('the shipped sample passes every check after migrate, and verify changes nothing', async () => {
    const url = await sample.fresh();
    const before = await server.query(url, 'SELECT count(*)::int AS n FROM audit.change_log');
    const { code, result } = await cliJson(REPO_ROOT, ['verify', '--database-url', url]);
    assert.equal(code, 0, JSON.stringify(result.checks?.filter((c) => c.status !== 'pass'), null, 2));
    const ids = new Set(result.checks!.map((c) => c.id));
    for (const id of [
      'objects.expected', 'rls.required', 'lint.policy-rls-disabled', 'lint.rls-no-policy', 'lint.definer-view',
      'lint.function-search-path', 'lint.policy-always-true', 'roles.access', 'boundary.grants', 'views.compile',
      'views.rows', 'rows.counts', 'audit.trail',
    ]) {
      assert.ok(ids.has(id), `${id} ran`);
    }
    assert.ok(result.checks!.every((c) => c.status === 'pass' && c.findings.length === 0));
    const audit = result.checks!.find((c) => c.id === 'audit.trail')!;
    assert.match(audit.summary, /18 of 18 files succeeded; \d+ audit\.change_log entries \(INSERT \d+/);
    const after = await server.query(url, 'SELECT count(*)::int AS n FROM audit.change_log');
    assert.equal(after.rows[0].n, before.rows[0].n, 'verify wrote nothing, not even through the audit triggers');
  });

  test('--phase runs only that phase\'s checks, and the text output lists each check with its phase', async () => {
    const url = await sample.fresh();
    const { code, result } = await cliJson(REPO_ROOT, ['verify', '--phase', 'vh', '--database-url', url]);
    assert.equal(code, 0);
    assert.deepEqual([...new Set(result.checks!.map((c) => c.phase).filter(Boolean))], ['vh']);
    const text = await cli(REPO_ROOT, ['verify', '--phase', 'vh', '--database-url', url]);
    assert.match(text.stdout, /^✓ boundary\.grants +\[vh\] no writer can write a protected schema \(vh_% → eng\)/m);
    assert.match(text.stdout, /^checks: \d+ passed, 0 failed$/m);
  });

  test('a row count outside its range fails rows.counts (exit 1), and the error names the table, the count and the range', async () => {
    const url = await sample.fresh();
    const root = sampleTree((doc) => doc.setIn(['phases', 0, 'verify', 'row_counts', 0], { table: 'eng.teams', min: 2, max: 4 }));
    const { code, result } = await cliJson(root, ['verify', '--database-url', url]);
    assert.equal(code, 1);
    assert.equal(result.error?.kind, 'check');
    assert.equal(result.error!.message, 'rows.counts (eng): eng.teams: has 5 rows, expected between 2 and 4');
    assert.equal(result.error!.object, 'eng.teams');
    const failed = result.checks!.filter((c) => c.status === 'fail');
    assert.deepEqual(failed.map((c) => [c.id, c.phase, c.findings]), [
      ['rows.counts', 'eng', [{ object: 'eng.teams', reason: 'has 5 rows, expected between 2 and 4' }]],
    ]);
    const text = await cli(root, ['verify', '--database-url', url]);
    assert.match(text.stdout, /^✗ rows\.counts +\[eng\] 1 row count of 2 outside expectations \(eng\.teams 5, eng\.strategic_directives_v2 9\)$/m);
    assert.match(text.stdout, /^ {4}eng\.teams: has 5 rows, expected between 2 and 4$/m);
    assert.match(text.stderr, /^error: rows\.counts \(eng\): eng\.teams: has 5 rows/m);
  });

  test('a table the migrations created that is gone fails objects.expected, naming the file that created it', async () => {
    const url = await sample.fresh();
    await server.query(url, 'DROP TABLE eng.governance_reviews');
    const { code, result } = await cliJson(REPO_ROOT, ['verify', '--phase', 'eng', '--database-url', url]);
    assert.equal(code, 1);
    const expected = result.checks!.find((c) => c.id === 'objects.expected')!;
    assert.deepEqual(expected.findings, [
      { object: 'eng.governance_reviews', reason: 'expected table is missing (from db/migrations/eng/005_create_governance_reviews.sql)' },
    ]);
    assert.equal(expected.summary, '1 expected object missing or of the wrong kind (present: audit: 1 table; eng: 3 tables; views: 3 views)');
  });

  test('what the migrations created, read by PostgreSQL\'s parser: later DROPs, RENAMEs and SET SCHEMAs win; temp tables are no objects', async () => {
    const { objects, unknown } = await createdObjects([
      file('1.sql', `-- tables
        CREATE TABLE IF NOT EXISTS App.Users (id int); CREATE UNLOGGED TABLE app."Audit ""Log""" (n int);
        CREATE TEMP TABLE app_tmp (n int);
        CREATE TABLE app.old_name (n int); CREATE MATERIALIZED VIEW IF NOT EXISTS app.mv AS SELECT 1;`),
      file('2.sql', `ALTER TABLE app.old_name RENAME TO new_name; DROP TABLE IF EXISTS app.gone, app.users CASCADE;
        /* views */ CREATE OR REPLACE VIEW app.v AS SELECT 1; ALTER TABLE app.new_name SET SCHEMA archive;`),
    ], ['app']);
    assert.deepEqual(objects.map((o) => [`${o.schema}.${o.name}`, o.kind, o.file]), [
      ['app.Audit "Log"', 'table', '1.sql'],
      ['app.mv', 'view', '1.sql'],
      ['app.v', 'view', '2.sql'],
      ['archive.new_name', 'table', '1.sql'],
    ]);
    assert.deepEqual(unknown, []);
  });

  test('an unqualified name lands in the phase\'s schema, or where the file\'s own search_path puts it, for that file only', async () => {
    const { objects } = await createdObjects([
      file('1.sql', 'CREATE TABLE plain (n int); CREATE VIEW plain_v AS SELECT 1;'),
      file('2.sql', 'SET search_path TO "$user", reporting, public;\nCREATE TABLE summary (n int);\nALTER TABLE summary RENAME TO daily;'),
      file('3.sql', "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE app.qualified (n int);\nSET LOCAL search_path = staging;\nCREATE TABLE loaded (n int);"),
      file('4.sql', 'CREATE TABLE again (n int); DROP TABLE plain; CREATE SCHEMA side CREATE TABLE inside (n int);'),
    ], ['app']);
    assert.deepEqual(objects.map((o) => `${o.schema}.${o.name} ${o.kind}`).sort(), [
      'app.again table', 'app.plain_v view', 'app.qualified table', 'reporting.daily table', 'side.inside table', 'staging.loaded table',
    ]);
  });

  test('a DO block that builds SQL or names a table is "not known from the files"; one whose SQL is spelled out and makes only roles is not', async () => {
    const { objects, unknown } = await createdObjects([
      file('1.sql', "DO $$ BEGIN EXECUTE format('CREATE TABLE %I (n int)', 'made_' || 1); END $$;"),
      file('2.sql', 'SELECT 1;\nDO $$ BEGIN IF true THEN CREATE TABLE app.maybe (n int); END IF; END $$;'),
      file('3.sql', "DO $$ DECLARE n int; BEGIN SELECT count(*) INTO n FROM pg_roles; IF n = 0 THEN EXECUTE format('CREATE ROLE %I', 'r'); END IF; END $$;"),
      file('5.sql', "DO $$ BEGIN EXECUTE format('CREATE %s x (n int)', 'TABLE'); END $$;"),
      file('4.sql', 'CALL app.build_partitions();'),
    ], ['app']);
    assert.deepEqual(objects, []);
    assert.deepEqual(unknown, [
      { file: '1.sql', line: 1, what: 'dynamic SQL (EXECUTE) in a DO block' },
      { file: '2.sql', line: 2, what: 'a DO block' },
      { file: '5.sql', line: 1, what: 'dynamic SQL (EXECUTE) in a DO block' },
      { file: '4.sql', line: 1, what: 'a CALL' },
    ]);
  });

  test('verify: a table made by a DO block is "not known from the files", never "created by no migration file"; an unqualified CREATE is expected where the role\'s search_path put it', async () => {
    const url = await server.createDatabase('created');
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;',
      'db/migrations/app/002_tables.sql': 'SET search_path = app;\nCREATE TABLE accounts (id int);\nCREATE TABLE ledger (id int);',
      'db/migrations/app/003_dynamic.sql': "DO $$ BEGIN EXECUTE 'CREATE TABLE app.made_at_run_time (id int)'; END $$;",
      // No SET: the applier runs it with the session's search_path ("$user", public), as verify reads it.
      'db/migrations/app/004_in_path.sql': 'CREATE TABLE in_path (id int);',
    });
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    await server.query(url, 'DROP TABLE app.ledger');
    const { result } = await cliJson(root, ['verify', '--database-url', url]);
    const check = result.checks!.find((c) => c.id === 'objects.expected')!;
    assert.deepEqual(check.findings, [
      { object: 'app.ledger', reason: 'expected table is missing (from db/migrations/app/002_tables.sql)' },
      {
        object: 'app.made_at_run_time',
        reason: 'unexpected table: not known from the files (dynamic SQL (EXECUTE) in a DO block at db/migrations/app/003_dynamic.sql:1 may have created it; list the phase\'s tables in expect_tables to check them)',
        level: 'warn',
      },
    ]);
  });

  describe('bad input is one clear error naming the object (exit 2), never a crash or a silent pass', () => {
    const cases: Array<[string, (doc: import('yaml').Document) => void, RegExp]> = [
      [
        'a role that does not exist',
        (doc) => doc.setIn(['phases', 0, 'verify', 'roles', 0, 'role'], 'analyst_nobody'),
        /role 'analyst_nobody' does not exist \(phases\.eng\.verify\.roles\.0\.role\)/,
      ],
      [
        'a table that does not exist',
        (doc) => doc.setIn(['phases', 0, 'verify', 'row_counts', 0, 'table'], 'eng.no_such_table'),
        /table or view eng\.no_such_table does not exist \(phases\.eng\.verify\.row_counts\.0\.table\)/,
      ],
      [
        'a schema that does not exist',
        (doc) => doc.setIn(['phases', 1, 'verify', 'boundaries', 0, 'protected'], ['engg']),
        /schema 'engg' does not exist \(phases\.vh\.verify\.boundaries\.0\.protected\.0\)/,
      ],
      [
        'a writer pattern that matches no role',
        (doc) => doc.setIn(['phases', 1, 'verify', 'boundaries', 0, 'writers'], 'vhx_%'),
        /writer pattern 'vhx_%' matches no role/,
      ],
    ];
    for (const [name, edit, message] of cases) {
      test(name, async () => {
        const url = await sample.fresh();
        const root = sampleTree(edit);
        const { code, result } = await cliJson(root, ['verify', '--database-url', url]);
        assert.equal(code, 2, JSON.stringify(result));
        assert.equal(result.error?.kind, 'config');
        assert.match(result.error!.message, message);
        assert.equal(result.checks, undefined, 'no check ran on a config that names missing objects');
      });
    }

    test('a database that was never migrated names the phase schema', async () => {
      const url = await server.createDatabase('empty');
      const run = await cli(REPO_ROOT, ['verify', '--database-url', url]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^error: db\/promotion\.yml: verify: schema 'eng' does not exist \(phases\.eng\.schema\)/m);
    });

    test('row_counts with neither exact, min nor max is refused by the config', async () => {
      const root = sampleTree((doc) => doc.setIn(['phases', 0, 'verify', 'row_counts', 0], { table: 'eng.teams' }));
      const run = await cli(root, ['verify', '--database-url', await sample.fresh()]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /phases\.0\.verify\.row_counts\.0: needs exact, min or max/);
    });
  });

  describe('the session is left as it was found', () => {
    async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    }
    const input = () => {
      const config = loadConfig({ root: REPO_ROOT });
      return { config, phases: config.phases.map((p) => discoverPhase(config.root, p)) };
    };

    test('a check that switches role and then throws becomes a failed result; the role, the transaction and the data are untouched', async () => {
      const url = await sample.fresh();
      const throwing: Check = {
        scope: 'run',
        id: 'test.throws',
        async run(ctx) {
          await ctx.client.query('SET ROLE analyst_ro');
          throw new Error('boom after SET ROLE');
        },
      };
      const writing: Check = {
        scope: 'run',
        id: 'test.writes',
        async run(ctx) {
          await ctx.client.query('DELETE FROM audit.change_log');
          return { status: 'pass', summary: 'unreachable', findings: [] };
        },
      };
      const after = await withClient(url, async (client) => {
        const results = await runChecks(client, input(), [throwing, writing]);
        assert.deepEqual(results.map((r) => [r.id, r.status]), [['test.throws', 'fail'], ['test.writes', 'fail']]);
        assert.equal(results[0]!.findings[0]!.reason, 'boom after SET ROLE');
        assert.match(results[1]!.findings[0]!.reason, /\[SQLSTATE 25006\]$/, 'the verification transaction is read-only');
        return (await client.query(
          `SELECT current_user::text AS who, current_setting('role') AS role,
                  (SELECT xact_start = query_start FROM pg_stat_activity WHERE pid = pg_backend_pid()) AS no_open_transaction`,
        )).rows[0];
      });
      assert.deepEqual(after, { who: 'postgres', role: 'none', no_open_transaction: true });
      const left = await server.query(url, 'SELECT count(*)::int AS n FROM audit.change_log');
      assert.ok(left.rows[0].n > 0, 'nothing was deleted');
    });

    test('a config error thrown mid-way still rolls back and resets the role', async () => {
      const url = await sample.fresh();
      const { config, phases } = input();
      const broken = { ...config, phases: config.phases.map((p) => ({ ...p, verify: { ...p.verify!, roles: [{ role: 'nobody_at_all', denied: [], allowed: [] }] } })) };
      const after = await withClient(url, async (client) => {
        await assert.rejects(
          runChecks(client, { config: broken, phases: phases.map((f, i) => ({ ...f, phase: broken.phases[i]! })) }),
          /role 'nobody_at_all' does not exist/,
        );
        return (await client.query(`SELECT current_user::text AS who, (SELECT xact_start = query_start FROM pg_stat_activity WHERE pid = pg_backend_pid()) AS fresh`)).rows[0];
      });
      assert.deepEqual(after, { who: 'postgres', fresh: true });
    });
  });
});
