import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { ConnectionTarget } from '../db/connection-url.js';
import { DecryptStream } from './encryption.js';
import { spawnFailure, startTool, type ToolExit } from './pg-tool.js';

/** A dump as pg_restore reads it: a file or folder by name, or an encrypted file decrypted into its stdin. */
export interface ArchiveInput {
  path: string;
  /** How messages name it (the final name, not a temporary one). */
  shown: string;
  format: 'custom' | 'directory';
  /** Set for encrypted dumps: decrypted on the fly, never to disk. */
  key?: Buffer;
}

export interface RestoreToolRun {
  exit: ToolExit;
  /** Set when decrypting into pg_restore failed (damage found mid-stream). */
  decryptError?: Error;
}

/**
 * Runs pg_restore over an archive. For an encrypted archive it is fed through stdin, each
 * chunk authenticated before it is passed on; if a chunk fails, pg_restore is killed first,
 * so a half-fed restore in a single transaction rolls back instead of committing.
 */
export async function runPgRestore(
  tool: string,
  args: string[],
  input: ArchiveInput,
  options: { target: ConnectionTarget; stdout?: 'pipe' | 'ignore'; onStdout?: (chunk: Buffer) => void; onFed?: (bytes: number) => void },
): Promise<RestoreToolRun> {
  const encrypted = input.key !== undefined;
  const fileArgs = encrypted ? [] : [input.path];
  let running;
  try {
    running = startTool(tool, [...args, ...fileArgs], { target: options.target, stdin: encrypted ? 'pipe' : 'ignore', stdout: options.stdout ?? 'ignore' });
  } catch (err) {
    throw spawnFailure('pg_restore', tool, err);
  }
  const { child } = running;
  if (options.onStdout) child.stdout?.on('data', options.onStdout);
  const exitPromise = running.exit.catch((err: unknown) => {
    throw spawnFailure('pg_restore', tool, err);
  });
  if (!encrypted) return { exit: await exitPromise };

  const decrypt = new DecryptStream(input.key!);
  let fed = 0;
  let decryptError: Error | undefined;
  const feeding = pipeline(
    createReadStream(input.path, { highWaterMark: 1024 * 1024 }),
    decrypt,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        fed += chunk.length;
        options.onFed?.(fed);
        yield chunk;
      }
    },
    child.stdin!,
  ).catch((err: NodeJS.ErrnoException) => {
    // pg_restore --list stops reading after the table of contents: a closed pipe is expected.
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_PREMATURE_CLOSE' || err.code === 'ERR_STREAM_DESTROYED') return;
    decryptError = err;
    child.kill('SIGKILL');
  });
  const [exit] = await Promise.all([exitPromise, feeding]);
  return { exit, decryptError };
}
