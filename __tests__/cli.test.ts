import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { VERSION } from '../src/version.js';
import { cli, cliJson, REPO_ROOT, runBuiltCli } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const PASSWORD = 'Sup3r-S3cret-Pa55word';
const server = await testServer({ password: PASSWORD });

const goodTree = () => makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });

describe('cli', () => {
  test('the built bundle runs: dist/cli/index.js migrates and prints one JSON document', async () => {
    const url = await server.createDatabase();
    const run = await runBuiltCli(goodTree(), ['migrate', '--json'], { DATABASE_URL: url });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).counts.applied, 1);
    assert.ok(!run.stdout.includes(PASSWORD) && !run.stderr.includes(PASSWORD));
  });

  test('human output shows each file with its timing', async () => {
    const url = await server.createDatabase();
    const run = await cli(goodTree(), ['migrate', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /✓ v1\s+db\/migrations\/app\/001_a\.sql\s+\d+ ms/);
    assert.match(run.stdout, /done: 1 applied, 0 pending, 0 failed/);
  });

  test('bad input is one clear line naming the file, line or option, exit 2, and the database untouched', async () => {
    const url = await server.createDatabase();
    const cases: Array<{ name: string; files: Record<string, string | Buffer>; args?: string[]; expect: RegExp }> = [
      { name: 'missing folder', files: { 'db/promotion.yml': onePhaseConfig() }, expect: /^error: db\/migrations\/app: folder not found/ },
      {
        name: 'non-UTF-8 file',
        files: { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': Buffer.from([0x2d, 0x2d, 0x0a, 0x53, 0xe9, 0x6c, 0x0a]) },
        expect: /^error: db\/migrations\/app\/001_a\.sql:2: file is not valid UTF-8/,
      },
      {
        name: 'duplicate version',
        files: { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;', 'db/migrations/app/1_b.sql': 'SELECT 1;' },
        expect: /version 1 is used twice: 001_a\.sql and 1_b\.sql/,
      },
      { name: 'no version', files: { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/init.sql': 'SELECT 1;' }, expect: /init\.sql: file name does not start with a version number/ },
      { name: 'malformed YAML', files: { 'db/promotion.yml': 'phases:\n  - name: app\n    schema: [app\n' }, expect: /^error: db\/promotion\.yml:\d+:\d+: invalid YAML/ },
      { name: 'unknown phase', files: { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;' }, args: ['--phase', 'nope'], expect: /^error: --phase: unknown phase 'nope' \(phases in db\/promotion\.yml: app\)/ },
      { name: 'unknown command', files: {}, args: ['migrat'], expect: /^error: unknown command 'migrat'/ },
      { name: 'unknown option', files: {}, args: ['migrate', '--forse'], expect: /^error: Unknown option '--forse'/ },
      { name: 'missing config', files: {}, args: ['--config', 'nope.yml'], expect: /^error: --config: config file not found: nope\.yml/ },
      { name: 'no database', files: { 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;' }, args: ['--database-url', ''], expect: /no database: pass --database-url or set DATABASE_URL/ },
    ];
    for (const c of cases) {
      const root = makeTree(c.files);
      const args = c.args?.[0] && !c.args[0].startsWith('-') ? [...c.args, '--database-url', url] : ['migrate', '--database-url', url, ...(c.args ?? [])];
      const run = await cli(root, args);
      assert.equal(run.code, 2, `${c.name}: ${run.stderr}`);
      assert.match(run.stderr, c.expect, c.name);
      assert.equal(run.stderr.trim().split('\n').length, 1, `${c.name}: one line, got ${run.stderr}`);
    }
    const touched = await server.query(url, "SELECT to_regnamespace('audit') AS audit, to_regnamespace('app') AS app");
    assert.deepEqual(touched.rows[0], { audit: null, app: null });
  });

  test('unreachable server and wrong password: exit 2, one line, the password never printed', async () => {
    const url = new URL(await server.createDatabase());
    const refused = await cli(goodTree(), ['migrate', '--database-url', `postgres://postgres:${PASSWORD}@127.0.0.1:1/x`]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^error: cannot connect to postgres@127\.0\.0\.1:1\/x: connection refused/);
    url.password = `${PASSWORD}-wrong`;
    for (const json of [false, true]) {
      const wrong = await cli(goodTree(), ['migrate', '--database-url', url.toString(), ...(json ? ['--json'] : [])]);
      assert.equal(wrong.code, 2);
      assert.match(json ? JSON.parse(wrong.stdout).error.message : wrong.stderr, /password authentication failed for user 'postgres'/);
      assert.ok(!(wrong.stdout + wrong.stderr).includes(PASSWORD), 'no password in output');
    }
    const malformed = await cli(goodTree(), ['migrate', '--database-url', `postgres://postgres:${PASSWORD}@[bad/x`]);
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /^error: --database-url: missing "\]" in an IPv6 host address/);
    assert.ok(!malformed.stderr.includes(PASSWORD));
  });

  test('--json prints exactly one JSON document, also on failure', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT nope;' });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.ok, false);
    assert.equal(run.result.exitCode, 1);
    assert.equal(run.stderr, '');
    const usage = await cli(root, ['frobnicate', '--json']);
    assert.equal(JSON.parse(usage.stdout).exitCode, 2);
  });

  test('--result-file writes the result document beside the human output, for report --results', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    const run = await cli(root, ['migrate', '--database-url', url, '--result-file', 'out/migrate.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^done: 1 applied/m);
    const saved = JSON.parse(readFileSync(path.join(root, 'out/migrate.json'), 'utf8'));
    assert.equal(saved.command, 'migrate');
    assert.equal(saved.counts.applied, 1);
    const report = await cli(root, ['report', '--database-url', url, '--results', 'out/migrate.json', '--audit-dir', 'audit']);
    assert.notEqual(report.code, 2, report.stderr);
    const unwritable = await cli(root, ['status', '--database-url', url, '--result-file', 'db/promotion.yml/x.json']);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /^error: --result-file: cannot write db\/promotion\.yml\/x\.json/m);
  });

  test('--version matches package.json and --help lists the commands', async () => {
    const pkg = JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, 'utf8'));
    assert.equal(VERSION, pkg.version);
    const help = await cli(REPO_ROOT, ['--help']);
    assert.equal(help.code, 0);
    for (const command of ['plan', 'migrate', 'down', 'status']) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
  });
});
