/** What the boundary check reports; part of PromoteResult. */
export interface BoundaryFinding {
  /** Repository-relative path, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY, ALTER, DROP, CREATE, GRANT, REVOKE, or a query-builder call. */
  kind: string;
  /** The protected object written to, as written (eng.t, eng_x, "eng"."t"). */
  object: string;
  /** The rule's name. */
  rule: string;
  /** How it was found: parsed SQL, tolerant fallback, or a query builder. */
  via: 'sql-parser' | 'fallback' | 'query-builder';
}

export interface BoundaryReport {
  findings: BoundaryFinding[];
  /** Findings accepted by an inline marker or the baseline, with their reasons: reported, not failed. */
  accepted: Array<BoundaryFinding & { reason: string; source: 'inline' | 'baseline' }>;
  filesScanned: number;
  /** Skipped files by reason (binary, too large, not UTF-8, unreadable, symlink loop). */
  skipped: Record<string, number>;
  /** Rules whose paths matched no file. */
  emptyRules: string[];
  sarifPath?: string;
  durationMs: number;
}
