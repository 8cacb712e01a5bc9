import * as core from '@actions/core';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';

/** A step that could not start (bad input): one ::error:: naming it, status `error`, its exit code. */
export function failStep(err: unknown): void {
  const e = asPromoteError(err);
  core.setOutput('status', 'error');
  core.setFailed(e.message);
  process.exitCode = exitCodeFor(e.kind);
}
