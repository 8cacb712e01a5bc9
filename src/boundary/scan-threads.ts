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
export const MIN_FILES_FOR_WORKERS = 2000;
const MAX_THREADS = 4;

/** PG_PROMOTE_SCAN_THREADS=N fixes the thread count (1: never start workers); for tests and benchmarks. */
export function scanThreads(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env.PG_PROMOTE_SCAN_THREADS);
  if (Number.isInteger(fixed) && fixed >= 1) return Math.min(fixed, MAX_THREADS);
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), MAX_THREADS));
}

/** The walk's files as a worker receives them: paths joined with NUL, which no path holds. */
export interface FileList {
  count: number;
  rels: string;
  abses: string;
}

export function unpackFiles(list: FileList): WalkedFile[] {
  if (list.count === 0) return [];
  const rels = list.rels.split('\0');
  const abses = list.abses.split('\0');
  return rels.map((rel, i) => ({ rel, abs: abses[i]! }));
}

export function claimNext(cursor: Int32Array): number {
  return Atomics.add(cursor, 0, 1);
}

export interface ThreadedScanInput {
  rules: readonly CompiledRule[];
  /** The rules as configured, for workers to compile again (compiled rules hold functions). */
  ruleSpecs: readonly BoundaryRule[];
  source: string;
  maxFileBytes: number;
}

interface RunningWorker {
  worker: Worker;
  done: Promise<FileOutcome[]>;
}

/**
 * The threads of one scan. A worker takes a few hundred milliseconds to start (a fresh isolate
 * loading the scan's modules), as long as walking a large tree: so workers are started while
 * the walk is still counting files (`walked`), and are handed the list when it is complete.
 */
export class ScanPool {
  private readonly entry = scanWorkerEntry();
  private readonly cursorBuffer = new SharedArrayBuffer(4);
  private workers: RunningWorker[] = [];
  private started = false;
  /** PG_PROMOTE_SCAN_THREADS fixes a count above one: workers start whatever the tree's size. */
  private readonly fixed = scanThreads(0) > 1;

  constructor(private readonly input: ThreadedScanInput) {}

  /** The walk has found `count` files so far: start the workers once that many will use them. */
  walked(count: number): void {
    if (this.started || !this.entry || (count < MIN_FILES_FOR_WORKERS && !this.fixed)) return;
    this.started = true;
    const threads = scanThreads(count);
    this.workers = Array.from({ length: threads - 1 }, () => startWorker(this.entry!, this.input, this.cursorBuffer));
  }

  /** Every file's outcome, in the walk's order, whichever thread produced it. */
  async scan(files: WalkedFile[]): Promise<FileOutcome[]> {
    this.walked(files.length);
    if (this.workers.length > 0) {
      // Two strings clone far faster than tens of thousands of small objects.
      const list: FileList = { count: files.length, rels: files.map((f) => f.rel).join('\0'), abses: files.map((f) => f.abs).join('\0') };
      for (const w of this.workers) w.worker.postMessage(list);
    }
    const cursor = new Int32Array(this.cursorBuffer);
    const own = new FileScanner(this.input.rules, this.input.maxFileBytes).scanShare(files, () => claimNext(cursor));
    let shares: FileOutcome[][];
    try {
      shares = await Promise.all([own, ...this.workers.map((w) => w.done)]);
    } catch (err) {
      // One share failed: the others' work is wasted, and must not outlive the scan.
      await this.close();
      throw err;
    }
    const outcomes = shares.flat();
    outcomes.sort((a, b) => a.index - b.index);
    return outcomes;
  }

  /** Stops workers that are still running (the scan failed, or never got its files). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

function startWorker(entry: URL, input: ThreadedScanInput, cursor: SharedArrayBuffer): RunningWorker {
  const data: ScanWorkerData = {
    kind: 'pg-promote-boundary-scan',
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
  // A pool closed before its scan terminates its workers: that rejection is nobody's error.
  done.catch(() => undefined);
  return { worker, done };
}
