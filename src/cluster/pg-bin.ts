import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { configError } from '../errors/promote-error.js';
import { programVersion } from './program-version.js';
import { asClusterOwner, CLUSTER_OWNER, clusterOwnerIds, osUserIsRoot } from './cluster-owner.js';
import { embeddedBinDir, embeddedPackage } from './embedded-server.js';
import { serverBinForOwner } from './owner-reachable.js';
import { installCommand } from './install-command.js';
import { candidateDirs, ignoredSystemPg, systemPgIgnored, SYSTEM_PLACES } from './pg-places.js';

/** The server programs a throwaway cluster needs, and why they were chosen. */
export interface PgServer {
  binDir: string;
  /** "18.4", as the programs print it. */
  version: string;
  source: 'PG_BIN' | 'system' | 'embedded';
  /** One line for a person: which programs, from where, and why those. */
  reason: string;
}

const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'] as const;
/** The embedded package's newest major: what its programs are, when nothing else is found. */
const EMBEDDED_MAJOR = '18';

const missingIn = (dir: string): string[] => {
  const exe = process.platform === 'win32' ? '.exe' : '';
  return PROGRAMS.filter((name) => !existsSync(path.join(dir, `${name}${exe}`)));
};

/**
 * Runs `initdb --version` and `postgres --version` as the cluster's owner: the version for the
 * reason line, and proof that the programs start (their shared libraries load, and as root the
 * owner may read them: a checkout under /root is closed to it).
 */
function probe(binDir: string, what: string, options: { key?: string; onLibraryError?: string } = {}): string {
  let out = '';
  for (const name of ['initdb', 'postgres']) {
    const [cmd, args] = asClusterOwner(path.join(binDir, name), ['--version']);
    try {
      out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      const why = (e.stderr || e.message).split('\n').map((l) => l.trim()).find(Boolean) ?? e.message;
      const as = osUserIsRoot() ? ` as the OS user ${CLUSTER_OWNER}` : '';
      const hint =
        options.onLibraryError && /shared librar/.test(why)
          ? `; ${options.onLibraryError}`
          : as && /Permission denied/.test(why)
            ? `; ${CLUSTER_OWNER} must be able to reach this folder (a checkout under /root is closed to it): move it, or run as another user`
            : '';
      throw configError(`${what} (${binDir}) cannot run ${name}${as}: ${why}${hint}`, { key: options.key });
    }
  }
  return programVersion(out);
}

/**
 * Where a throwaway cluster's server programs come from. PG_BIN, when set, is the only place:
 * the operator chose it, so a folder without the programs is an error, never a quiet fallback.
 * Otherwise the system's (pg_config, PATH, the packagers' folders), else the embedded npm package.
 */
export function locatePgServer(env: NodeJS.ProcessEnv = process.env): PgServer {
  if (osUserIsRoot()) clusterOwnerIds();
  if (env.PG_BIN) {
    const dir = env.PG_BIN;
    const missing = missingIn(dir);
    if (missing.length > 0) {
      throw configError(
        `${dir} has no ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')}${existsSync(dir) ? '' : ' (no such folder)'}: PG_BIN must be the bin folder of a PostgreSQL server, ` +
          `or unset to use the system's or the embedded one`,
        { key: 'PG_BIN' },
      );
    }
    const version = probe(dir, 'PG_BIN', { key: 'PG_BIN' });
    return { binDir: dir, version, source: 'PG_BIN', reason: `PostgreSQL ${version} server from PG_BIN (${dir})` };
  }
  const system = candidateDirs(env).find((dir) => missingIn(dir).length === 0);
  if (system) {
    const version = probe(system, 'the system\'s PostgreSQL');
    return { binDir: system, version, source: 'system', reason: `PostgreSQL ${version} server from ${system}: the system's (PG_BIN is not set)` };
  }
  const why = systemPgIgnored(env)
    ? ignoredSystemPg(env)
    : `PG_BIN is not set and no server is installed (looked in ${SYSTEM_PLACES})`;
  const name = embeddedPackage();
  const found = embeddedBinDir(name);
  const embedded = found && missingIn(found).length === 0 ? serverBinForOwner(found) : undefined;
  if (embedded) {
    const version = probe(embedded, `the embedded server ${name}`, { onLibraryError: `\`npm rebuild ${name}\` runs its install script, which links those libraries` });
    return { binDir: embedded, version, source: 'embedded', reason: `PostgreSQL ${version} server from the npm package ${name} (${found}${embedded === found ? '' : `, run from a copy in ${path.dirname(embedded)} that ${CLUSTER_OWNER} can enter`}): ${why}` };
  }
  throw configError(
    `no PostgreSQL server programs (${PROGRAMS.join(', ')}): ${why}, and the npm package ${name} is not installed ` +
      `(npm installs it as an optional dependency where it exists); install a server (${installCommand('server', EMBEDDED_MAJOR)}) or set PG_BIN to its bin folder`,
    { key: 'PG_BIN' },
  );
}

/** The bin folder of locatePgServer: the server programs, and on most systems the client programs beside them. */
export function findPgBin(env: NodeJS.ProcessEnv = process.env): string {
  return locatePgServer(env).binDir;
}
