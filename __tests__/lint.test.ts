import assert from 'node:assert/strict';
import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lintAnnotations } from '../src/lint/annotations.js';
import { RULES } from '../src/lint/rules/index.js';
import type { LintFinding, LintReport } from '../src/lint/types.js';
import { lintMarkdown } from '../src/report/lint-text.js';
import { cli, cliJson, REPO_ROOT } from './harness/cli.js';
import { makeTree } from './harness/tree.js';

/** One phase without a down folder, so only the rule under test speaks. */
const CONFIG = `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
`;

const DIR = 'db/migrations/app';

async function lintFiles(files: Record<string, string | Buffer>, args: string[] = []) {
  const tree: Record<string, string | Buffer> = { 'db/promotion.yml': CONFIG };
  for (const [name, content] of Object.entries(files)) tree[name.includes('/') ? name : `${DIR}/${name}`] = content;
  const run = await cliJson(makeTree(tree), ['lint', ...args]);
  const report = run.result.lint as LintReport;
  return { ...run, report };
}

/** "file:line:column rule" for each finding: compact, and exact about where. */
const at = (findings: readonly LintFinding[]) => findings.map((f) => `${f.file.split('/').pop()}:${f.line}:${f.column} ${f.rule}`);

describe('lint', () => {
  test('each finding names file, line, column, rule, severity and a fix that says what to write instead', async () => {
    const { code, report, result } = await lintFiles({
      '001_tables.sql': 'CREATE TABLE app.orders (id bigint, total bigint);\n',
      '002_index.sql': '-- an index\n\nCREATE INDEX orders_total_idx\n  ON app.orders (total);\n',
    });
    assert.equal(code, 0);
    assert.equal(result.ok, true);
    assert.deepEqual(at(report.findings), ['002_index.sql:3:1 create-index-not-concurrently']);
    const [finding] = report.findings;
    assert.equal(finding?.severity, 'warning');
    assert.equal(finding?.phase, 'app');
    assert.equal(finding?.file, 'db/migrations/app/002_index.sql');
    assert.match(finding?.message ?? '', /app\.orders without CONCURRENTLY blocks every write/);
    assert.match(finding?.fix ?? '', /CREATE INDEX CONCURRENTLY .*-- pg-promote:no-transaction/);
    assert.equal(report.filesLinted, 2);
  });

  test('an error finding fails the run (exit 1, kind check) naming the first error\'s file and line', async () => {
    // The rules' own cases: lint-rules/needs-no-transaction.test.ts and lint-rules/parse-error.test.ts.
    const { code, report, result } = await lintFiles({
      '001_tx.sql': 'CREATE INDEX CONCURRENTLY t_a ON app.t (a);\nDROP INDEX CONCURRENTLY app.t_b;\nREINDEX INDEX CONCURRENTLY app.t_c;\n',
      '002_notx.sql': '-- pg-promote:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON app.t (a);\nDROP INDEX CONCURRENTLY IF EXISTS app.t_b;\n',
    });
    assert.equal(report.findings.length, 3);
    assert.equal(code, 1);
    assert.equal(result.error?.kind, 'check');
    assert.equal(result.error?.file, 'db/migrations/app/001_tx.sql');
    assert.equal(result.error?.line, 1);
    const parse = await lintFiles({ '001.sql': 'ALTER TABLE app.t ADD COLUMN;\n', '002.sql': "SELECT 'unterminated;\n" });
    assert.equal(parse.code, 1);
    assert.deepEqual(at(parse.report.findings), ['001.sql:1:29 parse-error', '002.sql:1:8 parse-error']);
  });

  test('DROP TABLE, DROP COLUMN and TRUNCATE are errors until the file acknowledges them with a reason, which the report keeps', async () => {
    const bad = await lintFiles({ '001.sql': 'DROP TABLE app.old;\nALTER TABLE app.t DROP COLUMN legacy;\nTRUNCATE app.buffer;\n' });
    assert.equal(bad.code, 1);
    assert.deepEqual(bad.report.findings.map((f) => `${f.line} ${f.rule} ${f.severity}`), ['1 drop-table error', '2 drop-column error', '3 truncate error']);

    const acknowledged = await lintFiles({
      '001.sql': [
        '-- pg-promote-lint: allow drop-table reason: unused since 4.2 (OPS-118)',
        'DROP TABLE app.old;',
        'ALTER TABLE app.t DROP COLUMN legacy; -- pg-promote-lint: allow drop-column reason: moved to app.t_legacy',
        '-- pg-promote-lint: allow truncate reason: staging buffer, refilled nightly',
        'TRUNCATE app.buffer;',
      ].join('\n'),
    });
    assert.equal(acknowledged.code, 0);
    assert.deepEqual(acknowledged.report.findings, []);
    assert.deepEqual(acknowledged.report.exceptions.map((e) => `${e.line} ${e.rule}: ${e.reason}`), [
      '2 drop-table: unused since 4.2 (OPS-118)',
      '3 drop-column: moved to app.t_legacy',
      '5 truncate: staging buffer, refilled nightly',
    ]);
    const text = await cli(makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: '-- pg-promote-lint: allow drop-table reason: unused since 4.2\nDROP TABLE app.old;\n' }), ['lint']);
    assert.match(text.stdout, /1 exception allowed in the files/);
    assert.match(text.stdout, /001\.sql:2:1 {2}drop-table {2}reason: unused since 4\.2/);
  });

  test('an exception covers only the statement below it; without a reason or for an unknown rule it is an error; unused it is a warning', async () => {
    const { report } = await lintFiles({
      '001.sql': [
        '-- pg-promote-lint: allow drop-table reason: only the next statement',
        'DROP TABLE app.a;',
        'DROP TABLE app.b;',
        '-- pg-promote-lint: allow drop-table',
        '-- pg-promote-lint: allow no-such-rule reason: typo',
        '-- pg-promote-lint: allow parse-error reason: cannot be allowed',
        '-- pg-promote-lint: allow rename-table reason: nothing renamed below',
        'SELECT 1;',
      ].join('\n'),
    });
    assert.deepEqual(at(report.findings), [
      '001.sql:3:1 drop-table',
      '001.sql:4:1 lint-exception-invalid',
      '001.sql:5:1 lint-exception-invalid',
      '001.sql:6:1 lint-exception-invalid',
      '001.sql:7:1 lint-exception-unused',
    ]);
    assert.match(report.findings[2]?.message ?? '', /unknown lint rule 'no-such-rule'/);
    assert.match(report.findings[3]?.message ?? '', /cannot be allowed/);
    assert.deepEqual(report.exceptions.map((e) => e.line), [2]);
  });

  test('a file that cannot be read is one finding naming it, and the files around it are still linted', async () => {
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001_a.sql`]: 'ALTER TABLE app.t ADD COLUMN;\n',
      [`${DIR}/003_c.sql`]: 'REINDEX TABLE app.t;\n',
      'db/not-a-file/keep.txt': 'x',
    });
    // A link to a folder: listed as a migration, unreadable as one (EISDIR).
    symlinkSync(path.join(root, 'db/not-a-file'), path.join(root, DIR, '002_b.sql'));
    const { code, result } = await cliJson(root, ['lint']);
    const report = result.lint as LintReport;
    assert.equal(code, 1);
    assert.deepEqual(at(report.findings), ['001_a.sql:1:29 parse-error', '002_b.sql:1:1 invalid-file', '003_c.sql:1:1 reindex-not-concurrently']);
    assert.match(report.findings[1]?.message ?? '', /cannot read file/);
    assert.deepEqual(report.skipped.map((s) => s.file), ['db/migrations/app/002_b.sql']);
  });

  test('column positions count characters after non-ASCII text, also inside ALTER TABLE subcommands', async () => {
    const comment = "COMMENT ON TABLE app.t IS 'naïve ☃ 𝄞'; ";
    const { report } = await lintFiles({
      '001.sql': `${comment}CREATE INDEX t_a ON app.t (a);\n-- ünïcode\nALTER TABLE app."tä" ADD COLUMN x int, -- comment, with a comma\n  ALTER COLUMN b SET NOT NULL;\n`,
    });
    assert.deepEqual(at(report.findings), [
      `001.sql:1:${[...comment].length + 1} create-index-not-concurrently`,
      '001.sql:4:18 set-not-null-without-check',
    ]);
  });

  test('non-SQL files, other encodings and oversized files are findings on that file, and the others are still linted', async () => {
    const { code, report } = await lintFiles({
      'README.md': '# notes',
      '.gitkeep': '',
      'notes.sql.txt': 'DROP TABLE app.t;',
      '001_utf16.sql': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SELECT 1;\n', 'utf16le')]),
      '002_latin1.sql': Buffer.from('-- caf\xe9\nSELECT 1;\n', 'latin1'),
      '003_huge.sql': Buffer.alloc(50 * 1024 * 1024 + 1, 0x20),
      '004_ok.sql': 'CREATE INDEX t_a ON app.t (a);\n',
      '004_same_version.sql': 'SELECT 1;\n',
      'no_version.sql': 'SELECT 1;\n',
      '005_empty.sql': '-- nothing\n',
    });
    assert.equal(code, 1);
    assert.deepEqual(at(report.findings), [
      '004_same_version.sql:1:1 invalid-file',
      // Names in code-unit order, the same on every machine: capitals first.
      'README.md:1:1 non-sql-file',
      'no_version.sql:1:1 invalid-file',
      'notes.sql.txt:1:1 non-sql-file',
      '001_utf16.sql:1:1 invalid-file',
      '002_latin1.sql:1:1 invalid-file',
      '003_huge.sql:1:1 invalid-file',
      '004_ok.sql:1:1 create-index-not-concurrently',
      // 005_empty.sql: migrate applies it as a no-op and records it, so it is no finding.
    ]);
    const why = (name: string) => report.findings.find((f) => f.file.endsWith(name))?.message ?? '';
    assert.match(why('001_utf16.sql'), /UTF-16/);
    assert.match(why('002_latin1.sql'), /not valid UTF-8/);
    assert.match(why('003_huge.sql'), /file is 50\.0 MiB; the limit is 50 MiB/);
    assert.equal(report.filesLinted, 2);
    assert.equal(report.skipped.length, 7);
  });

  test('--phase lints only the named phases; an unknown phase is a usage error', async () => {
    const root = makeTree({
      'db/promotion.yml': `${CONFIG}  - name: other\n    schema: other\n    migrations: db/migrations/other\n`,
      [`${DIR}/001.sql`]: 'DROP TABLE app.t;\n',
      'db/migrations/other/001.sql': 'CREATE INDEX o_a ON other.t (a);\n',
    });
    const other = await cliJson(root, ['lint', '--phase', 'other']);
    assert.equal(other.code, 0);
    assert.deepEqual(at(other.result.lint?.findings ?? []), ['001.sql:1:1 create-index-not-concurrently']);
    assert.equal(other.result.lint?.findings[0]?.phase, 'other');
    const unknown = await cli(root, ['lint', '--phase', 'nope']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown phase 'nope'/);
  });

  test('human output: a headline, then each finding with its place, message and fix', async () => {
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: 'ALTER TABLE app.t ALTER COLUMN a TYPE bigint;\n' });
    const run = await cli(root, ['lint']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^lint: 1 file linted, 0 errors, 1 warning \(without a database: every file counts as pending, table sizes unknown\); verdicts for PostgreSQL 13 \(lint.postgres_version\)$/m);
    assert.match(run.stdout, /^ {2}warning db\/migrations\/app\/001\.sql:1:34 {2}alter-column-type$/m);
    assert.match(run.stdout, /^ {10}fix: Add a new column of the new type/m);
  });

  test('the approvers\' plan section and the annotations carry every finding, exception and fix', async () => {
    const { report } = await lintFiles({
      '001.sql': 'DROP TABLE app.a;\nCREATE INDEX t_a ON app.t (a);\n-- pg-promote-lint: allow truncate reason: buffer | refilled\nTRUNCATE app.b;\n',
    });
    const markdown = lintMarkdown(report);
    assert.match(markdown, /^### Migration lint$/m);
    assert.match(markdown, /\| error \| `db\/migrations\/app\/001\.sql:1:1` \| drop-table \|/);
    assert.match(markdown, /#### Allowed by exceptions in the files/);
    assert.match(markdown, /\| truncate \| .* \| buffer \\\| refilled \|/);
    assert.deepEqual(
      lintAnnotations(report).map((a) => `${a.level} ${a.line}:${a.column} ${a.priority}`),
      ['error 1:1 2', 'warning 2:1 3'],
    );
  });

  test('every rule has its cases in its own test file, and every such file is a rule\'s', () => {
    const files = readdirSync(path.join(REPO_ROOT, '__tests__/lint-rules')).map((f) => f.replace(/\.test\.ts$/, '')).sort();
    assert.deepEqual(files, RULES.map((r) => r.id).sort());
  });

  test('every rule has an id, a severity, a summary and a fix', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.summary.length > 20 && rule.fix.length > 20, rule.id);
    }
  });

  test('lint.since skips a phase\'s history: files up to that version are not linted, yet what they built still counts', async () => {
    const root = makeTree({
      'db/promotion.yml': `${CONFIG}    lint:\n      since: 002\n`,
      [`${DIR}/001_old.sql`]: 'CREATE TABLE app.t (a int);\nBEGIN;\nDROP TABLE app.gone;\nCOMMIT;\n',
      [`${DIR}/002_old.sql`]: 'ALTER TABLE app.t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL) NOT VALID;\nALTER TABLE app.t VALIDATE CONSTRAINT t_a_nn;\n',
      [`${DIR}/003_new.sql`]: 'ALTER TABLE app.t ALTER COLUMN a SET NOT NULL;\nDROP TABLE app.later;\n',
    });
    const { code, result } = await cliJson(root, ['lint']);
    assert.equal(code, 1);
    assert.deepEqual(at(result.lint?.findings ?? []), ['003_new.sql:2:1 drop-table']);
    assert.equal(result.lint?.filesLinted, 1);
    assert.equal(result.lint?.history, 2);
    const text = await cli(root, ['lint']);
    assert.match(text.stdout, /^lint: 1 file linted, 1 error, 0 warnings, 2 files of history \(lint\.since\) not linted /m);
  });

  test('lint.since is read in the layout\'s own order: a diesel date', async () => {
    const root = makeTree({
      'db/promotion.yml': 'phases:\n  - name: app\n    schema: app\n    layout: diesel\n    migrations: migrations\n    lint:\n      since: 2019-02-01-000001\n',
      'migrations/2019-01-01-000001_a/up.sql': 'CREATE TABLE app.t (a int);\nDROP TABLE app.old;\n',
      'migrations/2019-02-01-000001_b/up.sql': 'DROP TABLE app.older;\n',
      'migrations/2019-03-01-000001_c/up.sql': 'DROP TABLE app.later;\n',
    });
    for (const dir of ['2019-01-01-000001_a', '2019-02-01-000001_b', '2019-03-01-000001_c']) writeFileSync(path.join(root, 'migrations', dir, 'down.sql'), 'SELECT 1;\n');
    const { code, result } = await cliJson(root, ['lint']);
    assert.equal(code, 1);
    assert.deepEqual((result.lint?.findings ?? []).map((f) => `${f.file} ${f.rule}`), ['migrations/2019-03-01-000001_c/up.sql drop-table']);
    assert.equal(result.lint?.history, 2);
  });

  test('lint.disable and per-path lint.overrides switch rules off without editing a file', async () => {
    const files = {
      [`${DIR}/001_legacy.sql`]: 'CREATE INDEX t_a ON app.t (a);\nDROP TABLE app.old;\n',
      [`${DIR}/002_new.sql`]: 'CREATE INDEX t_b ON app.t (b);\nDROP TABLE app.older;\nALTER TABLE app.t RENAME COLUMN c TO d;\n',
    };
    const plain = await cliJson(makeTree({ 'db/promotion.yml': CONFIG, ...files }), ['lint']);
    assert.equal(plain.code, 1);
    assert.equal(plain.result.lint?.findings.length, 5);
    const config = `${CONFIG}lint:\n  disable: [rename-column]\n  overrides:\n    - paths: ['${DIR}/001_*.sql']\n      disable: [drop-table, create-index-not-concurrently]\n`;
    const { code, result } = await cliJson(makeTree({ 'db/promotion.yml': config, ...files }), ['lint']);
    assert.equal(code, 1);
    assert.deepEqual(at(result.lint?.findings ?? []), ['002_new.sql:1:1 create-index-not-concurrently', '002_new.sql:2:1 drop-table']);
    // Counted in the report, never silent.
    assert.equal(result.lint?.disabled, 3);
    assert.equal(plain.result.lint?.disabled, undefined);
  });

  test('lint config naming an unknown rule, a rule migrate enforces, or a bad version is a config error (exit 2) naming the key', async () => {
    const cases: Array<[string, RegExp]> = [
      [`${CONFIG}lint:\n  disable: [drop-tabel]\n`, /lint\.disable\.0: unknown lint rule 'drop-tabel'/],
      [`${CONFIG}lint:\n  overrides:\n    - paths: ['**']\n      disable: [parse-error]\n`, /lint\.overrides\.0\.disable\.0: lint rule 'parse-error' cannot be disabled/],
      [`${CONFIG}    lint:\n      since: v12\n`, /'v12' is not a version of phase 'app'/],
    ];
    for (const [config, message] of cases) {
      const run = await cli(makeTree({ 'db/promotion.yml': config, [`${DIR}/001.sql`]: 'SELECT 1;\n' }), ['lint']);
      assert.equal(run.code, 2, config);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /db\/promotion\.yml/);
    }
  });
});
