import { formatErrorLines } from '../errors/format.js';
import type { AnyResult } from '../result.js';
import { backupLines } from './backup-text.js';
import { baselineLines } from './baseline-text.js';
import { fileLine, formatMs } from './event-text.js';
import { boundaryLines } from './boundary-text.js';
import { checkLines } from './checks-text.js';
import { flagsLines } from './flags-text.js';
import { initLines } from './init-text.js';
import { githubLines } from './github-text.js';
import { latencyLines } from './latency-text.js';
import { lintLines } from './lint-text.js';
import { notifyLines } from './notify-text.js';
import { rampLines } from './ramp-text.js';
import { reviewLines } from './review-text.js';
import { windowLines } from './window-text.js';

export { renderEvent } from './event-text.js';

/** Summary lines for stdout, and the error (if any) for stderr. */
export function renderSummary(result: AnyResult): { lines: string[]; errorLines: string[] } {
  const lines: string[] = [];
  const errorLines: string[] = [];
  const listing = result.command === 'plan' || result.command === 'status' || result.dryRun;
  if (listing) {
    for (const phase of result.phases ?? []) {
      const current = phase.currentVersion ? `at version ${phase.currentVersion}` : 'nothing applied';
      lines.push(`phase ${phase.name} (schema ${phase.schema}): ${current}`);
      const shown = result.command === 'status' ? phase.files : phase.files.filter((f) => f.status !== 'up-to-date');
      if (shown.length === 0) lines.push('  nothing to do');
      for (const file of shown) lines.push(`  ${fileLine(file)}${file.status === 'pending' ? `  sha256 ${file.checksum.slice(0, 12)}` : ''}`);
    }
  }
  lines.push(
    ...windowLines(result),
    ...baselineLines(result),
    ...backupLines(result),
    ...checkLines(result),
    ...boundaryLines(result),
    ...lintLines(result),
    ...rampLines(result),
    ...latencyLines(result),
    ...flagsLines(result),
    ...reviewLines(result),
    ...notifyLines(result),
    ...initLines(result),
  );
  const github = githubLines(result);
  lines.push(...github.lines);
  errorLines.push(...github.errorLines);
  for (const drift of result.drift ?? []) lines.push(`drift: ${drift.file}: ${drift.message}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  const took = formatMs(result.durationMs);
  if (result.error) {
    errorLines.push(...formatErrorLines(result.error).map((l, i) => (i === 0 ? `error: ${l}` : l)));
    if (result.error.statement) errorLines.push(`  statement: ${result.error.statement.split('\n')[0]}`);
  }
  const outcome = result.ok ? 'done' : 'stopped';
  // A command's outcome is files applied, pending or reverted when its report counts files.
  if (!result.counts) lines.push(`${outcome} in ${took}`);
  else if (result.error?.kind === 'lock' && !(result.phases ?? []).some((p) => p.files.length > 0)) {
    // Blocked before it could plan: "0 pending" would claim it knew there was nothing to do.
    lines.push(`${outcome}: the migration lock was not acquired; nothing was read or run, in ${took}`);
  } else if (result.database || !result.error) {
    const { applied, pending, failed, reverted } = result.counts;
    const verb = result.command === 'down' ? `${reverted} reverted` : `${applied} applied`;
    lines.push(`${outcome}: ${verb}, ${pending} pending, ${failed} failed in ${took}`);
  }
  return { lines, errorLines };
}
