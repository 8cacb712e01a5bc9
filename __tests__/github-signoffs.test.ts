import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { githubClient } from '../src/github/client.js';
import { DEFAULT_SIGNOFF_MAX_AGE_MS, parseMaxAge, parseRepo } from '../src/github/parse.js';
import { checkGates, gatesError } from '../src/github/gates-check.js';
import { checkSignoffs, signoffsError } from '../src/github/signoffs-check.js';
import { runAction } from './harness/action.js';
import { OWNER, REPO, startFakeGitHub, TOKEN, type FakeGitHub, type Review, type RunView } from './harness/fake-github.js';
import { makeTree } from './harness/tree.js';

const GATES = ['signoff-engineering-lead', 'signoff-database-admin', 'signoff-security', 'signoff-product-owner'];
const PEOPLE = ['alice', 'bob', 'carol', 'dave'];
const RUN = 4242;
/** A job of the run as a test describes it; the rest of the API's view is filled in. */
interface GateJob { name: string; conclusion: 'success' | 'failure' | 'cancelled' | 'skipped'; startedAt: string; attempt?: number }
const NOW = new Date('2026-12-06T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

/** A run started by `erin`, its four gates approved by four people one hour ago, its gate jobs as the promote workflow names them. */
async function approvedRun(t: TestContext, change: { reviews?: Review[]; jobs?: GateJob[]; actor?: string } = {}) {
  const fake = await startFakeGitHub(t);
  [...PEOPLE, 'erin'].forEach((login, i) => fake.users.set(login, 101 + i));
  fake.runs.set(RUN, change.reviews ?? GATES.map((g, i) => ({ environments: [g], state: 'approved', user: PEOPLE[i]!, comment: '' })));
  const jobs = change.jobs ?? [
    { name: 'Targets', conclusion: 'success', startedAt: hoursAgo(2) },
    ...GATES.map((g) => ({ name: `promote / ${g}`, conclusion: 'success' as const, startedAt: hoursAgo(1) })),
  ];
  const actor = change.actor ?? 'erin';
  const run: RunView = {
    name: 'Promote', path: '.github/workflows/promote.yml', headSha: 'a'.repeat(40), branch: 'main', event: 'workflow_dispatch',
    actor, triggeringActor: actor, attempt: Math.max(1, ...jobs.map((j) => j.attempt ?? 1)), status: 'in_progress', conclusion: null,
    startedAt: hoursAgo(2),
    jobs: jobs.map((j, i) => ({ id: 5000 + i, name: j.name, conclusion: j.conclusion, startedAt: j.startedAt, completedAt: j.startedAt, attempt: j.attempt ?? 1 })),
  };
  fake.workflowRuns.set(RUN, run);
  return fake;
}

async function check(fake: FakeGitHub, maxAgeMs = DEFAULT_SIGNOFF_MAX_AGE_MS) {
  return checkSignoffs(githubClient(fake.env), parseRepo(`${OWNER}/${REPO}`), RUN, { environments: GATES, maxAgeMs, now: NOW });
}

describe('signoffs-check: the sign-offs hold through the API, whatever the workflow file says', () => {
  test('four approvals by four people, none of them the one who started the run, within the age: every sign-off holds', async (t) => {
    const report = await check(await approvedRun(t));
    assert.equal(report.ok, true, JSON.stringify(report.signoffs));
    assert.deepEqual(report.startedBy, ['erin']);
    assert.deepEqual(report.signoffs.map((s) => [s.environment, s.approvers, s.approvedAt]), GATES.map((g, i) => [g, [PEOPLE[i]], hoursAgo(1)]));
    assert.equal(signoffsError(report), undefined);
  });

  test('one person approving two gates (in one review) fails both, naming the person', async (t) => {
    const reviews: Review[] = [
      { environments: [GATES[0]!, GATES[1]!], state: 'approved', user: 'alice', comment: '' },
      { environments: [GATES[2]!], state: 'approved', user: 'carol', comment: '' },
      { environments: [GATES[3]!], state: 'approved', user: 'dave', comment: '' },
    ];
    const report = await check(await approvedRun(t, { reviews }));
    assert.equal(report.ok, false);
    assert.deepEqual(report.signoffs.filter((s) => !s.ok).map((s) => s.environment), [GATES[0], GATES[1]]);
    assert.match(signoffsError(report)!.message, /alice also approved 'signoff-database-admin': each sign-off needs a different person/);
    assert.equal(signoffsError(report)!.kind, 'check');
  });

  test('the person who started the run cannot be one of the four', async (t) => {
    const report = await check(await approvedRun(t, { actor: 'carol' }));
    assert.deepEqual(report.signoffs.filter((s) => !s.ok).map((s) => s.problem), ["'signoff-security': approved by carol, who started the run"]);
  });

  test('a gate job that ran without an approval (an environment without reviewers) does not count', async (t) => {
    const reviews = GATES.slice(0, 3).map((g, i) => ({ environments: [g], state: 'approved' as const, user: PEOPLE[i]!, comment: '' }));
    const report = await check(await approvedRun(t, { reviews }));
    assert.deepEqual(report.signoffs.filter((s) => !s.ok).map((s) => s.environment), ['signoff-product-owner']);
    assert.match(signoffsError(report)!.message, /no approval of 'signoff-product-owner' in run 4242/);
  });

  test('an approval older than the allowed age needs a fresh one; a re-run of all jobs gives it', async (t) => {
    const stale = GATES.map((g) => ({ name: g, conclusion: 'success' as const, startedAt: hoursAgo(30) }));
    const report = await check(await approvedRun(t, { jobs: stale }));
    assert.equal(report.ok, false);
    assert.match(report.signoffs[0]!.problem!, /approved 30 h ago, more than the 24 h allowed: re-run all jobs to ask for fresh sign-offs/);
    // Attempt 2 re-ran the gates: its jobs are the ones that count.
    const rerun = [...stale, ...GATES.map((g) => ({ name: g, conclusion: 'success' as const, startedAt: hoursAgo(0.5), attempt: 2 }))];
    assert.equal((await check(await approvedRun(t, { jobs: rerun }))).ok, true);
    assert.equal((await check(await approvedRun(t, { jobs: stale }), 48 * 3_600_000)).ok, true, 'the age is configurable');
  });

  test('approvals that cannot be read stop the promotion, naming the environments (fail closed)', async (t) => {
    const fake = await approvedRun(t);
    fake.fail('actions/get-reviews-for-run', 403, 'Resource not accessible by integration');
    await assert.rejects(check(fake), (err: Error & { kind?: string }) => {
      assert.match(err.message, /cannot read the approvals of run 4242, so the sign-offs signoff-engineering-lead, signoff-database-admin, signoff-security, signoff-product-owner cannot be confirmed/);
      assert.match(err.message, /actions: read/);
      return true;
    });
    const noJobs = await approvedRun(t);
    noJobs.fail('actions/list-jobs-for-workflow-run', 500, 'Server Error');
    await assert.rejects(check(noJobs), /cannot read the jobs of run 4242/);
  });

  test('a gate whose job is missing or failed is not approved', async (t) => {
    const jobs = GATES.map((g, i) => ({ name: g, conclusion: i === 2 ? ('failure' as const) : ('success' as const), startedAt: hoursAgo(1) }));
    const report = await check(await approvedRun(t, { jobs }));
    assert.match(report.signoffs[2]!.problem!, /no completed gate job named 'signoff-security'/);
  });

  test('the age is a duration; anything else names the input', () => {
    assert.equal(parseMaxAge('', 'x'), DEFAULT_SIGNOFF_MAX_AGE_MS);
    assert.equal(parseMaxAge('90min', 'x'), 90 * 60_000);
    assert.equal(parseMaxAge('36h', 'x'), 36 * 3_600_000);
    for (const bad of ['0h', '1d', 'soon', '-1h', '721h']) assert.throws(() => parseMaxAge(bad, "input 'signoff-max-age'"), /input 'signoff-max-age' is/);
  });

  test('the action: one ::error per failing sign-off, a summary, exit 1; never the token', async (t) => {
    const fake = await approvedRun(t, { actor: 'alice' });
    const env = { GITHUB_API_URL: fake.env.GITHUB_API_URL, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_RUN_ID: String(RUN), NODE_OPTIONS: `--import=${import.meta.resolve('tsx')}` };
    const run = await runAction(makeTree({}), { command: 'signoffs-check', environments: GATES.join(','), 'github-token': TOKEN, 'signoff-max-age': '24h' }, 'src/action/index.ts', env);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.status, 'failed');
    assert.match(run.stdout, /::error title=pg-promote::'signoff-engineering-lead': approved by alice, who started the run/);
    assert.match(run.summary, /not every sign-off holds/);
    const bad = await runAction(makeTree({}), { command: 'signoffs-check', environments: GATES.join(','), 'github-token': TOKEN, 'signoff-max-age': 'a day' }, 'src/action/index.ts', env);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /::error::input 'signoff-max-age' is 'a day'/);
    assert.match(bad.summary, /bad input, nothing was done/);
    for (const r of [run, bad]) assert.ok(!(r.stdout.replace(/::add-mask::.*\n/g, '') + r.summary).includes(TOKEN));
  });
});

