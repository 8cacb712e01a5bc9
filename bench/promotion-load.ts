import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { BenchError, childEnv, describeEnvironment, tail, timeCommand, type BenchContext, type Measurement } from './harness.js';
import { logRatioInterval, pAbove, trimmedLogMean } from '../src/latency/stats.js';
import { decide } from '../src/latency/verdict.js';
import { markdownTable, resultsSection } from './table.js';

/**
 * The runbook's success criterion under load: while pgbench drives a steady rate of
 * application transactions on vh.ingest_runs, the promotion's vh 006 alters that table while
 * another session (an analyst's long read) holds a lock on it. pg-promote's lock_timeout +
 * retries gives way to the traffic; the runbook's psql loop queues behind the lock and the
 * whole application with it. p95 of the application's transactions, before and during.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const BUILT_CLI = path.join(repoRoot, 'dist/cli/index.js');

/**
 * The built CLI when there is one (what operators run; tsx would spend a CPU second compiling
 * on the same two cores pgbench and the server share), else the sources. migrate is all it runs.
 */
function cliCommand(args: string[]): string[] {
  return existsSync(BUILT_CLI) ? [BUILT_CLI, ...args] : [`--import=${TSX}`, path.join(repoRoot, 'src/cli/index.ts'), ...args];
}

const RATE = 50; // transactions per second, across the clients
const CLIENTS = 4;
const BEFORE_S = 8; // traffic before the promotion starts
const HOLD_S = 8; // how long the other session holds its lock on vh.ingest_runs
const PGBENCH_S = 34;
const EXTRA_RUNS = 20_000;
const WITHIN = 0.1;
const SLICE_MS = 1000;

// A short lock_timeout is the point: the ALTER gives up after 20 ms instead of queueing all of
// the application behind it, and retries with backoff until the long read has finished.
const BENCH_SETTINGS = 'lock_timeout: 20ms\nlock_retries: 8\nlock_retry_backoff: 500ms\n';

// Commit durability off, as in the other non-fsync measurements: what is measured is time spent
// waiting for locks, and the shared VM's flush latency would only add noise to both tools alike.
const SETTINGS = { fsync: 'off', synchronous_commit: 'off', max_connections: '100' };

const APP_SCRIPT = `\\set src random(1, 5)
BEGIN;
SELECT id, status, created_at FROM vh.ingest_runs WHERE source_id = :src ORDER BY id DESC LIMIT 10;
INSERT INTO vh.ingest_runs (source_id, started_at, finished_at, status, rows_read, rows_written) VALUES (:src, now(), now(), 'success', 100, 100);
END;
`;

interface Scenario {
  key: string;
  name: string;
  /** Applies the promotion to `url`; resolves when done. */
  promote(ctx: BenchContext, tree: string, url: string, database: string): Promise<void>;
}

const pgPromote: Scenario = {
  key: 'pg_promote',
  name: 'pg-promote migrate',
  async promote(_ctx, tree, url) {
    const run = await timeCommand('pg-promote migrate', process.execPath, cliCommand(['migrate', '--database-url', url, '--json']), {
      cwd: tree,
      env: childEnv(),
    });
    const result = JSON.parse(run.stdout) as { ok: boolean; counts: { applied: number }; phases: { files: { attempts?: number; file: string }[] }[] };
    if (!result.ok || result.counts.applied < 2) throw new BenchError(`pg-promote: expected the vh files applied, got ${run.stdout.slice(0, 500)}`);
    const retried = result.phases.flatMap((p) => p.files).filter((f) => (f.attempts ?? 1) > 1);
    console.log(`    pg-promote applied ${result.counts.applied} files; retried: ${retried.map((f) => `${path.basename(f.file)} (${f.attempts} attempts)`).join(', ') || 'none'}`);
  },
};

