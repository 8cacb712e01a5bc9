import type { ErrorInfo } from './errors/error-info.js';
import type { ExitCode } from './errors/exit-codes.js';
import type { BackupSummary, RestoreSummary } from './backup/types.js';
import type { CheckResult } from './checks/types.js';
import type { BoundaryReport } from './boundary/types.js';
import type { LintReport } from './lint/types.js';
import type { FlagsReport } from './flags/types.js';
import type { LatencyReport } from './latency/types.js';
import type { NotificationResult } from './notify/types.js';
import type { RampReport } from './ramp/types.js';
import type { ReviewReport } from './review/types.js';
import type { WindowInfo } from './windows/types.js';
import type { Approval } from './github/approvals.js';
import type { EnvironmentChange } from './github/environments-apply.js';
import type { GateState } from './github/gates-check.js';
import type { SignoffState } from './github/signoffs-check.js';

/**
 * The one result type: every engine command returns a PromoteResult, and every adapter
 * (CLI, action) renders it. Nothing secret is ever stored in it.
 */
/** The engine's commands (declared in src/commands/, which checks that this list matches them). */
export type Command =
  | 'plan'
  | 'migrate'
  | 'down'
  | 'status'
  | 'backup'
  | 'restore'
  | 'verify'
  | 'report'
  | 'boundary-check'
  | 'lint'
  | 'ramp'
  | 'latency'
  | 'flags'
  | 'notify'
  | 'review'
  | 'baseline'
  | 'init'
  | 'gates-check'
  | 'signoffs-check'
  | 'record-approvals'
  | 'environments-apply';

export type FileKind = 'migration' | 'view' | 'policy' | 'down' | 'callback';

export type FileStatus =
  | 'applied' // applied by this run
  | 'pending' // would be applied (plan, dry run, or not reached)
  | 'up-to-date' // applied earlier with the same checksum
  | 'failed' // this run tried and failed; rolled back unless partial
  | 'reverted' // a DOWN file undid it in this run
  | 'would-revert';

export type { ErrorInfo };

export interface FileResult {
  phase: string;
  kind: FileKind;
  /** Normalised version ("7", "2.1"); absent for view and policy files. */
  version?: string;
  /** Repository-relative path, forward slashes. */
  file: string;
  checksum: string;
  status: FileStatus;
  transactional: boolean;
  durationMs?: number;
  /** Attempts taken, >1 when lock timeouts were retried. */
  attempts?: number;
  /** For non-transactional files that failed: statements that ran and stayed applied. */
  statementsApplied?: number;
  error?: ErrorInfo;
  /** up-to-date: recorded by `baseline` (from where), never run by pg-promote. */
  baselined?: string;
  /** pending: the last attempt at it failed (status and plan say so). */
  lastFailure?: { at: string; message: string };
}

export interface DriftFinding {
  phase: string;
  version: string;
  file: string;
  reason: 'changed' | 'missing' | 'out-of-order';
  appliedChecksum?: string;
  currentChecksum?: string;
  message: string;
}

export interface PhaseResult {
  name: string;
  schema: string;
  files: FileResult[];
  /** Highest applied version after the command (as the history table says). */
  currentVersion?: string;
}

export interface DatabaseInfo {
  /** host:port/database with the user, never the password. */
  target: string;
  database: string;
  serverVersion?: string;
}

/** What every command's result says, whatever the command. */
export interface Envelope {
  command: Command;
  ok: boolean;
  exitCode: ExitCode;
  executionId?: string;
  database?: DatabaseInfo;
  startedAt: string;
  durationMs: number;
  warnings: string[];
  /** The maintenance window this run fell in, or the override that let it run outside one. */
  window?: WindowInfo;
  error?: ErrorInfo;
}

/** The files a command applied, would apply or found drifted. */
export interface FilesReport {
  phases: PhaseResult[];
  drift: DriftFinding[];
  counts: { applied: number; pending: number; failed: number; reverted: number };
  /** plan and migrate: the staging gate's findings. */
  checks?: CheckResult[];
  /** plan: what lint says of the pending files, for the approvers. */
  lint?: LintReport;
}

