import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { REPO_ROOT } from './harness/cli.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { checkRequest } from './harness/openapi.js';
import { gh, ghJson, REPO_ARGS, writes } from './harness/github-cli.js';
import { makeTree } from './harness/tree.js';
import { loadEnvironmentsFile } from '../src/github/environments-file.js';

const ENVIRONMENTS = `environments:
  - name: signoff-engineering-lead
    reviewers: [{ user: alice }]
    prevent_self_review: true
    branches: [main, release/*]
  - name: signoff-database-admin
    reviewers: [{ team: db-admins }, { user: bob }]
    wait_timer: 5
  - name: production
    protected_branches: true
`;

const FILE = '.github/pg-promote-environments.yml';

async function github(t: TestContext): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(t);
  fake.users.set('alice', 101);
  fake.users.set('bob', 102);
  fake.users.set('carol', 103);
  fake.teams.set('acme/db-admins', { id: 201, name: 'DB admins' });
  return fake;
}

describe('environments apply', () => {
  test('creates every environment from nothing: reviewers resolved to ids, self-review, wait timer, branch policies', async (t) => {
    const fake = await github(t);
    const root = makeTree({ [FILE]: ENVIRONMENTS });
    const { code, result } = await ghJson(root, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(code, 0);
    assert.deepEqual(result.environments.map((e: any) => [e.environment, e.action]), [
      ['signoff-engineering-lead', 'create'],
      ['signoff-database-admin', 'create'],
      ['production', 'create'],
    ]);
    const lead = fake.environment('signoff-engineering-lead')!;
    assert.deepEqual(lead.reviewers, [{ type: 'User', id: 101 }]);
    assert.equal(lead.preventSelfReview, true);
    assert.deepEqual(lead.policy, { protected_branches: false, custom_branch_policies: true });
    assert.deepEqual(lead.patterns.map((p) => p.name), ['main', 'release/*']);
    const dba = fake.environment('signoff-database-admin')!;
    assert.deepEqual(dba.reviewers, [{ type: 'Team', id: 201 }, { type: 'User', id: 102 }]);
    assert.equal(dba.waitTimer, 5);
    assert.equal(dba.policy, null, 'no branch rule: any branch');
    assert.deepEqual(fake.environment('production')!.policy, { protected_branches: true, custom_branch_policies: false });
    assert.deepEqual(writes(fake), [
      'PUT /repos/acme/warehouse/environments/signoff-engineering-lead',
      'POST /repos/acme/warehouse/environments/signoff-engineering-lead/deployment-branch-policies',
      'POST /repos/acme/warehouse/environments/signoff-engineering-lead/deployment-branch-policies',
      'PUT /repos/acme/warehouse/environments/signoff-database-admin',
      'PUT /repos/acme/warehouse/environments/production',
    ]);
  });

  test('a second apply finds nothing to change and sends no write', async (t) => {
    const fake = await github(t);
    const root = makeTree({ [FILE]: ENVIRONMENTS });
    assert.equal((await gh(root, fake, ['environments', 'apply', ...REPO_ARGS])).code, 0);
    const before = writes(fake).length;
    const again = await gh(root, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /no changes: all 3 environments match the file/);
    assert.equal(writes(fake).length, before);
  });

  test('updates only what differs: reviewers, self-review, and branch patterns added and removed', async (t) => {
    const fake = await github(t);
    fake.addEnvironment('signoff-engineering-lead', {
      reviewers: [{ type: 'User', id: 103 }],
      policy: { protected_branches: false, custom_branch_policies: true },
      patterns: [{ id: 7, name: 'main', type: 'branch' }, { id: 8, name: 'develop', type: 'branch' }],
    });
    const root = makeTree({ [FILE]: ENVIRONMENTS });
    const { code, result } = await ghJson(root, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(code, 0);
    const lead = result.environments[0];
    assert.equal(lead.action, 'update');
    assert.deepEqual(lead.changes, [
      { field: 'reviewers', from: 'user carol', to: 'user alice' },
      { field: 'prevent_self_review', from: 'off', to: 'on' },
      { field: 'branches', from: 'main, develop', to: 'main, release/*' },
    ]);
    const env = fake.environment('signoff-engineering-lead')!;
    assert.deepEqual(env.reviewers, [{ type: 'User', id: 101 }]);
    assert.deepEqual(env.patterns.map((p) => [p.id, p.name]).sort(), [[7, 'main'], [env.patterns[1]!.id, 'release/*']].sort());
    assert.ok(writes(fake).includes('DELETE /repos/acme/warehouse/environments/signoff-engineering-lead/deployment-branch-policies/8'));
  });

  test('--dry-run prints the difference and sends no PUT, POST or DELETE', async (t) => {
    const fake = await github(t);
    fake.addEnvironment('production', { waitTimer: 30 });
    const root = makeTree({ [FILE]: ENVIRONMENTS });
    const run = await gh(root, fake, ['environments', 'apply', ...REPO_ARGS, '--dry-run']);
    assert.equal(run.code, 0);
    assert.deepEqual(writes(fake), []);
    assert.match(run.stdout, /^  create +signoff-engineering-lead$/m);
    assert.match(run.stdout, /^      reviewers: \(none\) -> user alice$/m);
    assert.match(run.stdout, /^  update +production$/m);
    assert.match(run.stdout, /^      wait_timer: 30 min -> 0 min$/m);
    assert.match(run.stdout, /^      branch_policy: any branch -> protected branches$/m);
    assert.match(run.stdout, /dry run: 3 of 3 environments would change; nothing was sent/);
    assert.equal(fake.environment('signoff-engineering-lead'), undefined);
  });

  test('a mistake in the file names its line and key, and nothing is sent', async (t) => {
    const fake = await github(t);
    const root = makeTree({ [FILE]: 'environments:\n  - name: signoff-security\n    reviewer: [{ user: alice }]\n' });
    const run = await gh(root, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: \.github\/pg-promote-environments\.yml:2: environments\.0: unknown key 'reviewer'$/m);
    assert.deepEqual(fake.requests, []);

    const unknownUser = makeTree({ [FILE]: 'environments:\n  - name: signoff-security\n    reviewers:\n      - user: alice\n      - user: mallory\n' });
    const missing = await gh(unknownUser, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /pg-promote-environments\.yml:5: environments\.0\.reviewers\.1: user mallory does not exist on GitHub/);
    assert.deepEqual(writes(fake), []);
  });

  test('GitHub refusing the write (403) names the endpoint and the permission, exit 2', async (t) => {
    const fake = await github(t);
    fake.fail('repos/create-or-update-environment', 403, 'Resource not accessible by integration');
    const root = makeTree({ [FILE]: ENVIRONMENTS });
    const run = await gh(root, fake, ['environments', 'apply', ...REPO_ARGS]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /PUT \/repos\/acme\/warehouse\/environments\/signoff-engineering-lead answered 403 \(Resource not accessible by integration\): the token lacks administration: write/,
    );
  });

  test('the shipped file holds the four sign-offs, production, its read-only preflight and rollback, every sign-off with reviewers, every target a protection rule', () => {
    const file = loadEnvironmentsFile(REPO_ROOT, undefined, 'acme');
    assert.deepEqual(file.environments.map((e) => e.name), [
      'signoff-engineering-lead',
      'signoff-database-admin',
      'signoff-security',
      'signoff-product-owner',
      'production',
      'production-preflight',
      'rollback',
    ]);
    for (const name of ['production', 'production-preflight']) {
      assert.notEqual(file.environments.find((e) => e.name === name)!.branchPolicy.kind, 'all', `${name}: a protection rule of its own`);
    }
    for (const env of file.environments.filter((e) => e.name.startsWith('signoff-'))) {
      assert.ok(env.reviewers.length > 0 && env.preventSelfReview, env.name);
    }
  });
});

describe('gates check', () => {
  const GATES = 'signoff-engineering-lead,signoff-database-admin,signoff-security,signoff-product-owner';

  async function fourGates(t: TestContext): Promise<FakeGitHub> {
    const fake = await github(t);
    for (const name of GATES.split(',')) fake.addEnvironment(name, { reviewers: [{ type: 'User', id: 101 }, { type: 'Team', id: 201 }], preventSelfReview: true });
    return fake;
  }

  test('passes when each gate environment exists and has required reviewers', async (t) => {
    const fake = await fourGates(t);
    const run = await gh(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', GATES]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^  ok    signoff-security: user alice, team db-admins \(self-review prevented\)$/m);
    assert.deepEqual(writes(fake), []);
  });

  test('fails (exit 1) naming a missing environment and one without reviewers', async (t) => {
    const fake = await fourGates(t);
    fake.environments.delete('signoff-security');
    fake.addEnvironment('signoff-product-owner', { waitTimer: 10 });
    const { code, result, stderr } = await ghJson(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', GATES]);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'check');
    assert.match(result.error.message, /2 of 4 gate environments cannot hold a sign-off: signoff-security, signoff-product-owner/);
    const problems = Object.fromEntries(result.gates.map((g: any) => [g.environment, g.problem]));
    assert.match(problems['signoff-security'], /does not exist in acme\/warehouse; a job naming it would create it unprotected/);
    assert.match(problems['signoff-product-owner'], /has no required reviewers/);
    assert.equal(problems['signoff-engineering-lead'], undefined);

    const human = await gh(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', GATES]);
    assert.match(human.stderr, /^gate: environment 'signoff-security' does not exist/m);
    assert.match(human.stderr, /^error: 2 of 4 gate environments cannot hold a sign-off/m);
  });

  test('an empty list or a gate named twice is bad usage (exit 2), checked before any request', async (t) => {
    const fake = await fourGates(t);
    const twice = await gh(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', 'signoff-security,Signoff-Security']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /--environments names 'Signoff-Security' twice/);
    const empty = await gh(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', ' , ']);
    assert.equal(empty.code, 2);
    assert.match((await gh(REPO_ROOT, fake, ['gates', 'check', '--environments', GATES])).stderr, /--repo OWNER\/NAME is required/);
    assert.deepEqual(fake.requests, []);
  });

  test('without GITHUB_TOKEN it says so and exits 2; --help lists the GitHub commands', async (t) => {
    const fake = await fourGates(t);
    const run = await gh(REPO_ROOT, fake, ['gates', 'check', ...REPO_ARGS, '--environments', GATES], { GITHUB_TOKEN: '' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: GITHUB_TOKEN: not set: give a token that can read the repository/m);
    const help = await gh(REPO_ROOT, fake, ['--help']);
    for (const command of ['environments apply', 'gates check', 'approvals record']) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
  });
});

describe("the fake GitHub holds every request to GitHub's OpenAPI description", () => {
  const check = (method: string, path: string, body?: unknown) =>
    checkRequest(method, new URL(path, 'http://127.0.0.1'), body === undefined ? '' : JSON.stringify(body), 'application/json');
  const env = '/repos/acme/warehouse/environments/production';

  test('accepts what GitHub accepts', () => {
    assert.deepEqual(check('PUT', env, { wait_timer: 0, prevent_self_review: true, reviewers: [{ type: 'Team', id: 1 }], deployment_branch_policy: null }), []);
    assert.deepEqual(check('GET', `${env}/deployment-branch-policies?per_page=100`), []);
  });

  test('refuses an unknown route, a wrong path parameter, an unknown query, a body GitHub would reject', () => {
    assert.match(check('GET', '/repos/acme/warehouse/environmentz/production')[0]!, /no such operation/);
    assert.match(check('GET', '/repos/acme/warehouse/actions/runs/latest/approvals')[0]!, /path parameter run_id: expected integer, got string/);
    assert.match(check('GET', `${env}?verbose=1`)[0]!, /query parameter 'verbose' is not one repos\/get-environment takes/);
    assert.match(check('PUT', env, { reviewers: [{ type: 'Robot', id: 1 }] })[0]!, /reviewers\[0\]\.type: "Robot" is not one of \["User","Team"\]/);
    assert.match(check('PUT', env, { reviewers: [{ type: 'User', id: '1' }] })[0]!, /reviewers\[0\]\.id: expected integer, got string/);
    assert.match(check('PUT', env, { wait_timer: 0, required_reviewers: [] })[0]!, /body\.required_reviewers: not a property the description allows/);
    assert.match(check('PUT', env, { deployment_branch_policy: { protected_branches: true } })[0]!, /custom_branch_policies: required/);
    assert.match(check('POST', `${env}/deployment-branch-policies`)[0]!, /needs a body/);
    assert.match(check('POST', `${env}/deployment-branch-policies`, { type: 'branch' })[0]!, /body\.name: required/);
  });
});
