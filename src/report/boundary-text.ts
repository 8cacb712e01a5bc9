import type { AnyResult } from '../result.js';
import { formatBytes } from './bytes.js';
import { plural } from './plural.js';

/** Text lines for the boundary check's findings (CLI and action logs). */
export function boundaryLines(result: AnyResult): string[] {
  const report = result.boundary;
  if (!report) return [];
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(`${f.file}:${f.line}:${f.column}: ${f.kind} writes to ${f.object} (rule ${f.rule}, ${f.via})`);
  }
  for (const a of report.accepted) {
    lines.push(`accepted (${a.source === 'inline' ? 'inline marker' : 'baseline'}): ${a.file}:${a.line}:${a.column}: ${a.kind} ${a.object} (rule ${a.rule}): ${a.reason}`);
  }
  const skipped = Object.entries(report.skipped);
  lines.push(
    `boundary-check: ${plural(report.findings.length, 'finding')}, ${report.accepted.length} accepted; ` +
      `${plural(report.filesScanned, 'file')} (${formatBytes(report.bytesScanned ?? 0)}) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms`,
  );
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
  if (report.sarifPath) lines.push(`  SARIF: ${report.sarifPath}`);
  return lines;
}
