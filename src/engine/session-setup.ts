import { randomUUID } from 'node:crypto';
import { acquireMigrationLock, isLockLost, LOCK_GUARD_SQL } from '../db/advisory-lock.js';
import { poolingError, refusePooledConnection } from '../db/pooler.js';
import { SESSION_SETTINGS_SQL } from '../db/session-settings.js';
import { serverErrorText } from '../errors/format.js';
import { PermissionDenied } from '../errors/promote-error.js';
import { RESET_CHAIN_SQL } from '../migrate/chain.js';
import { createHistorySql } from '../migrate/history.js';
import { probeHistoryTable, type HistoryPrivilege } from '../migrate/history-access.js';
import type { RunContext } from '../migrate/runner.js';
import type { CommandContext } from './context.js';

export { SESSION_SETTINGS_SQL };

/**
 * PostgreSQL 14+: the server checks every second that we are still there while a statement
 * runs, so a killed pg-promote does not leave its migration running and holding its locks
 * (and the migration lock) until the statement happens to end.
 */
export const CLIENT_CHECK_SQL = `SELECT set_config('client_connection_check_interval', '1s', false)
WHERE current_setting('server_version_num')::int >= 140000`;

/** Our settings do not outlive the run on the connection (a pooler would hand it on). */
export const RESET_SETTINGS_SQL = `SELECT pg_catalog.set_config(name, reset_val, false) FROM pg_catalog.pg_settings
WHERE name IN ('lock_timeout', 'statement_timeout', 'client_connection_check_interval')`;

/**
 * Takes the migration lock on a connection proven not to be behind a transaction pooler, and
 * proves the lock is held by this very server process once taken.
 */
export async function takeMigrationLock(ctx: CommandContext): Promise<() => Promise<void>> {
  const { config, target } = ctx.prepared;
  await refusePooledConnection(ctx.session);
  const release = await acquireMigrationLock(ctx.session.client, {
    waitMs: config.advisoryLockWaitMs,
    database: target.database,
    onWait: (holder) => ctx.emit({ type: 'lock-wait', holder }),
  });
  try {
    await ctx.session.client.query(LOCK_GUARD_SQL);
  } catch (err) {
    await release();
    if (isLockLost(err)) throw poolingError('the lock taken is not held by the server process now serving this session', target.display);
    throw err;
  }
  return release;
}

/**
 * Runs `work` holding the database's migration lock, with lock_timeout and statement_timeout
 * set. The lock is session-level: if the process dies, the server frees it with the session.
 */
export async function withMigrationLock(ctx: CommandContext, work: () => Promise<void>): Promise<void> {
  const { config } = ctx.prepared;
  ctx.result.executionId ??= randomUUID();
  const release = await takeMigrationLock(ctx);
  ctx.emit({ type: 'lock-acquired' });
  try {
    await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
    await ctx.session.client.query(CLIENT_CHECK_SQL);
    await work();
  } finally {
    if (!ctx.session.lost()) {
      await ctx.session.client.query(RESET_SETTINGS_SQL).catch(() => undefined);
      await ctx.session.client.query(RESET_CHAIN_SQL).catch(() => undefined);
      await release();
    }
  }
}

/**
 * Created only when missing, so a role without CREATE on the database can run once it exists;
 * an existing one must be a history table this role can use as the command needs.
 */
export async function ensureHistoryTable(ctx: CommandContext, needs: readonly HistoryPrivilege[]): Promise<void> {
  const { historyTable } = ctx.prepared.config;
  if ((await probeHistoryTable(ctx.session.client, historyTable, needs)).present) return;
  try {
    await ctx.session.client.query(createHistorySql(historyTable));
  } catch (err) {
    if ((err as { code?: string }).code !== '42501') throw err;
    const name = `${historyTable.schema}.${historyTable.table}`;
    throw new PermissionDenied(`cannot create the history table ${name}: ${serverErrorText(err)}; create it once as a role that may, then grant this one SELECT, INSERT, UPDATE on it`, {
      key: 'history_table',
      object: name,
      sqlstate: '42501',
    });
  }
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
