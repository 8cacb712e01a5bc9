import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dbnameArg } from '../src/db/child-env.js';
import { parseDatabaseUrl } from '../src/db/connection-url.js';
import type { AnyResult } from '../src/result.js';
import { BenchError, childEnv, describeEnvironment, timeCommand, type BenchContext, type Measurement } from './harness.js';
import { markdownTable, median, passFail, ratio, resultsSection, seconds } from './table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The committed bundle, as users run it.
const PG_PROMOTE = [process.execPath, path.join(repoRoot, 'dist/cli/index.js')];
const TIME = '/usr/bin/time';

const TARGET_RATIO = 1.15;
const RSS_LIMIT_MIB = 200;
const MIN_BYTES = 1024 ** 3;

// A dump reads far more than it writes; durability settings matter only to generating the data
// and to deep verification's restore, so the cluster keeps fsync off and a large WAL budget.
const SETTINGS = { max_wal_size: '8GB', checkpoint_timeout: '30min', maintenance_work_mem: '256MB' };

/**
 * Set-based generation, two sessions in parallel (two CPUs): an events table of about 1 GiB
 * with a primary key, and the small tables, views and policies a real schema has, so the
 * table-of-contents check has objects to find.
 */
async function generate(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      CREATE SCHEMA bench;
      CREATE TABLE bench.events (id bigint NOT NULL, account int NOT NULL, at timestamptz NOT NULL, kind text NOT NULL, payload text NOT NULL);
      DO $$ BEGIN
        FOR i IN 1..20 LOOP
          EXECUTE format('CREATE TABLE bench.dim_%s (id int PRIMARY KEY, owner text NOT NULL, label text)', i);
          EXECUTE format('INSERT INTO bench.dim_%s SELECT g, ''u'' || g %% 13, md5(g::text) FROM generate_series(1, 1000) g', i);
          EXECUTE format('CREATE VIEW bench.dim_%s_labels AS SELECT id, label FROM bench.dim_%s', i, i);
          EXECUTE format('ALTER TABLE bench.dim_%s ENABLE ROW LEVEL SECURITY', i);
          EXECUTE format('CREATE POLICY owner_only ON bench.dim_%s USING (owner = current_user)', i);
        END LOOP;
      END $$;`);
    let next = 1;
    const batch = 3_750_000;
    for (;;) {
      const ranges = [next, next + batch];
      next += 2 * batch;
      await Promise.all(ranges.map((from) => insertEvents(url, from, from + batch - 1)));
      const size = Number((await client.query("SELECT pg_database_size(current_database()) + pg_relation_size('bench.events') / 8 AS projected")).rows[0].projected);
      if (size >= MIN_BYTES) break;
    }
    await client.query('ALTER TABLE bench.events ADD PRIMARY KEY (id)');
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
    return Number((await client.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
  } finally {
    await client.end();
  }
}

async function insertEvents(url: string, from: number, to: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO bench.events
       SELECT g, g % 10007, timestamptz '2026-01-01' + g * interval '1 second', (ARRAY['view','click','buy','refund'])[1 + g % 4],
              md5(g::text) || md5((g * 31)::text)
       FROM generate_series($1::bigint, $2::bigint) g`,
      [from, to],
    );
  } finally {
    await client.end();
  }
}

interface Run {
  seconds: number;
  sizeBytes: number;
  rssMiB?: number;
  result?: AnyResult;
}

async function bareDump(ctx: BenchContext, url: string, out: string): Promise<Run> {
  const target = parseDatabaseUrl(url);
  const run = await timeCommand('pg_dump -Fc', path.join(ctx.cluster.binDir, 'pg_dump'), ['--format=custom', '--no-password', `--file=${out}`, dbnameArg(target)], {
    env: childEnv({ PGPASSWORD: ctx.cluster.password, PGHOST: target.host, PGPORT: String(target.port), PGUSER: target.user }),
  });
  const sizeBytes = readFileSync(out).length;
  rmSync(out, { force: true });
  return { seconds: run.seconds, sizeBytes };
}

