import { randomUUID } from 'node:crypto';
import { acquireMigrationLock, isLockLost, LOCK_GUARD_SQL } from '../db/advisory-lock.js';
import { poolingError, refusePooledConnection } from '../db/pooler.js';
import { SESSION_SETTINGS_SQL } from '../db/session-settings.js';
import { configuredSettings } from '../migrate/file-settings.js';
import { HistoryStore, type HistoryPrivilege } from '../migrate/history-store.js';
import type { RunContext } from '../migrate/applier.js';
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
  ctx.envelope.executionId ??= randomUUID();
  const release = await takeMigrationLock(ctx);
  ctx.emit({ type: 'lock-acquired' });
  try {
    await ctx.session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
    await ctx.session.client.query(CLIENT_CHECK_SQL);
    await work();
  } finally {
    if (!ctx.session.lost()) {
      await ctx.session.client.query(RESET_SETTINGS_SQL).catch(() => undefined);
      await release();
    }
  }
}

/** The history table, created when missing, checked to be usable as the command needs. */
export async function ensureHistoryTable(ctx: CommandContext, needs: readonly HistoryPrivilege[]): Promise<void> {
  await new HistoryStore(ctx.prepared.config.historyTable).ensure(ctx.session.client, needs);
}

/** Reads the search_path and role every file will start with: call it once the lock is held. */
export async function runContext(ctx: CommandContext): Promise<RunContext> {
  const { config } = ctx.prepared;
  return {
    db: ctx.session.db,
    store: new HistoryStore(config.historyTable, await backendPid(ctx)),
    settings: await configuredSettings(ctx.session.client, config),
    executionId: ctx.envelope.executionId!,
    actor: ctx.prepared.actor,
    lockRetries: config.lockRetries,
    lockRetryBackoffMs: config.lockRetryBackoffMs,
    emit: ctx.emit,
  };
}

/** This session's server process, the one that took the migration lock. */
async function backendPid(ctx: CommandContext): Promise<number> {
  return (await ctx.session.client.query<{ pid: number }>('SELECT pg_catalog.pg_backend_pid() AS pid')).rows[0]!.pid;
}
