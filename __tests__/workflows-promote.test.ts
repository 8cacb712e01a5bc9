import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { APP, applied, promoteWorld } from './harness/promote-world.js';

/**
 * The repository's real promote workflows, run end to end by the executor (harness/gha/) from a
 * consumer repository that pins them to a commit, against throwaway PostgreSQL.
 */

const failures = (run: { jobs: { key: string; result: string; log: string }[] }) =>
  run.jobs.filter((j) => j.result === 'failure').map((j) => `--- ${j.key}\n${j.log.slice(-3000)}`).join('\n');


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
