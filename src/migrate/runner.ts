import type { FileResult } from '../result.js';
import { isLockLost, LOCK_GUARD_SQL } from '../db/advisory-lock.js';
import { poolingError } from '../db/pooler.js';
import { insertHistoryQuery, markRevertedSql } from './history.js';
import { resetsSession, stageHistory, STAGING_WINDOW } from './history-stage.js';
import { fileResult, fileStart, historyEntry, recordFailure, shouldRetry, stagedEntry, type RunContext, type RunItem } from './run-context.js';
import { statementError } from './statement-error.js';
import { applyTransactional } from './transactional.js';

export type { RunContext, RunItem } from './run-context.js';

/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure.
 * Consecutive transactional files run in one go, their history rows staged first (each file
 * is then one query, see batches.ts, and the queries are pipelined, see transactional.ts). A run ends after a file that resets the session
 * (RESET ALL, DEALLOCATE), so the rest are staged again. A -- pg-promote:no-transaction file goes
 * statement by statement.
 */
export async function* applyInOrder(ctx: RunContext, items: readonly RunItem[]): AsyncGenerator<FileResult> {
  let reset = false;
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    if (!item.file.transactional) {
      ctx.emit(fileStart(item));
      const result = await applyStatementByStatement(ctx, item);
      ctx.emit({ type: 'file-done', result });
      yield result;
      if (result.status === 'failed') return;
      i++;
      continue;
    }
    let end = i;
    while (end < items.length && end - i < STAGING_WINDOW && items[end]!.file.transactional) {
      if (resetsSession(items[end++]!.file.statements)) break;
    }
    const run = items.slice(i, end);
    const staged = await stageHistory(ctx.client, ctx.history, run.map((r) => stagedEntry(ctx, r)), reset);
    reset = resetsSession(run.at(-1)!.file.statements);
    for await (const result of applyTransactional(ctx, run, staged)) {
      yield result;
      if (result.status === 'failed') return;
    }
    i = end;
  }
}

/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx: RunContext, item: RunItem): Promise<FileResult> {
  try {
    await ctx.client.query(LOCK_GUARD_SQL);
  } catch (err) {
    if (isLockLost(err)) throw poolingError('the migration lock is not held by the server process running the next file');
    throw err;
  }
  const started = performance.now();
  let applied = 0;
  let attempts = 1;
  for (const statement of item.file.statements) {
    for (let attempt = 1; ; attempt++) {
      try {
        await ctx.client.query(statement.text);
        applied++;
        break;
      } catch (err) {
        attempts = Math.max(attempts, attempt);
        if (await shouldRetry(ctx, item, err, attempt)) continue;
        const durationMs = performance.now() - started;
        const error = statementError(err, item.file, statement, false);
        if (applied > 0) {
          error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${item.file.statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
        }
        await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
      }
    }
  }
  const durationMs = performance.now() - started;
  try {
    if (item.kind === 'down') await ctx.client.query(markRevertedSql(ctx.history), [item.phase, item.version]);
    await ctx.client.query(insertHistoryQuery(ctx.history, historyEntry(ctx, item, durationMs, true)));
  } catch (err) {
    const error = statementError(err, item.file, undefined, false);
    error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
    return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
  }
  return fileResult(item, 'applied', { durationMs, attempts });
}
