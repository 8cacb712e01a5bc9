import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { AnyResult } from '../result.js';

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', 'not-checked': '·' };

/** A long list of findings is cut here in the log; --json and the report carry all of them. */
const MAX_FINDINGS = 20;

/** Text lines for the verification checks' results (CLI and action logs). */
export function checkLines(result: AnyResult): string[] {
  const checks = result.checks ?? [];
  const lines: string[] = [];
  if (checks.length > 0) {
    const width = Math.max(...checks.map((c) => c.id.length));
    for (const check of checks) lines.push(...checkBlock(check, width));
    lines.push(`checks: ${tally(checks)}`);
  }
  if (result.report) lines.push(`report: ${result.report.markdownPath} (JSON: ${result.report.jsonPath})`);
  return lines;
}

function checkBlock(check: CheckResult, width: number): string[] {
  const phase = check.phase ? `[${check.phase}] ` : '';
  const lines = [`${MARK[check.status]} ${check.id.padEnd(width)}  ${phase}${check.status === 'not-checked' ? 'not checked: ' : ''}${check.summary}`];
  const shown = check.findings.slice(0, MAX_FINDINGS);
  for (const f of shown) {
    const mark = check.status === 'fail' && f.level === 'warn' ? ' (warning)' : '';
    lines.push(`    ${f.object}: ${f.reason}${mark}`);
  }
  if (check.findings.length > shown.length) lines.push(`    … and ${check.findings.length - shown.length} more (see --json)`);
  return lines;
}

export function tally(checks: readonly CheckResult[]): string {
  const n = (s: CheckStatus) => checks.filter((c) => c.status === s).length;
  const parts = [`${n('pass')} passed`, `${n('fail')} failed`];
  if (n('warn') > 0) parts.push(`${n('warn')} with warnings`);
  if (n('not-checked') > 0) parts.push(`${n('not-checked')} not checked`);
  return parts.join(', ');
}
