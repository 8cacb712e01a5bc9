import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import type { BoundaryRule } from '../config/load.js';
import { FileScanner } from './file-scan.js';
import { loadParser } from './pg-parser.js';
import { compileRules } from './rules.js';
import { claimNext, unpackFiles, type FileList } from './scan-threads.js';

/**
 * The one message a scan worker waits for: plain data (rules are compiled again here), sent
 * once the walk has found every file.
 */
export interface ScanJob {
  rules: BoundaryRule[];
  source: string;
  maxFileBytes: number;
  /** Shared with every thread of the scan: the index of the next file nobody has taken. */
  cursor: SharedArrayBuffer;
  files: FileList;
}

/** The body of a scan worker: wait for the job, take files until none are left, post what was found, end. */
export async function serveScanWorker(): Promise<void> {
  // The wait for the job is idle time: the parser (a WebAssembly compile) loads meanwhile.
  // A failure to load is reported by the first file that needs it, as on the main thread.
  loadParser().catch(() => undefined);
  try {
    const [job] = (await once(parentPort!, 'message')) as [ScanJob];
    const cursor = new Int32Array(job.cursor);
    const scanner = new FileScanner(compileRules(job.rules, job.source), job.maxFileBytes);
    const outcomes = await scanner.scanShare(unpackFiles(job.files), () => claimNext(cursor));
    parentPort!.postMessage({ ok: true, outcomes });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
}
