import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fallbackTargets } from '../src/boundary/fallback.js';
import { CORPUS, EXPECTED } from './harness/boundary-corpus.js';
import { cli, cliJson } from './harness/cli.js';
import { makeTree, onePhaseConfig, withSampleConfig } from './harness/tree.js';

const found = (result: Awaited<ReturnType<typeof cliJson>>['result']) =>
  (result.boundary?.findings ?? []).map((f) => `${f.file}:${f.line} ${f.kind} ${f.object}`).sort();

/** The runbook's Phase 3 job, exactly as it would run in CI. */
function runbookJob(cwd: string): number {
  const script = ['! grep -r "INSERT INTO eng_" apps/vh/ || exit 1', '! grep -r "UPDATE eng_" apps/vh/ || exit 1', '! grep -r "DELETE FROM eng_" apps/vh/ || exit 1'].join('\n');
  return spawnSync('bash', ['-c', script], { cwd, stdio: 'ignore' }).status ?? -1;
}

describe('boundary-check: what counts as a write', () => {
  test('finds every write in the corpus at its line, and none of the decoys', async () => {
    const { code, result } = await cliJson(CORPUS, ['boundary-check']);
    assert.equal(code, 1);
    assert.equal(result.error?.kind, 'check');
    assert.deepEqual(found(result), [...EXPECTED].sort());
    assert.deepEqual(result.boundary!.skipped, { documentation: 1 });
  });

  test("the runbook's three greps miss most of the corpus's writes and flag its decoys", async () => {
    const grep = spawnSync('grep', ['-rn', '-e', 'INSERT INTO eng_', '-e', 'UPDATE eng_', '-e', 'DELETE FROM eng_', 'apps/vh/'], { cwd: CORPUS, encoding: 'utf8' });
    const flagged = new Set(grep.stdout.split('\n').filter(Boolean).map((l) => l.split(':').slice(0, 2).join(':')));
    const writeLines = new Set(EXPECTED.map((w) => w.split(' ')[0]!));
    const caught = [...writeLines].filter((l) => flagged.has(l));
    const falseAlarms = [...flagged].filter((l) => !writeLines.has(l));
    assert.ok(caught.length <= 3, `grep caught ${caught.join(', ')}`);
    assert.ok(writeLines.size - caught.length >= 45, 'this check finds at least 45 writes grep misses');
    assert.ok(falseAlarms.length >= 5, `grep flags comments, log lines and docs: ${falseAlarms.join(', ')}`);
  });

  test('a lower-case write passes the runbook job and fails this check', async () => {
    const root = withSampleConfig({ 'apps/vh/sync.js': "db.query('insert into eng.tasks (id) values (1)');\n" });
    assert.equal(runbookJob(root), 0);
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/sync.js:1 INSERT eng.tasks']);
  });

  test('TypeScript: template literals, generics, JSX apostrophes and regex literals do not derail the lexer', async () => {
    const root = withSampleConfig({
      'apps/vh/src/sync.tsx': [
        "const re = /['\"`]/g; // a regex full of quotes",
        'const View = () => <p>Don\'t panic</p>;',
        'function rows<T extends { id: number }>(xs: T[]): T[] { return xs; }',
        'export const sql = `',
        '  INSERT INTO eng.tasks (id)',
        '  SELECT id FROM ${source}`;',
        "const label = 'It is fine';",
        "await db.query<Row>('DELETE FROM eng_tasks WHERE id = $1', [1]);",
      ].join('\n'),
    });
    const { result } = await cliJson(root, ['boundary-check']);
    assert.deepEqual(found(result), ['apps/vh/src/sync.tsx:5 INSERT eng.tasks', 'apps/vh/src/sync.tsx:8 DELETE eng_tasks']);
    const f = result.boundary!.findings.find((x) => x.line === 5)!;
    assert.equal(f.column, 15);
    assert.equal(f.via, 'sql-parser');
  });

  test('a clean tree exits 0 with the counts in the result', async () => {
    const root = withSampleConfig({ 'apps/vh/a.js': "db.query('SELECT * FROM eng.tasks');\n", 'apps/vh/b.sql': 'INSERT INTO vh.t SELECT * FROM eng.t;\n' });
    const { stdout } = await cli(root, ['boundary-check']);
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 0);
    assert.equal(result.boundary!.findings.length, 0);
    assert.equal(result.boundary!.filesScanned, 2);
    assert.match(stdout, /boundary-check: 0 findings, 0 accepted; 2 files/);
    const one = withSampleConfig({ 'apps/vh/a.js': "db.query('DELETE FROM eng.tasks');\n" });
    assert.match((await cli(one, ['boundary-check'])).stdout, /boundary-check: 1 finding, 0 accepted; 1 file \(/);
  });
});

