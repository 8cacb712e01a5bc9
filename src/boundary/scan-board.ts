import { usageError } from '../errors/promote-error.js';
import type { SkipReason } from './files.js';

/**
 * The shared memory of one threaded scan, one SharedArrayBuffer that every thread sees and that
 * grows as the walk finds files:
 *
 * - how many files the walk has handed out, and whether it has ended: readers start on the
 *   first files while the calling thread is still walking;
 * - a cursor: the next file nobody has taken;
 * - each file's state: not yet read, read and clean (with its size), a candidate, or skipped
 *   and why;
 * - a queue of candidates: files a reader thread found holding a protected name, which the
 *   calling thread (the only one that lexes and parses) takes before any new file;
 * - how many reader threads have finished, and a count of news for the calling thread to wait on.
 */
const CURSOR = 0;
const QUEUED = 1;
const TAKEN = 2;
const FINISHED = 3;
/** Bumped after each candidate is queued and each reader finishes: what the calling thread waits on. */
const NEWS = 4;
/** Files the walk has handed out so far, and whether it has ended (1). */
const PUBLISHED = 5;
const WALKED = 6;
const HEADER = 8;
/** Per file: its state, its size, and (indexed by queue slot) a queued candidate's index plus one. */
const STATE = 0;
const SIZE = 1;
const QUEUE = 2;
const FIELDS = 3;
/** The board grows with the walk, up to this many files. */
export const MAX_SCAN_FILES = 1 << 24;

const PENDING = 0;
const CLEAN = 1;
const CANDIDATE = 2;
/** Reasons a reader can skip a file for; the state is SKIPPED + the reason's index. */
const READ_SKIPS: readonly SkipReason[] = ['binary', 'too large', 'not UTF-8', 'unreadable', 'not a regular file'];
const SKIPPED = 3;

export type FileState = { clean: number } | { skipped: SkipReason } | 'candidate' | 'pending';

const bytesFor = (files: number) => (HEADER + FIELDS * files) * 4;

export class ScanBoard {
  private readonly header: Int32Array;
  /** Tracks the buffer's length as it grows. */
  private readonly cells: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER);
    this.cells = new Int32Array(buffer);
  }

  /** A board for files the walk is still finding: it grows as they are published. */
  static create(initialFiles = 4096): ScanBoard {
    return new ScanBoard(new SharedArrayBuffer(bytesFor(initialFiles), { maxByteLength: bytesFor(MAX_SCAN_FILES) }));
  }

  /** The walk has found `count` files in all (their paths already sent to the readers). */
  publish(count: number): void {
    if (count > MAX_SCAN_FILES) {
      throw usageError(`boundary-check: more than ${MAX_SCAN_FILES} files under the rules' paths; narrow them (the rules' paths, or --paths)`);
    }
    if (bytesFor(count) > this.buffer.byteLength) this.buffer.grow(Math.min(bytesFor(MAX_SCAN_FILES), Math.max(bytesFor(count), this.buffer.byteLength * 2)));
    Atomics.store(this.header, PUBLISHED, count);
    Atomics.notify(this.header, PUBLISHED);
  }

  /** The walk has ended: no file beyond those published will come. */
  complete(): void {
    Atomics.store(this.header, WALKED, 1);
    Atomics.notify(this.header, PUBLISHED);
  }

  published(): number {
    return Atomics.load(this.header, PUBLISHED);
  }

  /**
   * For a reader that has taken file `index`, not yet published: whether it ever will be (false
   * once the walk has ended short of it). Blocks the reader until then, which only a worker may.
   */
  awaitPublished(index: number): boolean {
    for (;;) {
      const published = Atomics.load(this.header, PUBLISHED);
      if (index < published) return true;
      if (Atomics.load(this.header, WALKED) === 1) return index < Atomics.load(this.header, PUBLISHED);
      Atomics.wait(this.header, PUBLISHED, published, 50);
    }
  }

  /** Blocks a reader for up to `ms`, or until more files are published. */
  pause(ms: number): void {
    Atomics.wait(this.header, PUBLISHED, Atomics.load(this.header, PUBLISHED), ms);
  }

  /** The next file nobody has taken (it may not be published yet). */
  claim(): number {
    return Atomics.add(this.header, CURSOR, 1);
  }

  markClean(file: number, bytes: number): void {
    this.cells[HEADER + FIELDS * file + SIZE] = bytes;
    Atomics.store(this.cells, HEADER + FIELDS * file + STATE, CLEAN);
  }

  markSkipped(file: number, reason: SkipReason): void {
    const code = READ_SKIPS.indexOf(reason);
    Atomics.store(this.cells, HEADER + FIELDS * file + STATE, SKIPPED + (code < 0 ? READ_SKIPS.indexOf('unreadable') : code));
  }

  /** A reader found a protected name in the file: the calling thread scans it in full. */
  pushCandidate(file: number): void {
    Atomics.store(this.cells, HEADER + FIELDS * file + STATE, CANDIDATE);
    const slot = Atomics.add(this.header, QUEUED, 1);
    Atomics.store(this.cells, HEADER + FIELDS * slot + QUEUE, file + 1);
    this.announce();
  }

  /** The oldest candidate not yet taken, if one is ready. */
  takeCandidate(): number | undefined {
    const taken = Atomics.load(this.header, TAKEN);
    if (taken >= Atomics.load(this.header, QUEUED)) return undefined;
    const entry = Atomics.load(this.cells, HEADER + FIELDS * taken + QUEUE);
    // Its slot is reserved but the index not yet written: it is ready a moment later.
    if (entry === 0) return undefined;
    Atomics.store(this.header, TAKEN, taken + 1);
    return entry - 1;
  }

  /** A reader has taken its last file. */
  finish(): void {
    Atomics.add(this.header, FINISHED, 1);
    this.announce();
  }

  finished(): number {
    return Atomics.load(this.header, FINISHED);
  }

  /** How much has happened so far: read it before looking at the board, then wait for more. */
  news(): number {
    return Atomics.load(this.header, NEWS);
  }

  /**
   * Resolves once something has happened since `seen` (at once if it already has), or after
   * `ms` anyway. Whatever was announced before `seen` was read is visible on the board: a
   * reader writes its candidate, or its finish, before announcing it.
   */
  async newsSince(seen: number, ms: number): Promise<void> {
    const wait = Atomics.waitAsync(this.header, NEWS, seen, ms);
    if (wait.async) await wait.value;
  }

  private announce(): void {
    Atomics.add(this.header, NEWS, 1);
    Atomics.notify(this.header, NEWS);
  }

  state(file: number): FileState {
    const s = Atomics.load(this.cells, HEADER + FIELDS * file + STATE);
    if (s === PENDING) return 'pending';
    if (s === CLEAN) return { clean: this.cells[HEADER + FIELDS * file + SIZE]! };
    if (s === CANDIDATE) return 'candidate';
    return { skipped: READ_SKIPS[s - SKIPPED]! };
  }
}
