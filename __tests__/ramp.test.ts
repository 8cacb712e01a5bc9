import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { startIngestSim, type IngestSim } from '../scripts/ingest-sim.js';
import { renderReportMarkdown } from '../src/report/markdown.js';
import { buildReport } from '../src/report/report-model.js';
import { cli, cliJson, SOURCE_CLI_ARGS } from './harness/cli.js';
import { runAction } from './harness/action.js';
import { sampleDatabases, sampleTree, type SampleDatabases } from './harness/postgres.js';
import { testServer } from './harness/server.js';

const server = await testServer();
let sample: SampleDatabases;
before(async () => {
  sample = await sampleDatabases(server);
});

const FAST = ['--window', '2s', '--interval', '500ms'];

const flagOf = async (url: string, name = 'ingest'): Promise<number | undefined> => {
  const probe = await server.query(url, "SELECT to_regclass('audit.feature_flags') IS NOT NULL AS present");
  if (!probe.rows[0].present) return undefined;
  const row = await server.query(url, 'SELECT percentage FROM audit.feature_flags WHERE name = $1', [name]);
  return row.rows[0]?.percentage;
};

const eventsOf = async (url: string) =>
  (await server.query(url, "SELECT event, detail FROM audit.promotion_events WHERE event LIKE 'flag.%' ORDER BY id")).rows as Array<{ event: string; detail: Record<string, unknown> }>;

/** The sample database with the ingest flag at `at` and the simulated ingest service running. */
async function ingesting(at: number): Promise<{ url: string; root: string; sim: IngestSim }> {
  const url = await sample.fresh('ramp');
  const root = sampleTree();
  const sim = await startIngestSim({ databaseUrl: url, intervalMs: 50 });
  sims.push(sim);
  await new Promise((r) => setTimeout(r, 100));
  if (at > 0) {
    const set = await cli(root, ['ramp', '--flag', 'ingest', '--to', String(at), '--window', '200ms', '--interval', '200ms', '--database-url', url]);
    assert.equal(set.code, 0, set.stdout + set.stderr);
  }
  return { url, root, sim };
}

const sims: IngestSim[] = [];
after(async () => {
  await Promise.all(sims.map((s) => s.stop()));
});

