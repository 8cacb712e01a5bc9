import path from 'node:path';
import type { PromotionConfig } from '../config/load.js';
import { parseDatabaseUrl, type ConnectionTarget } from '../db/connection-url.js';
import { UsageError, errorOfKind } from '../errors/promote-error.js';
import { shownPath, type BackupDir } from '../backup/backup-paths.js';
import { keyFromEnv } from '../backup/encryption.js';

/** The backup stage's settings: the command line over the config (backup's resolve), checked before connecting. */
export interface BackupSettings {
  dir: BackupDir;
  format: 'custom' | 'directory';
  jobs: number;
  verify: 'list' | 'restore';
  /** --scratch-url, parsed before anything connects. */
  scratch?: { target: ConnectionTarget };
  key?: { value: Buffer; env: string };
}

/** What the command line or action said about the backup, before it is merged over the config. */
export interface BackupRequest {
  root: string;
  env?: NodeJS.ProcessEnv;
  backup?: { dir?: string; format?: 'custom' | 'directory'; jobs?: number; verify?: 'list' | 'restore'; scratchUrl?: string };
}

export function backupSettings(options: BackupRequest, config: PromotionConfig): BackupSettings {
  const cli = options.backup ?? {};
  const dir: BackupDir = cli.dir
    ? { abs: path.resolve(options.root, cli.dir), shown: cli.dir, kind: 'usage', key: '--backup-dir' }
    : { abs: config.backup.dir, shown: shownPath(config.root, config.backup.dir), kind: 'config', key: 'backup.dir' };
  const format = cli.format ?? config.backup.format;
  const jobs = cli.jobs ?? config.backup.jobs;
  const formatSource = cli.format ? { kind: 'usage' as const, key: '--format' } : { kind: 'config' as const, key: 'backup.format' };
  if (jobs > 1 && format !== 'directory') {
    const key = cli.jobs ? '--jobs' : 'backup.jobs';
    throw errorOfKind(cli.jobs ? 'usage' : 'config', `${jobs} jobs need the directory format (pg_dump writes a custom-format archive with one job)`, { key });
  }
  if (cli.scratchUrl && cli.verify !== 'restore') {
    throw new UsageError('only applies to --verify restore (it is where the scratch copy is restored)', { key: '--scratch-url' });
  }
  const keyEnv = config.backup.encryptionKeyEnv;
  if (keyEnv && format === 'directory') {
    throw errorOfKind(
      formatSource.kind,
      `encrypted backups use the custom format (pg_dump writes a directory-format dump file by file, so it could not be encrypted before it reaches the disk); drop ${formatSource.key}: directory or backup.encryption_key_env`,
      { key: formatSource.key },
    );
  }
  return {
    dir,
    format,
    jobs,
    verify: cli.verify ?? 'list',
    scratch: cli.scratchUrl ? { target: parseDatabaseUrl(cli.scratchUrl, '--scratch-url', options.env) } : undefined,
    key: keyEnv ? { value: keyFromEnv(keyEnv), env: keyEnv } : undefined,
  };
}
