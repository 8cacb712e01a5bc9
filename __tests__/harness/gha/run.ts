import { Cancellation } from './cancellation.js';
import { type ConcurrencyGroups, parseConcurrency } from './concurrency.js';
import { type Approval, type EnvironmentSettings, type RecordedReview, Reviews } from './environments.js';
import { evaluate, evaluateExpression, text, truthy, type Value } from './expressions.js';
import { typedInputs } from './inputs.js';
import { type JobResult, type Result, runJob } from './job.js';
import { expandMatrix, matrixSuffix } from './matrix.js';
import { checkPermissions, jobPermissions, type Permissions } from './permissions.js';
import { resolveWorkflowReference } from './references.js';
import type { RunView } from '../fake-github.js';
import type { Runtime } from './runtime.js';
import { loadWorkflow, type JobDefinition, type Workflow } from './workflow.js';

/** A repository's settings as the run sees them: secrets, variables, environments. */
export interface RepoSettings {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  environments?: Record<string, EnvironmentSettings>;
}

export interface RunSettings extends RepoSettings {
  /** Reviews given before the run asks: environment -> reviewer login (or the whole approval). */
  approvals?: Record<string, string | Approval>;
  /** Wait for run.approve()/run.reject() where no approval was given up front. */
  manualApprovals?: boolean;
}

interface Scope {
  workflow: Workflow;
  prefix: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
}

interface Aggregate {
  result: Result;
  outputs: Record<string, string>;
  /** Whether this attempt ran it again (a re-run also re-runs everything after it). */
  rerun: boolean;
  failedAncestor: boolean;
}

export type RunStatus = 'pending' | 'in_progress' | 'waiting' | 'completed';

/**
 * One workflow run: its attempts, jobs in `needs` order (all jobs whose needs are done run at
 * once), matrices, reusable workflows, environments, concurrency, and "re-run failed jobs".
 */
export class WorkflowRun {
  attempt = 0;
  conclusion: Result | undefined;
  /** A run that failed before any job ran (an invalid called workflow, say): GitHub's message. */
  startupFailure: string | undefined;
  jobs: JobResult[] = [];
  finished!: Promise<WorkflowRun>;
  readonly reviews: Reviews;
  private cancellation = new Cancellation();
  /** The repository's settings and the test's approvals for the current attempt. */
  settings: RunSettings;
  private entered!: Promise<void>;
  private readonly calls = new WeakMap<JobDefinition, Workflow>();
  private previous = new Map<string, JobResult>();
  private inGroup = false;
  private done = false;

  constructor(
    private readonly runtime: Runtime,
    private readonly groups: ConcurrencyGroups,
    readonly id: number,
    readonly repo: string,
    readonly workflow: Workflow,
    readonly inputs: Record<string, unknown>,
    private readonly github: Record<string, any>,
    settings: RunSettings,
  ) {
    this.settings = settings;
    this.reviews = new Reviews(runtime, { id, repo, actor: () => this.github.triggering_actor });
    runtime.api?.runs.set(id, runtime.api.runs.get(id) ?? []);
  }

  get status(): RunStatus {
    if (this.done) return 'completed';
    if (!this.inGroup) return 'pending';
    return this.reviews.waiting.length > 0 ? 'waiting' : 'in_progress';
  }

  /** Starts the next attempt; resolves once the run holds its concurrency group or waits in it. */
  start(settings?: RunSettings): Promise<void> {
    if (settings) this.settings = { ...this.settings, approvals: undefined, manualApprovals: undefined, ...settings };
    this.attempt++;
    this.done = false;
    this.inGroup = false;
    this.conclusion = undefined;
    this.cancellation = new Cancellation();
    let entered!: () => void;
    this.entered = new Promise((resolve) => (entered = resolve));
    this.finished = this.execute(entered).then(() => this);
    return this.entered;
  }

  cancel(reason = 'The run was canceled.'): void {
    this.cancellation.cancel(reason);
  }

