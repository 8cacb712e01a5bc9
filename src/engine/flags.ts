import { ensureEventsTable, recordEvent } from '../audit/events.js';
import { checkKnownFlags, ensureFlagsTable, readFlags, setFlags } from '../flags/store.js';
import type { CommandContext } from './context.js';
import type { Outcome } from './outcome.js';
import { warnOfUnfinishedRamps } from './ramp-unfinished.js';

/**
 * The kill switches. `flags off` is the runbook's "disable ingest service" step of a rollback:
 * it sets the named flags (default: the config's flags.rollback_off) to 0 and records, in the
 * same transaction, who did it, why, and each flag's previous value, so the change and its
 * record cannot part. `flags list` reads every known flag and changes nothing.
 */
export async function flags(ctx: CommandContext<'flags'>): Promise<Outcome<'flags'>> {
  const { config, actor, target } = ctx.prepared;
  const request = ctx.options.flags ?? {};
  const table = `${config.flags.table.schema}.${config.flags.table.table}`;
  const describe = new Map(config.flags.known.map((f) => [f.name, f.description]));
  await warnOfUnfinishedRamps(ctx);
  if (request.action === 'list') {
    const state = await readFlags(ctx.session.client, config.flags, config.flags.known.map((f) => f.name));
    return { flags: { action: 'list', table, flags: state.map((f) => ({ ...f, description: describe.get(f.name) })), changes: [] } };
  }
  const { names, from } = ctx.settings;
  checkKnownFlags(config.flags, names, from);
  if (names.length === 0) {
    ctx.envelope.warnings.push(`no flags to turn off (${config.source}: flags.rollback_off is empty and none were named)`);
    return { flags: { action: 'off', table, flags: [], changes: [], reason: request.reason } };
  }
  ctx.emit({ type: 'progress', stage: 'flags', message: `setting ${names.join(', ')} to 0 in ${table}` });
  const client = ctx.session.client;
  // Created (if need be) outside the transaction: a lost creation race inside it would abort it.
  await ensureFlagsTable(client, config.flags);
  await ensureEventsTable(client, config.historyTable.schema);
  await client.query('BEGIN');
  let changes;
  let eventId: string;
  try {
    changes = await setFlags(client, config.flags, names, 0, actor);
    eventId = await recordEvent(client, config.historyTable.schema, {
      executionId: ctx.envelope.executionId,
      actor,
      event: 'flags.off',
      detail: {
        database: target.database,
        table,
        reason: request.reason ?? null,
        flags: changes.map((c) => ({ name: c.name, previous: c.from, now: c.to })),
      },
    });
    await client.query('COMMIT');
  } catch (err) {
    if (!ctx.session.lost()) await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  const state = await readFlags(client, config.flags, names);
  return {
    flags: {
      action: 'off',
      table,
      flags: state.map((f) => ({ ...f, description: describe.get(f.name) })),
      changes,
      reason: request.reason,
      eventId,
    },
  };
}