describe('gates-check: target environments', () => {
  test('a target environment without a protection rule of its own, or missing, stops the promotion before any sign-off is asked', async (t) => {
    const fake = await startFakeGitHub(t);
    fake.users.set('alice', 101);
    for (const g of GATES) fake.addEnvironment(g, { reviewers: [{ type: 'User', id: 101 }], preventSelfReview: true });
    fake.addEnvironment('production', { policy: { protected_branches: false, custom_branch_policies: true } });
    fake.addEnvironment('production-preflight');
    const client = githubClient(fake.env);
    const repo = parseRepo(`${OWNER}/${REPO}`);
    const report = await checkGates(client, repo, GATES, ['production', 'production-preflight', 'production-eu']);
    assert.deepEqual(report.gates.filter((g) => !g.ok).map((g) => g.environment), ['production-preflight', 'production-eu']);
    assert.match(report.gates[1]!.problem!, /target environment 'production-preflight' has no protection rule: a workflow on any branch could read its credential/);
    assert.match(report.gates[2]!.problem!, /target environment 'production-eu' does not exist/);
    assert.match(gatesError(report)!.message, /production-preflight, production-eu/);
    fake.addEnvironment('production-preflight', { policy: { protected_branches: true, custom_branch_policies: false } });
    assert.equal((await checkGates(client, repo, GATES, ['production', 'production-preflight'])).ok, true);
  });
});
