import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { runAction } from './harness/action.js';
import { makeTree, SAMPLE_CONFIG, withSampleConfig } from './harness/tree.js';

// The second action's committed bundle, run the way the runner runs it.
const ENTRY = 'boundary-check/dist/index.js';

const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('boundary-check action (boundary-check/dist/index.js, run as the runner runs it)', () => {
  test('findings are error annotations (ten at most, most damaging first), a summary table, SARIF and outputs; exit 1', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => `db.query('INSERT INTO eng.t${i} (id) VALUES (1)');`);
    lines.push("db.query('DROP TABLE eng.old');");
    const root = makeTree({ 'service/db/promotion.yml': SAMPLE_CONFIG, 'service/apps/vh/writes.js': `${lines.join('\n')}\n` });
    const run = await runAction(root, { 'working-directory': 'service' }, ENTRY);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const annotations = errors(run.stdout);
    assert.equal(annotations.length, 10, run.stdout);
    assert.match(annotations[0]!, /^::error title=boundary-check%3A DROP into eng\.old,file=service\/apps\/vh\/writes\.js,line=12,col=22,endColumn=29::DROP writes to protected eng\.old/);
    assert.equal(run.outputs.status, 'findings');
    assert.equal(run.outputs['findings-count'], '12');
    assert.match(run.summary, /12 cross-boundary writes/);
    assert.match(run.summary, /2 findings not shown as annotations/);
    assert.match(run.summary, /service\/apps\/vh\/writes\.js:1:23/);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    assert.equal(sarif.runs[0].results.length, 12);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'service/apps/vh/writes.js');
    assert.equal(JSON.parse(readFileSync(run.outputs['result-json']!, 'utf8')).boundary.findings.length, 12);
  });

  test('a clean tree passes, with the accepted writes and their reasons in the summary', async () => {
    const root = withSampleConfig({ 'apps/vh/a.py': 'cur.execute("DELETE FROM eng.cache")  # boundary-check: allow cache owned jointly (#12)\n' });
    const run = await runAction(root, {}, ENTRY);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'clean');
    assert.equal(run.outputs['accepted-count'], '1');
    assert.match(run.summary, /pg-promote boundary-check: clean/);
    assert.match(run.summary, /cache owned jointly \(#12\)/);
    assert.equal(errors(run.stdout).length, 0);
  });

  test('rules-file: the rules of an app repository that holds no promotion config; a bad rules file names itself and its key (exit 2)', async () => {
    const root = makeTree({
      'ci/boundary.yml': "boundary_check:\n  rules:\n    - { name: no-billing-writes, paths: ['src/**'], protected_schemas: [billing] }\n",
      'ci/bad-name.yml': "boundary_check:\n  rules:\n    - { name: r, paths: ['src/**'], protected_schemas: ['bad name'] }\n",
      'ci/none.yml': 'boundary_check:\n  rules: []\n',
      'src/pay.ts': "await db.query('UPDATE billing.invoices SET paid = true');\n",
    });
    const run = await runAction(root, { 'rules-file': 'ci/boundary.yml' }, ENTRY);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs['findings-count'], '1');
    assert.match(errors(run.stdout)[0]!, /file=src\/pay\.ts,line=1,.*UPDATE writes to protected billing\.invoices/);
    const badName = await runAction(root, { 'rules-file': 'ci/bad-name.yml' }, ENTRY);
    assert.equal(badName.code, 2);
    assert.match(errors(badName.stdout).join('\n'), /ci\/bad-name\.yml.*rules\.0\.protected_schemas/);
    const none = await runAction(root, { 'rules-file': 'ci/none.yml' }, ENTRY);
    assert.equal(none.code, 2);
    assert.match(errors(none.stdout).join('\n'), /no boundary rules configured: list under boundary_check\.rules in ci\/none\.yml/);
  });

  test('bad inputs fail the step with one ::error:: naming the input; bad rules exit 2', async () => {
    const root = makeTree({
      'db/promotion.yml': 'phases: [{ name: app, schema: app, migrations: db/m }]\nboundary_check:\n  rules: [{ name: empty-handed, paths: [apps/**] }]\n',
    });
    for (const [inputs, message] of [
      [{ 'working-directory': 'nope' }, /input 'working-directory' does not exist: nope/],
      [{ baseline: 'missing.json' }, /input 'baseline' does not exist: missing\.json/],
    ] as const) {
      const run = await runAction(root, inputs, ENTRY);
      assert.equal(run.code, 2);
      assert.equal(errors(run.stdout).length, 1, run.stdout);
      assert.match(errors(run.stdout)[0]!, message);
    }
    const bad = await runAction(root, {}, ENTRY);
    assert.equal(bad.code, 2);
    assert.equal(bad.outputs.status, 'error');
    assert.match(errors(bad.stdout).join('\n'), /rule 'empty-handed' protects nothing/);
  });
});
