import type { FileKind, FileResult } from '../result.js';
import type { Database } from '../db/database.js';
import type { EngineEvent } from '../events.js';
import type { FileSettings } from './file-settings.js';
import type { HistoryEntry, HistoryStore } from './history-store.js';
import type { SqlFile } from './sql-file.js';
import { RETRYABLE_SQLSTATES, sqlstateOf } from './statement-error.js';

/** What applying files needs: the database, where history goes, what each file starts with, and who is asking. */
export interface RunContext {
  db: Database;
  store: HistoryStore;
  settings: FileSettings;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lock timeouts and deadlocks: waits with exponential backoff and says so, within the retry budget. */
export async function shouldRetry(ctx: RunContext, item: RunItem, err: unknown, attempt: number): Promise<boolean> {
  const sqlstate = sqlstateOf(err);
  if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries) return false;
  const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
  ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: (err as Error).message });
  await sleep(waitMs);
  return true;
}

export function historyEntry(ctx: RunContext, item: RunItem): HistoryEntry {
  return {
    executionId: ctx.executionId,
    phase: item.phase,
    kind: item.kind,
    version: item.version,
    fileName: item.file.path.rel,
    checksum: item.file.checksum,
    appliedBy: ctx.actor,
  };
}

export function fileResult(item: RunItem, status: FileResult['status'], extra: Partial<FileResult>): FileResult {
  return {
    phase: item.phase,
    kind: item.kind,
    version: item.version,
    file: item.file.path.rel,
    checksum: item.file.checksum,
    status,
    transactional: item.file.transactional,
    ...extra,
    // Whole milliseconds, as the history records them.
    durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs),
  };
}

export const fileStart = (item: RunItem): EngineEvent => ({
  type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version,
});
