import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { safeName, stamp } from './backup-paths.js';

/**
 * The runbook's rollback communication template, filled in from what the restore knows:
 * what was restored, to which moment, and what that means for the people reading it.
 */
export interface NoticeFacts {
  /** The promotion's name (notifications.title). */
  title: string;
  /** Flags a rollback switches off (flags.rollback_off): the services to keep stopped. */
  flagsOff: string[];
  database: string;
  target: string;
  backupFile: string;
  takenAt: string;
  walLsn?: string;
  restoredAt: Date;
  durationMs: number;
  actor: string;
  latestVersions: Record<string, string | null>;
  leftovers: string[];
}

export function rollbackNotice(f: NoticeFacts): string {
  const versions = Object.entries(f.latestVersions).map(([phase, v]) => `${phase} ${v ?? 'none'}`).join(', ') || 'no schema history in the backup';
  const services = f.flagsOff.length > 0 ? ` (those behind the flags ${f.flagsOff.join(', ')})` : '';
  const leftovers = f.leftovers.length > 0 ? ` Objects created after the backup are still present and need a decision: ${f.leftovers.join(', ')}.` : '';
  return [
    `Subject: [ROLLBACK INITIATED] ${f.title}`,
    '',
    `Status: Rolled back. Database "${f.database}" (${f.target}) was restored from backup ${f.backupFile} at ${f.restoredAt.toISOString()} by ${f.actor}; the restore is complete.`,
    `Impact: The database is back to its state of ${f.takenAt}${f.walLsn ? ` (WAL ${f.walLsn})` : ''}. Every change written after that moment, by the promotion or by applications, is no longer in it. Schema versions now: ${versions}.${leftovers}`,
    `ETA: Done; the restore took ${(f.durationMs / 1000).toFixed(1)} s.`,
    `Action Required: Keep the services that write to this database stopped${services} until the applications are checked against the restored schema; re-enter any data written after the backup time that must be kept.`,
    '',
    'Will update in 15 minutes.',
    '',
  ].join('\n');
}

/** Beside the dated audit reports (report.dir), named after the database and the time of the restore. */
export async function writeNotice(reportDir: string, database: string, at: Date, text: string): Promise<string> {
  await mkdir(reportDir, { recursive: true });
  const file = path.join(reportDir, `rollback_${safeName(database)}_${stamp(at)}.txt`);
  await writeFile(file, text, { flag: 'wx' });
  return file;
}