const psqlLoop: Scenario = {
  key: 'psql_loop',
  name: 'psql loop (runbook)',
  async promote(ctx, tree, _url, database) {
    // The runbook's loop over the files this promotion applies: one psql --single-transaction each.
    const dir = path.join(tree, 'db/migrations/vh');
    const files = [
      ...readdirSync(dir).filter((f) => f >= '006').sort().map((f) => path.join(dir, f)),
      path.join(tree, 'db/views/vh_readonly_views.sql'),
    ];
    await timeCommand('psql loop', 'bash', ['-c', 'set -e; for file in "${@:1}"; do "$PSQL" -X -q --set ON_ERROR_STOP=1 --single-transaction -f "$file"; done', 'psql-loop', ...files], {
      env: childEnv({
        PSQL: path.join(ctx.cluster.binDir, 'psql'),
        PGHOST: ctx.cluster.host,
        PGPORT: String(ctx.cluster.port),
        PGUSER: ctx.cluster.user,
        PGPASSWORD: ctx.cluster.password,
        PGDATABASE: database,
      }),
    });
  },
};

/** The sample promoted, grown by EXTRA_RUNS runs, then vh 006 and 007 taken back down: production before the promotion. */
async function productionTemplate(ctx: BenchContext, tree: string): Promise<string> {
  const name = 'production_template';
  const url = await ctx.cluster.createDatabase(name);
  const cliArgs = (args: string[]) => cliCommand([...args, '--database-url', url]);
  await timeCommand('pg-promote migrate (setup)', process.execPath, cliArgs(['migrate']), { cwd: tree, env: childEnv() });
  await ctx.cluster.sql(
    `INSERT INTO vh.ingest_runs (source_id, created_at, started_at, finished_at, status, rows_read, rows_written)
     SELECT 1 + g % 5, now() - make_interval(secs => g), now() - make_interval(secs => g), now() - make_interval(secs => g - 1), 'success', 100, 100
     FROM generate_series(1, ${EXTRA_RUNS}) AS g`,
    name,
  );
  await ctx.cluster.sql('VACUUM ANALYZE vh.ingest_runs', name);
  await timeCommand('pg-promote down (setup)', process.execPath, cliArgs(['down', '--phase', 'vh', '--to', '5']), { cwd: tree, env: childEnv() });
  return name;
}

interface Sample {
  startMs: number;
  latencyMs: number;
}

