import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, cliJson } from './harness/cli.js';
import { LAYOUT_NAMES, type LayoutName } from '../src/migrate/layouts/index.js';
import { FIXTURE_FOLDERS, FIXTURES, psql, readFixture, schemaDump } from './harness/layout-fixtures.js';
import { makeTree } from './harness/tree.js';
import { testServer } from './harness/server.js';

// One cluster, a database per layout: each fixture tree, configured by `pg-promote init`, is
// migrated, listed, reverted and migrated again by pg-promote, and builds exactly the schema
// psql builds from the same statements.
const server = await testServer();

const WITHOUT_DOWNS = new Set(['prisma', 'supabase']);

function copyFixture(tool: keyof typeof FIXTURE_FOLDERS): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `pg-promote-layout-${tool}-`));
  after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(FIXTURES, tool), root, { recursive: true });
  return root;
}

/** The schema psql builds from the same statements, each file as its reader split it, in its own database. */
async function psqlDump(tool: keyof typeof FIXTURE_FOLDERS): Promise<string> {
  const url = await server.createDatabase(`psql_${tool.replace(/-/g, '_')}`);
  for (const file of readFixture(tool).files) await psql(url, file.upSql, file.transactional);
  return schemaDump(url);
}

const history = (url: string) => server.query(url, 'SELECT count(*)::int AS n FROM audit.migration_log WHERE success AND kind = $1 AND reverted_at IS NULL', ['migration']);

describe('every tool’s tree, configured by init, is migrated, listed, reverted and migrated again by pg-promote', () => {
  for (const tool of Object.keys(FIXTURE_FOLDERS) as Array<keyof typeof FIXTURE_FOLDERS>) {
    it(tool, async () => {
      const root = copyFixture(tool);
      const files = readFixture(tool).files;
      const init = await cliJson(root, ['init']);
      assert.equal(init.code, 0, init.stderr);
      assert.deepEqual(init.result.init?.phases.map((p) => [p.layout, p.folder]), [[tool, FIXTURE_FOLDERS[tool]]]);
      assert.match(readFileSync(path.join(root, 'db/promotion.yml'), 'utf8'), new RegExp(`layout: ${tool}\\b`));

      const expected = await psqlDump(tool);
      assert.match(expected, /CREATE TABLE app\.order_lines/);
      const url = await server.createDatabase(`layout_${tool.replace(/-/g, '_')}`);
      const migrate = await cliJson(root, ['migrate', '--database-url', url]);
      assert.equal(migrate.code, 0, `${tool}: ${migrate.stderr}`);
      assert.equal(migrate.result.counts!.applied, files.length);
      assert.ok(migrate.result.warnings.some((w) => /no SQL statements \(empty or comments only\): applied as a no-op/.test(w)), `${tool}: the empty migration is noted`);
      assert.equal(schemaDump(url), expected, `${tool}: pg-promote builds the schema psql builds`);
      assert.equal((await history(url)).rows[0]!.n, files.length, 'every file recorded, the empty one included');

      const status = await cliJson(root, ['status', '--database-url', url]);
      assert.equal(status.code, 0);
      assert.equal(status.result.counts!.pending, 0);
      assert.deepEqual(status.result.drift, []);

      let reverted = 0;
      if (!WITHOUT_DOWNS.has(tool)) {
        // A Sqitch change has no number: `--to 0` names nothing there, `--all` reverts every change.
        const down = await cliJson(root, ['down', ...(tool === 'sqitch' ? ['--all'] : ['--to', '0']), '--database-url', url]);
        assert.equal(down.code, 0, `${tool}: ${down.stderr}`);
        reverted = down.result.counts!.reverted;
        assert.ok(reverted >= files.length - 1, `${tool}: ${reverted} reverted`);
        const left = await server.query(url, "SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'app'");
        assert.equal(left.rows[0]!.n, 0, `${tool}: the downs undo the schema`);
      }
      const again = await cliJson(root, ['migrate', '--database-url', url]);
      assert.equal(again.code, 0, `${tool}: ${again.stderr}`);
      assert.equal(again.result.counts!.applied, reverted, 'what was reverted is applied again');
      assert.equal(schemaDump(url), expected, `${tool}: re-migrated to the same schema`);
    });
  }
});

