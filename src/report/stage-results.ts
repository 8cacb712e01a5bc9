import path from 'node:path';
import { readJsonFile } from '../config/json-file.js';
import { usageError } from '../errors/promote-error.js';
import type { AnyResult } from '../result.js';

const MAX_RESULT_BYTES = 64 * 1024 * 1024;

/**
 * Reads the stage results a report is built from: the `--json` output of each stage (or the
 * action's result-json file). Anything else is a usage error naming the file.
 */
export function readStageResults(root: string, files: readonly string[], commands: readonly string[]): AnyResult[] {
  return files.map((file) => {
    const where = { key: '--results', file };
    const parsed = readJsonFile(path.resolve(root, file), where, {
      what: 'the --json output of a pg-promote stage',
      maxBytes: MAX_RESULT_BYTES,
      hint: '',
    }) as Partial<AnyResult> | null;
    const valid =
      parsed !== null && typeof parsed === 'object' &&
      commands.includes(parsed.command as string) &&
      typeof parsed.startedAt === 'string' && typeof parsed.ok === 'boolean' && typeof parsed.durationMs === 'number' &&
      // Only a command that applies files reports them (earlier results carried empty lists for every command).
      (parsed.phases === undefined || (Array.isArray(parsed.phases) && parsed.counts !== undefined));
    if (!valid) throw usageError('--results: not a pg-promote stage result (expected the --json output of plan, migrate, backup, verify, ...)', where);
    return parsed as AnyResult;
  });
}
