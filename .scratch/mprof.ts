import path from 'node:path';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { startThrowawayCluster } from '/work/main/src/cluster/throwaway.ts';
import { pgPromote } from '/work/main/bench/migrate-speed-tools.ts';
const cluster = await startThrowawayCluster({ settings: { fsync: 'on' } });
const work = '/tmp/mprof'; rmSync(work, { recursive: true, force: true });
pgPromote.prepare(path.join(work, 'pg_promote'), 1000);
try {
  await cluster.sql('CREATE DATABASE m1');
  const url = cluster.url('m1');
  for (const extra of [[], [], ['--cpu-prof', '--cpu-prof-dir=/tmp/mprofout']]) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [...extra, '/work/main/dist/cli/index.js', 'migrate', '--database-url', url, '--config', 'db/promotion.yml', '--json'], { cwd: path.join(work, 'pg_promote') });
    console.log(extra.length ? 'prof' : 'run', ((performance.now() - t0) / 1000).toFixed(2), r.status);
  }
} finally { await cluster.stop(); }