async function pgPromoteBackup(ctx: BenchContext, repo: string, url: string, args: string[]): Promise<Run> {
  const outDir = path.join(ctx.workDir, 'out');
  const rssFile = path.join(ctx.workDir, 'rss');
  const timed = existsSync(TIME);
  const [command, ...argv] = timed ? [TIME, '-f', '%M', '-o', rssFile, ...PG_PROMOTE] : PG_PROMOTE;
  const run = await timeCommand('pg-promote backup', command!, [...argv, 'backup', '--backup-dir', outDir, '--json', ...args], {
    cwd: repo,
    env: childEnv({ DATABASE_URL: url }),
  });
  const result = JSON.parse(run.stdout) as AnyResult;
  if (!result.ok || !result.backup) throw new BenchError(`pg-promote backup failed: ${result.error?.message ?? 'no backup in the result'}`);
  rmSync(outDir, { recursive: true, force: true });
  const rssMiB = timed ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { seconds: run.seconds, sizeBytes: result.backup.sizeBytes, rssMiB, result };
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const spread = (runs: Run[]) => {
  const times = runs.map((r) => r.seconds);
  return runs.length > 1 ? `${runs.length} (${seconds(Math.min(...times))}-${seconds(Math.max(...times))})` : '1';
};

export const backupSpeed: Measurement = {
  id: 'backup-speed',
  title: 'Backup speed: pg-promote backup and its verification against a bare pg_dump',
  clusterSettings: SETTINGS,
  async run(ctx) {
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
    const url = await ctx.cluster.createDatabase('bench_backup');
    const repo = path.join(ctx.workDir, 'repo');
    mkdirSync(path.join(repo, 'db/migrations/bench'), { recursive: true });
    writeFileSync(path.join(repo, 'db/promotion.yml'), 'phases:\n  - name: bench\n    schema: bench\n    migrations: db/migrations/bench\n');
    let started = Date.now();
    const databaseBytes = await generate(url);
    const generation = (Date.now() - started) / 1000;
    console.log(`  generated ${mib(databaseBytes)} in ${seconds(generation)} s`);

    const bare: Run[] = [];
    const custom: Run[] = [];
    const dumpFile = path.join(ctx.workDir, 'bare.dump');
    started = Date.now();
    for (let round = 0; round < rounds; round++) {
      // Alternating, so drift in the machine's speed lands on both sides alike.
      bare.push(await bareDump(ctx, url, dumpFile));
      console.log(`  bare pg_dump -Fc: ${seconds(bare.at(-1)!.seconds)} s`);
      custom.push(await pgPromoteBackup(ctx, repo, url, []));
      console.log(`  pg-promote backup: ${seconds(custom.at(-1)!.seconds)} s`);
    }
    const directory = await pgPromoteBackup(ctx, repo, url, ['--format', 'directory', '--jobs', '2']);
    console.log(`  pg-promote backup --format directory --jobs 2: ${seconds(directory.seconds)} s`);
    const deep = await pgPromoteBackup(ctx, repo, url, ['--verify', 'restore']);
    console.log(`  pg-promote backup --verify restore: ${seconds(deep.seconds)} s`);

    const bareTime = median(bare.map((r) => r.seconds));
    const customTime = median(custom.map((r) => r.seconds));
    const breakdown = (r: Run) => {
      const t = r.result!.backup!.timings;
      return `dump ${seconds(t.dumpMs / 1000)}, checks ${seconds(t.verifyMs / 1000)}${t.deepMs === undefined ? '' : `, deep ${seconds(t.deepMs / 1000)}`}`;
    };
    const medianRun = [...custom].sort((a, b) => a.seconds - b.seconds)[Math.floor((custom.length - 1) / 2)]!;
    const rows = [
      ['bare pg_dump -Fc (the runbook)', seconds(bareTime), spread(bare), '1.00x', mib(bare[0]!.sizeBytes), '-', 'pg_dump only'],
      ['pg-promote backup (custom, standard verification)', seconds(customTime), spread(custom), ratio(customTime / bareTime), mib(custom[0]!.sizeBytes), `${Math.max(...custom.map((r) => r.rssMiB ?? 0)).toFixed(0)} MiB`, breakdown(medianRun)],
      ['pg-promote backup --format directory --jobs 2', seconds(directory.seconds), '1', ratio(directory.seconds / bareTime), mib(directory.sizeBytes), `${(directory.rssMiB ?? 0).toFixed(0)} MiB`, breakdown(directory)],
      ['pg-promote backup --verify restore (deep)', seconds(deep.seconds), '1', ratio(deep.seconds / bareTime), mib(deep.sizeBytes), `${(deep.rssMiB ?? 0).toFixed(0)} MiB`, breakdown(deep)],
    ];
    const table = markdownTable(
      ['run', 'seconds (median)', 'runs (min-max)', 'ratio to bare pg_dump', 'dump size', 'peak RSS', 'pg-promote time split'],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    );
    const peak = Math.max(...[...custom, directory, deep].map((r) => r.rssMiB ?? Infinity));
    const environment = await describeEnvironment(ctx.cluster, ['fsync', ...Object.keys(SETTINGS)]);
    const failures: string[] = [];
    if (databaseBytes < MIN_BYTES) failures.push(`the generated database is ${mib(databaseBytes)}, less than 1 GiB`);
    const ratioOk = customTime / bareTime <= TARGET_RATIO;
    if (!ratioOk) failures.push(`pg-promote backup is ${ratio(customTime / bareTime)} of the bare dump (target ${TARGET_RATIO}x)`);
    if (!(peak < RSS_LIMIT_MIB)) failures.push(`peak RSS ${peak.toFixed(0)} MiB (limit ${RSS_LIMIT_MIB} MiB)`);
    return {
      markdown: resultsSection({
        title: backupSpeed.title,
        body: [
          `A generated database of ${mib(databaseBytes)} (pg_database_size; ${seconds(generation)} s to generate): one table of ` +
            'about 7.5 million rows with a primary key, 20 small tables with RLS policies and 20 views. Wall clock of the whole ' +
            'command, process start included; pg-promote runs from dist/cli/index.js (its start-up counted) and includes its ' +
            'standard verification: SHA-256 of the file, pg_restore --list against the catalog read in the dump\'s own snapshot, ' +
            'the PITR queries and the manifest. Peak RSS is /usr/bin/time %M of the pg-promote process.',
          table,
        ],
        targets: [
          passFail(ratioOk, `backup plus verification within ${TARGET_RATIO}x of the bare pg_dump -Fc`, `${ratio(customTime / bareTime)}`),
          passFail(peak < RSS_LIMIT_MIB, `peak memory of pg-promote under ${RSS_LIMIT_MIB} MiB`, `${peak.toFixed(0)} MiB at most, database ${mib(databaseBytes)}`),
        ],
        environment,
      }),
      failures,
    };
  },
};
