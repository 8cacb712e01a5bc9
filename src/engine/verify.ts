import { runChecks } from '../checks/runner.js';
import type { CheckResult } from '../checks/types.js';
import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

/**
 * The runbook's post-promotion verification as a check suite: every check of the selected
 * phases, results in ctx.result.checks, exit 1 when any failed. Changes nothing.
 */
export async function verify(ctx: CommandContext<'verify' | 'migrate'>, executionId?: string): Promise<void> {
  const { config, phases } = ctx.prepared;
  ctx.result.checks = await runChecks(ctx.session.client, { config, phases, executionId });
  const failure = checkFailure(ctx.result.checks);
  if (failure) throw failure;
}

/** The 'check' error for failed checks, naming the first failing object; undefined when none failed. */
export function checkFailure(checks: readonly CheckResult[]): PromoteError | undefined {
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length === 0) return undefined;
  const first = failed[0]!;
  const finding = first.findings.find((f) => f.level !== 'warn') ?? first.findings[0];
  const ids = [...new Set(failed.map((c) => c.id))].join(', ');
  const where = finding ? `: ${finding.object}: ${finding.reason}` : `: ${first.summary}`;
  const more = failed.length > 1 ? ` (${failed.length} checks failed: ${ids})` : '';
  return new CheckFailed(`${first.id}${first.phase ? ` (${first.phase})` : ''}${where}${more}`, {
    phase: first.phase,
    object: finding?.object,
  });
}
