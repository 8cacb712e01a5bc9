import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { exitCodeFor } from '../src/errors/exit-codes.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { LAYOUT_NAMES, LAYOUT_READERS, layoutReader, type LayoutName, type LayoutRead } from '../src/migrate/layouts/index.js';
import { EMPTY_NOTE, isEmptySql, NO_TRANSACTION_HINT } from '../src/migrate/layouts/sql-body.js';
import { NO_TRANSACTION_STATEMENTS } from '../src/sql/no-transaction.js';
import { splitStatements } from '../src/sql/statements.js';
import { FIXTURE_FOLDERS, FIXTURES, pgEnv, psql, readFixture, schemaDump } from './harness/layout-fixtures.js';
import { testServer } from './harness/server.js';
import { makeTree } from './harness/tree.js';

const STORY = [
  'create customers',
  'create products',
  'create orders',
  'create order lines',
  'add customer display name',
  'touch products updated at',
  'order status enum',
  'seed products',
  'order totals view',
  'placeholder',
  'customers created at index',
  'create audit events',
  'rename product name',
  'order lines product index',
  'comment orders',
  'order count function',
];

const timestamps = (prefix: string) => STORY.map((_, i) => `${prefix}${String(10 + Math.floor((i + 1) / 60)).padStart(2, '0')}${String((i + 1) % 60).padStart(2, '0')}00`);

const EXPECTED_VERSIONS: Record<keyof typeof FIXTURE_FOLDERS, string[]> = {
  flyway: ['1', '1.1', '1_2', '2', '3', '4', '5', '6', '7', '8', '9', '10', '10.1', '11', '12', '13'],
  'golang-migrate': STORY.map((_, i) => String(i + 1).padStart(6, '0')),
  dbmate: timestamps('20230105'),
  goose: STORY.map((_, i) => String(i + 1).padStart(5, '0')),
  'node-pg-migrate': STORY.map((d, i) => `${1672912800000 + (i + 1) * 60000}_${d.replace(/ /g, '-')}`),
  diesel: ['00000000000000', ...STORY.map((_, i) => `2019-02-${String(i + 11).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}2946`)],
  prisma: timestamps('20230106'),
  supabase: timestamps('20230107'),
  sqitch: [...STORY.slice(0, -1).map((d) => d.replace(/ /g, '_')), 'order_count_function@v1.0', 'order_count_function'],
};

const WITHOUT_DOWNS = new Set(['prisma', 'supabase']);
/** node-pg-migrate runs every SQL file in a transaction: its tree builds that index without CONCURRENTLY. */
const ALWAYS_IN_A_TRANSACTION = new Set(['node-pg-migrate']);

