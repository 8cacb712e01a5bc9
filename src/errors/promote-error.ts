/**
 * Every failure the engine reports is a PromoteError: one class per condition code must tell
 * apart, plus the context a person needs to act on it. Code tells them apart with `instanceof`
 * (or a driver error's SQLSTATE, see connection-lost.ts), never by message text. `kind` is the
 * class's word in the result JSON (kept for readers of earlier results) and picks the exit code.
 */
export type ErrorKind =
  | 'usage' // bad command line or action input
  | 'config' // bad promotion.yml, bad migration tree (missing folder, duplicate version, ...)
  | 'connection' // cannot reach or log in to the database, or lost it
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

export abstract class PromoteError extends Error {
  abstract readonly kind: ErrorKind;
  readonly context: ErrorContext;

  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.context = context;
  }
}

/** Bad command line or action input. */
export class UsageError extends PromoteError {
  readonly kind = 'usage';
}
/** Bad promotion.yml or migration tree. */
export class ConfigError extends PromoteError {
  readonly kind = 'config';
}
/** The database (or GitHub's API) cannot be reached or refuses the login. */
export class ConnectionFailed extends PromoteError {
  readonly kind = 'connection';
}
/** A connection that was open went away (server restart, network, pg_terminate_backend). */
export class ConnectionLost extends ConnectionFailed {}
/** The role lacks a privilege pg-promote needs. */
export class PermissionDenied extends PromoteError {
  readonly kind = 'permission';
}
/** A statement failed while a file was applied. */
export class MigrationFailed extends PromoteError {
  readonly kind = 'migration';
}
/** History and files disagree. */
export class Drift extends PromoteError {
  readonly kind = 'drift';
}
/** Another run holds the lock, or the lock retries ran out. */
export class LockNotAcquired extends PromoteError {
  readonly kind = 'lock';
}
/** A check, gate or verification failed. */
export class CheckFailed extends PromoteError {
  readonly kind = 'check';
}
/** A bug in pg-promote: it keeps the stack of what was thrown. */
export class InternalError extends PromoteError {
  readonly kind = 'internal';
}

const CLASSES: Record<ErrorKind, new (message: string, context?: ErrorContext, options?: { cause?: unknown }) => PromoteError> = {
  usage: UsageError,
  config: ConfigError,
  connection: ConnectionFailed,
  permission: PermissionDenied,
  migration: MigrationFailed,
  drift: Drift,
  lock: LockNotAcquired,
  check: CheckFailed,
  internal: InternalError,
};

/** The error of a kind known only at run time (an earlier error's, a setting's source). */
export function errorOfKind(kind: ErrorKind, message: string, context: ErrorContext = {}, options?: { cause?: unknown }): PromoteError {
  return new CLASSES[kind](message, context, options);
}

export const usageError = (message: string, context: ErrorContext = {}): UsageError => new UsageError(message, context);
export const configError = (message: string, context: ErrorContext = {}): ConfigError => new ConfigError(message, context);

/** Anything thrown that is not a PromoteError is a bug: keep its message and its stack, call it internal. */
export function asPromoteError(err: unknown): PromoteError {
  if (err instanceof PromoteError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const internal = new InternalError(`unexpected error: ${message}`, {}, { cause: err });
  if (err instanceof Error && err.stack) internal.stack = err.stack;
  return internal;
}
