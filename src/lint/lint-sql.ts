import { parseDirectives } from '../migrate/directives.js';
import { parseVersionedName, type Version } from '../migrate/versions.js';
import { splitStatements } from '../sql/statements.js';
import { readExceptions } from './exceptions.js';
import { finishReport, type FileDrafts } from './finish.js';
import { loadParser } from '../sql/parser.js';
import { PhaseState, type CheckConstraint } from './phase-state.js';
import type { RuleId } from './rule.js';
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
 * Lints SQL text as the statement pass sees a phase's pending files, without a folder or a
 * config: one string is one file, an array is consecutive files of one phase (state carries
 * from file to file, a `-- pg-promote:no-transaction` header works as in a file). Findings
 * are named 001.sql, 002.sql, ...; with `ruleId`, only that rule's. Each rule's test file
 * (__tests__/lint-rules/) states its cases through this.
 */
export async function lintSql(sql: string | readonly string[], ruleId?: RuleId, options: LintSqlOptions = {}): Promise<LintFinding[]> {
  await loadParser();
  const started = Date.now();
  const postgresVersion = options.postgresVersion ?? OLDEST_SUPPORTED_VERSION;
  const state = new PhaseState(options.targetChecks);
  const files: FileDrafts[] = (typeof sql === 'string' ? [sql] : sql).map((content, i) => {
    const name = `${String(i + 1).padStart(3, '0')}.sql`;
    const { statements } = splitStatements(content);
    const first = statements[0];
    const { transactional } = parseDirectives(content.slice(0, first ? first.start : content.length), name);
    const source = { phase: 'app', path: { rel: name, abs: name }, version: parseVersionedName(name) as Version, content, statements, transactional };
    const { exceptions, problems } = readExceptions(content, statements);
    const drafts = problems.map((p) => draft('lint-exception-invalid', 'app', name, p.line, p.column, p.message));
    return { phase: 'app', file: name, exceptions, drafts: [...drafts, ...lintStatements(source, state, postgresVersion)] };
  });
  const report = await finishReport({ files, skipped: [], filesLinted: files.length, started, version: { major: postgresVersion, from: 'config' } });
  return report.findings.filter((f) => ruleId === undefined || f.rule === ruleId);
}
