import { randomUUID } from 'node:crypto';
import { ensureEventsTable, recordEvent } from '../audit/events.js';
import { configFileToEdit } from '../config/defaults.js';
import { configError, usageError, LockNotAcquired, CheckFailed } from '../errors/promote-error.js';
import { serverErrorText } from '../errors/format.js';
import { checkKnownFlags, ensureFlagsTable, readFlags, setFlags } from '../flags/store.js';
import { rampPlanFor, windowFor, type GateConfig } from '../ramp/config.js';
import type { Reports } from '../result.js';
import { Interruption } from '../ramp/interruption.js';
import { describeUnfinished, FLAG_LOCK_KEY_SQL, findUnfinishedRamps } from '../ramp/unfinished.js';
import type { CommandContext } from './context.js';
import { reporting, type Outcome } from './outcome.js';
import { finishUnfinished } from './ramp-unfinished.js';
import { RAMP_SETTINGS_SQL, watchStep } from './ramp-watch.js';

/** One ramp per flag at a time: a second run watching the same flag would judge the first's step. */
const TRY_FLAG_LOCK_SQL = `SELECT pg_try_advisory_lock(${FLAG_LOCK_KEY_SQL}) AS locked`;
const UNLOCK_FLAG_SQL = `SELECT pg_advisory_unlock(${FLAG_LOCK_KEY_SQL})`;
/** The database's clock, as text so no precision is lost on the way back in as $1. */
const NOW_SQL = 'SELECT clock_timestamp()::text AS at';

/**
 * The runbook's feature-flag ramp as a stage: move the flag and record it (one transaction),
 * watch the health gates for the step's window, and on a breach (or a gate that cannot be
 * evaluated) set the flag back to where it was, record why and fail. Bad input changes nothing.
 * A step left unfinished (the ramp was killed while watching) blocks the flag's next move
 * until `--resume` watches it again or `--revert` sets it back.
 */
export async function ramp(ctx: CommandContext<'ramp'>): Promise<Outcome<'ramp'>> {
  const { config } = ctx.prepared;
  const options = ctx.options.ramp ?? {};
  const flag = options.flag;
  if (!flag) throw usageError(`ramp needs --flag NAME (flags in the config: ${config.flags.known.map((f) => f.name).join(', ') || 'none, list them under flags.known'})`, { key: '--flag' });
  checkKnownFlags(config.flags, [flag]);
  const finishing = options.resume ? 'resume' : options.revert ? 'revert' : undefined;
  if (options.resume && options.revert) throw usageError('--resume and --revert are two ways to finish a step: give one', { key: '--resume' });
  const to = options.to;
  if (finishing && to !== undefined) throw usageError(`--${finishing} finishes the unfinished step; it takes no --to`, { key: '--to' });
  if (!finishing && to === undefined) throw usageError('ramp needs --to PERCENT (the rollout percentage to move the flag to)', { key: '--to' });
  if (to !== undefined && (!Number.isInteger(to) || to < 0 || to > 100)) throw usageError(`--to must be a percentage from 0 to 100, not ${to}`, { key: '--to' });
  const plan = rampPlanFor(config.ramp, flag);
  if (plan.gates.length === 0) {
    // A step watched by no gate would pass on nothing: refused before the flag moves.
    const file = configFileToEdit(config.source);
    throw configError(
      `no health gates configured: ramp watches the queries under ramp.gates in ${file} (each a name, one sql returning a numeric column value, and max or min); add at least one`,
      { file, key: 'ramp.gates' },
    );
  }
  return reporting({}, (out) => step(ctx, out, { flag, to, plan, finishing }));
}

