/**
 * Every failure the engine reports is a PromoteError: a kind (which decides the exit code)
 * plus the context a person needs to act on it. Adapters never inspect message text.
 */
export type ErrorKind =
  | 'usage' // bad command line or action input
  | 'config' // bad promotion.yml, bad migration tree (missing folder, duplicate version, ...)
  | 'connection' // cannot reach or log in to the database
  | 'permission' // the role lacks a privilege pg-promote needs (SQLSTATE 42501), found before anything runs
  | 'migration' // a statement failed while applying a file
  | 'drift' // history and files disagree (edited or missing applied file, out of order)
  | 'lock' // another run holds the migration lock, or lock retries ran out
  | 'check' // a verification failed
  | 'internal'; // a bug in pg-promote

export interface ErrorContext {
  file?: string;
  line?: number;
  column?: number;
  /** The configuration key or command-line option at fault. */
  key?: string;
  sqlstate?: string;
  detail?: string;
  hint?: string;
  phase?: string;
  version?: string;
  /** The statement that failed, as written in the file. */
  statement?: string;
  /** Database object the error is about (schema, table, role). */
  object?: string;
}

export class PromoteError extends Error {
  readonly kind: ErrorKind;
  readonly context: ErrorContext;

  constructor(kind: ErrorKind, message: string, context: ErrorContext = {}) {
    super(message);
    this.name = 'PromoteError';
    this.kind = kind;
    this.context = context;
  }
}

export const usageError = (message: string, context: ErrorContext = {}): PromoteError =>
  new PromoteError('usage', message, context);
export const configError = (message: string, context: ErrorContext = {}): PromoteError =>
  new PromoteError('config', message, context);

/** Anything thrown that is not a PromoteError is a bug: keep its message, call it internal. */
export function asPromoteError(err: unknown): PromoteError {
  if (err instanceof PromoteError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PromoteError('internal', `unexpected error: ${message}`);
}
