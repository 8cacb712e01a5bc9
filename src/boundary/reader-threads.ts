import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PromoteError } from '../errors/promote-error.js';
import { FileReader, type SkipReason } from './files.js';
import { preFilter, type ProtectedNames } from './prefilter.js';

/**
 * Reading and pre-filtering every file is most of a large scan's time, and a runner has more
 * than one core: reader threads do it, batch by batch, while the calling thread lexes and
 * classifies the candidates they name. A thread needs a module to start from, and only a
 * bundled entry module can be one: the adapters' entries hand themselves to `readerOrMain`.
 * Without that (tests in-process, the engine as a library) the calling thread reads alone.
 */
const KIND = 'pg-promote-boundary-reader';
/** Below this many files a thread's start costs more than it saves. */
export const MIN_FILES_FOR_READERS = 2000;
export const BATCH = 256;

/** A file as read: its size when it holds no protected name, 'candidate' when it does, or why it was skipped. */
export type ReadOutcome = number | 'candidate' | SkipReason;

interface ReaderJob {
  kind: typeof KIND;
  names: ProtectedNames;
  maxFileBytes: number;
}

let entry: URL | undefined;

export async function readerOrMain(entryUrl: string, main: () => Promise<void>): Promise<void> {
  if (isMainThread) {
    entry = new URL(entryUrl);
    return main();
  }
  const job = workerData as ReaderJob | undefined;
  if (job?.kind !== KIND) return;
  const outcome = readOutcomes(job.names, job.maxFileBytes);
  parentPort!.on('message', ([batch, paths]: [number, string[]]) => parentPort!.postMessage([batch, paths.map(outcome)]));
}

export function readOutcomes(names: ProtectedNames, maxFileBytes: number): (abs: string) => ReadOutcome {
  const reader = new FileReader(maxFileBytes);
  const holdsName = preFilter(names);
  return (abs) => {
    const read = reader.read(abs);
    return !read.ok ? read.reason : holdsName(read.bytes) ? 'candidate' : read.bytes.length;
  };
}

/** The outcomes of each batch of `paths`, in order; undefined when no threads are worth starting. */
export function startReaders(paths: readonly string[], names: ProtectedNames, maxFileBytes: number): Readers | undefined {
  const count = Math.min(os.availableParallelism() - 1, 3);
  if (!entry || count < 1 || paths.length < MIN_FILES_FOR_READERS) return undefined;
  return new Readers(entry, count, paths, { kind: KIND, names, maxFileBytes });
}

export class Readers {
  private readonly workers: Worker[];
  private readonly done = new Map<number, ReadOutcome[]>();
  private wanted: { batch: number; resolve: (o: ReadOutcome[]) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(entry: URL, count: number, paths: readonly string[], job: ReaderJob) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(entry, { workerData: job, stdout: false, stderr: false });
      worker.on('message', ([batch, outcomes]: [number, ReadOutcome[]]) => {
        const wanted = this.wanted;
        if (wanted?.batch !== batch) this.done.set(batch, outcomes);
        else {
          this.wanted = undefined;
          wanted.resolve(outcomes);
        }
      });
      worker.on('error', (err) => this.fail(err.message));
      worker.on('exit', (code) => this.fail(`exited (code ${code})`));
      return worker;
    });
    for (let b = 0; b * BATCH < paths.length; b++) this.workers[b % count]!.postMessage([b, paths.slice(b * BATCH, (b + 1) * BATCH)]);
  }

  get threads(): number {
    return this.workers.length;
  }

  batch(b: number): Promise<ReadOutcome[]> {
    const ready = this.done.get(b);
    this.done.delete(b);
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.wanted = { batch: b, resolve, reject }));
  }

  private fail(why: string): void {
    this.failure ??= new PromoteError('internal', `boundary scan: a reader thread failed: ${why}`);
    this.wanted?.reject(this.failure);
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
