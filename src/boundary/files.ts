import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Finding the files a rule covers and reading them. Nothing here may crash on a hostile tree:
 * every file that cannot be scanned is counted under a reason, and the summary shows the counts.
 */
export type SkipReason = 'binary' | 'too large' | 'not UTF-8' | 'unreadable' | 'symlink loop' | 'symlink outside the root' | 'not a regular file' | 'documentation' | 'generated' | 'vendored or VCS folder' | 'unparseable';

export class SkipCounter {
  readonly counts: Record<string, number> = {};
  add(reason: SkipReason): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
  }
}

const MAX_FILE_BYTES = 4 * 1024 * 1024;

// Never the app's own code, and scanning them would be slow and noisy.
const EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', '__pycache__']);

// Prose, not code: a README quoting an INSERT is documentation of it.
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.rst', '.adoc', '.asciidoc', '.txt', '.rtf', '.org', '.textile']);
// Machine output that repeats source text (a source map embeds every file it maps).
const GENERATED_EXTENSIONS = new Set(['.map', '.lock', '.snap']);

export interface WalkOptions {
  root: string;
  /** Folders (or files) to start from, relative to the root; '' is the root itself. */
  starts: string[];
  /** Whether a file is covered by some rule (and by --paths): only these are reported. */
  accept(rel: string): boolean;
  skipped: SkipCounter;
}

/** Every regular file under the starts that `accept` wants, each once, never leaving the root. */
export function walkFiles(options: WalkOptions): Array<{ rel: string; abs: string }> {
  const { root, skipped, accept } = options;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return [];
  }
  const out: Array<{ rel: string; abs: string }> = [];
  const walkedDirs = new Set<string>();
  const consider = (rel: string, abs: string): void => {
    if (!accept(rel)) return;
    const ext = path.extname(rel).toLowerCase();
    if (DOC_EXTENSIONS.has(ext)) skipped.add('documentation');
    else if (GENERATED_EXTENSIONS.has(ext)) skipped.add('generated');
    else out.push({ rel, abs });
  };
  const walkDir = (rel: string, abs: string, real: string, chain: ReadonlySet<string>): void => {
    if (walkedDirs.has(real)) return;
    walkedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      skipped.add('unreadable');
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const childAbs = child(abs, entry.name);
      if (entry.isDirectory()) {
        if (EXCLUDED_DIRS.has(entry.name)) skipped.add('vendored or VCS folder');
        else walkDir(childRel, childAbs, child(real, entry.name), chain);
      } else if (entry.isFile()) {
        consider(childRel, childAbs);
      } else if (entry.isSymbolicLink()) {
        followLink(childRel, childAbs, chain);
      } else if (accept(childRel)) {
        skipped.add('not a regular file');
      }
    }
  };
  const followLink = (rel: string, abs: string, chain: ReadonlySet<string>): void => {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (accept(rel) || code === 'ELOOP') skipped.add(code === 'ELOOP' ? 'symlink loop' : 'unreadable');
      return;
    }
    const inside = path.relative(realRoot, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      if (accept(rel)) skipped.add('symlink outside the root');
      return;
    }
    const st = tryStat(() => statSync(target));
    if (!st?.isDirectory()) {
      // The reader trusts the walk to hand it regular files: it asks a file that fits its buffer
      // nothing but its bytes, and a FIFO, a socket or a device is no source file.
      if (!st?.isFile()) {
        if (accept(rel)) skipped.add(st ? 'not a regular file' : 'unreadable');
        return;
      }
      // Reached under its own name too when a rule covers that: one file, one set of findings.
      const ownRel = inside.split(path.sep).join('/');
      if (ownRel !== rel && accept(ownRel) && walkedStartCovers(ownRel)) return;
      consider(rel, target);
      return;
    }
    // A link to a folder that contains it would make the walk endless.
    if (chain.has(target) || [...chain].some((c) => target === c || c.startsWith(target + path.sep))) {
      skipped.add('symlink loop');
      return;
    }
    walkDir(rel, target, target, new Set([...chain, target]));
  };
  const walkedStartCovers = (rel: string) => options.starts.some((s) => s === '' || rel === s || rel.startsWith(`${s}/`));
  for (const start of dedupeStarts(options.starts)) {
    const abs = start ? path.join(root, start) : path.normalize(root);
    const st = tryStat(() => lstatSync(abs));
    if (!st) continue;
    if (st.isSymbolicLink()) followLink(start, abs, new Set([realRoot]));
    else if (st.isDirectory()) walkDir(start, abs, start ? path.join(realRoot, start) : realRoot, new Set([realRoot, path.join(realRoot, start)]));
    else if (st.isFile()) consider(start, abs);
  }
  return out;
}

function tryStat(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** path.join for a normalized folder and a name from readdir, without normalizing the whole path again. */
function child(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** `apps` already covers `apps/vh`: walking both would read every file twice. */
function dedupeStarts(starts: readonly string[]): string[] {
  const sorted = [...new Set(starts)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => k === '' || s === k || s.startsWith(`${k}/`))) kept.push(s);
  return kept;
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: SkipReason };

// O_NONBLOCK: the walk passes regular files only, but one swapped for a FIFO since then must not
// hang the open (it reads as empty instead). On a regular file the flag changes nothing.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file into a buffer reused for the next file: memory stays flat on a 200 MB tree. The
 * walk has checked that files are regular, so a file costs open, one read and close: the buffer
 * holds one byte more than a file up to 256 KiB (or the limit), which tells a full read from the end.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(256 * 1024 + 1);
  read(abs: string): ReadResult {
    let fd: number;
    try {
      fd = openSync(abs, OPEN_FLAGS);
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    try {
      let length = readSync(fd, this.buffer, 0, this.buffer.length, 0);
      if (length === this.buffer.length) {
        // Only a file larger than the buffer asks for its size: whether it is over the limit
        // is known before reading megabytes of it.
        const st = fstatSync(fd);
        if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
        if (st.size > MAX_FILE_BYTES) return { ok: false, reason: 'too large' };
        length = this.readRest(fd, length);
        if (length > MAX_FILE_BYTES) return { ok: false, reason: 'too large' };
      }
      const bytes = this.buffer.subarray(0, length);
      // git's test: a NUL byte near the start means binary.
      if (bytes.subarray(0, 8000).indexOf(0) >= 0) return { ok: false, reason: 'binary' };
      if (!isUtf8(bytes)) return { ok: false, reason: 'not UTF-8' };
      return { ok: true, bytes };
    } catch {
      return { ok: false, reason: 'unreadable' };
    } finally {
      closeSync(fd);
    }
  }

  /** Reads on to the end or one byte past the limit: a file that grew since its size was taken is still too large. */
  private readRest(fd: number, length: number): number {
    for (;;) {
      if (length === this.buffer.length) {
        if (length > MAX_FILE_BYTES) return length;
        const grown = Buffer.allocUnsafe(Math.min(MAX_FILE_BYTES + 1, length * 2));
        this.buffer.copy(grown, 0, 0, length);
        this.buffer = grown;
      }
      const n = readSync(fd, this.buffer, length, this.buffer.length - length, length);
      if (n === 0) return length;
      length += n;
    }
  }
}
