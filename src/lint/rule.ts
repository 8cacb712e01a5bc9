import type { Node } from 'libpg-query';
import type { StatementLocator } from './locate.js';
import type { TableRef } from './tables.js';
import type { LintSeverity } from './types.js';

/**
 * One rule per file under rules/, in Squawk's layout. A rule looks at one parsed statement and
 * says where (a byte offset in the statement, as the parser counts) and why; the runner turns
 * that into a finding with file, line and column, applies the target database's knowledge and
 * the file's exceptions.
 */
/** Every rule id: a finding, an exception or a test that names a rule must name one of these. */
export type RuleId =
  | 'create-index-not-concurrently'
  | 'needs-no-transaction'
  | 'drop-index-not-concurrently'
  | 'reindex-not-concurrently'
  | 'vacuum-full-or-cluster'
  | 'add-column-rewrite'
  | 'add-column-required'
  | 'set-not-null-without-check'
  | 'add-constraint-without-not-valid'
  | 'attach-partition-without-check'
  | 'detach-partition-not-concurrently'
  | 'alter-domain-add-constraint'
  | 'unique-constraint-without-index'
  | 'alter-column-type'
  | 'drop-table'
  | 'drop-column'
  | 'drop-database'
  | 'truncate'
  | 'rename-table'
  | 'rename-column'
  | 'transaction-control'
  | 'timeout-turned-off'
  | 'prefer-robust-stmts'
  | 'newer-than-target'
  | 'missing-down-file'
  | 'parse-error'
  | 'invalid-file'
  | 'psql-meta-command'
  | 'non-sql-file'
  | 'large-file'
  | 'lint-exception-invalid'
  | 'lint-exception-unused';

export interface LintRule {
  id: RuleId;
  severity: LintSeverity;
  /**
   * A lock or rewrite hazard: it only exists on a table that already holds rows (a table made
   * by this file is exempt), and on a table above the size threshold it becomes an error.
   */
  lockHazard: boolean;
  /** One line: what it catches (help text, README). */
  summary: string;
  /** What to write instead (the finding's default fix). */
  fix: string;
  /** The Squawk rules that catch the same thing: the comparison test holds us to them. */
  squawk: readonly string[];
  /** False for what migrate refuses outright: an in-file exception cannot make it run. */
  allowable?: boolean;
  check?(node: Node, ctx: RuleContext): RuleHit[];
}

export interface RuleHit {
  /** Byte offset in the statement text; absent means where the statement starts. */
  at?: number;
  message: string;
  /** Overrides the rule's fix when the case needs a more specific one. */
  fix?: string;
  table?: TableRef;
  /** set-not-null: a validated `CHECK (column IS NOT NULL)` in the target makes it safe. */
  notNullColumn?: string;
}

/** What a rule may know beyond its statement; everything else is the runner's business. */
export interface RuleContext {
  /** False for files with `-- pg-promote:no-transaction`. */
  transactional: boolean;
  /** The PostgreSQL major version the verdicts assume: the target's, or lint.postgres_version. */
  postgresVersion: number;
  /** The statement's text as written (the splitter's), for rules that share migrate's text checks. */
  text: string;
  /** The table was created earlier in this file (still empty inside its transaction). */
  isNewInFile(table: TableRef): boolean;
  locate: StatementLocator;
  /** A validated `CHECK (column IS NOT NULL)` added by an earlier statement or file of the phase. */
  hasValidatedNotNullCheck(table: TableRef, column: string): boolean;
  /** Any validated CHECK on the table, from the target or an earlier statement or file of the phase. */
  hasValidatedCheck(table: TableRef): boolean;
  /** Added NOT VALID by an earlier statement of this file, so still inside its transaction. */
  addedNotValidInThisFile(table: TableRef, constraint: string): boolean;
}
