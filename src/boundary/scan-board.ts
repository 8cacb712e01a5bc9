import type { SkipReason } from './files.js';

/**
 * The shared memory of one threaded scan, one SharedArrayBuffer that every thread sees:
 *
 * - a cursor: the next file nobody has taken;
 * - each file's state: not yet read, read and clean (with its size), a candidate, or skipped
 *   and why;
 * - a queue of candidates: files a reader thread found holding a protected name, which the
 *   calling thread (the only one that lexes and parses) takes before any new file;
 * - how many reader threads have finished, and a count of news for the calling thread to wait on.
 *
 * Reader threads only read and pre-filter: that keeps them small (no parser, little code to
 * compile), and on a runner with two cores a thread that also lexed and parsed cost nearly as
 * much CPU time (its own compiles) as it saved.
 */
const CURSOR = 0;
const QUEUED = 1;
const TAKEN = 2;
const FINISHED = 3;
/** Bumped after each candidate is queued and each reader finishes: what the calling thread waits on. */
const NEWS = 4;
const HEADER = 5;

const PENDING = 0;
const CLEAN = 1;
const CANDIDATE = 2;
/** Reasons a reader can skip a file for; the state is SKIPPED + the reason's index. */
const READ_SKIPS: readonly SkipReason[] = ['binary', 'too large', 'not UTF-8', 'unreadable', 'not a regular file'];
const SKIPPED = 3;

export type FileState = { clean: number } | { skipped: SkipReason } | 'candidate' | 'pending';

export class ScanBoard {
  private readonly header: Int32Array;
  private readonly states: Int32Array;
  private readonly sizes: Int32Array;
  /** Candidate file indices plus one (0: a slot taken but not yet written). */
  private readonly queue: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly files: number,
  ) {
    this.header = new Int32Array(buffer, 0, HEADER);
    this.states = new Int32Array(buffer, HEADER * 4, files);
    this.sizes = new Int32Array(buffer, (HEADER + files) * 4, files);
    this.queue = new Int32Array(buffer, (HEADER + 2 * files) * 4, files);
  }

  static create(files: number): ScanBoard {
    return new ScanBoard(new SharedArrayBuffer((HEADER + 3 * files) * 4), files);
  }

  /** The next file nobody has taken; `files` or more when none is left. */
  claim(): number {
    return Atomics.add(this.header, CURSOR, 1);
  }

  markClean(file: number, bytes: number): void {
    this.sizes[file] = bytes;
    Atomics.store(this.states, file, CLEAN);
  }

  markSkipped(file: number, reason: SkipReason): void {
    const code = READ_SKIPS.indexOf(reason);
    Atomics.store(this.states, file, SKIPPED + (code < 0 ? READ_SKIPS.indexOf('unreadable') : code));
  }

  /** A reader found a protected name in the file: the calling thread scans it in full. */
  pushCandidate(file: number): void {
    Atomics.store(this.states, file, CANDIDATE);
    const slot = Atomics.add(this.header, QUEUED, 1);
    Atomics.store(this.queue, slot, file + 1);
    this.announce();
  }

  /** The oldest candidate not yet taken, if one is ready. */
  takeCandidate(): number | undefined {
    const taken = Atomics.load(this.header, TAKEN);
    if (taken >= Atomics.load(this.header, QUEUED)) return undefined;
    const entry = Atomics.load(this.queue, taken);
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
    const s = Atomics.load(this.states, file);
    if (s === PENDING) return 'pending';
    if (s === CLEAN) return { clean: this.sizes[file]! };
    if (s === CANDIDATE) return 'candidate';
    return { skipped: READ_SKIPS[s - SKIPPED]! };
  }
}
