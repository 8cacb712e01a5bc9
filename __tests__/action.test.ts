import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { selectAnnotations } from '../src/action/annotations.js';
import { SUMMARY_LIMIT_BYTES, summaryMarkdown } from '../src/action/summary.js';
import type { AnyResult } from '../src/result.js';
import { REPO_ROOT } from './harness/cli.js';
import { runAction } from './harness/action.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const PASSWORD = 'Act10n-Pa55word-Distinct';
const server = await testServer({ password: PASSWORD });

describe('action (dist/index.js, run as the runner runs it)', () => {
  test('migrate sets outputs, writes the job summary and never shows the password', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const run = await runAction(root, { command: 'migrate', 'database-url': url });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'success');
    assert.equal(run.outputs['applied-count'], '1');
    assert.equal(JSON.parse(readFileSync(run.outputs['result-json']!, 'utf8')).counts.applied, 1);
    assert.match(run.summary, /pg-promote migrate: ✅ succeeded/);
    assert.match(run.stdout, /::add-mask::/);
    const written = run.stdout.replace(/::add-mask::.*\n/g, '') + run.stderr + run.summary + readFileSync(run.outputs['result-json']!, 'utf8');
    assert.ok(!written.includes(PASSWORD), 'password appears only in ::add-mask:: commands');
  });

  test('a failing migration is an error annotation at the file and line, and the step fails', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;\nSELECT nope;\n' });
    const run = await runAction(root, { command: 'migrate', 'database-url': url });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.status, 'failed');
    assert.match(run.stdout, /^::error title=pg-promote,file=db\/migrations\/app\/001_a\.sql,line=2,col=8::column "nope" does not exist \[SQLSTATE 42703\]$/m);
  });

  test('bad inputs fail the step with one ::error:: naming the input, before any connection', async () => {
    const root = makeTree({});
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ command: 'migrat' }, /input 'command' is 'migrat'/],
      [{ command: '' }, /input 'command' is required/],
      [{ command: 'migrate', 'dry-run': 'maybe' }, /input 'dry-run' is 'maybe'; expected one of: true, false/],
      // A dry run a command would not honour is refused, not reported as "nothing changed".
      [{ command: 'flags-off', 'dry-run': 'true' }, /input 'dry-run' applies to migrate, down and baseline only, not flags-off: flags-off would change the database anyway/],
      [{ command: 'restore', 'dry-run': 'true' }, /input 'dry-run' applies to migrate, down and baseline only, not restore/],
      [{ command: 'plan', 'working-directory': 'nope' }, /input 'working-directory' does not exist: nope/],
    ];
    for (const [inputs, message] of cases) {
      const run = await runAction(root, { 'database-url': 'postgres://u:p@127.0.0.1:1/x', ...inputs });
      assert.notEqual(run.code, 0);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, message);
    }
  });
});

