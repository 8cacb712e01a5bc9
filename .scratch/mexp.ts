import path from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import { startThrowawayCluster } from '/work/main/src/cluster/throwaway.ts';
import { limit, pgPromote } from '/work/main/bench/migrate-speed-tools.ts';
const cluster = await startThrowawayCluster({ settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on', track_wal_io_timing: 'on' } });
const work = '/tmp/mexp'; rmSync(work, { recursive: true, force: true });
const tools = (process.env.TOOLS ?? 'limit,pg_promote').split(',').map((k) => ({ limit, pg_promote: pgPromote } as any)[k]);
for (const t of tools) t.prepare(path.join(work, t.key), 1000);
const ctx: any = { cluster, workDir: work, redact: (s: string) => s };
try {
  for (let r = 0; r < Number(process.env.ROUNDS ?? 4); r++) {
    for (const t of r % 2 ? [...tools].reverse() : tools) {
      const db = `${t.key}_${r}`;
      await cluster.sql(`CREATE DATABASE ${db}`);
      const url = cluster.url(db);
      const w0 = (await cluster.sql(`SELECT wal_records, wal_bytes::bigint, wal_sync, wal_sync_time, wal_write FROM pg_stat_wal`)).rows[0];
      const start = performance.now();
      const res = await t.run(ctx, path.join(work, t.key), { database: db, url, count: 1000 });
      const secs = (performance.now() - start) / 1000;
      const w1 = (await cluster.sql(`SELECT wal_records, wal_bytes::bigint, wal_sync, wal_sync_time, wal_write FROM pg_stat_wal`)).rows[0];
      console.log(t.key.padEnd(12), secs.toFixed(2), 's', 'records', w1.wal_records - w0.wal_records, 'bytes', Number(w1.wal_bytes) - Number(w0.wal_bytes), 'syncs', w1.wal_sync - w0.wal_sync, 'sync ms', (w1.wal_sync_time - w0.wal_sync_time).toFixed(0), 'writes', w1.wal_write - w0.wal_write, res.code ?? '');
      await cluster.sql(`DROP DATABASE ${db}`);
    }
  }
} finally { await cluster.stop(); }
