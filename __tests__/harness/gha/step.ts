import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, text, type Value } from './expressions.js';
import { runNodeAction } from './node-action.js';
import { runProcess } from './process.js';
import { resolveAction } from './references.js';
import type { StepRuntime } from './runtime.js';
import type { StepDefinition } from './workflow.js';

/** One step's work: a run: script, or the action or stand-in its uses: names. */
export function stepName(step: StepDefinition, contexts: Record<string, unknown>): string {
  try {
    if (step.name !== undefined) return text(evaluate(step.name, contexts, 'name'), 'name');
  } catch {
    // the name is only for the log
  }
  if (step.uses) return step.uses;
  try {
    return text(evaluate(step.run, contexts, 'run'), 'run').split('\n')[0]!;
  } catch {
    return step.id;
  }
}

/**
 * A run: step as the runner runs it: the script in a file, with the shell's command. Unspecified
 * shell is `bash -e {0}`; `shell: bash` is `bash --noprofile --norc -eo pipefail {0}` (GitHub's docs).
 */
export async function runScript(step: StepDefinition, defaults: (Value | undefined)[], s: StepRuntime): Promise<number> {
  const script = text(evaluate(step.run, s.contexts, `${step.id}.run`), 'run');
  const fromDefaults = (key: string) => defaults.map((d) => ((d as any)?.run ?? {})[key] as Value | undefined).find((v) => v !== undefined);
  const pick = (key: string) => step[key === 'shell' ? 'shell' : 'workingDirectory'] ?? fromDefaults(key);
  const shell = text(evaluate(pick('shell'), s.contexts, `${step.id}.shell`), 'shell');
  const directory = text(evaluate(pick('working-directory'), s.contexts, `${step.id}.working-directory`), 'working-directory');
  const file = path.join(s.temp, `${randomUUID()}.sh`);
  writeFileSync(file, script);
  const command =
    shell === '' ? ['bash', '-e', '{0}'] : shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'] : shell === 'sh' ? ['sh', '-e', '{0}'] : shell.includes('{0}') ? shell.split(/\s+/) : null;
  if (!command) throw new Error(`shell '${shell}' is not modelled (bash, sh or a command with {0})`);
  const cwd = path.resolve(s.workspace, directory || '.');
  return runProcess(command[0]!, command.slice(1).map((a) => (a === '{0}' ? file : a)), { cwd, env: s.env, cancellation: s.cancellation, line: s.line, groups: s.processGroups });
}

export async function runUses(step: StepDefinition, s: StepRuntime): Promise<number> {
  const reference = resolveAction(step.uses!, s.origin, s.workspace, s.runtime.repos);
  const inputs = Object.fromEntries(Object.entries((evaluate(step.with, s.contexts, `${step.id}.with`) ?? {}) as Record<string, unknown>).map(([k, v]) => [k, text(v, `with.${k}`)]));
  if (reference.kind === 'action') return runNodeAction(reference.dir, inputs, s, reference);
  const outputs = reference.run(s, inputs);
  const file = s.env.GITHUB_OUTPUT!;
  writeFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}<<__EOF__\n${v}\n__EOF__\n`).join(''));
  return 0;
}
