import type { BoundaryRule } from '../config/load.js';
import { PromoteError } from '../errors/promote-error.js';
import { FileScanner, type FileOutcome, type WalkedFile } from './file-scan.js';
import type { CompiledRule } from './rules.js';
import type { ScanJob } from './scan-worker.js';
import { fixedScanThreads, releaseWarmWorkers, takeScanWorker, usefulScanThreads, type ScanWorker } from './worker-entry.js';

/**
 * Reading and lexing thousands of files is CPU work on one core; the runner has more. Large
 * trees are shared between the calling thread and worker threads, each taking the next file
 * from one shared cursor, so no thread idles while another has a queue. Small trees stay on one
 * thread: a worker's start-up would cost more than it saves.
 */
export const MIN_FILES_FOR_WORKERS = 2000;

export function scanThreads(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = fixedScanThreads(env);
  if (fixed !== undefined) return fixed;
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return usefulScanThreads();
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

/**
 * The threads of one scan. Workers are taken (warm ones first, src/boundary/worker-entry.ts)
 * while the walk is still counting files (`walked`), so that a new one boots during the walk,
 * and are handed the job when the list is complete.
 */
export class ScanPool {
  private readonly cursorBuffer = new SharedArrayBuffer(4);
  private workers: ScanWorker[] = [];
  private started = false;
  /** PG_PROMOTE_SCAN_THREADS fixes a count above one: workers start whatever the tree's size. */
  private readonly fixed = scanThreads(0) > 1;

  constructor(private readonly input: ThreadedScanInput) {}

  /** The walk has found `count` files so far: take the workers once that many will use them. */
  walked(count: number): void {
    if (this.started || (count < MIN_FILES_FOR_WORKERS && !this.fixed)) return;
    this.started = true;
    const threads = scanThreads(count);
    for (let i = 1; i < threads; i++) {
      const worker = takeScanWorker();
      if (worker) this.workers.push(worker);
    }
    releaseWarmWorkers();
  }

  /** Every file's outcome, in the walk's order, whichever thread produced it. */
  async scan(files: WalkedFile[]): Promise<FileOutcome[]> {
    this.walked(files.length);
    releaseWarmWorkers();
    if (this.workers.length > 0) {
      // Two strings clone far faster than tens of thousands of small objects.
      const list: FileList = { count: files.length, rels: files.map((f) => f.rel).join('\0'), abses: files.map((f) => f.abs).join('\0') };
      const job: ScanJob = { rules: [...this.input.ruleSpecs], source: this.input.source, maxFileBytes: this.input.maxFileBytes, cursor: this.cursorBuffer, files: list };
      for (const w of this.workers) w.worker.postMessage(job);
    }
    const cursor = new Int32Array(this.cursorBuffer);
    const own = new FileScanner(this.input.rules, this.input.maxFileBytes).scanShare(files, () => claimNext(cursor));
    let shares: FileOutcome[][];
    try {
      shares = await Promise.all([own, ...this.workers.map(outcomesOf)]);
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
    releaseWarmWorkers();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

async function outcomesOf(w: ScanWorker): Promise<FileOutcome[]> {
  let message;
  try {
    message = (await w.reply) as { ok: true; outcomes: FileOutcome[] } | { ok: false; message: string };
  } catch (err) {
    throw new PromoteError('internal', `boundary scan worker failed: ${(err as Error).message}`);
  }
  if (!message.ok) throw new PromoteError('internal', `boundary scan worker failed: ${message.message}`);
  return message.outcomes;
}
