import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { resolveBinary } from 'dbmate';
import pg from 'pg';
import { BenchError, childEnv, describeEnvironment, runnerNode, timeCommand, type BenchContext, type Measurement } from './harness.js';
import { dbmate, nodePgMigrate, NODE_PG_MIGRATE_CLI, PG_PROMOTE_CLI, pgPromote, type Tool } from './migrate-speed-tools.js';
import { markdownTable, median, passFail, ratio, resultsSection } from './table.js';

const COUNT = 1000;
const ROUNDS = 11;
const WITHIN_BARE_START = 2;
const BASELINE_LIMIT_S = 2;

/**
 * What every CI run pays when nothing is pending: 1,000 migrations all applied, then `migrate`
 * and `status` again. Each tool runs against the database it migrated itself, so each reads
 * its own history; a bare Node start on the same Node version is the floor.
 */
// The least any Node tool does for a no-op: load the driver, connect, read its history.
const FLOOR_SCRIPT = (driver: string) =>
  `const pg = require(${JSON.stringify(driver)}); const c = new pg.Client({ connectionString: process.env.DATABASE_URL });` +
  ` c.connect().then(() => c.query('SELECT * FROM audit.migration_log')).then(() => c.end());`;

interface Timed {
  readonly label: string;
  readonly node?: 'this' | 'runner';
  readonly run: () => Promise<unknown>;
  readonly ms: number[];
}

const floorLabel = (version: string) => `floor: node + pg, connect, read the history, Node ${version}`;

async function migrateOnce(ctx: BenchContext, tool: Tool, database: string) {
  const dir = path.join(ctx.workDir, tool.key);
  tool.prepare(dir, COUNT);
  const target = { database, url: await ctx.cluster.createDatabase(database), count: COUNT };
  await tool.run(ctx, dir, target);
  return { dir, url: target.url };
}

/** baseline --from dbmate over the 1,000 rows dbmate wrote, from a project holding dbmate's folder; pg-promote's history dropped between runs. */
async function timeBaseline(ctx: BenchContext, dbmateDir: string, url: string, nodes: Array<[string, string]>): Promise<Array<[string, number]>> {
  const dir = path.join(ctx.workDir, 'adopt');
  cpSync(dbmateDir, path.join(dir, 'db', 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'db', 'promotion.yml'), 'phases:\n  - name: bench\n    schema: public\n    layout: dbmate\n    migrations: db/migrations\n');
  const results: Array<[string, number]> = [];
  for (const [version, node] of nodes) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await ctx.cluster.sql('DROP SCHEMA IF EXISTS audit CASCADE', 'noop_dbmate');
      const r = await timeCommand('pg-promote baseline', node, [PG_PROMOTE_CLI, 'baseline', '--phase', 'bench', '--from', 'dbmate', '--config', 'db/promotion.yml', '--json'], {
        cwd: dir,
        env: childEnv({ DATABASE_URL: url }),
      });
      const doc = JSON.parse(r.stdout) as { ok?: boolean };
      if (doc.ok !== true) throw new BenchError(`pg-promote baseline: not ok:\n${r.stdout.slice(0, 2000)}`);
      runs.push(r.seconds);
    }
    const recorded = await ctx.cluster.sql("SELECT count(*)::int AS n FROM audit.migration_log WHERE success", 'noop_dbmate');
    if (recorded.rows[0]?.n !== COUNT) throw new BenchError(`pg-promote baseline recorded ${String(recorded.rows[0]?.n)} versions, expected ${COUNT}`);
    results.push([version, median(runs)]);
  }
  return results;
}

