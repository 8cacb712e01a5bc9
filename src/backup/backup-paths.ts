import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, errorOfKind, PromoteError } from '../errors/promote-error.js';

/**
 * Where backups go and how they are named. A backup is written under a hidden ".partial" name
 * and renamed into place only once verified, and its manifest is renamed into place last: a
 * dump without a manifest, or a ".partial" file, never passes for a good backup.
 */
export interface BackupDir {
  abs: string;
  /** As the user wrote it (or relative to the repository root), for messages. */
  shown: string;
  /** --backup-dir is a usage error, backup.dir a config error; both exit 2. */
  kind: 'usage' | 'config';
  key: string;
}

export function dirError(dir: BackupDir, message: string): PromoteError {
  return errorOfKind(dir.kind, message, { key: dir.key, file: dir.shown });
}

/** "2026-11-24T10:15:00.123Z" -> "20261124_101500Z", the runbook's date +%Y%m%d_%H%M%S in UTC. */
export function stamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '_')}Z`;
}

/** Database names may hold anything; file names get letters, digits, '.', '_' and '-' only. */
export function safeName(database: string): string {
  return database.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'database';
}

export const DUMP_SUFFIXES = ['.dump.enc', '.dump', '.dir'] as const;

export function backupNames(database: string, at: Date, format: 'custom' | 'directory', encrypted: boolean): { dump: string; manifest: string } {
  const base = `${safeName(database)}_${stamp(at)}`;
  const suffix = format === 'directory' ? '.dir' : encrypted ? '.dump.enc' : '.dump';
  return { dump: `${base}${suffix}`, manifest: `${base}.manifest.json` };
}

/** The manifest beside a dump: production_20261124_101500Z.dump -> production_20261124_101500Z.manifest.json. */
export function manifestPathFor(dumpPath: string): string {
  const trimmed = dumpPath.replace(/[/\\]+$/, '');
  const suffix = DUMP_SUFFIXES.find((s) => trimmed.endsWith(s));
  return `${suffix ? trimmed.slice(0, -suffix.length) : trimmed}.manifest.json`;
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'no write access';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return 'the disk is full or the file size limit was reached';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way of the folder';
    default:
      return e.message ?? String(e);
  }
}

export const isDiskFull = (err: unknown): boolean => ['ENOSPC', 'EFBIG', 'EDQUOT'].includes((err as NodeJS.ErrnoException).code ?? '');

/** Creates the folder and proves it can be written to, before anything is dumped. */
export async function prepareBackupDir(dir: BackupDir): Promise<void> {
  try {
    mkdirSync(dir.abs, { recursive: true, mode: 0o700 });
    if (!statSync(dir.abs).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    throw dirError(dir, `cannot create the backup folder: ${describeFsError(err)}`);
  }
  const probe = path.join(dir.abs, `.pg-promote-write-test-${randomBytes(6).toString('hex')}`);
  try {
    const handle = await open(probe, 'wx', 0o600);
    await handle.close();
  } catch (err) {
    throw dirError(dir, `cannot write to the backup folder: ${describeFsError(err)}`);
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * A file or folder being written. Removed on every failure path, including Ctrl-C and
 * SIGTERM (a cancelled CI job), so nothing half-written is left under a name that looks final.
 */
export class PartialOutput {
  readonly tempPath: string;
  private readonly onSignal: (signal: NodeJS.Signals) => void;
  private done = false;

  constructor(
    readonly finalPath: string,
    readonly kind: 'file' | 'folder',
  ) {
    this.tempPath = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.partial-${randomBytes(4).toString('hex')}`);
    this.onSignal = (signal) => {
      this.removeNow();
      PartialOutput.unregister(this.onSignal);
      // Our handler replaced the default action; re-raise so the process still ends as asked.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  private static unregister(handler: (signal: NodeJS.Signals) => void): void {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  }

  private removeNow(): void {
    rmSync(this.tempPath, { recursive: true, force: true });
  }

  /** Renames into place; refuses to replace an existing backup. */
  async commit(): Promise<void> {
    if (existsSync(this.finalPath)) {
      throw new UsageError('already exists; an earlier backup is never replaced', { file: this.finalPath });
    }
    await rename(this.tempPath, this.finalPath);
    this.done = true;
    PartialOutput.unregister(this.onSignal);
  }

  async discard(): Promise<void> {
    PartialOutput.unregister(this.onSignal);
    if (this.done) return;
    this.done = true;
    await rm(this.tempPath, { recursive: true, force: true });
  }
}

/** Paths in messages and results: relative to the repository root when inside it. */
export function shownPath(root: string, abs: string): string {
  const rel = path.relative(root, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}
