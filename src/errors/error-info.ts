import { InternalError, type ErrorContext, type ErrorKind, type PromoteError } from './promote-error.js';

/** An error as the result JSON holds it: its kind (the exit code's key), words and context. */
export interface ErrorInfo extends ErrorContext {
  kind: ErrorKind;
  message: string;
  /** Only for an internal error (a bug): where it was thrown, so a report can be acted on. */
  stack?: string;
}

export function errorInfo(error: PromoteError): ErrorInfo {
  const info: ErrorInfo = { kind: error.kind, message: error.message, ...error.context };
  if (error instanceof InternalError && error.stack) info.stack = error.stack;
  return info;
}
