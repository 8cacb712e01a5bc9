import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { byCodeUnits } from '../code-unit-order.js';

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

/**
 * Every regular file under `starts` (folders or files relative to the root; '' is the root itself) that `accept` wants
 * (covered by some rule, and by --paths: only these are reported), each once, never leaving the root.
 */
export function walkFiles(options: { root: string; starts: string[]; accept(rel: string): boolean; skipped: SkipCounter }) {
  const { root, starts, accept, skipped } = options;
  const realRoot = unlessRefused(() => realpathSync(root));
  if (realRoot === undefined) return [];
  const out: Array<{ rel: string; abs: string }> = [];
  const walkedDirs = new Set<string>();
  const consider = (rel: string, abs: string): void => {
    if (!accept(rel)) return;
    const ext = path.extname(rel).toLowerCase();
    if (DOC_EXTENSIONS.has(ext)) skipped.add('documentation');
    else if (GENERATED_EXTENSIONS.has(ext)) skipped.add('generated');
    else out.push({ rel, abs });
  };
  const walkDir = (rel: string, abs: string, real: string, chain: readonly string[]): void => {
    if (walkedDirs.has(real)) return;
    walkedDirs.add(real);
    const entries = unlessRefused(() => readdirSync(abs, { withFileTypes: true }));
    if (!entries) return void skipped.add('unreadable');
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
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
  const followLink = (rel: string, abs: string, chain: readonly string[]): void => {
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
    const st = unlessRefused(() => statSync(target));
    if (st?.isDirectory()) {
      // A link to a folder that contains it would make the walk endless.
      if (chain.some((c) => target === c || c.startsWith(target + path.sep))) skipped.add('symlink loop');
      else walkDir(rel, target, target, [...chain, target]);
    } else if (!st?.isFile()) {
      // A FIFO, a socket or a device is no source file (and reading a FIFO would hang).
      if (accept(rel)) skipped.add(st ? 'not a regular file' : 'unreadable');
    } else {
      // Reached under its own name too when a rule covers that: one file, one set of findings.
      const ownRel = inside.split(path.sep).join('/');
      if (ownRel === rel || !accept(ownRel) || !starts.some((s) => s === '' || ownRel === s || ownRel.startsWith(`${s}/`))) consider(rel, target);
    }
  };
  for (const start of dedupeStarts(starts)) {
    const abs = path.join(root, start);
    const st = unlessRefused(() => lstatSync(abs));
    if (st?.isSymbolicLink()) followLink(start, abs, [realRoot]);
    else if (st?.isDirectory()) walkDir(start, abs, path.join(realRoot, start), [realRoot, path.join(realRoot, start)]);
    else if (st?.isFile()) consider(start, abs);
  }
  return out;
}

/** What a file system call answers, or undefined where it fails (a file gone, a folder unreadable). */
export function unlessRefused<T>(call: () => T): T | undefined {
  try {
    return call();
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
  const sorted = [...starts].sort((a, b) => a.length - b.length);
  return sorted.filter((s, j) => !sorted.slice(0, j).some((k) => k === '' || s === k || s.startsWith(`${k}/`)));
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: SkipReason };

// O_NONBLOCK: the walk passes regular files only, but one swapped for a FIFO since then must not
// hang the open (it reads as empty instead). On a regular file the flag changes nothing.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A buffer for readSource to fill: one per scan instead of a new one per file, which on a large tree was a sixth of the reading. */
export const newReadBuffer = (): Buffer => Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

/**
 * A file's bytes, or why it is not scanned. Its size is asked first: a file over the limit is
 * known before megabytes of it are read. The read goes on to the end, for a file that reports no
 * size (as on some special file systems): that is checked after. With `into` (newReadBuffer) the
 * bytes are a view of it, good until its next read.
 */
export function readSource(abs: string, into?: Buffer): ReadResult {
  let bytes: Buffer;
  try {
    const fd = openSync(abs, OPEN_FLAGS);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
      if (st.size > MAX_FILE_BYTES) return { ok: false, reason: 'too large' };
      if (into) {
        let n = 0;
        let got = 0;
        while (n < into.length && (got = readSync(fd, into, n, into.length - n, null)) > 0) n += got;
        bytes = into.subarray(0, n);
      } else bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too large' };
  // git's test: a NUL byte near the start means binary.
  if (bytes.subarray(0, 8000).indexOf(0) >= 0) return { ok: false, reason: 'binary' };
  if (!isUtf8(bytes)) return { ok: false, reason: 'not UTF-8' };
  return { ok: true, bytes };
}
