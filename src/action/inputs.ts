import * as core from '@actions/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../db/connection-url.js';
import type { EngineOptions } from '../engine/options.js';
import { usageError } from '../errors/promote-error.js';
import { DRY_RUN_COMMANDS, type Command } from '../result.js';

const COMMANDS: readonly string[] = ['plan', 'status', 'lint', 'migrate', 'down', 'backup', 'restore', 'verify', 'report', 'ramp', 'latency', 'flags-off', 'notify', 'review'];

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

/** review's default base: the pull request's base branch as actions/checkout fetches it. */
function baseOfPullRequest(): string | undefined {
  const branch = process.env.GITHUB_BASE_REF;
  return branch ? `origin/${branch}` : undefined;
}

/** Inputs as the runner passes them (INPUT_* variables) into engine options; every bad one names itself. */
export function readInputs(): EngineOptions {
  const command = core.getInput('command').trim();
  if (!command) throw usageError(`input 'command' is required (${[...COMMANDS, 'gates-check', 'record-approvals', 'signoffs-check'].join(', ')})`, { key: 'command' });
  const word = oneOf('command', [...COMMANDS, 'gates-check', 'record-approvals', 'signoffs-check']) as string;
  // flags-off is the CLI's `flags off`: one word, because an input holds one command.
  const checkedCommand = (word === 'flags-off' ? 'flags' : word) as Command;
  const dryRun = oneOf('dry-run', ['true', 'false'] as const) ?? 'false';
  if (dryRun === 'true' && !DRY_RUN_COMMANDS.includes(checkedCommand)) {
    throw usageError(`input 'dry-run' applies to ${DRY_RUN_COMMANDS.join(' and ')} only, not ${word}: ${word} would change the database anyway`, { key: 'dry-run' });
  }
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
  const percentage = percentInput('percentage');
  const fromPercentage = percentInput('from-percentage');
  const samplesText = core.getInput('samples').trim();
  const samples = samplesText ? Number(samplesText) : undefined;
  if (samples !== undefined && (!Number.isInteger(samples) || samples < 1 || samples > 100_000)) {
    throw usageError(`input 'samples' is '${samplesText}'; expected a whole number from 1 to 100000`, { key: 'samples' });
  }
  const latencyBaseline = core.getInput('latency-baseline').trim() || undefined;
  const latencyCompare = core.getInput('latency-compare').trim() || undefined;
  if (checkedCommand === 'latency' && (latencyBaseline === undefined) === (latencyCompare === undefined)) {
    throw usageError("latency needs exactly one of the inputs 'latency-baseline' or 'latency-compare'", { key: 'latency-baseline' });
  }
  const force = oneOf('force', ['true', 'false'] as const) ?? 'false';
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
    backupStoredIn: core.getInput('backup-artifact').trim() || undefined,
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
    ramp: {
      flag: core.getInput('flag').trim() || undefined,
      to: percentage,
      from: fromPercentage,
      force: force === 'true',
      window: core.getInput('ramp-window').trim() || undefined,
      interval: core.getInput('ramp-interval').trim() || undefined,
    },
    latency: checkedCommand === 'latency' ? { mode: latencyBaseline ? 'baseline' : 'compare', file: latencyBaseline ?? latencyCompare, samples } : undefined,
    flags: checkedCommand === 'flags' ? { action: 'off', names: list(core.getInput('flags')), reason: core.getInput('reason').trim() || undefined } : undefined,
    notify: checkedCommand === 'notify'
      ? { event: core.getInput('event').trim() || undefined, results: expandResults(workingDirectory, list(core.getInput('results'))), message: core.getInput('message').trim() || undefined }
      : undefined,
    outsideWindowReason: core.getInput('outside-window').trim() || undefined,
    review: checkedCommand === 'review'
      ? { base: core.getInput('base-ref').trim() || baseOfPullRequest(), head: core.getInput('head-ref').trim() || undefined, scratchUrl: url('scratch-url') }
      : undefined,
  };
}

/** A rollout percentage input: empty, or a whole number from 0 to 100. */
function percentInput(name: string): number | undefined {
  const text = core.getInput(name).trim();
  if (!text) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 100) throw usageError(`input '${name}' is '${text}'; expected a whole number from 0 to 100`, { key: name });
  return Number(text);
}
