import { isConnectionLost, sqlstateOf } from '../errors/connection-lost.js';
import type { ErrorInfo } from '../result.js';
import type { SqlStatement } from '../sql/statements.js';
import { errorLocation } from '../sql/position.js';
import type { SqlFile } from './sql-file.js';

/** SQLSTATEs after which the same file may simply be tried again. */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set([
  '55P03', // lock_not_available: lock_timeout expired
  '40P01', // deadlock_detected
]);

export { sqlstateOf };

/** Lost connections: the server rolled back whatever transaction we had open. */
export const isConnectionLoss = isConnectionLost;

/**
 * Turns what the server said about a failed statement into an error that points at the file:
 * the position is counted in characters within the statement, and the statement's offset in
 * the file gives the rest.
 */
export function statementError(
  err: unknown,
  file: SqlFile,
  statement: SqlStatement | undefined,
  transactional: boolean,
  /** The server's position within the statement's text, when it was sent with others. */
  position = serverPosition(err),
): ErrorInfo {
  const e = err as { message?: string; detail?: string; hint?: string };
  const sqlstate = sqlstateOf(err);
  const at = statement ? errorLocation(file.sql, statement, position) : undefined;
  let message = e.message ?? String(err);
  if (isConnectionLoss(err)) {
    message = transactional
      ? `connection lost while applying this file (${message}); the server rolled its transaction back. Run 'pg-promote status' to see what is applied, then run again`
      : `connection lost while applying this file (${message})`;
  } else if (sqlstate === '55P03') {
    message = `${message}: another session held a conflicting lock for longer than lock_timeout, and the retries ran out`;
  }
  return {
    kind: 'migration',
    message,
    file: file.path.rel,
    line: at?.line,
    column: at?.column,
    sqlstate,
    detail: e.detail,
    hint: e.hint,
    statement: statement ? truncate(statement.text, 500) : undefined,
  };
}

/** The server's error position: 1-based, in code points of the query text sent. */
export function serverPosition(err: unknown): number | undefined {
  const position = (err as { position?: string }).position;
  return position ? Number(position) : undefined;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
