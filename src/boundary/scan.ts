import type { Marker } from './exceptions.js';
import { FileScanner, type Candidates, type FileFindings } from './file-scan.js';
import { DEFAULT_MAX_FILE_BYTES, FileReader, SkipCounter, walkFiles } from './files.js';
import { loadParser, type PgParser } from './pg-parser.js';
import { protectedNames } from './prefilter.js';
import { BATCH, readOutcomes, startReaders } from './reader-threads.js';
import type { CompiledRule, PathMatcher } from './rules.js';
import type { BoundaryFinding } from './types.js';

/**
 * The scan: walk the files the rules cover, read each once, and let the pre-filter pick the few
 * that hold a protected name (src/boundary/reader-threads.ts, on reader threads when the tree is
 * large); only those are lexed and classified, here (src/boundary/file-scan.ts).
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
  /** Threads that read the tree, the calling thread included. */
  threads: number;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
}

// While PostgreSQL's parser loads, the files that need it wait with their text, up to this much.
const MAX_WAITING_CHARS = 16 * 1024 * 1024;

export async function scanTree(options: ScanOptions): Promise<ScanResult> {
  const { root, rules, only } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const skipped = new SkipCounter();
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const files = walkFiles({ root, starts, accept, skipped });
  const filesPerRule = new Map(rules.map((r) => [r.name, files.filter((f) => r.covers(f.rel)).length]));

  const names = protectedNames(rules);
  const readers = startReaders(files.map((f) => f.abs), names, maxFileBytes);
  const readHere = readOutcomes(names, maxFileBytes);
  const reader = new FileReader(maxFileBytes);
  const scanner = new FileScanner(rules, names);
  const result: ScanResult = { findings: [], filesScanned: 0, filesParsed: 0, bytesScanned: 0, skipped, threads: 1 + (readers?.threads ?? 0), filesPerRule, markers: new Map() };
  // By the walk's index: the report is in the walk's order, whenever a file was finished.
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

  try {
    for (let from = 0; from < files.length; from += BATCH) {
      const batch = files.slice(from, from + BATCH);
      const seen = readers ? await readers.batch(from / BATCH) : batch.map((f) => readHere(f.abs));
      for (const [k, file] of batch.entries()) {
        const index = from + k;
        const outcome = seen[k]!;
        if (typeof outcome === 'number') {
          result.filesScanned++;
          result.bytesScanned += outcome;
          continue;
        }
        // A candidate is read again here: only a few percent of the files are.
        const read = outcome === 'candidate' ? reader.read(file.abs) : { ok: false as const, reason: outcome };
        if (!read.ok) {
          skipped.add(read.reason, file.rel);
          continue;
        }
        result.filesScanned++;
        result.bytesScanned += read.bytes.length;
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
        // The load is a chain of steps that each need a turn of the event loop.
        await (waitingChars > MAX_WAITING_CHARS ? loading : new Promise((resolve) => setImmediate(resolve)));
        if (parser) finishWaiting();
      }
    }
  } finally {
    await readers?.close();
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
