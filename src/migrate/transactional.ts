import type { FileResult } from '../result.js';
import { CommandsFailed, queryCountingCommands } from '../db/counted-query.js';
import { failurePoint, queryBatches, type Batch } from './batches.js';
import { recordSql, type StagedRun } from './history-stage.js';
import { fileResult, fileStart, recordFailure, shouldRetry, type RunContext, type RunItem } from './run-context.js';
import { isConnectionLoss, serverPosition, statementError } from './statement-error.js';

interface Failure {
  error: unknown;
  batch: Batch;
  completed: number;
}

/**
 * Applies consecutive transactional files, each in its own transaction together with its
 * history row (staged beforehand), each in one query (see batches.ts). Yields each file's
 * outcome and stops after the first failure. A lock timeout rolls back
 * only the file that hit it; that file and the ones after it are sent again after a backoff.
 */
export async function* applyTransactional(ctx: RunContext, items: readonly RunItem[], staged: StagedRun): AsyncGenerator<FileResult> {
  let next = 0;
  let attempt = 1;
  while (next < items.length) {
    const pending = items.slice(next);
    const batches = queryBatches(
      pending.map((item, i) => ({
        statements: item.file.statements,
        ...recordSql(ctx.history, staged, staged.slots[next + i]!, item.kind === 'down', item.file.statements),
      })),
    );
    const done: FileResult[] = [];
    let committed = 0;
    let since = performance.now();
    // The server reports each COMMIT as it happens: outcomes and progress are per file, live.
    const onCommand = (batch: Batch) => (completed: number) => {
      const command = batch.commands[completed - 1];
      if (command?.role !== 'commit') return;
      const now = performance.now();
      const result = fileResult(pending[command.file]!, 'applied', { durationMs: now - since, attempts: command.file === 0 ? attempt : 1 });
      since = now;
      committed++;
      done.push(result);
      ctx.emit({ type: 'file-done', result });
      const following = pending[command.file + 1];
      if (following) ctx.emit(fileStart(following));
    };
    ctx.emit(fileStart(pending[0]!));
    let failure: Failure | undefined;
    for (const batch of batches) {
      failure = await send(ctx, batch, onCommand(batch));
      yield* done.splice(0);
      if (failure) break;
    }
    if (!failure) return;

    const { error, batch, completed } = failure;
    const durationMs = performance.now() - since;
    if (!isConnectionLoss(error)) await ctx.client.query('ROLLBACK').catch(() => undefined);
    const at = failurePoint(batch, serverPosition(error), completed);
    const failed = at.command?.file ?? committed;
    const item = pending[failed]!;
    next += failed;
    if (failed > 0) attempt = 1;
    if (await shouldRetry(ctx, item, error, attempt)) {
      attempt++;
      continue;
    }
    const info = statementError(error, item.file, at.command?.statement, true, at.position);
    await recordFailure(ctx, item, durationMs, info.sqlstate, info.message);
    yield fileResult(item, 'failed', { durationMs, attempts: attempt, error: info });
    return;
  }
}

async function send(ctx: RunContext, batch: Batch, onCommand: (completed: number) => void): Promise<Failure | undefined> {
  try {
    await queryCountingCommands(ctx.client, batch.text, onCommand);
    return undefined;
  } catch (err) {
    return err instanceof CommandsFailed ? { error: err.cause, batch, completed: err.completed } : { error: err, batch, completed: 0 };
  }
}