  /** Resolves when a job of this attempt starts waiting for a review of the environment. */
  waitingFor(environment: string): Promise<void> {
    return this.reviews.waitingFor(environment);
  }

  approve(environment: string, user: string, comment = ''): void {
    this.reviews.resolve(environment, { user, comment, state: 'approved' });
  }

  reject(environment: string, user: string, comment = ''): void {
    this.reviews.resolve(environment, { user, comment, state: 'rejected' });
  }

  /** "Re-run failed jobs": attempt n+1 runs failed, cancelled and skipped jobs and all after them; successful ones keep their results and outputs. */
  async rerunFailed(settings: RunSettings = {}): Promise<WorkflowRun> {
    if (!this.done) throw new Error(`run ${this.id} is still ${this.status}`);
    this.previous = new Map(this.jobs.map((j) => [j.key, j]));
    await this.start(settings);
    return this.finished;
  }

  /** Records a job's result, and shows it to the REST API's jobs endpoint. */
  private record(job: JobResult): void {
    this.jobs.push(job);
    this.view()?.jobs.push({ id: this.id * 1000 + this.jobs.length, name: job.key, conclusion: job.result, startedAt: job.startedAt.toISOString(), completedAt: job.completedAt.toISOString(), attempt: job.attempt });
  }

  /** The run as the REST API shows it (when the test started the API fake). */
  private view(): RunView | undefined {
    const api = this.runtime.api;
    if (!api) return undefined;
    let view = api.workflowRuns.get(this.id);
    if (!view) {
      view = {
        name: this.workflow.name,
        path: this.workflow.origin.path,
        headSha: this.github.sha,
        branch: this.github.ref_name,
        event: this.github.event_name,
        actor: this.github.actor,
        triggeringActor: this.github.triggering_actor,
        attempt: this.attempt,
        status: 'queued',
        conclusion: null,
        startedAt: new Date().toISOString(),
        jobs: [],
      };
      api.workflowRuns.set(this.id, view);
    }
    return view;
  }

  /** A job by its key (`caller / job (matrix)`), or by id when only one job has it. */
  job(name: string): JobResult {
    const exact = this.jobs.find((j) => j.key === name);
    if (exact) return exact;
    const byId = this.jobs.filter((j) => j.id === name || j.key.endsWith(` / ${name}`));
    if (byId.length === 1) return byId[0]!;
    throw new Error(`run ${this.id} has ${byId.length === 0 ? 'no' : 'several'} job '${name}' (jobs: ${this.jobs.map((j) => j.key).join('; ')})`);
  }

  get artifacts() {
    return this.runtime.artifacts.list(this.repo, this.id);
  }

  private async execute(entered: () => void): Promise<void> {
    const attempt = this.attempt;
    const previous = this.previous;
    const kept = new Set<string>();
    this.jobs = [];
    const view = this.view();
    if (view) Object.assign(view, { attempt, status: 'in_progress', conclusion: null, startedAt: new Date().toISOString(), jobs: [] });
    try {
      this.github.run_attempt = String(attempt);
      await this.loadCalls(this.workflow, 0);
      const setting = parseConcurrency(this.workflow.concurrency, { github: this.github, inputs: this.inputs, vars: this.settings.vars ?? {} }, 'concurrency');
      await this.groups.hold(setting, this.cancellation, entered, () => (this.inGroup = true), async () => {
        const secrets = { ...(this.settings.secrets ?? {}), GITHUB_TOKEN: this.github.token };
        await this.runGraph({ workflow: this.workflow, prefix: '', inputs: this.inputs, secrets, vars: this.settings.vars ?? {} }, previous, kept);
      });
    } catch (error) {
      this.startupFailure = (error as Error).message;
    } finally {
      entered();
      this.inGroup = true;
    }
    const results = this.jobs.map((j) => j.result);
    this.conclusion = this.startupFailure || results.includes('failure') ? 'failure' : this.cancellation.cancelled || results.includes('cancelled') ? 'cancelled' : 'success';
    this.done = true;
    if (view) Object.assign(view, { status: 'completed', conclusion: this.conclusion });
  }

