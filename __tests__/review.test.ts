import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { reviewLines, reviewMarkdown } from '../src/report/review-text.js';
import { cli, cliJson } from './harness/cli.js';
import { withEnv } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

const server = await testServer();

const BASE = {
  'db/promotion.yml': onePhaseConfig(),
  'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;',
  'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int PRIMARY KEY, name text NOT NULL);',
  'db/migrations/DOWN/app/001_schema.sql': 'DROP SCHEMA app;',
  'db/migrations/DOWN/app/002_t.sql': 'DROP TABLE app.t;',
  'README.md': 'a repository\n',
};

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A repository with `base` committed on main, then a branch `pr` that writes (or, for null,
 * deletes) the given files: what a pull request's checkout looks like.
 */
function repoWithPullRequest(change: Record<string, string | null>, base: Record<string, string> = BASE): string {
  const root = makeTree(base);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'checkout', '-q', '-b', 'pr');
  const writes = Object.fromEntries(Object.entries(change).filter((e): e is [string, string] => e[1] !== null));
  writeTree(root, writes);
  for (const [file, content] of Object.entries(change)) if (content === null) rmSync(path.join(root, file));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'pull request');
  return root;
}

const GOOD_CHANGE = {
  'db/migrations/app/003_note.sql': 'ALTER TABLE app.t ADD COLUMN note text;\nCREATE INDEX t_note_idx ON app.t (note);',
  'db/migrations/DOWN/app/003_note.sql': 'DROP INDEX app.t_note_idx;\nALTER TABLE app.t DROP COLUMN note;',
};

/** The same schema in diesel's layout: a folder per migration, named by its date. */
const DIESEL_BASE = {
  'db/promotion.yml': 'phases:\n  - name: app\n    schema: app\n    layout: diesel\n    migrations: migrations\n',
  'migrations/2019-01-01-000001_schema/up.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY);\n',
  'migrations/2019-01-01-000001_schema/down.sql': 'DROP TABLE app.t;\nDROP SCHEMA app;\n',
};

async function review(root: string, extra: string[] = []) {
  const scratch = await server.createDatabase('review');
  const run = await cliJson(root, ['review', '--base', 'main', '--head', 'pr', '--scratch-url', scratch, ...extra]);
  return { ...run, scratch };
}

