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
/**
 * Every rule id, read off the rules list (rules/index.ts): a finding, an exception, a config
 * key or a test that names a rule must name one of these, so a typo does not compile.
 */
export type { RuleId } from './rules/index.js';

export interface LintRule<Id extends string = string> {
  id: Id;
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
  /**
   * A hazard only to a table the running release already uses (destructive or renaming): with
   * a database, a table absent from it and created by an earlier pending file is exempt.
   */
  existingTablesOnly?: boolean;
  /** False for what migrate refuses outright: an in-file exception cannot make it run. */
  allowable?: boolean;
  check?(node: Node, ctx: RuleContext): RuleHit[];
}

/** A rule as its file declares it; the id stays a literal type, which RuleId is made of. */
export function defineRule<const Id extends string>(rule: LintRule<Id>): LintRule<Id> {
  return rule;
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
  /** alter-column-type: what the column becomes; with a database, a binary-compatible change is safe. */
  typeChange?: TypeChange;
}

/** A column's new type as written: `pg_catalog.varchar(20)` is names [pg_catalog, varchar], typmods [20]. */
export interface TypeChange {
  column: string;
  typeName: string[];
  typmods: number[];
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
