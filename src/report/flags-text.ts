import type { AnyResult } from '../result.js';

/** Summary lines for the CLI and the action's log. */
export function flagsLines(result: AnyResult): string[] {
  const f = result.flags;
  if (!f) return [];
  if (f.action === 'list') {
    return [`flags (${f.table}):`, ...f.flags.map((s) => `  ${s.name}: ${s.percentage}%${s.updatedAt ? ` (since ${s.updatedAt} by ${s.updatedBy})` : ''}${s.description ? `  ${s.description}` : ''}`)];
  }
  if (f.changes.length === 0) return ['flags off: nothing to turn off'];
  return [
    `flags off (${f.table})${f.reason ? `: ${f.reason}` : ''}`,
    ...f.changes.map((c) => `  ${c.name}: ${c.from}% -> ${c.to}%${c.from === 0 ? ' (was already off)' : ''}`),
    ...(f.eventId ? [`  recorded as flags.off (event ${f.eventId})`] : []),
  ];
}

/** Job-summary sections (markdown). */
export function flagsMarkdown(result: AnyResult): string[] {
  const f = result.flags;
  if (!f) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  if (f.action === 'list') {
    return [['### Flags', '', '| flag | rollout | description |', '| --- | --- | --- |', ...f.flags.map((s) => `| \`${s.name}\` | ${s.percentage}% | ${cell(s.description ?? '')} |`)].join('\n')];
  }
  return [
    [
      '### Flags turned off',
      '',
      ...(f.reason ? [`Reason: ${cell(f.reason)}`, ''] : []),
      '| flag | before | now |',
      '| --- | --- | --- |',
      ...f.changes.map((c) => `| \`${c.name}\` | ${c.from}% | ${c.to}% |`),
    ].join('\n'),
  ];
}
