import type { LintFinding, LintReport } from '../lint/types.js';
import { formatBytes } from './bytes.js';
import type { AnyResult } from '../result.js';
import { plural } from './plural.js';

function headline(report: LintReport): string {
  const { error, warning, info } = report.counts;
  const parts = [plural(report.filesLinted, 'file') + ' linted', plural(error, 'error'), plural(warning, 'warning')];
  if (info) parts.push(`${info} info`);
  if (report.exceptions.length) parts.push(`${plural(report.exceptions.length, 'exception')} allowed in the files`);
  if (report.skipped.length) parts.push(`${plural(report.skipped.length, 'file')} skipped`);
  if (report.history) parts.push(`${plural(report.history, 'file')} of history (lint.since) not linted`);
  if (report.disabled) parts.push(`${plural(report.disabled, 'finding')} switched off by lint.disable/overrides`);
  const against = report.database
    ? `against ${report.database.target}, tables from ${formatBytes(report.database.largeTableBytes)} count as large`
    : 'without a database: every file counts as pending, table sizes unknown';
  const version = report.postgresVersion;
  const assumes = version ? `; verdicts for PostgreSQL ${version.major} (${version.from === 'database' ? "the target's version" : 'lint.postgres_version'})` : '';
  return `lint: ${parts.join(', ')} (${against})${assumes}`;
}

const where = (f: LintFinding) => `${f.file}:${f.line}:${f.column}`;

/** Text lines for migration lint findings (CLI and action logs). */
export function lintLines(result: AnyResult): string[] {
  const report = result.lint;
  if (!report) return [];
  const lines = [headline(report)];
  for (const f of report.findings) {
    lines.push(`  ${f.severity.padEnd(7)} ${where(f)}  ${f.rule}${f.raised ? ' (large table)' : ''}`);
    lines.push(`          ${f.message}`);
    lines.push(`          fix: ${f.fix}`);
  }
  if (report.exceptions.length > 0) {
    lines.push('  allowed by exceptions in the files:');
    for (const e of report.exceptions) lines.push(`    ${where(e)}  ${e.rule}  reason: ${e.reason}`);
  }
  return lines;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The lint section of the plan approvers read (job summary, PR comment): every finding with
 * its fix, and every exception with its reason, so nothing silenced goes unseen.
 */
export function lintMarkdown(report: LintReport): string {
  const out = [`### Migration lint`, '', headline(report).replace(/^lint: /, '')];
  if (report.findings.length > 0) {
    out.push('', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
    for (const f of report.findings) {
      out.push(`| ${f.severity}${f.raised ? ' (large table)' : ''} | \`${cell(where(f))}\` | ${f.rule} | ${cell(f.message)} | ${cell(f.fix)} |`);
    }
  }
  if (report.exceptions.length > 0) {
    out.push('', '#### Allowed by exceptions in the files', '', '| where | rule | finding | reason |', '| --- | --- | --- | --- |');
    for (const e of report.exceptions) out.push(`| \`${cell(where(e))}\` | ${e.rule} | ${cell(e.message)} | ${cell(e.reason)} |`);
  }
  if (report.skipped.length > 0) {
    out.push('', '#### Not linted', '');
    for (const s of report.skipped) out.push(`- \`${cell(s.file)}\`: ${cell(s.reason)}`);
  }
  return out.join('\n');
}