describe('each tool’s tree is read in its tool’s order, with its transaction rule and its downs', () => {
  for (const tool of Object.keys(FIXTURE_FOLDERS) as Array<keyof typeof FIXTURE_FOLDERS>) {
    it(tool, () => {
      const read = readFixture(tool);
      assert.deepEqual(read.problems.map((p) => p.message), []);
      assert.equal(read.layout, tool);
      assert.deepEqual(read.files.map((f) => f.version), EXPECTED_VERSIONS[tool]);
      assert.ok(read.files.length >= 16);
      for (const file of read.files) {
        assert.match(file.path, new RegExp(`^${FIXTURE_FOLDERS[tool]}/`), 'paths are repo-relative with forward slashes');
        assert.equal(file.downSql !== undefined, !WITHOUT_DOWNS.has(tool), `${file.path}: a down exactly where the tool has them`);
      }
      // The one file that cannot run in a transaction, and only it, runs without one.
      const outside = read.files.filter((f) => !f.transactional);
      assert.deepEqual(
        outside.map((f) => f.description.toLowerCase().replace(/[_-]/g, ' ')),
        ALWAYS_IN_A_TRANSACTION.has(tool) ? [] : ['customers created at index'],
      );
      for (const file of outside) assert.match(file.upSql, /CREATE INDEX CONCURRENTLY customers_created_at_idx/);
      // The comment-only (or empty) file is a no-op with a note, never an error.
      const empty = read.files.filter((f) => f.notes.includes(EMPTY_NOTE));
      assert.equal(empty.length, 1, `one no-op file in ${tool}`);
      assert.match(empty[0]?.path ?? '', /placeholder/);
      // Every up runs forward only: no tool's down SQL leaks into it.
      for (const file of read.files) assert.doesNotMatch(file.upSql, /^DROP (TABLE|SCHEMA|VIEW)/m, `${file.path} up holds no down`);
    });
  }

  it('sqitch: the plan orders changes (not file names), a reworked change keeps its tagged scripts, notes come from the plan', () => {
    const read = readFixture('sqitch');
    assert.equal(read.files[0]?.description, 'Create customers');
    const reworked = read.files.filter((f) => f.historyKey.startsWith('order_count_function'));
    assert.deepEqual(reworked.map((f) => f.path), ['db/deploy/order_count_function@v1.0.sql', 'db/deploy/order_count_function.sql']);
    assert.match(reworked[1]?.upSql ?? '', /status = 'paid'/);
    assert.doesNotMatch(reworked[1]?.upSql ?? '', /\bBEGIN;|\bCOMMIT;/, 'the template’s BEGIN/COMMIT is blanked: pg-promote opens the transaction');
    assert.equal(read.files[10]?.transactional, false, 'a script without BEGIN/COMMIT runs statement by statement under sqitch');
    assert.ok(read.compareVersions('create_orders', 'create_products') > 0, 'plan order, not alphabetical');
  });

  it('flyway: U files are the downs, R__ files repeat after the versions, a script configuration turns the transaction off, subfolders are read, callbacks are set aside', () => {
    const read = readFixture('flyway');
    const v9 = read.files.find((f) => f.version === '9');
    assert.equal(v9?.transactional, false);
    assert.equal(v9?.downTransactional, false);
    assert.match(v9?.notes.join() ?? '', /executeInTransaction=false/);
    assert.equal(read.files.find((f) => f.version === '6')?.path, 'src/main/resources/db/migration/reference/V6__seed_products.sql');
    assert.equal(read.files.find((f) => f.version === '1_2')?.historyKey, '1.2', 'Flyway records underscores as dots');
    assert.deepEqual(read.repeatables.map((r) => r.description), ['customer emails view']);
    assert.deepEqual(read.ignored.map((i) => i.path), ['src/main/resources/db/migration/afterMigrate.sql']);
  });

  it('one-file tools: the up and down sections are split at their markers, lines still point into the file', () => {
    for (const tool of ['dbmate', 'goose', 'node-pg-migrate'] as const) {
      const first = readFixture(tool).files[0];
      assert.ok(first);
      assert.match(first.upSql, /CREATE SCHEMA app;/);
      assert.doesNotMatch(first.upSql, /DROP/);
      assert.match(first.downSql ?? '', /DROP TABLE app\.customers;\nDROP SCHEMA app;/);
      assert.equal(first.upLine, 2, `${tool}: the up starts on the line after its marker`);
      assert.equal(first.downPath, first.path);
    }
    const goose = readFixture('goose');
    const fn = goose.files.find((f) => f.version === '00006');
    assert.match(fn?.upSql ?? '', /-- \+goose StatementBegin\nCREATE FUNCTION app\.touch_updated_at\(\)[\s\S]*\$\$;\n-- \+goose StatementEnd/);
    const dbmate = readFixture('dbmate').files.find((f) => !f.transactional);
    assert.equal(dbmate?.downTransactional, false, 'dbmate marks each section on its own');
  });

  it('golang-migrate: a file wrapped in BEGIN/COMMIT is one transaction, its wrapper blanked line for line', () => {
    const file = readFixture('golang-migrate').files.find((f) => f.version === '000006');
    assert.equal(file?.transactional, true);
    assert.match(file?.notes.join() ?? '', /BEGIN \.\.\. COMMIT around the file/);
    assert.doesNotMatch(file?.upSql ?? '', /^BEGIN;|^COMMIT;/m);
    assert.match(file?.upSql ?? '', /^\s*\n\s*\nALTER TABLE app\.products/, 'line 3 is still line 3');
  });

  it('diesel: the version keeps its dashes, the history key drops them, metadata.toml turns the transaction off', () => {
    const read = readFixture('diesel');
    const file = read.files[1];
    assert.equal(file?.version, '2019-02-11-012946');
    assert.equal(file?.historyKey, '20190211012946');
    assert.equal(file?.path, 'migrations/2019-02-11-012946_create_customers/up.sql');
    assert.equal(file?.downPath, 'migrations/2019-02-11-012946_create_customers/down.sql');
    assert.match(read.files.find((f) => !f.transactional)?.notes.join() ?? '', /run_in_transaction = false/);
  });

  it('prisma records the folder name, supabase the timestamp', () => {
    assert.equal(readFixture('prisma').files[0]?.historyKey, '20230106100100_create_customers');
    assert.equal(readFixture('supabase').files[0]?.historyKey, '20230107100100');
    assert.deepEqual(readFixture('prisma').ignored.map((i) => i.path), ['prisma/migrations/migration_lock.toml']);
  });
});

