import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP, applied, columnExists, prepareWorlds, promoteWorld, SIGNOFFS } from './harness/promote-world.js';

/**
 * The four sign-offs of the real promote workflow, run end to end from a consumer repository:
 * whatever is wrong with them, nothing reaches production.
 */
await prepareWorlds();

test('a sign-off refused, one person signing off twice, approvals too old: nothing reaches production', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const [production] = world.targets;
  const before = await applied(production!.url);
  const untouched = async (run: { artifacts: { name: string }[] }) => {
    assert.deepEqual(await applied(production!.url), before);
    assert.equal(await columnExists(production!.url, 'eng.teams', 'motto'), false);
    assert.deepEqual(run.artifacts.filter((a) => a.name.startsWith('backup')).map((a) => a.name), []);
  };
  const promote = (approvals: Record<string, any>) =>
    world.gh.dispatch(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals });
  // The sign-off check's errors, and nothing after them (a second error would bury them).
  const errors = (job: { annotations: { level: string; message: string }[] }) => job.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  const backupJob = 'promote / Promote canary production / Backup production';

  const refused = await promote({ ...world.signoffs(), 'signoff-security': { user: 'sam', state: 'rejected', comment: 'no pen test yet' } });
  assert.equal(refused.conclusion, 'failure');
  assert.equal(refused.job('promote / Sign-off Security · signoff-security').result, 'failure');
  assert.equal(refused.jobs.find((j) => j.key === backupJob)?.result ?? 'never', 'never');
  await untouched(refused);

  // mallory is a reviewer of every sign-off environment, so GitHub lets her approve two of them.
  const twice = await promote({ ...world.signoffs(), 'signoff-engineering-lead': 'mallory', 'signoff-security': 'mallory' });
  assert.equal(twice.conclusion, 'failure');
  const twiceBackup = twice.job(backupJob);
  assert.equal(twiceBackup.result, 'failure');
  assert.deepEqual(errors(twiceBackup), [
    "'signoff-engineering-lead': mallory also approved 'signoff-security': each sign-off needs a different person",
    "'signoff-security': mallory also approved 'signoff-engineering-lead': each sign-off needs a different person",
  ]);
  await untouched(twice);

  const stale = await promote(world.signoffs(new Date(Date.now() - 30 * 3600_000)));
  assert.equal(stale.conclusion, 'failure');
  const staleBackup = stale.job(backupJob);
  assert.equal(staleBackup.result, 'failure');
  assert.deepEqual(
    errors(staleBackup),
    SIGNOFFS.map((env) => `'${env}': approved 30 h ago, more than the 24 h allowed: re-run all jobs to ask for fresh sign-offs`),
  );
  await untouched(stale);
});
