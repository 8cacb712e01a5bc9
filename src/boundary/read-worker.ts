import { once } from 'node:events';
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { FileReader } from './files.js';
import { ScanBoard } from './scan-board.js';
import { createWordFilter, type ProtectedNames } from './word-filter.js';

/**
 * A reader thread of a large scan (src/boundary/scan-threads.ts): it takes files from the
 * board's cursor, reads each and runs the pre-filter, and records the answer on the board.
 * A file that holds a protected name is queued for the calling thread, which scans it in full.
 * It starts while the calling thread is still walking: paths come in batches on `paths`, and a
 * file taken before its path has come waits for it. Nothing heavier is imported here: this
 * thread never lexes or parses.
 */
export interface ReadJob {
  board: SharedArrayBuffer;
  /** Batches of paths to open, each joined with NUL (which no path holds), in the walk's order. */
  paths: MessagePort;
  names: ProtectedNames;
  maxFileBytes: number;
}

/** Long enough not to spin, short enough that a batch is picked up at once. */
const WAIT_MS = 2;

export async function serveReadWorker(): Promise<void> {
  let board: ScanBoard | undefined;
  try {
    const [job] = (await once(parentPort!, 'message')) as [ReadJob];
    board = new ScanBoard(job.board);
    const paths: string[] = [];
    const filter = createWordFilter(job.names);
    const reader = new FileReader(job.maxFileBytes, filter.arena);
    for (let i = board.claim(); ; i = board.claim()) {
      if (!pathOf(i, paths, job.paths, board)) break;
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

/** Makes sure paths[i] has come; false when the walk ended without reaching file i. */
function pathOf(i: number, paths: string[], port: MessagePort, board: ScanBoard): boolean {
  while (paths.length <= i) {
    const batch = receiveMessageOnPort(port);
    if (batch) {
      for (const p of (batch.message as string).split('\0')) paths.push(p);
    } else if (i < board.published()) {
      // Published means posted: the batch is on its way.
      board.pause(WAIT_MS);
    } else if (!board.awaitPublished(i)) {
      return false;
    }
  }
  return true;
}