describe('boundary-check: English is not SQL', () => {
  test("error messages of a real Go codebase are not 'CREATE writes to project'; the DDL beside them is found", async () => {
    const root = makeTree({
      'db/promotion.yml': `phases: [{ name: app, schema: app, migrations: db/migrations/app }]
boundary_check:
  rules: [{ name: no-project-writes, paths: ['app/**'], protected_schemas: [project] }]
`,
      'app/admin.go': [
        'package app',
        'var errAdmin = errors.New("Only system admin can create project")',
        'var errNone = fmt.Errorf("cannot create project as no system admin found")',
        'var hint = "Create project first, then grant project access to members"',
        'var warn = "Drop project files? Truncate project history? Revoke project keys?"',
        'func migrate(db DB, cols string) {',
        '	db.Exec("CREATE TABLE project.members (" + cols + ")")',
        '	db.Exec("CREATE INDEX ON project.members (id)")',
        '	db.Exec("GRANT SELECT (id), UPDATE (name) ON project.members TO " + role)',
        '	db.Exec("DROP SCHEMA project CASCADE")',
        '}',
      ].join('\n'),
    });
    const { result } = await cliJson(root, ['boundary-check']);
    assert.deepEqual(found(result), ['app/admin.go:10 DROP project', 'app/admin.go:7 CREATE project.members', 'app/admin.go:8 CREATE project.members', 'app/admin.go:9 GRANT project.members']);
  });

  test('the fallback holds a verb to SQL grammar: where a statement starts, before an object kind or privileges', () => {
    const targets = (text: string, open = false) => fallbackTargets(text, open).map((t) => `${t.kind} ${t.written}`);
    for (const prose of ['failed to delete from eng_tasks', 'Create eng_tasks in the admin panel', 'Grant eng access to reviewers', 'could not truncate eng_tasks', 'Error: cannot insert into eng_tasks', 'Alter eng settings before you drop eng tasks']) {
      assert.deepEqual(targets(prose), [], prose);
    }
    assert.deepEqual(targets('BEGIN DELETE FROM eng.t; IF x THEN UPDATE eng.u SET a = 1 WHERE b; END IF; END'), ['DELETE eng.t', 'UPDATE eng.u']);
    assert.deepEqual(targets('CREATE UNIQUE INDEX IF NOT EXISTS i ON eng.t (', true), ['CREATE eng.t']);
    assert.deepEqual(targets('GRANT SELECT (a, b) ON eng.t TO ', true), ['GRANT eng.t']);
    assert.deepEqual(targets('\\copy eng.t FROM data.csv'), ['COPY eng.t']);
  });
});

describe('boundary-check: ORMs whose code names no SQL', () => {
  test('a Drizzle table is followed through an index file that re-exports it; a local variable of the same name elsewhere is no table', async () => {
    const root = withSampleConfig({
      'packages/db/tables.ts': "import { pgSchema } from 'drizzle-orm/pg-core';\nconst s = pgSchema('eng');\nexport const runs = s.table('runs', {});\n",
      'packages/db/index.ts': "export { runs } from './tables';\n",
      'apps/vh/job.ts': "import { runs } from '../../packages/db';\nexport const go = () => db.delete(runs);\n",
      'apps/vh/other.ts': 'export function f(runs: number[], queue: Q) {\n  queue.insert(runs);\n}\n',
    });
    const { result } = await cliJson(root, ['boundary-check']);
    assert.deepEqual(found(result), ['apps/vh/job.ts:2 DELETE eng.runs']);
  });
});

