import type pg from 'pg';
import type { PromotionConfig } from '../config/load.js';
import { InternalError, PromoteError } from '../errors/promote-error.js';
import type { PhaseFiles } from '../migrate/source.js';
import { settingsOf, type Check, type CheckContext, type CheckOutcome, type VerifyPhase } from './check.js';
import { assertReferencesExist } from './references.js';
import { CHECKS } from './registry.js';
import type { CheckResult } from './types.js';
import { serverErrorText } from '../errors/format.js';

export interface VerifyInput {
  config: PromotionConfig;
  phases: readonly PhaseFiles[];
  /** The execution the audit-trail check looks at; default: the newest in the history. */
  executionId?: string;
}

// REPEATABLE READ: every check sees the same snapshot. READ ONLY: no check, and no function a
// probed view calls, can change anything; the transaction is rolled back all the same.
const BEGIN_SQL = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
const LIMITS_SQL = `SELECT pg_catalog.set_config('lock_timeout', $1, true), pg_catalog.set_config('statement_timeout', $2, true)`;

export function verifyPhases(phases: readonly PhaseFiles[]): VerifyPhase[] {
  return phases.map((files) => {
    const verify = settingsOf(files.phase.verify);
    return {
      name: files.phase.name,
      schema: files.phase.schema,
      files,
      verify,
      checkedSchemas: [...new Set([files.phase.schema, ...verify.views.schemas])],
    };
  });
}

/**
 * Runs the checks in one read-only transaction that is always rolled back, each in a savepoint
 * that is rolled back after it: whatever a check does (SET LOCAL ROLE, a probe's locks) is
 * undone before the next starts, and a check that throws becomes a failed result naming the
 * error instead of ending the run. Bad config (a name that does not exist) throws, exit 2.
 */
export async function runChecks(client: pg.ClientBase, input: VerifyInput, checks: readonly Check[] = CHECKS): Promise<CheckResult[]> {
  const phases = verifyPhases(input.phases);
  const ctx: CheckContext = {
    client,
    config: input.config,
    phases,
    executionId: input.executionId,
    restrictedRoles: [...new Set(phases.flatMap((p) => p.verify.roles.map((r) => r.role)))],
    writerPatterns: [...new Set(phases.flatMap((p) => p.verify.boundaries.map((b) => b.writers)))],
  };
  await client.query(BEGIN_SQL);
  try {
    await client.query(LIMITS_SQL, [`${input.config.lockTimeoutMs}ms`, `${input.config.statementTimeoutMs}ms`]);
    await assertReferencesExist(ctx);
    const results: CheckResult[] = [];
    for (const check of checks) {
      if (check.scope === 'run') results.push(await runOne(ctx, check.id, undefined, () => check.run(ctx)));
      else {
        for (const phase of phases) {
          if (check.applies(phase)) results.push(await runOne(ctx, check.id, phase.name, () => check.run(ctx, phase)));
        }
      }
    }
    return results;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    // A session-level SET ROLE inside the transaction is undone by the rollback; this is for
    // the day someone runs a check outside one.
    await client.query('RESET ROLE').catch(() => undefined);
  }
}

async function runOne(ctx: CheckContext, id: string, phase: string | undefined, run: () => Promise<CheckOutcome>): Promise<CheckResult> {
  const started = performance.now();
  await ctx.client.query('SAVEPOINT pg_promote_check');
  let outcome: CheckOutcome;
  try {
    outcome = await run();
  } catch (err) {
    if (err instanceof PromoteError && !(err instanceof InternalError)) throw err;
    outcome = {
      status: 'fail',
      summary: 'the check could not run',
      findings: [{ object: id, reason: serverErrorText(err) }],
    };
  } finally {
    // Rolled back even on success: checks only read, and this drops their SET LOCAL ROLE and locks.
    await ctx.client.query('ROLLBACK TO SAVEPOINT pg_promote_check; RELEASE SAVEPOINT pg_promote_check');
  }
  const result: CheckResult = { id, status: outcome.status, summary: outcome.summary, findings: outcome.findings };
  if (phase !== undefined) result.phase = phase;
  if (outcome.counts) result.counts = outcome.counts;
  result.durationMs = Math.round((performance.now() - started) * 10) / 10;
  return result;
}
