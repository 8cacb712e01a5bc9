import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');

const HEADER = '# Benchmark results\n\nWritten by `npm run bench`; each measurement rewrites only its own section.\n';

export type Align = 'left' | 'right';

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((h, c) => Math.max(h.length, 3, ...rows.map((r) => (r[c] ?? '').length)));
  const cell = (text: string, c: number) =>
    align[c] === 'right' ? text.padStart(widths[c] ?? 0) : text.padEnd(widths[c] ?? 0);
  const line = (cells: readonly string[]) => `| ${headers.map((_, c) => cell(cells[c] ?? '', c)).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (align[c] === 'right' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function seconds(value: number): string {
  return value.toFixed(2);
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

export function passFail(ok: boolean, target: string, detail: string): string {
  return `- ${ok ? 'PASS' : 'FAIL'}: ${target} (${detail})`;
}

/**
 * A measurement's section of results.md, as every bench lays it out: its title; what it ran and
 * how (paragraphs and tables, a blank line apart); its targets; any further headed parts; the machine.
 */
export function resultsSection(section: {
  title: string;
  body: readonly string[];
  targets: readonly string[];
  parts?: ReadonlyArray<readonly [heading: string, lines: readonly string[]]>;
  environment?: string;
}): string {
  const headed = (heading: string, lines: readonly string[]) => ['', `### ${heading}`, '', ...lines];
  return [
    `## ${section.title}`,
    '',
    section.body.join('\n\n'),
    ...headed('Targets', section.targets),
    ...(section.parts ?? []).flatMap(([heading, lines]) => headed(heading, lines)),
    ...(section.environment === undefined ? [] : headed('Environment', [section.environment])),
  ].join('\n');
}

/**
 * Markers rather than headings delimit sections so a measurement may use any headings inside
 * its own, and a rerun of one measurement leaves the others' last results in place.
 */
export function writeResultsSection(id: string, markdown: string, file = RESULTS_PATH): void {
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
