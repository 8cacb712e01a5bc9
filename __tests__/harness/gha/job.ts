import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cancellation } from './cancellation.js';
import { evaluate, evaluateExpression, text, truthy, type Value } from './expressions.js';
import { readKeyValueFile, readPathFile } from './file-commands.js';
import { killOrphans } from './process.js';
import { runScript, runUses, stepName } from './step.js';
import type { Runtime, StepRuntime } from './runtime.js';
import { type Annotation, CommandReader } from './workflow-commands.js';
import type { JobDefinition, Workflow } from './workflow.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepResult {
  id: string;
  name: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  /** What the step saved with GITHUB_STATE (read by a post step, which this executor does not run). */
  state: Record<string, string>;
  log: string;
}

export interface JobResult {
  /** As GitHub shows it: `caller / job (matrix values)`. */
  key: string;
  id: string;
  matrix?: Record<string, unknown>;
  environment?: string;
  /** What dependents see in needs.<id>.result (a failure under continue-on-error is success). */
  result: Result;
  outcome: Result;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** The log as GitHub shows it: masks applied. */
  log: string;
  /** What the processes printed before masking: for tests that prove a secret is never printed. */
  rawLog: string;
  summary: string;
  annotations: Annotation[];
  /** The run attempt that ran this job (an earlier one when a re-run kept its result). */
  attempt: number;
  /** When it started: for a job that waited for a review, the review's time. */
  startedAt: Date;
  completedAt: Date;
}

export interface JobInstance {
  runtime: Runtime;
  workflow: Workflow;
  job: JobDefinition;
  key: string;
  runId: number;
  attempt: number;
  github: Record<string, any>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  needs: Record<string, unknown>;
  matrix: Record<string, unknown>;
  strategy: Record<string, unknown>;
  environment?: string;
  cancellation: Cancellation;
  /** Lines logged before the job's steps (e.g. the review of its environment). */
  preface: string[];
  startedAt: Date;
}

