import path from 'node:path';
import pg from 'pg';
import { BenchError, describeEnvironment, type BenchContext, type Measurement } from './harness.js';
import {
  MAX_MIGRATIONS, dbmate, limit, nodePgMigrate, pgPromote, psqlLoop, type Target, type Tool,
} from './migrate-speed-tools.js';
import { markdownTable, median, passFail, ratio, resultsSection, seconds } from './table.js';

const DEFAULT_COUNT = 1000;
const WITHIN_LIMIT = 1.3;

// Durable commits: with fsync off a commit is nearly free and per-migration overhead would
// look smaller than it is in production.
const SETTINGS = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' };

// On this kind of VM the same tool's time swings by up to 2x between consecutive runs. Not
// fsync: pg_stat_wal puts a run's thousand WAL syncs at about 0.3 s in all. It is the server's
// own work (a CREATE TABLE is a dozen catalog rows and four new files) on shared CPUs; so the fast tools run several rounds in rotated order and report the median: one
// run each would make the close calls (pg-promote against the limit) a coin toss. The psql
// loop is far off the others and alone takes most of the time budget, so it runs once, last.
const REPEATED: readonly Tool[] = [limit, pgPromote, dbmate, nodePgMigrate];
const ONCE: readonly Tool[] = [psqlLoop];
const DEFAULT_ROUNDS = 5;

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BenchError(`${name} must be an integer from 1 to ${max}, got ${raw}`);
  return n;
}

/** Independent of each tool's own bookkeeping: a tool that reports success but did less fails here. */
async function verifyTables(ctx: BenchContext, target: Target, tool: Tool): Promise<void> {
  const tables = await ctx.cluster.sql(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^bench_t[0-9]+$'`,
    target.database,
  );
  const n = tables.rows[0]?.n as number;
  if (n !== target.count) throw new BenchError(`${tool.name}: database has ${n} bench tables, expected ${target.count}`);
  const last = await ctx.cluster.sql(`SELECT name FROM bench_t${target.count} WHERE id = 1`, target.database);
  if (last.rows[0]?.name !== `row ${target.count}`) {
    throw new BenchError(`${tool.name}: bench_t${target.count} lacks its inserted row`);
  }
}

interface Outcome {
  readonly tool: Tool;
  readonly runs: number[];
  error?: string;
}

function time(outcome: Outcome | undefined): number | undefined {
  return outcome && !outcome.error && outcome.runs.length > 0 ? median(outcome.runs) : undefined;
}

/** One timed run of one tool on a fresh database; a failure ends that tool's measurement. */
async function measure(ctx: BenchContext, outcome: Outcome, count: number, round: number): Promise<void> {
  const { tool } = outcome;
  const dir = path.join(ctx.workDir, tool.key);
  const database = `bench_${tool.key}_${round}`;
  const target: Target = { database, url: await ctx.cluster.createDatabase(database), count };
  // Each run starts from the same state: nothing dirty left for it to pay for by an earlier one.
  await ctx.cluster.sql('CHECKPOINT');
  process.stdout.write(`  ${tool.name} ... `);
  try {
    const result = await tool.run(ctx, dir, target);
    await tool.verify(ctx, target, result);
    await verifyTables(ctx, target, tool);
    console.log(`${seconds(result.seconds)} s`);
    outcome.runs.push(result.seconds);
  } catch (err) {
    console.log('FAILED');
    outcome.error = ctx.redact((err as Error).message);
  } finally {
    // A database left behind costs every later run: autovacuum workers visit each one, and
    // on two CPUs they compete with whatever is being timed.
    await ctx.cluster.sql(`DROP DATABASE ${pg.escapeIdentifier(database)}`);
  }
}