describe('review', () => {
  test('a good change: base, snapshot, lint, apply, verify, DOWN, compare and re-apply all pass (exit 0), each step timed', async () => {
    const root = repoWithPullRequest(GOOD_CHANGE);
    const { code, result, scratch, stderr } = await review(root);
    assert.equal(code, 0, `${stderr}\n${JSON.stringify(result.error)}`);
    const r = result.review!;
    assert.equal(r.nothingToReview, false);
    assert.deepEqual(r.newMigrations, [{ phase: 'app', version: '3', file: 'db/migrations/app/003_note.sql', down: 'db/migrations/DOWN/app/003_note.sql' }]);
    assert.deepEqual(r.steps.map((s) => [s.name, s.status]), [
      ['base', 'ok'], ['snapshot', 'ok'], ['lint', 'ok'], ['apply', 'ok'], ['verify', 'ok'], ['down', 'ok'], ['compare', 'ok'], ['reapply', 'ok'],
    ]);
    assert.ok(r.steps.every((s) => Number.isInteger(s.durationMs) && s.durationMs >= 0));
    assert.deepEqual(r.catalogDifferences, []);
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), []);
    // Lint saw only the new file: the base's were applied before it ran.
    assert.equal(r.lint?.filesLinted, 1);
    assert.ok(r.lint!.findings.some((f) => f.file === 'db/migrations/app/003_note.sql' && f.rule === 'create-index-not-concurrently'), JSON.stringify(r.lint!.findings));
    assert.equal(r.base.commit, git(root, 'rev-parse', 'main').trim());
    // The DOWN files ran and the new migration was applied again, all recorded.
    const history = await server.query(scratch, "SELECT kind, version, reverted_at IS NOT NULL AS reverted FROM audit.migration_log WHERE version = '3' ORDER BY id");
    assert.deepEqual(history.rows, [
      { kind: 'migration', version: '3', reverted: true },
      { kind: 'down', version: '3', reverted: false },
      { kind: 'migration', version: '3', reverted: false },
    ]);
    const markdown = reviewMarkdown(result).join('\n');
    assert.match(markdown, /^### pg-promote review: ✅ passed/);
    assert.match(markdown, /\| app \| 3 \| `db\/migrations\/app\/003_note\.sql` \| `db\/migrations\/DOWN\/app\/003_note\.sql` \|/);
    assert.match(markdown, /\| ✅ \| run the DOWN files, newest first \| \d+ ms \| 1 file\(s\) reverted \|/);
    assert.match(markdown, /#### Migration lint/);
    const text = await cli(root, ['review', '--base', 'main', '--head', 'pr', '--scratch-url', await server.createDatabase('review')]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^review of pr \([0-9a-f]{12}\) against main \([0-9a-f]{12}\): passed$/m);
    assert.match(text.stdout, /✓ compare with the base schema +\d+ ms +the schema is back to the base state/);
  });

  test('a DOWN that does not restore the schema fails (exit 1) and names the difference', async () => {
    const root = repoWithPullRequest({ ...GOOD_CHANGE, 'db/migrations/DOWN/app/003_note.sql': 'DROP INDEX app.t_note_idx;' });
    const { code, result } = await review(root);
    assert.equal(code, 1);
    const r = result.review!;
    assert.deepEqual(r.catalogDifferences.map((d) => [d.kind, d.object, d.change, d.after]), [['column', 'app.t.note', 'left-behind', 'text']]);
    assert.equal(r.steps.find((s) => s.name === 'compare')!.status, 'failed');
    // The re-apply still runs, and fails the way production would after such a rollback.
    const reapply = r.findings.find((f) => f.rule === 'reapply-failed')!;
    assert.equal(r.steps.find((s) => s.name === 'reapply')!.status, 'failed');
    assert.match(reapply.message, /column "note" of relation "t" already exists/);
    assert.equal(reapply.file, 'db/migrations/app/003_note.sql');
    assert.equal(result.error?.kind, 'check');
    assert.match(result.error!.message, /^review found 2 problems; the first: column app\.t\.note is left behind by the DOWN files \(text\)$/);
    assert.match(reviewMarkdown(result).join('\n'), /\| error \| {2}\| schema-not-restored \| column app\.t\.note is left behind/);
  });

  test('an edited or deleted applied migration is a finding naming the file (exit 1), and nothing of the pull request is applied', async () => {
    const root = repoWithPullRequest({
      'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id bigint PRIMARY KEY, name text NOT NULL);',
      ...GOOD_CHANGE,
    });
    const { code, result } = await review(root);
    assert.equal(code, 1);
    const findings = result.review!.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(findings.map((f) => [f.rule, f.file]), [['applied-migration-edited', 'db/migrations/app/002_t.sql']]);
    assert.match(findings[0]!.message, /is on the base branch and the pull request edits it/);
    assert.equal(result.error?.file, 'db/migrations/app/002_t.sql');
    assert.deepEqual(result.review!.steps.map((s) => [s.name, s.status]).slice(3), [['apply', 'skipped'], ['verify', 'skipped'], ['down', 'skipped'], ['compare', 'skipped'], ['reapply', 'skipped']]);

    const deleted = await review(repoWithPullRequest({ 'db/migrations/app/002_t.sql': null, 'db/migrations/DOWN/app/002_t.sql': null }));
    assert.equal(deleted.code, 1);
    assert.deepEqual(deleted.result.review!.findings.map((f) => [f.rule, f.file]), [['applied-migration-deleted', 'db/migrations/app/002_t.sql']]);
  });

  test('every file of the pull request migrate would refuse is a finding of its own (exit 1), not the first one an error; nothing of it is applied', async () => {
    const root = repoWithPullRequest({
      'db/migrations/app/003_quote.sql': "ALTER TABLE app.t ADD COLUMN note text DEFAULT 'oops;\n",
      'db/migrations/DOWN/app/003_quote.sql': 'ALTER TABLE app.t DROP COLUMN note;',
      'db/migrations/app/004_psql.sql': 'SELECT 1;\n\\i other.sql\n',
      'db/migrations/DOWN/app/004_psql.sql': 'SELECT 1;',
      'db/migrations/app/no_version.sql': 'SELECT 1;',
    });
    const { code, result, stderr } = await review(root);
    assert.equal(code, 1, stderr);
    const invalid = result.review!.findings.filter((f) => f.rule === 'invalid-file');
    assert.deepEqual(invalid.map((f) => [f.file, f.line, f.severity]), [
      ['db/migrations/app/no_version.sql', 1, 'error'],
      ['db/migrations/app/003_quote.sql', 1, 'error'],
      ['db/migrations/app/004_psql.sql', 2, 'error'],
    ]);
    assert.match(invalid[1]!.message, /003_quote\.sql:1: unterminated string starting here/);
    assert.match(invalid[2]!.message, /004_psql\.sql:2: psql meta-command \\i/);
    assert.equal(result.error?.kind, 'check');
    assert.match(result.error!.message, /^review found \d+ problems; the first: db\/migrations\/app\/no_version\.sql:1: file name does not start with a version number/);
    const apply = result.review!.steps.find((s) => s.name === 'apply')!;
    assert.deepEqual([apply.status, apply.detail], ['skipped', 'the pull request has files migrate refuses (see findings)']);
  });

  test('a new version below the base\'s newest is a finding that says how to allow it; with out_of_order: true it passes and its DOWN is proved alone', async () => {
    const base = { ...BASE, 'db/migrations/app/005_u.sql': 'CREATE TABLE app.u (id int);', 'db/migrations/DOWN/app/005_u.sql': 'DROP TABLE app.u;' };
    const change = {
      'db/migrations/app/004_v.sql': 'CREATE TABLE app.v (id int);',
      'db/migrations/DOWN/app/004_v.sql': 'DROP TABLE app.v;',
    };
    const refused = await review(repoWithPullRequest(change, base));
    assert.equal(refused.code, 1);
    const finding = refused.result.review!.findings.find((f) => f.rule === 'out-of-order')!;
    assert.equal(finding.file, 'db/migrations/app/004_v.sql');
    assert.match(finding.message, /version 4 sorts before the base branch's newest in phase app \(db\/migrations\/app\/005_u\.sql, version 5\)/);
    assert.match(finding.fix!, /`out_of_order: true` in db\/promotion\.yml/);

    const allowing = { ...base, 'db/promotion.yml': `out_of_order: true\n${onePhaseConfig()}` };
    const allowed = await review(repoWithPullRequest(change, allowing));
    assert.equal(allowed.code, 0, JSON.stringify(allowed.result.review, null, 2));
    const r = allowed.result.review!;
    assert.equal(r.findings.find((f) => f.rule === 'out-of-order')!.severity, 'info');
    assert.deepEqual(r.steps.map((s) => s.status), Array(8).fill('ok'));
    // Only version 4 was reverted: version 5 (the base's) stayed.
    const downs = await server.query(allowed.scratch, "SELECT version FROM audit.migration_log WHERE kind = 'down'");
    assert.deepEqual(downs.rows, [{ version: '4' }]);
  });

  test('in a layout whose versions are dates in folders of their own (diesel), the new migrations are found, applied, undone newest first and re-applied', async () => {
    const root = repoWithPullRequest({
      'migrations/2019-02-01-000001_note/up.sql': 'ALTER TABLE app.t ADD COLUMN note text;\n',
      'migrations/2019-02-01-000001_note/down.sql': 'ALTER TABLE app.t DROP COLUMN note;\n',
      'migrations/2019-03-01-000001_tag/up.sql': 'ALTER TABLE app.t ADD COLUMN tag text;\n',
      'migrations/2019-03-01-000001_tag/down.sql': 'ALTER TABLE app.t DROP COLUMN tag;\n',
    }, DIESEL_BASE);
    const { code, result, stderr } = await review(root);
    assert.equal(code, 0, `${stderr}\n${JSON.stringify(result.error)}\n${JSON.stringify(result.review?.steps)}`);
    assert.deepEqual(result.review!.newMigrations.map((m) => m.version), ['2019-02-01-000001', '2019-03-01-000001']);
    assert.deepEqual(result.review!.steps.map((s) => s.status), Array(8).fill('ok'));
    assert.match(result.review!.steps.find((s) => s.name === 'down')!.detail, /2 file\(s\) reverted/);
  });

  test('in another tool\'s layout too, every file migrate would refuse is a finding of its own', async () => {
    const root = repoWithPullRequest({
      'migrations/2019-02-01-000001_quote/up.sql': "SELECT 'oops;\n",
      'migrations/2019-02-01-000001_quote/down.sql': 'SELECT 1;\n',
      'migrations/2019-03-01-000001_psql/up.sql': 'SELECT 1;\n\\i other.sql\n',
      'migrations/2019-03-01-000001_psql/down.sql': 'SELECT 1;\n',
    }, DIESEL_BASE);
    const { code, result, stderr } = await review(root);
    assert.equal(code, 1, stderr);
    const invalid = result.review!.findings.filter((f) => f.rule === 'invalid-file');
    assert.deepEqual(invalid.map((f) => [f.file, f.line]), [
      ['migrations/2019-02-01-000001_quote/up.sql', 1],
      ['migrations/2019-03-01-000001_psql/up.sql', 2],
    ]);
    assert.equal(result.review!.steps.find((s) => s.name === 'apply')!.status, 'skipped');
  });

  test('a pull request that changes nothing under the phase folders gets one line: nothing to review', async () => {
    const root = repoWithPullRequest({ 'README.md': 'a repository, edited\n', 'src/app.ts': 'export {};\n' });
    const { code, result } = await review(root);
    assert.equal(code, 0);
    assert.equal(result.review!.nothingToReview, true);
    assert.deepEqual(result.review!.steps, []);
    const lines = reviewLines(result);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^review: nothing to review: no migration, DOWN, view, policy or config file differs from main \([0-9a-f]{12}\)$/);
    assert.equal(reviewMarkdown(result).length, 1);
  });

  test('a base ref that cannot be read is a clear error (exit 2), and so is a scratch database that is not empty', async () => {
    const root = repoWithPullRequest(GOOD_CHANGE);
    const missing = await cliJson(root, ['review', '--base', 'origin/no-such-branch', '--scratch-url', await server.createDatabase('review')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.result.error?.key, '--base');
    assert.equal(missing.result.error?.message, "--base 'origin/no-such-branch' cannot be read: no such branch, tag or commit in this repository (in GitHub Actions, check out with fetch-depth: 0)");
    const option = await cliJson(root, ['review', '--base', '--upload-pack=x', '--scratch-url', await server.createDatabase('review')]);
    assert.equal(option.code, 2);

    const notGit = await cliJson(makeTree(BASE), ['review', '--base', 'main']);
    assert.equal(notGit.code, 2);
    assert.match(notGit.result.error!.message, /not inside a git repository/);

    const used = await server.createDatabase('review');
    await server.query(used, 'CREATE SCHEMA app');
    const refused = await cliJson(root, ['review', '--base', 'main', '--scratch-url', used]);
    assert.equal(refused.code, 2);
    assert.match(refused.result.error!.message, /^--scratch-url must name an empty database: .* already has app; review runs DOWN files there$/);
    assert.doesNotMatch(JSON.stringify(refused.result), new RegExp(server.password || 'no-password-set'));
  });

  test('a throwaway cluster that cannot start is a clear error (exit 2) that says how to go without one', async () => {
    const root = repoWithPullRequest(GOOD_CHANGE);
    // A broken installation: server programs that exist and say their version, then fail at work.
    const version = (name: string) => `#!/bin/sh\n[ "$1" = --version ] && { echo "${name} (PostgreSQL) 18.4"; exit 0; }\n`;
    const bin = makeTree({
      initdb: `${version('initdb')}echo "initdb: cannot create data directory" >&2\nexit 1\n`,
      pg_ctl: `${version('pg_ctl')}exit 1\n`,
      postgres: `${version('postgres')}exit 1\n`,
    });
    for (const name of ['initdb', 'pg_ctl', 'postgres']) chmodSync(path.join(bin, name), 0o755);
    chmodSync(bin, 0o755); // as root they run as the postgres user
    const saved = process.env.PG_BIN;
    process.env.PG_BIN = bin;
    try {
      const { code, result } = await cliJson(root, ['review', '--base', 'main']);
      assert.equal(code, 2);
      assert.equal(result.error?.kind, 'connection');
      assert.match(result.error!.message, /^the throwaway PostgreSQL cluster could not start \(give an empty database with --scratch-url instead\): could not start a throwaway PostgreSQL cluster with /);
      assert.equal(result.error?.key, '--scratch-url');
    } finally {
      if (saved === undefined) delete process.env.PG_BIN;
      else process.env.PG_BIN = saved;
    }
  });

  test('a PG_BIN without the server programs is one line naming the folder and the missing programs (exit 2), never a fall back to other places, and the review has not passed', async () => {
    const root = repoWithPullRequest(GOOD_CHANGE);
    const bin = makeTree({ pg_dump: '#!/bin/sh\nexit 1\n', initdb: '#!/bin/sh\nexit 1\n' });
    const run = await withEnv({ PG_BIN: bin }, () => cli(root, ['review', '--base', 'main']));
    assert.equal(run.code, 2, run.stdout);
    assert.equal(run.stderr, `error: PG_BIN: ${bin} has no pg_ctl or postgres: PG_BIN must be the bin folder of a PostgreSQL server, or unset to use the system's or the embedded one\n`);
    // Nothing was reviewed, so nothing passed.
    assert.match(run.stdout, /^review of the working tree against main \([0-9a-f]{12}\): stopped before it finished$/m);
  });

  test('without --scratch-url the review starts its own throwaway cluster, reviewing the working tree against the base', async () => {
    const root = repoWithPullRequest(GOOD_CHANGE);
    // A DATABASE_URL in the environment is not where review runs DOWN files.
    const { code, result } = await cliJson(root, ['review', '--base', 'main'], { DATABASE_URL: 'postgres://prod:secret@127.0.0.1:1/production' });
    assert.equal(code, 0, JSON.stringify(result.error));
    assert.equal(result.review!.database, 'a throwaway cluster');
    const given = await cli(root, ['review', '--base', 'main', '--database-url', 'postgres://prod:secret@127.0.0.1:1/production']);
    assert.equal(given.code, 2);
    assert.match(given.stderr, /--database-url does not apply to review: give an empty database with --scratch-url/);
    assert.equal(result.review!.head.ref, 'the working tree');
    assert.equal(result.review!.steps.length, 8);
  });
});
