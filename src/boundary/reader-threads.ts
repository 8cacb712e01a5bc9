import { on } from 'node:events';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readSource, type SkipReason } from './files.js';
import { preFilter, type Protecting } from './prefilter.js';

/**
 * Reading and pre-filtering every file is most of a large scan's time, and a runner has more
 * than one core: a reader thread does it, batch by batch, while the calling thread lexes and
 * classifies the candidates it names. A thread needs a module to start from, and only a bundled
 * entry module can be one: the adapters' entries hand themselves to `readerOrMain`. Without
 * that (tests in-process, the engine as a library) the calling thread reads alone.
 */
const KIND = 'pg-promote-boundary-reader';
/** Below this many files a thread's start costs more than it saves. */
const MIN_FILES_FOR_READER = 2000;
const BATCH = 256;

/** A file as read: what the pre-filter passed it for ('name' or 'orm'), else its size, or why it was skipped. */
export type ReadOutcome = number | 'name' | 'orm' | SkipReason;

interface ReadJob {
  kind: typeof KIND;
  paths: string[];
  names: Protecting;
}

let entry: URL | undefined;

export async function readerOrMain(entryUrl: string, main: () => Promise<void>): Promise<void> {
  if (isMainThread) {
    entry = new URL(entryUrl);
    return main();
  }
  const job = workerData as ReadJob | undefined;
  if (job?.kind !== KIND) return;
  for (const batch of readBatches(job)) parentPort!.postMessage(batch);
}

/** The outcomes of `paths` in batches, in order, from a reader thread when one pays. */
export function readInBatches(paths: string[], rules: Protecting): { threads: number; batches: AsyncIterable<ReadOutcome[]> | Iterable<ReadOutcome[]> } {
  const names = rules.map((r) => ({ protectedSchemas: r.protectedSchemas, protectedPrefixes: r.protectedPrefixes }));
  const job: ReadJob = { kind: KIND, paths, names };
  const threaded = entry !== undefined && paths.length >= MIN_FILES_FOR_READER && os.availableParallelism() > 1;
  return threaded ? { threads: 2, batches: fromThread(entry!, job) } : { threads: 1, batches: readBatches(job) };
}

function* readBatches(job: ReadJob): Generator<ReadOutcome[]> {
  const passes = preFilter(job.names);
  const outcome = (abs: string): ReadOutcome => {
    const read = readSource(abs);
    return !read.ok ? read.reason : (passes(read.bytes, abs) ?? read.bytes.length);
  };
  for (let from = 0; from < job.paths.length; from += BATCH) yield job.paths.slice(from, from + BATCH).map(outcome);
}

async function* fromThread(entry: URL, job: ReadJob): AsyncGenerator<ReadOutcome[]> {
  const worker = new Worker(entry, { workerData: job, stdout: false, stderr: false });
  try {
    let left = Math.ceil(job.paths.length / BATCH);
    // A thread that fails ends the iteration with its error.
    for await (const [outcomes] of on(worker, 'message')) {
      yield outcomes as ReadOutcome[];
      if (--left === 0) return;
    }
  } finally {
    await worker.terminate();
  }
}
