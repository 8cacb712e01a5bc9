import { configError, errorOfKind, PromoteError } from '../errors/promote-error.js';
import { api, PERMISSION, type GitHubClient, type RepoRef } from './client.js';
import { readEnvironment, type BranchPolicyState, type EnvironmentState, type ReviewerState } from './environment-state.js';
import {
  branchPolicyLabel,
  loadEnvironmentsFile,
  reviewerLabel,
  type BranchPolicySpec,
  type EnvironmentSpec,
  type EnvironmentsFile,
} from './environments-file.js';

/**
 * `environments apply`: make the repository's environments what the file says. It reads every
 * environment first and computes the whole difference, so --dry-run shows exactly what a real
 * apply would send, and a second apply finds nothing to do.
 */
export interface FieldChange {
  field: 'reviewers' | 'prevent_self_review' | 'wait_timer' | 'branch_policy' | 'branches';
  from: string;
  to: string;
}

export interface EnvironmentChange {
  environment: string;
  action: 'create' | 'update' | 'unchanged';
  changes: FieldChange[];
}

export interface ApplyReport {
  file: string;
  repo: string;
  dryRun: boolean;
  environments: EnvironmentChange[];
  /** Environments created or updated (or that would be, on a dry run). */
  changed: number;
}

export interface ApplyOptions {
  root: string;
  file?: string;
  repo: RepoRef;
  dryRun: boolean;
}

interface Desired {
  spec: EnvironmentSpec;
  reviewers: ReviewerState[];
}

interface Plan {
  desired: Desired;
  current: EnvironmentState | undefined;
  report: EnvironmentChange;
  /** The PUT is needed: the environment is new, or a setting it carries differs. */
  put: boolean;
  addPatterns: string[];
  removePatterns: { id: number; name: string }[];
}

export async function applyEnvironments(client: GitHubClient, options: ApplyOptions): Promise<ApplyReport> {
  const { repo } = options;
  const file = loadEnvironmentsFile(options.root, options.file, repo.owner);
  const ids = await resolveReviewers(client, file);
  const plans: Plan[] = [];
  for (const spec of file.environments) {
    const reviewers = spec.reviewers.map((r) => ids.get(reviewerLabel(r)) as ReviewerState);
    const current = await readEnvironment(client, repo, spec.name, { branchPatterns: true });
    plans.push(planEnvironment({ spec, reviewers }, current));
  }
  if (!options.dryRun) {
    for (const [done, plan] of plans.entries()) {
      try {
        await execute(client, repo, plan);
      } catch (err) {
        // Say how far it got: the environments before this one are applied, and apply is idempotent.
        if (!(err instanceof PromoteError) || done === 0) throw err;
        const note = ` (the ${done} environments before ${plan.desired.spec.name} were applied; fix this and apply again)`;
        throw errorOfKind(err.kind, `${err.message}${note}`, err.context);
      }
    }
  }
  return {
    file: file.file,
    repo: repo.full,
    dryRun: options.dryRun,
    environments: plans.map((p) => p.report),
    changed: plans.filter((p) => p.report.action !== 'unchanged').length,
  };
}

/** Users and teams to ids, each looked up once; an unknown one names its line in the file. */
async function resolveReviewers(client: GitHubClient, file: EnvironmentsFile): Promise<Map<string, ReviewerState>> {
  const { octokit } = client;
  const ids = new Map<string, ReviewerState>();
  for (const [i, env] of file.environments.entries()) {
    for (const [j, r] of env.reviewers.entries()) {
      const label = reviewerLabel(r);
      if (ids.has(label)) continue;
      const found =
        r.type === 'User'
          ? await api(PERMISSION.none, () => octokit.request('GET /users/{username}', { username: r.login }), 'undefined')
          : await api(PERMISSION.readMembers, () => octokit.request('GET /orgs/{org}/teams/{team_slug}', { org: r.org, team_slug: r.slug }), 'undefined');
      if (!found) {
        const key = `environments.${i}.reviewers.${j}`;
        const hint = r.type === 'Team' ? ' (or the token lacks members: read on the organization)' : '';
        throw configError(`${key}: ${label} does not exist on GitHub${hint}`, { file: file.file, line: file.lineOf(['environments', i, 'reviewers', j]), key });
      }
      ids.set(label, { type: r.type, id: Number(found.data.id), name: r.type === 'User' ? r.login : `${r.org}/${r.slug}` });
    }
  }
  return ids;
}

