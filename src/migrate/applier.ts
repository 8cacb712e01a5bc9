import type { FileResult } from '../result.js';
import { isLockLost } from '../db/advisory-lock.js';
import { poolingError } from '../db/pooler.js';
import { settingsSql, resetsSettings } from './file-settings.js';
import { failurePoint, MARKER, transactionalScript, type ScriptPart } from './file-script.js';
import { RECORDED_MS } from './history-store.js';
import { fileResult, fileStart, historyEntry, shouldRetry, type RunContext, type RunItem } from './run-context.js';
import { isConnectionLoss, serverPosition, statementError } from './statement-error.js';

export type { RunContext, RunItem } from './run-context.js';

/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure. A
 * file is one round trip (file-script.ts) that starts from the configured settings and ends
 * with its history row; nothing is kept in the session from one file to the next. A
 * -- pg-promote:no-transaction file goes statement by statement.
 */
export async function* applyInOrder(ctx: RunContext, items: readonly RunItem[]): AsyncGenerator<FileResult> {
  for (const item of items) {
    ctx.emit(fileStart(item));
    const result = item.file.transactional ? await applyTransactional(ctx, item) : await applyStatementByStatement(ctx, item);
    ctx.emit({ type: 'file-done', result });
    yield result;
    if (result.status === 'failed') return;
  }
}

const lockLost = () => poolingError('the migration lock is not held by the server process running the next file');

/** Settings first, then the lock check (the cheap one in a file's own transaction), whose one row is marker 0. */
const startSql = (ctx: RunContext, local: boolean) => settingsSql(ctx.settings, local, [`(${ctx.store.lockHeldSql(local)}) AS "${MARKER}"`]);

/**
 * The file, its settings and its history rows in one transaction. A lock timeout or deadlock
 * rolls the file back and sends it again after a backoff.
 */
async function applyTransactional(ctx: RunContext, item: RunItem): Promise<FileResult> {
  const { statements } = item.file;
  const parts = transactionalScript(statements, {
    start: startSql(ctx, true),
    restore: (extra, only) => settingsSql(ctx.settings, true, extra, only),
    record: ctx.store.appliedSql(historyEntry(ctx, item)),
  });
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    let done: number | undefined;
    let recordedMs: number | undefined;
    const onRow = (row: Record<string, unknown>) => {
      if (MARKER in row) done = Number(row[MARKER]);
      if (RECORDED_MS in row) recordedMs = Number(row[RECORDED_MS]);
    };
    let failure: { err: unknown; part: ScriptPart } | undefined;
    for (const part of parts) {
      try {
        await ctx.db.script(part.text, onRow);
      } catch (err) {
        failure = { err, part };
        break;
      }
    }
    const durationMs = performance.now() - started;
    if (!failure) return fileResult(item, 'applied', { durationMs: recordedMs ?? durationMs, attempts: attempt });
    const { err, part } = failure;
    // A COMMIT that failed (a deferred constraint) has ended the block already: ROLLBACK then only warns.
    if (!isConnectionLoss(err)) await ctx.db.query('ROLLBACK').catch(() => undefined);
    if (isLockLost(err)) throw lockLost();
    if (await shouldRetry(ctx, item, err, attempt)) continue;
    const at = failurePoint(part, serverPosition(err), statements, done);
    const error = statementError(err, item.file, at.statement, true, at.position);
    await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
    return fileResult(item, 'failed', { durationMs, attempts: attempt, error });
  }
}

/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx: RunContext, item: RunItem): Promise<FileResult> {
  try {
    await ctx.db.script(startSql(ctx, false));
  } catch (err) {
    if (isLockLost(err)) throw lockLost();
    throw err;
  }
  const { statements } = item.file;
  const started = performance.now();
  let applied = 0;
  let attempts = 1;
  for (const statement of statements) {
    for (let attempt = 1; ; attempt++) {
      try {
        await ctx.db.script(statement.text);
        const reset = resetsSettings(statement);
        if (reset.length > 0) await ctx.db.script(settingsSql(ctx.settings, false, [], reset));
        applied++;
        break;
      } catch (err) {
        attempts = Math.max(attempts, attempt);
        if (await shouldRetry(ctx, item, err, attempt)) continue;
        const durationMs = performance.now() - started;
        const error = statementError(err, item.file, statement, false);
        if (applied > 0) {
          error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
        }
        await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
      }
    }
  }
  const durationMs = performance.now() - started;
  try {
    // One implicit transaction: the settings back (the history row is written as the run's
    // role, whatever the file set), the lock checked, the rows written together.
    await ctx.db.script([startSql(ctx, false), ...ctx.store.appliedSql(historyEntry(ctx, item), durationMs)].join(';\n'));
  } catch (err) {
    if (isLockLost(err)) throw lockLost();
    const error = statementError(err, item.file, undefined, false);
    error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
    return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
  }
  return fileResult(item, 'applied', { durationMs, attempts });
}

/** Best effort, after the file rolled back: when the connection is gone, so is this. */
async function recordFailure(ctx: RunContext, item: RunItem, durationMs: number, sqlstate: string | undefined, message: string): Promise<void> {
  const insert = ctx.store.failedSql(historyEntry(ctx, item), { durationMs, sqlstate, message });
  await ctx.db.script(['BEGIN', startSql(ctx, true), insert, 'COMMIT'].join(';\n')).catch(() => ctx.db.query('ROLLBACK').catch(() => undefined));
}