/** Runs one job (one matrix leg) on a fresh runner: its own workspace, temp folder and files. */
export async function runJob(x: JobInstance): Promise<JobResult> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'gha-runner-'));
  const repoName = String(x.github.repository).split('/')[1]!;
  const workspace = path.join(base, 'work', repoName, repoName);
  const temp = path.join(base, 'temp');
  const tool = path.join(base, 'tool');
  for (const d of [workspace, temp, tool, path.join(temp, '_runner_file_commands')]) mkdirSync(d, { recursive: true });
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(x.github.event ?? {}));

  const masks = new Set<string>();
  const reader = new CommandReader(masks);
  for (const secret of Object.values(x.secrets)) reader.addMask(secret);
  const log: string[] = [...x.preface];
  const raw: string[] = [...x.preface];
  const summary: string[] = [];
  const stepResults: StepResult[] = [];
  const stepsContext: Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }> = {};
  const github: Record<string, any> = { ...x.github, job: x.job.id, workspace, event_path: eventPath, action: '', action_path: '', action_repository: '', action_ref: '' };
  const runner = { os: 'Linux', arch: 'X64', name: 'GitHub Actions 1', temp, tool_cache: tool, environment: 'github-hosted', debug: '' };
  let failed = false;
  const jobStatus = () => (x.cancellation.cancelled ? 'cancelled' : failed ? 'failure' : 'success');
  let env: Record<string, string> = {};
  const contexts = (): Record<string, unknown> => ({
    github,
    env,
    vars: x.vars,
    secrets: x.secrets,
    inputs: x.inputs,
    needs: x.needs,
    matrix: x.matrix,
    strategy: x.strategy,
    steps: stepsContext,
    job: { status: jobStatus(), container: { id: '', network: '' }, services: {} },
    runner,
  });
  const stringMap = (value: Record<string, Value> | undefined, where: string) =>
    Object.fromEntries(Object.entries((evaluate(value, contexts(), where) ?? {}) as Record<string, unknown>).map(([k, v]) => [k, text(v, `${where}.${k}`)]));
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  const processGroups = new Set<number>();

  const emit = (line: string) => {
    raw.push(line);
    const shown = reader.line(line);
    if (shown !== undefined) log.push(shown);
  };

  try {
    env = stringMap(x.workflow.env, 'env');
    env = { ...env, ...stringMap(x.job.env, `jobs.${x.job.id}.env`) };
  } catch (error) {
    emit(`##[error]${(error as Error).message}`);
    failed = true;
  }

  const runnerVariables = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: github.actor,
    GITHUB_TRIGGERING_ACTOR: github.triggering_actor,
    GITHUB_API_URL: github.api_url,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_GRAPHQL_URL: `${github.api_url}/graphql`,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: x.job.id,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_REF_TYPE: github.ref_type,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ID: String(x.runId),
    GITHUB_RUN_NUMBER: String(github.run_number),
    GITHUB_RUN_ATTEMPT: String(x.attempt),
    GITHUB_SHA: github.sha,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_WORKFLOW_REF: github.workflow_ref,
    GITHUB_WORKFLOW_SHA: github.workflow_sha,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: runner.name,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: tool,
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  const host = Object.fromEntries(['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));

  for (const step of x.job.steps) {
    const name = stepName(step, contexts());
    let condition: boolean;
    try {
      const status = { success: () => !failed && !x.cancellation.cancelled, failure: () => failed, cancelled: () => x.cancellation.cancelled };
      condition = truthy(evaluateExpression(step.if, contexts(), status, `step '${name}' if`));
    } catch (error) {
      emit(`##[error]${(error as Error).message}`);
      condition = false;
      failed = true;
    }
    if (!condition) {
      stepResults.push({ id: step.id, name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, state: {}, log: '' });
      stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const files = Object.fromEntries(['output', 'env', 'path', 'summary', 'state'].map((k) => [k, path.join(temp, '_runner_file_commands', `${k}_${randomUUID()}`)]));
    for (const f of Object.values(files)) writeFileSync(f, '');
    const start = log.length;
    emit(`##[group]Run ${name}`);
    let code = 1;
    try {
      const stepEnv = stringMap(step.env, `${step.id}.env`);
      env = { ...env, ...addedEnv };
      const processEnv: NodeJS.ProcessEnv = {
        ...host,
        ...x.runtime.runnerEnv,
        ...runnerVariables,
        ...env,
        ...stepEnv,
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_STATE: files.state,
        GITHUB_ACTION: step.id,
      };
      processEnv.PATH = [...[...addedPath].reverse(), processEnv.PATH ?? host.PATH].join(':');
      const stepRuntime: StepRuntime = {
        runtime: x.runtime,
        origin: x.workflow.origin,
        repo: github.repository,
        runId: x.runId,
        attempt: x.attempt,
        workspace,
        temp,
        env: processEnv,
        contexts: { ...contexts(), env: { ...env, ...stepEnv } },
        // A step that runs after the cancel (if: always()) is not killed at once: it gets its own scope.
        cancellation: x.cancellation.cancelled ? new Cancellation() : x.cancellation,
        processGroups,
        line: emit,
        warning: (message) => emit(`::warning::${message}`),
      };
      code = step.run !== undefined ? await runScript(step, [x.job.defaults, x.workflow.defaults], stepRuntime) : await runUses(step, stepRuntime);
    } catch (error) {
      emit(`::error::${escape((error as Error).message)}`);
      code = 1;
    }
    emit('##[endgroup]');
    let outputs: Record<string, string> = {};
    let state: Record<string, string> = {};
    try {
      outputs = readKeyValueFile(files.output!, 'GITHUB_OUTPUT');
      state = readKeyValueFile(files.state!, 'GITHUB_STATE');
      Object.assign(addedEnv, readKeyValueFile(files.env!, 'GITHUB_ENV'));
      addedPath.push(...readPathFile(files.path!));
      const text = readFileSync(files.summary!, 'utf8');
      if (text) summary.push(text.split('\n').map((l) => reader.mask(l)).join('\n'));
    } catch (error) {
      emit(`::error::${escape((error as Error).message)}`);
      code = code || 1;
    }
    if (x.cancellation.cancelled && code !== 0) emit('##[error]The operation was canceled.');
    else if (code !== 0) emit(`##[error]Process completed with exit code ${code}.`);
    const outcome: Result = code === 0 ? 'success' : x.cancellation.cancelled ? 'cancelled' : 'failure';
    let continueOnError = false;
    try {
      continueOnError = truthy(evaluate(step.continueOnError ?? false, contexts(), `${step.id}.continue-on-error`));
    } catch (error) {
      emit(`::error::${escape((error as Error).message)}`);
    }
    const conclusion: Result = outcome === 'failure' && continueOnError ? 'success' : outcome;
    if (conclusion === 'failure') failed = true;
    stepResults.push({ id: step.id, name, outcome, conclusion, outputs, state, log: log.slice(start).join('\n') });
    stepsContext[step.id] = { outputs, outcome, conclusion };
  }

  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(x.job.outputs ?? {})) {
    try {
      const v = text(evaluate(value, contexts(), `jobs.${x.job.id}.outputs.${name}`), name);
      // The runner drops an output that contains a secret rather than pass it on.
      if ([...masks].some((m) => v.includes(m))) emit(`::warning::Skip output '${name}' since it may contain secret.`);
      else outputs[name] = v;
    } catch (error) {
      emit(`::error::${escape((error as Error).message)}`);
      failed = true;
    }
  }
  killOrphans(processGroups);
  rmSync(base, { recursive: true, force: true });
  const outcome: Result = x.cancellation.cancelled ? 'cancelled' : failed ? 'failure' : 'success';
  let result = outcome;
  if (outcome === 'failure') {
    try {
      if (truthy(evaluate(x.job.continueOnError ?? false, contexts(), `jobs.${x.job.id}.continue-on-error`))) result = 'success';
    } catch {
      // an error here leaves the failure as it is
    }
  }
  return {
    key: x.key,
    id: x.job.id,
    matrix: Object.keys(x.matrix).length ? x.matrix : undefined,
    environment: x.environment,
    result,
    outcome,
    outputs,
    steps: stepResults,
    log: log.join('\n'),
    rawLog: raw.join('\n'),
    summary: summary.join(''),
    annotations: reader.annotations,
    attempt: x.attempt,
    startedAt: x.startedAt,
    completedAt: new Date(),
  };
}

function escape(message: string): string {
  return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
