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
  const run = await cliJson(root, ['verify', '--database-url', url]);
  const check = (id: string, phase?: string): CheckResult | undefined =>
    run.result.checks?.find((c) => c.id === id && (phase === undefined || c.phase === phase));
  return { ...run, check };
}

describe('verify: row-level security and security lints', () => {
  test('RLS disabled on one eng table fails rls.required naming the table', async () => {
    const run = await verifyAfter('ALTER TABLE eng.sync_state DISABLE ROW LEVEL SECURITY');
    assert.equal(run.code, 1);
    const rls = run.check('rls.required', 'eng')!;
    assert.equal(rls.status, 'fail');
    assert.equal(rls.summary, '1 table of 4 in eng fail the RLS requirement');
    assert.deepEqual(rls.findings, [
      { object: 'eng.sync_state', reason: 'row-level security is disabled: every role with a grant reads and writes all rows' },
    ]);
    // Its policies are still there, and no longer enforced: the lint says so too.
    assert.match(run.check('lint.policy-rls-disabled', 'eng')!.findings[0]!.reason, /^has 1 policy \(eng_app_all\) but row-level security is disabled/);
  });

  test('an eng table with RLS but no policy, and one not forced when rls.force is set, both fail', async () => {
    const root = sampleTree((doc) => doc.setIn(['phases', 0, 'verify', 'rls', 'force'], true));
    const run = await verifyAfter(
      `ALTER TABLE eng.teams FORCE ROW LEVEL SECURITY; ALTER TABLE eng.strategic_directives_v2 FORCE ROW LEVEL SECURITY;
       ALTER TABLE eng.governance_reviews FORCE ROW LEVEL SECURITY;
       CREATE TABLE eng.scratch (id int); ALTER TABLE eng.scratch ENABLE ROW LEVEL SECURITY; ALTER TABLE eng.scratch FORCE ROW LEVEL SECURITY;`,
      root,
    );
    const rls = run.check('rls.required', 'eng')!;
    assert.deepEqual(rls.findings.map((f) => [f.object, f.reason.split(':')[0]]), [
      ['eng.scratch', 'has no policy'],
      ['eng.sync_state', 'row-level security is not forced'],
    ]);
    // The table no migration created is also reported by objects.expected, as a warning.
    assert.deepEqual(run.check('objects.expected', 'eng')!.findings, [
      { object: 'eng.scratch', reason: 'unexpected table: created by no migration file of this phase', level: 'warn' },
    ]);
  });

  test('a policy on a table whose RLS is off fails lint.policy-rls-disabled, in any checked schema', async () => {
    const run = await verifyAfter('CREATE POLICY vh_app_only ON vh.ventures FOR SELECT TO vh_app USING (true)');
    assert.equal(run.code, 1);
    const lint = run.check('lint.policy-rls-disabled', 'vh')!;
    assert.equal(lint.status, 'fail');
    assert.deepEqual(lint.findings, [
      { object: 'vh.ventures', reason: 'has 1 policy (vh_app_only) but row-level security is disabled: they are not enforced' },
    ]);
  });

  test('RLS on with no policy outside an RLS-required schema is a warning, not a failure', async () => {
    const run = await verifyAfter('ALTER TABLE vh.venture_daily_metrics ENABLE ROW LEVEL SECURITY');
    assert.equal(run.code, 0);
    const lint = run.check('lint.rls-no-policy', 'vh')!;
    assert.equal(lint.status, 'warn');
    assert.equal(lint.findings[0]!.object, 'vh.venture_daily_metrics');
  });

  test('a view over an RLS table that is not security_invoker fails lint.definer-view, also through an invoker view; listed or invoker views pass', async () => {
    const run = await verifyAfter(`
      CREATE VIEW views.eng_teams_raw AS SELECT slug, lead_email FROM eng.teams;
      CREATE VIEW eng.directives_inner WITH (security_invoker = true) AS SELECT directive_key FROM eng.strategic_directives_v2;
      CREATE VIEW views.eng_directives_outer AS SELECT * FROM eng.directives_inner;
      CREATE VIEW views.eng_teams_invoker WITH (security_invoker = true) AS SELECT slug FROM eng.teams;
      GRANT SELECT ON views.eng_teams_raw TO analyst_ro;`);
    assert.equal(run.code, 1);
    const lint = run.check('lint.definer-view', 'eng')!;
    assert.equal(lint.status, 'fail');
    assert.equal(lint.summary, "2 views let readers bypass row-level security; 3 views accepted by rls.definer_views");
    assert.deepEqual(lint.findings.map((f) => f.object), ['views.eng_directives_outer', 'views.eng_teams_raw']);
    assert.match(lint.findings[0]!.reason, /^reads RLS table eng\.strategic_directives_v2 with its owner's rights \(postgres, who bypasses row-level security\), not security_invoker/);
    assert.match(lint.findings[1]!.reason, /^reads RLS table eng\.teams with its owner's rights/);
  });

  test('a function without SET search_path warns; a SECURITY DEFINER one fails', async () => {
    const run = await verifyAfter(`
      CREATE FUNCTION eng.team_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM eng.teams';
      CREATE FUNCTION views.directive_count() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS 'SELECT count(*) FROM eng.strategic_directives_v2';`);
    const lint = run.check('lint.function-search-path', 'eng')!;
    assert.equal(lint.status, 'fail');
    assert.deepEqual(lint.findings.map((f) => [f.object, f.level]), [
      ['eng.team_count()', 'warn'],
      ['views.directive_count()', 'fail'],
    ]);
    assert.match(lint.findings[1]!.reason, /^SECURITY DEFINER without SET search_path/);
  });

  test('an always-true write policy for PUBLIC or a restricted role warns; the app role\'s own is not reported', async () => {
    const run = await verifyAfter(`
      CREATE POLICY anyone_updates ON eng.teams FOR UPDATE USING (true);
      CREATE POLICY analysts_insert ON eng.governance_reviews FOR INSERT TO analyst_ro, eng_app WITH CHECK (1 = 1);`);
    assert.equal(run.code, 0, 'a warning does not fail verify');
    const lint = run.check('lint.policy-always-true', 'eng')!;
    assert.equal(lint.status, 'warn');
    assert.deepEqual(lint.findings.map((f) => f.object), ['policy analysts_insert on eng.governance_reviews', 'policy anyone_updates on eng.teams']);
    assert.match(lint.findings[0]!.reason, /^FOR INSERT to analyst_ro: WITH CHECK is always true/);
    assert.match(lint.findings[1]!.reason, /^FOR UPDATE to PUBLIC: USING and WITH CHECK are always true/);
  });
});
