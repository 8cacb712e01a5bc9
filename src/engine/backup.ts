import { rm } from 'node:fs/promises';
import path from 'node:path';
import { dirError, PartialOutput, prepareBackupDir, backupNames, shownPath } from '../backup/backup-paths.js';
import { countRows, dumpedObjects, policyName, qualifiedName, systemIdentifier, tableRows, type DumpedObjects } from '../backup/catalog.js';
import { hashAndAuthenticate, hashFile, hashFolder, type Digest } from '../backup/checksum.js';
import { runDump } from '../backup/dump.js';
import { DEFAULT_CHUNK_BYTES, keyId } from '../backup/encryption.js';
import { writeManifest } from '../backup/manifest.js';
import { pitrReadiness } from '../backup/pitr.js';
import type { BackupSettings } from '../commands/backup-settings.js';
import { verifyByRestore, type ScratchServer } from '../backup/scratch-restore.js';
import { proveSameServer } from '../backup/same-server.js';
import { backupPreflight } from '../backup/preflight.js';
import { openDumpSnapshot } from '../backup/snapshot.js';
import { toolsForBackup, type PgTools } from '../backup/tool-version.js';
import type { BackupFileEntry, BackupManifest, BackupSummary, DeepVerification, PitrStatus } from '../backup/types.js';
import { listArchive, missingFromToc, tocFailure } from '../backup/verify-toc.js';
import { connectClient } from '../db/session.js';
import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';
import type { Outcome } from './outcome.js';

const PROGRESS_EVERY_MS = 5000;

/**
 * The runbook's steps 2 and 3: pg_dump, "pg_restore --list", note the size and the WAL
 * position, confirm PITR. The dump is written under a temporary name, verified, and only then
 * renamed into place with its manifest beside it.
 */
export async function backup(ctx: CommandContext<'backup'>): Promise<Outcome<'backup'>> {
  const started = Date.now();
  const { config, target } = ctx.prepared;
  const { settings } = ctx;
  const client = ctx.session.client;
  await prepareBackupDir(settings.dir);

  const version = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  // Probing the installed tools takes a few processes; the server's answers arrive meanwhile.
  const [tools, pitr, systemId] = await Promise.all([
    toolsForBackup({ versionNum: Number(version.rows[0]?.v), version: ctx.session.serverVersion }),
    pitrReadiness(client, config.backup.requirePitr),
    systemIdentifier(client),
  ]);
  if (pitr.status === 'error') throw new CheckFailed(`${pitr.message}; no backup was taken`, { key: 'backup.require_pitr' });
  if (pitr.status !== 'ready') ctx.envelope.warnings.push(pitr.message);

  await proveSameServer(client, target, tools.pgDump.path, `taking a backup of ${target.display}`);
  const filter = { schemas: config.backup.schemas, exclude: config.backup.excludeSchemas };
  await backupPreflight(client, filter);

  const warn = (message: string) => ctx.envelope.warnings.push(message);
  const snapshot = await openDumpSnapshot(client, warn);
  const { state } = snapshot;
  const names = backupNames(target.database, state.takenAt, settings.format, settings.key !== undefined);
  const dumpPath = path.join(settings.dir.abs, names.dump);
  const manifestPath = path.join(settings.dir.abs, names.manifest);
  const out = new PartialOutput(dumpPath, settings.format === 'directory' ? 'folder' : 'file');
  const diskFull = (detail: string) => dirError(settings.dir, `writing ${shownPath(config.root, dumpPath)}: ${detail}; nothing was kept`);
  const step = (message: string) => ctx.emit({ type: 'stage-step', stage: 'backup', message });
  try {
    let objects: DumpedObjects;
    let exactRows: Map<string, number> | undefined;
    let dumped;
    const dumpStarted = Date.now();
    try {
      objects = await dumpedObjects(client, filter);
      step(`pg_dump ${tools.pgDump.version} (${tools.pgDump.path}) → ${shownPath(config.root, dumpPath)}, ${settings.format} format${settings.key ? ', encrypted' : ''}`);
      const dumping = runDump({
        pgDump: tools.pgDump.path,
        target,
        filter,
        format: settings.format,
        jobs: settings.jobs,
        snapshot: snapshot.id,
        out,
        key: settings.key?.value,
        progressEveryMs: PROGRESS_EVERY_MS,
        onProgress: (bytes) => ctx.emit({ type: 'stage-progress', stage: 'backup', step: 'dump', bytes, elapsedMs: Date.now() - dumpStarted }),
        diskFull,
      });
      // Deep verification compares exact counts: taken now, in the dump's snapshot, while pg_dump runs.
      const counting = settings.verify === 'restore' ? countRows(client, objects.tables) : Promise.resolve(undefined);
      const [dumpOutcome, counts] = await Promise.allSettled([dumping, counting]);
      if (dumpOutcome.status === 'rejected') throw dumpOutcome.reason;
      if (counts.status === 'rejected') throw new CheckFailed(`counting rows for deep verification failed: ${(counts.reason as Error).message}`);
      dumped = dumpOutcome.value;
      exactRows = counts.value;
    } finally {
      await snapshot.close();
    }
    const dumpMs = Date.now() - dumpStarted;
    ctx.emit({ type: 'stage-progress', stage: 'backup', step: 'dump', bytes: dumped.sizeBytes, elapsedMs: dumpMs, done: true });

    const verifyStarted = Date.now();
    step(`verifying: SHA-256 and pg_restore --list (${tools.pgRestore.version})`);
    const input = { path: out.tempPath, shown: shownPath(config.root, dumpPath), format: settings.format, key: settings.key?.value };
    const hashing: Promise<Digest & { files?: BackupFileEntry[] }> = settings.key
      ? hashAndAuthenticate(out.tempPath, settings.key.value)
      : settings.format === 'directory'
        ? hashFolder(out.tempPath)
        : hashFile(out.tempPath);
    const [digest, listing] = await Promise.all([
      hashing,
      listArchive(tools.pgRestore.path, input, target),
    ]);
    if (dumped.writtenSha256 && dumped.writtenSha256 !== digest.sha256) {
      throw new CheckFailed('the encrypted file on disk differs from what was written to it', { file: shownPath(config.root, dumpPath) });
    }
    const missing = missingFromToc(listing, objects);
    if (missing.length > 0) throw tocFailure(missing, shownPath(config.root, dumpPath));
    const verifyMs = Date.now() - verifyStarted;

    let deep: DeepVerification | undefined;
    if (settings.verify === 'restore') {
      step('deep verification: restoring into a scratch database');
      deep = await withScratchServer(ctx, settings, (server) =>
        verifyByRestore({
          pgRestore: tools.pgRestore.path,
          input,
          server,
          jobs: settings.jobs,
          expected: expectedObjects(objects, exactRows),
          onCleanupFailure: warn,
        }),
      );
    }

    const manifest: BackupManifest = {
      manifestVersion: 1,
      createdBy: `pg-promote ${VERSION}`,
      database: target.database,
      target: target.display,
      systemIdentifier: systemId,
      serverVersion: state.serverVersion,
      pgDump: { path: tools.pgDump.path, version: tools.pgDump.version },
      pgRestore: { path: tools.pgRestore.path, version: tools.pgRestore.version },
      takenAt: state.takenAt.toISOString(),
      walLsn: state.walLsn,
      inRecovery: state.inRecovery,
      sameSnapshot: snapshot.id !== undefined,
      format: settings.format,
      jobs: settings.jobs,
      encrypted: settings.key !== undefined,
      encryption: settings.key
        ? { algorithm: 'AES-256-GCM', chunkBytes: DEFAULT_CHUNK_BYTES, keyEnv: settings.key.env, keyId: keyId(settings.key.value) }
        : undefined,
      file: names.dump,
      sizeBytes: digest.sizeBytes,
      sha256: digest.sha256,
      files: digest.files,
      toc: listing.counts,
      tables: tableRows(objects, exactRows),
      views: objects.views.map(qualifiedName),
      policies: objects.policies.map(policyName),
      verification: { method: settings.verify, verifiedAt: new Date().toISOString(), deep },
      pitr,
      durationMs: Date.now() - started,
    };
    await commit(out, manifestPath, manifest, settings, config.root);
    return { backup: summary(manifest, tools, pitr, {
      path: shownPath(config.root, dumpPath),
      manifestPath: shownPath(config.root, manifestPath),
      timings: { dumpMs, verifyMs, deepMs: deep?.durationMs },
    }) };
  } finally {
    await out.discard();
  }
}

