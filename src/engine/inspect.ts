import type { CommandContext } from './context.js';
import { driftError, planAll } from './history-plans.js';
import { stagingGate } from './staging-gate.js';

/**
 * plan and status only read: no lock, no history table created, nothing written. Drift makes
 * them fail (exit 1) so a workflow can gate on them.
 */
export async function inspect(ctx: CommandContext): Promise<void> {
  const { plans } = await planAll(ctx);
  const drift = driftError(ctx, false);
  if (drift) throw drift;
  await stagingGate(ctx, plans);
}
