import pg from 'pg';
import type { PromotionConfig } from '../config/load.js';
import type { PhaseVerifyConfig } from '../config/schema.js';
import type { PhaseFiles } from '../migrate/source.js';
import type { CheckFinding, CheckStatus } from './types.js';

/** A phase's verify section (defaults from the schema), so checks never test for absence. */
export interface VerifySettings {
  expectTables?: string[];
  expectViews?: string[];
  rls: { required: boolean; force: boolean; definerViews: string[] };
  roles: Array<{ role: string; denied: string[]; allowed: string[] }>;
  boundaries: Array<{ writers: string; protected: string[] }>;
  views: { schemas: string[]; requireRows: string[] };
  rowCounts: Array<{ table: string; exact?: number; min?: number; max?: number }>;
}

export interface VerifyPhase {
  name: string;
  /** The schema the phase owns. */
  schema: string;
  files: PhaseFiles;
  verify: VerifySettings;
  /** The phase's schema plus the view schemas its config names: where the lints look. */
  checkedSchemas: string[];
}

export interface CheckContext {
  /** Inside the verification's read-only transaction; each check runs in its own savepoint. */
  client: pg.ClientBase;
  config: PromotionConfig;
  phases: VerifyPhase[];
  /** The execution the audit-trail check looks at; default: the newest in the history. */
  executionId?: string;
  /** Roles the config restricts (verify.roles) and writer patterns (boundaries), across phases. */
  restrictedRoles: string[];
  writerPatterns: string[];
}

export interface CheckOutcome {
  status: CheckStatus;
  summary: string;
  findings: CheckFinding[];
  counts?: Record<string, number>;
}

/** Runs once per phase whose config asks for it. */
export interface PhaseCheck {
  scope: 'phase';
  id: string;
  applies(phase: VerifyPhase): boolean;
  run(ctx: CheckContext, phase: VerifyPhase): Promise<CheckOutcome>;
}

/** Runs once per verification, over every selected phase. */
export interface RunCheck {
  scope: 'run';
  id: string;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

export type Check = PhaseCheck | RunCheck;

/** The schema has filled in every default: this only renames its keys. */
export function settingsOf(verify: PhaseVerifyConfig): VerifySettings {
  return {
    expectTables: verify.expect_tables,
    expectViews: verify.expect_views,
    rls: { required: verify.rls.required, force: verify.rls.force, definerViews: verify.rls.definer_views },
    roles: verify.roles,
    boundaries: verify.boundaries,
    views: { schemas: verify.views.schemas, requireRows: verify.views.require_rows },
    rowCounts: verify.row_counts,
  };
}

/** Failing findings fail the check; warnings alone make it a warning; none is a pass. */
export function outcomeOf(findings: CheckFinding[], summaries: { pass: string; problem: string }, counts?: Record<string, number>): CheckOutcome {
  const failing = findings.some((f) => (f.level ?? 'fail') === 'fail');
  const status: CheckStatus = findings.length === 0 ? 'pass' : failing ? 'fail' : 'warn';
  return { status, summary: findings.length === 0 ? summaries.pass : summaries.problem, findings, counts };
}

/** schema.name as PostgreSQL needs it quoted; config names are exact catalog names. */
export function quoteQualified(qualified: string): string {
  const [schema, name] = splitQualified(qualified);
  return `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
}

export function splitQualified(qualified: string): [string, string] {
  const dot = qualified.indexOf('.');
  return [qualified.slice(0, dot), qualified.slice(dot + 1)];
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
