import type { ErrorKind } from './promote-error.js';

/**
 * The one place errors become exit codes. 2: the run never started properly (usage, config,
 * connection, permissions), so nothing was touched. 1: the run started and something failed or was refused.
 */
export type ExitCode = 0 | 1 | 2;

const EXIT_CODES: Record<ErrorKind, ExitCode> = {
  usage: 2,
  config: 2,
  connection: 2,
  permission: 2,
  migration: 1,
  drift: 1,
  lock: 1,
  check: 1,
  internal: 1,
};

export function exitCodeFor(kind: ErrorKind | undefined): ExitCode {
  return kind === undefined ? 0 : EXIT_CODES[kind];
}