describe('lint reads a layout as migrate does', () => {
  it('only the up section of a dbmate file is linted, at the file\'s own lines', async () => {
    const root = copyFixture('dbmate');
    assert.equal((await cliJson(root, ['init'])).code, 0);
    const run = await cliJson(root, ['lint']);
    const at = (run.result.lint?.findings ?? []).map((f) => `${f.file.split('/').pop()}:${f.line} ${f.rule}`);
    assert.ok(at.includes('20230105100700_order_status_enum.sql:6 alter-column-type'), at.join('\n'));
    assert.ok(!at.some((f) => f.includes('drop-')), `no finding from a down section: ${at.join(', ')}`);
  });

  it('exceptions in a goose up section are read at the file\'s own lines, and cover the statement below them', async () => {
    const root = makeTree({
      'db/promotion.yml': 'phases:\n  - name: app\n    schema: app\n    layout: goose\n    migrations: db\n',
      'db/1_t.sql': '-- +goose Up\nCREATE SCHEMA app;\nCREATE TABLE app.t (id int, legacy text);\n',
      'db/2_drop.sql': [
        '-- A note about this change.',
        '',
        '-- +goose Up',
        '-- pg-promote-lint: allow no-such-rule reason: a typo',
        '-- pg-promote-lint: allow drop-column reason: unused since 4.2',
        'ALTER TABLE app.t DROP COLUMN legacy;',
        '',
        '-- +goose Down',
        'ALTER TABLE app.t ADD COLUMN legacy text;',
        '',
      ].join('\n'),
    });
    const run = await cliJson(root, ['lint']);
    const lint = run.result.lint!;
    const at = (fs: typeof lint.findings) => fs.filter((f) => f.file === 'db/2_drop.sql').map((f) => `${f.line}:${f.column} ${f.rule}`);
    assert.deepEqual(at(lint.findings), ['4:1 lint-exception-invalid'], JSON.stringify(lint.findings));
    assert.deepEqual(at(lint.exceptions), ['6:19 drop-column'], JSON.stringify(lint.exceptions));
  });
});

