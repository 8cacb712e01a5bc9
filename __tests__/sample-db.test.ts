import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliJson, REPO_ROOT } from './harness/cli.js';
import { testServer } from './harness/server.js';

const server = await testServer();

/** The shipped db/ tree is the runbook's world; these are the runbook's own checks. */
describe('sample database (db/)', () => {
  test('promotes to staging and then production in one cluster, and passes the runbook checks', async () => {
    const staging = await server.createDatabase('staging');
    const production = await server.createDatabase('production');
    for (const url of [staging, production]) {
      const run = await cliJson(REPO_ROOT, ['migrate', '--database-url', url]);
      assert.equal(run.code, 0, JSON.stringify(run.result.error));
      assert.deepEqual(run.result.phases!.map((p) => [p.name, p.currentVersion]), [['eng', '8'], ['vh', '7']]);
      assert.ok(run.result.phases!.every((p) => p.files.filter((f) => f.kind === 'migration').length >= 6));
    }
    const rls = await server.query(production, "SELECT tablename FROM pg_tables WHERE schemaname = 'eng' AND NOT rowsecurity");
    assert.deepEqual(rls.rows, [], 'every eng table has row-level security');
    const crossWrites = await server.query(
      production,
      `SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants
       WHERE table_schema = 'eng' AND grantee LIKE 'vh_%' AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')`,
    );
    assert.deepEqual(crossWrites.rows, [], 'vh roles cannot write eng');
    await assert.rejects(
      server.query(production, 'BEGIN; SET LOCAL ROLE analyst_ro; SELECT count(*) FROM eng.strategic_directives_v2;'),
      (err: { code?: string }) => err.code === '42501',
    );
    const summary = await server.query(production, 'SET ROLE analyst_ro; SELECT count(*)::int AS n FROM views.eng_governance_summary;');
    const rows = (summary as unknown as Array<{ rows: Array<{ n: number }> }>)[1]!.rows[0]!.n;
    assert.ok(rows > 0, 'analyst_ro reads the governance summary and it has data');
    const audit = await server.query(production, "SELECT count(*) FILTER (WHERE operation IN ('INSERT','UPDATE','DELETE'))::int AS dml, count(*)::int AS total FROM audit.change_log");
    assert.ok(audit.rows[0].dml > 0 && audit.rows[0].total > audit.rows[0].dml, 'triggers filled the audit trail with DML and DDL');
  });

  test('every UP file has a DOWN file, and down to 0 then migrate again round-trips', async () => {
    const url = await server.createDatabase('roundtrip');
    assert.equal((await cliJson(REPO_ROOT, ['migrate', '--database-url', url])).code, 0);
    for (const phase of ['vh', 'eng']) {
      const down = await cliJson(REPO_ROOT, ['down', '--phase', phase, '--to', '0', '--database-url', url]);
      assert.equal(down.code, 0, JSON.stringify(down.result.error));
      assert.equal(down.result.counts!.reverted, phase === 'vh' ? 7 : 8);
    }
    const left = await server.query(url, "SELECT nspname FROM pg_namespace WHERE nspname IN ('eng', 'vh', 'views') ORDER BY 1");
    assert.deepEqual(left.rows, []);
    const again = await cliJson(REPO_ROOT, ['migrate', '--database-url', url]);
    assert.equal(again.code, 0, JSON.stringify(again.result.error));
    assert.equal(again.result.counts!.applied, 18, 'migrations, and the views and policies their DOWNs dropped');
  });
});
