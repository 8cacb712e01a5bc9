import os from 'node:os';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

/**
 * Scanning a large tree uses worker threads, and a worker thread needs a module to start from.
 * Only an adapter's entry module knows it can serve as one, so it hands itself and its main
 * function to `mainOrScanWorker`: on the main thread that offers the entry and runs main; in
 * a scan worker it serves as a reader (src/boundary/read-worker.ts) alone. Without an offer (the
 * engine used as a library, tests in-process) the scan stays on the calling thread. Nothing
 * heavy is imported here: entry modules load this before anything else.
 *
 * An entry that knows it is about to run the boundary check (`warm`) starts the workers first
 * thing, so they are ready by the time the walk starts handing out files (src/boundary/scan-threads.ts).
 * A warm worker the scan does not use (a small tree) is ended then, and never keeps the process
 * alive.
 */
const SCAN_WORKER_KIND = 'pg-promote-boundary-scan';
/** The most threads a scan uses, the calling thread included. */
export const MAX_SCAN_THREADS = 4;

let offered: URL | undefined;
const warm: ScanWorker[] = [];

/** A started scan worker and its one reply (done, or why it failed). */
export interface ScanWorker {
  worker: Worker;
  reply: Promise<unknown>;
}

export interface EntryOptions {
  /** This run is a boundary check: start its scan workers now. */
  warm?: boolean;
}

export async function mainOrScanWorker(entry: string | URL, main: () => Promise<void>, options: EntryOptions = {}): Promise<void> {
  if (isMainThread) {
    offered = new URL(entry);
    // PostgreSQL's parser is not loaded here as well (that measured slower): its compile took
    // CPU time from the readers' start, and the scan loads it when the first candidate needs it.
    if (options.warm) warmUp(offered);
    await main();
    return;
  }
  if ((workerData as { kind?: string } | undefined)?.kind !== SCAN_WORKER_KIND) return;
  const { serveReadWorker } = await import('./read-worker.js');
  await serveReadWorker();
}

/** PG_PROMOTE_SCAN_THREADS=N fixes the thread count (1: never start workers); for tests and benchmarks. */
export function fixedScanThreads(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const fixed = Number(env.PG_PROMOTE_SCAN_THREADS);
  return Number.isInteger(fixed) && fixed >= 1 ? Math.min(fixed, MAX_SCAN_THREADS) : undefined;
}

/**
 * One thread per core, up to the most a scan uses. Readers are small (they read and pre-filter,
 * and compile little), so on a busy machine one more only shares the same work: with a
 * CPU-bound process beside it on 2 cores, two threads were still faster than one.
 */
export function usefulScanThreads(): number {
  return Math.min(os.availableParallelism(), MAX_SCAN_THREADS);
}

function warmUp(entry: URL): void {
  const threads = fixedScanThreads() ?? usefulScanThreads();
  for (let i = 1; i < threads; i++) {
    const started = startScanWorker(entry);
    started.worker.unref();
    warm.push(started);
  }
}

/** A warm worker if one is waiting, else a new one; undefined when no entry was offered. */
export function takeScanWorker(): ScanWorker | undefined {
  const ready = warm.shift();
  if (ready) {
    ready.worker.ref();
    return ready;
  }
  return offered ? startScanWorker(offered) : undefined;
}

/** Ends the warm workers no scan took. */
export function releaseWarmWorkers(): void {
  for (const w of warm.splice(0)) void w.worker.terminate();
}

function startScanWorker(entry: URL): ScanWorker {
  const worker = new Worker(entry, { workerData: { kind: SCAN_WORKER_KIND }, stdout: false, stderr: false });
  const reply = new Promise<unknown>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message) => {
      settled = true;
      resolve(message);
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`exited (code ${code}) before reporting`));
    });
  });
  // A worker ended unused (or after its scan failed) rejects: that is nobody's error.
  reply.catch(() => undefined);
  return { worker, reply };
}
