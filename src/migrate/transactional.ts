import type { FileResult } from '../result.js';
import { isLockLost, LOCK_GUARD_SQL } from '../db/advisory-lock.js';
import { poolingError } from '../db/pooler.js';
import { CommandsFailed, queryCountingCommands } from '../db/counted-query.js';
import { failurePoint, queryBatches, type Batch } from './batches.js';
import { newChain } from './chain.js';
import { recordSql, type StagedRun } from './history-stage.js';
import { fileResult, fileStart, recordFailure, shouldRetry, type RunContext, type RunItem } from './run-context.js';
import { isConnectionLoss, serverPosition, statementError } from './statement-error.js';

interface Failure {
  error: unknown;
  batch: Batch;
  completed: number;
}

/**
 * Queries on the wire at once. The server works on one file while the client reads the last
 * answer and sends the next: the client's own work per file no longer adds to the server's,
 * and a few files ahead are enough for that (the client's work per file is a fraction of the
 * server's). Few, because what is on the wire is applied even if this process is killed: a
 * cancelled job may still see that many files land after the one running, each whole and
 * recorded.
 */
const IN_FLIGHT = 4;

/**
 * Applies consecutive transactional files, each in its own transaction together with its
 * history row (staged beforehand), each in one query (see batches.ts), pipelined (see
 * chain.ts). Yields each file's outcome and stops after the first failure. A lock timeout
 * rolls back only the file that hit it; that file and the ones after it are sent again after
 * a backoff.
 */
export async function* applyTransactional(ctx: RunContext, items: readonly RunItem[], staged: StagedRun): AsyncGenerator<FileResult> {
  const chain = newChain();
  let next = 0;
  let attempt = 1;
  while (next < items.length) {
    const pending = items.slice(next);
    const batches = queryBatches(
      pending.map((item, i) => {
        const record = recordSql(ctx.history, staged, staged.slots[next + i]!, item.kind === 'down', item.file.statements);
        return {
          statements: item.file.statements,
          before: [LOCK_GUARD_SQL, ...chain.guard(next + i), ...record.before],
          after: [...record.after, chain.link(next + i)],
        };
      }),
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
    const inFlight: Array<Promise<Failure | undefined>> = [];
    for (let sent = 0; inFlight.length > 0 || (!failure && sent < batches.length); ) {
      while (!failure && sent < batches.length && inFlight.length < IN_FLIGHT) {
        const batch = batches[sent++]!;
        inFlight.push(send(ctx, batch, onCommand(batch)));
      }
      const outcome = await inFlight.shift();
      // After the first failure the files already sent fail too (see chain.ts): their answers
      // are only drained, so that the ROLLBACK below is the next thing the server reads.
      failure ??= outcome;
      yield* done.splice(0);
    }
    if (!failure) return;

    const { error, batch, completed } = failure;
    if (isLockLost(error)) {
      await ctx.client.query('ROLLBACK').catch(() => undefined);
      throw poolingError('the migration lock is not held by the server process running the next file');
    }
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
