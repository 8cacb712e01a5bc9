import { countCodePoints, LineLocator } from '../sql/position.js';
import { loadParser } from '../sql/parser.js';
import { findMarkers, type Marker } from './exceptions.js';
import { newReadBuffer, readSource, SkipCounter, walkFiles } from './files.js';
import { extractFragments } from './fragments.js';
import { profileFor } from './languages.js';
import { ModelIndex } from './orms/models.js';
import { preFilter, wordPattern } from './prefilter.js';
import { builderTargets } from './query-builders.js';
import type { CompiledRule, PathMatcher } from './rules.js';
import { classifySql } from './sql-classify.js';
import { lineEnd } from './string-forms.js';
import { lastOffsetOf, offsetOf } from './tokens.js';
import type { BoundaryFinding, BoundaryReport, WriteTarget } from './types.js';

/**
 * The scan: walk the files the rules cover and read each once; the pre-filter
 * (src/boundary/prefilter.ts) picks the few that hold a protected name or an ORM-like write
 * call. Only those are lexed: their string literals (or whole text) that hold a protected name
 * go to PostgreSQL's parser, their query-builder calls to the builder rules, and what they
 * write is checked against the rules that cover the file.
 * `only` is --paths: only files matching one of these (and a rule).
 */

export interface ScanResult extends Required<Pick<BoundaryReport, 'findings' | 'filesScanned' | 'filesParsed' | 'bytesScanned'>> {
  skipped: SkipCounter;
  /** Files each rule covered (read or skipped), by rule name. */
  filesPerRule: Map<string, number>;
  markers: Map<string, Map<number, Marker>>;
  /** Files that could not be parsed (code or a Prisma schema), each named once with what was not checked. */
  warnings: string[];
}

export async function scanTree(options: { root: string; rules: readonly CompiledRule[]; only?: readonly PathMatcher[] }): Promise<ScanResult> {
  const { root, rules, only } = options;
  const skipped = new SkipCounter();
  const accept = (rel: string) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
  const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal!) : rules.flatMap((r) => r.include.map((m) => m.base));
  const files = walkFiles({ root, starts, accept, skipped });
  const filesPerRule = new Map(rules.map((r) => [r.name, files.filter((f) => r.covers(f.rel)).length]));

  const result: ScanResult = { findings: [], filesScanned: 0, filesParsed: 0, bytesScanned: 0, skipped, filesPerRule, markers: new Map(), warnings: [] };
  const scanner = new FileScanner(rules, root, (rel, why) => {
    skipped.add('unparseable');
    result.warnings.push(`${rel}: could not be parsed: ${why}`);
  });
  const passes = preFilter(rules);
  const buffer = newReadBuffer();
  for (const file of files) {
    const read = readSource(file.abs, buffer);
    if (!read.ok) {
      skipped.add(read.reason);
      continue;
    }
    result.filesScanned++;
    result.bytesScanned += read.bytes.length;
    const passed = passes(read.bytes, file.abs);
    if (!passed) continue;
    result.filesParsed++;
    let text = read.bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    // PostgreSQL's parser (WebAssembly) is loaded when a file first needs it.
    await loadParser();
    const { findings, markers } = scanner.scan(file.rel, text, passed === 'orm');
    result.findings.push(...findings);
    if (markers) result.markers.set(file.rel, markers);
  }
  return result;
}

type Located = WriteTarget & { sourceStart: number; sourceEnd: number };

export class FileScanner {
  private readonly word: RegExp;
  private readonly models: ModelIndex;

  /** `root` lets ORM names be followed into the files they are imported from; `unparseable` hears of files that cannot be read as code. */
  constructor(
    private readonly rules: readonly CompiledRule[],
    root?: string,
    private readonly unparseable: (rel: string, why: string) => void = () => {},
  ) {
    this.word = wordPattern(rules);
    this.models = new ModelIndex(root, unparseable);
  }

  /**
   * One file the pre-filter passed, start to finish (the caller loads the parser first). `ormOnly`: the pre-filter
   * passed it for an ORM-like call alone (src/boundary/prefilter.ts). Markers come back only where a write was seen:
   * there they accept one, or are reported unused.
   */
  scan(rel: string, text: string, ormOnly = false): { findings: BoundaryFinding[]; markers?: Map<number, Marker> } {
    const profile = profileFor(rel);
    // Only worth a lex when a protected table can be behind the call.
    if (ormOnly && !this.models.mayWrite(rel, text, (m) => this.rules.some((r) => r.protects({ ...m, kind: '', written: '', start: 0, end: 0, via: 'query-builder' })))) return { findings: [] };
    const { fragments, tokens, broken } = extractFragments(text, profile);
    const targets: Located[] = [];
    // Only the literals that hold a protected name (and a write word: classifySql) reach the parser.
    for (const fragment of fragments.filter((f) => this.word.test(f.text))) {
      const whole = !fragment.map && fragment.base === undefined;
      for (const t of classifySql(fragment.text, fragment.open)) {
        const sourceStart = whole ? t.start : (offsetOf(fragment, t.start) ?? lastOffsetOf(fragment) ?? 0);
        const sourceEnd = whole ? t.end : (offsetOf(fragment, Math.max(t.start, t.end - 1)) ?? sourceStart) + 1;
        targets.push({ ...t, sourceStart, sourceEnd });
      }
    }
    if (profile.name === 'javascript' && broken) this.unparseable(rel, 'its brackets or strings do not balance; its query-builder and ORM calls were not checked, its SQL strings were');
    else if (profile.builders) {
      for (const t of builderTargets(tokens, this.models.forFile(rel, tokens))) targets.push({ ...t, sourceStart: t.start, sourceEnd: t.end });
    }
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
