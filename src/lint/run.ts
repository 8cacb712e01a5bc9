import type pg from 'pg';
import type { PhaseConfig } from '../config/load.js';
import { historyState, readHistory, type HistoryTable } from '../migrate/history.js';
import { lineColumnAt, utf16OffsetOfCodePoint, type LineColumn } from '../sql/position.js';
import type { SqlStatement } from '../sql/statements.js';
import { listPhase } from './discover.js';
import { readExceptions } from './exceptions.js';
import { finishReport, type Draft, type FileDrafts } from './finish.js';
import { parseFile } from './parse-file.js';
import { loadParser } from './parser.js';
import { PhaseState } from './phase-state.js';
import type { RuleContext } from './rule.js';
import { ruleById, STATEMENT_RULES } from './rules/index.js';
import { readLintSource, type LintSource } from './source.js';
import { StatementLocator } from './locate.js';
import type { LintReport } from './types.js';

export interface LintOptions {
  root: string;
  phases: readonly PhaseConfig[];
  /** The target database: only pending files are linted, and its tables' sizes count. */
  database?: { client: pg.ClientBase; target: string; history: HistoryTable; largeTableBytes: number };
}

/**
 * Lints every pending migration of the given phases. Nothing here throws for a bad file: a
 * file that cannot be read or parsed is a finding, and the rest is still linted. Only a
 * missing migrations folder (a config error) or a database failure ends the run.
 */
export async function runLint(options: LintOptions): Promise<LintReport> {
  const started = Date.now();
  await loadParser();
  const applied = options.database ? historyState(await readHistory(options.database.client, options.database.history)).applied : undefined;
  const files: FileDrafts[] = [];
  const skipped: LintReport['skipped'] = [];
  let filesLinted = 0;
  for (const phase of options.phases) {
    const listing = listPhase(options.root, phase);
    for (const problem of listing.problems) {
      files.push({ phase: phase.name, file: problem.file, exceptions: [], drafts: [draft(problem.rule, phase.name, problem.file, 1, 1, problem.message)] });
      skipped.push({ file: problem.file, reason: problem.message });
    }
    const state = new PhaseState();
    const done = applied?.get(phase.name);
    for (const file of listing.files) {
      if (done?.has(file.version.text)) continue;
      const read = readLintSource(phase.name, file.path, file.version);
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
      const { exceptions, problems } = readExceptions(read.source.content, read.source.statements);
      for (const p of problems) drafts.push(draft('lint-exception-invalid', phase.name, file.path.rel, p.line, p.column, p.message));
      drafts.push(...lintStatements(read.source, state));
      files.push({ phase: phase.name, file: file.path.rel, exceptions, drafts });
    }
  }
  return finishReport({ files, skipped, filesLinted, started, database: options.database });
}

function lintStatements(source: LintSource, state: PhaseState): Draft[] {
  const drafts: Draft[] = [];
  const { parses, unparsed } = parseFile(source.content, source.statements);
  state.startFile();
  source.statements.forEach((statement, index) => {
    const parsed = parses[index];
    if (!parsed || parsed.kind === 'skipped') return;
    if (parsed.kind === 'failed') {
      // "at end of input" points just past the text: where its semicolon (if any) stands.
      const { line, column } = positionIn(statement, utf16OffsetOfCodePoint(statement.text, parsed.codePoint));
      drafts.push({ ...draft('parse-error', source.phase, source.path.rel, line, column, `PostgreSQL's parser: ${parsed.message}`), statement: index });
      return;
    }
    const locate = new StatementLocator(statement.text, parsed.base);
    const ctx: RuleContext = {
      transactional: source.transactional,
      locate,
      hasValidatedNotNullCheck: (t, c) => state.hasValidatedNotNullCheck(t, c),
      addedNotValidInThisFile: (t, c) => state.addedNotValidInThisFile(t, c),
    };
    for (const node of parsed.nodes) {
      for (const rule of STATEMENT_RULES) {
        for (const hit of rule.check?.(node, ctx) ?? []) {
          // Nobody can be waiting on a table this file created: its lock hazards are moot.
          if (rule.lockHazard && hit.table && state.isNewInFile(hit.table)) continue;
          const { line, column } = positionIn(statement, locate.toUtf16(hit.at ?? parsed.base));
          drafts.push({
            ...draft(rule.id, source.phase, source.path.rel, line, column, hit.message, hit.fix),
            statement: index,
            table: hit.table,
            notNullColumn: hit.notNullColumn,
            createdInPhase: hit.table ? state.createdInPhase.has(hit.table) : false,
          });
        }
      }
      state.observe(node);
    }
  });
  if (unparsed > 0) {
    const size = `${(source.content.length / 1024 / 1024).toFixed(1)} MiB`;
    drafts.push(draft('large-file', source.phase, source.path.rel, 1, 1, `file is ${size}: its ${unparsed.toLocaleString('en-US')} data statements (INSERT, UPDATE, COPY, ...) were not parsed, so their syntax is unchecked; every other statement was linted`));
  }
  return drafts;
}

/** File line and column of an offset inside a statement, counted within the statement alone. */
function positionIn(statement: SqlStatement, utf16: number): LineColumn {
  const within = lineColumnAt(statement.text, utf16);
  return within.line === 1
    ? { line: statement.line, column: statement.column + within.column - 1 }
    : { line: statement.line + within.line - 1, column: within.column };
}

function draft(rule: string, phase: string, file: string, line: number, column: number, message: string, fix?: string): Draft {
  const known = ruleById(rule);
  return { finding: { rule, severity: known.severity, phase, file, line, column, message, fix: fix ?? known.fix } };
}
