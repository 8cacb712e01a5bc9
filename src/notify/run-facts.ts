import type { AnyResult } from '../result.js';

export interface RunFacts {
  /** Targets of the stages (host/database, never a password). */
  databases: string[];
  /** Each stage in order, e.g. "backup ok", "migrate FAILED". */
  stages: { command: string; ok: boolean }[];
  /** The first stage that failed, and its error. */
  failure?: { command: string; message: string; kind?: string; file?: string };
  applied: number;
  pending: number;
  failed: number;
  restore?: { database: string; takenAt: string; backupPath: string; durationMs: number };
  flagsOff?: { name: string; from: number }[];
  window?: string;
}

export function runFacts(results: readonly AnyResult[]): RunFacts {
  const failedStage = results.find((r) => !r.ok);
  const facts: RunFacts = {
    databases: [...new Set(results.map((r) => r.database?.target).filter((t): t is string => Boolean(t)))],
    stages: results.map((r) => ({ command: r.command, ok: r.ok })),
    applied: 0,
    pending: 0,
    failed: 0,
  };
  for (const r of results) {
    if (r.command !== 'migrate' || !r.counts) continue;
    facts.applied += r.counts.applied;
    facts.pending += r.counts.pending;
    facts.failed += r.counts.failed;
  }
  if (failedStage) {
    facts.failure = {
      command: failedStage.command,
      message: failedStage.error?.message ?? 'failed',
      kind: failedStage.error?.kind,
      file: failedStage.error?.file,
    };
  }
  const restored = results.find((r) => r.restore && r.ok)?.restore;
  if (restored) facts.restore = { database: restored.database, takenAt: restored.takenAt, backupPath: restored.backupPath, durationMs: restored.durationMs };
  const off = results.find((r) => r.flags?.action === 'off' && r.ok)?.flags;
  if (off) facts.flagsOff = off.changes.map((c) => ({ name: c.name, from: c.from }));
  const window = results.find((r) => r.window)?.window;
  if (window) facts.window = window.inside ? `inside '${window.name}'` : window.overridden ? `outside every window, overridden: ${window.overridden.reason}` : 'outside every window';
  return facts;
}
