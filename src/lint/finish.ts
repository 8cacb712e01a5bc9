import type pg from 'pg';
import { readNoRewriteChanges } from './column-types.js';
import { exceptionFor, type LintException } from './exceptions.js';
import type { TypeChange } from './rule.js';
import { ruleById } from './rules/index.js';
import { readTableFacts, type TableFacts } from './table-sizes.js';
import { displayName, type TableRef } from './tables.js';
import { formatBytes } from '../report/bytes.js';
import type { LintFinding, LintReport } from './types.js';
import type { AssumedVersion } from './version.js';

/** A finding as the statement pass produced it, before the database and exceptions had their say. */
export interface Draft {
  finding: LintFinding;
  /** Index of the statement in its file; absent for findings about the file as a whole. */
  statement?: number;
  table?: TableRef;
  notNullColumn?: string;
  /** alter-column-type: the new type, when the target's current type can decide whether it rewrites. */
  typeChange?: TypeChange;
  /** The table was created by a migration file linted in this run (this phase, this or an earlier file). */
  createdInPhase?: boolean;
}

export interface FileDrafts {
  phase: string;
  file: string;
  exceptions: LintException[];
  drafts: Draft[];
}

interface FinishInput {
  files: FileDrafts[];
  skipped: LintReport['skipped'];
  filesLinted: number;
  started: number;
  database?: { client: pg.ClientBase; target: string; largeTableBytes: number };
  version: AssumedVersion;
  /** lint.disable and lint.overrides: the rule reports nothing in that file. */
  disabled?: (rule: string, file: string) => boolean;
  /** Files lint.since left out. */
  history?: number;
}

/**
 * Second pass: one catalog query for every table the drafts name, then per draft: drop it
 * when the target proves it moot (a table that does not exist yet and is created by a pending
 * file; a column already proven NOT NULL), attach the table's size, raise lock hazards on
 * large tables to errors, and finally let the file's exceptions silence what they name.
 */
export async function finishReport(input: FinishInput): Promise<LintReport> {
  const db = input.database;
  const tables = input.files.flatMap((f) => f.drafts.flatMap((d) => d.table ?? []));
  const facts = db ? await readTableFacts(db.client, tables) : new Map<string, TableFacts>();
  const retypes = input.files.flatMap((f) => f.drafts.flatMap((d) => (d.table && d.typeChange ? [{ draft: d, table: d.table, change: d.typeChange }] : [])));
  const noRewrite = db ? await readNoRewriteChanges(db.client, retypes) : new Set<number>();
  const inPlace = new Set(retypes.filter((_, i) => noRewrite.has(i)).map((r) => r.draft));
  const findings: LintFinding[] = [];
  const exceptions: LintReport['exceptions'] = [];
  let switchedOff = 0;
  for (const file of input.files) {
    const kept: LintFinding[] = [];
    const disabled = (rule: string) => input.disabled?.(rule, file.file) ?? false;
    for (const d of file.drafts) {
      // Binary-compatible (varchar(n) to text, a wider varchar or numeric): no rewrite, nothing to warn of.
      if (inPlace.has(d)) continue;
      if (disabled(d.finding.rule)) {
        switchedOff++;
        continue;
      }
      const finding = db ? resolveWithDatabase(d, facts, db.largeTableBytes) : d.finding;
      if (!finding) continue;
      const exception = exceptionFor(file.exceptions, finding.rule, d.statement);
      if (exception) exceptions.push({ ...finding, reason: exception.reason });
      else kept.push(finding);
    }
    for (const e of file.exceptions) {
      for (const rule of e.rules.filter((r) => !e.used.has(r) && !disabled(r))) {
        const u = ruleById('lint-exception-unused');
        kept.push({ rule: u.id, severity: u.severity, phase: file.phase, file: file.file, line: e.line, column: e.column, message: `the exception for ${rule} silences nothing`, fix: u.fix });
      }
    }
    findings.push(...kept.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const report: LintReport = { findings, exceptions, filesLinted: input.filesLinted, skipped: input.skipped, durationMs: Date.now() - input.started, counts, postgresVersion: input.version };
  if (db) report.database = { target: db.target, largeTableBytes: db.largeTableBytes };
  if (input.history) report.history = input.history;
  if (switchedOff) report.disabled = switchedOff;
  return report;
}

function resolveWithDatabase(d: Draft, facts: ReadonlyMap<string, TableFacts>, largeTableBytes: number): LintFinding | undefined {
  const rule = ruleById(d.finding.rule);
  const known = d.table ? facts.get(displayName(d.table)) : undefined;
  if (!d.table || !known) return d.finding;
  if (!known.present) {
    // Not in the target yet but made by a pending file: empty when this runs, nobody waits on
    // it, and no released code uses it, so dropping or renaming it breaks nothing.
    return (rule.lockHazard || rule.existingTablesOnly) && d.createdInPhase ? undefined : d.finding;
  }
  if (d.notNullColumn !== undefined && known.provenNotNull.has(d.notNullColumn)) return undefined;
  const finding: LintFinding = { ...d.finding, table: { name: displayName(d.table), bytes: known.bytes, rows: known.rows } };
  const rows = known.rows < 0 ? 'rows not yet estimated' : `~${Math.round(known.rows).toLocaleString('en-US')} rows`;
  finding.message += ` [${finding.table?.name}: ${formatBytes(known.bytes)}, ${rows}]`;
  if (rule.lockHazard && known.bytes >= largeTableBytes && finding.severity !== 'error') {
    finding.severity = 'error';
    finding.raised = true;
    finding.message += ` — above the ${formatBytes(largeTableBytes)} large-table threshold`;
  }
  return finding;
}
