import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson } from './harness/cli.js';
import { startPgBouncer } from './harness/pgbouncer.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const cluster = await startThrowawayCluster({ settings: { max_connections: '120' } });
after(() => cluster.stop());
for (const db of ['tx', 'stmt', 'sess', 'single']) await cluster.sql(`CREATE DATABASE ${db}`);
const bouncer = await startPgBouncer(cluster, {
  tx: { dbname: 'tx', poolMode: 'transaction' },
  stmt: { dbname: 'stmt', poolMode: 'statement' },
  sess: { dbname: 'sess', poolMode: 'session' },
  single: { dbname: 'single', poolMode: 'session', poolSize: 1 },
});
after(() => bouncer.stop());

const FILES = 8;
const tree = () => {
  const files: Record<string, string> = {
    'db/promotion.yml': onePhaseConfig('advisory_lock_wait: 120s\n'),
    'db/migrations/app/001_start.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.applied (file text NOT NULL);\nINSERT INTO app.applied VALUES (\'001\');\n',
  };
  for (let i = 2; i <= FILES; i++) {
    const v = String(i).padStart(3, '0');
    files[`db/migrations/app/${v}_step.sql`] = `ALTER TABLE app.applied ADD COLUMN c${v} int;\nINSERT INTO app.applied (file) VALUES ('${v}');\n`;
  }
  return makeTree(files);
};

describe('pgbouncer: poolers', () => {
  test('transaction and statement pooling are refused, exit 2, and nothing is changed or left behind', async () => {
    for (const alias of ['tx', 'stmt']) {
      const run = await cliJson(tree(), ['migrate', '--database-url', bouncer.url(alias)]);
      assert.equal(run.code, 2, `${alias}: ${JSON.stringify(run.result.error)}`);
      assert.match(run.result.error!.message, /^transaction pooling detected: use a direct or session-mode connection for migrations/);
      const after = await cluster.sql("SELECT to_regnamespace('app') AS app, to_regnamespace('audit') AS audit", alias);
      assert.deepEqual(after.rows[0], { app: null, audit: null }, alias);
    }
    const locks = await cluster.sql("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'");
    assert.equal(locks.rows[0].n, 0, 'no advisory lock stays on a pooled server connection');
    const settings = await cluster.sql(
      "SELECT count(*)::int AS n FROM pg_stat_activity a WHERE datname IN ('tx', 'stmt') AND backend_type = 'client backend'",
    );
    // The pooler's server connections are still open: ask one of them, through the pooler, what it has set.
    assert.ok(settings.rows[0].n >= 1);
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: bouncer.url('tx') });
    await client.connect();
    const seen = await client.query("SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS stmt");
    await client.end();
    assert.deepEqual(seen.rows[0], { lock: '0', stmt: '0' }, 'no setting of ours on the pooled connection');
  });

  test('session pooling: ten runs at once apply every file exactly once', async () => {
    const root = tree();
    const runs = await Promise.all(Array.from({ length: 10 }, () => cliJson(root, ['migrate', '--database-url', bouncer.url('sess')])));
    for (const run of runs) assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal(runs.reduce((n, r) => n + r.result.counts!.applied, 0), FILES, 'the files were applied by one run between them');
    const rows = await cluster.sql('SELECT file, count(*)::int AS n FROM app.applied GROUP BY file ORDER BY file', 'sess');
    assert.equal(rows.rows.length, FILES);
    for (const row of rows.rows) assert.equal(row.n, 1, `file ${row.file}`);
    const history = await cluster.sql("SELECT version, count(*)::int AS n FROM audit.migration_log WHERE success GROUP BY version", 'sess');
    assert.equal(history.rows.length, FILES);
    for (const row of history.rows) assert.equal(row.n, 1, `history of ${row.version}`);
    const status = await cliJson(root, ['status', '--database-url', bouncer.url('sess')]);
    assert.equal(status.result.counts!.pending, 0);
  });

  test('session pooling with one server connection: the pooling check does not wait for a second one, and the run succeeds', async () => {
    const run = await cliJson(tree(), ['migrate', '--database-url', bouncer.url('single')]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal(run.result.counts!.applied, FILES);
  });
});
