import { LineLocator } from '../sql/position.js';
import { findMarkers, type Marker } from './exceptions.js';
import { FileReader, type SkipReason } from './files.js';
import { extractFragments, type SqlFragment } from './fragments.js';
import { profileFor } from './languages.js';
import { loadParser, type PgParser } from './pg-parser.js';
import type { Token } from './literals.js';
import { builderTargets } from './query-builders.js';
import type { CompiledRule } from './rules.js';
import { classifySql, WRITE_WORDS } from './sql-classify.js';
import { lastOffsetOf, offsetOf } from './tokens.js';
import type { BoundaryFinding, WriteTarget } from './types.js';
import { createWordFilter, lastNameEnd, protectedNames, wordPattern, type WordFilter } from './word-filter.js';

/**
 * One file, start to finish: read it once, and let a cheap test on the raw bytes (a protected
 * name as a word) decide whether it is looked at any further. Only those files are lexed, and
 * only literals holding a protected name and a write word reach PostgreSQL's parser. A thread
 * (the main one or a worker) runs this over whichever files it takes next.
 */
export interface WalkedFile {
  rel: string;
  abs: string;
}

export type FileOutcome =
  | { index: number; skipped: SkipReason }
  | { index: number; bytes: number; parsed: boolean; findings: BoundaryFinding[]; markers?: Map<number, Marker> };