describe('versions with separators are read whole and ordered as their tool orders them', () => {
  const sorted = (tool: LayoutName, versions: string[]) => {
    const read = LAYOUT_READERS[tool](makeTree({ 'x/.keep': '' }), 'x');
    return [...versions].sort(read.compareVersions);
  };
  it('flyway: dots and underscores separate numeric parts, compared as numbers', () => {
    assert.deepEqual(sorted('flyway', ['2', '1.10', '1.9', '1_2', '1.1', '0001.0.1']), ['0001.0.1', '1.1', '1_2', '1.9', '1.10', '2']);
  });
  it('golang-migrate, goose and dbmate: one integer, 10 after 9 whatever the padding', () => {
    for (const tool of ['golang-migrate', 'goose', 'dbmate'] as const) assert.deepEqual(sorted(tool, ['10', '9', '0002']), ['0002', '9', '10']);
  });
  it('diesel: dates with dashes are one version, in the order of their recorded text', () => {
    assert.deepEqual(sorted('diesel', ['2019-02-26-002946', '2019-02-03-120000', '00000000000000']), ['00000000000000', '2019-02-03-120000', '2019-02-26-002946']);
  });
  it('node-pg-migrate: a 17-digit prefix is a UTC time with milliseconds', () => {
    assert.deepEqual(sorted('node-pg-migrate', ['20230105100000002_b', '1672912800001_a', '1672912800000_c']), ['1672912800000_c', '1672912800001_a', '20230105100000002_b']);
  });
  it('a date version is never read as its first number: two dates of one year are two versions', () => {
    const root = makeTree({
      'migrations/2019-02-26-002946_a/up.sql': 'SELECT 1;\n',
      'migrations/2019-03-01-000000_b/up.sql': 'SELECT 2;\n',
    });
    const read = LAYOUT_READERS.diesel(root, 'migrations');
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.files.map((f) => f.version), ['2019-02-26-002946', '2019-03-01-000000']);
  });
});

/** The one problem a tree gives: a config error (exit 2) naming the file, and the version when it has one. */
function onlyProblem(read: LayoutRead): PromoteError {
  assert.equal(read.problems.length, 1, read.problems.map((p) => p.message).join('\n'));
  const problem = read.problems[0] as PromoteError;
  assert.ok(problem instanceof PromoteError);
  assert.equal(problem.kind, 'config');
  assert.equal(exitCodeFor(problem.kind), 2);
  return problem;
}

