import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { BoundaryRule } from '../config/load.js';
import { FileScanner } from './file-scan.js';
import { compileRules } from './rules.js';
import { claimNext, unpackFiles, type FileList } from './scan-threads.js';

/**
 * What the main thread hands a scan worker when starting it: plain data (rules are compiled
 * again here). The files follow in the first message, once the walk has found them all.
 */
export interface ScanWorkerData {
  kind: 'pg-promote-boundary-scan';
  rules: BoundaryRule[];
  source: string;
  maxFileBytes: number;
  /** Shared with every thread of the scan: the index of the next file nobody has taken. */
  cursor: SharedArrayBuffer;
}

export const isScanWorker = (data: unknown): data is ScanWorkerData => (data as ScanWorkerData | undefined)?.kind === 'pg-promote-boundary-scan';

/** The body of a scan worker: take files until none are left, post what was found, end. */
export async function serveScanWorker(): Promise<void> {
  const data = workerData as ScanWorkerData;
  const cursor = new Int32Array(data.cursor);
  try {
    const scanner = new FileScanner(compileRules(data.rules, data.source), data.maxFileBytes);
    const [list] = (await once(parentPort!, 'message')) as [FileList];
    const files = unpackFiles(list);
    const outcomes = await scanner.scanShare(files, () => claimNext(cursor));
    parentPort!.postMessage({ ok: true, outcomes });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
}
