import { parentPort, workerData } from 'node:worker_threads';
import type { BoundaryRule } from '../config/load.js';
import { FileScanner, type WalkedFile } from './file-scan.js';
import { compileRules } from './rules.js';
import { claimNext } from './scan-threads.js';

/** What the main thread hands a scan worker: plain data (rules are compiled again here). */
export interface ScanWorkerData {
  kind: 'pg-promote-boundary-scan';
  files: WalkedFile[];
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
  const scanner = new FileScanner(compileRules(data.rules, data.source), data.maxFileBytes);
  const cursor = new Int32Array(data.cursor);
  try {
    const outcomes = await scanner.scanShare(data.files, () => claimNext(cursor));
    parentPort!.postMessage({ ok: true, outcomes });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
}
