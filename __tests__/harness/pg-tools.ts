import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { findPgBin } from '../../src/cluster/pg-bin.js';
import { collectRun, SOURCE_CLI_ARGS, type CliRun } from './cli.js';

/** The real pg_dump and pg_restore: the ones beside the test cluster's server. */
export const realPgBin = (): string => findPgBin();

/**
 * A bin folder for PG_BIN: pg_dump and pg_restore are the real ones unless a test replaces one
 * with a shell script (an old version, a size limit, an argv recorder). Removed when the file ends.
 */
export function fakePgBin(scripts: Partial<Record<'pg_dump' | 'pg_restore' | 'psql', string>> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-bin-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  for (const tool of ['pg_dump', 'pg_restore', 'psql'] as const) {
    const file = path.join(dir, tool);
    const script = scripts[tool];
    if (script === undefined) symlinkSync(path.join(realPgBin(), tool), file);
    else writeFileSync(file, `#!/bin/sh\n${script.replaceAll('$REAL', path.join(realPgBin(), tool))}\n`, { mode: 0o755 });
  }
  return dir;
}

/** The engine reads the process environment (PG_BIN, the key variable), as a real CLI run would. */
export async function withEnv<T>(vars: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

/** What a CLI process printed, and its exit code. */
export type ProcessRun = CliRun;

/**
 * The CLI as its own process (from source, through tsx), for what cannot happen in-process:
 * another OS user (root writes anywhere), or a file size limit on the process itself.
 */
export function cliProcess(
  cwd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; asUser?: string; fileSizeLimitKiB?: number } = {},
): Promise<ProcessRun> {
  let argv = [process.execPath, ...SOURCE_CLI_ARGS, ...args];
  // Node ignores SIGXFSZ, so a write past the limit fails with EFBIG as on a full disk.
  if (options.fileSizeLimitKiB !== undefined) argv = ['sh', '-c', `ulimit -f ${options.fileSizeLimitKiB * 2} && exec "$@"`, 'sh', ...argv];
  if (options.asUser) argv = ['runuser', '-u', options.asUser, '--', ...argv];
  return collectRun(spawn(argv[0]!, argv.slice(1), { cwd, env: { PATH: process.env.PATH, HOME: os.tmpdir(), ...options.env } }));
}
