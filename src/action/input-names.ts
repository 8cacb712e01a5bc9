import type { PromoteResult } from '../result.js';

/**
 * The engine words its errors for the CLI (`--backup-manifest FILE`); in a workflow the user
 * wrote inputs, so the action says `input 'backup-manifest'`. Only pg-promote's own options are
 * renamed: a tool's options quoted in a message (pg_restore --list) stay as they are.
 */
const INPUT_OF_FLAG: Record<string, string> = {
  'backup': 'backup-file',
  'backup-dir': 'backup-dir',
  'backup-manifest': 'backup-manifest',
  'base': 'base-ref',
  'baseline': 'latency-baseline',
  'compare': 'latency-compare',
  'config': 'config',
  'confirm': 'confirm',
  'database-url': 'database-url',
  'dry-run': 'dry-run',
  'environments': 'environments',
  'event': 'event',
  'flag': 'flag',
  'flags': 'flags',
  'force': 'force',
  'from': 'from-percentage',
  'format': 'backup-format',
  'head': 'head-ref',
  'interval': 'ramp-interval',
  'jobs': 'jobs',
  'message': 'message',
  'outside-window': 'outside-window',
  'phase': 'phase',
  'reason': 'reason',
  'repo': 'repository',
  'results': 'results',
  'run-id': 'run-id',
  'samples': 'samples',
  'scratch-url': 'scratch-url',
  'staging-url': 'staging-url',
  'verify': 'verify',
  'window': 'ramp-window',
  'without-backup': 'without-backup',
};

/** `--to` is down's `to` but ramp's `percentage`. */
function inputOf(flag: string, command: string): string | undefined {
  if (flag === 'to') return command === 'ramp' ? 'percentage' : 'to';
  return INPUT_OF_FLAG[flag];
}

// `--name`, not `--name=…` (a tool's command line), with the CLI's placeholder after it (FILE, N).
const FLAG = /(?<![\w-])--([a-z][a-z-]*)(?![\w=-])(?: (?:[A-Z][A-Z_]*|N)(?![\w/]))?/g;

export function inInputWords(text: string, command: string): string {
  return text.replace(FLAG, (whole, flag: string) => {
    const input = inputOf(flag, command);
    return input ? `input '${input}'` : whole;
  });
}

/** The result as the action reports it: its error, hint, key and warnings in input words. */
export function withInputNames(result: PromoteResult): PromoteResult {
  const command = result.command;
  const error = result.error && {
    ...result.error,
    message: inInputWords(result.error.message, command),
    hint: result.error.hint === undefined ? undefined : inInputWords(result.error.hint, command),
    key: result.error.key?.startsWith('--') ? (inputOf(result.error.key.slice(2), command) ?? result.error.key) : result.error.key,
  };
  return { ...result, error, warnings: result.warnings.map((w) => inInputWords(w, command)) };
}
