import path from 'node:path';
import { parse } from 'yaml';
import { interpolate } from './expressions.js';
import { runProcess } from './process.js';
import { readActionFile } from './references.js';
import type { StepRuntime } from './runtime.js';

/**
 * A JavaScript action run as the runner runs it: action.yml's inputs become INPUT_<NAME>
 * (upper-cased, spaces to _) with its defaults, `main` runs with node in the workspace, and the
 * exit code decides the outcome. The runner's node24 is this process's node (see README).
 */
export async function runNodeAction(dir: string, withInputs: Record<string, string>, step: StepRuntime, identity: { repository: string; ref: string }): Promise<number> {
  const action = parse(readActionFile(dir)) as { inputs?: Record<string, { default?: unknown }>; runs?: { using?: string; main?: string; pre?: string; post?: string } };
  const runs = action.runs ?? {};
  if (!/^node(20|24)$/.test(runs.using ?? '')) throw new Error(`${dir}: runs.using '${runs.using}' is not modelled (node20 and node24 are)`);
  if (runs.pre || runs.post) throw new Error(`${dir}: pre and post scripts are not modelled`);
  if (!runs.main) throw new Error(`${dir}: runs.main is missing`);
  const declared = action.inputs ?? {};
  const unexpected = Object.keys(withInputs).filter((k) => !Object.keys(declared).some((d) => d.toLowerCase() === k.toLowerCase()));
  if (unexpected.length > 0) step.warning(`Unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are [${Object.keys(declared).map((d) => `'${d}'`).join(', ')}]`);
  const env: NodeJS.ProcessEnv = { ...step.env, GITHUB_ACTION_REPOSITORY: identity.repository, GITHUB_ACTION_REF: identity.ref };
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in withInputs ? withInputs[name]! : spec?.default === undefined ? '' : interpolate(String(spec.default), step.contexts, `${dir} input ${name}`);
    env[inputVariable(name)] = value;
  }
  for (const [name, value] of Object.entries(withInputs)) env[inputVariable(name)] = value;
  return runProcess(process.execPath, [path.join(dir, runs.main)], { cwd: step.workspace, env, cancellation: step.cancellation, line: step.line, groups: step.processGroups });
}

export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
