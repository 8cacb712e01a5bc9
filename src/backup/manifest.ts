import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { usageError, PromoteError } from '../errors/promote-error.js';
import type { BackupManifest } from './types.js';

/**
 * The manifest is the backup's certificate: written last, only after verification, under a
 * temporary name renamed into place. Its presence is what makes a dump a backup.
 */
const tool = z.object({ path: z.string(), version: z.string() });
const pitr = z.object({ status: z.enum(['ready', 'warning', 'error', 'unknown']), message: z.string() }).passthrough();

const manifestSchema = z
  .object({
    manifestVersion: z.literal(1),
    createdBy: z.string(),
    database: z.string().min(1),
    target: z.string(),
    systemIdentifier: z.string().optional(),
    serverVersion: z.string(),
    pgDump: tool,
    pgRestore: tool,
    takenAt: z.iso.datetime(),
    walLsn: z.string().optional(),
    inRecovery: z.boolean(),
    sameSnapshot: z.boolean(),
    format: z.enum(['custom', 'directory']),
    jobs: z.number().int().min(1),
    encrypted: z.boolean(),
    encryption: z
      .object({ algorithm: z.literal('AES-256-GCM'), chunkBytes: z.number().int().positive(), keyEnv: z.string(), keyId: z.string() })
      .optional(),
    file: z.string().min(1).refine((f) => !f.includes('/') && !f.includes('\\') && f !== '..' && f !== '.', 'must be a name beside the manifest'),
    sizeBytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    files: z.array(z.object({ name: z.string(), sizeBytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).optional(),
    toc: z.object({ tables: z.number(), views: z.number(), policies: z.number(), entries: z.number() }),
    tables: z.array(z.object({ schema: z.string(), name: z.string(), rowEstimate: z.number().nullable(), rows: z.number().optional() })),
    views: z.array(z.string()),
    policies: z.array(z.string()),
    verification: z.object({ method: z.enum(['list', 'restore']), verifiedAt: z.iso.datetime(), deep: z.object({}).passthrough().optional() }).passthrough(),
    pitr,
    durationMs: z.number(),
  })
  .passthrough()
  .refine((m) => !m.encrypted || m.encryption !== undefined, { message: 'encrypted without encryption details', path: ['encryption'] });

/** Reads and validates a manifest; every problem names the file (exit 2: bad input). */
export function readManifest(file: string, shown: string, key: string): BackupManifest {
  let text: string;
  try {
    if (statSync(file).size > 64 * 1024 * 1024) throw usageError('too large to be a backup manifest', { file: shown, key });
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof PromoteError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : (err as Error).message;
    throw usageError(`backup manifest ${why} (every verified backup has its <name>.manifest.json beside it)`, { file: shown, key });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw usageError('not a pg-promote backup manifest (not JSON)', { file: shown, key });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(`not a valid pg-promote backup manifest: ${issue.path.join('.') || '(top level)'}: ${issue.message}`, { file: shown, key });
  }
  return parsed.data as unknown as BackupManifest;
}

export async function writeManifest(file: string, manifest: BackupManifest): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.partial-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The dump a manifest describes: its `file`, in the manifest's folder. */
export const dumpPathOf = (manifestFile: string, manifest: BackupManifest): string => path.join(path.dirname(manifestFile), manifest.file);
