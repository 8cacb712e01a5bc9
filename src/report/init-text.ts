import type { AnyResult } from '../result.js';

/** What init recognised, the config (printed whole on a dry run) and what it could not recognise. */
export function initLines(result: AnyResult): string[] {
  const init = result.init;
  if (!init) return [];
  const lines: string[] = [];
  for (const p of init.phases) lines.push(`recognised: ${p.folder}: ${p.layout}, ${p.migrations} migration${p.migrations === 1 ? '' : 's'}`);
  if (init.phases.length === 0) lines.push('recognised: no migrations folder; the config has a phase to point at yours');
  for (const u of init.unrecognised) lines.push(`not recognised: ${u.path}: ${u.why}`);
  if (init.written) lines.push(`wrote ${init.path}: check each phase's schema before the first run`);
  else lines.push(`would write ${init.path} (--dry-run):`, '', ...init.config.trimEnd().split('\n'));
  return lines;
}
