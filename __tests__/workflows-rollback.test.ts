import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP, applied, columnExists, failures, promoteWorld } from './harness/promote-world.js';

/**
 * The repository's real rollback workflow, run end to end by the executor from a consumer
 * repository that pins it to a commit, with the artifacts a real promote run produced.
 */

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
