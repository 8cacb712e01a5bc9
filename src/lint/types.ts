/** What migration lint reports; part of AnyResult. */
export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  /** Stable rule id, e.g. create-index-not-concurrently. */
  rule: string;
  severity: LintSeverity;
  phase: string;
  /** Repository-relative path, forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to write instead. */
  fix: string;
  /** With a database: the table's size and row estimate (rows is -1 when never analyzed). */
  table?: { name: string; bytes: number; rows: number };
  /** True when the table's size raised the rule's severity to error. */
  raised?: boolean;
}

export interface LintReport {
  findings: LintFinding[];
  /** Findings silenced by an in-file exception, with its reason: reported, never silent. */
  exceptions: Array<LintFinding & { reason: string }>;
  filesLinted: number;
  /** Files at or below a phase's lint.since: history, not linted (absent when none). */
  history?: number;
  /** Findings lint.disable or lint.overrides switched off (absent when none): counted, not listed. */
  disabled?: number;
  /** Files that could not be linted (not SQL, encoding, size), each with why. */
  skipped: Array<{ file: string; reason: string }>;
  durationMs: number;
  /** Findings per severity, exceptions not included. */
  counts: Record<LintSeverity, number>;
  /** The PostgreSQL major version the verdicts assume, and whether the target or the config said so. */
  postgresVersion: { major: number; from: 'database' | 'config' };
  /** With a database: its display name, and the size from which hazards become errors. */
  database?: { target: string; largeTableBytes: number };
}
