import type { Cancellation } from './cancellation.js';
import type { Runtime } from './runtime.js';

/**
 * Environments and their required reviewers. A job that names an environment with reviewers
 * waits until one of them approves (or rejects) it; jobs of one attempt waiting for the same
 * environment share one review, as GitHub asks once for all of them. The test gives approvals
 * up front (settings.approvals) or while the run waits (run.approve / run.reject, with
 * manualApprovals). Each review is recorded where the REST API serves it:
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals.
 */
export interface EnvironmentSettings {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Logins of the required reviewers; none means no review. */
  reviewers?: string[];
  /** GitHub's "Prevent self-review": the run's actor may not approve. */
  preventSelfReview?: boolean;
}

export interface Approval {
  user: string;
  state?: 'approved' | 'rejected';
  comment?: string;
  /** When it was given (default now): lets a test give an approval "days ago". */
  at?: Date;
}

export interface RecordedReview {
  environment: string;
  user: string;
  state: 'approved' | 'rejected';
  comment: string;
  at: Date;
  attempt: number;
}

export class Reviews {
  readonly recorded: RecordedReview[] = [];
  private readonly open = new Map<string, Promise<RecordedReview | undefined>>();
  private readonly manual = new Map<string, (approval: Approval) => void>();
  private readonly watchers: { environment: string; notify: () => void }[] = [];

  constructor(
    private readonly runtime: Runtime,
    private readonly run: { id: number; repo: string; actor: () => string },
  ) {}

  /** Environments someone is being asked to review now. */
  get waiting(): string[] {
    return [...this.manual.keys()].map((k) => k.split(':').slice(1).join(':'));
  }

  /** The review of an environment for this attempt; undefined when nobody (allowed to) approved. */
  review(environment: string, settings: EnvironmentSettings, given: Approval | string | undefined, manual: boolean, attempt: number, cancellation: Cancellation, log: (line: string) => void): Promise<RecordedReview | undefined> {
    const key = `${attempt}:${environment}`;
    let pending = this.open.get(key);
    if (!pending) {
      pending = this.ask(key, environment, settings, given, manual, attempt, cancellation, log);
      this.open.set(key, pending);
    }
    return pending;
  }

  resolve(environment: string, approval: Approval): void {
    const entry = [...this.manual].find(([k]) => k.split(':').slice(1).join(':') === environment);
    if (!entry) throw new Error(`run ${this.run.id} is not waiting for a review of '${environment}' (waiting: ${this.waiting.join(', ') || 'none'})`);
    entry[1](approval);
  }

  /** Resolves when a job of the run starts waiting for a review of this environment. */
  waitingFor(environment: string): Promise<void> {
    if (this.waiting.includes(environment)) return Promise.resolve();
    return new Promise((notify) => this.watchers.push({ environment, notify }));
  }

  private async ask(key: string, environment: string, settings: EnvironmentSettings, given: Approval | string | undefined, manual: boolean, attempt: number, cancellation: Cancellation, log: (line: string) => void): Promise<RecordedReview | undefined> {
    const reviewers = (settings.reviewers ?? []).map((r) => r.toLowerCase());
    log(`Waiting for review: ${environment} needs approval from one of ${settings.reviewers!.join(', ')}`);
    let approval = typeof given === 'string' ? { user: given } : given;
    while (true) {
      if (!approval && manual) {
        let stop = () => {};
        approval = await new Promise<Approval | undefined>((resolve) => {
          this.manual.set(key, resolve);
          stop = cancellation.onCancel(() => resolve(undefined));
          this.notify(environment);
        });
        stop();
        this.manual.delete(key);
      }
      if (!approval) {
        log(cancellation.cancelled ? 'The review was cancelled with the run.' : `No reviewer approved ${environment} (GitHub would wait up to 30 days, then fail the job).`);
        return undefined;
      }
      const who = approval.user.toLowerCase();
      const refusal = !reviewers.includes(who) ? `${approval.user} is not a required reviewer of ${environment}` : settings.preventSelfReview && who === this.run.actor().toLowerCase() ? `${approval.user} started the run and ${environment} prevents self-review` : undefined;
      if (!refusal) break;
      log(`GitHub refuses the review: ${refusal}.`);
      approval = undefined;
      if (!manual) return undefined;
    }
    const review: RecordedReview = { environment, user: approval.user, state: approval.state ?? 'approved', comment: approval.comment ?? '', at: approval.at ?? new Date(), attempt };
    this.recorded.push(review);
    this.publish(review);
    log(`${review.user} ${review.state} ${environment}${review.comment ? `: ${review.comment}` : ''}`);
    return review;
  }

  private notify(environment: string): void {
    const ready = this.watchers.filter((w) => w.environment === environment);
    this.watchers.splice(0, this.watchers.length, ...this.watchers.filter((w) => w.environment !== environment));
    for (const w of ready) w.notify();
  }

  private publish(review: RecordedReview): void {
    const api = this.runtime.api;
    if (!api) return;
    if (!api.users.has(review.user)) api.users.set(review.user, 5000 + api.users.size);
    // Reviews are served for the run whatever repository the fake was started for.
    const list = api.runs.get(this.run.id) ?? [];
    list.push({ environments: [review.environment], state: review.state, user: review.user, comment: review.comment, at: review.at.toISOString() });
    api.runs.set(this.run.id, list);
  }
}
