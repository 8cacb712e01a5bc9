import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configError } from '../errors/promote-error.js';
import type { AcceptedFinding, BoundaryFinding } from './types.js';

/**
 * Accepted writes are explicit and visible: an inline marker with a reason on the line (or alone
 * on the line above), or an entry with a reason in the baseline file. Both show up in the
 * summary as accepted; a marker without a reason, or a baseline entry that matches nothing, is
 * reported as a problem rather than silently ignored.
 */
export const MARKER_TEXT = 'boundary-check: allow';
const MARKER = /boundary-check:\s*allow\b[\s:,-]*(.*)$/i;
// Comment closers that may follow the reason on the same line.
const CLOSERS = /\s*(?:\*\/|-->|"""|'''|#}|%>|\*\))\s*$/;

export interface Marker {
  line: number;
  reason: string;
  /** Alone on its line (a comment line): it covers the next line too. */
  standalone: boolean;
  used: boolean;
}

/** Markers of one file, by line. Cheap when the file has none. */
export function findMarkers(text: string): Map<number, Marker> {
  const markers = new Map<number, Marker>();
  if (!/boundary-check:/i.test(text)) return markers;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((content, i) => {
    const m = MARKER.exec(content);
    if (!m) return;
    const reason = m[1]!.replace(CLOSERS, '').trim();
    const standalone = /^\s*(?:\/\/|#|--|\/\*+|\*|<!--|;)?\s*$/.test(content.slice(0, m.index));
    markers.set(i + 1, { line: i + 1, reason, standalone, used: false });
  });
  return markers;
}

export function markerFor(markers: Map<number, Marker>, line: number): Marker | undefined {
  const same = markers.get(line);
  if (same) return same;
  const above = markers.get(line - 1);
  return above?.standalone ? above : undefined;
}

export interface BaselineEntry {
  file: string;
  rule?: string;
  kind?: string;
  object: string;
  reason: string;
  used: boolean;
}

export interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

/**
 * The baseline: `{"version": 1, "accepted": [{file, rule, kind, object, reason}]}` (or the bare
 * list). Lines are not part of a match, so edits elsewhere in a file do not un-accept a write.
 */
export function loadBaseline(root: string, written: string, key: string): Baseline {
  const abs = path.resolve(root, written);
  const rel = path.relative(root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw configError(`baseline '${written}' is outside the repository root`, { key });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw configError(`baseline ${code === 'ENOENT' ? 'not found' : `is not valid JSON: ${(err as Error).message}`}`, { file: written, key });
  }
  const list = Array.isArray(raw) ? raw : (raw as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw configError('baseline must be a list of accepted findings, or {"accepted": [...]}', { file: written, key });
  const entries = list.map((item, i): BaselineEntry => {
    const e = (item ?? {}) as Record<string, unknown>;
    const where = { file: written, key: `accepted.${i}` };
    for (const field of ['file', 'object', 'reason'] as const) {
      if (typeof e[field] !== 'string' || !(e[field] as string).trim()) throw configError(`accepted.${i}.${field} is required (a non-empty string)`, where);
    }
    return {
      file: (e.file as string).replace(/\\/g, '/').replace(/^\.\//, ''),
      rule: typeof e.rule === 'string' ? e.rule : undefined,
      kind: typeof e.kind === 'string' ? e.kind.toUpperCase() : undefined,
      object: normalizeObject(e.object as string),
      reason: (e.reason as string).trim(),
      used: false,
    };
  });
  return { path: rel.split(path.sep).join('/'), entries };
}

const normalizeObject = (o: string) => o.replace(/"/g, '').replace(/\s+/g, '').toLowerCase();

export function baselineFor(baseline: Baseline | undefined, f: BoundaryFinding): BaselineEntry | undefined {
  if (!baseline) return undefined;
  const object = normalizeObject(f.object);
  return baseline.entries.find(
    (e) => e.file === f.file && e.object === object && (e.rule === undefined || e.rule === f.rule) && (e.kind === undefined || e.kind === f.kind.toUpperCase()),
  );
}

/** Splits findings into failing and accepted, marking the exceptions that were used. */
export function applyExceptions(
  findings: readonly BoundaryFinding[],
  markersOf: (file: string) => Map<number, Marker>,
  baseline: Baseline | undefined,
  problems: string[],
): { failing: BoundaryFinding[]; accepted: AcceptedFinding[] } {
  const failing: BoundaryFinding[] = [];
  const accepted: AcceptedFinding[] = [];
  const reported = new Set<string>();
  for (const f of findings) {
    const marker = markerFor(markersOf(f.file), f.line);
    if (marker) {
      marker.used = true;
      if (marker.reason) {
        accepted.push({ ...f, reason: marker.reason, source: 'inline' });
        continue;
      }
      const id = `${f.file}:${marker.line}`;
      if (!reported.has(id)) problems.push(`${id}: '${MARKER_TEXT}' needs a reason after it; the finding stands`);
      reported.add(id);
    }
    const entry = baselineFor(baseline, f);
    if (entry) {
      entry.used = true;
      accepted.push({ ...f, reason: entry.reason, source: 'baseline' });
      continue;
    }
    failing.push(f);
  }
  return { failing, accepted };
}