  /** Reads every called workflow before the run starts, as GitHub does: a missing or invalid one fails the run at once. */
  private async loadCalls(workflow: Workflow, depth: number, inherited?: Permissions): Promise<void> {
    for (const job of workflow.jobs) {
      if (!job.uses || this.calls.has(job)) continue;
      if (depth >= 4) throw new Error(`${workflow.origin.path}: reusable workflows may be nested at most 4 levels deep`);
      const origin = resolveWorkflowReference(job.uses, workflow.origin, { repo: this.repo, sha: this.github.sha }, this.runtime.repos);
      const called = await loadWorkflow(origin, this.runtime.repos.read(origin.repo, origin.sha, origin.path)!);
      if (!called.on.workflow_call) throw new Error(`error parsing called workflow "${workflow.origin.path}" -> "${job.uses}": workflow is not reusable as it is missing a \`on.workflow_call\` trigger`);
      const allowed = jobPermissions(workflow, job, inherited);
      checkPermissions(called, allowed);
      this.calls.set(job, called);
      await this.loadCalls(called, depth + 1, allowed);
    }
  }

  private async runGraph(scope: Scope, previous: Map<string, JobResult>, kept: Set<string>): Promise<Map<string, Aggregate>> {
    const deferred = new Map<string, { promise: Promise<Aggregate>; resolve: (a: Aggregate) => void }>();
    for (const job of scope.workflow.jobs) {
      let resolve!: (a: Aggregate) => void;
      deferred.set(job.id, { promise: new Promise((r) => (resolve = r)), resolve });
    }
    const results = new Map<string, Aggregate>();
    await Promise.all(
      scope.workflow.jobs.map(async (job) => {
        const needs = await Promise.all(job.needs.map((n) => deferred.get(n)!.promise));
        const aggregate = await this.runJobDefinition(scope, job, needs, previous, kept).catch((error: Error): Aggregate => {
          this.record(failedRecord(scope.prefix + job.id, job.id, this.attempt, error.message));
          return { result: 'failure', outputs: {}, rerun: true, failedAncestor: false };
        });
        results.set(job.id, aggregate);
        deferred.get(job.id)!.resolve(aggregate);
      }),
    );
    return results;
  }

