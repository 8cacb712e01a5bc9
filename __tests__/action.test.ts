import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
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
    assert.match(run.summary, /pg-promote migrate: succeeded/);
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
    assert.match(run.stdout, /^::error title=pg-promote migrate,file=db\/migrations\/app\/001_a\.sql,line=2,col=8::.*column "nope" does not exist/m);
  });

  test('bad inputs fail the step with one ::error:: naming the input, before any connection', async () => {
    const root = makeTree({});
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ command: 'migrat' }, /input 'command' is 'migrat'/],
      [{ command: '' }, /input 'command' is required/],
      [{ command: 'migrate', 'dry-run': 'maybe' }, /input 'dry-run' is 'maybe'; expected true or false/],
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
