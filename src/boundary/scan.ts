import { LineLocator } from '../sql/position.js';
import { findMarkers, type Marker } from './exceptions.js';
import { FileReader, SkipCounter, walkFiles, DEFAULT_MAX_FILE_BYTES } from './files.js';
import { extractFragments } from './fragments.js';
import { profileFor } from './languages.js';
import { loadParser, type PgParser } from './pg-parser.js';
import { builderTargets } from './query-builders.js';
import { protectedWordPattern, type CompiledRule, type PathMatcher } from './rules.js';
import { classifySql, WRITE_WORDS } from './sql-classify.js';
import type { BoundaryFinding, WriteTarget } from './types.js';

/**
 * The scan: walk what the rules cover, read each file once, and let a cheap test on the raw
 * bytes (a protected name as a word) decide whether the file is looked at any further. Only
 * those files are lexed, and only literals holding a protected name and a write word reach
 * PostgreSQL's parser.
 */
export interface ScanOptions {
  root: string;
  rules: readonly CompiledRule[];
  /** --paths: only files matching one of these (and a rule). */
  only?: readonly PathMatcher[];
  maxFileBytes?: number;
}

export interface ScanResult {
  findings: BoundaryFinding[];
  filesScanned: number;
  filesParsed: number;
  bytesScanned: number;
  skipped: SkipCounter;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
}

const BUILDER_WORDS = /\.(?:insert|upsert|update|delete|del|truncate|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|createTable\w*|alterTable|renameTable|dropTable\w*|createView|createMaterializedView|dropView\w*|createSchema\w*|dropSchema\w*|insert_many|bulk_insert)\s*\(|->\s*(?:insert|update|delete|upsert|truncate)\s*\(/;

export async function scanTree(options: ScanOptions): Promise<ScanResult> {
  const { root, rules, only } = options;
  const skipped = new SkipCounter();
  const filesPerRule = new Map(rules.map((r) => [r.name, 0]));
  const rulesFor = (rel: string) => rules.filter((r) => r.covers(rel));
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const files = walkFiles({ root, starts, accept, skipped });
  const word = protectedWordPattern(rules);
  const reader = new FileReader(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const findings: BoundaryFinding[] = [];
  const markers = new Map<string, Map<number, Marker>>();
  let parser: PgParser | undefined;
  let filesScanned = 0;
  let filesParsed = 0;
  let bytesScanned = 0;

  for (const file of files) {
    const covering = rulesFor(file.rel);
    for (const r of covering) filesPerRule.set(r.name, (filesPerRule.get(r.name) ?? 0) + 1);
    const read = reader.read(file.abs);
    if (!read.ok) {
      skipped.add(read.reason, file.rel);
      continue;
    }
    filesScanned++;
    bytesScanned += read.bytes.length;
    // latin1 is a byte-for-byte view: no UTF-8 decoding for the many files that never match.
    if (!word.test(read.bytes.toString('latin1'))) continue;
    filesParsed++;
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    const targets: Array<WriteTarget & { sourceStart: number; sourceEnd: number }> = [];
    const profile = profileFor(file.rel);
    const { fragments, tokens } = extractFragments(text, profile);
    for (const fragment of fragments) {
      if (!word.test(fragment.text) || !WRITE_WORDS.test(fragment.text)) continue;
      parser ??= await loadParser();
      for (const t of classifySql(fragment.text, parser, fragment.open)) {
        const map = fragment.map;
        const sourceStart = map ? (map[t.start] ?? map[map.length - 1] ?? 0) : t.start;
        const sourceEnd = map ? (map[Math.max(t.start, t.end - 1)] ?? sourceStart) + 1 : t.end;
        targets.push({ ...t, sourceStart, sourceEnd });
      }
    }
    if (profile.builders && BUILDER_WORDS.test(text)) {
      for (const t of builderTargets(tokens)) targets.push({ ...t, sourceStart: t.start, sourceEnd: t.end });
    }
    if (targets.length === 0) continue;
    targets.sort((a, b) => a.sourceStart - b.sourceStart);
    const locator = new LineLocator(text);
    const seen = new Set<string>();
    for (const t of targets) {
      const protecting = covering.filter((r) => r.protects(t));
      if (protecting.length === 0) continue;
      const at = locator.locate(t.sourceStart);
      const end = t.sourceEnd > t.sourceStart ? lineColumnOnLine(text, t.sourceStart, t.sourceEnd, at.column) : at.column + t.written.length;
      for (const rule of protecting) {
        const id = `${at.line}:${at.column}:${t.kind}:${rule.name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        findings.push({
          file: file.rel,
          line: at.line,
          column: at.column,
          endColumn: end,
          kind: t.kind,
          object: shownObject(text, t),
          rule: rule.name,
          via: t.via,
          snippet: snippetAt(text, t.sourceStart),
        });
      }
    }
    markers.set(file.rel, findMarkers(text));
  }
  return { findings, filesScanned, filesParsed, bytesScanned, skipped, filesPerRule, markers };
}

/** End column of [start, end) when it stays on one line; otherwise the end of the start's line. */
function lineColumnOnLine(text: string, start: number, end: number, startColumn: number): number {
  let column = startColumn;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    if (!(c >= 0xdc00 && c <= 0xdfff)) column++;
  }
  return column;
}

/** An interpolated name (`eng.${table}`) is shown as the source spells it, not as the `__` stand-in. */
function shownObject(text: string, t: WriteTarget & { sourceStart: number; sourceEnd: number }): string {
  if (!t.written.includes('__')) return t.written;
  const source = text.slice(t.sourceStart, t.sourceEnd);
  return /[\r\n]/.test(source) ? t.written : source;
}

function snippetAt(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = offset;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  const line = text.slice(from, to).trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
