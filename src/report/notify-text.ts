import type { AnyResult } from '../result.js';
import type { NotificationResult } from '../notify/types.js';

function line(n: NotificationResult): string {
  const tries = `${n.attempts} attempt${n.attempts === 1 ? '' : 's'}`;
  return n.ok
    ? `${n.webhook} (${n.format}): sent (${tries}, HTTP ${n.httpStatus})`
    : `${n.webhook} (${n.format}): FAILED after ${tries}: ${n.error}${n.required ? ' (required)' : ' (not required)'}`;
}

/** Summary lines for the CLI and the action's log (webhook names only, never URLs). */
export function notifyLines(result: AnyResult): string[] {
  const sent = result.notifications;
  if (!sent?.length) return [];
  return [`notify ${sent[0]!.event}:`, ...sent.map((n) => `  ${line(n)}`)];
}

/** Job-summary sections (markdown). */
export function notifyMarkdown(result: AnyResult): string[] {
  const sent = result.notifications;
  if (!sent?.length) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    [
      `### Notifications (${sent[0]!.event})`,
      '',
      '| webhook | format | status | attempts | required |',
      '| --- | --- | --- | --- | --- |',
      ...sent.map((n) => `| ${n.webhook} | ${n.format} | ${n.ok ? `✅ sent (HTTP ${n.httpStatus})` : `❌ ${cell(n.error ?? 'failed')}`} | ${n.attempts} | ${n.required ? 'yes' : 'no'} |`),
    ].join('\n'),
  ];
}