/** pgbench -l lines: client tx_no time script epoch us [lag]; time (µs) ends at epoch.us and, under -R, counts from the scheduled start. */
function readLog(dir: string, prefix: string): Sample[] {
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${prefix}.`))) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const f = line.trim().split(/\s+/);
      if (f.length < 6 || f[2] === 'skipped') continue;
      const latencyUs = Number(f[2]);
      const endMs = Number(f[4]) * 1000 + Number(f[5]) / 1000;
      samples.push({ startMs: endMs - latencyUs / 1000, latencyMs: latencyUs / 1000 });
    }
  }
  return samples;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN;
}

/** Transactions by the second they started in: each second is one run of the gate's method. */
function slices(samples: readonly Sample[], fromMs: number, toMs: number): number[][] {
  const out: number[][] = [];
  for (let t = fromMs; t + SLICE_MS <= toMs + SLICE_MS / 2; t += SLICE_MS) {
    const slice = samples.filter((s) => s.startMs >= t && s.startMs < t + SLICE_MS).map((s) => s.latencyMs);
    if (slice.length >= 5) out.push(slice);
  }
  return out;
}

/**
 * The latency gate's method on the application's transactions: one-second slices as runs, each
 * summarised by the 20%-trimmed mean of its log latencies; during/before as a ratio with its
 * 95% Welch interval and the gate's verdict against +10%.
 */
function judge(o: Outcome): { ratio: number; low: number; high: number; verdict: string; reason: string } | undefined {
  if (o.beforeSlices.length < 2 || o.duringSlices.length < 2) return undefined;
  const interval = logRatioInterval(o.beforeSlices.map((s) => trimmedLogMean(s)), o.duringSlices.map((s) => trimmedLogMean(s)));
  const beforeMs = Math.exp(o.beforeSlices.map((s) => trimmedLogMean(s)).reduce((a, b) => a + b, 0) / o.beforeSlices.length);
  const limit = Math.log(1 + WITHIN);
  const d = decide({ interval, beforeMs, afterMs: beforeMs * Math.exp(interval.estimate), runsPerSide: Math.min(o.beforeSlices.length, o.duringSlices.length) }, pAbove(interval, limit), { maxIncreasePct: WITHIN * 100, noiseFloorMs: 0, planChange: 'warn' });
  return { ratio: Math.exp(interval.estimate), low: Math.exp(interval.low), high: Math.exp(interval.high), verdict: d.verdict, reason: d.reason };
}

interface Outcome {
  scenario: Scenario;
  before: number[];
  during: number[];
  beforeSlices: number[][];
  duringSlices: number[][];
  promotionS: number;
  error?: string;
}

async function runScenario(ctx: BenchContext, scenario: Scenario, tree: string, template: string): Promise<Outcome> {
  const database = `prod_${scenario.key}`;
  await ctx.cluster.sql(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  const url = ctx.cluster.url(database);
  await ctx.cluster.sql('CHECKPOINT');
  const logDir = path.join(ctx.workDir, scenario.key);
  mkdirSync(logDir, { recursive: true });
  const outcome: Outcome = { scenario, before: [], during: [], beforeSlices: [], duringSlices: [], promotionS: 0 };

  const pgbench = spawn(
    path.join(ctx.cluster.binDir, 'pgbench'),
    ['-n', '-R', String(RATE), '-c', String(CLIENTS), '-j', '2', '-T', String(PGBENCH_S), '-l', '--log-prefix', path.join(logDir, 'tx'), '-f', path.join(ctx.workDir, 'app.sql'), database],
    {
      env: childEnv({ PGHOST: ctx.cluster.host, PGPORT: String(ctx.cluster.port), PGUSER: ctx.cluster.user, PGPASSWORD: ctx.cluster.password }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let pgbenchOut = '';
  pgbench.stdout.on('data', (d) => (pgbenchOut += d));
  pgbench.stderr.on('data', (d) => (pgbenchOut += d));
  const pgbenchDone = new Promise<number>((resolve) => pgbench.on('close', (code) => resolve(code ?? -1)));

  const benchStart = Date.now();
  await new Promise((r) => setTimeout(r, BEFORE_S * 1000));
  // The other session: a long read holding ACCESS SHARE on the table the migration alters.
  const holder = new pg.Client({ connectionString: url, application_name: 'long analyst read' });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT count(*) FROM vh.ingest_runs');
  const releasing = new Promise((r) => setTimeout(r, HOLD_S * 1000)).then(() => holder.query('COMMIT')).finally(() => holder.end());
  const promoteStart = Date.now();
  try {
    await scenario.promote(ctx, tree, url, database);
  } catch (err) {
    outcome.error = ctx.redact((err as Error).message);
  }
  const promoteEnd = Date.now();
  outcome.promotionS = (promoteEnd - promoteStart) / 1000;
  await releasing;
  const code = await pgbenchDone;
  if (code !== 0) outcome.error ??= `pgbench exited ${code}: ${tail(ctx.redact(pgbenchOut), 5)}`;
  const samples = readLog(logDir, 'tx');
  // Kept beside the logs so a surprising p95 can be traced to the moment it happened.
  writeFileSync(path.join(logDir, 'window.json'), JSON.stringify({ benchStart, promoteStart, promoteEnd, holdS: HOLD_S }));
  // The first two seconds warm the connections and caches; they are nobody's steady state.
  outcome.before = samples.filter((s) => s.startMs >= benchStart + 2000 && s.startMs < promoteStart).map((s) => s.latencyMs);
  outcome.during = samples.filter((s) => s.startMs >= promoteStart && s.startMs < promoteEnd).map((s) => s.latencyMs);
  outcome.beforeSlices = slices(samples, benchStart + 2000, promoteStart);
  outcome.duringSlices = slices(samples, promoteStart, promoteEnd);
  console.log(`  ${scenario.name}: promotion ${outcome.promotionS.toFixed(1)} s; p95 before ${p95(outcome.before).toFixed(1)} ms (${outcome.before.length} tx), during ${p95(outcome.during).toFixed(1)} ms (${outcome.during.length} tx)${outcome.error ? `; FAILED: ${outcome.error.split('\n')[0]}` : ''}`);
  return outcome;
}

function report(outcomes: readonly Outcome[], environment: string): string {
  const interval = (j: ReturnType<typeof judge>) => (j ? `${j.ratio.toFixed(2)}x [${j.low.toFixed(2)}, ${j.high.toFixed(2)}]` : '-');
  const rows = outcomes.map((o) => {
    const before = p95(o.before);
    const during = p95(o.during);
    const j = judge(o);
    return [
      o.scenario.name,
      o.error ? 'FAILED' : `${o.promotionS.toFixed(1)}`,
      `${before.toFixed(1)} (${o.before.length} tx)`,
      `${during.toFixed(1)} (${o.during.length} tx)`,
      `${during / before >= 10 ? (during / before).toFixed(0) : (during / before).toFixed(2)}x`,
      `${interval(j)} (${o.beforeSlices.length} / ${o.duringSlices.length} s)`,
      j?.verdict ?? 'not measured',
    ];
  });
  const promote = outcomes.find((o) => o.scenario === pgPromote);
  const target = `with pg-promote, the application's latency during the promotion within ${WITHIN * 100}% of before (the latency gate's method)`;
  const j = promote && !promote.error ? judge(promote) : undefined;
  const verdict = !j
    ? `- FAIL: ${target} (not measured: ${promote?.error?.split('\n')[0] ?? 'too few seconds in a window'})`
    : `- ${j.verdict === 'pass' ? 'PASS' : j.verdict === 'fail' ? 'FAIL' : 'INCONCLUSIVE'}: ${target} (${interval(j)}: ${j.reason})`;
  return resultsSection({
    title: promotionLoad.title,
    body: [
      `pgbench drives ${RATE} transactions/s (${CLIENTS} clients, -R, per-transaction log -l) on a copy of the sample database ` +
        `(${EXTRA_RUNS.toLocaleString('en-US')} extra ingest runs); each transaction reads and inserts vh.ingest_runs. ` +
        `After ${BEFORE_S} s, a second session opens a transaction holding ACCESS SHARE on vh.ingest_runs for ${HOLD_S} s, and the promotion of ` +
        'vh 006 (ALTER TABLE vh.ingest_runs ...), 007 and the vh views starts. "Before" is from 2 s after pgbench starts to the promotion; ' +
        '"during" is the promotion\'s wall clock (process start included; the built CLI, dist/, when present). Latency is pgbench\'s, counted from the scheduled start (-R), so ' +
        'transactions queued behind a lock count in full. pg-promote ran with a bench config of ' +
        '`lock_timeout: 20ms, lock_retries: 8, lock_retry_backoff: 500ms` (a short lock_timeout is the point; the shipped default is 5s). ' +
        'The verdict uses the latency gate\'s method: each second of a window is a run, summarised by the 20%-trimmed mean of its log latencies; ' +
        'during/before is a ratio with its 95% Welch interval, judged against +10% (pass: upper bound below; fail: lower bound above; otherwise inconclusive). ' +
        'The p95s are shown for reference; one run each on a shared, noisy 2-CPU VM.',
      markdownTable(
        ['promotion', 'seconds', 'app p95 before (ms)', 'app p95 during (ms)', 'p95 during / before', 'during / before [95%] (seconds before / during)', 'verdict'],
        rows,
        ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    ],
    targets: [verdict],
    environment,
  });
}

export const promotionLoad: Measurement = {
  id: 'promotion-load',
  title: 'Promotion under load: application p95 while a migration waits for a lock',
  clusterSettings: SETTINGS,
  async run(ctx) {
    const tree = path.join(ctx.workDir, 'repo');
    cpSync(path.join(repoRoot, 'db'), path.join(tree, 'db'), { recursive: true });
    const config = path.join(tree, 'db/promotion.yml');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, `${BENCH_SETTINGS}${original.replace(/^(lock_timeout|lock_retries|lock_retry_backoff):.*\n/gm, '')}`);
    writeFileSync(path.join(ctx.workDir, 'app.sql'), APP_SCRIPT);
    console.log('  preparing the production copy (sample promoted, extra runs, vh 006-007 taken back down) ...');
    const template = await productionTemplate(ctx, tree);
    const outcomes: Outcome[] = [];
    for (const scenario of [pgPromote, psqlLoop]) outcomes.push(await runScenario(ctx, scenario, tree, template));
    const environment = await describeEnvironment(ctx.cluster, Object.keys(SETTINGS));
    return { markdown: report(outcomes, environment), failures: outcomes.filter((o) => o.error).map((o) => `${o.scenario.name}: ${o.error}`) };
  },
};
