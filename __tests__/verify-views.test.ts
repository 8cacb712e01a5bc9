import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CheckResult } from '../src/checks/types.js';
import { cliJson, REPO_ROOT } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';

const server = await testServer();
const sample = await sampleDatabases(server);

async function verifyAfter(sql: string, root = REPO_ROOT) {
  const url = await sample.fresh();
  await server.query(url, sql);
  const run = await cliJson(root, ['verify', '--phase', 'eng', '--database-url', url]);
  const check = (id: string): CheckResult => run.result.checks!.find((c) => c.id === id)!;
  return { ...run, check, url };
}

describe('verify: views compile and return data', () => {
  test('a view whose function lost its table passes LIMIT 0 but fails when run: views.rows names it and the error', async () => {
    const run = await verifyAfter(`
      CREATE TABLE eng.review_quota (team_id bigint, quota int);
      INSERT INTO eng.review_quota VALUES (1, 3);
      CREATE FUNCTION views.review_quota_total() RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog
        AS $$ BEGIN RETURN (SELECT sum(quota) FROM eng.review_quota); END $$;
      CREATE VIEW views.eng_review_quota AS SELECT views.review_quota_total() AS total;
      DROP TABLE eng.review_quota;`);
    assert.equal(run.code, 1);
    assert.equal(run.check('views.compile').status, 'pass', 'planning does not call the function');
    const rows = run.check('views.rows');
    assert.equal(rows.status, 'fail');
    assert.deepEqual(rows.findings, [
      { object: 'views.eng_review_quota', reason: 'fails when run: relation "eng.review_quota" does not exist [SQLSTATE 42P01]' },
    ]);
    assert.equal(rows.summary, '1 view of 7 returned no data');
  });

  test('a view that no longer plans (its SQL function lost its table) fails views.compile at LIMIT 0', async () => {
    const run = await verifyAfter(`
      CREATE TABLE eng.review_quota (team_id bigint, quota int);
      CREATE FUNCTION views.quota_rows() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM eng.review_quota';
      CREATE VIEW views.eng_quota_rows AS SELECT views.quota_rows() AS n;
      DROP TABLE eng.review_quota;`);
    const compile = run.check('views.compile');
    assert.equal(compile.status, 'fail');
    assert.deepEqual(compile.findings, [
      { object: 'views.eng_quota_rows', reason: 'SELECT * ... LIMIT 0 fails: relation "eng.review_quota" does not exist [SQLSTATE 42P01]' },
    ]);
    assert.equal(compile.summary, '1 view of 7 in eng, views cannot be selected from');
  });

  test('a view owner that lost its grant, and a materialized view never populated, fail views.compile', async () => {
    const run = await verifyAfter(`
      CREATE ROLE view_owner_${process.pid} NOLOGIN;
      GRANT USAGE, CREATE ON SCHEMA views TO view_owner_${process.pid};
      CREATE TABLE views.quota (n int);
      GRANT SELECT ON views.quota TO view_owner_${process.pid};
      SET ROLE view_owner_${process.pid};
      CREATE VIEW views.quota_view AS SELECT n FROM views.quota;
      RESET ROLE;
      REVOKE SELECT ON views.quota FROM view_owner_${process.pid};
      CREATE MATERIALIZED VIEW views.quota_snapshot AS SELECT n FROM views.quota WITH NO DATA;`);
    try {
      assert.deepEqual(run.check('views.compile').findings, [
        { object: 'views.quota_snapshot', reason: 'SELECT * ... LIMIT 0 fails: materialized view "quota_snapshot" has not been populated [SQLSTATE 55000]' },
        { object: 'views.quota_view', reason: 'SELECT * ... LIMIT 0 fails: permission denied for table quota [SQLSTATE 42501]' },
      ]);
    } finally {
      await server.query(run.url, `DROP OWNED BY view_owner_${process.pid}; DROP ROLE view_owner_${process.pid}`);
    }
  });

  test('a view that returns no rows fails views.rows: the runbook\'s "all views return data"', async () => {
    const run = await verifyAfter('DELETE FROM eng.sync_state');
    assert.equal(run.code, 1);
    assert.deepEqual(run.check('views.rows').findings, [{ object: 'views.eng_sync_health', reason: 'returns no rows' }]);
    assert.equal(run.check('views.compile').status, 'pass');
  });

  test('schema.* over a schema without views is a failure, not "all 0 views returned data"', async () => {
    const root = sampleTree((doc) => doc.setIn(['phases', 0, 'verify', 'views', 'require_rows'], ['views.*', 'reports.*']));
    const run = await verifyAfter('CREATE SCHEMA reports', root);
    assert.equal(run.code, 1);
    assert.deepEqual(run.check('views.rows').findings, [{ object: 'schema reports', reason: 'has no views, but require_rows lists reports.*' }]);
  });
});
