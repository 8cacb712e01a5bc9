import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_SPECS, engineOptionsFor, notApplicable, optionsOf, usesGithub, type Command } from '../commands/index.js';
import type { CommandSpec } from '../commands/command.js';
import { inputName, type OptionSpec } from '../commands/option.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import type { EngineOptions } from '../engine/options.js';
import { usageError } from '../errors/promote-error.js';

/** The action's command words: each command's spellings. */
export const ACTION_COMMANDS: readonly string[] = COMMAND_SPECS.flatMap((c) => c.actionNames);

/** Every input an option stands for, with the option (a name two commands share is declared alike). */
export function optionInputs(): Map<string, OptionSpec> {
  const inputs = new Map<string, OptionSpec>();
  for (const spec of COMMAND_SPECS.filter((c) => c.actionNames.length > 0)) {
    for (const [, option] of optionsOf(spec)) {
      const name = inputName(option);
      if (name && !inputs.has(name)) inputs.set(name, option);
    }
  }
  return inputs;
}

/** Inputs that carry credentials: masked before anything else happens. */
export const secretInputs = (): string[] => [...optionInputs()].filter(([, o]) => o.secret).map(([name]) => name);

/**
 * Every URL input and its password, in every spelling, registered with the runner's masker.
 * Runs before inputs are validated, so not even an error about them can show a password.
 */
export function maskSecrets(): void {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const envs = [...optionInputs().values()].filter((o) => o.secret && o.env).map((o) => process.env[o.env!] ?? '');
  const urls = [...secretInputs().map((name) => core.getInput(name)), ...envs].filter(Boolean);
  for (const url of urls) {
    core.setSecret(url);
    try {
      const password = parseDatabaseUrl(url).password;
      if (password) {
        core.setSecret(password);
        core.setSecret(encodeURIComponent(password));
      }
    } catch {
      // malformed: reported by input name later, never by value
    }
  }
}

/** An input's text as the runner passed it, untrimmed: a blank reason is refused, not dropped. */
const rawInput = (name: string): string | undefined => {
  const text = core.getInput(name, { trimWhitespace: false });
  return text === '' ? undefined : text;
};

export interface ActionInputs {
  options: EngineOptions;
  spec: CommandSpec;
  /** The input `debug`, or the runner's debug logging. */
  debug: boolean;
}

/** Inputs as the runner passes them (INPUT_* variables) into engine options; every bad one names itself. */
export function readInputs(): ActionInputs {
  const word = core.getInput('command').trim();
  if (!word) throw usageError(`input 'command' is required (${ACTION_COMMANDS.join(', ')})`, { key: 'command' });
  const spec = COMMAND_SPECS.find((c) => (c.actionNames as readonly string[]).includes(word)) as CommandSpec | undefined;
  if (!spec) throw usageError(`input 'command' is '${word}'; expected one of: ${ACTION_COMMANDS.join(', ')}`, { key: 'command' });
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw usageError(`input 'working-directory' does not exist: ${core.getInput('working-directory')}`, { key: 'working-directory' });
  }
  // The GitHub commands (those that name a repository) read the token where the CLI does; no
  // other command's environment gets it.
  const token = usesGithub(spec) ? core.getInput('github-token') || process.env.GITHUB_TOKEN : undefined;
  const env = token ? { ...process.env, GITHUB_TOKEN: token } : process.env;
  // An input the command does not take is refused like the CLI's option; a switch left at its
  // action.yml default (false) was not given.
  const own = new Set(optionsOf(spec).map(([, o]) => inputName(o)));
  for (const [name, option] of optionInputs()) {
    const raw = rawInput(name);
    if (raw === undefined || own.has(name)) continue;
    if (option.actionDefault !== undefined && raw.trim() === option.actionDefault) continue;
    if (option.type === 'boolean' && raw.trim() === 'false') continue;
    throw notApplicable(option.flag, spec, word);
  }
  const fields = engineOptionsFor(
    spec,
    (option) => {
      const name = inputName(option);
      return name ? rawInput(name) : undefined;
    },
    { root: workingDirectory, env, words: [], spelledAs: word, adapter: 'action' },
  );
  const debugInput = rawInput('debug')?.trim();
  return {
    spec,
    debug: debugInput === 'true' || process.env.RUNNER_DEBUG === '1',
    options: { ...fields, command: spec.name as Command, root: workingDirectory, env },
  };
}
