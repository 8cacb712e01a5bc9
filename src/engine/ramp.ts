import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { recordEvent } from '../audit/events.js';
import { parseDuration } from '../config/duration.js';
import { openSession } from '../db/session.js';
import { PromoteError, usageError } from '../errors/promote-error.js';
import { checkKnownFlags, readFlags, setFlagIf, setFlags } from '../flags/store.js';
import { rampPlanFor, windowFor, type GateConfig } from '../ramp/config.js';
import type { RampReport } from '../ramp/types.js';
import { span } from '../ramp/span.js';
import { Interruption } from '../ramp/interruption.js';
import { watchGates, type WatchOutcome } from '../ramp/watch.js';
import type { CommandContext } from './context.js';

/** One ramp per flag at a time: a second run watching the same flag would judge the first's step. */
const TRY_FLAG_LOCK_SQL = "SELECT pg_try_advisory_lock(hashtext('pg-promote ramp:' || $1)) AS locked";
const UNLOCK_FLAG_SQL = "SELECT pg_advisory_unlock(hashtext('pg-promote ramp:' || $1))";
/** Gate queries are bounded; so is the wait for the flag row's lock. */
const RAMP_SETTINGS_SQL = "SELECT set_config('statement_timeout', $1, false), set_config('lock_timeout', $2, false)";
/** The database's clock, as text so no precision is lost on the way back in as $1. */
const NOW_SQL = 'SELECT clock_timestamp()::text AS at';

/**
 * The runbook's feature-flag ramp as a stage: move the flag, record it, watch the health gates
 * for the step's window, and on a breach (or a gate that cannot be evaluated) set the flag
 * back to where it was, record why and fail. Bad input changes nothing.
 */
export async function ramp(ctx: CommandContext): Promise<void> {
  const { config } = ctx.prepared;
  const options = ctx.options.ramp ?? {};
  const flag = options.flag;
  if (!flag) throw usageError(`ramp needs --flag NAME (flags in the config: ${config.flags.known.map((f) => f.name).join(', ')})`, { key: '--flag' });
  checkKnownFlags(config.flags, [flag]);
  const to = options.to;
  if (to === undefined) throw usageError('ramp needs --to PERCENT (the rollout percentage to move the flag to)', { key: '--to' });
  if (!Number.isInteger(to) || to < 0 || to > 100) throw usageError(`--to must be a percentage from 0 to 100, not ${to}`, { key: '--to' });
  const plan = rampPlanFor(config.ramp, flag);
  const step = windowFor(plan.steps, to);
  const windowMs = options.window ? durationOption('--window', options.window) : step.windowMs;
  const intervalMs = Math.min(options.interval ? durationOption('--interval', options.interval) : config.ramp.intervalMs, windowMs);

  const client = ctx.session.client;
  const locked = await client.query<{ locked: boolean }>(TRY_FLAG_LOCK_SQL, [flag]);
  if (!locked.rows[0]?.locked) {
    throw new PromoteError('lock', `another pg-promote ramp of flag '${flag}' is running on this database; the flag was not changed`, { object: flag });
  }
  try {
    const [state] = await readFlags(client, config.flags, [flag]);
    const from = state?.percentage ?? 0;
    if (to <= from && !options.force) {
      throw usageError(`flag '${flag}' is at ${from}%; --to ${to} is not above it (pass --force to lower or repeat it)`, { key: '--to' });
    }
    const skipped = plan.steps.filter((s) => s.to > from && s.to < to).map((s) => `${s.to}%`);
    if (skipped.length > 0) ctx.result.warnings.push(`flag '${flag}' skips the configured step${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} (${from}% → ${to}%)`);
    await client.query(RAMP_SETTINGS_SQL, [`${config.ramp.gateTimeoutMs}ms`, `${config.lockTimeoutMs}ms`]);
    await moveAndWatch(ctx, { flag, from, to, windowMs, intervalMs, gates: plan.gates, forced: Boolean(options.force) && to <= from });
  } finally {
    if (!ctx.session.lost()) await client.query(UNLOCK_FLAG_SQL, [flag]).catch(() => undefined);
  }
}

interface Move {
  flag: string;
  from: number;
  to: number;
  windowMs: number;
  intervalMs: number;
  gates: GateConfig[];
  forced: boolean;
}

