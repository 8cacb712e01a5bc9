import { loadParser } from '../sql/parser.js';
import type { Marker } from './exceptions.js';
import { FileScanner } from './file-scan.js';
import { readSource, SkipCounter, walkFiles } from './files.js';
import { ormCall, preFilter } from './prefilter.js';
import type { CompiledRule, PathMatcher } from './rules.js';
import type { BoundaryReport } from './types.js';

/**
 * The scan: walk the files the rules cover and read each once; the pre-filter
 * (src/boundary/prefilter.ts) picks the few that hold a protected name or an ORM-like write
 * call, and only those are lexed and classified (src/boundary/file-scan.ts). One thread: a
 * reader thread saved nothing on Node 24, where V8 compiles PostgreSQL's parser on the other core.
 */
export interface ScanOptions {
  root: string;
  rules: readonly CompiledRule[];
  /** --paths: only files matching one of these (and a rule). */
  only?: readonly PathMatcher[];
}

export interface ScanResult extends Required<Pick<BoundaryReport, 'findings' | 'filesScanned' | 'filesParsed' | 'bytesScanned'>> {
  skipped: SkipCounter;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
  /** Files that could not be parsed (code or a Prisma schema), each named once with what was not checked. */
  warnings: string[];
}

export async function scanTree(options: ScanOptions): Promise<ScanResult> {
  const { root, rules, only } = options;
  const skipped = new SkipCounter();
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const files = walkFiles({ root, starts, accept, skipped });
  const filesPerRule = new Map(rules.map((r) => [r.name, files.filter((f) => r.covers(f.rel)).length]));

  const result: ScanResult = { findings: [], filesScanned: 0, filesParsed: 0, bytesScanned: 0, skipped, filesPerRule, markers: new Map(), warnings: [] };
  const scanner = new FileScanner(rules, root, (rel, why) => {
    skipped.add('unparseable');
    result.warnings.push(`${rel}: could not be parsed: ${why}`);
  });
  const holdsName = preFilter(rules);
  // PostgreSQL's parser (WebAssembly) is loaded when a file first needs it.
  let parser: Promise<void> | undefined;
  for (const file of files) {
    const read = readSource(file.abs);
    if (!read.ok) {
      skipped.add(read.reason);
      continue;
    }
    result.filesScanned++;
    result.bytesScanned += read.bytes.length;
    const ormOnly = !holdsName(read.bytes);
    if (ormOnly && !ormCall(read.bytes, file.abs)) continue;
    result.filesParsed++;
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    await (parser ??= loadParser());
    const { findings, markers } = scanner.scan(file.rel, text, ormOnly);
    result.findings.push(...findings);
    if (markers) result.markers.set(file.rel, markers);
  }
  return result;
}
