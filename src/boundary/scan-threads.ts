import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { PromoteError } from '../errors/promote-error.js';
import { cleanOutcome, FileScanner, type FileOutcome, type WalkedFile } from './file-scan.js';
import type { ReadJob } from './read-worker.js';
import type { CompiledRule } from './rules.js';
import { ScanBoard } from './scan-board.js';
import { protectedNames } from './word-filter.js';
import { fixedScanThreads, releaseWarmWorkers, takeScanWorker, usefulScanThreads, type ScanWorker } from './worker-entry.js';

/**
 * Reading thousands of files is most of a scan's time on one core; the runner has more. Large
 * trees are read by the calling thread and reader threads together, each taking the next file
 * from one shared cursor (src/boundary/scan-board.ts), so no thread idles while another has a
 * queue. Small trees stay on one thread: a worker's start-up would cost more than it saves.
 */
export const MIN_FILES_FOR_WORKERS = 2000;

export function scanThreads(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = fixedScanThreads(env);
  if (fixed !== undefined) return fixed;
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return usefulScanThreads();
}

export interface ThreadedScanInput {
  rules: readonly CompiledRule[];
  maxFileBytes: number;
}

/** A bound on each wait: every change is announced, and a reader that dies ends the wait through its exit. */
const POLL_MS = 50;

/** Paths go to the readers in batches of this many while the walk goes on. */
const BATCH = 512;

/**
 * The threads of one scan. Reader workers are taken (warm ones first, src/boundary/worker-entry.ts)
 * once the walk has found enough files to be worth them, and start reading then: the walk sends
 * them its paths in batches as it goes. They read and pre-filter; the calling thread, once its
 * walk is done, scans in full every file they queue as a candidate, and takes new files itself
 * in between. Readers do no more than that: it keeps them small (no lexer or parser to compile),
 * and on a runner with two cores a reader that also lexed and parsed cost nearly as much CPU
 * time, in its own compiles, as it saved.
 */
export class ScanPool {
  private workers: ScanWorker[] = [];
  private started = false;
  /** PG_PROMOTE_SCAN_THREADS fixes a count above one: workers start whatever the tree's size. */
  private readonly fixed = scanThreads(0) > 1;
  /** Once readers run: their board, a port to each for paths, how many paths are sent, their replies. */
  private board: ScanBoard | undefined;
  private ports: MessagePort[] = [];
  private sent = 0;
  private readers: Promise<void[]> | undefined;

  constructor(private readonly input: ThreadedScanInput) {}

  /** The threads this scan runs on, the calling thread included. */
  get threads(): number {
    return 1 + this.workers.length;
  }

  /** The walk has found another file (`files` so far): readers start once that many will use them. */
  walked(files: readonly WalkedFile[]): void {
    if (!this.started) {
      if (files.length < MIN_FILES_FOR_WORKERS && !this.fixed) return;
      this.started = true;
      const threads = scanThreads(files.length);
      for (let i = 1; i < threads; i++) {
        const worker = takeScanWorker();
        if (worker) this.workers.push(worker);
      }
      releaseWarmWorkers();
      if (this.workers.length > 0) this.startReaders();
    }
    if (this.board && files.length - this.sent >= BATCH) this.send(files);
  }

  private startReaders(): void {
    const board = ScanBoard.create();
    for (const w of this.workers) {
      const { port1, port2 } = new MessageChannel();
      this.ports.push(port1);
      const job: ReadJob = { board: board.buffer, paths: port2, names: protectedNames(this.input.rules), maxFileBytes: this.input.maxFileBytes };
      w.worker.postMessage(job, [port2]);
    }
    this.board = board;
    this.readers = Promise.all(this.workers.map(replyOf));
    // Awaited in scan; a reader failing meanwhile must not count as unhandled.
    this.readers.catch(() => undefined);
  }

  /** Sends the paths found since the last batch; only then are those files published on the board. */
  private send(files: readonly WalkedFile[]): void {
    if (files.length === this.sent) return;
    const batch = files
      .slice(this.sent)
      .map((f) => f.abs)
      .join('\0');
    for (const port of this.ports) port.postMessage(batch);
    this.sent = files.length;
    this.board!.publish(this.sent);
  }

  /** Every file's outcome, in the walk's order, whichever thread produced it. */
  async scan(files: WalkedFile[]): Promise<FileOutcome[]> {
    this.walked(files);
    releaseWarmWorkers();
    const board = this.board;
    if (!board) {
      let next = 0;
      const scanner = new FileScanner(this.input.rules, this.input.maxFileBytes);
      return sortedByIndex(await scanner.scanShare(files, () => next++));
    }
    try {
      this.send(files);
      board.complete();
      const readers = this.readers!;
      const scanner = new FileScanner(this.input.rules, this.input.maxFileBytes);
      // A queued candidate first: only this thread can scan it, while any thread can read.
      const outcomes = await scanner.scanShare(files, () => board.takeCandidate() ?? board.claim());
      const queued = () => board.takeCandidate() ?? files.length;
      for (;;) {
        const seen = board.news();
        // Read before the drain: when every reader had finished by then, every candidate it
        // queued is visible to the drain, and nothing more can come.
        const done = board.finished() === this.workers.length;
        outcomes.push(...(await scanner.scanShare(files, queued)));
        if (done) break;
        await Promise.race([board.newsSince(seen, POLL_MS), readers]);
      }
      await readers;
      return sortedByIndex([...outcomes, ...settledByReaders(board, files.length, outcomes)]);
    } catch (err) {
      // A reader failed: the others' work is wasted, and must not outlive the scan.
      await this.close();
      throw err;
    } finally {
      for (const port of this.ports) port.close();
    }
  }

  /** Stops workers that are still running (the scan failed, or never got its files). */
  async close(): Promise<void> {
    releaseWarmWorkers();
    for (const port of this.ports) port.close();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** The outcomes readers recorded: every file the calling thread did not scan itself. */
function settledByReaders(board: ScanBoard, files: number, scanned: readonly FileOutcome[]): FileOutcome[] {
  const own = new Uint8Array(files);
  for (const o of scanned) own[o.index] = 1;
  const settled: FileOutcome[] = [];
  for (let index = 0; index < files; index++) {
    if (own[index]) continue;
    const state = board.state(index);
    if (typeof state === 'string') throw new PromoteError('internal', `boundary scan: file ${index} was left ${state} by the reader threads`);
    settled.push('clean' in state ? cleanOutcome(index, state.clean) : { index, skipped: state.skipped });
  }
  return settled;
}

function sortedByIndex(outcomes: FileOutcome[]): FileOutcome[] {
  return outcomes.sort((a, b) => a.index - b.index);
}

async function replyOf(w: ScanWorker): Promise<void> {
  let message;
  try {
    message = (await w.reply) as { ok: true } | { ok: false; message: string };
  } catch (err) {
    throw new PromoteError('internal', `boundary scan worker failed: ${(err as Error).message}`);
  }
  if (!message.ok) throw new PromoteError('internal', `boundary scan worker failed: ${message.message}`);
}
