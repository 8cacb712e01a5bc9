import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { APP, applied, BACKUP_KEY, READONLY_PASSWORD, failures, prepareWorlds, promoteWorld } from './harness/promote-world.js';

/**
 * The repository's real promote workflows, run end to end by the executor (harness/gha/) from a
 * consumer repository that pins them to a commit, against throwaway PostgreSQL.
 */
await prepareWorlds();



test('one target: migrations reach production, the backup goes up encrypted and its manifest as its own artifact', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const run = await world.gh.dispatch(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals: world.signoffs() });
  assert.equal(run.conclusion, 'success', failures(run));
  const [production] = world.targets;
  const versions = await applied(production!.url);
  assert.ok(versions.includes('eng/9') && versions.includes('vh/8'), versions.join(', '));
  assert.deepEqual(versions, await applied(world.staging));

  // No credential ever printed, even unmasked (the ::add-mask:: commands themselves are the runner's, never shown).
  for (const job of run.jobs) {
    const printed = job.rawLog.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const secret of [world.server.password, READONLY_PASSWORD, BACKUP_KEY]) assert.ok(!printed.includes(secret), `${job.key} printed a secret`);
  }
  // Preflight planned against production as the read-only role: the read-write URL is not in its environment.
  assert.match(run.job('promote / Preflight production').log, /connected to e2e_readonly@/);
  // PG_BIN's pg_dump is as new as the server: nothing installed with sudo/apt.
  assert.match(run.job('promote / Promote canary production / Backup production').log, /pg_dump \d+ is as new as the server .*: nothing to install/);
  const backup = run.artifacts.find((a) => a.name.startsWith('backup+production+'))!;
  const manifest = run.artifacts.find((a) => a.name.startsWith('backup-manifest+production+'))!;
  assert.ok(backup && manifest, run.artifacts.map((a) => a.name).join(', '));
  const dump = backup.files.find((f) => !f.endsWith('.manifest.json'))!;
  assert.notEqual(readFileSync(path.join(backup.dir, dump)).subarray(0, 5).toString('latin1'), 'PGDMP');
  assert.deepEqual(manifest.files.map((f) => f.endsWith('.manifest.json')), [true]);
  assert.equal(JSON.parse(readFileSync(path.join(manifest.dir, manifest.files[0]!), 'utf8')).encrypted, true);
});

test('a canary, then two more one at a time (max-parallel 1): every database migrated, each backup its own encrypted artifact', async (t) => {
  const world = await promoteWorld(t, ['eu', 'us', 'ap']);
  const run = await world.gh.dispatch(
    APP,
    'deploy.yml',
    { actor: 'alice', inputs: { targets: '["eu", "us", "ap"]', canary: 'us', 'max-parallel': '1' } },
    { approvals: world.signoffs() },
  );
  assert.equal(run.conclusion, 'success', failures(run));
  for (const target of world.targets) {
    const versions = await applied(target.url);
    assert.ok(versions.includes('eng/9') && versions.includes('vh/8'), `${target.name}: ${versions.join(', ')}`);
    const backup = run.artifacts.find((a) => a.name.startsWith(`backup+${target.name}+`))!;
    assert.ok(run.artifacts.some((a) => a.name.startsWith(`backup-manifest+${target.name}+`)), target.name);
    const dump = backup.files.find((f) => !f.endsWith('.manifest.json'))!;
    assert.notEqual(readFileSync(path.join(backup.dir, dump)).subarray(0, 5).toString('latin1'), 'PGDMP');
  }
  // The canary finished before the others began; the others ran one after the other.
  const span = (target: string) => {
    const jobs = run.jobs.filter((j) => j.key.endsWith(` ${target}`) && j.key.includes(`Promote ${target === 'us' ? 'canary us' : target} /`));
    assert.ok(jobs.length >= 5, `${target}: ${run.jobs.map((j) => j.key).join(', ')}`);
    return { start: Math.min(...jobs.map((j) => j.startedAt.getTime())), end: Math.max(...jobs.map((j) => j.completedAt.getTime())) };
  };
  const [canary, eu, ap] = [span('us'), span('eu'), span('ap')];
  assert.ok(canary.end <= Math.min(eu.start, ap.start), 'the canary overlapped the fleet');
  assert.ok(eu.end <= ap.start || ap.end <= eu.start, 'max-parallel 1, yet two targets ran together');
});

test('a phase that fails, fixed, then "re-run failed jobs" as attempt 2: the kept backup is used, no artifact name collides, the promotion completes', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const [production] = world.targets;
  // Someone added the column by hand: vh's new migration fails on it.
  await world.query(production!, 'ALTER TABLE vh.ventures ADD COLUMN tagline integer');
  const run = await world.gh.dispatch(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals: world.signoffs() });
  assert.equal(run.conclusion, 'failure');
  const prefix = 'promote / Promote canary production / ';
  assert.equal(run.job(`${prefix}Phase eng on production`).result, 'success');
  const failed = run.job(`${prefix}Phase vh on production`);
  assert.equal(failed.result, 'failure');
  assert.match(failed.log, /column "tagline" of relation "ventures" already exists/);
  assert.ok((await applied(production!.url)).includes('eng/9'));
  assert.ok(!(await applied(production!.url)).includes('vh/8'));

  await world.query(production!, 'ALTER TABLE vh.ventures DROP COLUMN tagline');
  await run.rerunFailed({ approvals: world.signoffs() });
  assert.equal(run.conclusion, 'success', failures(run));
  assert.equal(run.job(`${prefix}Backup production`).attempt, 1);
  assert.equal(run.job(`${prefix}Phase vh on production`).attempt, 2);
  assert.ok((await applied(production!.url)).includes('vh/8'));
  assert.doesNotMatch(run.jobs.map((j) => j.log).join('\n'), /\(409\) Conflict/);
  // One backup, taken by attempt 1; each attempt's results under names of its own.
  assert.deepEqual(run.artifacts.filter((a) => a.name.startsWith('backup+')).map((a) => a.name), [`backup+production+${run.id}+1`]);
  // Each stage's results once, the latest attempt's (the report must not read the fixed failure).
  const vh = run.artifacts.filter((a) => a.name === 'result+production+vh');
  assert.deepEqual(vh.map((a) => a.attempt), [2]);
  assert.ok(run.artifacts.some((a) => a.name === 'result+production+eng' && a.attempt === 1));
  assert.match(run.job(`${prefix}Report production`).log, /checks: \d+ passed, 0 failed/);
  assert.doesNotMatch(run.job(`${prefix}Report production`).log, /did not pass/);
  // Each attempt's audit report kept, the failed attempt's too.
  assert.deepEqual(run.artifacts.filter((a) => a.name.startsWith('audit-report+')).map((a) => a.name).sort(), ['audit-report+production+1', 'audit-report+production+2']);
});
