import type { ApprovalsRecord } from '../github/approvals.js';
import type { ApplyReport } from '../github/environments-apply.js';
import type { GatesReport } from '../github/gates-check.js';
import type { GithubCommandResult } from './github-commands.js';

/**
 * The GitHub commands for a person: what changed (or would), which gate is not ready and why,
 * who signed off what. The error line itself is printed by the caller, like the engine's.
 */
export function renderGithubResult(result: GithubCommandResult): { lines: string[]; errorLines: string[] } {
  if (!('repo' in result)) return { lines: [], errorLines: [] };
  if (result.command === 'environments apply') return { lines: renderApply(result as unknown as ApplyReport), errorLines: [] };
  if (result.command === 'gates check') return renderGates(result as unknown as GatesReport);
  return { lines: renderApprovals(result as unknown as ApprovalsRecord & { out?: string }), errorLines: [] };
}

function renderApply(report: ApplyReport): string[] {
  const lines = [`environments apply: ${report.repo} from ${report.file}${report.dryRun ? ' (dry run)' : ''}`];
  for (const env of report.environments) {
    lines.push(`  ${env.action.padEnd(9)} ${env.environment}`);
    for (const c of env.changes) lines.push(`      ${c.field}: ${c.from} -> ${c.to}`);
  }
  const total = report.environments.length;
  if (report.changed === 0) lines.push(`no changes: all ${total} environments match the file`);
  else if (report.dryRun) lines.push(`dry run: ${report.changed} of ${total} environments would change; nothing was sent`);
  else lines.push(`${report.changed} of ${total} environments changed`);
  return lines;
}

function renderGates(report: GatesReport): { lines: string[]; errorLines: string[] } {
  const lines = [`gates check: ${report.repo}`];
  const errorLines: string[] = [];
  for (const gate of report.gates) {
    if (gate.ok) {
      const extras = [gate.preventSelfReview ? 'self-review prevented' : '', gate.waitTimer ? `wait ${gate.waitTimer} min` : ''].filter(Boolean);
      lines.push(`  ok    ${gate.environment}: ${gate.reviewers.join(', ')}${extras.length ? ` (${extras.join('; ')})` : ''}`);
    } else {
      lines.push(`  FAIL  ${gate.environment}`);
      errorLines.push(`gate: ${gate.problem}`);
    }
    gate.warnings.forEach((w) => errorLines.push(`warning: ${w}`));
  }
  return { lines, errorLines };
}

function renderApprovals(record: ApprovalsRecord & { out?: string }): string[] {
  const lines = [`approvals record: ${record.repo} run ${record.runId} (read ${record.recordedAt})`];
  if (record.approvals.length === 0) lines.push('  no reviews recorded for this run');
  for (const a of record.approvals) {
    lines.push(`  ${a.environment}: ${a.state} by ${a.user}${a.comment ? `: ${JSON.stringify(a.comment)}` : ''}`);
  }
  if (record.out) lines.push(`wrote ${record.out}`);
  if (record.database) lines.push(`recorded ${record.database.recorded} in ${record.database.table} on ${record.database.target}`);
  return lines;
}
