import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { recordEvent } from '../audit/events.js';
import { shownPath } from '../backup/backup-paths.js';
import { systemIdentifier } from '../backup/catalog.js';
import { checkBackupForGate } from '../backup/gate-check.js';
import { readManifest } from '../backup/manifest.js';
import { usageError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

/**
 * migrate on a production database (config production.databases) needs a verified backup of
 * that very database, recent enough (production.backup_max_age), or an explicit decision to
 * go without one, whose reason is written to the audit trail. Checked before the migration
 * lock: a refused run changes nothing.
 */
export async function backupGate(ctx: CommandContext): Promise<void> {
  const { config, target, actor } = ctx.prepared;
  const { backupManifest, withoutBackupReason } = ctx.options;
  if (backupManifest !== undefined && withoutBackupReason !== undefined) {
    throw usageError('--backup-manifest and --without-backup exclude each other: give the backup, or the reason to go without one', { key: '--without-backup' });
  }
  if (!config.production.databases.includes(target.database)) return;
  const historySchema = config.historyTable.schema;
  ctx.envelope.executionId ??= randomUUID();

  if (withoutBackupReason !== undefined) {
    await recordEvent(ctx.session.client, historySchema, {
      executionId: ctx.envelope.executionId,
      actor,
      event: 'backup.bypassed',
      detail: { database: target.database, target: target.display, command: 'migrate', reason: withoutBackupReason },
    });
    ctx.envelope.warnings.push(`migrating production database '${target.database}' without a verified backup: ${withoutBackupReason} (recorded in ${historySchema}.promotion_events)`);
    return;
  }
  if (backupManifest === undefined) {
    throw usageError(
      `'${target.database}' is a production database (${config.source}: production.databases): migrate needs a verified backup of it first. ` +
        'Run `pg-promote backup` and pass --backup-manifest FILE, or --without-backup REASON to go without one (recorded in the audit trail)',
      { key: '--backup-manifest' },
    );
  }
  const file = path.resolve(ctx.options.root, backupManifest);
  const shown = shownPath(ctx.options.root, file);
  const manifest = readManifest(file, shown, '--backup-manifest');
  const checked = checkBackupForGate(manifest, file, shown, {
    database: target.database,
    systemIdentifier: await systemIdentifier(ctx.session.client),
    maxAgeMs: config.production.backupMaxAgeMs,
    now: new Date(),
    storedIn: ctx.options.backupStoredIn,
  });
  await recordEvent(ctx.session.client, historySchema, {
    executionId: ctx.envelope.executionId,
    actor,
    event: 'backup.verified',
    detail: {
      database: target.database,
      manifest: shown,
      file: manifest.file,
      ...(ctx.options.backupStoredIn ? { storedIn: ctx.options.backupStoredIn } : {}),
      sha256: manifest.sha256,
      takenAt: manifest.takenAt,
      walLsn: manifest.walLsn,
      verification: manifest.verification.method,
      ageSeconds: Math.round(checked.ageMs / 1000),
    },
  });
}
