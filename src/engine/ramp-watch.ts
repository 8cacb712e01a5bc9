import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { recordEvent } from '../audit/events.js';
import { openSession } from '../db/session.js';
import { CheckFailed } from '../errors/promote-error.js';
import { readFlags, setFlagIf } from '../flags/store.js';
import type { GateConfig } from '../ramp/config.js';
import type { Interruption } from '../ramp/interruption.js';
import { span } from '../ramp/span.js';
import type { RampReport } from '../ramp/types.js';
import type { Reports } from '../result.js';
import { watchGates, type WatchOutcome } from '../ramp/watch.js';
import type { CommandContext } from './context.js';

/** Gate queries are bounded; so is the wait for the flag row's lock. */
export const RAMP_SETTINGS_SQL = "SELECT set_config('statement_timeout', $1, false), set_config('lock_timeout', $2, false)";

/** A step whose flag has moved and is now to be watched: a fresh move, or an unfinished one resumed. */
export interface Step {
  flag: string;
  from: number;
  to: number;
  windowMs: number;
  intervalMs: number;
  gates: GateConfig[];
  /** When the flag moved (the database's clock): the gates' $1. */
  movedAt: string;
  forced: boolean;
  resumed: boolean;
}

/**
 * Watches the step's health gates for its window. Healthy: `flag.ramp-passed`. A breach, a gate
 * that cannot be evaluated, a signal (SIGINT/SIGTERM) or anything failing: the flag goes back
 * (compare-and-set), `flag.reverted` records why, and the command fails.
 */
export async function watchStep(ctx: CommandContext<'ramp'>, out: Reports['ramp'], step: Step, interruption: Interruption): Promise<void> {
  const { config, actor } = ctx.prepared;
  const client = ctx.session.client;
  const executionId = (ctx.envelope.executionId ??= randomUUID());
  const historySchema = config.historyTable.schema;
  const startedAt = Date.now();
  const report: RampReport = {
    flag: step.flag,
    from: step.from,
    to: step.to,
    forced: step.forced,
    resumed: step.resumed || undefined,
    windowMs: step.windowMs,
    intervalMs: step.intervalMs,
    movedAt: step.movedAt,
    gates: step.gates.map((g) => ({ name: g.name, description: g.description, max: g.max, min: g.min })),
    readings: [],
    outcome: 'passed',
    finalPercentage: step.to,
  };
  out.ramp = report;
  const gateNames = step.gates.map((g) => g.name);
  const progress = (message: string) => ctx.emit({ type: 'progress', stage: 'ramp', message });
  let outcome: WatchOutcome;
  try {
    progress(
      `${step.flag} ${step.from}% → ${step.to}%${step.resumed ? ' (resumed)' : ''}; watching ${gateNames.join(', ')} every ${span(step.intervalMs)} for ${span(step.windowMs)}`,
    );
    outcome = await watchGates(
      {
        client,
        gates: step.gates,
        window: { movedAt: step.movedAt, windowMs: step.windowMs },
        intervalMs: step.intervalMs,
        startedAt,
        lost: () => ctx.session.lost(),
        abort: interruption.signal,
        onReading: (reading, line) => progress(`${step.flag} ${step.to}% · ${span(reading.elapsedMs)} of ${span(step.windowMs)} · ${line}`),
      },
      report.readings,
    );
    if (outcome.healthy) {
      const [now] = await readFlags(client, config.flags, [step.flag]);
      report.finalPercentage = now?.percentage ?? 0;
      if (report.finalPercentage !== step.to) {
        ctx.envelope.warnings.push(`flag '${step.flag}' was changed to ${report.finalPercentage}% by someone else during the window`);
      }
      await recordEvent(client, historySchema, {
        executionId,
        actor,
        event: 'flag.ramp-passed',
        detail: { flag: step.flag, to: step.to, windowMs: step.windowMs, evaluations: report.readings.length, resumed: step.resumed },
      });
      return;
    }
  } catch (err) {
    // Whatever went wrong after the move (a gate's session, recording the pass), the flag must
    // not stay moved with nobody watching it.
    outcome = { healthy: false, why: `the watch stopped: ${(err as Error).message}` };
  } finally {
    interruption.dispose();
  }

  const why = outcome.failed ? `${outcome.why} after ${span(report.readings[report.readings.length - 1]?.elapsedMs ?? 0)}` : outcome.why;
  report.reason = why;
  await withWorkingClient(ctx, step.flag, async (c) => {
    const reverted = await revertStep(ctx, c, step, { reason: why, gate: outcome.failed?.name ?? null });
    report.finalPercentage = reverted.current;
    report.outcome = reverted.changed ? 'reverted' : 'revert-skipped';
  });
  const after =
    report.outcome === 'reverted'
      ? `flag set back to ${step.from}%`
      : `flag not set back: it was changed to ${report.finalPercentage}% by someone else meanwhile`;
  throw new CheckFailed(`ramp of '${step.flag}' to ${step.to}% failed: ${why}; ${after}`, {
    key: outcome.failed ? `ramp.gates.${outcome.failed.name}` : '--flag',
    object: step.flag,
  });
}

/**
 * Sets a step's flag back to where the step found it, unless someone moved it since
 * (compare-and-set), and records which: `flag.reverted` or `flag.revert-skipped`, with why.
 * A failed watch and `ramp --revert` of an unfinished step both end here.
 */
export async function revertStep(
  ctx: CommandContext<'ramp'>,
  client: pg.ClientBase,
  step: { flag: string; from: number; to: number },
  why: { reason: string; gate: string | null; of?: string },
): Promise<{ changed: boolean; current: number }> {
  const { config, actor } = ctx.prepared;
  const reverted = await setFlagIf(client, config.flags, step.flag, step.to, step.from, actor);
  await recordEvent(client, config.historyTable.schema, {
    executionId: (ctx.envelope.executionId ??= randomUUID()),
    actor,
    event: reverted.changed ? 'flag.reverted' : 'flag.revert-skipped',
    detail: { flag: step.flag, from: step.to, to: reverted.changed ? step.from : reverted.current, reason: why.reason, gate: why.gate, ...(why.of === undefined ? {} : { of: why.of }) },
  });
  return reverted;
}

/**
 * The revert must happen even when the watch lost its connection: then it gets a new one. If
 * that fails too, the message says so and what to run: the step stays recorded as unfinished,
 * so the next command finds it.
 */
async function withWorkingClient(ctx: CommandContext<'ramp'>, flag: string, work: (client: pg.ClientBase) => Promise<void>): Promise<void> {
  if (!ctx.session.lost()) {
    await work(ctx.session.client);
    return;
  }
  let fresh;
  try {
    fresh = await openSession(ctx.prepared.target, 'pg-promote ramp (revert)');
  } catch (err) {
    throw new CheckFailed(`ramp of '${flag}' failed and the flag could NOT be set back (${(err as Error).message}); set it back with: pg-promote ramp --flag ${flag} --revert`,
      { object: flag },
    );
  }
  try {
    await fresh.client.query(RAMP_SETTINGS_SQL, [`${ctx.prepared.config.ramp.gateTimeoutMs}ms`, `${ctx.prepared.config.lockTimeoutMs}ms`]);
    await work(fresh.client);
  } finally {
    await fresh.close();
  }
}
