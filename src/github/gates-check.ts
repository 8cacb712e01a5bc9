import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import type { GitHubClient, RepoRef } from './client.js';
import { readEnvironment } from './environment-state.js';

/**
 * `gates check`: before anyone is asked to sign off, prove each gate environment can hold a
 * sign-off. A job that names a missing environment makes GitHub create it, unprotected, and
 * the job runs without anyone approving; an environment without required reviewers does the
 * same. Either stops the promotion before its first gate.
 */
export interface GateState {
  environment: string;
  ok: boolean;
  exists: boolean;
  /** `user alice`, `team db-admins`. */
  reviewers: string[];
  preventSelfReview: boolean;
  /** Minutes. */
  waitTimer: number;
  problem?: string;
  warnings: string[];
}

export interface GatesReport {
  repo: string;
  ok: boolean;
  gates: GateState[];
}

export async function checkGates(client: GitHubClient, repo: RepoRef, names: readonly string[], targets: readonly string[] = []): Promise<GatesReport> {
  const gates: GateState[] = [];
  for (const name of targets) gates.push(await checkTarget(client, repo, name));
  for (const name of names) {
    const env = await readEnvironment(client, repo, name, { branchPatterns: false });
    if (!env) {
      gates.push({
        environment: name,
        ok: false,
        exists: false,
        reviewers: [],
        preventSelfReview: false,
        waitTimer: 0,
        problem: `environment '${name}' does not exist in ${repo.full}; a job naming it would create it unprotected (create it with pg-promote environments apply)`,
        warnings: [],
      });
      continue;
    }
    const reviewers = env.reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`);
    const problem =
      reviewers.length === 0
        ? `environment '${name}' has no required reviewers, so its gate would pass without a sign-off (add reviewers in the environments file and apply it)`
        : undefined;
    const warnings = [];
    if (reviewers.length > 0 && !env.preventSelfReview) warnings.push(`'${name}': whoever starts the run may approve it themselves (prevent_self_review is off)`);
    gates.push({ environment: name, ok: !problem, exists: true, reviewers, preventSelfReview: env.preventSelfReview, waitTimer: env.waitTimer, problem, warnings });
  }
  return { repo: repo.full, ok: gates.every((g) => g.ok), gates };
}

/**
 * A target environment holds a database credential. Without a rule of its own (required
 * reviewers, or deployments only from chosen branches) a workflow pushed on any branch could
 * name it and read the credential past every sign-off.
 */
async function checkTarget(client: GitHubClient, repo: RepoRef, name: string): Promise<GateState> {
  const env = await readEnvironment(client, repo, name, { branchPatterns: false });
  const base = { environment: name, reviewers: [] as string[], preventSelfReview: false, waitTimer: 0, warnings: [] as string[] };
  if (!env) {
    return { ...base, ok: false, exists: false, problem: `target environment '${name}' does not exist in ${repo.full}; create it with its secrets and a protection rule (pg-promote environments apply)` };
  }
  const reviewers = env.reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`);
  const ruled = reviewers.length > 0 || env.branchPolicy.kind !== 'all';
  const problem = ruled
    ? undefined
    : `target environment '${name}' has no protection rule: a workflow on any branch could read its credential without a sign-off (give it branches: [main] in the environments file and apply it)`;
  return { ...base, ok: !problem, exists: true, reviewers, preventSelfReview: env.preventSelfReview, waitTimer: env.waitTimer, problem };
}

/** One error for the run, naming every gate that cannot hold a sign-off. */
export function gatesError(report: GatesReport): PromoteError | undefined {
  const bad = report.gates.filter((g) => !g.ok);
  if (bad.length === 0) return undefined;
  const names = bad.map((g) => g.environment).join(', ');
  return new CheckFailed(`${bad.length} of ${report.gates.length} gate environments cannot hold a sign-off: ${names}`, {
    object: names,
  });
}
