import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, childEnv, tail, type Measurement } from './harness.js';
import { markdownTable, median, passFail, ratio, resultsSection, seconds } from './table.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FILES = 1000;
const ROUNDS = 5;
const TARGET_SECONDS = 2;

/**
 * Every file is a realistic step: a new table, a column and an index on the previous step's
 * table (a finding: an existing table), the safe NOT NULL sequence (a NOT VALID check on the
 * previous table, validated with SET NOT NULL on the one before: state followed across files),
 * a comment and a row. Every tenth file does maintenance outside a transaction instead: a
 * concurrent index and reindex, a VACUUM.
 */
function migration(i: number): string {
  if (i % 10 === 0) {
    return [
      '-- pg-promote:no-transaction',
      `-- Step ${i}: index the lookups, tidy up.`,
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS t${i - 1}_name_idx ON app.t${i - 1} (name);`,
      `REINDEX INDEX CONCURRENTLY app.t${i - 1}_created_idx;`,
      `VACUUM (ANALYZE) app.t${i - 1};`,
      '',
    ].join('\n');
  }
  const validate = i > 2 && (i - 1) % 10 !== 0 ? [`ALTER TABLE app.t${i - 2} VALIDATE CONSTRAINT t${i - 2}_note_nn;`, `ALTER TABLE app.t${i - 2} ALTER COLUMN note SET NOT NULL;`] : [];
  return [
    `-- Step ${i}: another table and a column on the previous one.`,
    `CREATE TABLE app.t${i} (`,
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  name text NOT NULL,',
    '  created_at timestamptz NOT NULL DEFAULT now(),',
    '  note text',
    ');',
    `ALTER TABLE app.t${i - 1} ADD COLUMN note_${i} text DEFAULT 'n/a';`,
    `ALTER TABLE app.t${i - 1} ADD CONSTRAINT t${i - 1}_note_nn CHECK (note IS NOT NULL) NOT VALID;`,
    ...validate,
    `CREATE INDEX t${i - 1}_created_idx ON app.t${i - 1} (created_at);`,
    `COMMENT ON TABLE app.t${i} IS 'step ${i}';`,
    `INSERT INTO app.t${i} (name) VALUES ('row ${i}');`,
    '',
  ].join('\n');
}

export function prepare(dir: string, count: number): void {
  const migrations = path.join(dir, 'db/migrations/app');
  mkdirSync(migrations, { recursive: true });
  writeFileSync(path.join(dir, 'db/promotion.yml'), 'phases:\n  - name: app\n    schema: app\n    migrations: db/migrations/app\n');
  for (let i = 1; i <= count; i++) writeFileSync(path.join(migrations, `${String(i).padStart(4, '0')}_step.sql`), migration(i));
}

interface Run {
  seconds: number;
  stdout: string;
}

/** Wall clock, process start included; both linters exit 1 when they find something, so 0 and 1 are fine. */
function timed(label: string, command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new BenchError(`${label}: could not start: ${e.message}`)));
    child.on('close', (code) => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0 || code === 1) resolve({ seconds: elapsed, stdout });
      else reject(new BenchError(`${label}: exit code ${code}\n${tail(Buffer.concat(err).toString('utf8') || stdout)}`));
    });
  });
}

interface Tool {
  name: string;
  command: string;
  args: string[];
  /** Throws unless the output shows every file was linted. */
  check(stdout: string, count: number): void;
}

/**
 * The bundle users run. Until dist/ is rebuilt with lint, the old bundle has no lint command:
 * then the source runs through tsx (which starts slower), and the table says so.
 */
async function pgPromote(workDir: string): Promise<Tool> {
  const check = (stdout: string, count: number) => {
    const result = JSON.parse(stdout) as { lint?: { filesLinted: number } };
    if (result.lint?.filesLinted !== count) throw new BenchError(`pg-promote linted ${result.lint?.filesLinted ?? 'no'} files, expected ${count}`);
  };
  // BENCH_LINT_CLI: another build of the CLI to time (e.g. a fresh ncc build outside dist/).
  const bundle = process.env.BENCH_LINT_CLI ?? path.join(repo, 'dist/cli/index.js');
  const built: Tool = { name: 'pg-promote', command: process.execPath, args: [bundle, 'lint', '--json'], check };
  if (existsSync(bundle)) {
    const probe = await timed(built.name, built.command, built.args, workDir).catch(() => undefined);
    if (probe && (JSON.parse(probe.stdout) as { lint?: unknown }).lint) return built;
  }
  return { name: 'pg-promote (source via tsx)', command: process.execPath, args: ['--import', import.meta.resolve('tsx'), path.join(repo, 'src/cli/index.ts'), 'lint', '--json'], check };
}

/** Squawk's native binary from its npm package, without the Node wrapper in front of it. */
function squawk(): Tool {
  const require = createRequire(import.meta.url);
  const binary = require.resolve(`@squawk-cli/${process.platform}-${process.arch}/bin/squawk`);
  return {
    name: 'squawk',
    command: binary,
    args: ['--reporter', 'json', '--assume-in-transaction', 'db/migrations/app/*.sql'],
    check(stdout, count) {
      const files = new Set((JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file));
      // Every file but the concurrent-index ones has a finding for Squawk too.
      if (files.size < count * 0.9) throw new BenchError(`squawk reported on ${files.size} files, expected at least ${count * 0.9}`);
    },
  };
}

export const lintSpeed: Measurement = {
  id: 'lint-speed',
  title: 'Lint speed: 1,000 migrations, pg-promote lint beside Squawk',
  clusterSettings: {},
  async run(ctx) {
    const count = Number(process.env.BENCH_LINT_FILES ?? DEFAULT_FILES);
    prepare(ctx.workDir, count);
    // The machine may be shared: the load beside the timings says how much they are worth.
    const loadBefore = os.loadavg()[0] ?? 0;
    const tools = [await pgPromote(ctx.workDir), squawk()];
    const runs = new Map<Tool, number[]>(tools.map((t) => [t, []]));
    const failures: string[] = [];
    let lintMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const tool of round % 2 ? [...tools].reverse() : tools) {
        if (failures.some((f) => f.startsWith(tool.name))) continue;
        try {
          const run = await timed(tool.name, tool.command, tool.args, ctx.workDir);
          tool.check(run.stdout, count);
          runs.get(tool)?.push(run.seconds);
          if (tool.name.startsWith('pg-promote')) lintMs = [...lintMs, (JSON.parse(run.stdout) as { lint: { durationMs: number } }).lint.durationMs];
          console.log(`  ${tool.name}: ${seconds(run.seconds)} s`);
        } catch (err) {
          failures.push(`${tool.name}: ${ctx.redact((err as Error).message)}`);
        }
      }
    }
    const [promote, peer] = tools.map((t) => (runs.get(t)?.length ? median(runs.get(t) ?? []) : undefined));
    const rows = tools.map((t) => {
      const r = runs.get(t) ?? [];
      if (r.length === 0) return [t.name, 'FAILED', '-', '-', '-'];
      const m = median(r);
      return [t.name, seconds(m), `${r.length} (${seconds(Math.min(...r))}-${seconds(Math.max(...r))})`, String(Math.round(count / m)), promote === undefined ? '-' : ratio(promote / m)];
    });
    const table = markdownTable(['tool', 'seconds (median)', 'runs (min-max)', 'files/s', 'pg-promote / tool'], rows, ['left', 'right', 'right', 'right', 'right']);
    const target = `pg-promote lints ${count} migrations in under ${TARGET_SECONDS} s`;
    const markdown = resultsSection({
      title: lintSpeed.title,
      body: [
        `${count} generated migrations (a table, a column, an index and a NOT VALID check on the previous table, the check validated and SET NOT NULL on the one before, a comment, a row; every tenth a concurrent index, a concurrent reindex and a VACUUM in a no-transaction file), the same files for both tools; wall clock of the whole command, process start included, median of ${ROUNDS} rounds. Squawk is its native binary; pg-promote parses with libpg_query's WebAssembly build, loaded once per run.`,
        table,
        `Load average (1 min) on this ${os.cpus().length}-CPU machine: ${loadBefore.toFixed(1)} before the rounds, ${(os.loadavg()[0] ?? 0).toFixed(1)} after; both tools ran in the same rounds, so the ratio holds under load better than the seconds do.`,
      ],
      targets: [
        promote === undefined ? `- FAIL: ${target} (not measured)` : passFail(promote < TARGET_SECONDS, target, `${seconds(promote)} s, of which linting ${seconds(median(lintMs) / 1000)} s; Squawk ${peer === undefined ? 'not measured' : `${seconds(peer)} s`}`),
      ],
      parts: failures.length > 0 ? [['Failures', failures.map((f) => `- ${f.split('\n')[0]}`)]] : [],
    });
    return { markdown, failures };
  },
};
