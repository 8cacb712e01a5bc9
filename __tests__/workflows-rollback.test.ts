import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { APP, applied, columnExists, failures, prepareWorlds, promoteWorld } from './harness/promote-world.js';

/**
 * The repository's real rollback workflow, run end to end by the executor from a consumer
 * repository that pins it to a commit, with the artifacts a real promote run produced.
 */
await prepareWorlds();

test('rollback: DOWN files back to a version, then the backup of that promote run restored', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const [production] = world.targets;
  const promote = await world.gh.dispatch(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals: world.signoffs() });
  assert.equal(promote.conclusion, 'success', failures(promote));
  assert.ok(await columnExists(production!.url, 'vh.ventures', 'tagline'));

  const down = await world.gh.dispatch(
    APP,
    'undo.yml',
    { actor: 'olga', inputs: { target: 'production', mode: 'down-to-version', phase: 'vh', 'to-version': '7', reason: 'tagline breaks the dashboards' } },
    { approvals: { rollback: 'rita' } },
  );
  assert.equal(down.conclusion, 'success', failures(down));
  const afterDown = await applied(production!.url);
  assert.ok(!afterDown.includes('vh/8') && afterDown.includes('vh/7') && afterDown.includes('eng/9'), afterDown.join(', '));
  assert.equal(await columnExists(production!.url, 'vh.ventures', 'tagline'), false);
  assert.equal(await columnExists(production!.url, 'eng.teams', 'motto'), true);

  const restore = await world.gh.dispatch(
    APP,
    'undo.yml',
    {
      actor: 'olga',
      inputs: { target: 'production', mode: 'restore-from-backup', 'promotion-run-id': String(promote.id), confirm: production!.database, reason: 'back to before the promotion' },
    },
    { approvals: { rollback: 'rita' } },
  );
  assert.equal(restore.conclusion, 'success', failures(restore));
  assert.equal(await columnExists(production!.url, 'eng.teams', 'motto'), false);
  assert.equal(await columnExists(production!.url, 'vh.ventures', 'tagline'), false);
  const job = restore.job('rollback / Roll back production (restore-from-backup)');
  assert.match(job.log, /latest version per phase \(the runbook's "verify restoration"\): eng 8, vh 7/);
  assert.ok(job.log.indexOf('flags off') < job.log.indexOf('restore: checking'), 'the kill switches come before the restore');
  // The kill switches were thrown before the restore, and the restore left them thrown.
  const flags = await world.query(production!, `SELECT name, percentage FROM audit.feature_flags ORDER BY name`);
  assert.ok(flags.length > 0 && flags.every((f) => Number(f.percentage) === 0), JSON.stringify(flags));
});

test('a rollback queued while promotions wait: it runs at once in its own group, and nothing queued is cancelled', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const [production] = world.targets;
  const inputs = { targets: '["production"]' };
  const first = await world.gh.queue(APP, 'deploy.yml', { actor: 'alice', inputs }, { manualApprovals: true });
  await first.waitingFor('signoff-engineering-lead');
  const second = await world.gh.queue(APP, 'deploy.yml', { actor: 'alice', inputs }, { manualApprovals: true });
  // Its called promote.yml waits in its concurrency group: none of its jobs has run.
  const queued = (run: typeof first) => run.status !== 'completed' && run.jobs.length === 0;
  assert.ok(queued(second), second.status);

  const rollback = await world.gh.queue(
    APP,
    'undo.yml',
    { actor: 'olga', inputs: { target: 'production', mode: 'down-to-version', phase: 'vh', 'to-version': '6', reason: 'venture metrics double count' } },
    { manualApprovals: true },
  );
  await rollback.waitingFor('rollback');
  // A promotion queued after the rollback cancels nothing: not the rollback, not the pending promotion.
  const third = await world.gh.queue(APP, 'deploy.yml', { actor: 'alice', inputs }, { manualApprovals: true });
  assert.deepEqual([first.status, rollback.status], ['waiting', 'waiting']);
  assert.ok(queued(second) && queued(third), `${second.status} ${third.status}`);
  rollback.approve('rollback', 'rita');
  await rollback.finished;
  assert.equal(rollback.conclusion, 'success', failures(rollback));
  const versions = await applied(production!.url);
  assert.ok(versions.includes('vh/6') && !versions.includes('vh/7'), versions.join(', '));
  assert.equal(first.status, 'waiting');
  assert.ok(queued(second) && queued(third), `${second.status} ${third.status}`);

  for (const run of [third, second, first]) run.cancel();
  await Promise.all([first.finished, second.finished, third.finished]);
});

test('a rollback started during a ramp runs at once; its kill switch stops the ramp, which goes no further', async (t) => {
  const world = await promoteWorld(t, ['production'], {
    rampFlag: 'ingest',
    consumerEdit: (dir) => {
      const file = path.join(dir, 'db/promotion.yml');
      const config = parseDocument(readFileSync(file, 'utf8'));
      config.set('ramp', {
        interval: '500ms',
        steps: [{ to: 10, window: '15s' }, { to: 50, window: '1s' }, { to: 100, window: '1s' }],
        gates: { healthy: { sql: 'SELECT 0 AS value WHERE $1::timestamptz IS NOT NULL', max: 1 } },
        flags: { ingest: { gates: ['healthy'] } },
      });
      writeFileSync(file, config.toString());
    },
  });
  const [production] = world.targets;
  const promote = await world.gh.queue(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals: world.signoffs() });
  const flag = async () => {
    const rows = await world.query(production!, `SELECT to_regclass('audit.feature_flags') IS NOT NULL AS present`);
    if (!rows[0].present) return undefined;
    return (await world.query(production!, `SELECT percentage FROM audit.feature_flags WHERE name = 'ingest'`))[0]?.percentage;
  };
  for (let i = 0; i < 600 && Number(await flag()) !== 10 && promote.status !== 'completed'; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(Number(await flag()), 10, `the ramp never reached 10%: ${failures(promote)}`);

  const rollback = await world.gh.dispatch(
    APP,
    'undo.yml',
    { actor: 'olga', inputs: { target: 'production', mode: 'down-to-version', phase: 'vh', 'to-version': '7', reason: 'ingest errors at 10%' } },
    { approvals: { rollback: 'rita' } },
  );
  assert.equal(rollback.conclusion, 'success', failures(rollback));
  assert.notEqual(promote.status, 'completed', 'the rollback waited for the ramp');
  assert.ok(!(await applied(production!.url)).includes('vh/8'));

  await promote.finished;
  assert.equal(promote.conclusion, 'failure');
  const prefix = 'promote / Promote canary production / ';
  const ramp = promote.job(`${prefix}Ramp ingest to 10% on production`);
  assert.equal(ramp.result, 'failure');
  assert.match(ramp.log, /moved to 0% by someone else during the window/);
  assert.equal(promote.jobs.find((j) => j.key === `${prefix}Ramp ingest to 50% on production`)?.result ?? 'never run', 'never run');
  assert.equal(Number(await flag()), 0);
});
