import type { AnyResult } from '../result.js';
import type { WindowInfo } from '../windows/types.js';

function windowSentence(w: WindowInfo): string {
  if (w.inside) return `inside maintenance window '${w.name}' (${w.definition}; closes ${w.closesAt})`;
  const next = w.next ? `; next: '${w.next.name}' opens ${w.next.local}` : '; none opens within a week';
  const override = w.overridden ? `; run anyway: ${w.overridden.reason}` : '';
  return `outside every maintenance window at ${w.checkedAt}${next}${override}`;
}

/** Summary lines for the CLI and the action's log. */
export function windowLines(result: AnyResult): string[] {
  return result.window ? [`window: ${windowSentence(result.window)}`] : [];
}

/** Job-summary sections (markdown). */
export function windowMarkdown(result: AnyResult): string[] {
  const w = result.window;
  if (!w) return [];
  const icon = w.inside ? '✅' : w.overridden ? '⚠️' : w.production ? '⛔' : 'ℹ️';
  return [['### Maintenance window', '', `${icon} ${windowSentence(w).replace(/^./, (c) => c.toUpperCase())}`].join('\n')];
}
