import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { USAGE } from '../src/cli/args.js';
import { ramp } from '../src/commands/ramp.js';
import { restore } from '../src/commands/restore.js';
import { loadConfig } from '../src/config/load.js';
import { runEngine } from '../src/engine/index.js';
import { REPO_ROOT } from './harness/cli.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const config = (extra = '') => {
  const root = makeTree({ 'db/promotion.yml': onePhaseConfig(extra), 'db/migrations/app/001_a.sql': 'SELECT 1;\n' });
  return { root, config: loadConfig({ root }) };
};
const inputs = () => parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).inputs as Record<string, { description: string }>;
const helpOf = (flag: string) => USAGE.split('\n').find((l) => l.trimStart().startsWith(`--${flag} `)) ?? '';

// Defaults live in the config's schema or in the command's resolve(), and the help and
// action.yml say them; the engine bodies only use what resolve() hands them.
describe('defaults said where they are set', () => {
  test("restore --jobs: the config's backup.jobs for a directory-format backup, one for a custom-format one", () => {
    for (const said of [helpOf('jobs'), inputs().jobs!.description]) assert.match(said, /Default: the config's backup\.jobs; a custom-format backup restores with one/);
    const { root, config: c } = config('backup:\n  jobs: 3\n  format: directory\n');
    assert.deepEqual(restore.resolve!(c, { command: 'restore', root }), { jobs: { directory: 3, custom: 1 } });
    assert.deepEqual(restore.resolve!(c, { command: 'restore', root, restore: { jobs: 2 } }), { jobs: { directory: 2, custom: 2 } });
    const plain = config();
    assert.deepEqual(restore.resolve!(plain.config, { command: 'restore', root: plain.root }), { jobs: { directory: 1, custom: 1 } });
  });

  test("ramp --interval: the config's ramp.interval (10s when it says none); a resumed step keeps its own unless given", () => {
    for (const said of [helpOf('interval'), inputs()['ramp-interval']!.description]) assert.match(said, /Default: the config's ramp\.interval \(a resumed step: its own\)/);
    const set = config('ramp:\n  interval: 2s\n');
    assert.deepEqual(ramp.resolve!(set.config, { command: 'ramp', root: set.root, ramp: {} }), { windowMs: undefined, interval: { ms: 2000, from: 'ramp.interval' } });
    const unset = config();
    assert.deepEqual(ramp.resolve!(unset.config, { command: 'ramp', root: unset.root, ramp: {} }), { windowMs: undefined, interval: { ms: 10_000, from: 'ramp.interval' } });
    assert.deepEqual(ramp.resolve!(unset.config, { command: 'ramp', root: unset.root, ramp: { interval: '500ms', window: '1min' } }), { windowMs: 60_000, interval: { ms: 500, from: '--interval' } });
  });
});

// Each command's run returns its own report; the engine puts it beside the shared envelope.
describe('one result: the envelope and the command\'s own report', () => {
  const ENVELOPE = new Set(['command', 'ok', 'exitCode', 'executionId', 'database', 'startedAt', 'durationMs', 'warnings', 'window', 'error']);
  const own = (result: object) => Object.keys(result).filter((k) => !ENVELOPE.has(k)).sort();

  test('a check that fails still hands back everything it found, and nothing of another command\'s', async () => {
    const { root } = config();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(root, 'db/migrations/app/002_b.sql'), 'ALTER TABLE app.t ADD COLUMN;\n');
    writeFileSync(path.join(root, 'db/migrations/app/003_c.sql'), "SELECT 'unterminated;\n");
    const lint = await runEngine({ command: 'lint', root });
    assert.equal(lint.exitCode, 1);
    assert.deepEqual(own(lint), ['lint']);
    assert.deepEqual(lint.lint?.findings.filter((f) => f.rule === 'parse-error').map((f) => f.file.split('/').pop()), ['002_b.sql', '003_c.sql']);
    assert.equal(lint.error?.file, 'db/migrations/app/002_b.sql');
  });

  test('a command refused before it ran carries its empty report; one that ran, the report it returned', async () => {
    const { root } = config();
    const status = await runEngine({ command: 'status', root, env: {} });
    assert.equal(status.exitCode, 2);
    assert.deepEqual(own(status), ['counts', 'drift', 'phases']);
    assert.deepEqual(status.phases, []);
    const init = await runEngine({ command: 'init', root, configPath: 'db/other.yml', dryRun: true });
    assert.equal(init.exitCode, 0, init.error?.message);
    assert.deepEqual(own(init), ['init']);
    assert.equal(init.init?.written, false);
  });
});
