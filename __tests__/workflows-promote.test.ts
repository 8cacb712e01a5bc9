import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { APP, applied, failures, promoteWorld } from './harness/promote-world.js';

/**
 * The repository's real promote workflows, run end to end by the executor (harness/gha/) from a
 * consumer repository that pins them to a commit, against throwaway PostgreSQL.
 */



test('one target: migrations reach production, the backup goes up encrypted and its manifest as its own artifact', async (t) => {
  const world = await promoteWorld(t, ['production']);
  const run = await world.gh.dispatch(APP, 'deploy.yml', { actor: 'alice', inputs: { targets: '["production"]' } }, { approvals: world.signoffs() });
  assert.equal(run.conclusion, 'success', failures(run));
  const [production] = world.targets;
  const versions = await applied(production!.url);
  assert.ok(versions.includes('eng/9') && versions.includes('vh/8'), versions.join(', '));
  assert.deepEqual(versions, await applied(world.staging));

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
