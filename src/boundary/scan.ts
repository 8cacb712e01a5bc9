import type { Marker } from './exceptions.js';
import { FileScanner, type Candidates, type FileFindings } from './file-scan.js';
import { DEFAULT_MAX_FILE_BYTES, FileReader, SkipCounter, walkFiles } from './files.js';
import { loadParser, type PgParser } from './pg-parser.js';
import { preFilter, protectedNames } from './prefilter.js';
import type { CompiledRule, PathMatcher } from './rules.js';
import type { BoundaryFinding } from './types.js';

/**
 * The scan: walk the files the rules cover, read each once, and let the pre-filter pick the few
 * that hold a protected name; only those are lexed and classified (src/boundary/file-scan.ts).
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
  /** Files the pre-filter passed on to the lexer. */
  filesParsed: number;
  bytesScanned: number;
  skipped: SkipCounter;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
}

// While PostgreSQL's parser loads, the files that need it wait with their text, up to this much.
const MAX_WAITING_CHARS = 16 * 1024 * 1024;

export async function scanTree(options: ScanOptions): Promise<ScanResult> {
  const { root, rules, only } = options;
  const skipped = new SkipCounter();
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const files = walkFiles({ root, starts, accept, skipped });
  const filesPerRule = new Map(rules.map((r) => [r.name, files.filter((f) => r.covers(f.rel)).length]));

  const names = protectedNames(rules);
  const holdsName = preFilter(names);
  const reader = new FileReader(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const scanner = new FileScanner(rules, names);
  const result: ScanResult = { findings: [], filesScanned: 0, filesParsed: 0, bytesScanned: 0, skipped, filesPerRule, markers: new Map() };
  // Kept by the walk's index, so that the report is in the walk's order whenever a file was finished.
  const outcomes: Array<FileFindings | undefined> = [];

  // PostgreSQL's parser (WebAssembly) loads once a file needs it, while the next files are read:
  // the files that need it meanwhile wait.
  let parser: PgParser | undefined;
  let loading: Promise<unknown> | undefined;
  let waiting: Array<{ index: number; rel: string; text: string; candidates: Candidates }> = [];
  let waitingChars = 0;
  const finishWaiting = () => {
    for (const w of waiting) outcomes[w.index] = scanner.findings(w.rel, w.text, w.candidates, parser);
    waiting = [];
    waitingChars = 0;
  };

  for (const [index, file] of files.entries()) {
    if (waiting.length > 0) {
      // The load is a chain of steps that each need a turn of the event loop.
      await (waitingChars > MAX_WAITING_CHARS ? loading : new Promise((resolve) => setImmediate(resolve)));
      if (parser) finishWaiting();
    }
    const read = reader.read(file.abs);
    if (!read.ok) {
      skipped.add(read.reason, file.rel);
      continue;
    }
    result.filesScanned++;
    result.bytesScanned += read.bytes.length;
    if (!holdsName(read.bytes)) continue;
    result.filesParsed++;
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    const candidates = scanner.candidates(file.rel, text);
    if (parser || candidates.fragments.length === 0) {
      outcomes[index] = scanner.findings(file.rel, text, candidates, parser);
    } else {
      loading ??= loadParser().then((p) => (parser = p));
      waiting.push({ index, rel: file.rel, text, candidates });
      waitingChars += text.length;
    }
  }
  if (waiting.length > 0) {
    await loading;
    finishWaiting();
  }
  for (const [index, outcome] of outcomes.entries()) {
    if (!outcome) continue;
    result.findings.push(...outcome.findings);
    if (outcome.markers) result.markers.set(files[index]!.rel, outcome.markers);
  }
  return result;
}