describe('ramp: move a flag, watch the health gates, revert on a breach', () => {
  test('a healthy window advances the flag, with a progress line per evaluation and the move in the audit trail', async () => {
    const { url, root, sim } = await ingesting(10);
    await new Promise((r) => setTimeout(r, 200));
    const run = await cli(root, ['ramp', '--flag', 'ingest', '--to', '50', ...FAST, '--database-url', url]);
    await sim.stop();
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(await flagOf(url), 50);
    const progress = run.stdout.split('\n').filter((l) => l.startsWith('ramp: ingest 50% · '));
    assert.equal(progress.length, 4, run.stdout);
    assert.match(progress[0]!, /service_errors 0 ≤ 10 \(errors 0, warnings 0, total \d+\) · ingest_failure_rate 0 ≤ 10 \(success \d+, failed 0\)/);
    assert.match(run.stdout, /ramp: ingest 10% → 50%: held: every gate passed for the whole window; now at 50%/);
    const events = await eventsOf(url);
    assert.deepEqual(events.slice(-2).map((e) => e.event), ['flag.ramped', 'flag.ramp-passed']);
    assert.deepEqual([events.at(-2)!.detail.from, events.at(-2)!.detail.to], [10, 50]);
  });

  test('interrupted while watching (Ctrl-C, a cancelled job): the flag goes back at once and the reason is recorded', async () => {
    const { url, root } = await ingesting(10);
    const child = spawn(process.execPath, [...SOURCE_CLI_ARGS, 'ramp', '--flag', 'ingest', '--to', '50', '--window', '60s', '--interval', '300ms'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!/ramp: ingest 50% · /.test(stdout)) await new Promise((r) => setTimeout(r, 50));
    const sent = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    assert.equal(code, 1, stdout + stderr);
    assert.ok(Date.now() - sent < 5000, 'stopped at once, not at the end of the 60 s window');
    assert.equal(await flagOf(url), 10);
    assert.match(stderr, /ramp of 'ingest' to 50% failed: interrupted by SIGTERM before the window passed; flag set back to 10%/);
    const reverted = (await eventsOf(url)).at(-1)!;
    assert.equal(reverted.event, 'flag.reverted');
    assert.match(String(reverted.detail.reason), /interrupted by SIGTERM/);
  });

  test('killed (SIGKILL) while watching: the step is on record as unfinished; flags, migrate on production and ramp say so; ramp refuses to move the flag until --resume or --revert finishes it, each recorded', async () => {
    const { url, root } = await ingesting(10);
    const killMidWindow = async () => {
      const child = spawn(process.execPath, [...SOURCE_CLI_ARGS, 'ramp', '--flag', 'ingest', '--to', '50', '--window', '60s', '--interval', '300ms'], {
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
      });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
      while (!/ramp: ingest 50% · /.test(stdout)) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
      assert.equal(await flagOf(url), 50, 'the kill left the flag moved');
      assert.equal((await eventsOf(url)).at(-1)!.event, 'flag.ramped', 'and its move on record, with no verdict');
    };
    const unfinished = /flag 'ingest' has an unfinished ramp: moved 10% → 50% at .+ and never judged \(the ramp was stopped while watching its 1 min window\); finish it with 'pg-promote ramp --flag ingest --resume' \(watch the step again\) or 'pg-promote ramp --flag ingest --revert' \(set it back to 10%\)/;

    await killMidWindow();
    const list = await cli(root, ['flags', 'list', '--database-url', url]);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout + list.stderr, new RegExp(`warning: ${unfinished.source}`));
    const production = sampleTree((doc) => doc.setIn(['production'], { databases: [new URL(url).pathname.slice(1)] }));
    const migrate = await cli(production, ['migrate', '--without-backup', 'test database', '--database-url', url]);
    assert.equal(migrate.code, 0, migrate.stdout + migrate.stderr);
    assert.match(migrate.stdout + migrate.stderr, new RegExp(`warning: ${unfinished.source}`));
    const further = await cli(root, ['ramp', '--flag', 'ingest', '--to', '100', ...FAST, '--database-url', url]);
    assert.equal(further.code, 2, further.stdout + further.stderr);
    assert.match(further.stderr, new RegExp(`^error: --flag: ${unfinished.source}$`, 'm'));
    assert.equal(await flagOf(url), 50, 'not moved further');
    const forced = await cli(root, ['ramp', '--flag', 'ingest', '--to', '0', '--force', ...FAST, '--database-url', url]);
    assert.equal(forced.code, 2, 'not even lowered by a new move: the step is finished by --revert');

    // --resume watches the step again, for a whole window; healthy, it passes and the flag may move on.
    const resumed = await cli(root, ['ramp', '--flag', 'ingest', '--resume', ...FAST, '--database-url', url]);
    assert.equal(resumed.code, 0, resumed.stdout + resumed.stderr);
    assert.match(resumed.stdout, /ramp: ingest 10% → 50% \(resumed\): held: every gate passed for the whole window; now at 50%/);
    assert.deepEqual((await eventsOf(url)).slice(-2).map((e) => e.event), ['flag.ramp-resumed', 'flag.ramp-passed']);
    const nothingLeft = await cli(root, ['ramp', '--flag', 'ingest', '--resume', ...FAST, '--database-url', url]);
    assert.equal(nothingLeft.code, 2);
    assert.match(nothingLeft.stderr, /flag 'ingest' has no unfinished ramp to resume/);

    // Killed again (back at 10% first): --revert sets the flag back to where the step found it, and says why.
    const lower = await cli(root, ['ramp', '--flag', 'ingest', '--to', '10', '--force', '--window', '200ms', '--interval', '200ms', '--database-url', url]);
    assert.equal(lower.code, 0, lower.stdout + lower.stderr);
    await killMidWindow();
    const reverted = await cliJson(root, ['ramp', '--flag', 'ingest', '--revert', '--database-url', url]);
    assert.equal(reverted.code, 0, reverted.stdout);
    assert.equal(await flagOf(url), 10);
    assert.equal(reverted.result.ramp?.outcome, 'reverted');
    const last = (await eventsOf(url)).at(-1)!;
    assert.equal(last.event, 'flag.reverted');
    assert.deepEqual([last.detail.from, last.detail.to], [50, 10]);
    assert.match(String(last.detail.reason), /unfinished step \(moved at .+, never judged\) reverted by ramp --revert/);
    const clean = await cli(root, ['flags', 'list', '--database-url', url]);
    assert.doesNotMatch(clean.stdout + clean.stderr, /unfinished/);
    const onward = await cli(root, ['ramp', '--flag', 'ingest', '--to', '50', ...FAST, '--database-url', url]);
    assert.equal(onward.code, 0, onward.stdout + onward.stderr);
  });

  test('a ramp running in another session is not unfinished: flags list says nothing of it while it watches', async () => {
    const { url, root } = await ingesting(10);
    const running = cli(root, ['ramp', '--flag', 'ingest', '--to', '50', '--window', '3s', '--interval', '500ms', '--database-url', url]);
    while ((await flagOf(url)) !== 50) await new Promise((r) => setTimeout(r, 50));
    const list = await cli(root, ['flags', 'list', '--database-url', url]);
    assert.doesNotMatch(list.stdout + list.stderr, /unfinished/);
    assert.equal((await running).code, 0);
  });

  test('errors above the threshold revert the flag to its previous percentage and exit 1, recording why', async () => {
    const { url, root } = await ingesting(10);
    const running = cliJson(root, ['ramp', '--flag', 'ingest', '--to', '50', '--window', '5s', '--interval', '300ms', '--database-url', url]);
    while ((await flagOf(url)) !== 50) await new Promise((r) => setTimeout(r, 50));
    await server.query(url, "INSERT INTO audit.service_logs (service, level, message) SELECT 'ehg-ingest', 'ERROR', 'injected' FROM generate_series(1, 15)");
    const run = await running;
    assert.equal(run.code, 1, run.stdout);
    assert.equal(await flagOf(url), 10);
    assert.equal(run.result.ramp?.outcome, 'reverted');
    assert.match(run.result.error!.message, /^ramp of 'ingest' to 50% failed: gate service_errors 1[5-9] > 10 \(errors 1[5-9], warnings 0, total \d+\) after [\d.]+ m?s; flag set back to 10%$/);
    assert.equal(run.result.error?.key, 'ramp.gates.service_errors');
    assert.ok(run.result.ramp!.readings.at(-1)!.elapsedMs < 4000, 'reverted at the breach, not at the end of the window');
    const reverted = (await eventsOf(url)).at(-1)!;
    assert.equal(reverted.event, 'flag.reverted');
    assert.deepEqual([reverted.detail.from, reverted.detail.to, reverted.detail.gate], [50, 10, 'service_errors']);
    assert.match(String(reverted.detail.reason), /service_errors 1[5-9] > 10/);

    const report = renderReportMarkdown(buildReport([run.result]));
    assert.match(report, /### Feature-flag ramp\n\n#### ❌ Ramp: `ingest` 10% → 50%\n\nREVERTED; now at 10%/);
    // Readings taken before the errors landed (a busy machine) come first, clean; the breach ends the table.
    assert.match(report, /\| since the move \| service_errors \(max 10\) \| ingest_failure_rate \(max 10\) \|\n\|---:\|---:\|---:\|\n(\| [\d.]+ m?s \| 0 \| 0 \|\n)*\| [\d.]+ m?s \| ❌ 1[5-9] \| 0 \|\n(?!\|)/);
  });

  test('the simulated ingest service failing on the new path trips the failure-rate gate', async () => {
    const { url, root, sim } = await ingesting(10);
    sim.setMode('failing');
    const run = await cliJson(root, ['ramp', '--flag', 'ingest', '--to', '50', ...FAST, '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(await flagOf(url), 10);
    assert.match(run.result.error!.message, /gate (ingest_failure_rate|service_errors) [\d.]+ > 10/);
  });

  test('a gate query error fails the step at once and reverts; so does a gate with no rows in the whole window', async () => {
    const { url, sim } = await ingesting(10);
    const root = sampleTree((doc) => doc.setIn(['ramp'], { gates: { broken: { sql: 'SELECT count(*) AS value FROM vh.no_such_table WHERE $1::timestamptz IS NOT NULL', max: 1 } } }));
    const broken = await cliJson(root, ['ramp', '--flag', 'ingest', '--to', '50', ...FAST, '--database-url', url]);
    assert.equal(broken.code, 1);
    assert.equal(await flagOf(url), 10);
    assert.equal(broken.result.ramp!.readings.length, 1, 'failed at the first evaluation');
    assert.match(broken.result.error!.message, /gate broken cannot be evaluated: relation "vh\.no_such_table" does not exist \[SQLSTATE 42P01\]/);

    await sim.stop();
    await new Promise((r) => setTimeout(r, 100));
    const silent = await cliJson(sampleTree(), ['ramp', '--flag', 'ingest', '--to', '50', '--window', '1s', '--interval', '400ms', '--database-url', url]);
    assert.equal(silent.code, 1);
    assert.equal(await flagOf(url), 10);
    assert.equal(silent.result.ramp!.readings[0]!.gates[0]!.status, 'pending', 'no rows yet is not a failure while the window runs');
    assert.match(silent.result.error!.message, /gate service_errors cannot be evaluated: no rows in the whole window/);
  });

  test('--from: a kill switch thrown between two steps is never ramped past; the step after it refuses with exit 1 and the flag stays off', async () => {
    const { url, root, sim } = await ingesting(10);
    const off = await cli(root, ['flags', 'off', 'ingest', '--reason', 'rollback', '--database-url', url]);
    assert.equal(off.code, 0, off.stdout + off.stderr);
    const run = await cli(root, ['ramp', '--flag', 'ingest', '--to', '50', '--from', '10', ...FAST, '--database-url', url]);
    await sim.stop();
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /flag 'ingest' is at 0%, not at 10% where the step before left it: it was changed since \(a kill switch, a rollback\?\); the flag was not changed/);
    assert.equal(await flagOf(url), 0);
    assert.equal((await eventsOf(url)).filter((e) => e.event === 'flag.ramped').length, 1, 'only the setup ramp moved it');
    const bad = await cli(root, ['ramp', '--flag', 'ingest', '--to', '50', '--from', 'ten', '--database-url', url]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from must be a percentage from 0 to 100, not 'ten'/);
  });

  test('bad input is refused with exit 2 and the flag unchanged', async () => {
    const { url, root } = await ingesting(50);
    const noThreshold = sampleTree((doc) => doc.setIn(['ramp'], { gates: { loose: { sql: 'SELECT 1 AS value' } } }));
    const zeroWindow = sampleTree((doc) => doc.setIn(['ramp'], { steps: [{ to: 100, window: '0s' }] }));
    // Gates are the project's own (the sample's are in its db/promotion.yml): without them ramp refuses.
    const noGates = sampleTree((doc) => doc.deleteIn(['ramp']));
    const cases: Array<[string, string[], RegExp]> = [
      [root, ['--flag', 'ingestt', '--to', '60'], /unknown flag 'ingestt' \(flags in the config: ingest, eng_governance_sync\)/],
      [root, ['--flag', 'ingest', '--to', '101'], /--to must be a percentage from 0 to 100, not '101'/],
      [root, ['--flag', 'ingest', '--to=-5'], /--to must be a percentage from 0 to 100, not '-5'/],
      [root, ['--flag', 'ingest', '--to', '10'], /flag 'ingest' is at 50%; --to 10 is not above it \(pass --force to lower or repeat it\)/],
      [root, ['--flag', 'ingest', '--to', '50'], /flag 'ingest' is at 50%; --to 50 is not above it/],
      [root, ['--flag', 'ingest', '--to', '100', '--window', '0s'], /--window must be longer than zero/],
      [noThreshold, ['--flag', 'ingest', '--to', '100'], /ramp\.gates\.loose: gate has no threshold: set max \(highest passing value\) or min \(lowest\)/],
      [zeroWindow, ['--flag', 'ingest', '--to', '100'], /ramp\.steps\.0\.window: must be longer than zero/],
      [noGates, ['--flag', 'ingest', '--to', '100'], /^error: db\/promotion\.yml: no health gates configured: ramp watches the queries under ramp\.gates in db\/promotion\.yml/m],
    ];
    for (const [tree, args, message] of cases) {
      const run = await cli(tree, ['ramp', ...args, '--database-url', url]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(await flagOf(url), 50, `${args.join(' ')} left the flag alone`);
    }
    const events = await eventsOf(url);
    assert.equal(events.filter((e) => e.event === 'flag.ramped').length, 1, 'only the setup ramp was recorded');
  });

  test('--force lowers a flag; the built action runs ramp with its inputs, as the runner runs it', async () => {
    const { url, root } = await ingesting(50);
    const run = await runAction(root, { command: 'ramp', 'database-url': url, flag: 'ingest', percentage: '20', force: 'true', 'ramp-window': '1s', 'ramp-interval': '500ms' });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(await flagOf(url), 20);
    assert.match(run.stdout, /^ramp: ingest 20% · /m);
    assert.match(run.summary, /### ✅ Ramp: `ingest` 50% → 20%/);
    assert.match(run.summary, /```mermaid\nxychart-beta\n {2}title "service_errors \(max 10\)"/);
  });
});