describe('bad trees: every problem names the file (and the version), exit 2', () => {
  const read = (tool: LayoutName, files: Record<string, string>, folder = 'm') => LAYOUT_READERS[tool](makeTree(files), folder);

  it('a file that fits no pattern of its layout', () => {
    const cases: Array<[LayoutName, Record<string, string>, string, RegExp]> = [
      ['flyway', { 'm/V1_init.sql': 'SELECT 1;' }, 'm/V1_init.sql', /fits none of Flyway's patterns/],
      ['golang-migrate', { 'm/1_init.sql': 'SELECT 1;' }, 'm/1_init.sql', /<version>_<name>\.up\.sql/],
      ['dbmate', { 'm/init.sql': 'SELECT 1;' }, 'm/init.sql', /does not start with a version/],
      ['goose', { 'm/00001_init.go': 'package migrations' }, 'm/00001_init.go', /a Go migration/],
      ['node-pg-migrate', { 'm/1672912800000_init.js': 'exports.up = () => {}' }, 'm/1672912800000_init.js', /JavaScript/],
      ['diesel', { 'm/2019-02-26-002946_init/down.sql': 'SELECT 1;' }, 'm/2019-02-26-002946_init', /has no up\.sql/],
      ['prisma', { 'm/20230101000000_init/steps.sql': 'SELECT 1;' }, 'm/20230101000000_init', /has no migration\.sql/],
      ['supabase', { 'm/init.sql': 'SELECT 1;' }, 'm/init.sql', /<timestamp>_<name>\.sql/],
      ['pg-promote', { 'm/init.sql': 'SELECT 1;' }, 'm/init.sql', /does not start with a version number/],
    ];
    for (const [tool, files, file, message] of cases) {
      const problem = onlyProblem(read(tool, files));
      assert.equal(problem.context.file, file, tool);
      assert.match(problem.message, message, tool);
    }
  });

  it('a version written twice', () => {
    const cases: Array<[LayoutName, Record<string, string>, string]> = [
      ['flyway', { 'm/V1__a.sql': 'SELECT 1;', 'm/V1.0__b.sql': 'SELECT 1;' }, '1'],
      ['golang-migrate', { 'm/1_a.up.sql': 'SELECT 1;', 'm/001_b.up.sql': 'SELECT 1;' }, '1'],
      ['goose', { 'm/1_a.sql': '-- +goose Up\nSELECT 1;', 'm/0001_b.sql': '-- +goose Up\nSELECT 1;' }, '1'],
      ['dbmate', { 'm/20230101000000_a.sql': '-- migrate:up\nSELECT 1;', 'm/20230101000000_b.sql': '-- migrate:up\nSELECT 1;' }, '20230101000000'],
      ['diesel', { 'm/2019-02-26-002946_a/up.sql': 'SELECT 1;', 'm/20190226002946_b/up.sql': 'SELECT 1;' }, '20190226002946'],
      ['supabase', { 'm/20230101000000_a.sql': 'SELECT 1;', 'm/20230101000000_b.sql': 'SELECT 1;' }, '20230101000000'],
      ['pg-promote', { 'm/001_a.sql': 'SELECT 1;', 'm/1_b.sql': 'SELECT 1;' }, '1'],
    ];
    for (const [tool, files, version] of cases) {
      const problem = onlyProblem(read(tool, files));
      assert.match(problem.message, /is written twice: /, tool);
      assert.equal(problem.context.version, version, tool);
    }
  });

  it('a down without its up, SQL a tool would never run, an annotation pg-promote cannot honour', () => {
    const cases: Array<[LayoutName, Record<string, string>, RegExp]> = [
      ['golang-migrate', { 'm/1_a.up.sql': 'SELECT 1;', 'm/2_b.down.sql': 'SELECT 1;' }, /down for version 2, which no \.up\.sql file has/],
      ['flyway', { 'm/V1__a.sql': 'SELECT 1;', 'm/U2__b.sql': 'SELECT 1;' }, /undo for version 2, which no V file has/],
      ['dbmate', { 'm/1_a.sql': 'SELECT 1;\n-- migrate:up\nSELECT 2;' }, /SQL before -- migrate:up/],
      ['dbmate', { 'm/1_a.sql': '-- migrate:up transaction:maybe\nSELECT 2;' }, /unknown dbmate migration option 'transaction:maybe'/],
      ['dbmate', { 'm/1_a.sql': 'CREATE TABLE t ();' }, /no -- migrate:up line/],
      ['goose', { 'm/1_a.sql': '-- +goose Up\n-- +goose ENVSUB ON\nSELECT ${X};' }, /ENVSUB ON/],
      ['goose', { 'm/1_a.sql': '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\n' }, /has no StatementEnd/],
      ['goose', { 'm/1_a.sql': '-- +goose Up\n-- +goose NO TRANSACTOIN\nSELECT 1;' }, /unknown goose annotation/],
      ['node-pg-migrate', { 'm/1_a.sql': 'SELECT 1;\n-- Down Migration\nSELECT 2;' }, /Down Migration without -- Up Migration/],
      ['pg-promote', { 'm/1_a.sql': '-- pg-promote:no-transactoin\nSELECT 1;' }, /unknown directive/],
      ['flyway', { 'm/V1__a.sql': 'SELECT 1;', 'm/V1__a.sql.conf': 'executeInTransaction=nope' }, /must be true or false/],
      ['diesel', { 'm/2019-02-26-002946_a/up.sql': 'SELECT 1;', 'm/2019-02-26-002946_a/metadata.toml': 'run_in_transaction = "no"' }, /must be true or false/],
    ];
    for (const [tool, files, message] of cases) assert.match(onlyProblem(read(tool, files)).message, message, tool);
  });

  it('sqitch: a planned change without its deploy script, a deploy script the plan does not name, a change planned twice with no tag between', () => {
    const plan = (lines: string) => `%syntax-version=1.0.0\n%project=p\n\n${lines}`;
    const missing = onlyProblem(read('sqitch', { 'm/sqitch.plan': plan('a 2023-01-01T00:00:00Z A <a@b.c> # A\n') }));
    assert.equal(missing.context.file, 'm/deploy/a.sql');
    assert.equal(missing.context.version, 'a');
    const unplanned = onlyProblem(read('sqitch', { 'm/sqitch.plan': plan(''), 'm/deploy/stray.sql': 'SELECT 1;' }));
    assert.equal(unplanned.context.file, 'm/deploy/stray.sql');
    const twice = onlyProblem(read('sqitch', { 'm/sqitch.plan': plan('a 2023-01-01T00:00:00Z A <a@b.c>\na 2023-01-02T00:00:00Z A <a@b.c>\n'), 'm/deploy/a.sql': 'SELECT 1;' }));
    assert.match(twice.message, /planned twice with no tag between/);
  });

  it('a link leading outside the repository is refused, naming it', () => {
    const outside = makeTree({ 'secret.sql': 'DROP TABLE precious;' });
    const root = makeTree({ 'm/V1__a.sql': 'SELECT 1;' });
    symlinkSync(path.join(outside, 'secret.sql'), path.join(root, 'm/V2__b.sql'));
    const problem = onlyProblem(LAYOUT_READERS.flyway(root, 'm'));
    assert.equal(problem.context.file, 'm/V2__b.sql');
    assert.match(problem.message, /leads outside the repository root/);
  });

  it('sqitch: a reworked change’s scripts are found under any tag between its instances', () => {
    const root = makeTree({
      'm/sqitch.plan': '%project=p\n\nf 2023-01-01T00:00:00Z A <a@b.c>\n@v1 2023-01-02T00:00:00Z A <a@b.c>\ng 2023-01-03T00:00:00Z A <a@b.c>\n@v2 2023-01-04T00:00:00Z A <a@b.c>\nf [f@v2] 2023-01-05T00:00:00Z A <a@b.c>\n',
      'm/deploy/f@v2.sql': 'SELECT 1;',
      'm/deploy/g.sql': 'SELECT 2;',
      'm/deploy/f.sql': 'SELECT 3;',
    });
    const read = LAYOUT_READERS.sqitch(root, 'm');
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.files.map((f) => f.path), ['m/deploy/f@v2.sql', 'm/deploy/g.sql', 'm/deploy/f.sql']);
  });

  it('a missing folder names it', () => {
    for (const tool of LAYOUT_NAMES) {
      const problem = onlyProblem(LAYOUT_READERS[tool](makeTree({}), 'nowhere'));
      assert.match(problem.context.file ?? '', /^nowhere/, tool);
    }
  });

  it('an unknown layout name is a config error naming it and the known ones', () => {
    assert.throws(
      () => layoutReader('liquibase', 'phases.app.layout'),
      (err: unknown) => err instanceof PromoteError && err.kind === 'config' && /unknown layout 'liquibase' \(known: pg-promote, flyway, /.test(err.message) && err.context.key === 'phases.app.layout',
    );
    assert.equal(layoutReader('goose'), LAYOUT_READERS.goose);
  });
});

describe('a tool without a per-file marker: a statement PostgreSQL refuses in a transaction block runs without one', () => {
  it('golang-migrate, node-pg-migrate, Prisma, Supabase and Flyway (which detects it on PostgreSQL)', () => {
    const index = 'CREATE INDEX CONCURRENTLY i ON t (c);\n';
    const cases: Array<[LayoutName, Record<string, string>]> = [
      ['golang-migrate', { 'm/1_i.up.sql': index }],
      ['node-pg-migrate', { 'm/1_i.sql': `-- Up Migration\n${index}` }],
      ['prisma', { 'm/20230101000000_i/migration.sql': index }],
      ['supabase', { 'm/20230101000000_i.sql': index }],
      ['flyway', { 'm/V1__i.sql': index }],
    ];
    for (const [tool, files] of cases) {
      const [file] = LAYOUT_READERS[tool](makeTree(files), 'm').files;
      assert.equal(file?.transactional, false, tool);
      assert.match(file?.notes.join() ?? '', /holds CREATE INDEX CONCURRENTLY, which cannot run in a transaction block: runs without one/, tool);
    }
    const [plain] = LAYOUT_READERS.supabase(makeTree({ 'm/20230101000000_i.sql': 'CREATE INDEX i ON t (c);' }), 'm').files;
    assert.deepEqual([plain?.transactional, plain?.notes], [true, []]);
  });

  it('Flyway: a placeholder is said, not replaced', () => {
    const [file] = LAYOUT_READERS.flyway(makeTree({ 'm/V1__grant.sql': 'GRANT SELECT ON t TO ${reader};' }), 'm').files;
    assert.match(file?.notes.join() ?? '', /holds \$\{reader\}: Flyway replaces placeholders, pg-promote runs the text as written/);
    assert.equal(file?.upSql, 'GRANT SELECT ON t TO ${reader};');
  });
});

describe('what readers decide without lexing agrees with the lexer', () => {
  it('every statement PostgreSQL refuses in a transaction block holds a hint word, so no such file skips the lexer', () => {
    for (const statement of NO_TRANSACTION_STATEMENTS) assert.match(statement.example, NO_TRANSACTION_HINT, statement.name);
  });

  it('a text is empty exactly when the splitter finds no statement in it', () => {
    const piece = fc.constantFrom('-- note\n', '--x', ' ', '\n', '\t', ';', 'SELECT 1', "'--x'", '/* c */', '/* a /* b */ c */', '\u00a0', '\\set x 1\n', '$$ -- $$', 'x', '"--"');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const sql = pieces.join('');
      assert.equal(isEmptySql(sql), splitStatements(sql).statements.length === 0, JSON.stringify(sql));
    }), { numRuns: 2000 });
  });
});

