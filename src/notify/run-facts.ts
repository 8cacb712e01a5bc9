import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors/promote-error.js';
import type { PromoteResult } from '../result.js';

const MAX_RESULT_BYTES = 64 * 1024 * 1024;

/**
 * What happened in the run, from the stage results given with --results (each stage's --json
 * output or the action's result-json). Any pg-promote result is accepted, including ramp and
 * flags; anything else is a usage error naming the file.
 */
export function readRunResults(root: string, files: readonly string[]): PromoteResult[] {
  return files.map((file) => {
    const where = { key: '--results', file };
    let text: string;
    try {
      text = readFileSync(path.resolve(root, file), 'utf8');
    } catch (err) {
      throw usageError(`--results: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message}`, where);
    }
    if (text.length > MAX_RESULT_BYTES) throw usageError('--results: file is too large to be a stage result', where);
    let parsed: Partial<PromoteResult> | null;
    try {
      parsed = JSON.parse(text) as Partial<PromoteResult> | null;
    } catch {
      throw usageError('--results: not JSON (pass the --json output of a pg-promote stage)', where);
    }
    if (!parsed || typeof parsed !== 'object' || typeof parsed.command !== 'string' || typeof parsed.ok !== 'boolean') {
      throw usageError('--results: not a pg-promote stage result (expected the --json output of plan, migrate, backup, restore, flags, ...)', where);
    }
    return parsed as PromoteResult;
  });
}

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

export function runFacts(results: readonly PromoteResult[]): RunFacts {
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
