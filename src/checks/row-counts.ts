import { outcomeOf, plural, splitQualified, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import { probeError, probeRelations } from './probe.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's "row counts match expectations", with the expectations written down: exact
 * counts or ranges from verify.row_counts, counted (count(*), exact) in one probe, inside the
 * verification's snapshot so every count is of the same moment.
 */
type Expectation = VerifyPhase['verify']['rowCounts'][number];

export function expectationText(e: Expectation): string {
  if (e.exact !== undefined) return `exactly ${e.exact}`;
  if (e.min !== undefined && e.max !== undefined) return `between ${e.min} and ${e.max}`;
  return e.min !== undefined ? `at least ${e.min}` : `at most ${e.max}`;
}

export function meets(e: Expectation, rows: number): boolean {
  if (e.exact !== undefined) return rows === e.exact;
  return (e.min === undefined || rows >= e.min) && (e.max === undefined || rows <= e.max);
}

export const rowCounts: PhaseCheck = {
  scope: 'phase',
  id: 'rows.counts',
  applies: (phase) => phase.verify.rowCounts.length > 0,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const expectations = phase.verify.rowCounts;
    const outcomes = await probeRelations(
      ctx.client,
      expectations.map((e) => {
        const [schema, name] = splitQualified(e.table);
        return { schema, name, mode: 'count' as const };
      }),
    );
    const findings: CheckFinding[] = [];
    const counts: Record<string, number> = {};
    outcomes.forEach((o, i) => {
      const e = expectations[i]!;
      if (o.sqlstate) {
        findings.push({ object: e.table, reason: `cannot count rows: ${probeError(o)}` });
        return;
      }
      const rows = o.rows ?? 0;
      counts[e.table] = rows;
      if (!meets(e, rows)) findings.push({ object: e.table, reason: `has ${plural(rows, 'row')}, expected ${expectationText(e)}` });
    });
    const listed = expectations.map((e) => `${e.table} ${counts[e.table] ?? '?'}`).join(', ');
    return outcomeOf(
      findings,
      {
        pass: `${plural(expectations.length, 'row count')} as expected (${listed})`,
        problem: `${plural(findings.length, 'row count')} of ${expectations.length} outside expectations (${listed})`,
      },
      counts,
    );
  },
};