describe('boundary-check: rules', () => {
  test('--rules-file: rules from a file of their own, in a repository without db/promotion.yml', async () => {
    const root = makeTree({
      'ci/boundary.yml': "boundary_check:\n  rules:\n    - { name: no-billing-writes, paths: ['src/**'], protected_schemas: [billing] }\n",
      'src/pay.ts': "await db.query('UPDATE billing.invoices SET paid = true');\n",
    });
    const { code, result } = await cliJson(root, ['boundary-check', '--rules-file', 'ci/boundary.yml']);
    assert.equal(code, 1, JSON.stringify(result.error));
    assert.deepEqual(found(result), ['src/pay.ts:1 UPDATE billing.invoices']);
    const missing = await cliJson(root, ['boundary-check', '--rules-file', 'ci/nope.yml']);
    assert.equal(missing.code, 2);
    assert.equal(missing.result.error!.message, 'rules file ci/nope.yml: not found');
  });

  test('rules come from db/promotion.yml: paths, protected schemas and prefixes', async () => {
    const root = withSampleConfig({
      'db/promotion.yml': `phases: [{ name: app, schema: app, migrations: db/migrations/app }]
boundary_check:
  rules:
    - name: billing-is-read-only
      paths: ['services/**/*.py', '!services/billing/**']
      protected_schemas: [billing]
      protected_prefixes: [bill_]
`,
      'services/web/app.py': 'cur.execute("UPDATE billing.invoices SET paid = true")\ncur.execute("DELETE FROM bill_lines")\ncur.execute("DELETE FROM eng.tasks")\n',
      'services/billing/own.py': 'cur.execute("UPDATE billing.invoices SET paid = true")\n',
    });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['services/web/app.py:1 UPDATE billing.invoices', 'services/web/app.py:2 DELETE bill_lines']);
    assert.ok(result.boundary!.findings.every((f) => f.rule === 'billing-is-read-only'));
  });

  test('a rule that protects nothing is a configuration error naming the rule (exit 2)', async () => {
    const root = withSampleConfig({
      'db/promotion.yml': `phases: [{ name: app, schema: app, migrations: db/migrations/app }]
boundary_check:
  rules: [{ name: toothless, paths: ['apps/**'] }]
`,
    });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 2);
    assert.equal(result.error?.kind, 'config');
    assert.match(result.error!.message, /rule 'toothless' protects nothing/);
  });

  test('a project without boundary rules is told what to configure: exit 2 naming boundary_check.rules, nothing of the runbook\'s rule', async () => {
    // Without any config, the config itself is what to write (or pg-promote init).
    const bare = await cliJson(makeTree({ 'apps/vh/a.js': "q('DELETE FROM eng.a')\n" }), ['boundary-check']);
    assert.equal(bare.code, 2);
    assert.equal(bare.result.error?.file, 'db/promotion.yml');
    assert.match(bare.result.error!.message, /^no config: write db\/promotion\.yml/);
    assert.doesNotMatch(JSON.stringify(bare.result), /vh-must-not-write-eng/);
    for (const root of [makeTree({ 'db/promotion.yml': onePhaseConfig(), 'apps/vh/a.js': "q('DELETE FROM eng.a')\n" })]) {
      const { code, result } = await cliJson(root, ['boundary-check']);
      assert.equal(code, 2);
      assert.equal(result.error?.kind, 'config');
      assert.equal(result.error?.key, 'boundary_check.rules');
      assert.equal(result.error?.file, 'db/promotion.yml');
      assert.match(result.error!.message, /^no boundary rules configured: list under boundary_check\.rules in db\/promotion\.yml/);
      assert.doesNotMatch(JSON.stringify(result), /vh-must-not-write-eng/);
    }
  });

  test('a rule whose paths match no file is a warning, never a silent pass; an error with fail_on_empty_rule', async () => {
    const root = withSampleConfig({ 'apps/vhh/typo.js': "db.query('DELETE FROM eng.tasks')\n" });
    assert.equal(runbookJob(root), 0, 'the runbook job passes when apps/vh/ does not exist');
    const warned = await cliJson(root, ['boundary-check']);
    assert.equal(warned.code, 0);
    assert.deepEqual(warned.result.boundary!.emptyRules, ['vh-must-not-write-eng']);
    assert.match(warned.result.warnings.join('\n'), /boundary rule 'vh-must-not-write-eng': its paths \(apps\/vh\/\*\*\) match no file/);

    writeFileSync(
      path.join(root, 'strict.yml'),
      `phases: [{ name: app, schema: app, migrations: db/migrations/app }]
boundary_check:
  fail_on_empty_rule: true
  rules: [{ name: vh, paths: ['apps/vh/**'], protected_schemas: [eng] }]
`,
    );
    const strict = await cliJson(root, ['boundary-check', '--config', 'strict.yml']);
    assert.equal(strict.code, 2);
    assert.match(strict.result.error!.message, /boundary rule 'vh' match no file/);
    assert.equal(strict.result.error!.key, 'boundary_check.fail_on_empty_rule');
  });

  test('--paths restricts the scan to the files given (a pull request\'s changed files)', async () => {
    const root = withSampleConfig({ 'apps/vh/a.js': "q('DELETE FROM eng.a')\n", 'apps/vh/b.js': "q('DELETE FROM eng.b')\n" });
    const { result } = await cliJson(root, ['boundary-check', '--paths', 'apps/vh/b.js', '--paths', 'apps/vh/deleted.js']);
    assert.deepEqual(found(result), ['apps/vh/b.js:1 DELETE eng.b']);
    assert.deepEqual(result.boundary!.emptyRules, []);
  });
});

