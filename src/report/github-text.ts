import type { AnyResult } from '../result.js';

/**
 * The GitHub commands for a person: what changed (or would), which gate is not ready and why,
 * whose sign-off does not hold, who signed off what. The error line itself is printed with the
 * others (src/report/text.ts).
 */
export function githubLines(result: AnyResult): { lines: string[]; errorLines: string[] } {
  if (result.command === 'environments-apply') return { lines: applyLines(result), errorLines: [] };
  if (result.command === 'gates-check') return gatesLines(result);
  if (result.command === 'signoffs-check') return signoffsLines(result);
  if (result.command === 'record-approvals') return { lines: approvalsLines(result), errorLines: [] };
  return { lines: [], errorLines: [] };
}

function applyLines(result: AnyResult): string[] {
  if (!result.environments) return [];
  const lines = [`environments apply: ${result.repo} from ${result.file}${result.dryRun ? ' (dry run)' : ''}`];
  for (const env of result.environments) {
    lines.push(`  ${env.action.padEnd(9)} ${env.environment}`);
    for (const c of env.changes) lines.push(`      ${c.field}: ${c.from} -> ${c.to}`);
  }
  const total = result.environments.length;
  if (result.changed === 0) lines.push(`no changes: all ${total} environments match the file`);
  else if (result.dryRun) lines.push(`dry run: ${result.changed} of ${total} environments would change; nothing was sent`);
  else lines.push(`${result.changed} of ${total} environments changed`);
  return lines;
}

function gatesLines(result: AnyResult): { lines: string[]; errorLines: string[] } {
  if (!result.gates) return { lines: [], errorLines: [] };
  const lines = [`gates check: ${result.repo}`];
  const errorLines: string[] = [];
  for (const gate of result.gates) {
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

function signoffsLines(result: AnyResult): { lines: string[]; errorLines: string[] } {
  if (!result.signoffs) return { lines: [], errorLines: [] };
  const lines = [`signoffs check: ${result.repo} run ${result.runId}, started by ${result.startedBy?.join(', ')}`];
  const errorLines: string[] = [];
  for (const s of result.signoffs) {
    if (s.ok) lines.push(`  ok    ${s.environment}: approved by ${s.approvers.join(', ')} at ${s.approvedAt}`);
    else {
      lines.push(`  FAIL  ${s.environment}`);
      errorLines.push(`sign-off: ${s.problem}`);
    }
  }
  return { lines, errorLines };
}

function approvalsLines(result: AnyResult): string[] {
  if (!result.approvals) return [];
  const lines = [`approvals record: ${result.repo} run ${result.runId} (read ${result.recordedAt})`];
  if (result.approvals.length === 0) lines.push('  no reviews recorded for this run');
  for (const a of result.approvals) {
    lines.push(`  ${a.environment}: ${a.state} by ${a.user}${a.comment ? `: ${JSON.stringify(a.comment)}` : ''}`);
  }
  if (result.out) lines.push(`wrote ${result.out}`);
  if (result.recorded && result.database) lines.push(`recorded ${result.recorded.recorded} in ${result.recorded.table} on ${result.database.target}`);
  return lines;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** The job summary's sections for the GitHub commands. */
export function githubMarkdown(result: AnyResult): string[] {
  if (result.gates) {
    const verdict = result.gates.every((g) => g.ok) ? '✅ every gate can hold a sign-off' : '❌ not every gate can hold a sign-off';
    return [`### Gates: ${verdict}`, table(['environment', 'required reviewers', 'problem'], result.gates.map((g) => [g.environment, g.reviewers.join(', ') || '—', g.problem ?? '']))];
  }
  if (result.signoffs) {
    const verdict = result.signoffs.every((s) => s.ok) ? '✅ every sign-off holds' : '❌ not every sign-off holds: nothing was touched';
    const hours = (result.maxAgeMs ?? 0) / 3_600_000;
    return [
      `### Sign-offs: ${verdict}`,
      table(['environment', 'approved by', 'approved at', 'problem'], result.signoffs.map((s) => [s.environment, s.approvers.join(', ') || '—', s.approvedAt ?? '—', s.problem ?? ''])),
      `Run ${result.runId}, started by ${result.startedBy?.join(', ')}; sign-offs older than ${hours} h do not count.`,
    ];
  }
  if (result.approvals) {
    const recorded = result.recorded ? `; ${result.recorded.recorded} recorded in ${result.recorded.table}` : '';
    return ['### Sign-offs', table(['environment', 'reviewer', 'state', 'comment'], result.approvals.map((a) => [a.environment, a.user, a.state, a.comment])), `Read ${result.recordedAt}${recorded}.`];
  }
  return [];
}
