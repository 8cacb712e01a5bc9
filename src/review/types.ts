import type { CheckResult } from '../checks/types.js';
import type { LintReport } from '../lint/types.js';

/** What `pg-promote review` found for one pull request; part of AnyResult. */
export interface ReviewReport {
  base: { ref: string; commit: string };
  /** The pull request: a commit, or the working tree at the root. */
  head: { ref: string; commit?: string };
  /** True when the pull request changes nothing pg-promote reads: no steps ran, no comment is due. */
  nothingToReview: boolean;
  /** Files under the phase folders (and the config) that differ from the base. */
  changes: ReviewChange[];
  /** The pull request's new migrations, in the order they are applied. */
  newMigrations: Array<{ phase: string; version: string; file: string; down?: string }>;
  findings: ReviewFinding[];
  steps: ReviewStep[];
  /** Lint of the new files (the engine's lint, against the database at the base state). */
  lint?: LintReport;
  /** Checks run by the verify step, as verify reports them. */
  checks?: CheckResult[];
  /** Objects that differ between the base state and the state after the DOWN files. */
  catalogDifferences: CatalogDifference[];
  /** Where it ran: 'a throwaway cluster' or the given database (user@host:port/db, never a password). */
  database?: string;
}

export type ChangeKind = 'migration' | 'down' | 'view' | 'policy' | 'config';

export interface ReviewChange {
  /** Repository-relative path, forward slashes. */
  file: string;
  kind: ChangeKind;
  phase?: string;
  change: 'added' | 'edited' | 'deleted';
}

export type ReviewRule =
  /** A file of the pull request migrate would refuse (its name, encoding, an unterminated quote...): one finding each. */
  | 'invalid-file'
  | 'applied-migration-edited'
  | 'applied-migration-deleted'
  | 'out-of-order'
  | 'missing-down-file'
  | 'base-does-not-apply'
  | 'migration-failed'
  | 'verify-failed'
  | 'down-failed'
  | 'schema-not-restored'
  | 'reapply-failed'
  | 'lint';

export interface ReviewFinding {
  rule: ReviewRule;
  /** error fails the review (exit 1); info is said and does not. */
  severity: 'error' | 'info';
  message: string;
  phase?: string;
  file?: string;
  line?: number;
  /** What to do about it. */
  fix?: string;
}

export type ReviewStepName = 'checkout' | 'base' | 'snapshot' | 'lint' | 'apply' | 'verify' | 'down' | 'compare' | 'reapply';

export interface ReviewStep {
  name: ReviewStepName;
  title: string;
  status: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  /** One line: what it did, or why it failed or was skipped. */
  detail: string;
}

export interface CatalogDifference {
  /** 'table', 'column', 'index', ... */
  kind: string;
  /** Qualified name, e.g. app.orders.note. */
  object: string;
  change: 'left-behind' | 'missing' | 'changed';
  base?: string;
  after?: string;
}
