import { lineColumnAt, utf16OffsetOfCodePoint, type LineColumn } from '../sql/position.js';
import type { SqlStatement } from '../sql/statements.js';
import type { Draft } from './finish.js';
import { StatementLocator } from './locate.js';
import { parseFile } from './parse-file.js';
import type { PhaseState } from './phase-state.js';
import type { RuleContext, RuleId } from './rule.js';
import { ruleById, STATEMENT_RULES } from './rules/index.js';
import type { SqlFile } from '../migrate/sql-file.js';

/**
 * The statement pass over one file: every statement parsed, every statement rule asked, the
 * phase's state carried from statement to statement (and file to file) in order.
 */
export function lintStatements(phase: string, source: SqlFile, state: PhaseState, postgresVersion: number): Draft[] {
  const drafts: Draft[] = [];
  const { parses, unparsed } = parseFile(source.sql, source.statements);
  state.startFile();
  source.statements.forEach((statement, index) => {
    const parsed = parses[index];
    if (!parsed || parsed.kind === 'skipped') return;
    if (parsed.kind === 'failed') {
      // "at end of input" points just past the text: where its semicolon (if any) stands.
      const { line, column } = positionIn(statement, utf16OffsetOfCodePoint(statement.text, parsed.codePoint));
      drafts.push({ ...draft('parse-error', phase, source.path.rel, line, column, `PostgreSQL's parser: ${parsed.message}`), statement: index });
      return;
    }
    const locate = new StatementLocator(statement.text, parsed.base);
    const ctx: RuleContext = {
      transactional: source.transactional,
      postgresVersion,
      text: statement.text,
      locate,
      isNewInFile: (t) => state.isNewInFile(t),
      hasValidatedNotNullCheck: (t, c) => state.hasValidatedNotNullCheck(t, c),
      hasValidatedCheck: (t) => state.hasValidatedCheck(t),
      addedNotValidInThisFile: (t, c) => state.addedNotValidInThisFile(t, c),
    };
    for (const node of parsed.nodes) {
      for (const rule of STATEMENT_RULES) {
        for (const hit of rule.check?.(node, ctx) ?? []) {
          // Nobody can be waiting on a table this file created: its lock hazards are moot.
          if (rule.lockHazard && hit.table && state.isNewInFile(hit.table)) continue;
          const { line, column } = positionIn(statement, locate.toUtf16(hit.at ?? parsed.base));
          drafts.push({
            ...draft(rule.id, phase, source.path.rel, line, column, hit.message, hit.fix),
            statement: index,
            table: hit.table,
            notNullColumn: hit.notNullColumn,
            // An earlier statement of the run changed the column already: the target's type is stale.
            typeChange: hit.typeChange && hit.table && !state.wasRetyped(hit.table, hit.typeChange.column) ? hit.typeChange : undefined,
            createdInPhase: hit.table ? state.createdInPhase.has(hit.table) : false,
          });
        }
      }
      state.observe(node);
    }
  });
  if (unparsed > 0) {
    const size = `${(source.sql.length / 1024 / 1024).toFixed(1)} MiB`;
    drafts.push(draft('large-file', phase, source.path.rel, 1, 1, `file is ${size}: its ${unparsed.toLocaleString('en-US')} data statements (INSERT, UPDATE, COPY, ...) were not parsed, so their syntax is unchecked; every other statement was linted`));
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

export function draft(rule: RuleId, phase: string, file: string, line: number, column: number, message: string, fix?: string): Draft {
  const known = ruleById(rule);
  return { finding: { rule, severity: known.severity, phase, file, line, column, message, fix: fix ?? known.fix } };
}
