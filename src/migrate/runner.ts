import type pg from 'pg';
import type { FileKind, FileResult } from '../result.js';
import type { SqlStatement } from '../sql/statements.js';
import type { EngineEvent } from '../engine/events.js';
import { insertHistoryQuery, markRevertedSql, type HistoryEntry, type HistoryTable } from './history.js';
import type { SqlFile } from './sql-file.js';
import { isConnectionLoss, RETRYABLE_SQLSTATES, sqlstateOf, statementError } from './statement-error.js';

export interface RunContext {
  client: pg.Client;
  history: HistoryTable;
  executionId: string;
  actor: string;
  lockRetries: number;
  lockRetryBackoffMs: number;
  emit: (event: EngineEvent) => void;
}

export interface RunItem {
  phase: string;
  kind: FileKind;
  version?: string;
  file: SqlFile;
}

const BEGIN_PREFIX = 'BEGIN;\n';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies one file and records it. Transactional files (the default) run statement by
 * statement inside BEGIN/COMMIT together with their history row, so a file is either applied
 * and recorded or neither; lock timeouts roll back and retry the whole file with backoff.
 */
export async function applyFile(ctx: RunContext, item: RunItem): Promise<FileResult> {
  ctx.emit({ type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version });
  const result = item.file.transactional ? await applyInTransaction(ctx, item) : await applyStatementByStatement(ctx, item);
  ctx.emit({ type: 'file-done', result });
  return result;
}

async function applyInTransaction(ctx: RunContext, item: RunItem): Promise<FileResult> {
  const { client } = ctx;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    let current: SqlStatement | undefined;
    let prefix = '';
    try {
      // BEGIN travels with the first statement: one round trip fewer per file, which is most of
      // pg-promote's overhead over a bare psql session on a run of many small files.
      for (const [index, statement] of item.file.statements.entries()) {
        current = statement;
        prefix = index === 0 ? BEGIN_PREFIX : '';
        await client.query(prefix + statement.text);
      }
      current = undefined;
      prefix = '';
      if (item.kind === 'down') await client.query(markRevertedSql(ctx.history), [item.phase, item.version]);
      const durationMs = performance.now() - started;
      await client.query(insertHistoryQuery(ctx.history, entry(ctx, item, durationMs, true)));
      await client.query('COMMIT');
      return fileResult(item, 'applied', { durationMs, attempts: attempt });
    } catch (err) {
      const durationMs = performance.now() - started;
      if (!isConnectionLoss(err)) await client.query('ROLLBACK').catch(() => undefined);
      if (await shouldRetry(ctx, item, err, attempt)) continue;
      const error = statementError(err, item.file, current, true, prefix.length);
      await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
      return fileResult(item, 'failed', { durationMs, attempts: attempt, error });
    }
  }
}

/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx: RunContext, item: RunItem): Promise<FileResult> {
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
    await ctx.client.query(insertHistoryQuery(ctx.history, entry(ctx, item, durationMs, true)));
  } catch (err) {
    const error = statementError(err, item.file, undefined, false);
    error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
    return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
  }
  return fileResult(item, 'applied', { durationMs, attempts });
}

async function shouldRetry(ctx: RunContext, item: RunItem, err: unknown, attempt: number): Promise<boolean> {
  const sqlstate = sqlstateOf(err);
  if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries) return false;
  const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
  ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: (err as Error).message });
  await sleep(waitMs);
  return true;
}

async function recordFailure(ctx: RunContext, item: RunItem, durationMs: number, sqlstate: string | undefined, message: string): Promise<void> {
  // Best effort, outside the failed transaction: when the connection is gone, so is this.
  await ctx.client
    .query(insertHistoryQuery(ctx.history, { ...entry(ctx, item, durationMs, false), errorSqlstate: sqlstate, errorMessage: message }))
    .catch(() => undefined);
}

function entry(ctx: RunContext, item: RunItem, durationMs: number, success: boolean): HistoryEntry {
  return {
    executionId: ctx.executionId,
    phase: item.phase,
    kind: item.kind,
    version: item.version,
    fileName: item.file.path.rel,
    checksum: item.file.checksum,
    appliedBy: ctx.actor,
    durationMs,
    success,
  };
}

function fileResult(item: RunItem, status: FileResult['status'], extra: Partial<FileResult>): FileResult {
  return {
    phase: item.phase,
    kind: item.kind,
    version: item.version,
    file: item.file.path.rel,
    checksum: item.file.checksum,
    status,
    transactional: item.file.transactional,
    ...extra,
    durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs * 10) / 10,
  };
}
