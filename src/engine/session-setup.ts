import { randomUUID } from 'node:crypto';
import { acquireMigrationLock } from '../db/advisory-lock.js';
import { createHistorySql, HISTORY_EXISTS_SQL, qualified } from '../migrate/history.js';
import type { RunContext } from '../migrate/runner.js';
import type { CommandContext } from './context.js';

/** Session settings that bound how long a migration can hold application traffic behind it. */
export const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;

/**
 * Runs `work` holding the database's migration lock, with lock_timeout and statement_timeout
 * set. The lock is session-level: if the process dies, the server frees it with the session.
 */
export async function withMigrationLock(ctx: CommandContext, work: () => Promise<void>): Promise<void> {
  const { config, target } = ctx.prepared;
  ctx.result.executionId = randomUUID();
  const release = await acquireMigrationLock(ctx.session.client, {
    waitMs: config.advisoryLockWaitMs,
    database: target.database,
    onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
  });
  ctx.emit({ type: 'lock-acquired' });
  try {
    await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
    await work();
  } finally {
    if (!ctx.session.lost()) await release();
  }
}

/** Created only when missing, so a role without CREATE on the database can run once it exists. */
export async function ensureHistoryTable(ctx: CommandContext): Promise<void> {
  const { historyTable } = ctx.prepared.config;
  const probe = await ctx.session.client.query<{ present: boolean }>(HISTORY_EXISTS_SQL, [qualified(historyTable)]);
  if (probe.rows[0]?.present) return;
  await ctx.session.client.query(createHistorySql(historyTable));
}

export function runContext(ctx: CommandContext): RunContext {
  const { config } = ctx.prepared;
  return {
    client: ctx.session.client,
    history: config.historyTable,
    executionId: ctx.result.executionId!,
    actor: ctx.prepared.actor,
    lockRetries: config.lockRetries,
    lockRetryBackoffMs: config.lockRetryBackoffMs,
    emit: ctx.emit,
  };
}