/** The step itself, under the flag's lock: finish an unfinished one, or move the flag and watch it. */
async function step(ctx: CommandContext<'ramp'>, out: Reports['ramp'], request: { flag: string; to?: number; plan: ReturnType<typeof rampPlanFor>; finishing?: 'resume' | 'revert' }): Promise<void> {
  const { config } = ctx.prepared;
  const options = ctx.options.ramp ?? {};
  const { flag, to, plan, finishing } = request;
  const { windowMs, interval: every } = ctx.settings;
  const client = ctx.session.client;
  const locked = await client.query<{ locked: boolean }>(TRY_FLAG_LOCK_SQL, [flag]);
  if (!locked.rows[0]?.locked) {
    throw new LockNotAcquired(`another pg-promote ramp of flag '${flag}' is running on this database; the flag was not changed`, { object: flag });
  }
  try {
    await client.query(RAMP_SETTINGS_SQL, [`${config.ramp.gateTimeoutMs}ms`, `${config.lockTimeoutMs}ms`]);
    const [unfinished] = await findUnfinishedRamps(client, config.historyTable.schema, [flag], [flag]);
    if (finishing) {
      if (!unfinished) throw usageError(`flag '${flag}' has no unfinished ramp to ${finishing} (its last step was judged)`, { key: `--${finishing}` });
      await finishUnfinished(ctx, out, finishing, unfinished, { gates: plan.gates, windowMs, interval: every });
      return;
    }
    if (unfinished) throw usageError(describeUnfinished(unfinished), { key: '--flag', object: flag });
    const [state] = await readFlags(client, config.flags, [flag]);
    const from = state?.percentage ?? 0;
    // A promotion's later step names where the step before it left the flag: a kill switch
    // thrown between the two (a rollback) must not be ramped past as if it were a step.
    if (options.from !== undefined && from !== options.from) {
      throw new CheckFailed(`flag '${flag}' is at ${from}%, not at ${options.from}% where the step before left it: it was changed since (a kill switch, a rollback?); the flag was not changed`,
        { key: '--from', object: flag },
      );
    }
    if (to! <= from && !options.force) {
      throw usageError(`flag '${flag}' is at ${from}%; --to ${to} is not above it (pass --force to lower or repeat it)`, { key: '--to' });
    }
    const skipped = plan.steps.filter((s) => s.to > from && s.to < to!).map((s) => `${s.to}%`);
    if (skipped.length > 0) ctx.envelope.warnings.push(`flag '${flag}' skips the configured step${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} (${from}% → ${to}%)`);
    const window = windowMs ?? windowFor(plan.steps, to!).windowMs;
    // Evaluated at least once within the window, however short it is.
    const interval = Math.min(every.ms, window);
    await move(ctx, out, { flag, to: to!, windowMs: window, intervalMs: interval, gates: plan.gates, forced: Boolean(options.force) && to! <= from });
  } finally {
    if (!ctx.session.lost()) await client.query(UNLOCK_FLAG_SQL, [flag]).catch(() => undefined);
  }
}

interface Move {
  flag: string;
  to: number;
  windowMs: number;
  intervalMs: number;
  gates: GateConfig[];
  forced: boolean;
}

/**
 * The move and its `flag.ramped` record commit together: whatever kills the process from then
 * on (even SIGKILL), the step is on record as being watched, and a step with no verdict after
 * it is found by the next command. Signals are caught from before the move, so SIGINT/SIGTERM
 * at any moment after it revert the step.
 */
async function move(ctx: CommandContext<'ramp'>, out: Reports['ramp'], m: Move): Promise<void> {
  const { config, actor } = ctx.prepared;
  const client = ctx.session.client;
  const historySchema = config.historyTable.schema;
  // Created (if need be) outside the transaction: a lost creation race inside it would abort it.
  await ensureFlagsTable(client, config.flags);
  await ensureEventsTable(client, historySchema);
  const interruption = new Interruption();
  let movedAt: string;
  let from: number;
  try {
    await client.query('BEGIN');
    movedAt = (await client.query<{ at: string }>(NOW_SQL)).rows[0]!.at;
    const [moved] = await setFlags(client, config.flags, [m.flag], m.to, actor);
    // Where the flag really was when it moved (someone may have changed it since it was read):
    // that is where a revert goes back to.
    from = moved?.from ?? 0;
    await recordEvent(client, historySchema, {
      executionId: (ctx.envelope.executionId ??= randomUUID()),
      actor,
      event: 'flag.ramped',
      detail: { flag: m.flag, from, to: m.to, forced: m.forced, windowMs: m.windowMs, intervalMs: m.intervalMs, gates: m.gates.map((g) => g.name), movedAt },
    });
    await client.query('COMMIT');
  } catch (err) {
    interruption.dispose();
    if (!ctx.session.lost()) await client.query('ROLLBACK').catch(() => undefined);
    throw new CheckFailed(`ramp of '${m.flag}' did not start: ${serverErrorText(err)}; the flag was not changed`, { object: m.flag });
  }
  await watchStep(ctx, out, { ...m, from, movedAt, resumed: false }, interruption);
}

