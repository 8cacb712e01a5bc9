import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { parseDocument, type Document } from 'yaml';
import { findPgBin } from '../../src/cluster/pg-bin.js';
import { cliJson, collectRun, REPO_ROOT, SOURCE_CLI_ARGS, type CliRun } from './cli.js';
import type { TestServer } from './server.js';
import { makeTree } from './tree.js';

// PostgreSQL for the tests beyond the server itself (server.ts): the client tools (real, or
// replaced by a script), the CLI as its own process, and the migrated sample databases.

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

/**
 * The shipped db/ tree migrated once into a template database; every test then gets its own
 * copy (CREATE DATABASE ... TEMPLATE), which takes a fraction of a migrate.
 */
export interface SampleDatabases {
  /** A new database holding the migrated sample. */
  fresh(prefix?: string): Promise<string>;
}

let counter = 0;

export async function sampleDatabases(server: TestServer): Promise<SampleDatabases> {
  const template = await server.createDatabase('sample_template');
  const run = await cliJson(REPO_ROOT, ['migrate', '--database-url', template]);
  if (run.code !== 0) throw new Error(`migrating the sample failed: ${JSON.stringify(run.result.error)}`);
  const templateName = databaseOf(template);
  const admin = new URL(template);
  admin.pathname = '/postgres';
  return {
    async fresh(prefix = 'sample') {
      const name = `${prefix}_${process.pid}_${++counter}`;
      await server.query(admin.toString(), `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(templateName)}`);
      const url = new URL(template);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

/** A copy of the repository's db/ tree whose promotion.yml `edit` may change. */
export function sampleTree(edit: (config: Document) => void = () => undefined): string {
  const root = makeTree({});
  cpSync(path.join(REPO_ROOT, 'db'), path.join(root, 'db'), { recursive: true });
  const file = path.join(root, 'db/promotion.yml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  return root;
}
