import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BoundaryRule } from '../config/load.js';
import { PromoteError } from '../errors/promote-error.js';
import { FileScanner, type FileOutcome, type WalkedFile } from './file-scan.js';
import type { CompiledRule } from './rules.js';
import type { ScanWorkerData } from './scan-worker.js';
import { scanWorkerEntry } from './worker-entry.js';

/**
 * Reading and lexing thousands of files is CPU work on one core; the runner has more. Large
 * trees are shared between the calling thread and worker threads, each taking the next file
 * from one shared cursor, so no thread idles while another has a queue. Small trees stay on one
 * thread: a worker's start-up would cost more than it saves.
 */
const MIN_FILES_FOR_WORKERS = 2000;
const MAX_THREADS = 4;

/** PG_PROMOTE_SCAN_THREADS=N fixes the thread count (1: never start workers); for tests and benchmarks. */
export function scanThreads(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env.PG_PROMOTE_SCAN_THREADS);
  if (Number.isInteger(fixed) && fixed >= 1) return Math.min(fixed, MAX_THREADS);
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), MAX_THREADS));
}

export function claimNext(cursor: Int32Array): number {
  return Atomics.add(cursor, 0, 1);
}

export interface ThreadedScanInput {
  files: WalkedFile[];
  rules: readonly CompiledRule[];
  /** The rules as configured, for workers to compile again (compiled rules hold functions). */
  ruleSpecs: readonly BoundaryRule[];
  source: string;
  maxFileBytes: number;
}

/** Every file's outcome, in the walk's order, whichever thread produced it. */
export async function scanAll(input: ThreadedScanInput): Promise<FileOutcome[]> {
  const entry = scanWorkerEntry();
  const threads = entry ? scanThreads(input.files.length) : 1;
  const cursorBuffer = new SharedArrayBuffer(4);
  const cursor = new Int32Array(cursorBuffer);
  const workers = Array.from({ length: threads - 1 }, () => startWorker(entry!, input, cursorBuffer));
  const own = new FileScanner(input.rules, input.maxFileBytes).scanShare(input.files, () => claimNext(cursor));
  let shares: FileOutcome[][];
  try {
    shares = await Promise.all([own, ...workers.map((w) => w.done)]);
  } catch (err) {
    // One share failed: the others' work is wasted, and must not outlive the scan.
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw err;
  }
  const outcomes = shares.flat();
  outcomes.sort((a, b) => a.index - b.index);
  return outcomes;
}

function startWorker(entry: URL, input: ThreadedScanInput, cursor: SharedArrayBuffer): { worker: Worker; done: Promise<FileOutcome[]> } {
  const data: ScanWorkerData = {
    kind: 'pg-promote-boundary-scan',
    files: input.files,
    rules: [...input.ruleSpecs],
    source: input.source,
    maxFileBytes: input.maxFileBytes,
    cursor,
  };
  const worker = new Worker(entry, { workerData: data, stdout: false, stderr: false });
  const done = new Promise<FileOutcome[]>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: { ok: true; outcomes: FileOutcome[] } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.outcomes);
      else reject(new PromoteError('internal', `boundary scan worker failed: ${message.message}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(new PromoteError('internal', `boundary scan worker failed: ${err.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new PromoteError('internal', `boundary scan worker exited (code ${code}) before reporting`));
    });
  });
  return { worker, done };
}
