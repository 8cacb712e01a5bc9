import path from 'node:path';
import { BenchError, describeEnvironment, type BenchContext, type Measurement } from './harness.js';
import {
  MAX_MIGRATIONS, dbmate, limit, nodePgMigrate, pgPromote, psqlLoop, type Target, type Tool,
} from './migrate-speed-tools.js';
import { markdownTable, passFail, ratio, seconds } from './table.js';

const DEFAULT_COUNT = 1000;
const WITHIN_LIMIT = 1.25;

// Durable commits: with fsync off a commit is nearly free and per-migration overhead would
// look smaller than it is in production.
const SETTINGS = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' };

// The slow psql loop runs last so a failure elsewhere shows up before the longest wait.
const TOOLS: readonly Tool[] = [limit, pgPromote, dbmate, nodePgMigrate, psqlLoop];

function migrationCount(): number {
  const raw = process.env.BENCH_MIGRATIONS;
  if (raw === undefined || raw === '') return DEFAULT_COUNT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_MIGRATIONS) {
    throw new BenchError(`BENCH_MIGRATIONS must be an integer from 1 to ${MAX_MIGRATIONS}, got ${raw}`);
  }
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
  readonly seconds?: number;
  readonly error?: string;
}

async function measure(ctx: BenchContext, tool: Tool, count: number): Promise<Outcome> {
  const dir = path.join(ctx.workDir, tool.key);
  tool.prepare(dir, count);
  const database = `bench_${tool.key}`;
  const target: Target = { database, url: await ctx.cluster.createDatabase(database), count };
  // Each tool starts from the same state: nothing dirty left for it to pay for by an earlier one.
  await ctx.cluster.sql('CHECKPOINT');
  process.stdout.write(`  ${tool.name} ... `);
  try {
    const result = await tool.run(ctx, dir, target);
    await tool.verify(ctx, target, result);
    await verifyTables(ctx, target, tool);
    console.log(`${seconds(result.seconds)} s`);
    return { tool, seconds: result.seconds };
  } catch (err) {
    console.log('FAILED');
    return { tool, error: ctx.redact((err as Error).message) };
  }
}

function report(outcomes: readonly Outcome[], count: number, environment: string): string {
  const time = (tool: Tool) => outcomes.find((o) => o.tool === tool)?.seconds;
  const limitTime = time(limit);
  const promoteTime = time(pgPromote);
  const rows = outcomes.map((o) =>
    o.seconds === undefined
      ? [o.tool.name, 'FAILED', '-', '-']
      : [
          o.tool.name,
          seconds(o.seconds),
          limitTime === undefined ? '-' : ratio(o.seconds / limitTime),
          promoteTime === undefined ? '-' : ratio(promoteTime / o.seconds),
        ],
  );
  const table = markdownTable(['tool', 'seconds', 'ratio to the limit', 'pg-promote / tool'], rows, [
    'left', 'right', 'right', 'right',
  ]);

  const faster = (peer: Tool) => {
    const peerTime = time(peer);
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
  const failures = outcomes.filter((o) => o.error).map((o) => `- ${o.tool.name}: ${o.error?.split('\n')[0]}`);

  return [
    `## ${migrateSpeed.title}`,
    '',
    `${count} generated migrations (each a CREATE TABLE and an INSERT), each tool on its own fresh ` +
      'database of one cluster, one run each; wall clock of the whole command, process start included.',
    '',
    table,
    '',
    '### Targets',
    '',
    faster(dbmate),
    faster(nodePgMigrate),
    withinLimit(),
    ...(failures.length > 0 ? ['', '### Failures', '', ...failures] : []),
    '',
    '### Environment',
    '',
    environment,
  ].join('\n');
}

export const migrateSpeed: Measurement = {
  id: 'migrate-speed',
  title: 'Migrate speed: many small migrations on an empty database',
  clusterSettings: SETTINGS,
  async run(ctx) {
    const count = migrationCount();
    console.log(`  ${count} migrations per tool; files under ${path.relative(process.cwd(), ctx.workDir)}`);
    const outcomes: Outcome[] = [];
    for (const tool of TOOLS) outcomes.push(await measure(ctx, tool, count));
    const environment = await describeEnvironment(ctx.cluster, Object.keys(SETTINGS));
    return {
      markdown: report(outcomes, count, environment),
      failures: outcomes.filter((o) => o.error).map((o) => o.error ?? ''),
    };
  },
};
