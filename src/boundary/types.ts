/** What the boundary check reports; part of AnyResult. */
export interface BoundaryFinding {
  /** Repository-relative path, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY, ALTER, DROP, CREATE, GRANT, REVOKE, or a query-builder call. */
  kind: string;
  /** The protected object written to, as written (eng.t, eng_x, "eng"."t"). */
  object: string;
  rule: string;
  via: 'sql-parser' | 'fallback' | 'query-builder';
  /** The column just past the protected name, on `line` (SARIF region end). */
  endColumn?: number;
  /** The source line, trimmed and cut to 200 characters: what a reviewer needs to recognise it. */
  snippet?: string;
}

export interface AcceptedFinding extends BoundaryFinding {
  reason: string;
  source: 'inline' | 'baseline';
}

export interface BoundaryReport {
  findings: BoundaryFinding[];
  /** Findings accepted by an inline marker or the baseline, with their reasons: reported, not failed. */
  accepted: AcceptedFinding[];
  filesScanned: number;
  /** Files the cheap pre-filter passed on to literal extraction and SQL classification. */
  filesParsed?: number;
  bytesScanned?: number;
  /** Skipped files by reason (binary, too large, not UTF-8, unreadable, symlink loop). */
  skipped: Record<string, number>;
  /** Rules whose paths matched no file. */
  emptyRules: string[];
  /** Rules checked, with what they protect: the summary shows what was enforced. */
  rules?: Array<{ name: string; paths: string[]; protectedSchemas: string[]; protectedPrefixes: string[]; files: number }>;
  /** Inline markers without a reason, and baseline entries that matched nothing: never silent. */
  exceptionProblems?: string[];
  baselinePath?: string;
  sarifPath?: string;
  durationMs: number;
}

/** One place a protected object is written, before rules and exceptions are applied. */
export interface WriteTarget {
  kind: string;
  /** Lower-cased schema, when the statement names one (or search_path supplies it). */
  schema?: string;
  /** Lower-cased object name (table, view, function, ...); absent for schema-level statements. */
  name?: string;
  /** True when the statement acts on a schema itself (CREATE SCHEMA, GRANT ... ON SCHEMA). */
  schemaObject?: boolean;
  written: string;
  /** Offsets of `written` in the text that was classified. */
  start: number;
  end: number;
  via: BoundaryFinding['via'];
}

/** Targets found in a text that starts at `offset` of the text around it. */
export function shifted(targets: readonly WriteTarget[], offset: number): WriteTarget[] {
  return targets.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}
