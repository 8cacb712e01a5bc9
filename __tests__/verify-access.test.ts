import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CheckResult } from '../src/checks/types.js';
import { cliJson, REPO_ROOT } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';

const server = await testServer();
const sample = await sampleDatabases(server);

async function verifyAfter(url: string, sql: string, root = REPO_ROOT) {
  await server.query(url, sql);
  const run = await cliJson(root, ['verify', '--database-url', url]);
  const check = (id: string): CheckResult => {
    const found = run.result.checks?.find((c) => c.id === id && c.status !== 'pass');
    assert.ok(found, `${id} did not fail: ${JSON.stringify(run.result.checks?.filter((c) => c.id === id))}`);
    return found;
  };
  return { ...run, check };
}

// The runbook's own cross-boundary query: it sees direct grants only.
const RUNBOOK_QUERY = `SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants
  WHERE table_schema = 'eng' AND grantee LIKE 'vh_%' AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')`;

describe('verify: role access (SET ROLE probes)', () => {
  test('analyst_ro granted SELECT on a base table fails roles.access naming the table', async () => {
    const url = await sample.fresh();
    const run = await verifyAfter(url, 'GRANT USAGE ON SCHEMA eng TO analyst_ro; GRANT SELECT ON eng.strategic_directives_v2 TO analyst_ro');
    assert.equal(run.code, 1);
    const access = run.check('roles.access');
    assert.equal(access.phase, 'eng');
    assert.deepEqual(access.findings, [
      {
        object: 'eng.strategic_directives_v2',
        reason: 'analyst_ro can read it (SELECT succeeded, 0 rows visible: row-level security may hide rows, but the privilege is there); expected permission denied (SQLSTATE 42501)',
      },
    ]);
  });

  test('SELECT on the table without USAGE on its schema is still a denial (42501 from the schema)', async () => {
    const url = await sample.fresh();
    const run = await cliJson(REPO_ROOT, ['verify', '--phase', 'eng', '--database-url', url]);
    await server.query(url, 'GRANT SELECT ON eng.strategic_directives_v2 TO analyst_ro');
    const again = await cliJson(REPO_ROOT, ['verify', '--phase', 'eng', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.equal(again.code, 0);
  });

  test('an allowed view the role lost its grant on fails with the server\'s denial', async () => {
    const url = await sample.fresh();
    const run = await verifyAfter(url, 'REVOKE SELECT ON views.eng_governance_summary FROM analyst_ro');
    assert.deepEqual(run.check('roles.access').findings, [
      { object: 'views.eng_governance_summary', reason: 'analyst_ro cannot read it: permission denied for view eng_governance_summary [SQLSTATE 42501]' },
    ]);
  });

  test('an error other than 42501 is never counted as a denial, whatever its text', async () => {
    const url = await sample.fresh();
    const root = sampleTree((doc) => doc.setIn(['phases', 0, 'verify', 'roles', 0, 'denied'], ['eng.strategic_directives_v2', 'views.refusal']));
    // Raises "permission denied" in words, with SQLSTATE P0001: the runbook's grep would say "RLS working".
    const run = await verifyAfter(
      url,
      `CREATE FUNCTION views.refuse() RETURNS int LANGUAGE plpgsql SET search_path = pg_catalog
         AS $$ BEGIN RAISE EXCEPTION 'permission denied for table secrets'; END $$;
       CREATE VIEW views.refusal WITH (security_invoker = true) AS SELECT views.refuse() AS n;
       GRANT SELECT ON views.refusal TO analyst_ro;`,
      root,
    );
    assert.equal(run.code, 1);
    assert.deepEqual(run.check('roles.access').findings, [
      {
        object: 'views.refusal',
        reason: 'analyst_ro: reading it failed with SQLSTATE P0001 (permission denied for table secrets), not 42501: not counted as denied',
      },
    ]);
  });
});

describe('verify: boundary grants (vh_% must not write eng)', () => {
  test('vh_ingest granted INSERT directly: the runbook query sees it, and so does boundary.grants', async () => {
    const url = await sample.fresh();
    const run = await verifyAfter(url, 'GRANT INSERT ON eng.teams TO vh_ingest');
    assert.equal(run.code, 1);
    const grants = run.check('boundary.grants');
    assert.equal(grants.phase, 'vh');
    assert.equal(grants.summary, '1 writer role can write a protected schema (vh_% → eng)');
    assert.deepEqual(grants.findings, [
      { object: 'eng.teams', reason: 'vh_ingest can INSERT: granted directly (no USAGE on schema eng today: one GRANT away)' },
    ]);
    assert.equal((await server.query(url, RUNBOOK_QUERY)).rows.length, 1);
  });

  test('through a role vh_ingest is a member of: invisible to the runbook query, named with its path here', async () => {
    const url = await sample.fresh();
    const role = `eng_writer_${process.pid}`;
    try {
      const run = await verifyAfter(
        url,
        `CREATE ROLE ${role} NOLOGIN; GRANT USAGE ON SCHEMA eng TO ${role};
         GRANT INSERT, UPDATE ON eng.sync_state TO ${role}; GRANT ${role} TO vh_ingest;`,
      );
      assert.deepEqual(run.check('boundary.grants').findings, [
        { object: 'eng.sync_state', reason: `vh_ingest can INSERT, UPDATE: inherited through membership in ${role}` },
      ]);
      assert.deepEqual((await server.query(url, RUNBOOK_QUERY)).rows, [], 'the runbook query misses it');
    } finally {
      await server.query(url, `REVOKE ALL ON eng.sync_state FROM ${role}; REVOKE ALL ON SCHEMA eng FROM ${role}; DROP ROLE ${role}`);
    }
  });

  test('through PUBLIC: every vh_% role can write, and the finding says PUBLIC', async () => {
    const url = await sample.fresh();
    const run = await verifyAfter(url, 'GRANT USAGE ON SCHEMA eng TO PUBLIC; GRANT INSERT, TRUNCATE ON eng.governance_reviews TO PUBLIC');
    assert.deepEqual(run.check('boundary.grants').findings, [
      { object: 'eng.governance_reviews', reason: 'vh_app can INSERT, TRUNCATE: granted to PUBLIC' },
      { object: 'eng.governance_reviews', reason: 'vh_ingest can INSERT, TRUNCATE: granted to PUBLIC' },
    ]);
    assert.deepEqual((await server.query(url, RUNBOOK_QUERY)).rows, [], 'the runbook query misses it');
  });

  test('default privileges, column privileges and CREATE on the schema are writes too', async () => {
    const url = await sample.fresh();
    const run = await verifyAfter(
      url,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA eng GRANT INSERT ON TABLES TO vh_app;
       GRANT UPDATE (name) ON eng.teams TO vh_app;
       GRANT CREATE ON SCHEMA eng TO vh_app;`,
    );
    const reasons = run.check('boundary.grants').findings.map((f) => `${f.object}: ${f.reason}`);
    assert.deepEqual(reasons, [
      'default privileges of postgres in eng: tables postgres creates in eng will let vh_app INSERT: granted directly (no USAGE on schema eng today: one GRANT away)',
      'schema eng: vh_app can CREATE objects in it: granted directly (no USAGE on schema eng today: one GRANT away)',
      'eng.teams.name: vh_app can UPDATE this column: granted directly (no USAGE on schema eng today: one GRANT away)',
    ]);
  });
});