describe('action adapter pieces', () => {
  test('annotations keep the most important within 10 errors and 10 warnings, and count the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ level: 'error' as const, message: `e${i}`, priority: i === 24 ? 0 : 5 }));
    const warnings = Array.from({ length: 12 }, (_, i) => ({ level: 'warning' as const, message: `w${i}`, priority: 4 }));
    const picked = selectAnnotations([...many, ...warnings]);
    assert.equal(picked.shown.filter((a) => a.level === 'error').length, 10);
    assert.equal(picked.shown.filter((a) => a.level === 'warning').length, 10);
    assert.equal(picked.shown[0]!.message, 'e24', 'the most important first');
    assert.deepEqual([picked.omittedErrors, picked.omittedWarnings], [15, 2]);
    const summary = summaryMarkdown(fakeResult(1), { omittedErrors: 15, omittedWarnings: 2 });
    assert.match(summary, /15 error and 2 warning annotations were left out/);
  });

  test('the job summary stays under 1 MiB whatever the result, and says what it cut', () => {
    const summary = summaryMarkdown(fakeResult(60_000), { omittedErrors: 0, omittedWarnings: 0 });
    assert.ok(Buffer.byteLength(summary) <= SUMMARY_LIMIT_BYTES);
    assert.match(summary, /cut to stay under GitHub's 1 MiB limit: \d+ of 60000 file rows are not shown/);
  });

  test('a malformed URL fails the step naming the input, never showing it', async () => {
    const run = await runAction(makeTree({}), { command: 'plan', 'database-url': `postgres://u:${PASSWORD}@[::1` });
    assert.notEqual(run.code, 0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^::error::input 'database-url': missing "\]" in an IPv6 host address$/);
    assert.ok(!run.stdout.replace(/::add-mask::.*\n/g, '').includes(PASSWORD));
  });

  test('the log folds per phase', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const run = await runAction(root, { command: 'migrate', 'database-url': url });
    assert.match(run.stdout, /::group::phase app: 1 file to apply\n {2}✓ v1 +db\/migrations\/app\/001_a\.sql .*\n::endgroup::/);
  });

  test("GitHub's local-action emulator runs the sources (src/action/main.ts) too", async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const envFile = path.join(root, '.env');
    writeFileSync(envFile, `INPUT_COMMAND=plan\nINPUT_DATABASE-URL=${url}\nINPUT_WORKING-DIRECTORY=${root}\n`);
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js'), 'run', REPO_ROOT, 'src/action/main.ts', envFile], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /'status'\s*│\s*'success'/);
    assert.match(run.stdout, /'pending-count'\s*│\s*'1'/);
    assert.ok(!run.stdout.includes(PASSWORD) && !run.stderr.includes(PASSWORD));
  });
});

function fakeResult(files: number): AnyResult {
  return {
    command: 'plan', ok: true, exitCode: 0, dryRun: true, startedAt: new Date(0).toISOString(), durationMs: 1, drift: [], warnings: [],
    counts: { applied: 0, pending: files, failed: 0, reverted: 0 },
    phases: [{
      name: 'app', schema: 'app',
      files: Array.from({ length: files }, (_, i) => ({
        phase: 'app', kind: 'migration' as const, version: String(i), file: `db/migrations/app/${i}_a_rather_long_descriptive_file_name.sql`,
        checksum: 'f'.repeat(64), status: 'pending' as const, transactional: true,
      })),
    }],
  };
}

describe('action: lint', () => {
  test('lint findings become annotations on their files and lines; an error fails the step', async () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_t.sql': 'CREATE TABLE app_t (id int);\n',
      'db/migrations/app/002_drop.sql': '-- cleanup\nDROP TABLE app_t;\n',
    });
    const run = await runAction(root, { command: 'lint' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error title=pg-promote,file=db\/migrations\/app\/002_drop\.sql,line=2,col=1::drop-table: /m);
    assert.match(run.summary, /drop-table/);
  });
});

