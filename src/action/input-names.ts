import { COMMAND_SPECS, optionsOf } from '../commands/index.js';
import { inputName } from '../commands/option.js';
import type { AnyResult } from '../result.js';
import { optionInputs } from './inputs.js';

/**
 * The engine words its errors for the CLI (`--backup-manifest FILE`); in a workflow the user
 * wrote inputs, so the action says `input 'backup-manifest'`. The names come from the command's
 * option table; only pg-promote's own options are renamed: a tool's options quoted in a
 * message (pg_restore --list) stay as they are.
 */

/** The input a flag stands for in this command (`--to` is down's `to` but ramp's `percentage`). */
function inputOf(flag: string, command: string): string | undefined {
  const spec = COMMAND_SPECS.find((c) => c.name === command || (c.actionNames as readonly string[]).includes(command));
  const options = spec ? optionsOf(spec) : [...optionInputs()].map(([, o]) => ['', o] as const);
  const option = options.find(([, o]) => o.flag === flag)?.[1] ?? [...optionInputs().values()].find((o) => o.flag === flag);
  return option ? inputName(option) : undefined;
}

// `--name`, not `--name=…` (a tool's command line), with the CLI's placeholder after it (FILE, N).
const FLAG = /(?<![\w-])--([a-z][a-z-]*)(?![\w=-])(?: (?:[A-Z][A-Z_]*|N)(?![\w/]))?/g;

/** An error's key as the action names it: an option's input, or the key as it is (a config key). */
export function inputKey(key: string, command: string): string {
  return key.startsWith('--') ? (inputOf(key.slice(2), command) ?? key) : key;
}

export function inInputWords(text: string, command: string): string {
  return text.replace(FLAG, (whole, flag: string) => {
    const input = inputOf(flag, command);
    return input ? `input '${input}'` : whole;
  });
}

/** The result as the action reports it: its error, hint, key and warnings in input words. */
export function withInputNames(result: AnyResult): AnyResult {
  const command = result.command;
  const error = result.error && {
    ...result.error,
    message: inInputWords(result.error.message, command),
    hint: result.error.hint === undefined ? undefined : inInputWords(result.error.hint, command),
    key: result.error.key === undefined ? undefined : inputKey(result.error.key, command),
  };
  return { ...result, error, warnings: result.warnings.map((w) => inInputWords(w, command)) };
}
