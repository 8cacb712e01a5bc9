import path from 'node:path';
import { EVENTS_TABLE, recordEvent } from '../audit/events.js';
import { DUMP_SUFFIXES, manifestPathFor, shownPath } from '../backup/backup-paths.js';
import { systemIdentifier } from '../backup/catalog.js';
import { keyFromEnv } from '../backup/encryption.js';
import { dumpPathOf, readManifest } from '../backup/manifest.js';
import { rollbackNotice, writeNotice } from '../backup/notice.js';
import { proveSameServer } from '../backup/same-server.js';
import { restoreInto, restoreList } from '../backup/restore.js';
import { latestVersions, objectsNotInBackup } from '../backup/restored-state.js';
import { toolsForRestore } from '../backup/tool-version.js';
import type { BackupManifest } from '../backup/types.js';
import { checkAgainstManifest } from '../backup/verify-file.js';
import { listArchive } from '../backup/verify-toc.js';
import { usageError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';
import type { Outcome } from './outcome.js';
import { takeMigrationLock } from './session-setup.js';

const PROGRESS_EVERY_MS = 5000;

/**
 * The runbook's Immediate Rollback. Everything that can be wrong with the request or the
 * backup (the confirmation, the manifest, the checksum, the key, the archive's readability)
 * is checked before the database is touched; then pg_restore --clean --if-exists, holding the
 * migration lock so no promotion runs into it; then "verify restoration" and the notice.
 */
export async function restore(ctx: CommandContext<'restore'>): Promise<Outcome<'restore'>> {
  const started = Date.now();
  const { config, target, actor } = ctx.prepared;
  const { root } = ctx.options;
  const request = ctx.options.restore ?? {};
  if (!request.file) throw usageError('restore needs --backup FILE (a backup pg-promote wrote, with its manifest beside it)', { key: '--backup' });
  if (request.confirm === undefined) {
    throw usageError(`restore replaces the contents of database '${target.database}': pass --confirm ${target.database} to confirm`, { key: '--confirm' });
  }
  if (request.confirm !== target.database) {
    throw usageError(`'${request.confirm}' does not match the target database '${target.database}'; nothing was restored`, { key: '--confirm' });
  }

  const given = path.resolve(root, request.file);
  const isManifest = given.endsWith('.manifest.json');
  const manifestFile = isManifest ? given : manifestPathFor(given);
  if (!isManifest && !DUMP_SUFFIXES.some((s) => given.replace(/[/\\]+$/, '').endsWith(s))) {
    throw usageError(`'${request.file}' is not a pg-promote backup name (expected .dump, .dump.enc, .dir or .manifest.json)`, { key: '--backup' });
  }
  const manifest = readManifest(manifestFile, shownPath(root, manifestFile), '--backup');
  const dumpPath = dumpPathOf(manifestFile, manifest);
  const shown = shownPath(root, dumpPath);
  if (!isManifest && path.resolve(dumpPath) !== given.replace(/[/\\]+$/, '')) {
    throw usageError(`the manifest beside it (${shownPath(root, manifestFile)}) describes ${manifest.file}`, { file: shownPath(root, given), key: '--backup' });
  }
  if (manifest.database !== target.database) {
    throw usageError(`is a backup of database '${manifest.database}', not of '${target.database}'; nothing was restored`, { file: shown, key: '--backup' });
  }
  const jobs = ctx.settings.jobs[manifest.format];
  if (jobs > 1 && manifest.format !== 'directory') throw usageError('needs a directory-format backup (a custom-format one restores in one transaction)', { key: '--jobs' });
  const key = keyFor(manifest, config.backup.encryptionKeyEnv);
  const pgRestore = await toolsForRestore(manifest.pgDump);
  const step = (message: string) => ctx.emit({ type: 'stage-step', stage: 'restore', message });

  step(`checking ${shown} against its manifest (size, SHA-256${key ? ', decryption of every chunk' : ''})`);
  await checkAgainstManifest(manifest, dumpPath, shown, key);
  const input = { path: dumpPath, shown, format: manifest.format, key: key?.value };
  const listing = await listArchive(pgRestore.path, input, target, true);
  await proveSameServer(ctx.session.client, target, pgRestore.path, `restoring into ${target.display}`);
  const here = await systemIdentifier(ctx.session.client);
  if (manifest.systemIdentifier && here && manifest.systemIdentifier !== here) {
    ctx.envelope.warnings.push(`${shown} was taken on another server (system identifier ${manifest.systemIdentifier}, this one's is ${here})`);
  }

  const release = await takeMigrationLock(ctx);
  const restoreStarted = Date.now();
  // The decisions log and the flags outlive the restore (see restoreList).
  const list = await restoreList(ctx.session.client, listing, [
    { schema: config.historyTable.schema, table: EVENTS_TABLE },
    config.flags.table,
  ]);
  try {
    step(`pg_restore ${pgRestore.version} --clean --if-exists into ${target.display}${jobs > 1 ? ` with ${jobs} jobs` : ' in one transaction'}`);
    await restoreInto({
      pgRestore: pgRestore.path,
      input,
      target,
      jobs,
      listFile: list.file,
      progressEveryMs: PROGRESS_EVERY_MS,
      onProgress: (fed, elapsedMs) =>
        ctx.emit({ type: 'stage-progress', stage: 'restore', step: 'restore', bytes: fed, totalBytes: fed === undefined ? undefined : manifest.sizeBytes, elapsedMs }),
    });
  } finally {
    await list.cleanup();
    if (!ctx.session.lost()) await release();
  }
  ctx.emit({ type: 'stage-progress', stage: 'restore', step: 'restore', elapsedMs: Date.now() - restoreStarted, done: true });

  const latest = await latestVersions(ctx.session.client, config.historyTable, config.phases);
  const leftovers = await objectsNotInBackup(ctx.session.client, manifest);
  if (leftovers.length > 0) {
    ctx.envelope.warnings.push(`not in the backup, so still present after the restore: ${leftovers.join(', ')} (pg_restore --clean drops only what the backup holds)`);
  }
  const restoredAt = new Date();
  const durationMs = Date.now() - started;
  const notice = rollbackNotice({
    title: config.notifications.title,
    flagsOff: config.flags.rollbackOff,
    database: target.database,
    target: target.display,
    backupFile: manifest.file,
    takenAt: manifest.takenAt,
    walLsn: manifest.walLsn,
    restoredAt,
    durationMs,
    actor,
    latestVersions: latest,
    leftovers,
  });
  let noticePath: string | undefined;
  try {
    noticePath = shownPath(root, await writeNotice(config.reportDir, target.database, restoredAt, notice));
  } catch (err) {
    ctx.envelope.warnings.push(`the rollback notice could not be written to ${shownPath(root, config.reportDir)}: ${(err as Error).message}`);
  }
  await recordEvent(ctx.session.client, config.historyTable.schema, {
    executionId: ctx.envelope.executionId,
    actor,
    event: 'restore.completed',
    detail: { database: target.database, backup: manifest.file, sha256: manifest.sha256, takenAt: manifest.takenAt, walLsn: manifest.walLsn, latestVersions: latest },
  });
  return {
    restore: {
      backupPath: shown,
      manifestPath: shownPath(root, manifestFile),
      database: target.database,
      takenAt: manifest.takenAt,
      walLsn: manifest.walLsn,
      sha256: manifest.sha256,
      encrypted: manifest.encrypted,
      pgRestore: { path: pgRestore.path, version: pgRestore.version },
      latestVersions: latest,
      notice,
      noticePath,
      durationMs,
    },
  };
}

/** The config's variable, else the one the backup was made with (its name is in the manifest). */
function keyFor(manifest: BackupManifest, configEnv: string | undefined): { value: Buffer; env: string } | undefined {
  if (!manifest.encrypted) return undefined;
  const env = configEnv ?? manifest.encryption?.keyEnv;
  if (!env) throw usageError('the backup is encrypted and no key variable is known (set backup.encryption_key_env)', { key: 'backup.encryption_key_env' });
  return { value: keyFromEnv(env), env };
}