describe('empty and comment-only files are no-ops with a note in every layout', () => {
  it('pg-promote: an empty file, a DOWN folder, the no-transaction directive', () => {
    const root = makeTree({
      'db/m/001_a.sql': '',
      'db/m/002_b.sql': '-- pg-promote:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);\n',
      'db/m/010_c.sql': '-- only a comment\n',
      'db/DOWN/002_b.sql': 'DROP INDEX i;\n',
    });
    const read = LAYOUT_READERS['pg-promote'](root, 'db/m', { downFolder: 'db/DOWN' });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.files.map((f) => [f.version, f.transactional, f.notes.includes(EMPTY_NOTE), f.downPath]), [
      ['1', true, true, undefined],
      ['2', false, false, 'db/DOWN/002_b.sql'],
      ['10', true, true, undefined],
    ]);
  });
  it('goose, dbmate and node-pg-migrate accept a file with no markers at all when it holds no SQL', () => {
    for (const tool of ['goose', 'dbmate', 'node-pg-migrate'] as const) {
      const read = LAYOUT_READERS[tool](makeTree({ 'm/1_a.sql': '-- nothing here yet\n' }), 'm');
      assert.deepEqual(read.problems, [], tool);
      assert.deepEqual(read.files[0]?.notes, [EMPTY_NOTE], tool);
    }
  });
});

