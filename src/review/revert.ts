import { randomUUID } from 'node:crypto';
import type { PromotionConfig } from '../config/load.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { acquireMigrationLock } from '../db/advisory-lock.js';
import { openSession } from '../db/session.js';
import type { EventSink } from '../events.js';
import { SESSION_SETTINGS_SQL } from '../db/session-settings.js';
import { MigrationFailed } from '../errors/promote-error.js';
import { readPhaseDowns } from '../migrate/source.js';
import { applyInOrder } from '../migrate/applier.js';
import { configuredSettings } from '../migrate/file-settings.js';
import { HistoryStore } from '../migrate/history-store.js';
import type { FileResult } from '../result.js';

/**
 * Runs the DOWN files of exactly the given versions, newest first, through the engine's runner
 * (each in its transaction with its history update, as `down` does). Used where `down --to`
 * cannot express the set: an allowed out-of-order version sits below versions the base applied.
 */
export async function revertVersions(options: {
  url: string;
  config: PromotionConfig;
  phase: string;
  versions: readonly string[];
  actor: string;
  emit: EventSink;
}): Promise<FileResult[]> {
  const phase = options.config.phases.find((p) => p.name === options.phase)!;
  const downs = readPhaseDowns(options.config.root, phase);
  const session = await openSession(parseDatabaseUrl(options.url), 'pg-promote review');
  const results: FileResult[] = [];
  try {
    const { config } = options;
    await session.client.query(SESSION_SETTINGS_SQL, [`${config.lockTimeoutMs}ms`, `${config.statementTimeoutMs}ms`]);
    // The runner checks before each file that its server process holds the migration lock.
    await acquireMigrationLock(session.client, { waitMs: config.advisoryLockWaitMs, database: session.target.database });
    const run = {
      db: session.db,
      store: new HistoryStore(config.historyTable, (await session.client.query<{ pid: number }>('SELECT pg_catalog.pg_backend_pid() AS pid')).rows[0]!.pid),
      settings: await configuredSettings(session.client, config),
      executionId: randomUUID(),
      actor: options.actor,
      lockRetries: config.lockRetries,
      lockRetryBackoffMs: config.lockRetryBackoffMs,
      emit: options.emit,
    };
    const items = options.versions.map((version) => ({ phase: phase.name, kind: 'down' as const, version, file: downs.get(version)! }));
    for await (const outcome of applyInOrder(run, items)) {
      results.push(outcome.status === 'applied' ? { ...outcome, status: 'reverted' } : outcome);
      if (outcome.status === 'failed') {
        throw new MigrationFailed(outcome.error!.message, { ...outcome.error!, phase: phase.name, version: outcome.version });
      }
    }
  } finally {
    await session.close();
  }
  return results;
}
