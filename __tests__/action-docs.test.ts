import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { renderActionYml, renderReadme } from '../scripts/action-docs.js';
import { REPO_ROOT } from './harness/cli.js';

test("the README's inputs and outputs tables match action.yml (npm run action-docs)", () => {
  assert.equal(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'), renderReadme(REPO_ROOT));
});

test("action.yml's inputs are the commands' options, generated from src/commands/ (npm run action-docs)", () => {
  assert.equal(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'), renderActionYml(REPO_ROOT));
  const inputs = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).inputs;
  // ramp's --resume and --revert reach the action as inputs of the same names.
  for (const input of ['resume', 'revert', 'debug', 'percentage', 'from-percentage']) assert.ok(input in inputs, input);
});

test('action.yml runs node24 from dist/index.js and describes every input and output', () => {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
  for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)] as Array<[string, { description?: string }]>) {
    assert.ok(spec.description && spec.description.length > 10, `${name} has a description`);
  }
  for (const input of ['command', 'database-url', 'config', 'phase', 'dry-run', 'staging-url', 'backup-dir', 'backup-file', 'confirm', 'to', 'working-directory']) {
    assert.ok(input in action.inputs, input);
  }
  for (const output of ['status', 'applied-count', 'pending-count', 'backup-path', 'backup-sha256', 'wal-lsn', 'report-path', 'result-json']) {
    assert.ok(output in action.outputs, output);
  }
});

test("action.yml describes each GitHub stage in its command module's words (one source)", async () => {
  const { COMMAND_SPECS, usesGithub } = await import('../src/commands/index.js');
  const description: string = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).inputs.command.description;
  const stages = COMMAND_SPECS.filter((c) => usesGithub(c) && c.actionNames.length > 0);
  assert.deepEqual(stages.map((c) => c.name).sort(), ['gates-check', 'record-approvals', 'signoffs-check']);
  for (const c of stages) assert.ok(description.includes(`${c.name} (${c.summary})`), c.name);
});
