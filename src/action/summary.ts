import { formatErrorLine } from '../errors/format.js';
import { flagsMarkdown } from '../report/flags-text.js';
import { githubMarkdown } from '../report/github-text.js';
import { latencyMarkdown } from '../report/latency-text.js';
import { lintMarkdown } from '../report/lint-text.js';
import { notifyMarkdown } from '../report/notify-text.js';
import { rampMarkdown } from '../report/ramp-text.js';
import { reviewMarkdown } from '../report/review-text.js';
import { windowMarkdown } from '../report/window-text.js';
import { backupTable, checksSection } from '../report/markdown.js';
import { stagesDiagram } from '../report/mermaid.js';
import { stageSummary } from '../report/report-model.js';
import type { AnyResult } from '../result.js';

/** GitHub refuses a step summary over 1 MiB; stay well under it, leaving room for the note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The stage as the report draws it (mermaid, which GitHub renders), and its backup and checks. */
export function stageSections(result: AnyResult): string[] {
  const sections = [stagesDiagram([stageSummary(result)])];
  if (result.backup) sections.push(['### Backup', '', ...backupTable(result.backup)].join('\n'));
  if (result.checks?.length) sections.push(['### Checks', '', ...checksSection(result.checks)].join('\n'));
  if (result.lint) sections.push(lintMarkdown(result.lint));
  sections.push(...windowMarkdown(result), ...rampMarkdown(result), ...latencyMarkdown(result), ...flagsMarkdown(result), ...reviewMarkdown(result), ...notifyMarkdown(result), ...githubMarkdown(result));
  return sections;
}

/**
 * The step's job summary: what the stage did, as tables, and on failure where and why. The
 * extra sections (annotations left out, truncation) are said, never silently dropped.
 */
export function summaryMarkdown(result: AnyResult, omitted: { omittedErrors: number; omittedWarnings: number }, extraSections: string[] = []): string {
  const head: string[] = [];
  const verdict = result.ok ? '✅ succeeded' : '❌ failed';
  head.push(`## pg-promote ${result.command}: ${verdict}`);
  const facts = [
    result.database ? `database \`${result.database.target}\`` : undefined,
    // Only a command that applies files counts them: a backup has nothing "pending".
    result.counts ? `${result.counts.applied} applied` : undefined,
    result.counts ? `${result.counts.pending} pending` : undefined,
    result.counts?.failed ? `${result.counts.failed} failed` : undefined,
    result.counts?.reverted ? `${result.counts.reverted} reverted` : undefined,
    `${(result.durationMs / 1000).toFixed(1)} s`,
    result.dryRun ? 'dry run: nothing changed' : undefined,
  ].filter(Boolean);
  head.push(facts.join(' · '));
  if (result.error) {
    const e = result.error;
    const rows: string[][] = [['message', formatErrorLine({ ...e, file: undefined, key: undefined })]];
    if (e.file) rows.push(['file', `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`]);
    if (e.key) rows.push(['input/key', e.key]);
    if (e.sqlstate) rows.push(['SQLSTATE', e.sqlstate]);
    if (e.detail) rows.push(['detail', e.detail]);
    if (e.hint) rows.push(['hint', e.hint]);
    head.push('### What failed', table(['', ''], rows));
    if (e.statement) head.push('```sql\n' + e.statement + '\n```');
  }
  if (result.drift?.length) {
    head.push('### Drift', table(['file', 'reason', 'applied checksum', 'current checksum'], result.drift.map((d) => [d.file, d.reason, d.appliedChecksum?.slice(0, 12) ?? '', d.currentChecksum?.slice(0, 12) ?? ''])));
  }
  const tail: string[] = [...extraSections];
  if (omitted.omittedErrors || omitted.omittedWarnings) {
    tail.push(`> ${omitted.omittedErrors} error and ${omitted.omittedWarnings} warning annotations were left out (GitHub shows 10 of each per step); the result JSON has them all.`);
  }
  const fileRows = (result.phases ?? []).flatMap((p) =>
    p.files.map((f) => [p.name, f.kind, f.version ?? '', f.file, f.status, f.durationMs === undefined ? '' : `${f.durationMs} ms`, f.attempts && f.attempts > 1 ? String(f.attempts) : '']),
  );
  return assemble(head, fileRows, tail);
}

/** Files are the only part that grows without bound: they are cut first, with a note. */
function assemble(head: string[], fileRows: string[][], tail: string[]): string {
  const header = ['phase', 'kind', 'version', 'file', 'status', 'time', 'attempts'];
  const render = (rows: string[][], note?: string) =>
    [...head, ...(rows.length ? ['### Files', table(header, rows)] : []), ...(note ? [note] : []), ...tail].join('\n\n') + '\n';
  let text = render(fileRows);
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES) return text;
  let keep = fileRows.length;
  while (keep > 0) {
    keep = Math.floor(keep / 2);
    text = render(fileRows.slice(0, keep), `> The summary was cut to stay under GitHub's 1 MiB limit: ${fileRows.length - keep} of ${fileRows.length} file rows are not shown; the result JSON has them all.`);
    if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES) return text;
  }
  return text.slice(0, SUMMARY_LIMIT_BYTES);
}
