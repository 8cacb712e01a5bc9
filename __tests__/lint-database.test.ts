import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LARGE_TABLE_ENV } from '../src/lint/threshold.js';
import type { LintReport } from '../src/lint/types.js';
import { cli, cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, writeTree } from './harness/tree.js';

const server = await testServer();

const CONFIG = `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
`;
const DIR = 'db/migrations/app';

const at = (report: LintReport | undefined) => (report?.findings ?? []).map((f) => `${f.file.split('/').pop()}:${f.line} ${f.rule} ${f.severity}`);

async function withThreshold<T>(size: string, work: () => Promise<T>): Promise<T> {
  const before = process.env[LARGE_TABLE_ENV];
  process.env[LARGE_TABLE_ENV] = size;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env[LARGE_TABLE_ENV];
    else process.env[LARGE_TABLE_ENV] = before;
  }
}

describe('lint with --database-url', () => {
  test('only pending files are linted, and a table a pending file creates is new: its index needs no CONCURRENTLY', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001_schema.sql`]: 'CREATE SCHEMA app;\nCREATE TABLE app.orders (id int, note text);\nTRUNCATE app.orders;\n',
    });
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    writeTree(root, {
      [`${DIR}/002_fresh.sql`]: 'CREATE TABLE app.fresh (id int);\n',
      [`${DIR}/003_indexes.sql`]: 'CREATE INDEX fresh_id ON app.fresh (id);\nCREATE INDEX orders_note ON app.orders (note);\n',
    });
    const offline = await cliJson(root, ['lint']);
    assert.deepEqual(at(offline.result.lint), ['001_schema.sql:3 truncate error', '003_indexes.sql:1 create-index-not-concurrently warning', '003_indexes.sql:2 create-index-not-concurrently warning']);

    const online = await cliJson(root, ['lint', '--database-url', url]);
    assert.equal(online.code, 0, online.stdout);
    assert.deepEqual(at(online.result.lint), ['003_indexes.sql:2 create-index-not-concurrently warning']);
    assert.equal(online.result.lint?.filesLinted, 2);
    assert.equal(online.result.lint?.findings[0]?.table?.name, 'app.orders');
    assert.equal(online.result.database?.database, new URL(url).pathname.slice(1));
  });

  test('on a table above the size threshold a lock hazard becomes an error that shows the size and row estimate', async () => {
    const url = await server.createDatabase();
    await server.query(url, `CREATE SCHEMA app;
      CREATE TABLE app.big (id int, payload text);
      INSERT INTO app.big SELECT g, repeat('x', 100) FROM generate_series(1, 20000) g;
      CREATE TABLE app.small (id int);
      INSERT INTO app.small VALUES (1), (2);
      ANALYZE app.big; ANALYZE app.small;`);
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001_indexes.sql`]: 'CREATE INDEX big_id ON app.big (id);\nCREATE INDEX small_id ON app.small (id);\nALTER TABLE app.big RENAME COLUMN payload TO body;\n',
    });
    const { code, result } = await withThreshold('512kB', () => cliJson(root, ['lint', '--database-url', url]));
    assert.equal(code, 1);
    const report = result.lint as LintReport;
    assert.deepEqual(at(report), [
      '001_indexes.sql:1 create-index-not-concurrently error',
      '001_indexes.sql:2 create-index-not-concurrently warning',
      '001_indexes.sql:3 rename-column warning',
    ]);
    const [big, small, rename] = report.findings;
    assert.equal(big?.raised, true);
    assert.equal(big?.table?.name, 'app.big');
    assert.ok((big?.table?.bytes ?? 0) > 512 * 1024, String(big?.table?.bytes));
    assert.equal(big?.table?.rows, 20000);
    assert.match(big?.message ?? '', /\[app\.big: \d(\.\d)? MiB, ~20,000 rows\] — above the 512 KiB large-table threshold/);
    assert.equal(small?.raised, undefined);
    assert.equal(small?.table?.rows, 2);
    // Renames break code whatever the size: shown, not raised.
    assert.equal(rename?.table?.name, 'app.big');
    assert.deepEqual(report.database, { target: report.database?.target, largeTableBytes: 512 * 1024 });

    const text = await withThreshold('512kB', () => cli(root, ['lint', '--database-url', url]));
    assert.match(text.stdout, /error {3}db\/migrations\/app\/001_indexes\.sql:1:1 {2}create-index-not-concurrently \(large table\)/);
    assert.match(text.stdout, /tables from 512 KiB count as large/);
  });

  test('SET NOT NULL is fine where the target already proves the column: a validated CHECK, or NOT NULL already', async () => {
    const url = await server.createDatabase();
    await server.query(url, `CREATE SCHEMA app;
      CREATE TABLE app.t (a int, b int, c int NOT NULL, "Mixed Case" int);
      ALTER TABLE app.t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL);
      ALTER TABLE app.t ADD CONSTRAINT t_mixed_nn CHECK ("Mixed Case" IS NOT NULL);`);
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001.sql`]: [
        'ALTER TABLE app.t ALTER COLUMN a SET NOT NULL;',
        'ALTER TABLE app.t ALTER COLUMN b SET NOT NULL;',
        'ALTER TABLE app.t ALTER COLUMN c SET NOT NULL;',
        'ALTER TABLE app.t ALTER COLUMN "Mixed Case" SET NOT NULL;',
      ].join('\n'),
    });
    const { result } = await cliJson(root, ['lint', '--database-url', url]);
    assert.deepEqual(at(result.lint), ['001.sql:2 set-not-null-without-check warning']);
  });

  test('lint only reads: its session is read-only and the database is left as it was', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: 'CREATE SCHEMA app;\n' });
    const { code } = await cliJson(root, ['lint', '--database-url', url]);
    assert.equal(code, 0);
    const schemas = await server.query(url, "SELECT count(*)::int AS n FROM pg_namespace WHERE nspname IN ('app', 'audit')");
    assert.equal(schemas.rows[0].n, 0);
  });

  test('an unreachable database is a connection error (exit 2), not a lint result', async () => {
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: 'SELECT 1;\n' });
    const run = await cli(root, ['lint', '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot connect to nobody@127\.0\.0\.1:1\/none/);
  });

  test('what the rules claim holds on PostgreSQL: volatile defaults and type changes rewrite the table, flagged forms only', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 100);');
    const forms = [
      { sql: "ALTER TABLE t ADD COLUMN a text DEFAULT 'x'", flagged: false },
      { sql: 'ALTER TABLE t ADD COLUMN b timestamptz DEFAULT now()', flagged: false },
      { sql: 'ALTER TABLE t ADD COLUMN c float8 DEFAULT random()', flagged: true },
      { sql: 'ALTER TABLE t ADD COLUMN d bigserial', flagged: true },
      { sql: 'ALTER TABLE t ADD COLUMN e int GENERATED ALWAYS AS (id * 2) STORED', flagged: true },
      { sql: 'ALTER TABLE t ALTER COLUMN c TYPE numeric', flagged: true },
    ];
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: forms.map((f) => `${f.sql};`).join('\n') });
    const { result } = await cliJson(root, ['lint']);
    const flaggedLines = new Set(result.lint?.findings.map((f) => f.line));
    for (const [i, form] of forms.entries()) {
      const before = (await server.query(url, "SELECT relfilenode FROM pg_class WHERE relname = 't'")).rows[0].relfilenode;
      await server.query(url, form.sql);
      const after = (await server.query(url, "SELECT relfilenode FROM pg_class WHERE relname = 't'")).rows[0].relfilenode;
      assert.equal(after !== before, form.flagged, `${form.sql}: rewrote=${after !== before}`);
      assert.equal(flaggedLines.has(i + 1), form.flagged, `${form.sql}: flagged=${flaggedLines.has(i + 1)}`);
    }
  });

  test('a table an earlier pending file creates, absent from the database, is new: dropping or renaming it is no finding', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA app; CREATE TABLE app.kept (id int, note text); CREATE TABLE app.old (id int);');
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001_staging.sql`]: 'CREATE TABLE app.staging (id int, note text);\nCREATE TABLE app.scratch (id int);\n',
      [`${DIR}/002_reshape.sql`]: [
        'ALTER TABLE app.staging RENAME COLUMN note TO body;',
        'ALTER TABLE app.staging DROP COLUMN body;',
        'TRUNCATE app.staging;',
        'ALTER TABLE app.staging RENAME TO landing;',
        'DROP TABLE app.scratch;',
        'ALTER TABLE app.kept RENAME COLUMN note TO body;',
        'DROP TABLE app.old;',
      ].join('\n'),
    });
    const online = await cliJson(root, ['lint', '--database-url', url]);
    // The tables the database holds are still guarded; the ones only pending files make are not.
    assert.deepEqual(at(online.result.lint), ['002_reshape.sql:6 rename-column warning', '002_reshape.sql:7 drop-table error']);
    const offline = await cliJson(root, ['lint']);
    assert.deepEqual(at(offline.result.lint), [
      '002_reshape.sql:1 rename-column warning',
      '002_reshape.sql:2 drop-column error',
      '002_reshape.sql:3 truncate error',
      '002_reshape.sql:4 rename-table warning',
      '002_reshape.sql:5 drop-table error',
      '002_reshape.sql:6 rename-column warning',
      '002_reshape.sql:7 drop-table error',
    ]);
  });

  test('with the database, a type change PostgreSQL makes without a rewrite is not flagged; every other still is', async () => {
    const url = await server.createDatabase();
    const columns = {
      v10: 'varchar(10)', v20: 'varchar(20)', vnarrow: 'varchar(20)', vfree: 'varchar(10)', n: 'numeric(10,2)', nfree: 'numeric(10,2)',
      nscale: 'numeric(10,2)', t: 'text', tlimit: 'text', i: 'int', ts: 'timestamp(3)', net: 'cidr', c: 'char(5)', v6: 'varchar(30)',
    };
    await server.query(url, `CREATE SCHEMA app;
      CREATE TABLE app.t (${Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', ')});
      INSERT INTO app.t (v10, t, i, net, c) VALUES ('a', 'b', 1, '10.0.0.0/8', 'x');`);
    const forms = [
      { sql: 'ALTER TABLE app.t ALTER COLUMN v10 TYPE text', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN v20 TYPE varchar(40)', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN vnarrow TYPE varchar(5)', flagged: true },
      { sql: 'ALTER TABLE app.t ALTER COLUMN vfree TYPE character varying', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN n TYPE numeric(12,2)', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN nfree TYPE numeric', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN nscale TYPE numeric(12,3)', flagged: true },
      { sql: 'ALTER TABLE app.t ALTER COLUMN t TYPE varchar', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN tlimit TYPE varchar(50)', flagged: true },
      { sql: 'ALTER TABLE app.t ALTER COLUMN i TYPE bigint', flagged: true },
      { sql: 'ALTER TABLE app.t ALTER COLUMN ts TYPE timestamp(6)', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN net TYPE inet', flagged: false },
      { sql: 'ALTER TABLE app.t ALTER COLUMN c TYPE text', flagged: true },
      { sql: 'ALTER TABLE app.t ALTER COLUMN v6 TYPE text USING v6 || \'\'', flagged: true },
    ];
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: forms.map((f) => `${f.sql};`).join('\n') });
    const online = await cliJson(root, ['lint', '--database-url', url]);
    const flagged = new Set(online.result.lint?.findings.filter((f) => f.rule === 'alter-column-type').map((f) => f.line));
    const offline = await cliJson(root, ['lint']);
    assert.equal(offline.result.lint?.findings.filter((f) => f.rule === 'alter-column-type').length, forms.length, 'offline every type change is flagged');
    for (const [i, form] of forms.entries()) {
      const before = (await server.query(url, "SELECT relfilenode FROM pg_class WHERE oid = 'app.t'::regclass")).rows[0].relfilenode;
      await server.query(url, form.sql);
      const after = (await server.query(url, "SELECT relfilenode FROM pg_class WHERE oid = 'app.t'::regclass")).rows[0].relfilenode;
      assert.equal(after !== before, form.flagged, `${form.sql}: rewrote=${after !== before}`);
      assert.equal(flagged.has(i + 1), form.flagged, `${form.sql}: flagged=${flagged.has(i + 1)}`);
    }
  });

  test('a column an earlier pending statement retyped is judged without the database: its type there is stale', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA app; CREATE TABLE app.t (a varchar(10));');
    const root = makeTree({ 'db/promotion.yml': CONFIG, [`${DIR}/001.sql`]: 'ALTER TABLE app.t ALTER COLUMN a TYPE int USING length(a);\n', [`${DIR}/002.sql`]: 'ALTER TABLE app.t ALTER COLUMN a TYPE varchar(20);\n' });
    const { result } = await cliJson(root, ['lint', '--database-url', url]);
    assert.deepEqual(at(result.lint), ['001.sql:1 alter-column-type warning', '002.sql:1 alter-column-type warning']);
  });
});
