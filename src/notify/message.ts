import type { NotificationsConfig, NotifyEvent } from './config.js';
import type { RunFacts } from './run-facts.js';

/** One message, before it is shaped for Slack or Teams. Plain text; never a secret. */
export interface NotifyMessage {
  event: NotifyEvent;
  subject: string;
  /** Ordered "Label: value" lines; the rollback's follow the runbook's Communication Template. */
  fields: { label: string; value: string }[];
  /** A closing line, e.g. the template's "Will update in 15 minutes." */
  footer?: string;
  /** The workflow run, when running in GitHub Actions. */
  runUrl?: string;
  /** Who, where: actor, ref, workflow, commit. */
  context: string[];
  /** Tone for the card: good (success), attention (failure, rollback), accent (start, gate). */
  tone: 'good' | 'attention' | 'accent';
}

const SUBJECTS: Record<NotifyEvent, string> = {
  start: 'PROMOTION STARTED',
  gate: 'SIGN-OFF NEEDED',
  success: 'PROMOTION SUCCEEDED',
  failure: 'PROMOTION FAILED',
  rollback: 'ROLLBACK INITIATED',
};

export interface GithubRun {
  url?: string;
  actor?: string;
  ref?: string;
  workflow?: string;
  sha?: string;
}

/** The run link and who/where, from the GITHUB_* variables the runner sets (absent elsewhere). */
export function githubRun(env: NodeJS.ProcessEnv): GithubRun {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
  const url = server && repo && runId && /^\d+$/.test(runId) ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}` : undefined;
  return { url, actor: env.GITHUB_ACTOR || undefined, ref: env.GITHUB_REF_NAME || undefined, workflow: env.GITHUB_WORKFLOW || undefined, sha: env.GITHUB_SHA?.slice(0, 12) || undefined };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function failureText(facts: RunFacts): string | undefined {
  const f = facts.failure;
  return f ? `${f.command} failed${f.file ? ` (${f.file})` : ''}: ${f.message}` : undefined;
}

function countsText(facts: RunFacts): string | undefined {
  if (!facts.stages.some((s) => s.command === 'migrate')) return undefined;
  return `${facts.applied} applied, ${facts.pending} pending, ${facts.failed} failed`;
}

/**
 * The message for one moment of the promotion, filled from the run. For a rollback it is the
 * runbook's Communication Template: Status, Impact, ETA, Action Required, "Will update in 15
 * minutes.", each line filled from the results when the run knows it, from the config's
 * notifications.rollback when it cannot.
 */
export function buildMessage(event: NotifyEvent, config: NotificationsConfig, facts: RunFacts, run: GithubRun, note?: string): NotifyMessage {
  const subject = `[${SUBJECTS[event]}] ${config.title}`;
  const fields: { label: string; value: string }[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) fields.push({ label, value });
  };
  const databases = facts.databases.join(', ') || undefined;
  const failure = failureText(facts);
  let footer: string | undefined;
  switch (event) {
    case 'start':
      add('Status', `Promotion started${run.actor ? ` by ${run.actor}` : ''}`);
      add('Database', databases);
      add('Window', facts.window);
      add('Note', note);
      break;
    case 'gate':
      add('Status', 'Waiting for sign-off before the next stage');
      add('Note', note);
      add('Database', databases);
      add('So far', facts.stages.map((s) => `${s.command} ${s.ok ? 'ok' : 'FAILED'}`).join(', ') || undefined);
      break;
    case 'success':
      add('Status', 'Promotion complete');
      add('Database', databases);
      add('Migrations', countsText(facts));
      add('Stages', facts.stages.map((s) => s.command).join(', ') || undefined);
      add('Note', note);
      break;
    case 'failure':
      add('Status', failure ? `Promotion failed: ${failure}` : 'Promotion failed');
      add('Database', databases);
      add('Migrations', countsText(facts));
      add('Note', note);
      break;
    case 'rollback': {
      const issue = note ?? failure ?? 'an issue not described (pass --message)';
      const r = facts.restore;
      add('Status', r ? `Rolled back due to ${issue}: ${r.database} restored from the backup taken ${r.takenAt}` : `Rolling back due to ${issue}`);
      if (note && failure) add('Failed stage', failure);
      const off = facts.flagsOff?.length ? `flags off: ${facts.flagsOff.map((f) => `${f.name} (was ${f.from}%)`).join(', ')}` : undefined;
      const restoring = r ? `${r.database} is back at its pre-promotion state` : `${databases ?? 'the production database'} is being restored to its pre-promotion backup`;
      add('Impact', config.rollback.impact ?? [restoring, off].filter(Boolean).join('; '));
      add('ETA', config.rollback.eta ?? (r ? `done (the restore took ${seconds(r.durationMs)})` : run.url ? `follow the run: ${run.url}` : 'when the restore completes'));
      add('Action Required', config.rollback.actionRequired);
      footer = 'Will update in 15 minutes.';
      break;
    }
  }
  const context = [run.actor && `by ${run.actor}`, run.workflow && `workflow ${run.workflow}`, run.ref && `ref ${run.ref}`, run.sha && `commit ${run.sha}`].filter((c): c is string => Boolean(c));
  const tone = event === 'success' ? 'good' : event === 'failure' || event === 'rollback' ? 'attention' : 'accent';
  return { event, subject, fields, footer, runUrl: run.url, context, tone };
}

/** The message as plain text: the Slack fallback `text`, and what the log shows. */
export function messageText(m: NotifyMessage): string {
  return [
    `Subject: ${m.subject}`,
    '',
    ...m.fields.map((f) => `${f.label}: ${f.value}`),
    ...(m.footer ? ['', m.footer] : []),
    ...(m.runUrl ? ['', `Run: ${m.runUrl}`] : []),
  ].join('\n');
}
