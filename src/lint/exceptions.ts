import type { SqlFile } from '../migrate/sql-file.js';
import type { SqlStatement } from '../sql/statements.js';
import { LineLocator } from '../sql/position.js';
import { RULE_BY_ID } from './rules/index.js';

/**
 * In-file exceptions. The prefix is `pg-promote-lint:`, not `pg-promote:`, so they never
 * collide with migrate's directives (where an unknown word is an error):
 *
 *   -- pg-promote-lint: allow drop-column reason: unused since release 4.2 (OPS-118)
 *   ALTER TABLE eng.teams DROP COLUMN legacy_code;
 *
 * `allow` covers the statement below the comment (or the one it trails on the same line, or
 * the one it sits inside); in the file header it also covers file-wide findings such as
 * missing-down-file. `allow-file` covers the whole file. A reason is required, and every
 * silenced finding is still reported, with it.
 */
export interface LintException {
  rules: string[];
  reason: string;
  line: number;
  column: number;
  fileWide: boolean;
  /** Before the first statement: also covers findings about the file as a whole. */
  header: boolean;
  /** Index of the statement it covers; undefined when it covers none. */
  statement?: number;
  /** Rules of this exception that silenced something. */
  used: Set<string>;
}

export interface ExceptionProblem {
  line: number;
  column: number;
  message: string;
}

const COMMENT = /--[ \t]*pg-promote-lint[ \t]*:([^\r\n]*)/g;
const BODY = /^\s*(allow-file|allow)\s+(.*?)\s+reason\s*:\s*(.*?)\s*$/i;

/** The exceptions in a file as migrate reads it, at the file's own lines (a layout's section starts on its line). */
export function readExceptions(source: Pick<SqlFile, 'sql' | 'statements' | 'firstLine'>): { exceptions: LintException[]; problems: ExceptionProblem[] } {
  const { sql: content, statements } = source;
  const exceptions: LintException[] = [];
  const problems: ExceptionProblem[] = [];
  if (!content.includes('pg-promote-lint')) return { exceptions, problems };
  const locator = new LineLocator(content);
  for (const match of content.matchAll(COMMENT)) {
    const at = match.index ?? 0;
    const within = locator.locate(at);
    const line = within.line + source.firstLine - 1;
    const column = within.column;
    const body = BODY.exec(match[1] ?? '');
    if (!body) {
      problems.push({ line, column, message: `cannot read this exception: write -- pg-promote-lint: allow <rule-id> reason: <why>` });
      continue;
    }
    const rules = (body[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = body[3] ?? '';
    const bad = rules.filter((r) => RULE_BY_ID.get(r)?.allowable === false || !RULE_BY_ID.has(r));
    if (bad.length > 0) {
      const unknown = bad.filter((r) => !RULE_BY_ID.has(r));
      problems.push({
        line,
        column,
        message: unknown.length > 0 ? `unknown lint rule ${unknown.map((r) => `'${r}'`).join(', ')}` : `'${bad.join("', '")}' cannot be allowed: migrate refuses it whatever the comment says`,
      });
      continue;
    }
    if (rules.length === 0 || reason.length === 0) {
      problems.push({ line, column, message: 'an exception needs a rule id and a reason after "reason:"' });
      continue;
    }
    exceptions.push({
      rules,
      reason,
      line,
      column,
      fileWide: (body[1] ?? '').toLowerCase() === 'allow-file',
      header: statements.length === 0 || at < (statements[0] as SqlStatement).start,
      statement: coveredStatement(content, statements, at),
      used: new Set(),
    });
  }
  return { exceptions, problems };
}

function coveredStatement(content: string, statements: readonly SqlStatement[], at: number): number | undefined {
  const next = statements.findIndex((s) => s.end > at);
  if (next >= 0 && (statements[next] as SqlStatement).start <= at) return next;
  const previous = next < 0 ? statements.length - 1 : next - 1;
  const prev = statements[previous];
  // A comment trailing a statement on its own line is about that statement.
  if (prev && !/[\r\n]/.test(content.slice(prev.end, at))) return previous;
  return next >= 0 ? next : undefined;
}

/** The exception that silences a finding of `rule` on `statement` (undefined: a file-wide finding). */
export function exceptionFor(exceptions: readonly LintException[], rule: string, statement: number | undefined): LintException | undefined {
  const found = exceptions.find(
    (e) => e.rules.includes(rule) && (e.fileWide || (statement === undefined ? e.header : e.statement === statement)),
  );
  found?.used.add(rule);
  return found;
}
