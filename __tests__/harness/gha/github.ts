import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOKEN, type FakeGitHub as RestApi } from '../fake-github.js';
import { ArtifactStore } from './artifacts.js';
import { ConcurrencyGroups } from './concurrency.js';
import { typedInputs } from './inputs.js';
import { Repositories } from './repositories.js';
import type { EnvironmentSettings } from './environments.js';
import { type RepoSettings, type RunSettings, WorkflowRun } from './run.js';
import type { Runtime, SarifUpload } from './runtime.js';
import { loadWorkflow } from './workflow.js';

export interface TriggerOptions {
  /** A branch, tag or commit of the repository (default main). */
  ref?: string;
  /** workflow_dispatch inputs, as the API or UI sends them. */
  inputs?: Record<string, unknown>;
  /** The user who starts the run (github.actor and github.triggering_actor). */
  actor?: string;
  /** Event name (default workflow_dispatch) and payload for other events. */
  event?: string;
  payload?: Record<string, unknown>;
}

/**
 * GitHub, locally: repositories (git folders), workflow runs, artifacts, concurrency groups,
 * code scanning uploads, and, when the test passes one, the REST API fake that serves the runs'
 * approvals. See README.md beside this file for what it models and what it does not.
 */
export class FakeGitHub {
  /** Artifacts and downloaded actions live here until dispose(). */
  private readonly scratch = mkdtempSync(path.join(os.tmpdir(), 'gha-github-'));
  readonly repos = new Repositories(this.scratch);
  readonly runs: WorkflowRun[] = [];
  private readonly runtime: Runtime;
  private readonly groups = new ConcurrencyGroups();
  private readonly repoSettings = new Map<string, RepoSettings>();
  private nextRunId = 9000;

  constructor(options: { api?: RestApi; runnerEnv?: Record<string, string> } = {}) {
    mkdirSync(path.join(this.scratch, 'artifacts'));
    this.runtime = { repos: this.repos, artifacts: new ArtifactStore(path.join(this.scratch, 'artifacts')), sarif: [], api: options.api, runnerEnv: options.runnerEnv ?? {} };
  }

  /** Removes the artifacts and downloaded actions (not the registered repositories, which are the test's). */
  dispose(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }

  get sarif(): SarifUpload[] {
    return this.runtime.sarif;
  }

  get artifacts(): ArtifactStore {
    return this.runtime.artifacts;
  }

  /** Registers a git repository folder as `owner/repo`, with its secrets, variables and environments. */
  addRepo(name: string, folder: string, settings: RepoSettings = {}): void {
    this.repos.add(name, folder);
    this.repoSettings.set(name.toLowerCase(), settings);
    this.runtime.api?.repositories.add(name);
  }

  /** Starts a run and resolves once it holds its concurrency group or waits in it (run.status says which). */
  async queue(repo: string, workflowFile: string, options: TriggerOptions = {}, settings: RunSettings = {}): Promise<WorkflowRun> {
    const ref = options.ref ?? 'main';
    const sha = this.repos.resolve(repo, ref);
    const file = workflowFile.includes('/') ? workflowFile : `.github/workflows/${workflowFile}`;
    const content = this.repos.read(repo, sha, file);
    if (content === undefined) throw new Error(`${repo}@${ref}: workflow ${file} not found`);
    const workflow = await loadWorkflow({ repo, sha, path: file }, content);
    const event = options.event ?? 'workflow_dispatch';
    if (!workflow.on[event]) throw new Error(`${file} has no '${event}' trigger`);
    const inputs = event === 'workflow_dispatch' ? typedInputs(workflow.on.workflow_dispatch.inputs, options.inputs ?? {}, 'workflow_dispatch', file) : {};
    const actor = options.actor ?? 'octocat';
    const id = this.nextRunId++;
    const branch = /^[0-9a-f]{40}$/.test(ref) ? 'main' : ref.replace(/^refs\/(heads|tags)\//, '');
    const refName = ref.startsWith('refs/') ? ref : `refs/heads/${branch}`;
    const [owner, name] = repo.split('/') as [string, string];
    const repository = { full_name: repo, name, owner: { login: owner } };
    const payload =
      event === 'workflow_dispatch'
        ? { inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])), ref: refName, repository, sender: { login: actor }, workflow: file }
        : { repository, sender: { login: actor }, ...options.payload };
    const github = {
      repository: repo,
      repository_owner: owner,
      sha,
      ref: refName,
      ref_name: branch,
      ref_type: refName.startsWith('refs/tags/') ? 'tag' : 'branch',
      head_ref: '',
      base_ref: '',
      event_name: event,
      event: payload,
      actor,
      triggering_actor: actor,
      run_id: String(id),
      run_number: String(this.runs.filter((r) => r.repo === repo && r.workflow.origin.path === file).length + 1),
      run_attempt: '1',
      workflow: workflow.name,
      workflow_ref: `${repo}/${file}@${refName}`,
      workflow_sha: sha,
      server_url: 'https://github.com',
      api_url: this.runtime.api?.env.GITHUB_API_URL ?? 'https://api.github.com',
      graphql_url: 'https://api.github.com/graphql',
      token: this.runtime.api ? TOKEN : 'ghs_localExecutorToken',
      retention_days: '90',
      secret_source: 'Actions',
    };
    const stored = this.repoSettings.get(repo.toLowerCase()) ?? {};
    const run = new WorkflowRun(this.runtime, this.groups, id, repo, workflow, inputs, github, {
      ...stored,
      ...settings,
      secrets: { ...stored.secrets, ...settings.secrets },
      vars: { ...stored.vars, ...settings.vars },
      environments: { ...stored.environments, ...settings.environments },
    });
    this.publishEnvironments(run.settings.environments ?? {});
    this.runs.push(run);
    await run.start();
    return run;
  }

  /** The REST API shows the environments the runs use, with their reviewers, unless the test set them up there itself. */
  private publishEnvironments(environments: Record<string, EnvironmentSettings>): void {
    const api = this.runtime.api;
    if (!api) return;
    for (const [name, settings] of Object.entries(environments)) {
      if (api.environment(name)) continue;
      const reviewers = (settings.reviewers ?? []).map((login) => {
        if (!api.users.has(login)) api.users.set(login, 5000 + api.users.size);
        return { type: 'User' as const, id: api.users.get(login)! };
      });
      api.addEnvironment(name, { reviewers, preventSelfReview: !!settings.preventSelfReview });
    }
  }

  /** Starts a run and waits for it to finish. */
  async dispatch(repo: string, workflowFile: string, options: TriggerOptions = {}, settings: RunSettings = {}): Promise<WorkflowRun> {
    return (await this.queue(repo, workflowFile, options, settings)).finished;
  }
}

export { WorkflowRun } from './run.js';
export type { RunSettings, RepoSettings } from './run.js';
export type { JobResult, StepResult, Result } from './job.js';
export type { Approval, EnvironmentSettings } from './environments.js';
export { commitFolder, git, snapshotRepository } from './repositories.js';
