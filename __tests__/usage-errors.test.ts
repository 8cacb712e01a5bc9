import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import path from 'node:path';
import { cli, REPO_ROOT } from './harness/cli.js';
import { runAction } from './harness/action.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

/**
 * Validation is written once (src/commands/): the same bad value gives the CLI and the action
 * the same error, the CLI naming the option and the action naming the input.
 */
const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/esm/index.mjs');
const NOWHERE = 'postgres://nobody@127.0.0.1:1/nowhere';

interface Case {
  cli: string[];
  inputs: Record<string, string>;
  /** The message in the CLI's words and in the action's. */
  cliSays: RegExp;
  actionSays: RegExp;
}

const CASES: Case[] = [
  { cli: ['backup', '--jobs', '0'], inputs: { command: 'backup', jobs: '0' }, cliSays: /--jobs must be a whole number from 1 to 64, not '0'/, actionSays: /input 'jobs' must be a whole number from 1 to 64, not '0'/ },
  { cli: ['backup', '--format', 'tar'], inputs: { command: 'backup', 'backup-format': 'tar' }, cliSays: /--format is 'tar'; expected one of: custom, directory/, actionSays: /input 'backup-format' is 'tar'; expected one of: custom, directory/ },
  { cli: ['backup', '--verify', 'all'], inputs: { command: 'backup', verify: 'all' }, cliSays: /--verify is 'all'; expected one of: list, restore/, actionSays: /input 'verify' is 'all'; expected one of: list, restore/ },
  { cli: ['ramp', '--flag', 'f', '--to', '101'], inputs: { command: 'ramp', flag: 'f', percentage: '101' }, cliSays: /--to must be a percentage from 0 to 100, not '101'/, actionSays: /input 'percentage' must be a percentage from 0 to 100, not '101'/ },
  { cli: ['ramp', '--flag', 'f', '--from', 'ten'], inputs: { command: 'ramp', flag: 'f', 'from-percentage': 'ten' }, cliSays: /--from must be a percentage from 0 to 100, not 'ten'/, actionSays: /input 'from-percentage' must be a percentage from 0 to 100, not 'ten'/ },
  { cli: ['ramp', '--flag', 'f', '--resume', '--revert'], inputs: { command: 'ramp', flag: 'f', resume: 'true', revert: 'true' }, cliSays: /--resume and --revert cannot be given together/, actionSays: /input 'resume' and input 'revert' cannot be given together/ },
  { cli: ['latency', '--samples', '0', '--compare', 'b.json'], inputs: { command: 'latency', samples: '0', 'latency-compare': 'b.json' }, cliSays: /--samples must be a whole number from 1 to 100000/, actionSays: /input 'samples' must be a whole number from 1 to 100000/ },
  { cli: ['latency'], inputs: { command: 'latency' }, cliSays: /latency needs exactly one of --baseline FILE \(before the promotion\) or --compare FILE/, actionSays: /latency needs exactly one of input 'latency-baseline' \(before the promotion\) or input 'latency-compare'/ },
  // Known disagreements, now one answer: a blank reason is an error (the action used to drop it) ...
  { cli: ['migrate', '--without-backup', '  '], inputs: { command: 'migrate', 'without-backup': '  ' }, cliSays: /--without-backup needs a reason \(it goes into the audit trail\)/, actionSays: /input 'without-backup' needs a reason \(it goes into the audit trail\)/ },
  { cli: ['ramp', '--flag', 'f', '--to', '5', '--outside-window', ' '], inputs: { command: 'ramp', flag: 'f', percentage: '5', 'outside-window': ' ' }, cliSays: /--outside-window needs a reason/, actionSays: /input 'outside-window' needs a reason/ },
  // ... and review refuses a target database in both (the action used to take it).
  { cli: ['review', '--database-url', NOWHERE], inputs: { command: 'review', 'database-url': NOWHERE }, cliSays: /--database-url does not apply to review: give an empty database with --scratch-url/, actionSays: /input 'database-url' does not apply to review: give an empty database with input 'scratch-url'/ },
  { cli: ['restore', '--dry-run'], inputs: { command: 'restore', 'dry-run': 'true' }, cliSays: /--dry-run applies to migrate, down and baseline only, not restore: restore would change the database anyway/, actionSays: /input 'dry-run' applies to migrate, down and baseline only, not restore: restore would change the database anyway/ },
  { cli: ['plan', '--confirm', 'x'], inputs: { command: 'plan', confirm: 'x' }, cliSays: /--confirm does not apply to plan \(only to restore\)/, actionSays: /input 'confirm' does not apply to plan \(only to restore\)/ },
  { cli: ['plan', '--staging-url', 'not a url'], inputs: { command: 'plan', 'staging-url': 'not a url' }, cliSays: /--staging-url/, actionSays: /input 'staging-url'/ },
];

describe('usage errors', () => {
  test('each bad input gives the same error, exit code and nothing else from the CLI and the action', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;' });
    for (const c of CASES) {
      const fromCli = await cli(root, c.cli, { DATABASE_URL: NOWHERE });
      assert.equal(fromCli.code, 2, `${c.cli.join(' ')}: ${fromCli.stderr}`);
      const cliErrors = fromCli.stderr.split('\n').filter((l) => l.startsWith('error: '));
      assert.equal(cliErrors.length, 1, fromCli.stderr);
      assert.match(cliErrors[0]!, c.cliSays);
      const fromAction = await runAction(root, c.inputs, 'src/action/index.ts', { DATABASE_URL: NOWHERE, NODE_OPTIONS: `--import ${TSX}` });
      assert.equal(fromAction.code, 2, `${JSON.stringify(c.inputs)}: ${fromAction.stdout}`);
      const actionErrors = fromAction.stdout.split('\n').filter((l) => l.startsWith('::error'));
      assert.equal(actionErrors.length, 1, fromAction.stdout);
      assert.match(actionErrors[0]!, c.actionSays);
      // The same words once the option is said as its input.
      assert.equal(actionErrors[0]!.replace(/^::error[^:]*::/, '').replace(/input '([a-z-]+)'/g, 'X').replace(/%0A.*/, '').replace(/^X: /, ''), cliErrors[0]!.replace(/^error: /, '').replace(/--[a-z-]+(?: [A-Z]+)?/g, 'X').replace(/^X: /, ''));
    }
  });
});
