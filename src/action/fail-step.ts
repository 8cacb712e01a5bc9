import * as core from '@actions/core';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';
import { inInputWords, inputKey } from './input-names.js';

/**
 * A step that could not start (bad input): one ::error:: naming it, the same line in the job
 * summary (a run's summary page is where people look first), status `error`, its exit code.
 */
export async function failStep(err: unknown, command = ''): Promise<void> {
  const e = asPromoteError(err);
  const key = e.context.key;
  // The input names the place when the message does not (a connection string is never shown).
  const message = inInputWords(key && !e.message.includes(key) ? `${key}: ${e.message}` : e.message, command);
  core.setOutput('status', 'error');
  core.setFailed(message);
  process.exitCode = exitCodeFor(e.kind);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = [`| | |`, `| --- | --- |`, `| message | ${message.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')} |`];
  if (key) rows.push(`| input | \`${inputKey(key, command)}\` |`);
  await core.summary
    .addRaw(`## pg-promote ${command || 'action'}: ❌ bad input, nothing was done\n\n${rows.join('\n')}\n`)
    .write()
    .catch(() => undefined);
}
