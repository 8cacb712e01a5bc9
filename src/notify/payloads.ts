import { messageText, type NotifyMessage } from './message.js';

/**
 * The two wire formats. Slack (and Slack-compatible incoming webhooks: Mattermost, Rocket.Chat)
 * gets {text, blocks}: `text` is the whole message in plain text (notifications and clients
 * without blocks), the blocks lay it out. Teams gets an Adaptive Card message, which is what
 * Teams Workflows ("Post to a channel when a webhook request is received") webhooks take;
 * Office 365 connector MessageCards are being retired by Microsoft, so they are not used.
 */
export function slackPayload(m: NotifyMessage): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: m.subject.slice(0, 150), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: m.fields.map((f) => `*${slackEscape(f.label)}:* ${slackEscape(f.value)}`).join('\n').slice(0, 3000) || ' ' } },
  ];
  if (m.footer) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackEscape(m.footer) } });
  const context = [...(m.runUrl ? [`<${m.runUrl}|Open the run>`] : []), ...m.context.map(slackEscape)];
  if (context.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
  // The fallback `text` is what notifications and previews show, parsed as mrkdwn like the blocks.
  return { text: slackEscape(messageText(m)), blocks };
}

export function teamsPayload(m: NotifyMessage): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: teamsEscape(m.subject), weight: 'Bolder', size: 'Medium', wrap: true, color: m.tone },
    { type: 'FactSet', facts: m.fields.map((f) => ({ title: teamsEscape(f.label), value: teamsEscape(f.value) })) },
  ];
  if (m.footer) body.push({ type: 'TextBlock', text: teamsEscape(m.footer), wrap: true });
  if (m.context.length > 0) body.push({ type: 'TextBlock', text: teamsEscape(m.context.join(' · ')), isSubtle: true, size: 'Small', wrap: true });
  const content: Record<string, unknown> = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body };
  if (m.runUrl) content.actions = [{ type: 'Action.OpenUrl', title: 'Open the run', url: m.runUrl }];
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }] };
}

/** Slack's mrkdwn gives &, < and > meaning; text from the run must not turn into links or mentions. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Adaptive Cards read TextBlock and Fact text as Markdown (bold, italic, links, lists) and Teams
 * reads `<at>` as a mention: a file name or error must show as written, never as a link or a
 * format. A backslash makes any punctuation literal; a bracket only makes a link before `(`, a
 * list marker only at a line's start.
 */
export function teamsEscape(text: string): string {
  return text.replace(/[\\`*_~<>]|\](?=\()/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(?=\s|$)/gm, (_, space: string, marker: string) => `${space}${marker.replace(/([-+.])$/, '\\$1')}`);
}
