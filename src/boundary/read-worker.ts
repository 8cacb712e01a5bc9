import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { FileReader } from './files.js';
import { ScanBoard } from './scan-board.js';
import { createWordFilter, type ProtectedNames } from './word-filter.js';

/**
 * A reader thread of a large scan (src/boundary/scan-threads.ts): it takes files from the
 * board's cursor, reads each and runs the pre-filter, and records the answer on the board.
 * A file that holds a protected name is queued for the calling thread, which scans it in full.
 * Nothing heavier is imported here: this thread never lexes or parses.
 */
export interface ReadJob {
  board: SharedArrayBuffer;
  /** Paths to open, joined with NUL (which no path holds): one string clones far faster than thousands. */
  paths: string;
  count: number;
  names: ProtectedNames;
  maxFileBytes: number;
}

export async function serveReadWorker(): Promise<void> {
  let board: ScanBoard | undefined;
  try {
    const [job] = (await once(parentPort!, 'message')) as [ReadJob];
    board = new ScanBoard(job.board, job.count);
    const paths = job.count === 0 ? [] : job.paths.split('\0');
    const filter = createWordFilter(job.names);
    const reader = new FileReader(job.maxFileBytes, filter.arena);
    for (let i = board.claim(); i < job.count; i = board.claim()) {
      const read = reader.read(paths[i]!);
      if (!read.ok) board.markSkipped(i, read.reason);
      else if (filter.test(read.bytes)) board.pushCandidate(i);
      else board.markClean(i, read.bytes.length);
    }
    // Finished on the board before the reply: the calling thread, told, finds it so.
    board.finish();
    parentPort!.postMessage({ ok: true });
  } catch (err) {
    board?.finish();
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
}
