import * as core from '@actions/core';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';

/**
 * A step that could not start (bad input): one ::error:: naming it, the same line in the job
 * summary (a run's summary page is where people look first), status `error`, its exit code.
 */
export async function failStep(err: unknown, command = ''): Promise<void> {
  const e = asPromoteError(err);
  core.setOutput('status', 'error');
  core.setFailed(e.message);
  process.exitCode = exitCodeFor(e.kind);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = [`| | |`, `| --- | --- |`, `| message | ${e.message.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')} |`];
  if (e.context.key) rows.push(`| input | \`${e.context.key}\` |`);
  await core.summary
    .addRaw(`## pg-promote ${command || 'action'}: ❌ bad input, nothing was done\n\n${rows.join('\n')}\n`)
    .write()
    .catch(() => undefined);
}
