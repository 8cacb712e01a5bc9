import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { AnyResult } from '../../src/result.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The CLI in-process, exactly as bin/pg-promote runs it, minus the process. */
export async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** `--json` output parsed; fails the test when stdout is not exactly one JSON document. */
export async function cliJson(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun & { result: AnyResult }> {
  const run = await cli(cwd, [...args, '--json'], env);
  return { ...run, result: JSON.parse(run.stdout) as AnyResult };
}

/** The built bundle as a real process: what `npx pg-promote` and the action's users run. */
export function runBuiltCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return collectRun(child);
}

/** Node's arguments that run the CLI from its sources, through tsx: for a CLI process of its own. */
export const SOURCE_CLI_ARGS: readonly string[] = ['--import', path.join(REPO_ROOT, 'node_modules/tsx/dist/esm/index.mjs'), path.join(REPO_ROOT, 'src/cli/index.ts')];

/** A child process to its end: what it printed, and its exit code. */
export function collectRun(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
