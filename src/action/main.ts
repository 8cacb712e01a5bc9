import * as core from '@actions/core';
import { runEngine } from '../engine/index.js';
import { failStep } from './fail-step.js';
import { maskSecrets, readInputs } from './inputs.js';
import { actionLogger } from './log.js';

/**
 * The action adapter: inputs in, one engine call, and the result out as outputs, a job
 * summary, annotations on the files at fault, and the step's exit status.
 */
export async function run(): Promise<void> {
  maskSecrets();
  const command = core.getInput('command').trim();
  let inputs;
  try {
    inputs = readInputs();
  } catch (err) {
    await failStep(err, command);
    return;
  }
  const logger = actionLogger();
  const { options, debug } = inputs;
  const engineResult = await runEngine({ ...options, onEvent: logger.onEvent });
  logger.finish(engineResult);
  const { reportOutcome } = await import('./outcome.js');
  const { withInputNames } = await import('./input-names.js');
  const result = withInputNames(engineResult);
  await reportOutcome(result, { workingDirectory: options.root, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() });
  // A bug's trace: in the log when asked for (input debug, or the runner's debug logging), and always in result-json.
  if (result.error?.stack) debug ? core.info(result.error.stack) : core.debug(result.error.stack);
  // The error is already an annotation (with its file and line); setFailed would print it twice.
  process.exitCode = result.exitCode;
}
