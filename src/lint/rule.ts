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
export interface LintRule {
  id: string;
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
  locate: StatementLocator;
  /** A validated `CHECK (column IS NOT NULL)` added by an earlier statement or file of the phase. */
  hasValidatedNotNullCheck(table: TableRef, column: string): boolean;
  /** Added NOT VALID by an earlier statement of this file, so still inside its transaction. */
  addedNotValidInThisFile(table: TableRef, constraint: string): boolean;
}
