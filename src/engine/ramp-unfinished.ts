import { randomUUID } from 'node:crypto';
import { recordEvent } from '../audit/events.js';
import { usageError } from '../errors/promote-error.js';
import { readFlags } from '../flags/store.js';
import type { GateConfig } from '../ramp/config.js';
import type { Reports } from '../result.js';
import { Interruption } from '../ramp/interruption.js';
import { describeUnfinished, findUnfinishedRamps, type UnfinishedRamp } from '../ramp/unfinished.js';
import type { CommandContext } from './context.js';
import type { Settings } from './settings.js';
import { revertStep, watchStep } from './ramp-watch.js';

/**
 * Finishes a step a killed ramp left unwatched. `resume` watches it again for a whole window
 * (the gates still count from when the flag moved, so the unwatched time is judged too) and
 * ends as any ramp does; `revert` sets the flag back to where the step found it. Each is
 * recorded, which is what closes the step.
 */
export async function finishUnfinished(
  ctx: CommandContext<'ramp'>,
  out: Reports['ramp'],
  how: 'resume' | 'revert',
  step: UnfinishedRamp,
  overrides: { gates: GateConfig[]; windowMs?: number; interval: Settings['ramp']['interval'] },
): Promise<void> {
  const { config, actor } = ctx.prepared;
  const client = ctx.session.client;
  const executionId = (ctx.envelope.executionId ??= randomUUID());
  const historySchema = config.historyTable.schema;
  if (how === 'revert') {
    await client.query('BEGIN');
    try {
      const reason = `unfinished step (moved at ${step.at}, never judged) reverted by ramp --revert`;
      const reverted = await revertStep(ctx, client, step, { reason, gate: null, of: step.eventId });
      await client.query('COMMIT');
      out.ramp = {
        flag: step.flag,
        from: step.from,
        to: step.to,
        forced: false,
        windowMs: step.windowMs,
        intervalMs: step.intervalMs,
        movedAt: step.movedAt,
        gates: [],
        readings: [],
        outcome: reverted.changed ? 'reverted' : 'revert-skipped',
        finalPercentage: reverted.current,
        reason: reverted.changed ? reason : `${reason}; not set back: it was changed to ${reverted.current}% by someone else meanwhile`,
      };
    } catch (err) {
      if (!ctx.session.lost()) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return;
  }
  const [state] = await readFlags(client, config.flags, [step.flag]);
  const now = state?.percentage ?? 0;
  if (now !== step.to) {
    throw usageError(
      `flag '${step.flag}' is at ${now}%, not at the unfinished step's ${step.to}%: someone changed it since, so there is no step to watch; close it with 'pg-promote ramp --flag ${step.flag} --revert' (it leaves the flag at ${now}% and records that)`,
      { key: '--resume', object: step.flag },
    );
  }
  const windowMs = overrides.windowMs ?? step.windowMs;
  // The step is watched as it was recorded unless told otherwise.
  const every = overrides.interval.from === '--interval' ? overrides.interval.ms : step.intervalMs || overrides.interval.ms;
  const intervalMs = Math.min(every, windowMs);
  const interruption = new Interruption();
  try {
    await recordEvent(client, historySchema, {
      executionId,
      actor,
      event: 'flag.ramp-resumed',
      detail: { flag: step.flag, from: step.from, to: step.to, windowMs, intervalMs, gates: overrides.gates.map((g) => g.name), movedAt: step.movedAt, of: step.eventId },
    });
  } catch (err) {
    interruption.dispose();
    throw err;
  }
  await watchStep(
    ctx,
    out,
    { flag: step.flag, from: step.from, to: step.to, windowMs, intervalMs, gates: overrides.gates, movedAt: step.movedAt, forced: false, resumed: true },
    interruption,
  );
}

/**
 * Commands that touch flags (flags, migrate on production) say when a step is unfinished; only
 * ramp refuses to move such a flag. A check that cannot be made is said too, never fatal here.
 */
export async function warnOfUnfinishedRamps(ctx: CommandContext): Promise<void> {
  const { config } = ctx.prepared;
  try {
    const names = config.flags.known.map((f) => f.name);
    for (const u of await findUnfinishedRamps(ctx.session.client, config.historyTable.schema, names)) ctx.envelope.warnings.push(describeUnfinished(u));
  } catch (err) {
    ctx.envelope.warnings.push(`could not check for unfinished flag ramps: ${(err as Error).message}`);
  }
}
