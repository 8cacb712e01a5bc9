import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * PG_PROMOTE_IGNORE_SYSTEM_PG=1: PostgreSQL's programs are looked for in PG_BIN only (and a
 * throwaway server in the embedded npm package), never in PATH, pg_config or the system's
 * folders. It shows the quick start as it runs on a machine without PostgreSQL.
 */
export const IGNORE_SYSTEM_PG = 'PG_PROMOTE_IGNORE_SYSTEM_PG';

export function systemPgIgnored(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[IGNORE_SYSTEM_PG];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Why the system's programs were not looked for, for messages. */
export const ignoredSystemPg = (env: NodeJS.ProcessEnv): string => `${IGNORE_SYSTEM_PG}=${env[IGNORE_SYSTEM_PG]} hides the system's PostgreSQL`;

/** "the usual places", for messages: what systemPgDirs looks at besides PG_BIN. */
export const SYSTEM_PLACES = 'pg_config --bindir, PATH, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or Homebrew\'s postgresql@*';

/**
 * Where PostgreSQL programs may be. PG_BIN, when set, is the only place looked at: the
 * operator chose it. Otherwise pg_config's bin folder, PATH, and the versioned folders packagers
 * install side by side (Debian, RHEL, Homebrew), newest first, since the newest is usually off PATH.
 */
export function candidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.PG_BIN) return [env.PG_BIN];
  if (systemPgIgnored(env)) return [];
  const dirs: string[] = [];
  try {
    dirs.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env }).trim());
  } catch {
    // no pg_config on PATH: the other places remain
  }
  dirs.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean));
  const versioned = (root: string, pattern: RegExp, bin: (name: string) => string) => {
    if (!existsSync(root)) return [];
    const number = (name: string) => Number(/\d+(\.\d+)?/.exec(name)?.[0] ?? 0);
    return readdirSync(root)
      .filter((name) => pattern.test(name))
      .sort((a, b) => number(b) - number(a))
      .map(bin);
  };
  dirs.push(
    ...versioned('/usr/lib/postgresql', /^\d+(\.\d+)?$/, (v) => path.join('/usr/lib/postgresql', v, 'bin')),
    ...versioned('/usr', /^pgsql-\d+$/, (v) => path.join('/usr', v, 'bin')),
    ...versioned('/opt/homebrew/opt', /^postgresql@\d+$/, (v) => path.join('/opt/homebrew/opt', v, 'bin')),
    ...versioned('/usr/local/opt', /^postgresql@\d+$/, (v) => path.join('/usr/local/opt', v, 'bin')),
  );
  return dirs.filter(Boolean);
}
