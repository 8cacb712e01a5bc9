import { spawn, type ChildProcess } from 'node:child_process';
import { childEnv } from '../db/child-env.js';
import type { ConnectionTarget } from '../db/connection-url.js';
import { ConfigError, ConnectionFailed, CheckFailed, PromoteError } from '../errors/promote-error.js';
import { Redactor } from '../secrets/redact.js';

export { dbnameArg } from '../db/child-env.js';

export interface ToolExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The end of stderr, password removed. */
  stderr: string;
}

export interface RunningTool {
  child: ChildProcess;
  exit: Promise<ToolExit>;
}

const STDERR_KEEP = 32 * 1024;

/** Starts a tool; stderr is kept (its tail only: a failing restore can print megabytes). */
export function startTool(
  file: string,
  args: string[],
  options: { target: ConnectionTarget; stdin?: 'pipe' | 'ignore'; stdout?: 'pipe' | 'ignore'; secrets?: (string | undefined)[] },
): RunningTool {
  const redactor = new Redactor();
  for (const secret of [options.target.password, ...(options.secrets ?? [])]) redactor.add(secret);
  const child = spawn(file, args, {
    env: childEnv(options.target),
    stdio: [options.stdin ?? 'ignore', options.stdout ?? 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEEP);
  });
  const exit = new Promise<ToolExit>((resolve, reject) => {
    child.once('error', (err) => reject(err));
    child.once('close', (code, signal) => resolve({ code, signal, stderr: redactor.redact(stderr) }));
  });
  return { child, exit };
}

/** pg_dump and pg_restore prefix what matters with "error:"; the rest is context. */
export function toolErrorLine(name: string, exit: ToolExit): string {
  const lines = exit.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => /\berror:/.test(l)) ?? lines.find((l) => /FATAL|ERROR/.test(l)) ?? lines.at(-1);
  const why = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  return error ? error.replace(new RegExp(`^${name}:\\s*(error:\\s*)?`), '') : `${name} failed (${why})`;
}

const DISK_FULL = /No space left on device|File too large|Disk quota exceeded/i;
const NO_CONNECTION = /connection to server .* failed|could not connect|could not translate host name|password authentication failed/i;

/**
 * A failed tool as a PromoteError: a full disk or unreachable server is the environment's
 * problem (exit 2, nothing was touched); anything else is the stage failing (exit 1).
 */
export function toolFailure(
  name: string,
  exit: ToolExit,
  context: { target: ConnectionTarget; doing: string; diskFull?: (detail: string) => PromoteError },
): PromoteError {
  const line = toolErrorLine(name, exit);
  if (context.diskFull && (DISK_FULL.test(exit.stderr) || exit.signal === 'SIGXFSZ')) {
    return context.diskFull(`the disk is full or the file size limit was reached (${name}: ${line})`);
  }
  if (NO_CONNECTION.test(line)) {
    return new ConnectionFailed(`${name} cannot connect to ${context.target.display}: ${line}`, { object: context.target.display });
  }
  return new CheckFailed(`${context.doing}: ${name} failed: ${line}`, { object: context.target.display });
}

/** The child could not even start (removed between the version probe and now, not executable). */
export function spawnFailure(name: string, file: string, err: unknown): PromoteError {
  return new ConfigError(`cannot run ${name} (${file}): ${(err as Error).message}`, { key: name });
}