async function moveAndWatch(ctx: CommandContext, move: Move): Promise<void> {
  const { config, actor } = ctx.prepared;
  const client = ctx.session.client;
  const executionId = (ctx.result.executionId ??= randomUUID());
  const historySchema = config.historyTable.schema;
  const movedAt = (await client.query<{ at: string }>(NOW_SQL)).rows[0]!.at;
  const [moved] = await setFlags(client, config.flags, [move.flag], move.to, actor);
  // What the flag really was when it moved (someone may have changed it since it was read):
  // that is where a revert goes back to.
  const from = moved?.from ?? move.from;
  const startedAt = Date.now();
  const report: RampReport = {
    flag: move.flag,
    from,
    to: move.to,
    forced: move.forced,
    windowMs: move.windowMs,
    intervalMs: move.intervalMs,
    movedAt,
    gates: move.gates.map((g) => ({ name: g.name, description: g.description, max: g.max, min: g.min })),
    readings: [],
    outcome: 'passed',
    finalPercentage: move.to,
  };
  ctx.result.ramp = report;
  const gateNames = move.gates.map((g) => g.name);
  const progress = (message: string) => ctx.emit({ type: 'progress', stage: 'ramp', message });
  const interruption = new Interruption();
  let outcome: WatchOutcome;
  try {
    await recordEvent(client, historySchema, {
      executionId,
      actor,
      event: 'flag.ramped',
      detail: { flag: move.flag, from, to: move.to, forced: move.forced, windowMs: move.windowMs, intervalMs: move.intervalMs, gates: gateNames },
    });
    progress(`${move.flag} ${from}% → ${move.to}%; watching ${gateNames.join(', ')} every ${span(move.intervalMs)} for ${span(move.windowMs)}`);
    outcome = await watchGates(
      {
        client,
        gates: move.gates,
        window: { movedAt, windowMs: move.windowMs },
        intervalMs: move.intervalMs,
        startedAt,
        lost: () => ctx.session.lost(),
        abort: interruption.signal,
        onReading: (reading, line) => progress(`${move.flag} ${move.to}% · ${span(reading.elapsedMs)} of ${span(move.windowMs)} · ${line}`),
      },
      report.readings,
    );
    if (outcome.healthy) {
      const [now] = await readFlags(client, config.flags, [move.flag]);
      report.finalPercentage = now?.percentage ?? 0;
      if (report.finalPercentage !== move.to) {
        ctx.result.warnings.push(`flag '${move.flag}' was changed to ${report.finalPercentage}% by someone else during the window`);
      }
      await recordEvent(client, historySchema, {
        executionId,
        actor,
        event: 'flag.ramp-passed',
        detail: { flag: move.flag, to: move.to, windowMs: move.windowMs, evaluations: report.readings.length },
      });
      return;
    }
  } catch (err) {
    // Whatever went wrong after the move (recording it, a gate's session), the flag must not
    // stay moved with nobody watching it.
    outcome = { healthy: false, why: `the watch stopped: ${(err as Error).message}` };
  } finally {
    interruption.dispose();
  }

  const why = outcome.failed ? `${outcome.why} after ${span(report.readings[report.readings.length - 1]?.elapsedMs ?? 0)}` : outcome.why;
  report.reason = why;
  await withWorkingClient(ctx, async (c) => {
    const reverted = await setFlagIf(c, config.flags, move.flag, move.to, from, actor);
    report.finalPercentage = reverted.current;
    report.outcome = reverted.changed ? 'reverted' : 'revert-skipped';
    await recordEvent(c, historySchema, {
      executionId,
      actor,
      event: reverted.changed ? 'flag.reverted' : 'flag.revert-skipped',
      detail: { flag: move.flag, from: move.to, to: reverted.changed ? from : reverted.current, reason: why, gate: outcome.failed?.name ?? null },
    });
  });
  const after =
    report.outcome === 'reverted'
      ? `flag set back to ${from}%`
      : `flag not set back: it was changed to ${report.finalPercentage}% by someone else meanwhile`;
  throw new PromoteError('check', `ramp of '${move.flag}' to ${move.to}% failed: ${why}; ${after}`, {
    key: outcome.failed ? `ramp.gates.${outcome.failed.name}` : '--flag',
    object: move.flag,
  });
}

/**
 * The revert must happen even when the watch lost its connection: then it gets a new one. If
 * that fails too, the message says so and what to run, since the flag is left where it was moved.
 */
async function withWorkingClient(ctx: CommandContext, work: (client: pg.ClientBase) => Promise<void>): Promise<void> {
  if (!ctx.session.lost()) {
    await work(ctx.session.client);
    return;
  }
  let fresh;
  try {
    fresh = await openSession(ctx.prepared.target, 'pg-promote ramp (revert)');
  } catch (err) {
    const { flag, from } = ctx.result.ramp!;
    throw new PromoteError(
      'check',
      `ramp of '${flag}' failed and the flag could NOT be set back (${(err as Error).message}); set it by hand: pg-promote ramp --flag ${flag} --to ${from} --force`,
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

function durationOption(key: string, text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw usageError(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
  if (ms <= 0) throw usageError(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
  return ms;
}