export const noopSpeed: Measurement = {
  id: 'noop-speed',
  title: 'No-op runs: 1,000 migrations, all applied',
  clusterSettings: {},
  async run(ctx) {
    const promote = await migrateOnce(ctx, pgPromote, 'noop_pg_promote');
    const npm = await migrateOnce(ctx, nodePgMigrate, 'noop_node_pg_migrate');
    const dbm = await migrateOnce(ctx, dbmate, 'noop_dbmate');
    const runner = runnerNode(ctx.workDir);
    const nodes: Array<[string, string]> = [[process.version, process.execPath]];
    if (runner && runner !== process.execPath) nodes.push([(await timeCommand('node -v', runner, ['-v'])).stdout.trim(), runner]);

    const timed: Timed[] = [];
    const add = (label: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
      timed.push({ label, run: () => timeCommand(label, command, args, options).then((r) => r.seconds), ms: [] });
    for (const [version, node] of nodes) {
      add(`bare node -e 0, Node ${version}`, node, ['-e', '0']);
      add(floorLabel(version), node, ['-e', FLOOR_SCRIPT(createRequire(import.meta.url).resolve('pg'))], { env: childEnv({ DATABASE_URL: promote.url }) });
      for (const command of ['migrate', 'status']) {
        add(`pg-promote ${command}, Node ${version}`, node, [PG_PROMOTE_CLI, command, '--config', 'db/promotion.yml', '--json'], { cwd: promote.dir, env: childEnv({ DATABASE_URL: promote.url }) });
      }
      add(`node-pg-migrate up, Node ${version}`, node, [NODE_PG_MIGRATE_CLI, 'up', '--migrations-dir', npm.dir, '--no-single-transaction'], { cwd: npm.dir, env: childEnv({ DATABASE_URL: npm.url }) });
    }
    add('dbmate up (native binary)', resolveBinary(), ['--migrations-dir', dbm.dir, '--no-dump-schema', 'up'], { cwd: dbm.dir, env: childEnv({ DATABASE_URL: `${dbm.url}?sslmode=disable` }) });

    console.log(`  ${timed.length} commands, ${ROUNDS} rounds, rotated`);
    for (let round = 0; round < ROUNDS; round++) {
      const order = [...timed.slice(round % timed.length), ...timed.slice(0, round % timed.length)];
      for (const t of order) t.ms.push(((await t.run()) as number) * 1000);
    }
    // A no-op must have changed nothing: still exactly the rows each tool wrote once.
    const history = await ctx.cluster.sql('SELECT count(*)::int AS n FROM audit.migration_log', 'noop_pg_promote');
    if (history.rows[0]?.n !== COUNT) throw new BenchError(`pg-promote's history has ${String(history.rows[0]?.n)} rows after the no-op runs, expected ${COUNT}`);

    const baseline = await timeBaseline(ctx, dbm.dir, dbm.url, nodes);
    const ms = (label: string) => median(timed.find((t) => t.label === label)!.ms);
    const rows = timed.map((t) => [t.label, median(t.ms).toFixed(0), `${Math.min(...t.ms).toFixed(0)}-${Math.max(...t.ms).toFixed(0)}`]);
    const targets: string[] = [];
    const floors: string[] = [];
    for (const [version] of nodes) {
      const bare = ms(`bare node -e 0, Node ${version}`);
      floors.push(`- Node ${version}: the floor takes ${ms(floorLabel(version)).toFixed(0)} ms, ${ratio(ms(floorLabel(version)) / bare)} of a bare start (${bare.toFixed(0)} ms)`);
      const npmMs = ms(`node-pg-migrate up, Node ${version}`);
      for (const command of ['migrate', 'status']) {
        const mine = ms(`pg-promote ${command}, Node ${version}`);
        targets.push(passFail(mine <= WITHIN_BARE_START * bare, `no-op ${command} within ${WITHIN_BARE_START}x of a bare Node start, Node ${version}`, `${mine.toFixed(0)} ms = ${ratio(mine / bare)} of ${bare.toFixed(0)} ms`));
        targets.push(passFail(mine < npmMs, `no-op ${command} faster than node-pg-migrate, Node ${version}`, `${mine.toFixed(0)} ms against ${npmMs.toFixed(0)} ms`));
      }
    }
    for (const [version, seconds] of baseline) {
      targets.push(passFail(seconds < BASELINE_LIMIT_S, `baseline --from dbmate of a ${COUNT}-entry history under ${BASELINE_LIMIT_S} s, Node ${version}`, `${seconds.toFixed(2)} s`));
    }
    const environment = await describeEnvironment(ctx.cluster, []);
    for (const db of ['noop_pg_promote', 'noop_node_pg_migrate', 'noop_dbmate']) await ctx.cluster.sql(`DROP DATABASE ${pg.escapeIdentifier(db)}`);
    const markdown = resultsSection({
      title: noopSpeed.title,
      body: [
        `${COUNT} migrations (the migrate-speed files), applied once by each tool to a database of its own; then each tool's no-op run against it, ` +
          `${ROUNDS} rounds in rotated order, wall clock with process start; medians. dbmate is a native binary and keeps no checksums; it is shown beside, not a target. ` +
          `Baseline: pg-promote takes over the database dbmate migrated (\`baseline --from dbmate\`, ${COUNT} versions), median of 3.`,
        markdownTable(['command', 'median ms', 'range ms'], rows, ['left', 'right', 'right']),
        markdownTable(['baseline --from dbmate', 'median s'], baseline.map(([v, s]) => [`Node ${v}`, s.toFixed(2)]), ['left', 'right']),
      ],
      targets,
      parts: [['The floor', ['What any Node tool pays for a no-op before reading a single migration file: the PostgreSQL driver (`pg`) loaded, one connection, the history table read.', '', ...floors]]],
      environment,
    });
    return { markdown, failures: [] };
  },
};
