import * as core from '@actions/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../db/connection-url.js';
import type { EngineOptions } from '../engine/options.js';
import { usageError } from '../errors/promote-error.js';
import type { Command } from '../result.js';

const COMMANDS: readonly Command[] = ['plan', 'status', 'lint', 'migrate', 'down', 'backup', 'restore', 'verify', 'report'];

/** Inputs that carry credentials: masked before anything else happens. */
export const SECRET_URL_INPUTS = ['database-url', 'staging-url', 'scratch-url'] as const;

/**
 * Every URL input and its password, in every spelling, registered with the runner's masker.
 * Runs before inputs are validated, so not even an error about them can show a password.
 */
export function maskSecrets(): void {
  const urls = [...SECRET_URL_INPUTS.map((name) => core.getInput(name)), process.env.DATABASE_URL ?? ''].filter(Boolean);
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

const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name).trim();
  if (!value) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}`, { key: name });
  }
  return value as T;
}

function url(name: string): string | undefined {
  const value = core.getInput(name).trim();
  if (!value) return undefined;
  parseDatabaseUrl(value, `input '${name}'`);
  return value;
}

/** A folder in `results` stands for the result JSON files in it (downloaded artifacts land as folders). */
function expandResults(root: string, entries: string[]): string[] {
  return entries.flatMap((entry) => {
    const abs = path.resolve(root, entry);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) return [entry];
    return readdirSync(abs)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(abs, f));
  });
}

/** Inputs as the runner passes them (INPUT_* variables) into engine options; every bad one names itself. */
export function readInputs(): EngineOptions {
  const command = core.getInput('command').trim();
  if (!command) throw usageError(`input 'command' is required (${[...COMMANDS, 'gates-check', 'record-approvals'].join(', ')})`, { key: 'command' });
  const checkedCommand = oneOf('command', [...COMMANDS, 'gates-check', 'record-approvals']) as Command;
  const dryRun = oneOf('dry-run', ['true', 'false'] as const) ?? 'false';
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw usageError(`input 'working-directory' does not exist: ${core.getInput('working-directory')}`, { key: 'working-directory' });
  }
  const jobsText = core.getInput('jobs').trim();
  const jobs = jobsText ? Number(jobsText) : undefined;
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
    throw usageError(`input 'jobs' is '${jobsText}'; expected a whole number from 1 to 64`, { key: 'jobs' });
  }
  const databaseUrl = url('database-url') ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl) parseDatabaseUrl(databaseUrl, "input 'database-url'");
  return {
    command: checkedCommand,
    root: workingDirectory,
    configPath: core.getInput('config') || undefined,
    databaseUrl,
    phases: list(core.getInput('phase')),
    dryRun: dryRun === 'true',
    to: core.getInput('to') || undefined,
    stagingUrl: url('staging-url'),
    backupManifest: core.getInput('backup-manifest') || undefined,
    withoutBackupReason: core.getInput('without-backup').trim() || undefined,
    backup: {
      dir: core.getInput('backup-dir') || undefined,
      format: oneOf('backup-format', ['custom', 'directory'] as const),
      jobs,
      verify: oneOf('verify', ['list', 'restore'] as const),
      scratchUrl: url('scratch-url'),
    },
    restore: { file: core.getInput('backup-file') || undefined, confirm: core.getInput('confirm') || undefined, jobs },
    report: { results: expandResults(workingDirectory, list(core.getInput('results'))), auditDir: core.getInput('audit-dir') || undefined },
  };
}