  private async runJobDefinition(scope: Scope, job: JobDefinition, needResults: Aggregate[], previous: Map<string, JobResult>, kept: Set<string>): Promise<Aggregate> {
    const needs = Object.fromEntries(job.needs.map((n, i) => [n, { result: needResults[i]!.result, outputs: needResults[i]!.outputs }]));
    const failedAncestor = needResults.some((a) => a.result === 'failure' || a.failedAncestor);
    const mustRerun = needResults.some((a) => a.rerun);
    const base = { github: this.github, needs, inputs: scope.inputs, vars: scope.vars };
    const status = {
      success: () => needResults.every((a) => a.result === 'success') && !this.cancellation.cancelled,
      failure: () => failedAncestor,
      cancelled: () => this.cancellation.cancelled,
    };
    const key = scope.prefix + job.id;
    if (!truthy(evaluateExpression(job.if, base, status, `jobs.${job.id}.if`))) {
      const result: Result = this.cancellation.cancelled ? 'cancelled' : 'skipped';
      this.record({ ...failedRecord(key, job.id, this.attempt, ''), result, outcome: result, log: '' });
      return { result, outputs: {}, rerun: true, failedAncestor };
    }
    const strategy = (evaluate(job.strategy, base, `jobs.${job.id}.strategy`) ?? {}) as Record<string, unknown>;
    const combos = strategy.matrix === undefined ? [{}] : expandMatrix(strategy.matrix, `jobs.${job.id}`);
    const maxParallel = strategy['max-parallel'] === undefined ? Infinity : Number(strategy['max-parallel']);
    const failFast = strategy['fail-fast'] === undefined ? true : truthy(strategy['fail-fast']);
    // fail-fast cancels the legs not yet started; a cancelled run cancels the running ones, and
    // legs not yet started still start, to be skipped or run by their if: as GitHub does.
    const matrixCancellation = new Cancellation();
    const legs: { result: JobResult | Aggregate; rerun: boolean }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < combos.length) {
        const index = next++;
        const matrix = combos[index]!;
        const strategyContext = { 'fail-fast': failFast, 'job-index': index, 'job-total': combos.length, 'max-parallel': Number.isFinite(maxParallel) ? maxParallel : combos.length };
        const contexts = { ...base, matrix, strategy: strategyContext };
        const name = job.name === undefined ? job.id + (strategy.matrix === undefined ? '' : matrixSuffix(matrix)) : text(evaluate(job.name, contexts, `jobs.${job.id}.name`), 'name');
        const legKey = scope.prefix + name;
        if (matrixCancellation.cancelled) {
          const record = { ...failedRecord(legKey, job.id, this.attempt, matrixCancellation.reason ?? ''), result: 'cancelled' as Result, outcome: 'cancelled' as Result };
          this.record(record);
          legs[index] = { result: record, rerun: true };
          continue;
        }
        if (job.uses) {
          const aggregate = await this.runCall(scope, job, legKey, contexts, matrixCancellation, previous, kept, mustRerun);
          legs[index] = { result: aggregate, rerun: aggregate.rerun };
        } else {
          const before = previous.get(legKey);
          if (!mustRerun && before?.result === 'success') {
            this.record(before);
            kept.add(legKey);
            legs[index] = { result: before, rerun: false };
          } else {
            const record = await this.runInstance(scope, job, legKey, contexts, matrixCancellation);
            this.record(record);
            legs[index] = { result: record, rerun: true };
          }
        }
        if (failFast && legs[index]!.result.result === 'failure') matrixCancellation.cancel(`The strategy configuration was canceled because "${job.id}${matrixSuffix(matrix)}" failed`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(maxParallel, combos.length) }, worker));
    const results = legs.map((l) => l.result.result);
    const result: Result = results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : results.every((r) => r === 'skipped') ? 'skipped' : 'success';
    // A matrix's outputs: each leg's non-empty values, the last leg to finish winning.
    const outputs = Object.assign({}, ...legs.map((l) => Object.fromEntries(Object.entries(l.result.outputs).filter(([, v]) => v !== ''))));
    return { result, outputs, rerun: legs.some((l) => l.rerun), failedAncestor };
  }

  private async runInstance(scope: Scope, job: JobDefinition, key: string, contexts: Record<string, any>, parent: Cancellation): Promise<JobResult> {
    const cancellation = new Cancellation(this.cancellation, parent);
    const preface: string[] = [];
    const environmentValue = evaluate(job.environment, contexts, `jobs.${job.id}.environment`) as string | { name?: string } | undefined;
    const environment = typeof environmentValue === 'object' && environmentValue !== null ? environmentValue.name : environmentValue || undefined;
    const setting = parseConcurrency(job.concurrency, contexts, `jobs.${job.id}.concurrency`);
    let record: JobResult | undefined;
    await this.groups.hold(setting, cancellation, () => {}, () => {}, async () => {
      const envSettings = environment ? (this.settings.environments?.[environment] ?? {}) : {};
      let review: RecordedReview | undefined;
      if (environment && (envSettings.reviewers ?? []).length > 0) {
        review = await this.reviews.review(environment, envSettings, this.settings.approvals?.[environment], !!this.settings.manualApprovals, this.attempt, cancellation, (l) => preface.push(l));
        if (!review || review.state === 'rejected') {
          const why = cancellation.cancelled ? 'The run was canceled while waiting for review.' : review ? `Deployment to ${environment} was rejected by ${review.user}.` : `Deployment to ${environment} was not approved.`;
          record = { ...failedRecord(key, job.id, this.attempt, [...preface, `##[error]${why}`].join('\n')), environment, result: cancellation.cancelled ? 'cancelled' : 'failure', outcome: cancellation.cancelled ? 'cancelled' : 'failure' };
          return;
        }
      }
      record = await runJob({
        runtime: this.runtime,
        workflow: scope.workflow,
        job,
        key,
        runId: this.id,
        attempt: this.attempt,
        github: this.github,
        inputs: scope.inputs,
        // An environment's secrets and variables reach only the jobs that name it.
        secrets: { ...scope.secrets, ...(envSettings.secrets ?? {}) },
        vars: { ...scope.vars, ...(envSettings.vars ?? {}) },
        needs: contexts.needs,
        matrix: contexts.matrix,
        strategy: contexts.strategy,
        environment,
        cancellation,
        preface,
        startedAt: review?.at ?? new Date(),
      });
    });
    return record ?? { ...failedRecord(key, job.id, this.attempt, cancellation.reason ?? 'canceled while pending'), environment, result: 'cancelled', outcome: 'cancelled' };
  }

  private async runCall(scope: Scope, job: JobDefinition, key: string, contexts: Record<string, any>, parent: Cancellation, previous: Map<string, JobResult>, kept: Set<string>, mustRerun: boolean): Promise<Aggregate> {
    const called = this.calls.get(job)!;
    const call = called.on.workflow_call ?? {};
    const where = `jobs.${job.id} (${job.uses})`;
    const given = (evaluate(job.with, contexts, `${where}.with`) ?? {}) as Record<string, unknown>;
    const inputs = typedInputs(call.inputs, given, 'workflow_call', where);
    let secrets: Record<string, string>;
    if (job.secrets === 'inherit') secrets = { ...scope.secrets };
    else {
      const passed = (evaluate(job.secrets as Value, { ...contexts, secrets: scope.secrets }, `${where}.secrets`) ?? {}) as Record<string, unknown>;
      const declared = (call.secrets ?? {}) as Record<string, { required?: boolean } | null>;
      for (const name of Object.keys(passed)) if (!(name in declared)) throw new Error(`${where}: invalid secret, ${name} is not defined in the referenced workflow`);
      for (const [name, spec] of Object.entries(declared)) if (spec?.required && !passed[name]) throw new Error(`${where}: secret ${name} is required, but not provided while calling`);
      secrets = Object.fromEntries(Object.entries(passed).map(([k, v]) => [k, text(v, k)]));
      secrets.GITHUB_TOKEN = scope.secrets.GITHUB_TOKEN!;
    }
    const cancellation = new Cancellation(this.cancellation, parent);
    const nested: Scope = { workflow: called, prefix: `${key} / `, inputs, secrets, vars: scope.vars };
    const setting = parseConcurrency(called.concurrency, { github: this.github, inputs, vars: scope.vars }, `${called.origin.path} concurrency`);
    let results = new Map<string, Aggregate>();
    await this.groups.hold(setting, cancellation, () => {}, () => {}, async () => {
      const filtered = mustRerun ? new Map([...previous].filter(([k]) => !k.startsWith(nested.prefix))) : previous;
      results = await this.runGraph(nested, filtered, kept);
    });
    const values = [...results.values()];
    const result: Result = cancellation.cancelled && values.length === 0 ? 'cancelled' : values.some((a) => a.result === 'failure') ? 'failure' : values.some((a) => a.result === 'cancelled') ? 'cancelled' : 'success';
    const jobsContext = Object.fromEntries([...results].map(([id, a]) => [id, { result: a.result, outputs: a.outputs }]));
    const outputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries((call.outputs ?? {}) as Record<string, { value: Value }>)) {
      outputs[name] = text(evaluate(spec.value, { github: this.github, inputs, vars: scope.vars, jobs: jobsContext }, `${called.origin.path} outputs.${name}`), name);
    }
    return { result, outputs, rerun: values.some((a) => a.rerun), failedAncestor: false };
  }
}

function failedRecord(key: string, id: string, attempt: number, log: string): JobResult {
  const now = new Date();
  return { key, id, result: 'failure', outcome: 'failure', outputs: {}, steps: [], log, rawLog: log, summary: '', annotations: [], attempt, startedAt: now, completedAt: now };
}