function report(outcomes: readonly Outcome[], count: number, environment: string): string {
  const timeOf = (tool: Tool) => time(outcomes.find((o) => o.tool === tool));
  const limitTime = timeOf(limit);
  const promoteTime = timeOf(pgPromote);
  const rows = outcomes.map((o) => {
    const t = time(o);
    if (t === undefined) return [o.tool.name, 'FAILED', '-', '-', '-'];
    const spread = o.runs.length > 1 ? ` (${seconds(Math.min(...o.runs))}-${seconds(Math.max(...o.runs))})` : '';
    return [
      o.tool.name,
      seconds(t),
      `${o.runs.length}${spread}`,
      limitTime === undefined ? '-' : ratio(t / limitTime),
      promoteTime === undefined ? '-' : ratio(promoteTime / t),
    ];
  });
  const table = markdownTable(
    ['tool', 'seconds (median)', 'runs (min-max)', 'ratio to the limit', 'pg-promote / tool'],
    rows,
    ['left', 'right', 'right', 'right', 'right'],
  );

  const faster = (peer: Tool) => {
    const peerTime = timeOf(peer);
    const target = `pg-promote faster than ${peer.name}`;
    if (promoteTime === undefined || peerTime === undefined) return `- FAIL: ${target} (not measured: a tool failed)`;
    return passFail(promoteTime < peerTime, target, `pg-promote / ${peer.name} = ${ratio(promoteTime / peerTime)}`);
  };
  const withinLimit = () => {
    const target = `pg-promote within ${WITHIN_LIMIT}x of the limit`;
    if (promoteTime === undefined || limitTime === undefined) return `- FAIL: ${target} (not measured: a tool failed)`;
    const r = promoteTime / limitTime;
    return passFail(r <= WITHIN_LIMIT, target, `pg-promote / limit = ${ratio(r)}`);
  };
  const failures = outcomes.filter((o) => o.error).map((o) => `- ${o.error?.split('\n')[0]}`);

  return resultsSection({
    title: migrateSpeed.title,
    body: [
      `${count} generated migrations (each a CREATE TABLE and an INSERT) applied to an empty database; ` +
        'every run on a fresh database of the same cluster; wall clock of the whole command, process start ' +
        'included; ratios are of medians from this one run.',
      table,
    ],
    targets: [faster(dbmate), faster(nodePgMigrate), withinLimit()],
    parts: failures.length > 0 ? [['Failures', failures]] : [],
    environment,
  });
}

export const migrateSpeed: Measurement = {
  id: 'migrate-speed',
  title: 'Migrate speed: many small migrations on an empty database',
  clusterSettings: SETTINGS,
  async run(ctx) {
    const count = intFromEnv('BENCH_MIGRATIONS', DEFAULT_COUNT, MAX_MIGRATIONS);
    const rounds = intFromEnv('BENCH_ROUNDS', DEFAULT_ROUNDS, 20);
    const outcomes: Outcome[] = [...REPEATED, ...ONCE].map((tool) => ({ tool, runs: [] }));
    for (const { tool } of outcomes) tool.prepare(path.join(ctx.workDir, tool.key), count);
    console.log(`  ${count} migrations per run, ${rounds} round(s); files under ${path.relative(process.cwd(), ctx.workDir)}`);
    for (let round = 0; round < rounds; round++) {
      // Rotated so no tool always goes first into a cold cluster or right after the heaviest one.
      const order = [...REPEATED.slice(round % REPEATED.length), ...REPEATED.slice(0, round % REPEATED.length)];
      for (const tool of order) {
        const outcome = outcomes.find((o) => o.tool === tool);
        if (outcome && !outcome.error) await measure(ctx, outcome, count, round);
      }
    }
    for (const outcome of outcomes.filter((o) => ONCE.includes(o.tool))) await measure(ctx, outcome, count, 0);
    const environment = await describeEnvironment(ctx.cluster, Object.keys(SETTINGS));
    return {
      markdown: report(outcomes, count, environment),
      failures: outcomes.filter((o) => o.error).map((o) => o.error ?? ''),
    };
  },
};
