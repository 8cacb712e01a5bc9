import { execFileSync } from 'node:child_process';
import { configError } from '../errors/promote-error.js';

/** The OS user a throwaway cluster's files and processes belong to when we run as root. */
export const CLUSTER_OWNER = 'postgres';

export function osUserIsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
export function asClusterOwner(command: string, args: string[]): [string, string[]] {
  return osUserIsRoot() ? ['runuser', ['-u', CLUSTER_OWNER, '--', command, ...args]] : [command, args];
}

/** The owner's uid and gid, to hand it the cluster's folder; a missing user is said in one line. */
export function clusterOwnerIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, CLUSTER_OWNER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw configError(
      `as root, a throwaway PostgreSQL cluster runs as the OS user ${CLUSTER_OWNER} (initdb refuses root), and there is no such user: ` +
        `create it (useradd --system --create-home ${CLUSTER_OWNER}) or run as another user`,
      { key: 'user' },
    );
  }
}
