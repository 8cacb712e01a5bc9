import { runChecks } from '../checks/runner.js';
import type { CheckResult } from '../checks/types.js';
import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';
import { endWith, type Outcome } from './outcome.js';

/**
 * The runbook's post-promotion verification as a check suite: every check of the selected
 * phases, the checks its report, exit 1 when any failed. Changes nothing.
 */
export async function verify(ctx: CommandContext<'verify'>): Promise<Outcome<'verify'>> {
  const { config, phases } = ctx.prepared;
  const checks = await runChecks(ctx.session.client, { config, phases });
  return endWith({ checks }, checkFailure(checks));
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
