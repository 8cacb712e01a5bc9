import { CheckFailed, errorOfKind, PromoteError } from '../errors/promote-error.js';
import { api, PERMISSION, type GitHubClient, type RepoRef } from './client.js';
import { fetchApprovals } from './approvals.js';

/**
 * `signoffs-check`: before target work touches a database, prove through GitHub's API that
 * this run's sign-offs hold, whatever the workflow file says: each sign-off environment was
 * approved in this run, by a different person for each, none of them whoever started the run,
 * and not longer ago than the configured age (a re-run after that needs fresh approvals).
 * Whatever cannot be read fails closed, naming the environment.
 *
 * GitHub's review history of a run carries no times. A sign-off takes effect when its gate job
 * starts (the job waits for the approval), so the gate job's start, read from the run's jobs,
 * is when it was approved. A gate job is recognised by its name: its last word is the
 * environment's name (`signoff-security`, or `promote / signoff-security` when called).
 */
export interface SignoffRules {
  environments: readonly string[];
  maxAgeMs: number;
  now?: Date;
}

export interface SignoffState {
  environment: string;
  ok: boolean;
  /** Everyone who approved this environment in the run (any attempt). */
  approvers: string[];
  /** When its gate job started (the approval took effect), ISO. */
  approvedAt?: string;
  problem?: string;
}

export interface SignoffsReport {
  repo: string;
  runId: number;
  /** The run's actor and triggering actor: none of them may sign off. */
  startedBy: string[];
  maxAgeMs: number;
  ok: boolean;
  signoffs: SignoffState[];
}

interface GateJob {
  name: string;
  conclusion: string | null;
  startedAt: string | null;
  attempt: number;
}

export async function checkSignoffs(client: GitHubClient, repo: RepoRef, runId: number, rules: SignoffRules): Promise<SignoffsReport> {
  const now = rules.now ?? new Date();
  const names = rules.environments;
  const unreadable = (what: string) => (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    const kind = err instanceof PromoteError ? err.kind : 'connection';
    // Fail closed: no sign-off counts when the run cannot be read.
    throw errorOfKind(kind, `cannot read ${what} of run ${runId}, so the sign-offs ${names.join(', ')} cannot be confirmed: ${message}`, {
      object: names.join(', '),
      key: 'github-token',
    });
  };
  const { octokit } = client;
  const where = { owner: repo.owner, repo: repo.repo, run_id: runId };
  const run = await api(PERMISSION.readActions, () => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', where)).catch(unreadable('the workflow run'));
  const startedBy = [...new Set([run.data.actor?.login, run.data.triggering_actor?.login].filter((l): l is string => Boolean(l)))];
  if (startedBy.length === 0) unreadable('who started')(new Error('GitHub named no actor'));
  const { approvals } = await fetchApprovals(client, repo, runId).catch(unreadable('the approvals'));
  const jobs: GateJob[] = (
    await api(PERMISSION.readActions, () =>
      octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { ...where, filter: 'all', per_page: 100 }),
    ).catch(unreadable('the jobs'))
  ).map((j) => ({ name: j.name, conclusion: j.conclusion, startedAt: j.started_at, attempt: j.run_attempt ?? 1 }));

  const lower = (s: string) => s.toLowerCase();
  const approversOf = new Map<string, string[]>();
  for (const name of names) {
    const who = approvals.filter((a) => a.state === 'approved' && lower(a.environment) === lower(name)).map((a) => a.user);
    approversOf.set(name, [...new Set(who)].sort());
  }

  const signoffs = names.map((environment): SignoffState => {
    const approvers = approversOf.get(environment) ?? [];
    const problems: string[] = [];
    const gate = latestGate(jobs, environment);
    if (approvers.length === 0) problems.push(`no approval of '${environment}' in run ${runId}`);
    if (!gate) problems.push(`no completed gate job named '${environment}' in run ${runId}, so when it was approved is unknown`);
    const self = approvers.filter((a) => startedBy.some((s) => lower(s) === lower(a)));
    if (self.length > 0) problems.push(`approved by ${self.join(', ')}, who started the run`);
    // Across attempts the history does not say which review counted: every approver of this
    // environment must differ from every approver of the others.
    for (const other of names) {
      if (other === environment) continue;
      const both = approvers.filter((a) => (approversOf.get(other) ?? []).some((b) => lower(b) === lower(a)));
      if (both.length > 0) problems.push(`${both.join(', ')} also approved '${other}': each sign-off needs a different person`);
    }
    let approvedAt: string | undefined;
    if (gate?.startedAt) {
      approvedAt = gate.startedAt;
      const age = now.getTime() - Date.parse(gate.startedAt);
      if (!(age <= rules.maxAgeMs)) {
        problems.push(`approved ${hours(age)} ago, more than the ${hours(rules.maxAgeMs)} allowed: re-run all jobs to ask for fresh sign-offs`);
      }
    }
    return { environment, ok: problems.length === 0, approvers, approvedAt, problem: problems.length ? `'${environment}': ${problems.join('; ')}` : undefined };
  });
  return { repo: repo.full, runId, startedBy, maxAgeMs: rules.maxAgeMs, ok: signoffs.every((s) => s.ok), signoffs };
}

/** The latest successful gate job of an environment (a re-run's gate replaces the first's). */
function latestGate(jobs: readonly GateJob[], environment: string): GateJob | undefined {
  const mine = jobs.filter((j) => j.conclusion === 'success' && j.startedAt && j.name.trim().split(/\s+/).pop()?.toLowerCase() === environment.toLowerCase());
  return mine.sort((a, b) => b.attempt - a.attempt || Date.parse(b.startedAt!) - Date.parse(a.startedAt!))[0];
}

function hours(ms: number): string {
  const h = ms / 3_600_000;
  return h >= 1 ? `${Number(h.toFixed(1))} h` : `${Math.max(0, Math.round(ms / 60_000))} min`;
}

/** One error for the run, naming every sign-off that does not hold. */
export function signoffsError(report: SignoffsReport): PromoteError | undefined {
  const bad = report.signoffs.filter((s) => !s.ok);
  if (bad.length === 0) return undefined;
  return new CheckFailed(`${bad.length} of ${report.signoffs.length} sign-offs do not hold for run ${report.runId}: ${bad.map((s) => s.problem).join(' | ')}`, {
    object: bad.map((s) => s.environment).join(', '),
  });
}
