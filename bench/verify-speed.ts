import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runEngine } from '../src/engine/index.js';
import type { AnyResult } from '../src/result.js';
import { BenchError, describeEnvironment, type BenchContext, type Measurement } from './harness.js';
import { markdownTable, median, passFail, resultsSection, seconds } from './table.js';

const LIMIT_SECONDS = 5;
const ROUNDS = 5;

interface Size {
  key: string;
  tables: number;
  views: number;
  roles: number;
}

// The small database is there to show the number of queries does not depend on the size.
const SIZES: readonly Size[] = [
  { key: 'small', tables: 200, views: 50, roles: 10 },
  { key: 'large', tables: 2000, views: 500, roles: 100 },
];

/**
 * A generated promotion: tables with RLS and a policy each, invoker views over them, reader
 * roles with grants and writer roles the boundary check must clear. Roles are cluster-wide,
 * so each size names its own.
 */
function writeTree(dir: string, size: Size): void {
  const p = `vs_${size.key}`;
  const roles: string[] = [];
  for (let i = 1; i <= size.roles; i++) roles.push(i % 2 === 0 ? `${p}_w${i}` : `${p}_r${i}`);
  const readers = roles.filter((r) => r.includes('_r'));
  const ddl: string[] = [
    `DO $$ DECLARE r text; BEGIN FOREACH r IN ARRAY ARRAY[${roles.map((r) => `'${r}'`).join(', ')}] LOOP
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF; END LOOP; END $$;`,
    'CREATE SCHEMA app;',
    'CREATE SCHEMA views;',
    `GRANT USAGE ON SCHEMA views TO ${readers.join(', ')};`,
  ];
  for (let t = 1; t <= size.tables; t++) {
    const reader = readers[t % readers.length]!;
    ddl.push(
      `CREATE TABLE app.t${t} (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, v int);`,
      `INSERT INTO app.t${t} (id, v) VALUES (1, ${t});`,
      `ALTER TABLE app.t${t} ENABLE ROW LEVEL SECURITY;`,
      `CREATE POLICY reader_select ON app.t${t} FOR SELECT TO ${reader} USING (owner = current_user);`,
    );
  }
  const views: string[] = [];
  const probed = readers.slice(0, 3);
  for (let v = 1; v <= size.views; v++) {
    const a = ((v * 7) % size.tables) + 1;
    const b = ((v * 13) % size.tables) + 1;
    views.push(
      `CREATE OR REPLACE VIEW views.v${v} WITH (security_invoker = true) AS SELECT x.id, x.v + y.v AS total FROM app.t${a} x JOIN app.t${b} y USING (id);`,
      `GRANT SELECT ON views.v${v} TO ${readers[v % readers.length]};`,
    );
  }
  // What the probed readers may read: owner-rights summaries, accepted in rls.definer_views.
  probed.forEach((reader, i) => {
    views.push(`CREATE OR REPLACE VIEW views.summary${i + 1} AS SELECT count(*) AS n FROM app.t${i + 1};`, `GRANT SELECT ON views.summary${i + 1} TO ${reader};`);
  });
  const verify = `    verify:
      rls: { required: true, definer_views: [${probed.map((_, i) => `views.summary${i + 1}`).join(', ')}] }
      roles:
${probed.map((r, i) => `        - { role: ${r}, denied: [app.t${i + 1}], allowed: [views.summary${i + 1}] }`).join('\n')}
      boundaries:
        - { writers: "${p}_w%", protected: [app] }
      views: { schemas: [views], require_rows: ["views.*"] }
      row_counts:
        - { table: app.t1, exact: 1 }
        - { table: app.t${size.tables}, min: 1, max: 10 }
`;
  const files: Record<string, string> = {
    'db/promotion.yml': `phases:\n  - name: app\n    schema: app\n    migrations: db/migrations/app\n    views: [db/views/app_views.sql]\n${verify}`,
    'db/migrations/app/001_generated.sql': `${ddl.join('\n')}\n`,
    'db/views/app_views.sql': `${views.join('\n')}\n`,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** Counts every query any pg.Client in this process sends while `work` runs. */
async function countingQueries<T>(work: () => Promise<T>): Promise<{ value: T; queries: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let queries = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    queries++;
    return original.apply(this, args);
  };
  try {
    return { value: await work(), queries };
  } finally {
    proto.query = original;
  }
}

interface Row {
  size: Size;
  runs: number[];
  queries: number;
  checks: number;
}

async function measure(ctx: BenchContext, size: Size): Promise<Row> {
  const dir = path.join(ctx.workDir, size.key);
  writeTree(dir, size);
  const url = await ctx.cluster.createDatabase(`verify_${size.key}`);
  const migrated = await runEngine({ command: 'migrate', root: dir, databaseUrl: url });
  if (!migrated.ok) throw new BenchError(`${size.key}: migrate failed: ${ctx.redact(migrated.error?.message ?? '')}`);
  const runs: number[] = [];
  let queries = -1;
  let last: AnyResult | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    const counted = await countingQueries(() => runEngine({ command: 'verify', root: dir, databaseUrl: url }));
    runs.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (queries >= 0 && counted.queries !== queries) throw new BenchError(`${size.key}: query count changed between rounds (${queries}, ${counted.queries})`);
    queries = counted.queries;
    last = counted.value;
  }
  if (!last?.ok) {
    const failed = last?.checks?.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.findings[0]?.reason}`) ?? [];
    throw new BenchError(`${size.key}: verify did not pass: ${ctx.redact(last?.error?.message ?? '')} ${failed.join('; ')}`);
  }
  console.log(`  ${size.key}: ${size.tables} tables, ${size.views} views, ${size.roles} roles: ${seconds(median(runs))} s, ${queries} queries`);
  return { size, runs, queries, checks: last.checks?.length ?? 0 };
}

export const verifySpeed: Measurement = {
  id: 'verify-speed',
  title: 'Verify speed: the check suite on a large generated database',
  clusterSettings: {},
  async run(ctx) {
    const rows: Row[] = [];
    for (const size of SIZES) rows.push(await measure(ctx, size));
    const table = markdownTable(
      ['database', 'tables', 'views', 'roles', 'checks', 'seconds (median)', 'runs (min-max)', 'queries sent'],
      rows.map((r) => [
        r.size.key, String(r.size.tables), String(r.size.views), String(r.size.roles), String(r.checks),
        seconds(median(r.runs)), `${r.runs.length} (${seconds(Math.min(...r.runs))}-${seconds(Math.max(...r.runs))})`, String(r.queries),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    );
    const large = rows.find((r) => r.size.key === 'large')!;
    const small = rows.find((r) => r.size.key === 'small')!;
    const environment = await describeEnvironment(ctx.cluster, []);
    const markdown = resultsSection({
      title: verifySpeed.title,
      body: [
        'Every check of `pg-promote verify` (RLS required on every table, the security lints, 3 roles probed, a boundary ' +
          'over all writer roles, every view compiled and run for a row, row counts, the audit trail), in process ' +
          '(no process start), against databases generated by `pg-promote migrate`: each table has RLS, a policy and a ' +
          'row; each view is security_invoker over two tables; half the roles are readers, half writers. Queries are ' +
          'counted at the client (every pg.Client query call, connection setup included).',
        table,
      ],
      targets: [
        passFail(median(large.runs) < LIMIT_SECONDS, `verify on ${large.size.tables} tables, ${large.size.views} views, ${large.size.roles} roles under ${LIMIT_SECONDS} s`, `${seconds(median(large.runs))} s`),
        passFail(large.queries === small.queries, 'queries sent do not grow with the number of objects', `${small.queries} for the small database, ${large.queries} for the large`),
      ],
      environment,
    });
    const failures: string[] = [];
    if (median(large.runs) >= LIMIT_SECONDS) failures.push(`verify took ${seconds(median(large.runs))} s`);
    if (large.queries !== small.queries) failures.push(`query counts differ: ${small.queries} and ${large.queries}`);
    return { markdown, failures };
  },
};
