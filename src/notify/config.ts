import { z } from 'zod';
import { parseDuration } from '../config/duration.js';
import { positiveDuration } from '../config/fields.js';

/**
 * Where promotion messages go. Each webhook is named, and the config holds only the NAME of
 * the environment variable with its URL: webhook URLs are secrets (whoever has one can post),
 * so they live in the CI's secrets, never in the repository, and are never printed.
 */
export const NOTIFY_EVENTS = ['start', 'gate', 'success', 'failure', 'rollback'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

const duration = (max: number, maxText: string) => positiveDuration({ ms: max, text: maxText });

const webhook = z
  .strictObject({
    url_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be the name of an environment variable (letters, digits, _), not a URL')
      .describe('The environment variable holding the webhook URL (from a CI secret). https only.'),
    format: z.enum(['slack', 'teams']).describe('slack: {text, blocks}; teams: an Adaptive Card message (Teams Workflows webhook).'),
    events: z.array(z.enum(NOTIFY_EVENTS)).min(1, 'must list at least one event').default([...NOTIFY_EVENTS]).describe('Which moments this webhook hears about.'),
    required: z.boolean().default(false).describe('true: a delivery that still fails after the retries fails the step (exit 1). Default: reported only.'),
  })
  .describe('One webhook.');

export const notificationsSection = z
  .strictObject({
    title: z.string().min(1).max(200).default('Database promotion').describe("The promotion's name in every subject line, the report's heading and the rollback notice."),
    webhooks: z
      .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'webhook names are letters, digits, _ . -'), webhook)
      .default({})
      .describe('Webhooks by name.'),
    retries: z.number().int().min(0).max(5).default(2).describe('Further attempts after a failed or timed-out delivery.'),
    retry_backoff: duration(60_000, '1min').default('1s').describe('Wait before the first retry; doubles each time.'),
    timeout: duration(60_000, '1min').default('10s').describe('How long one delivery attempt may take.'),
    rollback: z
      .strictObject({
        impact: z.string().min(1).optional().describe('Impact line of the rollback message. Default: filled from the run.'),
        eta: z.string().min(1).optional().describe('ETA line of the rollback message. Default: filled from the run.'),
        action_required: z.string().min(1).default('None').describe('Action Required line of the rollback message.'),
      })
      .default({ action_required: 'None' })
      .describe("The runbook's Communication Template lines a run cannot know."),
  })
  .describe('Promotion messages to Slack or Teams webhooks: pg-promote notify --event start|gate|success|failure|rollback.');

export interface WebhookConfig {
  name: string;
  urlEnv: string;
  format: 'slack' | 'teams';
  events: NotifyEvent[];
  required: boolean;
}

export interface NotificationsConfig {
  title: string;
  webhooks: WebhookConfig[];
  retries: number;
  retryBackoffMs: number;
  timeoutMs: number;
  rollback: { impact?: string; eta?: string; actionRequired: string };
}

export function buildNotificationsConfig(s: z.output<typeof notificationsSection>, _root: string): NotificationsConfig {
  return {
    title: s.title,
    webhooks: Object.entries(s.webhooks).map(([name, w]) => ({ name, urlEnv: w.url_env, format: w.format, events: w.events, required: w.required })),
    retries: s.retries,
    retryBackoffMs: parseDuration(s.retry_backoff) as number,
    timeoutMs: parseDuration(s.timeout) as number,
    rollback: { impact: s.rollback.impact, eta: s.rollback.eta, actionRequired: s.rollback.action_required },
  };
}
