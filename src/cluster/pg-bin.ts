import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { configError } from '../errors/promote-error.js';

/**
 * Where PostgreSQL's server binaries live: PG_BIN, else `pg_config --bindir`, else the newest
 * /usr/lib/postgresql/N/bin (Debian installs server binaries off PATH).
 */
export function findPgBin(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on PATH: fall through to the Debian layout
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debianRoot, v, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    throw configError(
      `no PostgreSQL server binaries (initdb, pg_ctl) found in ${candidates.join(', ') || 'PG_BIN, pg_config --bindir or /usr/lib/postgresql'}; ` +
        `install them (Debian: apt-get install postgresql) or set PG_BIN`,
      { key: 'PG_BIN' },
    );
  }
  return found;
}
