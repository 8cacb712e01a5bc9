import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { assertNoToken, gh, ghJson, REPO_ARGS } from './harness/github-cli.js';
import { testServer } from './harness/server.js';
import { makeTree } from './harness/tree.js';

const server = await testServer();

const SIGNOFFS = [
  { environments: ['signoff-engineering-lead'], state: 'approved', user: 'alice', comment: 'Migrations reviewed; ship it.' },
  { environments: ['signoff-database-admin'], state: 'approved', user: 'bob', comment: 'Backup verified, lock timeouts fine.' },
  { environments: ['signoff-security'], state: 'approved', user: 'carol', comment: 'RLS policies checked.' },
  { environments: ['signoff-product-owner'], state: 'approved', user: 'dave', comment: '' },
] as const;

async function runWithSignoffs(t: TestContext, runId = 4242): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(t);
  ['alice', 'bob', 'carol', 'dave'].forEach((login, i) => fake.users.set(login, 101 + i));
  for (const s of SIGNOFFS) fake.addEnvironment(s.environments[0], { reviewers: [{ type: 'User', id: 101 }] });
  fake.runs.set(runId, SIGNOFFS.map((s) => ({ ...s, environments: [...s.environments] })));
  return fake;
}

const EXPECTED = [
  { environment: 'signoff-engineering-lead', state: 'approved', user: 'alice', comment: 'Migrations reviewed; ship it.' },
  { environment: 'signoff-database-admin', state: 'approved', user: 'bob', comment: 'Backup verified, lock timeouts fine.' },
  { environment: 'signoff-security', state: 'approved', user: 'carol', comment: 'RLS policies checked.' },
  { environment: 'signoff-product-owner', state: 'approved', user: 'dave', comment: '' },
];

describe('approvals record', () => {
  test('records who signed off each of the four environments, with comments, in the JSON file and the audit schema', async (t) => {
    const fake = await runWithSignoffs(t);
    const url = await server.createDatabase();
    const root = makeTree({});
    const { code, result, stderr } = await ghJson(root, fake, ['approvals', 'record', ...REPO_ARGS, '--run-id', '4242', '--out', 'out/approvals.json', '--database-url', url]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(result.approvals, EXPECTED);
    assert.equal(result.runId, 4242);
    assert.equal(result.repo, 'acme/warehouse');
    assert.ok(Date.parse(result.recordedAt) <= Date.now());
    assert.deepEqual(result.recorded, { table: 'audit.promotion_events', recorded: 4 });
    assert.equal(typeof result.database.target, 'string');

    const file = JSON.parse(readFileSync(path.join(root, 'out/approvals.json'), 'utf8'));
    assert.deepEqual(file.approvals, EXPECTED);
    assert.equal(file.database.recorded, 4);

    const rows = await server.query(url, `SELECT event, actor, detail FROM audit.promotion_events ORDER BY id`);
    assert.deepEqual(
      rows.rows.map((r) => [r.event, r.actor, r.detail.environment, r.detail.comment, r.detail.run_id, r.detail.repo]),
      EXPECTED.map((a) => ['signoff.approved', a.user, a.environment, a.comment, 4242, 'acme/warehouse']),
    );
    assert.ok(!JSON.stringify(rows.rows).includes(server.password || 'no password'), 'no password in the audit rows');
  });

  test('recording the same run again (a re-run job) adds no rows', async (t) => {
    const fake = await runWithSignoffs(t);
    const url = await server.createDatabase();
    const root = makeTree({});
    const args = ['approvals', 'record', ...REPO_ARGS, '--run-id', '4242', '--database-url', url];
    assert.equal((await gh(root, fake, args)).code, 0);
    const again = await ghJson(root, fake, args);
    assert.equal(again.code, 0);
    assert.equal(again.result.recorded.recorded, 0);
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM audit.promotion_events')).rows[0].n, 4);
  });

  test('one review that approves two environments gives a row for each, and a rejection is kept as such', async (t) => {
    const fake = await runWithSignoffs(t, 77);
    fake.runs.set(77, [
      { environments: ['signoff-security', 'signoff-product-owner'], state: 'approved', user: 'carol', comment: 'both' },
      { environments: ['signoff-database-admin'], state: 'rejected', user: 'bob', comment: 'no backup' },
    ]);
    const run = await gh(makeTree({}), fake, ['approvals', 'record', ...REPO_ARGS, '--run-id', '77']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^  signoff-security: approved by carol: "both"$/m);
    assert.match(run.stdout, /^  signoff-product-owner: approved by carol: "both"$/m);
    assert.match(run.stdout, /^  signoff-database-admin: rejected by bob: "no backup"$/m);
  });

  test('403: one line naming the endpoint and the missing actions: read permission, exit 2, nothing written', async (t) => {
    const fake = await runWithSignoffs(t);
    fake.fail('actions/get-reviews-for-run', 403, 'Resource not accessible by integration');
    const url = await server.createDatabase();
    const root = makeTree({});
    const run = await gh(root, fake, ['approvals', 'record', ...REPO_ARGS, '--run-id', '4242', '--out', 'approvals.json', '--database-url', url]);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'error: GITHUB_TOKEN: GET /repos/acme/warehouse/actions/runs/4242/approvals answered 403 (Resource not accessible by integration): the token lacks actions: read\n',
    );
    assert.equal(existsSync(path.join(root, 'approvals.json')), false);
    assert.equal((await server.query(url, `SELECT to_regclass('audit.promotion_events') AS t`)).rows[0].t, null);
  });

  test('404 (no such run, or a token that cannot see it): names the endpoint and the permission, exit 2', async (t) => {
    const fake = await runWithSignoffs(t);
    const { code, result } = await ghJson(makeTree({}), fake, ['approvals', 'record', ...REPO_ARGS, '--run-id', '999']);
    assert.equal(code, 2);
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'connection');
    assert.equal(
      result.error.message,
      'GET /repos/acme/warehouse/actions/runs/999/approvals answered 404 (Not Found): not found, or the token cannot see it (it needs actions: read)',
    );
  });

  test('a token GitHub rejects is never printed, nor the database password; bad usage exits 2 before any request', async (t) => {
    const fake = await runWithSignoffs(t);
    const wrong = 'ghp_WRONG_token_also_secret_5c1e';
    const url = await server.createDatabase();
    const run = await gh(makeTree({}), fake, ['approvals', 'record', ...REPO_ARGS, '--run-id', '4242', '--database-url', url], { GITHUB_TOKEN: wrong });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /answered 401 \(Bad credentials\): GitHub rejected the token; check GITHUB_TOKEN/);
    assertNoToken(run, wrong);
    if (server.password) assert.ok(!run.stderr.includes(server.password));

    const requests = fake.requests.length;
    for (const [args, message] of [
      [['--run-id', 'abc'], /--run-id must be a workflow run id/],
      [[], /--run-id N is required/],
      [['--run-id', '1', '--dry-run'], /^error: --dry-run applies to migrate, down and baseline only, not approvals record/],
      [['--run-id', '1', '--database-url', 'mysql://x'], /--database-url must start with postgres:\/\//],
    ] as const) {
      const bad = await gh(makeTree({}), fake, ['approvals', 'record', ...REPO_ARGS, ...args]);
      assert.equal(bad.code, 2, args.join(' '));
      assert.match(bad.stderr, message);
    }
    assert.equal(fake.requests.length, requests);
  });
});
