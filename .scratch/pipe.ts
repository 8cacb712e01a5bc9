import pg from 'pg';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startThrowawayCluster } from '/work/main/src/cluster/throwaway.ts';
import { migrationSql } from '/work/main/bench/migrate-speed-tools.ts';
const cluster = await startThrowawayCluster({ settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
const N = 1000;
const parts: string[] = []; for (let i = 1; i <= N; i++) parts.push(`BEGIN;\n${migrationSql(i)}COMMIT;\n`);
writeFileSync('/tmp/all.sql', parts.join(''));
const u = new URL(cluster.url());
async function run(mode: string, db: string) {
  const t0 = performance.now();
  if (mode === 'limit') {
    spawnSync(`${cluster.binDir}/psql`, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', '/tmp/all.sql'], { env: { ...process.env, PGHOST: cluster.host, PGPORT: String(cluster.port), PGUSER: cluster.user, PGPASSWORD: cluster.password, PGDATABASE: db }, stdio: 'inherit' });
  } else {
    const c = new pg.Client({ connectionString: cluster.url(db), pipeline: mode === 'pipe' } as any);
    await c.connect();
    await c.query(`CREATE TABLE log (id serial primary key, v int, at timestamptz default now())`);
    await c.query(`PREPARE ins(int) AS INSERT INTO log (v) VALUES ($1)`);
    const text = (i: number) => `BEGIN;\nSELECT 1/(pg_catalog.current_setting('pg_promote.chain', true) = '${i - 1}')::int;\n${migrationSql(i)};\nEXECUTE ins(${i});\nSELECT pg_catalog.set_config('pg_promote.chain', '${i}', false);\nCOMMIT;`;
    await c.query(`SELECT set_config('pg_promote.chain', '0', false)`);
    if (mode === 'pipe') await Promise.all(Array.from({ length: N }, (_, k) => c.query(text(k + 1))));
    else for (let i = 1; i <= N; i++) await c.query(text(i));
    await c.end();
  }
  return (performance.now() - t0) / 1000;
}
try {
  for (let r = 0; r < 3; r++) for (const m of ['limit', 'seq', 'pipe']) {
    const db = `d_${m}_${r}`; await cluster.sql(`CREATE DATABASE ${db}`);
    console.log(m.padEnd(6), (await run(m, db)).toFixed(2));
    await cluster.sql(`DROP DATABASE ${db}`);
  }
} finally { await cluster.stop(); }
