import type { Command } from '../result.js';
import type { EventSink } from '../events.js';
import type { RepoRef } from '../github/parse.js';

export interface EngineOptions {
  command: Command;
  /** Repository root; config paths resolve against it. */
  root: string;
  configPath?: string;
  databaseUrl?: string;
  /** Where libpq's variables (PGHOST, PGPORT, PGSERVICE, ...) are read from: the process's by default. */
  env?: NodeJS.ProcessEnv;
  /** Phase names to act on, in any order; empty means every phase in config order. */
  phases?: string[];
  dryRun?: boolean;
  /** down: revert every applied version above this one (it stays applied); migrate: apply up to and including it. */
  to?: string;
  /** down: revert every applied version of the phase, the lowest included. */
  all?: boolean;
  /**
   * down: revert exactly these applied versions, newest first. No flag sets it: review reverts a
   * pull request's new versions, which need not be the highest (an allowed out-of-order version).
   */
  versions?: readonly string[];
  /** baseline: record versions as applied without running them, up to `to` or as another tool's history (`from`) says. */
  baseline?: { to?: string; from?: string; project?: string; historyTable?: string };
  /** Recorded as applied_by: who asked for the run (CI actor or OS user). */
  actor?: string;
  onEvent?: EventSink;
  /** backup: overrides of the config's backup section. */
  backup?: { dir?: string; format?: 'custom' | 'directory'; jobs?: number; verify?: 'list' | 'restore'; scratchUrl?: string };
  /** restore: the backup to restore and the database name typed to confirm it. */
  restore?: { file?: string; confirm?: string; jobs?: number };
  /** migrate on production: the verified backup's manifest, or why to go without one. */
  backupManifest?: string;
  /**
   * Where the dump is kept when it is not beside its manifest (a workflow artifact's name):
   * the job that migrates fetched only the manifest, so the gate does not look for the dump.
   */
  backupStoredIn?: string;
  withoutBackupReason?: string;
  /** plan/migrate: refuse files that staging has not applied with the same checksum. */
  stagingUrl?: string;
  /** report: result JSON files of earlier stages, and where the audit report goes. */
  report?: { results: string[]; auditDir?: string };
  /** boundary-check: where to look and what to write. */
  boundary?: { paths?: string[]; rulesFile?: string; baseline?: string; sarif?: string };
  /** ramp: move a flag to a percentage, then watch its health gates (durations override the config, for tests and demos). */
  ramp?: { flag?: string; to?: number; from?: number; force?: boolean; window?: string; interval?: string; resume?: boolean; revert?: boolean };
  /** latency: time the probes and write a baseline, or compare against one. */
  latency?: { mode?: 'baseline' | 'compare'; file?: string; samples?: number };
  /** flags: `off` sets the named flags (default: the config's rollback_off) to 0; `list` shows them. */
  flags?: { action?: 'off' | 'list'; names?: string[]; reason?: string };
  /** notify: which moment of the promotion to announce, and the results to fill the message from. */
  notify?: { event?: string; results?: string[]; message?: string };
  /** migrate/restore/ramp on production outside a maintenance window: why (goes to the audit trail). */
  outsideWindowReason?: string;
  /** review: the base branch to compare with, and where to apply (default: a throwaway cluster). */
  review?: { base?: string; head?: string; scratchUrl?: string };
  /**
   * The GitHub commands: the repository, and gates-check's and signoffs-check's environments,
   * signoffs-check's and record-approvals' run, record-approvals' file, environments apply's file.
   */
  github?: { repo: RepoRef; environments?: string[]; targets?: string[]; runId?: number; maxAgeMs?: number; out?: string; file?: string };
}
