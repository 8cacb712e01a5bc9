import { readExceptions } from './exceptions.js';
import { finishReport, type FileDrafts } from './finish.js';
import { loadParser } from '../sql/parser.js';
import { PhaseState, type CheckConstraint } from './phase-state.js';
import type { RuleId } from './rule.js';
import { readForLint } from './run.js';
import { draft, lintStatements } from './statement-pass.js';
import type { LintFinding } from './types.js';
import { OLDEST_SUPPORTED_VERSION } from './version.js';

export interface LintSqlOptions {
  /** The PostgreSQL major version to assume (default: the oldest supported). */
  postgresVersion?: number;
  /** CHECK constraints the target already has, as target-checks.ts reads them. */
  targetChecks?: readonly CheckConstraint[];
}

/**
 * Lints SQL text as lint reads a phase's pending files, without a folder or a config: one
 * string is one file, an array is consecutive files of one phase (state carries from file to
 * file, a `-- pg-promote:no-transaction` header, psql meta-commands and an unterminated quote
 * are found as in a file). Findings
 * are named 001.sql, 002.sql, ...; with `ruleId`, only that rule's. Each rule's test file
 * (__tests__/lint-rules/) states its cases through this.
 */
export async function lintSql(sql: string | readonly string[], ruleId?: RuleId, options: LintSqlOptions = {}): Promise<LintFinding[]> {
  await loadParser();
  const started = Date.now();
  const postgresVersion = options.postgresVersion ?? OLDEST_SUPPORTED_VERSION;
  const state = new PhaseState(options.targetChecks);
  const files: FileDrafts[] = (typeof sql === 'string' ? [sql] : sql).map((text, i) => {
    const name = `${String(i + 1).padStart(3, '0')}.sql`;
    const read = readForLint({ rel: name, abs: name }, { sql: text });
    const drafts = read.problems.map((p) => draft(p.rule, 'app', name, p.line, p.column, p.message));
    if (!read.source) return { phase: 'app', file: name, exceptions: [], drafts };
    const { exceptions, problems } = readExceptions(read.source);
    for (const p of problems) drafts.push(draft('lint-exception-invalid', 'app', name, p.line, p.column, p.message));
    drafts.push(...lintStatements('app', read.source, state, postgresVersion));
    return { phase: 'app', file: name, exceptions, drafts };
  });
  const report = await finishReport({ files, skipped: [], filesLinted: files.length, started, version: { major: postgresVersion, from: 'config' } });
  return report.findings.filter((f) => ruleId === undefined || f.rule === ruleId);
}