describe('boundary-check: exceptions are explicit', () => {
  test('an inline marker with a reason accepts the write; it is reported, not failed', async () => {
    const root = withSampleConfig({
      'apps/vh/a.js': [
        "q('DELETE FROM eng.cache'); // boundary-check: allow cache eviction agreed with eng (#42)",
        '// boundary-check: allow nightly import owned by vh until Q3',
        "q('INSERT INTO eng.imports VALUES (1)');",
      ].join('\n'),
    });
    const { stdout } = await cli(root, ['boundary-check']);
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 0);
    assert.deepEqual(
      result.boundary!.accepted.map((a) => [a.line, a.source, a.reason]),
      [
        [1, 'inline', 'cache eviction agreed with eng (#42)'],
        [3, 'inline', 'nightly import owned by vh until Q3'],
      ],
    );
    assert.match(stdout, /accepted \(inline marker\): apps\/vh\/a\.js:1:16: DELETE eng\.cache/);
  });

  test('a marker without a reason does not accept anything, and an unused marker is reported', async () => {
    const root = withSampleConfig({ 'apps/vh/a.js': "q('DELETE FROM eng.cache'); // boundary-check: allow\nq('SELECT 1 FROM eng.x'); // boundary-check: allow reads only\n" });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.equal(result.boundary!.findings.length, 1);
    assert.match(result.warnings.join('\n'), /apps\/vh\/a\.js:1: 'boundary-check: allow' needs a reason/);
    assert.match(result.warnings.join('\n'), /apps\/vh\/a\.js:2: 'boundary-check: allow' matches no finding/);
  });

  test('a baseline accepts known findings with their reasons; a stale entry is reported; an entry without a reason is a config error', async () => {
    const root = withSampleConfig({
      'apps/vh/legacy.py': 'cur.execute("UPDATE eng.tasks SET done = true")\ncur.execute("DELETE FROM eng.tasks")\n',
      'boundary-baseline.json': JSON.stringify({
        version: 1,
        accepted: [
          { file: 'apps/vh/legacy.py', rule: 'vh-must-not-write-eng', kind: 'UPDATE', object: 'eng.tasks', reason: 'legacy job, removal tracked in #77' },
          { file: 'apps/vh/gone.py', kind: 'INSERT', object: 'eng.tasks', reason: 'old' },
        ],
      }),
      'bad-baseline.json': JSON.stringify([{ file: 'apps/vh/legacy.py', object: 'eng.tasks' }]),
    });
    const { code, result } = await cliJson(root, ['boundary-check', '--baseline', 'boundary-baseline.json']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/legacy.py:2 DELETE eng.tasks']);
    assert.deepEqual(result.boundary!.accepted.map((a) => [a.line, a.source, a.reason]), [[1, 'baseline', 'legacy job, removal tracked in #77']]);
    assert.match(result.warnings.join('\n'), /accepted INSERT to eng\.tasks in apps\/vh\/gone\.py matches no finding/);
    const bad = await cliJson(root, ['boundary-check', '--baseline', 'bad-baseline.json']);
    assert.equal(bad.code, 2);
    assert.match(bad.result.error!.message, /accepted\.0\.reason is required/);
  });
});

describe('boundary-check: outputs', () => {
  test('SARIF 2.1.0 with stable rule ids, repository-relative paths, regions and suppressions', async () => {
    const root = withSampleConfig({
      'apps/vh/a.sql': 'INSERT INTO eng.t VALUES (1);\n  DELETE FROM\n    eng_t;\nDROP TABLE eng.x; -- boundary-check: allow dead table, see #9\n',
    });
    const { code, result } = await cliJson(root, ['boundary-check', '--sarif', 'out/boundary.sarif']);
    assert.equal(code, 1);
    const sarif = JSON.parse(readFileSync(path.join(root, 'out/boundary.sarif'), 'utf8'));
    assert.equal(result.boundary!.sarifPath, path.join(root, 'out/boundary.sarif'));
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['pg-promote/boundary/vh-must-not-write-eng']);
    const regions = run.results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }>; suppressions?: unknown[] }) => {
      const loc = r.locations[0]!.physicalLocation;
      return [r.ruleId, loc.artifactLocation.uri, loc.region.startLine, loc.region.startColumn, loc.region.endColumn, r.suppressions ? 'suppressed' : 'open'];
    });
    assert.deepEqual(regions, [
      ['pg-promote/boundary/vh-must-not-write-eng', 'apps/vh/a.sql', 3, 5, 10, 'open'],
      ['pg-promote/boundary/vh-must-not-write-eng', 'apps/vh/a.sql', 1, 13, 18, 'open'],
      ['pg-promote/boundary/vh-must-not-write-eng', 'apps/vh/a.sql', 4, 12, 17, 'suppressed'],
    ]);
    assert.ok(run.results.every((r: { partialFingerprints: Record<string, string> }) => /^[0-9a-f]{32}$/.test(r.partialFingerprints['pgPromoteBoundary/v1']!)));
  });
});
