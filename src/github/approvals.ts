import { api, PERMISSION, type GitHubClient, type RepoRef } from './client.js';

/**
 * `approvals record`: after the gates, who signed off each environment of this workflow run,
 * with their comment, read from GitHub's review history for the run (GET .../approvals), for
 * the report (a JSON file) and the audit schema. The runbook's four sign-offs become rows an
 * auditor can query next to the migrations they allowed.
 */
export interface Approval {
  environment: string;
  state: 'approved' | 'rejected' | 'pending';
  /** The reviewer's login. */
  user: string;
  comment: string;
}

export interface ApprovalsRecord {
  repo: string;
  runId: number;
  /**
   * When pg-promote read the review history. GitHub's list carries no time per review, so
   * each sign-off was given at or before this moment (and after its gate job was reached).
   */
  recordedAt: string;
  approvals: Approval[];
  /** Set when the approvals were also written to the database. */
  database?: { target: string; table: string; recorded: number };
}

export async function fetchApprovals(client: GitHubClient, repo: RepoRef, runId: number, now = new Date()): Promise<ApprovalsRecord> {
  const { octokit } = client;
  const response = await api(PERMISSION.readActions, () =>
    octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: repo.owner, repo: repo.repo, run_id: runId }),
  );
  // One review may cover several environments (a reviewer can approve them together): one row each.
  const approvals = response.data.flatMap((review) =>
    review.environments.map((env) => ({
      environment: env.name ?? String(env.id),
      state: review.state,
      user: review.user.login,
      comment: review.comment,
    })),
  );
  return { repo: repo.full, runId, recordedAt: now.toISOString(), approvals };
}
