import { COMMANDS } from '../commands/index.js';
import { usageError, CheckFailed } from '../errors/promote-error.js';
import { NOTIFY_EVENTS, type NotifyEvent } from '../notify/config.js';
import { deliver } from '../notify/deliver.js';
import { buildMessage, githubRun, messageText } from '../notify/message.js';
import { slackPayload, teamsPayload } from '../notify/payloads.js';
import { runFacts } from '../notify/run-facts.js';
import { readStageResults } from '../report/stage-results.js';
import type { NotificationResult } from '../notify/types.js';
import { webhookUrl } from '../notify/webhook-url.js';
import type { OfflineContext } from './offline.js';
import { Failed, type Outcome } from './outcome.js';

/**
 * The runbook's "stakeholders notified" and its rollback Communication Template, sent rather
 * than remembered: one message for one moment of the promotion, filled from the run (GitHub's
 * run link, actor and ref; the stage results given with --results), posted to every webhook
 * the config subscribes to that event. Every URL is checked before anything is sent. A
 * delivery that still fails after its retries is reported, and fails the step only when its
 * webhook is `required`.
 */
export async function notify(ctx: OfflineContext): Promise<Outcome<'notify'>> {
  const request = ctx.options.notify ?? {};
  const event = request.event?.trim();
  if (!event) throw usageError(`notify needs --event (${NOTIFY_EVENTS.join(', ')})`, { key: '--event' });
  if (!(NOTIFY_EVENTS as readonly string[]).includes(event)) {
    throw usageError(`--event must be one of ${NOTIFY_EVENTS.join(', ')}, not '${event}'`, { key: '--event' });
  }
  const settings = ctx.config.notifications;
  const env = process.env;
  const facts = runFacts(readStageResults(ctx.options.root, request.results ?? [], COMMANDS));
  const targets = settings.webhooks.filter((w) => w.events.includes(event as NotifyEvent));
  // All URLs first: a bad one stops the run before any webhook has been posted to.
  const urls = targets.map((w) => webhookUrl(w, env));
  const message = buildMessage(event as NotifyEvent, settings, facts, githubRun(env), request.message?.trim() || undefined);
  if (targets.length === 0) {
    ctx.envelope.warnings.push(`no webhook in ${ctx.config.source} listens to '${event}' (notifications.webhooks.*.events); nothing was sent`);
    return { notifications: [] };
  }
  ctx.emit({ type: 'progress', stage: 'notify', message: `${message.subject} -> ${targets.map((w) => w.name).join(', ')}` });
  for (const line of messageText(message).split('\n')) ctx.emit({ type: 'progress', stage: 'notify', message: `  ${line}` });
  const results = await Promise.all(
    targets.map(async (webhook, i): Promise<NotificationResult> => {
      const payload = webhook.format === 'slack' ? slackPayload(message) : teamsPayload(message);
      const delivery = await deliver(webhook, urls[i]!, payload, {
        retries: settings.retries,
        retryBackoffMs: settings.retryBackoffMs,
        timeoutMs: settings.timeoutMs,
        onRetry: (attempt, of, error, waitMs) =>
          ctx.emit({ type: 'progress', stage: 'notify', message: `${webhook.name}: attempt ${attempt} of ${of} failed (${error}); retrying in ${waitMs} ms` }),
      });
      return {
        webhook: webhook.name,
        format: webhook.format,
        event: event as NotifyEvent,
        ok: delivery.ok,
        status: delivery.ok ? 'sent' : 'failed',
        attempts: delivery.attempts,
        httpStatus: delivery.httpStatus,
        error: delivery.error,
        required: webhook.required,
        durationMs: delivery.durationMs,
      };
    }),
  );
  for (const r of results.filter((r) => !r.ok && !r.required)) {
    ctx.envelope.warnings.push(`webhook '${r.webhook}' was not notified after ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}: ${r.error} (not required, so the run goes on)`);
  }
  const requiredFailures = results.filter((r) => !r.ok && r.required);
  if (requiredFailures.length === 0) return { notifications: results };
  const first = requiredFailures[0]!;
  return new Failed(
    { notifications: results },
    new CheckFailed(`required webhook${requiredFailures.length > 1 ? 's' : ''} ${requiredFailures.map((r) => `'${r.webhook}'`).join(', ')} not notified after ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}: ${first.error}`, {
      key: `notifications.webhooks.${first.webhook}`,
    }),
  );
}
