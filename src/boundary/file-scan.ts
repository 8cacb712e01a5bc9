import { countCodePoints, LineLocator } from '../sql/position.js';
import { findMarkers, type Marker } from './exceptions.js';
import { extractFragments, type SqlFragment } from './fragments.js';
import { profileFor } from './languages.js';
import { lastOffsetOf, offsetOf, type Token } from './tokens.js';
import { wordPattern, type ProtectedNames } from './prefilter.js';
import { builderTargets } from './query-builders.js';
import { lineEnd } from './string-forms.js';
import type { CompiledRule } from './rules.js';
import { classifySql, WRITE_WORDS, type PgParser } from './sql-classify.js';
import type { BoundaryFinding, WriteTarget } from './types.js';

/**
 * One file the pre-filter passed, start to finish: its string literals (or its whole text) that
 * hold a protected name and a write word go to PostgreSQL's parser; its query-builder calls to
 * the builder rules; what they write is checked against the rules that cover the file.
 */
const BUILDER_WORDS = /\.(?:insert|upsert|update|delete|del|truncate|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|createTable\w*|alterTable|renameTable|dropTable\w*|createView|createMaterializedView|dropView\w*|createSchema\w*|dropSchema\w*|insert_many|bulk_insert)\s*\(|->\s*(?:insert|update|delete|upsert|truncate)\s*\(/;

// Bounds on the classification cache: a few megabytes at most, whatever the tree.
const CLASSIFIED_ENTRIES = 2000;
const CLASSIFIED_TEXT = 2000;

export interface Candidates {
  fragments: SqlFragment[];
  /** The code tokens, when the file has a query-builder call to look for. */
  tokens?: Token[];
}

export interface FileFindings {
  findings: BoundaryFinding[];
  /** Markers matter only where a write was seen: there they accept one, or are reported unused. */
  markers?: Map<number, Marker>;
}

type Located = WriteTarget & { sourceStart: number; sourceEnd: number };

export class FileScanner {
  private readonly word: RegExp;
  /** Targets by fragment text: a service repeats its queries from file to file, and the parser is the costliest step. */
  private readonly classified = new Map<string, WriteTarget[]>();

  constructor(
    private readonly rules: readonly CompiledRule[],
    names: ProtectedNames,
  ) {
    this.word = wordPattern(names);
  }

  /** The literals that hold a protected name and a write word (only these reach the parser), and the builder calls' tokens. */
  candidates(rel: string, text: string): Candidates {
    const profile = profileFor(rel);
    // Without a builder-style write call in the file, the builder check has nothing to walk.
    const builders = Boolean(profile.builders) && BUILDER_WORDS.test(text);
    const { fragments, tokens } = extractFragments(text, profile, builders);
    return { fragments: fragments.filter((f) => this.word.test(f.text) && WRITE_WORDS.test(f.text)), tokens: builders ? tokens : undefined };
  }

  findings(rel: string, text: string, candidates: Candidates, parser: PgParser | undefined): FileFindings {
    const targets: Located[] = [];
    for (const fragment of candidates.fragments) {
      const whole = !fragment.map && fragment.base === undefined;
      for (const t of this.classify(fragment, parser!)) {
        const sourceStart = whole ? t.start : (offsetOf(fragment, t.start) ?? lastOffsetOf(fragment) ?? 0);
        const sourceEnd = whole ? t.end : (offsetOf(fragment, Math.max(t.start, t.end - 1)) ?? sourceStart) + 1;
        targets.push({ ...t, sourceStart, sourceEnd });
      }
    }
    if (candidates.tokens) for (const t of builderTargets(candidates.tokens)) targets.push({ ...t, sourceStart: t.start, sourceEnd: t.end });
    if (targets.length === 0) return { findings: [] };
    targets.sort((a, b) => a.sourceStart - b.sourceStart);
    const covering = this.rules.filter((r) => r.covers(rel));
    const locator = new LineLocator(text);
    const findings = new Map<string, BoundaryFinding>();
    for (const t of targets) {
      const protecting = covering.filter((r) => r.protects(t));
      if (protecting.length === 0) continue;
      const at = locator.locate(t.sourceStart);
      const end = t.sourceEnd > t.sourceStart ? at.column + countCodePoints(text, t.sourceStart, Math.min(t.sourceEnd, lineEnd(text, t.sourceStart))) : at.column + t.written.length;
      for (const rule of protecting) {
        const id = `${at.line}:${at.column}:${t.kind}:${rule.name}`;
        if (findings.has(id)) continue;
        const snippet = snippetAt(text, t.sourceStart);
        findings.set(id, { file: rel, line: at.line, column: at.column, endColumn: end, kind: t.kind, object: shownObject(text, t), rule: rule.name, via: t.via, snippet });
      }
    }
    return { findings: [...findings.values()], markers: findMarkers(text) };
  }

  private classify(fragment: SqlFragment, parser: PgParser): WriteTarget[] {
    const key = `${fragment.open ? '+' : '-'}${fragment.text}`;
    const known = this.classified.get(key);
    if (known) return known;
    const targets = classifySql(fragment.text, parser, fragment.open);
    if (this.classified.size < CLASSIFIED_ENTRIES && fragment.text.length <= CLASSIFIED_TEXT) this.classified.set(key, targets);
    return targets;
  }
}

/** An interpolated name (`eng.${table}`) is shown as the source spells it, not as the `__` stand-in. */
function shownObject(text: string, t: Located): string {
  if (!t.written.includes('__')) return t.written;
  const source = text.slice(t.sourceStart, t.sourceEnd);
  return /[\r\n]/.test(source) ? t.written : source;
}

function snippetAt(text: string, offset: number): string {
  const from = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const line = text.slice(from, lineEnd(text, offset)).trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