async function commit(out: PartialOutput, manifestPath: string, manifest: BackupManifest, settings: BackupSettings, root: string): Promise<void> {
  // Refused when a backup of that name exists: that one is never touched, let alone removed.
  await out.commit();
  try {
    await writeManifest(manifestPath, manifest);
  } catch (err) {
    // A dump whose manifest could not be written is not a backup: do not leave it looking like one.
    await rm(out.finalPath, { recursive: true, force: true });
    if (err instanceof PromoteError) throw err;
    throw dirError(settings.dir, `cannot write ${shownPath(root, manifestPath)}: ${(err as Error).message}; the backup was removed`);
  }
}

function expectedObjects(objects: DumpedObjects, exact: Map<string, number> | undefined) {
  return { tables: tableRows(objects, exact), views: objects.views.map(qualifiedName), policies: objects.policies.map(policyName) };
}

/** The target's own server by default; --scratch-url names another (never printed with its password). */
async function withScratchServer<T>(ctx: CommandContext<'backup'>, settings: BackupSettings, work: (server: ScratchServer) => Promise<T>): Promise<T> {
  if (!settings.scratch) return work({ admin: ctx.session.client, target: ctx.prepared.target });
  const { target } = settings.scratch;
  const admin = await connectClient(target, 'pg-promote verify');
  try {
    return await work({ admin, target });
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function summary(
  m: BackupManifest,
  tools: PgTools,
  pitr: PitrStatus,
  where: { path: string; manifestPath: string; timings: BackupSummary['timings'] },
): BackupSummary {
  return {
    path: where.path,
    manifestPath: where.manifestPath,
    database: m.database,
    format: m.format,
    encrypted: m.encrypted,
    sizeBytes: m.sizeBytes,
    sha256: m.sha256,
    walLsn: m.walLsn,
    takenAt: m.takenAt,
    pgDump: { path: tools.pgDump.path, version: tools.pgDump.version },
    verification: m.verification.method,
    toc: m.toc,
    deep: m.verification.deep,
    pitr,
    timings: where.timings,
    durationMs: m.durationMs,
  };
}
