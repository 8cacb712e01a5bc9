import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBinary } from 'dbmate';
import { BenchError, childEnv, timeCommand, type BenchContext, type CommandResult } from './harness.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PG_PROMOTE_CLI = path.join(repoRoot, 'dist', 'cli', 'index.js');
export const NODE_PG_MIGRATE_CLI = path.join(repoRoot, 'node_modules', 'node-pg-migrate', 'bin', 'node-pg-migrate.js');

/** Every tool applies exactly this SQL, so only the tool's own overhead differs. */
export function migrationSql(i: number): string {
  return (
    `CREATE TABLE bench_t${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n` +
    `INSERT INTO bench_t${i} (id, name) VALUES (1, 'row ${i}');\n`
  );
}

function downSql(i: number): string {
  return `DROP TABLE bench_t${i};\n`;
}

// node-pg-migrate reads a prefix of 1 to 4 digits as an index and longer ones as timestamps.
export const MAX_MIGRATIONS = 9999;

function fileName(i: number): string {
  return `${String(i).padStart(4, '0')}_create_t${i}.sql`;
}

function writeMigrations(dir: string, count: number, body: (i: number) => string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(path.join(dir, fileName(i)), body(i));
}

export interface Target {
  readonly database: string;
  /** Carries the password: only ever an argument or environment value, never printed. */
  readonly url: string;
  readonly count: number;
}

export interface Tool {
  readonly name: string;
  /** Database and folder name; also tells results apart. */
  readonly key: string;
  prepare(dir: string, count: number): void;
  run(ctx: BenchContext, dir: string, target: Target): Promise<CommandResult>;
  /** The tool's own evidence that it applied every migration; throws if not. */
  verify(ctx: BenchContext, target: Target, result: CommandResult): Promise<void>;
}

// The cluster's own psql, not PATH's: Debian's psql there is a Perl wrapper that costs ~40 ms
// per start, which would be charged a thousand times to the loop and not to any other tool.
function psqlPath(ctx: BenchContext): string {
  return path.join(ctx.cluster.binDir, 'psql');
}

function psqlEnv(ctx: BenchContext, database: string): NodeJS.ProcessEnv {
  const { cluster } = ctx;
  return childEnv({
    PSQL: psqlPath(ctx),
    PGHOST: cluster.host,
    PGPORT: String(cluster.port),
    PGUSER: cluster.user,
    PGPASSWORD: cluster.password,
    PGDATABASE: database,
  });
}

async function expectCount(ctx: BenchContext, target: Target, table: string, what: string): Promise<void> {
  const rows = await ctx.cluster.sql(`SELECT count(*)::int AS n FROM ${table}`, target.database);
  const n = rows.rows[0]?.n as number;
  if (n !== target.count) throw new BenchError(`${what}: ${table} has ${n} rows, expected ${target.count}`);
}

export const psqlLoop: Tool = {
  name: 'psql loop (runbook)',
  key: 'psql_loop',
  prepare: (dir, count) => writeMigrations(dir, count, migrationSql),
  // Run through bash so the timing is the runbook's loop itself, one psql process per file.
  run: (ctx, dir, target) =>
    timeCommand(
      'psql loop',
      'bash',
      [
        '-c',
        'set -e; for file in "$1"/*.sql; do "$PSQL" -X -q --set ON_ERROR_STOP=1 --single-transaction -f "$file"; done',
        'psql-loop',
        dir,
      ],
      { env: psqlEnv(ctx, target.database) },
    ),
  verify: async () => undefined,
};

export const limit: Tool = {
  name: 'limit (one psql session)',
  key: 'limit',
  prepare(dir, count) {
    mkdirSync(dir, { recursive: true });
    const parts: string[] = [];
    for (let i = 1; i <= count; i++) parts.push(`BEGIN;\n${migrationSql(i)}COMMIT;\n`);
    writeFileSync(path.join(dir, 'all.sql'), parts.join(''));
  },
  run: (ctx, dir, target) =>
    timeCommand('limit', psqlPath(ctx), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', path.join(dir, 'all.sql')], {
      env: psqlEnv(ctx, target.database),
    }),
  verify: async () => undefined,
};

export const pgPromote: Tool = {
  name: 'pg-promote',
  key: 'pg_promote',
  prepare(dir, count) {
    writeMigrations(path.join(dir, 'db', 'migrations', 'bench'), count, migrationSql);
    writeFileSync(
      path.join(dir, 'db', 'promotion.yml'),
      'phases:\n  - name: bench\n    schema: public\n    migrations: db/migrations/bench\n',
    );
  },
  run(ctx, dir, target) {
    // A missing build must be a failed measurement, not a quietly absent row.
    if (!existsSync(PG_PROMOTE_CLI)) {
      return Promise.reject(
        new BenchError(`pg-promote: ${path.relative(repoRoot, PG_PROMOTE_CLI)} does not exist; build the CLI first (npm run build)`),
      );
    }
    return timeCommand(
      'pg-promote migrate',
      process.execPath,
      [PG_PROMOTE_CLI, 'migrate', '--database-url', target.url, '--config', 'db/promotion.yml', '--json'],
      { cwd: dir, env: childEnv() },
    );
  },
  async verify(_ctx, target, result) {
    let doc: { ok?: unknown; counts?: { applied?: unknown } };
    try {
      doc = JSON.parse(result.stdout) as typeof doc;
    } catch {
      throw new BenchError(`pg-promote: stdout is not exactly one JSON document:\n${result.stdout.slice(0, 2000)}`);
    }
    if (doc.ok !== true || doc.counts?.applied !== target.count) {
      throw new BenchError(
        `pg-promote: expected ok: true and counts.applied: ${target.count}, got ok: ${String(doc.ok)}, ` +
          `counts.applied: ${String(doc.counts?.applied)}`,
      );
    }
  },
};

export const dbmate: Tool = {
  name: 'dbmate',
  key: 'dbmate',
  prepare: (dir, count) =>
    writeMigrations(dir, count, (i) => `-- migrate:up\n${migrationSql(i)}\n-- migrate:down\n${downSql(i)}`),
  // The native binary directly: the npm shim would add a node start that is not dbmate's cost.
  run: (ctx, dir, target) =>
    timeCommand('dbmate up', resolveBinary(), ['--migrations-dir', dir, '--no-dump-schema', 'up'], {
      cwd: dir,
      env: childEnv({ DATABASE_URL: `${target.url}?sslmode=disable` }),
    }),
  verify: (ctx, target) => expectCount(ctx, target, 'schema_migrations', 'dbmate'),
};

export const nodePgMigrate: Tool = {
  name: 'node-pg-migrate',
  key: 'node_pg_migrate',
  prepare: (dir, count) =>
    writeMigrations(dir, count, (i) => `-- Up Migration\n${migrationSql(i)}\n-- Down Migration\n${downSql(i)}`),
  // Its CLI defaults to --single-transaction (all migrations in one transaction, one commit);
  // every other tool here commits once per migration, so that is what it is timed doing too.
  run: (ctx, dir, target) =>
    timeCommand(
      'node-pg-migrate up',
      process.execPath,
      [NODE_PG_MIGRATE_CLI, 'up', '--migrations-dir', dir, '--no-single-transaction'],
      { cwd: dir, env: childEnv({ DATABASE_URL: target.url }) },
    ),
  verify: (ctx, target) => expectCount(ctx, target, 'public.pgmigrations', 'node-pg-migrate'),
};
