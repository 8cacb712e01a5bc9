import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors/promote-error.js';
import type { Command } from '../result.js';

export interface ActionInputs {
  command: Command;
  databaseUrl?: string;
  configPath?: string;
  phases: string[];
  dryRun: boolean;
  to?: string;
  workingDirectory: string;
}

const COMMANDS: readonly Command[] = ['plan', 'migrate', 'down', 'status'];

/** Inputs as the runner passes them (INPUT_* variables); every bad one names itself. */
export function readInputs(): ActionInputs {
  const command = core.getInput('command', { required: false }).trim();
  if (!command) throw usageError("input 'command' is required (plan, migrate, down, status)", { key: 'command' });
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw usageError(`input 'command' is '${command}'; expected one of: ${COMMANDS.join(', ')}`, { key: 'command' });
  }
  const dryRunText = core.getInput('dry-run').trim().toLowerCase() || 'false';
  if (dryRunText !== 'true' && dryRunText !== 'false') {
    throw usageError(`input 'dry-run' is '${dryRunText}'; expected true or false`, { key: 'dry-run' });
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw usageError(`input 'working-directory' does not exist: ${core.getInput('working-directory')}`, { key: 'working-directory' });
  }
  const phases = core
    .getInput('phase')
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    command: command as Command,
    databaseUrl: core.getInput('database-url') || process.env.DATABASE_URL || undefined,
    configPath: core.getInput('config') || undefined,
    phases,
    dryRun: dryRunText === 'true',
    to: core.getInput('to') || undefined,
    workingDirectory,
  };
}
