import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { RULES, STATEMENT_RULES } from '../src/lint/rules/index.js';
import type { LintFinding, LintReport } from '../src/lint/types.js';
import { cliJson, REPO_ROOT } from './harness/cli.js';

/**
 * Squawk, the Postgres migration linter, run over the same corpus as pg-promote's lint: every
 * Squawk finding of a rule pg-promote covers must also be a pg-promote finding (or an
 * exception the file acknowledges) on the same line. The corpus has every rule's bad and good
 * forms; each line that should be flagged says `-- bad`.
 */
const CORPUS = path.join(REPO_ROOT, '__tests__/fixtures/lint/corpus');
const MIGRATIONS = path.join(CORPUS, 'db/migrations/app');
const SQUAWK = path.join(REPO_ROOT, 'node_modules/.bin/squawk');
const run = promisify(execFile);

interface SquawkFinding {
  file: string;
  line: number;
  column: number;
  rule_name: string;
  message: string;
}

/** Squawk's JSON reporter; it exits non-zero when it finds something, which is expected here. */
async function squawk(files: string[], assumeInTransaction: boolean): Promise<SquawkFinding[]> {
  const args = ['--reporter', 'json', '--pg-version', '15', ...(assumeInTransaction ? ['--assume-in-transaction'] : []), ...files];
  const out = await run(SQUAWK, args, { cwd: MIGRATIONS }).then(
    (r) => r.stdout,
    (e: { stdout?: string; code?: number }) => {
      if (!e.stdout) throw e;
      return e.stdout;
    },
  );
  return JSON.parse(out) as SquawkFinding[];
}

const corpusFiles = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
// pg-promote runs a file in a transaction unless its header opts out; Squawk is told the same.
const noTransaction = corpusFiles.filter((f) => readFileSync(path.join(MIGRATIONS, f), 'utf8').includes('-- pg-promote:no-transaction'));
const transactional = corpusFiles.filter((f) => !noTransaction.includes(f));

const covered = new Map<string, string[]>();
for (const rule of RULES) for (const s of rule.squawk) covered.set(s, [...(covered.get(s) ?? []), rule.id]);

const { code, result } = await cliJson(CORPUS, ['lint']);
const report = result.lint as LintReport;
const ours: Array<LintFinding & { reason?: string }> = [...report.findings, ...report.exceptions];
const squawks = [...(await squawk(transactional, true)), ...(await squawk(noTransaction, false))];
const where = (file: string, line: number) => `${path.basename(file)}:${line}`;

/**
 * Where pg-promote deliberately does not flag what Squawk flags, each with PostgreSQL's reason.
 * The test fails if one of these stops being a difference (so the list cannot go stale).
 */
const DELIBERATE: Record<string, string> = {
  // The file runs in one transaction: a failure rolls all of it back, so a re-run starts clean.
  // (The statement itself is an error here: needs-no-transaction.)
  '004_concurrently_in_transaction.sql:2 prefer-robust-stmts': 'transactional file: nothing is left behind to re-run over',
  // NOT VALID skips the domain scan (AlterDomainAddConstraint checks existing rows only when
  // the constraint is validated); VALIDATE later runs without blocking writes.
  '023_domain_and_required_column.sql:4 ban-alter-domain-with-add-constraint': 'NOT VALID: no scan',
};
const key = (s: SquawkFinding) => `${where(s.file, s.line + 1)} ${s.rule_name}`;

describe('lint against Squawk', () => {
  test('every Squawk finding of a covered rule is a pg-promote finding on the same line, but for the deliberate differences', () => {
    const relevant = squawks.filter((s) => covered.has(s.rule_name) && !(key(s) in DELIBERATE));
    assert.deepEqual(
      Object.keys(DELIBERATE).filter((k) => !squawks.some((s) => key(s) === k)),
      [],
      'each deliberate difference is one Squawk still flags',
    );
    assert.deepEqual(
      Object.keys(DELIBERATE).filter((k) => ours.some((o) => where(o.file, o.line) === k.split(' ')[0] && (covered.get(k.split(' ')[1] ?? '') ?? []).includes(o.rule))),
      [],
      'and pg-promote really does not flag it',
    );
    const missed = relevant
      // Squawk counts lines from 0.
      .filter((s) => !ours.some((o) => where(o.file, o.line) === where(s.file, s.line + 1) && (covered.get(s.rule_name) ?? []).includes(o.rule)))
      .map((s) => `${where(s.file, s.line + 1)} ${s.rule_name}: ${s.message}`);
    assert.deepEqual(missed, []);
    // Not vacuous: the corpus makes Squawk speak for every rule pg-promote maps to.
    const fired = new Set(relevant.map((s) => s.rule_name));
    assert.deepEqual([...covered.keys()].filter((s) => !fired.has(s)).sort(), []);
    assert.ok(relevant.length >= 30, `${relevant.length} covered Squawk findings`);
  });

  test('the corpus exercises every statement rule, and pg-promote flags exactly the lines marked bad', () => {
    const fired = new Set(ours.map((f) => f.rule));
    assert.deepEqual(STATEMENT_RULES.map((r) => r.id).filter((id) => !fired.has(id)), []);
    for (const id of ['missing-down-file', 'parse-error']) assert.ok(fired.has(id), id);

    const marked = corpusFiles.flatMap((f) =>
      readFileSync(path.join(MIGRATIONS, f), 'utf8')
        .split('\n')
        .flatMap((text, i) => (/-- bad\b/.test(text) ? [where(f, i + 1)] : [])),
    );
    const flagged = [...new Set(report.findings.map((f) => where(f.file, f.line)))];
    assert.deepEqual(flagged.sort(), [...new Set(marked)].sort());
    // The acknowledged file is reported, with its reasons, and fails nothing.
    assert.deepEqual(report.exceptions.map((e) => `${where(e.file, e.line)} ${e.rule}`), [
      '013_destructive_acknowledged.sql:6 drop-table',
      '013_destructive_acknowledged.sql:7 drop-column',
      '013_destructive_acknowledged.sql:9 truncate',
      '016_no_down_file_acknowledged.sql:1 missing-down-file',
    ]);
    assert.equal(code, 1);
  });

  test('where Squawk and pg-promote both point inside a line, they point at the same column', () => {
    const sameLine = squawks.filter((s) => covered.has(s.rule_name) && !(key(s) in DELIBERATE));
    const columns = sameLine.map((s) => {
      const o = ours.find((f) => where(f.file, f.line) === where(s.file, s.line + 1) && (covered.get(s.rule_name) ?? []).includes(f.rule));
      return { squawk: s.column + 1, ours: o?.column, rule: s.rule_name };
    });
    const agreeing = columns.filter((c) => c.squawk === c.ours).length;
    // Squawk sometimes points at a different word of the same clause (ADD vs CONSTRAINT).
    assert.ok(agreeing / columns.length >= 0.8, JSON.stringify(columns.filter((c) => c.squawk !== c.ours)));
  });
});
