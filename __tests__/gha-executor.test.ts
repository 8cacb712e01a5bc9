import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT } from './harness/cli.js';
import { startFakeGitHub, TOKEN } from './harness/fake-github.js';
import { commitFolder, FakeGitHub, git, snapshotRepository } from './harness/gha/github.js';

/**
 * The workflow executor the end-to-end tests run the workflows on (harness/gha/): each feature
 * it models, shown to work and to fail as GitHub does, on small workflows of its own
 * (fixtures/gha/), and the repository's boundary-check workflow run for real.
 */
const FIXTURES = path.join(REPO_ROOT, '__tests__/fixtures/gha');

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A simulated GitHub for one test, removed with the file's other scratch folders. */
function github(options: ConstructorParameters<typeof FakeGitHub>[0] = {}): FakeGitHub {
  const gh = new FakeGitHub(options);
  after(() => gh.dispose());
  return gh;
}

/** A git repository made from a fixture folder; `replace` rewrites text in its workflows first. */
function fixtureRepo(name: string, replace: Record<string, string> = {}): { dir: string; sha: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gha-${name}-`));
  scratch.push(dir);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  const workflows = path.join(dir, '.github/workflows');
  for (const file of readdirSync(workflows)) {
    let text = readFileSync(path.join(workflows, file), 'utf8');
    for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to);
    writeFileSync(path.join(workflows, file), text);
  }
  return { dir, sha: commitFolder(dir) };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(condition(), 'timed out waiting');
}

function basics(gh: FakeGitHub, settings = {}): string {
  gh.addRepo('acme/basics', fixtureRepo('basics').dir, settings);
  return 'acme/basics';
}

test('jobs run in needs order: outputs, GITHUB_ENV, GITHUB_PATH and the summary carry over; failure(), always() and continue-on-error behave as on GitHub', async () => {
  const gh = github();
  const run = await gh.dispatch(basics(gh), 'needs.yml');
  assert.equal(run.conclusion, 'failure');
  const build = run.job('build');
  assert.equal(build.result, 'success');
  assert.deepEqual(build.outputs, { version: '1.2.3' });
  assert.match(build.log, /hello \/ set by GITHUB_ENV \/ 1\.2\.3\ntool ran/);
  assert.equal(build.summary, '### built 1.2.3\n');
  const tolerated = build.steps.find((s) => s.name === 'a failing step that may fail')!;
  assert.deepEqual([tolerated.outcome, tolerated.conclusion], ['failure', 'success']);
  assert.match(build.log, /still running, job status success/);

  const testJob = run.job('test');
  assert.equal(testJob.result, 'failure');
  assert.match(testJob.log, /testing 1\.2\.3/);
  assert.doesNotMatch(testJob.log, /never printed|should not run/);
  assert.deepEqual(testJob.steps.map((s) => s.outcome), ['failure', 'skipped', 'success']);
  assert.match(testJob.log, /cleanup after failure/);

  assert.equal(run.job('deploy').result, 'skipped');
  assert.match(run.job('on-failure').log, /build=success test=failure/);
  assert.match(run.job('report').log, /results success failure skipped/);
});

test('a matrix expands include and exclude; max-parallel 1 runs one leg at a time, more run together; fail-fast cancels the other legs', async () => {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'gha-matrix-'));
  scratch.push(shared);
  const gh = github({ runnerEnv: { SHARED: shared } });
  const repo = basics(gh);
  const one = await gh.dispatch(repo, 'matrix.yml', { inputs: { parallel: '1' } });
  const legs = one.jobs.filter((j) => j.id === 'legs');
  assert.deepEqual(
    legs.map((j) => j.key),
    ['legs (pg16, linux)', 'legs (pg17, linux, yes)', 'legs (pg17, mac, yes)', 'legs (pg18, linux)'],
  );
  const log = readFileSync(path.join(shared, 'log'), 'utf8').trim().split('\n');
  assert.equal(log.length, 8);
  for (let i = 0; i < 8; i += 2) assert.equal(log[i]!.replace('start', 'end'), log[i + 1], `legs overlapped: ${log.join(', ')}`);

  writeFileSync(path.join(shared, 'log'), '');
  await gh.dispatch(repo, 'matrix.yml', { inputs: { parallel: '4' } });
  const together = readFileSync(path.join(shared, 'log'), 'utf8').trim().split('\n');
  assert.ok(together.slice(0, 2).every((l) => l.startsWith('start')), `legs did not run together: ${together.join(', ')}`);

  const failFast = one.jobs.filter((j) => j.id === 'fail-fast');
  assert.deepEqual(failFast.map((j) => [j.key, j.result]), [['fail-fast (1)', 'failure'], ['fail-fast (2)', 'cancelled']]);
  assert.ok(['pg16-linux-', 'pg17-linux-yes', 'pg17-mac-yes', 'pg18-linux-'].includes(legs.at(-1)!.outputs.leg!));
});

test("an environment's secrets and variables reach only the job that names it; its review is read back through the REST API; secrets are masked", async (t) => {
  const api = await startFakeGitHub(t);
  const gh = github({ api });
  const repo = basics(gh, {
    secrets: { REPO_TOKEN: 'repo-token-value' },
    environments: { production: { reviewers: ['bob', 'carol'], secrets: { DEPLOY_KEY: 'deploy-key-value' }, vars: { TARGET_HOST: 'db.internal' } } },
  });
  const approvedAt = new Date(Date.now() - 26 * 3600_000);
  const run = await gh.dispatch(repo, 'environments.yml', { actor: 'alice' }, { approvals: { production: { user: 'bob', comment: 'go', at: approvedAt } } });
  assert.equal(run.conclusion, 'success');
  const without = run.job('without');
  assert.match(without.log, /repo secret: \*\*\*\nenvironment secret visible: false\nenvironment variable: ''/);
  const deploy = run.job('deploy');
  assert.equal(deploy.environment, 'production');
  assert.match(deploy.log, /deploying to db\.internal with \*\*\*/);
  assert.match(deploy.log, /printing \*\*\*/);
  assert.doesNotMatch(deploy.log, /deploy-key-value|extra-sensitive/);
  assert.match(deploy.rawLog, /deploy-key-value/);
  // The runner drops an output holding a secret rather than pass it to other jobs.
  assert.deepEqual(deploy.outputs, { host: 'db.internal' });
  assert.match(deploy.log, /Skip output 'key' since it may contain secret/);

  const response = await fetch(`${api.env.GITHUB_API_URL}/repos/acme/basics/actions/runs/${run.id}/approvals`, { headers: { authorization: `token ${TOKEN}` } });
  assert.equal(response.status, 200);
  const reviews = (await response.json()) as { state: string; comment: string; user: { login: string }; environments: { name: string }[] }[];
  assert.deepEqual(
    reviews.map((r) => [r.state, r.user.login, r.comment, r.environments.map((e) => e.name)]),
    [['approved', 'bob', 'go', ['production']]],
  );
  const environment = await fetch(`${api.env.GITHUB_API_URL}/repos/acme/basics/environments/production`, { headers: { authorization: `token ${TOKEN}` } });
  const rules = ((await environment.json()) as { protection_rules: { type: string; reviewers?: { reviewer: { login: string } }[] }[] }).protection_rules;
  assert.deepEqual(rules.find((r) => r.type === 'required_reviewers')!.reviewers!.map((r) => r.reviewer.login), ['bob', 'carol']);

  // The run and its jobs as the actions API shows them: a job that waited for a review started when it was given.
  const shown = (await (await fetch(`${api.env.GITHUB_API_URL}/repos/acme/basics/actions/runs/${run.id}`, { headers: { authorization: `token ${TOKEN}` } })).json()) as Record<string, any>;
  assert.deepEqual([shown.status, shown.conclusion, shown.run_attempt, shown.actor.login, shown.triggering_actor.login], ['completed', 'success', 1, 'alice', 'alice']);
  const jobs = (await (await fetch(`${api.env.GITHUB_API_URL}/repos/acme/basics/actions/runs/${run.id}/jobs`, { headers: { authorization: `token ${TOKEN}` } })).json()) as { jobs: { name: string; conclusion: string; started_at: string }[] };
  assert.deepEqual(jobs.jobs.map((j) => [j.name, j.conclusion]).sort(), [['deploy', 'success'], ['without', 'success']]);
  assert.equal(jobs.jobs.find((j) => j.name === 'deploy')!.started_at, approvedAt.toISOString());
});

test('a rejected review, an approval by someone who is not a reviewer, a self-review where it is prevented and no review at all: the job never runs', async () => {
  const gh = github();
  const repo = basics(gh, { environments: { production: { reviewers: ['bob', 'alice'], preventSelfReview: true, secrets: { DEPLOY_KEY: 'k' } } } });
  const cases: [unknown, RegExp][] = [
    [{ user: 'bob', state: 'rejected' }, /Deployment to production was rejected by bob/],
    ['mallory', /mallory is not a required reviewer of production[\s\S]*was not approved/],
    ['alice', /alice started the run and production prevents self-review[\s\S]*was not approved/],
    [undefined, /No reviewer approved production[\s\S]*was not approved/],
  ];
  for (const [approval, message] of cases) {
    const run = await gh.dispatch(repo, 'environments.yml', { actor: 'alice' }, { approvals: approval === undefined ? {} : { production: approval as string } });
    const deploy = run.job('deploy');
    assert.equal(deploy.result, 'failure');
    assert.equal(deploy.steps.length, 0);
    assert.match(deploy.log, message);
    assert.equal(run.job('without').result, 'success');
  }
});

test('upload-artifact refuses a name the run already has (409) unless overwrite; download by name, by pattern, merged, and from another run', async (t) => {
  const api = await startFakeGitHub(t);
  const gh = github({ api });
  const repo = basics(gh);
  const run = await gh.dispatch(repo, 'artifacts.yml');
  const produce = run.job('produce');
  assert.equal(produce.result, 'success');
  const again = produce.steps.find((s) => s.id === 'again')!;
  assert.equal(again.outcome, 'failure');
  assert.match(again.log, /\(409\) Conflict: an artifact with this name already exists on the workflow run/);
  assert.match(produce.steps.find((s) => s.id === 'none')!.log, /No files were found with the provided path: missing\//);
  assert.deepEqual(
    run.artifacts.map((a) => [a.name, a.files, a.retentionDays]),
    [
      ['result-us', ['a.txt'], 1],
      ['result-eu', ['b.txt'], 90],
    ],
  );
  const consume = run.job('consume');
  assert.match(consume.log, /all\/result-eu\/b\.txt\nall\/result-us\/a\.txt\nmerged\/a\.txt\nmerged\/b\.txt\none\/a\.txt/);
  assert.match(consume.steps.find((s) => s.id === 'missing')!.log, /Artifact not found for name: result-asia/);

  const other = await gh.dispatch(repo, 'from-run.yml', { inputs: { 'run-id': String(run.id) } });
  assert.equal(other.conclusion, 'success');
  assert.match(other.job('fetch').log, /^one$/m);
});

test('concurrency: a newer run cancels the pending one, queue: max keeps every pending run in order, cancel-in-progress cancels the running one', async () => {
  const gh = github();
  const repo = basics(gh, { environments: { gate: { reviewers: ['bob'] } } });
  const manual = { manualApprovals: true };
  const queue = (file: string, label: string) => gh.queue(repo, file, { inputs: { label } }, manual);
  const finish = async (run: Awaited<ReturnType<typeof queue>>) => {
    await run.waitingFor('gate');
    run.approve('gate', 'bob');
    return run.finished;
  };

  // Without queue: max, GitHub keeps one pending run per group: C cancels B.
  const a = await queue('queue-single.yml', 'a');
  await a.waitingFor('gate');
  assert.equal(a.status, 'waiting');
  const b = await queue('queue-single.yml', 'b');
  assert.equal(b.status, 'pending');
  const c = await queue('queue-single.yml', 'c');
  assert.equal((await b.finished).conclusion, 'cancelled');
  assert.deepEqual(b.jobs, []);
  assert.equal(c.status, 'pending');
  assert.equal((await finish(a)).conclusion, 'success');
  assert.equal((await finish(c)).conclusion, 'success');

  // With queue: max, both wait and run in the order they were queued.
  const d = await queue('queue-max.yml', 'd');
  const e = await queue('queue-max.yml', 'e');
  const f = await queue('queue-max.yml', 'f');
  await d.waitingFor('gate');
  assert.deepEqual([d.status, e.status, f.status], ['waiting', 'pending', 'pending']);
  await finish(d);
  assert.equal(f.status, 'pending');
  assert.match((await finish(e)).job('hold').log, /ran e/);
  assert.match((await finish(f)).job('hold').log, /ran f/);

  // cancel-in-progress: the running one is cancelled, waiting for its review.
  const g = await queue('queue-cancel.yml', 'g');
  await g.waitingFor('gate');
  const h = await queue('queue-cancel.yml', 'h');
  assert.equal((await g.finished).conclusion, 'cancelled');
  assert.equal(g.job('hold').result, 'cancelled');
  assert.equal((await finish(h)).conclusion, 'success');
});

test("a called workflow's own concurrency group holds its jobs: a second run prepares, then waits until the first run's call is done", async () => {
  const gh = github();
  const repo = basics(gh, { environments: { gate: { reviewers: ['bob'] } } });
  const manual = { manualApprovals: true };
  const first = await gh.queue(repo, 'call-grouped.yml', { inputs: { label: 'first' } }, manual);
  await first.waitingFor('gate');
  const second = await gh.queue(repo, 'call-grouped.yml', { inputs: { label: 'second' } }, manual);
  await until(() => second.jobs.some((j) => j.id === 'prepare'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(second.status, 'in_progress');
  assert.equal(second.reviews.recorded.length, 0);
  first.approve('gate', 'bob');
  await first.finished;
  await second.waitingFor('gate');
  second.approve('gate', 'bob');
  await second.finished;
  assert.match(second.job('eu / change').log, /changed eu for second/);
  assert.ok(second.reviews.recorded[0]!.at >= first.reviews.recorded[0]!.at);
});

test('cancelling a run interrupts the running step; if: always() steps and jobs still run, the rest is cancelled', async () => {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'gha-cancel-'));
  scratch.push(shared);
  const gh = github({ runnerEnv: { SHARED: shared } });
  const run = await gh.queue(basics(gh), 'cancel-run.yml');
  await until(() => existsSync(path.join(shared, 'started')));
  run.cancel();
  await run.finished;
  assert.equal(run.conclusion, 'cancelled');
  const long = run.job('long');
  assert.equal(long.result, 'cancelled');
  assert.deepEqual(long.steps.map((s) => s.outcome), ['cancelled', 'skipped', 'success']);
  assert.match(long.log, /started[\s\S]*The operation was canceled[\s\S]*cleanup after cancelled/);
  assert.equal(run.job('after').result, 'cancelled');
  assert.match(run.job('notify').log, /notified cancelled/);
});

test('re-run failed jobs: attempt 2 keeps the successful jobs and their outputs, runs the failed ones and those after them, and a fixed artifact name collides', async () => {
  const gh = github();
  const run = await gh.dispatch(basics(gh), 'rerun.yml');
  assert.equal(run.conclusion, 'failure');
  assert.deepEqual(run.jobs.map((j) => [j.id, j.result]).sort(), [['after', 'skipped'], ['collides', 'failure'], ['flaky', 'failure'], ['stable', 'success']]);

  await run.rerunFailed();
  assert.equal(run.attempt, 2);
  assert.equal(run.job('stable').attempt, 1);
  assert.equal(run.job('flaky').attempt, 2);
  assert.equal(run.job('flaky').result, 'success');
  assert.match(run.job('after').log, /token made-in-attempt-1 in attempt 2/);
  const collides = run.job('collides');
  assert.equal(collides.result, 'failure');
  assert.match(collides.log, /\(409\) Conflict/);
  assert.deepEqual(run.artifacts.map((a) => a.name).sort(), ['fixed-name', 'log-attempt-1', 'log-attempt-2']);
  assert.equal(run.conclusion, 'failure');
});

test('workflow_dispatch inputs are typed (number, boolean, choice, required); defaults.run; an unspecified shell is bash -e, shell: bash adds pipefail', async () => {
  const gh = github();
  const repo = basics(gh);
  const run = await gh.dispatch(repo, 'inputs.yml', { inputs: { count: '3', 'dry-run': 'true' } });
  const show = run.job('show');
  assert.match(show.log, /count is three: true; dry-run is true: true; target eu; note ''\nevent input: 3 in sub/);
  assert.deepEqual(show.steps.map((s) => s.outcome), ['success', 'success', 'success', 'failure']);
  await assert.rejects(gh.dispatch(repo, 'inputs.yml', { inputs: { count: 'three' } }), /input 'count' must be a number, got "three"/);
  await assert.rejects(gh.dispatch(repo, 'inputs.yml', { inputs: { count: '1', target: 'asia' } }), /input 'target' must be one of \[eu, us\]/);
  await assert.rejects(gh.dispatch(repo, 'inputs.yml', { inputs: {} }), /input required and not supplied: count/);
  await assert.rejects(gh.dispatch(repo, 'inputs.yml', { inputs: { count: '1', colour: 'red' } }), /unexpected input\(s\) 'colour'/);
});

test('a JavaScript action runs as the runner runs it: INPUT_ names, defaults, outputs, summary, ::add-mask:: and ::error; ./ needs a checkout; an unknown action is named', async () => {
  const gh = github();
  const run = await gh.dispatch(basics(gh), 'action.yml', { actor: 'dora' });
  const act = run.job('act');
  assert.equal(act.result, 'success');
  assert.equal(act.steps.find((s) => s.id === 'a')!.outputs.message, 'hi, dora');
  assert.deepEqual(act.steps.find((s) => s.id === 'a')!.state, { greeted: 'dora' });
  assert.match(act.log, /secret is \*\*\*/);
  assert.doesNotMatch(act.log, /s3cr3t-value/);
  assert.match(act.log, /said hi, dora/);
  assert.equal(act.summary, 'greeted dora\ngreeted dora\n');
  assert.deepEqual(act.annotations.map((a) => [a.level, a.message, a.file, a.line]), [
    ['warning', "Unexpected input(s) 'colour', valid inputs are ['greeting word', 'who', 'secret-value', 'fail']", undefined, undefined],
    ['error', 'asked to fail', 'local-action/index.js', 12],
  ]);
  assert.equal(act.steps.find((s) => s.id === 'b')!.outcome, 'failure');
  assert.match(run.job('no-checkout').log, /Can't find 'action\.yml'.*Did you forget to run actions\/checkout/);
  assert.match(run.job('unknown').log, /uses: some\/other-action@v1: no such action here/);
});

test('a consumer pinned to a sha: $/ runs the called repository at that sha, ./ resolves in the consumer and fails, secrets and typed inputs pass, permissions cannot be raised', async () => {
  const gh = github();
  const provider = fixtureRepo('provider');
  const pinned = provider.sha;
  // main moves on after the consumer pinned its sha.
  writeFileSync(path.join(provider.dir, 'hello/version.txt'), 'v2\n');
  commitFolder(provider.dir, 'v2');
  gh.addRepo('acme/tools', provider.dir);
  gh.addRepo('acme/app', fixtureRepo('consumer', { PROVIDER_SHA: pinned }).dir, { secrets: { CONSUMER_KEY: 'consumer-key', API_KEY: 'inherited-key' } });

  const run = await gh.dispatch('acme/app', 'call.yml');
  assert.equal(run.conclusion, 'success', run.jobs.map((j) => j.log).join('\n'));
  const greet = run.job('call / greet');
  assert.match(greet.log, new RegExp(`hello from v1 \\(acme/tools@${pinned}\\)`));
  assert.match(greet.log, /count=2 loud=false repository=acme\/app key=\*\*\*/);
  assert.match(run.job('call / nested / inner').log, /hello from v1/);
  assert.match(run.job('after').log, /called version v1/);

  const inherited = await gh.dispatch('acme/app', 'inherit.yml');
  assert.equal(inherited.conclusion, 'success');
  assert.match(inherited.job('call / greet').rawLog, /key=inherited-key/);

  const bad = await gh.dispatch('acme/app', 'bad-input.yml');
  assert.match(bad.job('call').log, /input 'count' must be a number, got "many"/);
  assert.match(bad.job('missing-secret').log, /secret API_KEY is required, but not provided while calling/);

  const dotWorkflow = await gh.dispatch('acme/app', 'call-dot-workflow.yml');
  assert.equal(dotWorkflow.conclusion, 'failure');
  assert.match(dotWorkflow.startupFailure!, /"\.\/\.github\/workflows\/inner\.yml": workflow was not found/);
  assert.deepEqual(dotWorkflow.jobs, []);

  const dotAction = await gh.dispatch('acme/app', 'call-dot-action.yml');
  assert.match(dotAction.job('call / act').log, /Checked out acme\/app[\s\S]*Can't find 'action\.yml'/);

  const noPermissions = await gh.dispatch('acme/app', 'no-permissions.yml');
  assert.match(noPermissions.startupFailure!, /The nested job 'greet' is requesting 'contents: read', but is only allowed 'contents: none'/);
});

test("smoke: this repository's boundary-check workflow and its action run for real from the committed bundles", async () => {
  const gh = github();
  const { dir, sha } = snapshotRepository(REPO_ROOT);
  scratch.push(dir);
  // The workflow may still name the action by the released tag; the tag points at this commit.
  git(dir, 'tag', 'v0');
  gh.addRepo('pg-promote/pg-promote', dir);
  const run = await gh.dispatch('pg-promote/pg-promote', 'boundary-check.yml', { event: 'push', ref: sha, payload: { after: sha } });
  const job = run.job('boundary-check');
  assert.equal(run.conclusion, 'success', job.log);
  const check = job.steps.find((s) => s.id === 'check')!;
  assert.equal(check.outputs.status, 'clean');
  assert.equal(check.outputs['findings-count'], '0');
  assert.match(job.log, /boundary-check: 0 findings/);
  assert.equal(gh.sarif.length, 1);
  assert.equal(gh.sarif[0]!.category, 'pg-promote-boundary-check');
  assert.equal(gh.sarif[0]!.sarif.version, '2.1.0');

  // A write across the boundary fails the check, and the SARIF still goes up (if: !cancelled()).
  mkdirSync(path.join(dir, 'apps/vh'), { recursive: true });
  writeFileSync(path.join(dir, 'apps/vh/sync.sql'), 'INSERT INTO eng.tasks (id) VALUES (1);\n');
  const bad = commitFolder(dir, 'a cross-boundary write');
  const failing = await gh.dispatch('pg-promote/pg-promote', 'boundary-check.yml', { event: 'push', ref: bad });
  assert.equal(failing.conclusion, 'failure');
  assert.equal(failing.job('boundary-check').steps.find((s) => s.id === 'check')!.outputs.status, 'findings');
  assert.equal(gh.sarif.length, 2);
  assert.ok(gh.sarif[1]!.sarif.runs[0].results.length > 0);

  // The repository's own action, by $/ (this commit) and by ./ (the checkout), as a workflow of ours would use it.
  writeFileSync(
    path.join(dir, '.github/workflows/executor-smoke.yml'),
    `name: executor-smoke
on: workflow_dispatch
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: lint
        uses: $/
        with:
          command: lint
      - id: bad
        continue-on-error: true
        uses: ./
        with:
          command: nonsense
          database-url: postgres://u:hunter2-not-printed@127.0.0.1:1/db
`,
  );
  const withWorkflow = commitFolder(dir, 'a workflow using the action');
  const lintRun = await gh.dispatch('pg-promote/pg-promote', 'executor-smoke.yml', { ref: withWorkflow });
  const lint = lintRun.job('lint');
  assert.equal(lint.result, 'success', lint.log);
  assert.equal(lint.steps.find((s) => s.id === 'lint')!.outputs.status, 'success');
  assert.match(lint.log, /lint: \d+ files linted, 0 errors/);
  const refused = lint.steps.find((s) => s.id === 'bad')!;
  assert.deepEqual([refused.outcome, refused.outputs.status], ['failure', 'error']);
  assert.deepEqual(
    lint.annotations.filter((a) => a.level === 'error').map((a) => a.message),
    ["input 'command' is 'nonsense'; expected one of: plan, migrate, down, status, backup, restore, verify, report, lint, ramp, latency, flags-off, notify, review, baseline, gates-check, record-approvals, signoffs-check"],
  );
  assert.doesNotMatch(lint.log, /hunter2-not-printed/);
});