describe('action: what a workflow user sees (the sources, run as the runner runs them)', () => {
  const fromSources = (root: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    runAction(root, inputs, 'src/action/index.ts', { NODE_OPTIONS: `--import=${import.meta.resolve('tsx')}`, ...env });

  test('annotations name files from the repository root, not from working-directory', async () => {
    const url = await server.createDatabase();
    const workspace = makeTree({ 'services/warehouse/db/promotion.yml': onePhaseConfig(), 'services/warehouse/db/migrations/app/001_a.sql': 'CREATE SCHEMA app;\nSELECT nope;\n' });
    const run = await fromSources(workspace, { command: 'migrate', 'database-url': url, 'working-directory': 'services/warehouse' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error title=pg-promote,file=services\/warehouse\/db\/migrations\/app\/001_a\.sql,line=2,col=8::/m);
  });

  test("the migrate log prints the failing file's ✗ line", async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;', 'db/migrations/app/002_b.sql': 'SELECT nope;' });
    const run = await fromSources(root, { command: 'migrate', 'database-url': url });
    assert.equal(run.code, 1);
    const group = run.stdout.slice(run.stdout.indexOf('::group::'), run.stdout.indexOf('::endgroup::'));
    assert.match(group, /✓ v1 +db\/migrations\/app\/001_a\.sql/);
    assert.match(group, /✗ v2 +db\/migrations\/app\/002_b\.sql/, 'inside the phase group');
    assert.equal(run.stdout.match(/✗ v2 /g)?.length, 1);
  });

  test('a refused migrate names the input, not a CLI flag, and reports the true pending-count', async () => {
    const url = await server.createDatabase();
    const database = new URL(url).pathname.slice(1);
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(`production:\n  databases: [${database}]\n`),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;',
      'db/migrations/app/002_b.sql': 'CREATE TABLE app.t (id int);',
    });
    const run = await fromSources(root, { command: 'migrate', 'database-url': url });
    assert.equal(run.code, 2, run.stdout);
    assert.equal(run.outputs['pending-count'], '2');
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /pass input 'backup-manifest', or input 'without-backup' to go without one/);
    assert.doesNotMatch(run.stdout + run.summary, /--backup-manifest|--without-backup/);
    assert.match(run.summary, /input\/key \| backup-manifest/);
  });

  test('the first lint error is annotated once, with its rule and fix', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_t.sql': 'CREATE TABLE app_t (id int);\n', 'db/migrations/app/002_drop.sql': '-- cleanup\nDROP TABLE app_t;\n' });
    const run = await fromSources(root, { command: 'lint' });
    assert.equal(run.code, 1);
    const onDrop = run.stdout.split('\n').filter((l) => l.startsWith('::error') && l.includes('file=db/migrations/app/002_drop.sql,line=2'));
    assert.equal(onDrop.length, 1, run.stdout);
    assert.match(onDrop[0]!, /drop-table: /);
  });

  test('a bad input writes a job summary naming it', async () => {
    const run = await fromSources(makeTree({}), { command: 'migrate', 'dry-run': 'maybe', 'database-url': 'postgres://u:p@127.0.0.1:1/x' });
    assert.equal(run.code, 2);
    assert.match(run.summary, /## pg-promote migrate: ❌ bad input, nothing was done/);
    assert.match(run.summary, /\| input \| `dry-run` \|/);
  });

  test('migrate with backup-artifact passes the gate on the manifest alone (the dump stays in its artifact), and records where it is kept', async () => {
    const url = await server.createDatabase();
    const database = new URL(url).pathname.slice(1);
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(`production:\n  databases: [${database}]\n`),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;',
    });
    const backup = await fromSources(root, { command: 'backup', 'database-url': url, 'backup-dir': 'backups' });
    assert.equal(backup.code, 0, backup.stdout);
    const manifest = backup.outputs['backup-manifest']!;
    const manifestOnly = makeTree({ 'db/promotion.yml': onePhaseConfig(`production:\n  databases: [${database}]\n`), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;', [`backups/${path.basename(manifest)}`]: readFileSync(path.resolve(root, manifest), 'utf8') });
    const without = await fromSources(manifestOnly, { command: 'migrate', 'database-url': url, 'backup-manifest': `backups/${path.basename(manifest)}` });
    assert.equal(without.code, 2);
    assert.match(without.stdout, /is not beside it/);
    const run = await fromSources(manifestOnly, { command: 'migrate', 'database-url': url, 'backup-manifest': `backups/${path.basename(manifest)}`, 'backup-artifact': 'backup+production+1+1' });
    assert.equal(run.code, 0, run.stdout);
    const events = await server.query(url, "SELECT detail->>'storedIn' AS stored FROM audit.promotion_events WHERE event = 'backup.verified'");
    assert.deepEqual(events.rows.map((r) => r.stored), ['backup+production+1+1']);
  });
});

describe('action: errors in input words', () => {
  test("pg-promote's options become inputs (ramp's --to is percentage); a tool's own options stay", async () => {
    const { inInputWords } = await import('../src/action/input-names.js');
    assert.equal(inInputWords('needs --backup-manifest FILE or --without-backup REASON', 'migrate'), "needs input 'backup-manifest' or input 'without-backup'");
    assert.equal(inInputWords('ramp needs --to PERCENT', 'ramp'), "ramp needs input 'percentage'");
    assert.equal(inInputWords('down needs --to N', 'down'), "down needs input 'to'");
    assert.equal(inInputWords('--backup: not found', 'restore'), "input 'backup-file': not found");
    assert.equal(inInputWords('pg_restore --list failed; pg_dump --format=custom --jobs=4', 'backup'), 'pg_restore --list failed; pg_dump --format=custom --jobs=4');
  });
});
