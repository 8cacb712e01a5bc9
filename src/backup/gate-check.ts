import { statSync } from 'node:fs';
import { usageError } from '../errors/promote-error.js';
import { dumpPathOf } from './manifest.js';
import { age } from './pitr.js';
import type { BackupManifest } from './types.js';

/** A manifest from a clock a little ahead of ours is fine; one from the future is not. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The backup gate's rules. The dump is not re-hashed here (that can take minutes for a large
 * database and restore does it anyway); that it is still there, at its recorded size, is.
 */
export function checkBackupForGate(
  manifest: BackupManifest,
  manifestFile: string,
  shown: string,
  expect: { database: string; systemIdentifier?: string; maxAgeMs: number; now: Date; storedIn?: string },
): { ageMs: number } {
  const where = { file: shown, key: '--backup-manifest' };
  if (manifest.database !== expect.database) {
    throw usageError(`is a backup of database '${manifest.database}', not of '${expect.database}'`, where);
  }
  if (manifest.systemIdentifier && expect.systemIdentifier && manifest.systemIdentifier !== expect.systemIdentifier) {
    throw usageError(
      `is a backup of '${manifest.database}' on another server (system identifier ${manifest.systemIdentifier}, this server's is ${expect.systemIdentifier})`,
      where,
    );
  }
  const ageMs = expect.now.getTime() - Date.parse(manifest.takenAt);
  if (ageMs < -CLOCK_SKEW_MS) throw usageError(`says the backup was taken at ${manifest.takenAt}, which is in the future`, where);
  if (ageMs > expect.maxAgeMs) {
    throw usageError(
      `the backup was taken ${age(Math.round(ageMs / 1000))} ago (${manifest.takenAt}); production.backup_max_age allows ${age(Math.round(expect.maxAgeMs / 1000))}: take a fresh backup`,
      where,
    );
  }
  // Kept elsewhere (the workflow's backup artifact): the job that uploaded it verified it.
  if (expect.storedIn) return { ageMs: Math.max(0, ageMs) };
  const dumpPath = dumpPathOf(manifestFile, manifest);
  let size: number | undefined;
  try {
    const info = statSync(dumpPath);
    size = info.isDirectory() ? undefined : info.size;
  } catch {
    throw usageError(`its backup ${manifest.file} is not beside it`, where);
  }
  if (size !== undefined && size !== manifest.sizeBytes) {
    throw usageError(`its backup ${manifest.file} is ${size} bytes, the manifest says ${manifest.sizeBytes} (truncated or replaced)`, where);
  }
  return { ageMs: Math.max(0, ageMs) };
}
