import { readFileSync } from 'node:fs';
import { osUserIsRoot } from './cluster-owner.js';

/**
 * The one command that installs PostgreSQL's programs on this machine, for messages that tell a
 * person what to do: the package manager is read from /etc/os-release (ID and ID_LIKE) on
 * Linux, Homebrew on macOS. Package names are those of PostgreSQL's own repositories
 * (apt.postgresql.org, download.postgresql.org), which carry every supported major.
 */
export type PgPackage = 'client' | 'server';

type Manager = 'apt' | 'dnf' | 'brew';

const PACKAGES: Record<Manager, (kind: PgPackage, major: string) => string> = {
  apt: (kind, major) => `apt-get install ${kind === 'client' ? `postgresql-client-${major}` : `postgresql-${major}`}`,
  dnf: (kind, major) => `dnf install ${kind === 'client' ? `postgresql${major}` : `postgresql${major}-server`}`,
  brew: (_kind, major) => `brew install postgresql@${major}`,
};

/** os-release's ID and ID_LIKE words, lower case: ["ubuntu", "debian"]. */
function osReleaseIds(text: string): string[] {
  return [...text.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)["']?$/gm)].flatMap((m) => m[1]!.toLowerCase().split(/\s+/)).filter(Boolean);
}

export function packageManager(platform: NodeJS.Platform = process.platform, osRelease?: string): Manager | undefined {
  if (platform === 'darwin') return 'brew';
  if (platform !== 'linux') return undefined;
  let text = osRelease;
  if (text === undefined) {
    try {
      text = readFileSync('/etc/os-release', 'utf8');
    } catch {
      return undefined;
    }
  }
  const ids = osReleaseIds(text);
  if (ids.some((id) => id === 'debian' || id === 'ubuntu')) return 'apt';
  if (ids.some((id) => id === 'rhel' || id === 'fedora' || id === 'centos')) return 'dnf';
  return undefined;
}

/**
 * "sudo apt-get install postgresql-client-18" (no sudo as root); on a system without a known
 * package manager, where to download PostgreSQL instead.
 */
export function installCommand(kind: PgPackage, major: string): string {
  return installCommandFor(packageManager(), kind, major);
}

export function installCommandFor(manager: Manager | undefined, kind: PgPackage, major: string): string {
  if (!manager) return `PostgreSQL ${major}'s ${kind} programs from https://www.postgresql.org/download/`;
  const root = osUserIsRoot();
  return `${manager !== 'brew' && !root ? 'sudo ' : ''}${PACKAGES[manager](kind, major)}`;
}