function planEnvironment(desired: Desired, current: EnvironmentState | undefined): Plan {
  const { spec } = desired;
  // GitHub keeps prevent_self_review inside the reviewers rule: without reviewers it reads back false.
  const preventSelfReview = spec.preventSelfReview && desired.reviewers.length > 0;
  const was = current ?? { reviewersRule: false, reviewers: [], preventSelfReview: false, waitTimer: 0, branchPolicy: { kind: 'all' } as const };
  const changes: FieldChange[] = [];
  const change = (field: FieldChange['field'], from: string, to: string) => {
    if (from !== to) changes.push({ field, from, to });
  };
  // Reviewers are the same when their ids are: GitHub names a team by slug, the file by org/slug.
  if (reviewerIds(was.reviewers) !== reviewerIds(desired.reviewers)) {
    changes.push({ field: 'reviewers', from: reviewersText(was.reviewers), to: reviewersText(desired.reviewers) });
  }
  change('prevent_self_review', onOff(was.preventSelfReview), onOff(preventSelfReview));
  change('wait_timer', `${was.waitTimer} min`, `${spec.waitTimer} min`);
  change('branch_policy', policyText(was.branchPolicy), policyText(spec.branchPolicy));
  const put = current === undefined || changes.length > 0;

  const patternsNow = was.branchPolicy.kind === 'custom' ? was.branchPolicy.patterns.filter((p) => p.type === 'branch') : [];
  const wanted = spec.branchPolicy.kind === 'custom' ? spec.branchPolicy.patterns : [];
  const addPatterns = wanted.filter((name) => !patternsNow.some((p) => p.name === name));
  // Patterns only need deleting while the policy stays custom: leaving custom drops them all.
  const removePatterns = spec.branchPolicy.kind === 'custom' ? patternsNow.filter((p) => !wanted.includes(p.name)) : [];
  if (addPatterns.length > 0 || removePatterns.length > 0) {
    change('branches', patternsNow.map((p) => p.name).join(', ') || '(none)', wanted.join(', '));
  }
  const action = current === undefined ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
  return { desired, current, report: { environment: spec.name, action, changes }, put, addPatterns, removePatterns };
}

async function execute(client: GitHubClient, repo: RepoRef, plan: Plan): Promise<void> {
  const { octokit } = client;
  const { spec, reviewers } = plan.desired;
  const where = { owner: repo.owner, repo: repo.repo, environment_name: spec.name };
  if (plan.put) {
    await api(PERMISSION.administer, () =>
      octokit.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
        ...where,
        wait_timer: spec.waitTimer,
        prevent_self_review: spec.preventSelfReview,
        // The PUT replaces the rules: reviewers left out would be removed, so always send them.
        reviewers: reviewers.length > 0 ? reviewers.map((r) => ({ type: r.type, id: r.id })) : null,
        deployment_branch_policy: branchPolicyBody(spec.branchPolicy),
      }),
    );
  }
  for (const pattern of plan.removePatterns) {
    await api(PERMISSION.administer, () =>
      octokit.request('DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}', {
        ...where,
        branch_policy_id: pattern.id,
      }),
    );
  }
  for (const name of plan.addPatterns) {
    await api(PERMISSION.administer, () =>
      octokit.request('POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { ...where, name, type: 'branch' }),
    );
  }
}

function branchPolicyBody(policy: BranchPolicySpec): { protected_branches: boolean; custom_branch_policies: boolean } | null {
  if (policy.kind === 'all') return null;
  return { protected_branches: policy.kind === 'protected', custom_branch_policies: policy.kind === 'custom' };
}

/** Sorted so that order in the file or in GitHub's answer is never a difference. */
function reviewerIds(reviewers: readonly ReviewerState[]): string {
  return reviewers
    .map((r) => `${r.type}:${r.id}`)
    .sort()
    .join(',');
}

function reviewersText(reviewers: readonly ReviewerState[]): string {
  if (reviewers.length === 0) return '(none)';
  return reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`).sort().join(', ');
}

function policyText(policy: BranchPolicyState | BranchPolicySpec): string {
  // Patterns are compared separately ('branches'); here only the kind of policy matters.
  return policy.kind === 'custom' ? 'selected branches' : branchPolicyLabel(policy);
}

function onOff(value: boolean): string {
  return value ? 'on' : 'off';
}
