import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import type { ConnectionTarget } from '../db/connection-url.js';
import type { PromoteError } from '../errors/promote-error.js';
import type { SchemaFilter } from './catalog.js';
import { isDiskFull, describeFsError, type PartialOutput } from './backup-paths.js';
import { sizeOnDisk } from './checksum.js';
import { EncryptStream } from './encryption.js';
import { dbnameArg, spawnFailure, startTool, toolFailure } from './pg-tool.js';

export interface DumpJob {
  pgDump: string;
  target: ConnectionTarget;
  format: 'custom' | 'directory';
  jobs: number;
  /** backup.schemas and backup.exclude_schemas: exact names. */
  filter: SchemaFilter;
  /** An exported snapshot: pg_dump dumps exactly what the catalog checks saw. */
  snapshot?: string;
  out: PartialOutput;
  /** Encrypt as written: pg_dump writes to a pipe, only ciphertext reaches the disk. */
  key?: Buffer;
  onProgress: (bytes: number) => void;
  progressEveryMs: number;
  diskFull: (detail: string) => PromoteError;
}

export interface DumpOutcome {
  sizeBytes: number;
  /** Encrypted dumps only: SHA-256 of the ciphertext as it was written. */
  writtenSha256?: string;
}

/**
 * The runbook's `pg_dump --format=custom --file=...`. Unencrypted, pg_dump writes the file
 * itself: a seekable file lets it record data offsets in the table of contents, which
 * selective and parallel restores need, and it costs Node nothing.
 */
export async function runDump(job: DumpJob): Promise<DumpOutcome> {
  const args = [`--format=${job.format}`, '--no-password', dbnameArg(job.target)];
  if (job.snapshot) args.push(`--snapshot=${job.snapshot}`);
  // pg_dump reads patterns; a name quoted as an identifier is taken literally.
  for (const name of job.filter.schemas ?? []) args.push(`--schema=${pg.escapeIdentifier(name)}`);
  for (const name of job.filter.exclude) args.push(`--exclude-schema=${pg.escapeIdentifier(name)}`);
  if (job.format === 'directory' && job.jobs > 1) args.push(`--jobs=${job.jobs}`);
  const encrypted = job.key !== undefined;
  try {
    // Created here with owner-only permissions, which pg_dump keeps when it writes into them.
    if (job.format === 'directory') await mkdir(job.out.tempPath, { mode: 0o700 });
    else if (!encrypted) await (await open(job.out.tempPath, 'wx', 0o600)).close();
  } catch (err) {
    if (isDiskFull(err)) throw job.diskFull(describeFsError(err));
    throw err;
  }
  if (!encrypted) args.push(`--file=${job.out.tempPath}`);

  let running;
  try {
    running = startTool(job.pgDump, args, { target: job.target, stdout: encrypted ? 'pipe' : 'ignore' });
  } catch (err) {
    throw spawnFailure('pg_dump', job.pgDump, err);
  }
  const exitPromise = running.exit.catch((err: unknown) => {
    throw spawnFailure('pg_dump', job.pgDump, err);
  });

  let written = 0;
  const ticker = setInterval(() => {
    void (encrypted ? Promise.resolve(written) : sizeOnDisk(job.out.tempPath)).then(job.onProgress);
  }, job.progressEveryMs);
  try {
    if (!encrypted) {
      const exit = await exitPromise;
      if (exit.code !== 0) throw toolFailure('pg_dump', exit, { target: job.target, doing: 'the dump failed', diskFull: job.diskFull });
      return { sizeBytes: await sizeOnDisk(job.out.tempPath) };
    }
    const hash = createHash('sha256');
    let writeError: unknown;
    const writing = pipeline(
      running.child.stdout!,
      new EncryptStream(job.key!),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          written += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(job.out.tempPath, { flags: 'wx', mode: 0o600 }),
    ).catch((err: unknown) => {
      writeError = err;
      running.child.kill('SIGTERM');
    });
    const [exit] = await Promise.all([exitPromise, writing]);
    if (writeError) {
      if (isDiskFull(writeError)) throw job.diskFull(describeFsError(writeError));
      throw writeError;
    }
    if (exit.code !== 0) throw toolFailure('pg_dump', exit, { target: job.target, doing: 'the dump failed', diskFull: job.diskFull });
    return { sizeBytes: written, writtenSha256: hash.digest('hex') };
  } finally {
    clearInterval(ticker);
  }
}