// Started here, at the top, so it lives as long as the file's tests (not one test's).
const server = await testServer();

let reference: Promise<string> | undefined;
/** The schema golang-migrate's tree builds when psql applies it: what every other tree must build. */
function referenceDump(): Promise<string> {
  reference ??= (async () => {
    const url = await server.createDatabase('layout_reference');
    for (const file of readFixture('golang-migrate').files) await psql(url, file.upSql, file.transactional);
    return schemaDump(url);
  })();
  return reference;
}

describe('the fixtures are real SQL: psql applies each tree as its reader splits it, then reverts it', () => {
  it('every tree builds the same schema, and its downs in reverse leave nothing behind', async () => {
    const expected = await referenceDump();
    assert.match(expected, /CREATE TABLE app\.order_lines/);
    assert.match(expected, /CREATE INDEX customers_created_at_idx/);
    for (const tool of Object.keys(FIXTURE_FOLDERS) as Array<keyof typeof FIXTURE_FOLDERS>) {
      const read = readFixture(tool);
      const url = await server.createDatabase(`layout_${tool.replace(/-/g, '_')}`);
      for (const file of read.files) {
        await psql(url, file.upSql, file.transactional).catch((err: Error) => assert.fail(`${file.path}: ${err.message}`));
      }
      const downs = [...read.files].reverse().filter((f) => f.downSql !== undefined);
      if (tool === 'sqitch') {
        // The reworked change's revert puts back the function as the other tools wrote it.
        const last = downs.shift();
        await psql(url, last?.downSql ?? '', last?.downTransactional ?? true);
      }
      assert.equal(schemaDump(url), expected, `${tool} builds the schema the reference tree built`);
      if (WITHOUT_DOWNS.has(tool)) continue;
      for (const file of downs) {
        await psql(url, file.downSql ?? '', file.downTransactional ?? true).catch((err: Error) => assert.fail(`${file.downPath}: ${err.message}`));
      }
      const left = await server.query(url, `SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = 'app')::int AS schemas, (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)::int AS functions`);
      assert.deepEqual(left.rows[0], { schemas: 0, functions: 0 }, `${tool}: the downs undo every up`);
    }
  });
});