describe('a hint to leave the transaction names the layout\'s own marker (or says the tool has none)', () => {
  // Each tree: a file creating app.t, then one indexing it; `wrap` writes a file as its tool does.
  const trees: Record<LayoutName, { folder: string; names: [string, string]; wrap?: (sql: string) => string; marker: RegExp }> = {
    'pg-promote': { folder: 'db/migrations/app', names: ['001_t.sql', '002_i.sql'], marker: /with -- pg-promote:no-transaction in its header/ },
    flyway: { folder: 'sql', names: ['V1__t.sql', 'V2__i.sql'], marker: /with executeInTransaction=false in its script configuration file \(<the file name>\.conf, beside it\)/ },
    'golang-migrate': { folder: 'db', names: ['1_t.up.sql', '2_i.up.sql'], marker: /\(golang-migrate has no no-transaction marker: pg-promote runs a file holding a statement that cannot run in a transaction block without one/ },
    dbmate: { folder: 'db', names: ['1_t.sql', '2_i.sql'], wrap: (sql) => `-- migrate:up\n${sql}`, marker: /whose up section is marked -- migrate:up transaction:false/ },
    goose: { folder: 'db', names: ['1_t.sql', '2_i.sql'], wrap: (sql) => `-- +goose Up\n${sql}`, marker: /with -- \+goose NO TRANSACTION in it/ },
    'node-pg-migrate': { folder: 'db', names: ['1_t.sql', '2_i.sql'], wrap: (sql) => `-- Up Migration\n${sql}`, marker: /\(a node-pg-migrate SQL file has no no-transaction marker/ },
    diesel: { folder: 'db', names: ['2019-01-01-000001_t/up.sql', '2019-01-02-000001_i/up.sql'], marker: /whose folder has a metadata\.toml saying run_in_transaction = false/ },
    prisma: { folder: 'db', names: ['1_t/migration.sql', '2_i/migration.sql'], marker: /\(Prisma has no no-transaction marker/ },
    supabase: { folder: 'db', names: ['1_t.sql', '2_i.sql'], marker: /\(the Supabase CLI has no no-transaction marker/ },
    sqitch: { folder: 'db', names: ['deploy/t.sql', 'deploy/i.sql'], wrap: (sql) => `BEGIN;\n${sql}COMMIT;\n`, marker: /without BEGIN \.\.\. COMMIT around its deploy script \(Sqitch then runs it statement by statement\)/ },
  };
  function tree(layout: LayoutName, second: string): string {
    const t = trees[layout];
    const wrap = t.wrap ?? ((sql: string) => sql);
    const root = makeTree({
      'db/promotion.yml': `phases:\n  - name: app\n    schema: app\n    layout: ${layout}\n    migrations: ${t.folder}\n`,
      [`${t.folder}/${t.names[0]}`]: wrap('CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n'),
      [`${t.folder}/${t.names[1]}`]: wrap(second),
      ...(layout === 'sqitch' ? { 'db/sqitch.plan': '%project=shop\n\nt 2023-01-05T10:00:00Z Ada <ada@example.com> # t\ni 2023-01-06T10:00:00Z Ada <ada@example.com> # i\n' } : {}),
    });
    return root;
  }
  for (const layout of LAYOUT_NAMES) {
    it(`lint's fix on ${layout}`, async () => {
      const run = await cliJson(tree(layout, 'CREATE INDEX t_id ON app.t (id);\n'), ['lint']);
      const finding = run.result.lint!.findings.find((f) => f.rule === 'create-index-not-concurrently');
      assert.ok(finding, JSON.stringify(run.result.lint!.findings));
      assert.match(finding.fix, trees[layout].marker);
      if (layout !== 'pg-promote') assert.doesNotMatch(finding.fix, /pg-promote:no-transaction/);
    });
  }
  // The layouts with a marker keep a file in a transaction unless it says otherwise: migrate refuses CONCURRENTLY there.
  for (const layout of ['pg-promote', 'dbmate', 'goose', 'diesel', 'sqitch'] as const) {
    it(`migrate's refusal on ${layout}`, async () => {
      const root = tree(layout, 'CREATE INDEX CONCURRENTLY t_id ON app.t (id);\n');
      const lint = await cliJson(root, ['lint']);
      assert.match(lint.result.lint!.findings.find((f) => f.rule === 'needs-no-transaction')?.fix ?? '', trees[layout].marker);
      const run = await cliJson(root, ['migrate', '--database-url', await server.createDatabase('layout_marker')]);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(run.result.error!.file, `${trees[layout].folder}/${trees[layout].names[1]}`);
      assert.match(run.result.error!.message, /CREATE INDEX CONCURRENTLY cannot run inside a transaction; put it in a file of its own /);
      assert.match(run.result.error!.message, trees[layout].marker);
    });
  }
});

describe('bad input in a layout: exit 2 naming the file or version, nothing recorded', () => {
  const config = (layout: string, folder: string) => `phases:\n  - name: app\n    schema: app\n    layout: ${layout}\n    migrations: ${folder}\n`;
  const cases: Array<{ name: string; files: Record<string, string>; expect: RegExp; file: string }> = [
    {
      name: 'a file that fits no pattern of its layout',
      files: { 'db/promotion.yml': config('golang-migrate', 'db/migrations'), 'db/migrations/000001_a.up.sql': 'CREATE SCHEMA app;', 'db/migrations/create_b.sql': 'SELECT 1;' },
      expect: /fits neither of golang-migrate's patterns/,
      file: 'db/migrations/create_b.sql',
    },
    {
      name: 'a version written twice',
      files: {
        'db/promotion.yml': config('flyway', 'sql'),
        'sql/V1__a.sql': 'CREATE SCHEMA app;',
        'sql/V1_0__b.sql': 'CREATE TABLE app.b (id int);',
      },
      expect: /version 1(_0)? is written twice: sql\/V1_0__b\.sql and sql\/V1__a\.sql/,
      file: 'sql/V1__a.sql',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const root = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-layout-bad-'));
      after(() => rmSync(root, { recursive: true, force: true }));
      for (const [rel, text] of Object.entries(c.files)) {
        const abs = path.join(root, rel);
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, text);
      }
      const url = await server.createDatabase('layout_bad');
      for (const command of ['plan', 'migrate']) {
        const run = await cliJson(root, [command, '--database-url', url]);
        assert.equal(run.code, 2, `${command}: ${run.stderr}`);
        assert.match(run.result.error!.message, c.expect);
        assert.equal(run.result.error!.file, c.file);
        const human = await cli(root, [command, '--database-url', url]);
        assert.ok(human.stderr.startsWith(`error: ${c.file}: `), human.stderr);
      }
      const made = await server.query(url, "SELECT to_regclass('audit.migration_log') AS log, to_regnamespace('app') AS app");
      assert.deepEqual(made.rows[0], { log: null, app: null }, 'nothing recorded, nothing created');
    });
  }

  it('an unknown layout names the key and the known layouts', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-layout-bad-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(path.join(root, 'promotion.yml'), config('liquibase', 'db'));
    const run = await cliJson(root, ['plan', '--config', 'promotion.yml', '--database-url', 'postgres://x@127.0.0.1:1/x']);
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /phases\.0\.layout/);
    assert.match(run.result.error!.message, /golang-migrate/);
  });
});
