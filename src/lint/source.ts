import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { RepoPath } from '../config/paths.js';
import { parseDirectives } from '../migrate/directives.js';
import { MAX_SQL_FILE_BYTES } from '../migrate/sql-file.js';
import type { Version } from '../migrate/versions.js';
import { lineColumnAt } from '../sql/position.js';
import { splitStatements, type SqlStatement } from '../sql/statements.js';

/**
 * A migration file as lint sees it. Unlike readSqlFile (which refuses a file on its first
 * problem, as migrate must), this keeps going: every problem becomes a finding and whatever
 * can still be linted is.
 */
export interface LintSource {
  phase: string;
  path: RepoPath;
  version: Version;
  content: string;
  statements: SqlStatement[];
  transactional: boolean;
}

/** A problem with the file as a whole, found before any statement is parsed. */
export interface FileProblem {
  rule: 'invalid-file' | 'psql-meta-command' | 'parse-error';
  message: string;
  line: number;
  column: number;
}

export interface ReadOutcome {
  source?: LintSource;
  problems: FileProblem[];
  /** Set when nothing in the file could be linted. */
  skipped?: string;
}

export function readLintSource(phase: string, path: RepoPath, version: Version): ReadOutcome {
  const unreadable = (message: string, line = 1): ReadOutcome => ({
    problems: [{ rule: 'invalid-file', message, line, column: 1 }],
    skipped: message,
  });
  let bytes: Buffer;
  try {
    bytes = readBounded(path.abs);
  } catch (err) {
    if (err instanceof TooLarge) {
      return unreadable(`file is ${(err.size / 1024 / 1024).toFixed(1)} MiB; pg-promote refuses files over ${MAX_SQL_FILE_BYTES / 1024 / 1024} MiB`);
    }
    return unreadable(`cannot read file: ${(err as Error).message}`);
  }
  const decoded = decode(bytes);
  if (typeof decoded !== 'string') return unreadable(decoded.message, decoded.line);
  return sourceFromText(phase, path, version, decoded);
}

/** The file's text, as read: split, checked for psql meta-commands and its header's directives. */
export function sourceFromText(phase: string, path: RepoPath, version: Version, text: string): ReadOutcome {
  const content = text.replace(/^\uFEFF/, '');
  const split = splitStatements(content);
  const problems: FileProblem[] = split.metaCommands.map((meta) => ({
    rule: 'psql-meta-command',
    message: `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql`,
    line: meta.line,
    column: meta.column,
  }));
  if (split.unterminated) {
    const { kind, line, column } = split.unterminated;
    problems.push({ rule: 'parse-error', message: `unterminated ${kind} starting here`, line, column });
  }
  // An empty or comment-only file is applied as a no-op and recorded: nothing to lint, nothing wrong.
  let transactional = true;
  const first = split.statements[0];
  try {
    transactional = parseDirectives(content.slice(0, first ? first.start : content.length), path.rel).transactional;
  } catch (err) {
    const e = err as Error & { context?: { line?: number } };
    problems.push({ rule: 'invalid-file', message: e.message, line: e.context?.line ?? 1, column: 1 });
  }
  return { source: { phase, path, version, content, statements: split.statements, transactional }, problems };
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/** One open, one fstat, one read: the size is checked before a 50 MB file is held in memory. */
function readBounded(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_SQL_FILE_BYTES) throw new TooLarge(size);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text, or why not (with the line of the first bad byte where that helps). */
function decode(bytes: Buffer): string | { message: string; line: number } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', line: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = bytes.subarray(0, nul).toString('utf8');
    return { message: 'file contains a NUL byte: not a SQL text file (UTF-16 or binary?); save it as UTF-8 text', line: lineColumnAt(before, before.length).line };
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const line = lineColumnAt(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
    return { message: 'file is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8', line };
  }
}