describe('the fixtures are what the tools themselves run (the real dbmate and node-pg-migrate, both devDependencies)', () => {
  const bin = (name: string) => path.join(import.meta.dirname, '..', 'node_modules', '.bin', name);
  const run = (command: string, args: string[], cwd: string, vars: NodeJS.ProcessEnv) =>
    execFileSync(command, args, { cwd, env: { ...vars, HOME: process.env.HOME }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('dbmate applies its tree (transaction:false and the empty migration included) to the reference schema', async () => {
    const url = await server.createDatabase('layout_real_dbmate');
    const databaseUrl = new URL(url);
    databaseUrl.searchParams.set('sslmode', 'disable');
    run(bin('dbmate'), ['--no-dump-schema', '--migrations-dir', FIXTURE_FOLDERS.dbmate, 'migrate'], path.join(FIXTURES, 'dbmate'), { ...pgEnv(url), DATABASE_URL: databaseUrl.toString() });
    assert.equal(schemaDump(url), await referenceDump());
    const applied = await server.query(url, 'SELECT version FROM public.schema_migrations ORDER BY version');
    assert.deepEqual(applied.rows.map((r) => r.version), readFixture('dbmate').files.map((f) => f.historyKey), 'what dbmate records is each file’s history key');
  });

  it('node-pg-migrate applies its tree to the reference schema and records each file’s history key', async () => {
    const url = await server.createDatabase('layout_real_npm');
    run(bin('node-pg-migrate'), ['up', '-m', FIXTURE_FOLDERS['node-pg-migrate'], '--no-verbose'], path.join(FIXTURES, 'node-pg-migrate'), { ...pgEnv(url), DATABASE_URL: url });
    assert.equal(schemaDump(url), await referenceDump());
    const applied = await server.query(url, 'SELECT name FROM public.pgmigrations ORDER BY run_on, id');
    assert.deepEqual(applied.rows.map((r) => r.name), readFixture('node-pg-migrate').files.map((f) => f.historyKey));
  });
});
