import type { Marker } from './exceptions.js';
import { SkipCounter, walkFiles, DEFAULT_MAX_FILE_BYTES } from './files.js';
import type { CompiledRule, PathMatcher } from './rules.js';
import { ScanPool } from './scan-threads.js';
import type { BoundaryFinding } from './types.js';

/**
 * The scan: walk what the rules cover, scan every file once (src/boundary/file-scan.ts, on as
 * many threads as pay off), and gather the outcomes in the walk's order so the report is the
 * same however the work was shared.
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
  /** Threads that read the tree, the calling thread included. */
  threads: number;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
}

export async function scanTree(options: ScanOptions): Promise<ScanResult> {
  const { root, rules, only } = options;
  const skipped = new SkipCounter();
  const filesPerRule = new Map(rules.map((r) => [r.name, 0]));
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const pool = new ScanPool({ rules, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
  let files;
  try {
    files = walkFiles({ root, starts, accept, skipped, found: (found) => pool.walked(found) });
  } catch (err) {
    await pool.close();
    throw err;
  }
  // Started first, so that reader threads get their files now; the counting below runs while
  // they read (once this thread's own share pauses or ends).
  const scanning = pool.scan(files);
  for (const file of files) {
    for (const r of rules) if (r.covers(file.rel)) filesPerRule.set(r.name, (filesPerRule.get(r.name) ?? 0) + 1);
  }
  const outcomes = await scanning;

  const findings: BoundaryFinding[] = [];
  const markers = new Map<string, Map<number, Marker>>();
  let filesScanned = 0;
  let filesParsed = 0;
  let bytesScanned = 0;
  for (const outcome of outcomes) {
    const rel = files[outcome.index]!.rel;
    if ('skipped' in outcome) {
      skipped.add(outcome.skipped, rel);
      continue;
    }
    filesScanned++;
    bytesScanned += outcome.bytes;
    if (outcome.parsed) filesParsed++;
    findings.push(...outcome.findings);
    if (outcome.markers) markers.set(rel, outcome.markers);
  }
  return { findings, filesScanned, filesParsed, bytesScanned, threads: pool.threads, skipped, filesPerRule, markers };
}
