import { api, PERMISSION, type GitHubClient, type RepoRef } from './client.js';

/**
 * An environment as GitHub has it now, reduced to what the environments file can say: the
 * one reading both `environments apply` (to diff) and `gates check` (to refuse) rely on.
 */
export interface ReviewerState {
  type: 'User' | 'Team';
  id: number;
  /** Login, or team slug: for messages only; reviewers are compared by type and id. */
  name: string;
}

export interface BranchPattern {
  id: number;
  name: string;
  type: 'branch' | 'tag';
}

export type BranchPolicyState = { kind: 'all' } | { kind: 'protected' } | { kind: 'custom'; patterns: BranchPattern[] };

export interface EnvironmentState {
  name: string;
  /** Whether a required_reviewers protection rule exists at all (it may list nobody). */
  reviewersRule: boolean;
  reviewers: ReviewerState[];
  preventSelfReview: boolean;
  waitTimer: number;
  branchPolicy: BranchPolicyState;
}

export interface ReadOptions {
  /** Also list custom branch patterns (one more call); gates check does not need them. */
  branchPatterns: boolean;
}

/** undefined when the environment does not exist (GitHub answers 404). */
export async function readEnvironment(
  client: GitHubClient,
  repo: RepoRef,
  name: string,
  options: ReadOptions,
): Promise<EnvironmentState | undefined> {
  const { octokit } = client;
  const response = await api(
    PERMISSION.readActions,
    () => octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner: repo.owner, repo: repo.repo, environment_name: name }),
    'undefined',
  );
  if (!response) return undefined;
  const env = response.data;
  const state: EnvironmentState = {
    name: env.name,
    reviewersRule: false,
    reviewers: [],
    preventSelfReview: false,
    waitTimer: 0,
    branchPolicy: { kind: 'all' },
  };
  for (const rule of env.protection_rules ?? []) {
    if (rule.type === 'wait_timer' && 'wait_timer' in rule) state.waitTimer = rule.wait_timer ?? 0;
    if (rule.type === 'required_reviewers') {
      state.reviewersRule = true;
      if ('prevent_self_review' in rule) state.preventSelfReview = rule.prevent_self_review ?? false;
      const listed = 'reviewers' in rule ? (rule.reviewers ?? []) : [];
      for (const r of listed) {
        const who = r.reviewer as { id?: number; login?: string; slug?: string } | undefined;
        if (!r.type || who?.id === undefined) continue;
        state.reviewers.push({ type: r.type, id: who.id, name: who.login ?? who.slug ?? String(who.id) });
      }
    }
  }
  const policy = env.deployment_branch_policy;
  if (policy?.protected_branches) state.branchPolicy = { kind: 'protected' };
  else if (policy?.custom_branch_policies) {
    const patterns = options.branchPatterns
      ? await api(PERMISSION.readActions, () =>
          octokit.paginate('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
            owner: repo.owner,
            repo: repo.repo,
            environment_name: env.name,
            per_page: 100,
          }),
        )
      : [];
    state.branchPolicy = {
      kind: 'custom',
      patterns: patterns.flatMap((p) => (p.id !== undefined && p.name ? [{ id: p.id, name: p.name, type: p.type ?? 'branch' }] : [])),
    };
  }
  return state;
}