/** A files report before anything is counted. */
export const emptyFilesReport = (): FilesReport => ({ phases: [], drift: [], counts: { applied: 0, pending: 0, failed: 0, reverted: 0 } });

/** migrate's and down's report before anything is counted: it says whether the run was a dry one. */
export const emptyRunReport = (options: { dryRun?: boolean }): FilesReport & { dryRun: boolean } => ({ ...emptyFilesReport(), dryRun: Boolean(options.dryRun) });

/** Each command's own report, beside the envelope (the JSON keeps one flat document). */
export interface Reports {
  plan: FilesReport;
  status: FilesReport;
  migrate: FilesReport & { dryRun: boolean };
  down: FilesReport & { dryRun: boolean };
  backup: { backup?: BackupSummary };
  restore: { restore?: RestoreSummary };
  verify: { checks?: CheckResult[] };
  /** The files the report stage wrote, and the checks it ran on the stages. */
  report: { report?: { markdownPath: string; jsonPath: string }; checks?: CheckResult[] };
  'boundary-check': { boundary?: BoundaryReport };
  lint: { lint?: LintReport };
  ramp: { ramp?: RampReport };
  latency: { latency?: LatencyReport };
  flags: { flags?: FlagsReport };
  /** Webhooks posted to by this run (names only; URLs are secrets). */
  notify: { notifications?: NotificationResult[] };
  review: { review?: ReviewReport };
  baseline: { baseline?: BaselineReport };
  init: { init?: InitReport };
  /** Whether each sign-off (and target) environment can hold a sign-off. */
  'gates-check': { repo?: string; gates?: GateState[] };
  /** Whether this run's sign-offs hold. */
  'signoffs-check': { repo?: string; runId?: number; startedBy?: string[]; maxAgeMs?: number; signoffs?: SignoffState[] };
  /**
   * Who signed off the run (the file it wrote, --out or the action's approvals-json, holds the
   * same record); `recorded`: what went into the audit schema, when a database was given.
   */
  'record-approvals': { repo?: string; runId?: number; recordedAt?: string; approvals?: Approval[]; recorded?: { table: string; recorded: number }; out?: string };
  /** What environments apply changed in GitHub, or would on a dry run. */
  'environments-apply': { repo?: string; file?: string; dryRun?: boolean; environments?: EnvironmentChange[]; changed?: number };
}

/** What `baseline` marked (or would mark, on a dry run), what it left pending, and the drift that stopped it. */
export interface BaselineReport {
  phase: string;
  /** `--to 12`, or `flyway (public.flyway_schema_history)`. */
  source: string;
  marked: Array<{ version: string; file: string }>;
  pending: string[];
  /** Pending versions below the highest one marked: the other tool never applied them. */
  gaps: string[];
  drift: Array<{ version: string; file: string; recorded: string; computed: string }>;
  alreadyRecorded: string[];
  /** Whether the rows were written (false on a dry run or when refused). */
  recorded: boolean;
}

/** What `pg-promote init` recognised, and the config it wrote (or, with --dry-run, would write). */
export interface InitReport {
  /** The config file, repo-relative. */
  path: string;
  written: boolean;
  config: string;
  phases: Array<{ layout: string; folder: string; migrations: number; schema?: string }>;
  unrecognised: Array<{ path: string; why: string }>;
}

/** One command's result: the envelope and that command's report. */
export type CommandResult<C extends Command> = Envelope & { command: C } & Reports[C];

/** The one result type: every engine command returns one, every adapter renders it. Nothing secret is ever stored in it. */
export type PromoteResult = { [C in Command]: CommandResult<C> }[Command];

type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * A result JSON of any command as a reader meets it (report --results, a test): the envelope,
 * and each command's report fields as "maybe there".
 */
export type AnyResult = Envelope & Partial<Intersect<Reports[Command]>>;
