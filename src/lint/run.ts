import { minimatch } from 'minimatch';
import type pg from 'pg';
import type { PhaseConfig } from '../config/load.js';
import { historyState, readHistory, type HistoryTable } from '../migrate/history.js';
import { compareVersions } from '../migrate/versions.js';
import { locateVersion, versionRange, type VersionTarget } from '../migrate/version-target.js';
import { inLayoutTerms } from '../migrate/layouts/no-transaction-marker.js';
import type { LintConfig } from './config.js';
import { listPhase, type LayoutSection, type ListedFile } from './discover.js';
import { configError } from '../errors/promote-error.js';
import { readExceptions } from './exceptions.js';
import { finishReport, type FileDrafts } from './finish.js';
import { loadParser } from '../sql/parser.js';
import { PhaseState } from './phase-state.js';
import type { RepoPath } from '../config/paths.js';
import { readSqlFile, sqlFileFromText, type FileProblem, type SqlFile } from '../migrate/sql-file.js';
import { draft, lintStatements } from './statement-pass.js';
import { readTargetChecks } from './target-checks.js';
import { OLDEST_SUPPORTED_VERSION, targetVersion, type AssumedVersion } from './version.js';
import type { LintReport } from './types.js';

export interface LintOptions {
  root: string;
  phases: readonly PhaseConfig[];
  /** The target database: only pending files are linted, and its tables' sizes count. */
  database?: { client: pg.ClientBase; target: string; history: HistoryTable; largeTableBytes: number };
  /** lint.postgres_version: the version assumed when there is no database to ask. */
  postgresVersion?: number;
  /** lint.disable and lint.overrides: rules that report nothing, everywhere or in some files. */
  config?: Pick<LintConfig, 'disable' | 'overrides'>;
  /** The config file, named by an error about a phase's lint key. */
  configFile?: string;
}

/**
 * Lints every pending migration of the given phases. Nothing here throws for a bad file: a
 * file that cannot be read or parsed is a finding, and the rest is still linted. Only a
 * missing migrations folder (a config error) or a database failure ends the run.
 */
export async function runLint(options: LintOptions): Promise<LintReport> {
  const started = Date.now();
  await loadParser();
  const db = options.database;
  const applied = db ? historyState(await readHistory(db.client, db.history)).applied : undefined;
  const version: AssumedVersion = db
    ? { major: await targetVersion(db.client), from: 'database' }
    : { major: options.postgresVersion ?? OLDEST_SUPPORTED_VERSION, from: 'config' };
  const targetChecks = db ? await readTargetChecks(db.client) : [];
  const files: FileDrafts[] = [];
  const skipped: LintReport['skipped'] = [];
  let filesLinted = 0;
  let history = 0;
  for (const phase of options.phases) {
    const listing = listPhase(options.root, phase);
    for (const problem of listing.problems) {
      files.push({ phase: phase.name, file: problem.file, exceptions: [], drafts: [draft(problem.rule, phase.name, problem.file, 1, 1, problem.message)] });
      skipped.push({ file: problem.file, reason: problem.message });
    }
    const state = new PhaseState(targetChecks);
    const done = applied?.get(phase.name);
    const since = phase.lint?.since === undefined ? undefined : sinceOf(phase, listing.files, options.configFile);
    for (const file of listing.files) {
      if (done?.has(file.version.text)) continue;
      const read = readForLint(file.path, file.layout);
      if (since && compareVersions(file.version.parts, since.parts) <= 0) {
        // History (lint.since): not linted, but what it built is what the files after it change.
        if (read.source) lintStatements(phase.name, read.source, state, version.major);
        history++;
        continue;
      }
      const drafts = read.problems.map((p) => draft(p.rule, phase.name, file.path.rel, p.line, p.column, p.message));
      if (read.skipped) skipped.push({ file: file.path.rel, reason: read.skipped });
      if (listing.downs && !listing.downs.has(file.version.text)) {
        const where = listing.downsMissing ? ` (${listing.downsMissing})` : ` in ${phase.down?.rel}`;
        drafts.push(draft('missing-down-file', phase.name, file.path.rel, 1, 1, `no DOWN file for version ${file.version.text}${where}: this migration cannot be rolled back with pg-promote down`));
      }
      if (!read.source) {
        files.push({ phase: phase.name, file: file.path.rel, exceptions: [], drafts });
        continue;
      }
      filesLinted++;
      const { exceptions, problems } = readExceptions(read.source);
      for (const p of problems) drafts.push(draft('lint-exception-invalid', phase.name, file.path.rel, p.line, p.column, p.message));
      drafts.push(...lintStatements(phase.name, read.source, state, version.major));
      files.push({ phase: phase.name, file: file.path.rel, exceptions, drafts });
    }
  }
  const report = await finishReport({ files, skipped, filesLinted, started, database: db, version, disabled: disabledRules(options.config), history });
  // A fix that says how to leave the transaction says it as the phase's tool does.
  const layouts = new Map(options.phases.map((p) => [p.name, p.layout]));
  for (const f of [...report.findings, ...report.exceptions]) f.fix = inLayoutTerms(f.fix, layouts.get(f.phase) ?? 'pg-promote');
  return report;
}

export interface LintRead {
  /** The file as migrate reads it; absent when its text could not be read at all. */
  source?: SqlFile;
  problems: FileProblem[];
  /** Why nothing of it could be linted, when nothing could. */
  skipped?: string;
}

/**
 * A migration read by migrate's own reader (src/migrate/sql-file.ts) in its reporting mode:
 * whatever migrate would refuse the file for is a problem here, and the rest is still linted.
 * Transaction control and statements that need no transaction are left to lint's rules of
 * those names, which find them with PostgreSQL's parser. Another tool's layout gives the SQL
 * that runs forward and whether it runs in a transaction.
 */
export function readForLint(path: RepoPath, layout?: LayoutSection): LintRead {
  const problems: FileProblem[] = [];
  const options = { allowEmpty: true, problems };
  const source = layout ? sqlFileFromText(path, layout.sql, { ...options, transactional: layout.transactional, firstLine: layout.firstLine }) : readSqlFile(path, options);
  const own = problems.filter((p) => p.rule !== 'transaction-control' && p.rule !== 'needs-no-transaction');
  return { source, problems: own, skipped: source ? undefined : own[0]?.message };
}

function disabledRules(config: LintOptions['config']): ((rule: string, file: string) => boolean) | undefined {
  if (!config || (config.disable.length === 0 && config.overrides.length === 0)) return undefined;
  const everywhere = new Set<string>(config.disable);
  return (rule, file) => everywhere.has(rule) || config.overrides.some((o) => (o.disable as readonly string[]).includes(rule) && o.paths.some((glob) => minimatch(file, glob, { dot: true })));
}

/** `lint.since` in the phase's own order (a date, a Sqitch change); a version the phase lacks is a config error naming the key. */
function sinceOf(phase: PhaseConfig, files: readonly ListedFile[], configFile: string | undefined): VersionTarget<ListedFile> {
  const since = locateVersion(files, phase.lint!.since!);
  if (!since) {
    throw configError(`'${phase.lint!.since}' is not a version of phase '${phase.name}' (${versionRange(files)})`, { key: `phases.${phase.name}.lint.since`, file: configFile });
  }
  return since;
}
