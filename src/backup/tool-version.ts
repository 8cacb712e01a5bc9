import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { installCommand } from '../cluster/install-command.js';
import { majorOf, programVersion, versionNumber } from '../cluster/program-version.js';
import { candidateDirs, ignoredSystemPg, systemPgIgnored } from '../cluster/pg-places.js';
import { configError } from '../errors/promote-error.js';
import type { ToolInfo } from './types.js';

const run = promisify(execFile);

/** A pg_dump/pg_restore pair from one folder (so the restore tool can always read the dump). */
export interface PgTools {
  pgDump: PgTool;
  pgRestore: PgTool;
}

export interface PgTool extends ToolInfo {
  /** 150018 for 15.18, 90624 for 9.6.24: comparable with server_version_num. */
  versionNum: number;
}

const sameMajor = (a: number, b: number): boolean => majorOf(a) === majorOf(b);
const atLeastMajor = (tool: number, needed: number): boolean => tool >= needed || sameMajor(tool, needed);

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function probe(file: string): Promise<PgTool | undefined> {
  try {
    const { stdout } = await run(file, ['--version'], { timeout: 15_000, env: { ...process.env, LC_ALL: 'C' } });
    const version = programVersion(stdout);
    const versionNum = versionNumber(version);
    return versionNum === undefined ? undefined : { path: file, version, versionNum };
  } catch {
    return undefined;
  }
}

interface Candidate extends PgTools {
  /** Debian's pg_wrapper picks a version by its own rules at run time: a real binary is preferred. */
  wrapper: boolean;
}

/**
 * Every folder that holds both programs, each pair probed once, in parallel. Wrappers are
 * probed only when no real binary will do: Debian's pg_wrapper is a Perl script, slow to start.
 */
async function findCandidates(env: NodeJS.ProcessEnv, good: (c: Candidate) => boolean): Promise<{ found: Candidate[]; looked: string[] }> {
  const seen = new Set<string>();
  const looked = candidateDirs(env);
  const pairs: { dump: string; restore: string; wrapper: boolean }[] = [];
  for (const dir of looked) {
    const dump = path.join(dir, 'pg_dump');
    const restore = path.join(dir, 'pg_restore');
    if (!executable(dump) || !executable(restore)) continue;
    const real = realpathSync(dump);
    const key = `${real}\0${realpathSync(restore)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ dump, restore, wrapper: path.basename(real) !== 'pg_dump' });
  }
  const probeAll = async (list: typeof pairs): Promise<Candidate[]> => {
    const probed = await Promise.all(list.map(async (p) => ({ pgDump: await probe(p.dump), pgRestore: await probe(p.restore), wrapper: p.wrapper })));
    return probed.filter((c): c is Candidate => c.pgDump !== undefined && c.pgRestore !== undefined);
  };
  const found = await probeAll(pairs.filter((p) => !p.wrapper));
  if (!found.some(good)) found.push(...(await probeAll(pairs.filter((p) => p.wrapper))));
  return { found, looked };
}

function installHint(major: string): string {
  return `install them (${installCommand('client', major)}) or set PG_BIN to their bin folder`;
}

/**
 * pg_dump must be at least the server's major version (an older one cannot read a newer
 * catalog, and says so in a way that is easy to misread): the newest suitable pair wins.
 */
export async function toolsForBackup(server: { versionNum: number; version: string }, env = process.env): Promise<PgTools> {
  const good = (c: Candidate) => atLeastMajor(c.pgDump.versionNum, server.versionNum) && c.pgRestore.versionNum >= c.pgDump.versionNum;
  const { found, looked } = await findCandidates(env, good);
  const suitable = found
    .filter(good)
    .sort((a, b) => b.pgDump.versionNum - a.pgDump.versionNum || Number(a.wrapper) - Number(b.wrapper));
  const best = suitable[0];
  if (best) return best;
  const needed = majorOf(server.versionNum);
  const newest = [...found].sort((a, b) => b.pgDump.versionNum - a.pgDump.versionNum)[0];
  if (!newest) {
    throw configError(`pg_dump and pg_restore not found (${describeLooked(looked, env)}); ${installHint(needed)}`, { key: 'pg_dump' });
  }
  throw configError(
    `pg_dump ${newest.pgDump.version} (${newest.pgDump.path}) is older than the server (PostgreSQL ${server.version}); ` +
      `a dump needs pg_dump ${needed} or newer: ${installHint(needed)}`,
    { key: 'pg_dump' },
  );
}

/** pg_restore must read the archive, so it must be at least the version of the pg_dump that wrote it. */
export async function toolsForRestore(dumpedBy: ToolInfo, env = process.env): Promise<PgTool> {
  const needed = versionNumber(dumpedBy.version) ?? 0;
  const good = (c: Candidate) => atLeastMajor(c.pgRestore.versionNum, needed);
  const { found, looked } = await findCandidates(env, good);
  const best = found
    .filter(good)
    .sort((a, b) => b.pgRestore.versionNum - a.pgRestore.versionNum || Number(a.wrapper) - Number(b.wrapper))[0];
  if (best) return best.pgRestore;
  const major = majorOf(needed);
  const newest = [...found].sort((a, b) => b.pgRestore.versionNum - a.pgRestore.versionNum)[0];
  if (!newest) {
    throw configError(`pg_restore not found (${describeLooked(looked, env)}); ${installHint(major)}`, { key: 'pg_restore' });
  }
  throw configError(
    `pg_restore ${newest.pgRestore.version} (${newest.pgRestore.path}) cannot read a backup written by pg_dump ${dumpedBy.version}; ${installHint(major)}`,
    { key: 'pg_restore' },
  );
}

function describeLooked(looked: string[], env: NodeJS.ProcessEnv): string {
  if (env.PG_BIN) return `looked in PG_BIN=${env.PG_BIN}`;
  if (systemPgIgnored(env)) return `PG_BIN is not set, and ${ignoredSystemPg(env)}`;
  return `looked in ${looked.length > 6 ? `PATH and ${looked.length} folders` : looked.join(', ') || 'PATH'}`;
}
