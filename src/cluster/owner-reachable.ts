import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { CLUSTER_OWNER, osUserIsRoot } from './cluster-owner.js';

/**
 * As root, the cluster's owner runs the server programs. An npm package's programs sit in the
 * checkout, which that user may not be able to enter (a clone under /root): then the package's
 * folder (bin, lib, share) is copied once to the temporary folder, readable by everyone, and
 * that copy is used. Other places (the system's, PG_BIN) are used as they are; where the owner
 * cannot run them, the version probe says so in one line.
 */
export function serverBinForOwner(binDir: string): string {
  if (!osUserIsRoot() || !binDir.split(path.sep).includes('node_modules') || ownerCanRun(binDir)) return binDir;
  const home = path.dirname(binDir);
  const key = createHash('sha256').update(home).digest('hex').slice(0, 16);
  const copy = path.join(os.tmpdir(), `pg-promote-server-${key}`);
  if (!existsSync(path.join(copy, path.basename(binDir), 'initdb'))) {
    // Copied beside the final name and renamed into place, so a parallel test never sees half a copy.
    const staging = mkdtempSync(`${copy}-`);
    cpSync(home, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, copy);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return path.join(copy, path.basename(binDir));
}

function ownerCanRun(binDir: string): boolean {
  return spawnSync('runuser', ['-u', CLUSTER_OWNER, '--', 'test', '-x', path.join(binDir, 'initdb')], { stdio: 'ignore' }).status === 0;
}