const BUILDER_WORDS = /\.(?:insert|upsert|update|delete|del|truncate|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|createTable\w*|alterTable|renameTable|dropTable\w*|createView|createMaterializedView|dropView\w*|createSchema\w*|dropSchema\w*|insert_many|bulk_insert)\s*\(|->\s*(?:insert|update|delete|upsert|truncate)\s*\(/;

// Bounds on the classification cache: a few megabytes at most, whatever the tree.
const CLASSIFIED_ENTRIES = 2000;
const CLASSIFIED_TEXT = 2000;
// While the parser loads: how much text waiting files may hold (memory stays bounded on a tree
// of large candidates).
const MAX_WAITING_CHARS = 16 * 1024 * 1024;

interface Candidates {
  fragments: SqlFragment[];
  /** The code tokens, when the file has a query-builder call to look for. */
  tokens?: Token[];
}

/** A file read whole that holds no protected name: nothing more to do with it. */
export const cleanOutcome = (index: number, bytes: number): FileOutcome => ({ index, bytes, parsed: false, findings: [] });

const cacheKey = (fragment: SqlFragment) => `${fragment.open ? '+' : '-'}${fragment.text}`;

export class FileScanner {
  private readonly word: RegExp;
  private readonly lastNameEnd: (text: string) => number;
  private readonly filter: WordFilter;
  private readonly reader: FileReader;
  private parser: PgParser | undefined;
  /**
   * Targets by fragment text: a service repeats its queries from file to file (the same
   * INSERT in every handler), and PostgreSQL's parser is the costliest step per fragment.
   */
  private readonly classified = new Map<string, WriteTarget[]>();
  /** Text held by files waiting for the parser to load. */
  private waitingChars = 0;

  constructor(private readonly rules: readonly CompiledRule[], maxFileBytes: number) {
    const names = protectedNames(rules);
    this.word = wordPattern(names);
    this.lastNameEnd = lastNameEnd(names);
    this.filter = createWordFilter(names);
    this.reader = new FileReader(maxFileBytes, this.filter.arena);
  }

  /**
   * Scans files[i] for every i that `next` hands out, until it hands out one past the end.
   * Synchronous per file (an await per file would be tens of thousands of promises), except
   * before the parser has loaded: a WebAssembly compile takes as long as scanning hundreds of
   * files, so files that need it wait (their text held, up to a bound) while the scan goes on.
   * Meanwhile the event loop turns after every file: the load is a chain of steps (the chunk's
   * import, then the compile) that each need a turn, and with a turn every 64 files it took
   * about 150 ms instead of 50, leaving this thread a backlog of waiting files to parse after
   * the readers had finished.
   */
  async scanShare(files: readonly WalkedFile[], next: () => number): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = [];
    const waiting: Array<Promise<FileOutcome>> = [];
    for (let i = next(); i < files.length; i = next()) {
      const outcome = this.scan(i, files[i]!);
      if (!(outcome instanceof Promise)) outcomes.push(outcome);
      else {
        // Awaited below: a rejection (the parser failed to load) must not count as unhandled meanwhile.
        outcome.catch(() => undefined);
        waiting.push(outcome);
      }
      if (this.parser !== undefined || waiting.length === 0) continue;
      if (this.waitingChars > MAX_WAITING_CHARS) {
        outcomes.push(...(await Promise.all(waiting.splice(0))));
        this.waitingChars = 0;
      } else {
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    outcomes.push(...(await Promise.all(waiting)));
    return outcomes;
  }

  scan(index: number, file: WalkedFile): FileOutcome | Promise<FileOutcome> {
    const read = this.reader.read(file.abs);
    if (!read.ok) return { index, skipped: read.reason };
    const bytes = read.bytes.length;
    if (!this.filter.test(read.bytes)) return cleanOutcome(index, bytes);
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    const candidates = this.candidates(file.rel, text);
    if (this.parser === undefined && candidates.fragments.length > 0) {
      this.waitingChars += text.length;
      return loadParser().then((parser) => {
        this.parser = parser;
        return this.outcome(index, bytes, file.rel, text, candidates);
      });
    }
    return this.outcome(index, bytes, file.rel, text, candidates);
  }

  private outcome(index: number, bytes: number, rel: string, text: string, candidates: Candidates): FileOutcome {
    const { findings, targets } = this.findingsIn(rel, text, candidates);
    // Markers matter only where a write was seen: there they accept one, or are reported unused.
    return { index, bytes, parsed: true, findings, markers: targets > 0 ? findMarkers(text) : undefined };
  }

  /** The literals that hold a protected name and a write word: only these reach the parser. */
  private candidates(rel: string, text: string): Candidates {
    const profile = profileFor(rel);
    // Without a builder-style write call in the file, the builder check has nothing to walk.
    const builders = Boolean(profile.builders) && BUILDER_WORDS.test(text);
    // Literals past the last protected name cannot hold one as the source spells it: the lex
    // stops there (it skips about a fifth of the candidates' text on the bench's tree). A builder
    // call's chain runs on past its table's name, so a file with builder calls is lexed whole.
    const until = builders ? Infinity : this.lastNameEnd(text);
    const { fragments, tokens } = extractFragments(text, profile, builders ? 'all' : 'around-strings', until);
    return { fragments: fragments.filter((f) => this.word.test(f.text) && WRITE_WORDS.test(f.text)), tokens: builders ? tokens : undefined };
  }

  private classify(fragment: SqlFragment): WriteTarget[] {
    const key = cacheKey(fragment);
    const known = this.classified.get(key);
    if (known) return known;
    const targets = classifySql(fragment.text, this.parser!, fragment.open);
    if (this.classified.size < CLASSIFIED_ENTRIES && fragment.text.length <= CLASSIFIED_TEXT) this.classified.set(key, targets);
    return targets;
  }

  private findingsIn(rel: string, text: string, candidates: Candidates): { findings: BoundaryFinding[]; targets: number } {
    const covering = this.rules.filter((r) => r.covers(rel));
    const targets: Array<WriteTarget & { sourceStart: number; sourceEnd: number }> = [];
    for (const fragment of candidates.fragments) {
      for (const t of this.classify(fragment)) {
        const whole = !fragment.map && fragment.base === undefined;
        const sourceStart = whole ? t.start : (offsetOf(fragment, t.start) ?? lastOffsetOf(fragment) ?? 0);
        const sourceEnd = whole ? t.end : (offsetOf(fragment, Math.max(t.start, t.end - 1)) ?? sourceStart) + 1;
        targets.push({ ...t, sourceStart, sourceEnd });
      }
    }
    if (candidates.tokens) {
      for (const t of builderTargets(candidates.tokens)) targets.push({ ...t, sourceStart: t.start, sourceEnd: t.end });
    }
    const findings: BoundaryFinding[] = [];
    if (targets.length === 0) return { findings, targets: 0 };
    targets.sort((a, b) => a.sourceStart - b.sourceStart);
    const locator = new LineLocator(text);
    const seen = new Set<string>();
    for (const t of targets) {
      const protecting = covering.filter((r) => r.protects(t));
      if (protecting.length === 0) continue;
      const at = locator.locate(t.sourceStart);
      const end = t.sourceEnd > t.sourceStart ? lineColumnOnLine(text, t.sourceStart, t.sourceEnd, at.column) : at.column + t.written.length;
      for (const rule of protecting) {
        const id = `${at.line}:${at.column}:${t.kind}:${rule.name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        findings.push({
          file: rel,
          line: at.line,
          column: at.column,
          endColumn: end,
          kind: t.kind,
          object: shownObject(text, t),
          rule: rule.name,
          via: t.via,
          snippet: snippetAt(text, t.sourceStart),
        });
      }
    }
    return { findings, targets: targets.length };
  }
}

/** End column of [start, end) when it stays on one line; otherwise the end of the start's line. */
function lineColumnOnLine(text: string, start: number, end: number, startColumn: number): number {
  let column = startColumn;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    if (!(c >= 0xdc00 && c <= 0xdfff)) column++;
  }
  return column;
}

/** An interpolated name (`eng.${table}`) is shown as the source spells it, not as the `__` stand-in. */
function shownObject(text: string, t: WriteTarget & { sourceStart: number; sourceEnd: number }): string {
  if (!t.written.includes('__')) return t.written;
  const source = text.slice(t.sourceStart, t.sourceEnd);
  return /[\r\n]/.test(source) ? t.written : source;
}

function snippetAt(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = offset;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  const line = text.slice(from, to).trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
