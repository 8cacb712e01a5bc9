import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DecryptStream } from './encryption.js';
import type { BackupFileEntry } from './types.js';

const READ_CHUNK = 1024 * 1024;

export interface Digest {
  sha256: string;
  sizeBytes: number;
}

/** Sinks bytes; a stream's end we only want to reach, not keep. */
const discard = (): Writable =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

function tap(hash: Hash, counter: { bytes: number }) {
  return async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      yield chunk;
    }
  };
}

export async function hashFile(file: string): Promise<Digest> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  await pipeline(createReadStream(file, { highWaterMark: READ_CHUNK }), tap(hash, counter), discard());
  return { sha256: hash.digest('hex'), sizeBytes: counter.bytes };
}

/**
 * A directory-format dump: every file's digest, and one SHA-256 over the sorted list
 * ("<sha256>  <name>\n" per file, as sha256sum prints it), so one value stands for the folder.
 */
export async function hashFolder(dir: string): Promise<Digest & { files: BackupFileEntry[] }> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  const files: BackupFileEntry[] = [];
  for (const name of names) {
    const digest = await hashFile(path.join(dir, name));
    files.push({ name, sizeBytes: digest.sizeBytes, sha256: digest.sha256 });
  }
  const listing = files.map((f) => `${f.sha256}  ${f.name}\n`).join('');
  return {
    sha256: createHash('sha256').update(listing).digest('hex'),
    sizeBytes: files.reduce((sum, f) => sum + f.sizeBytes, 0),
    files,
  };
}

/**
 * One read of an encrypted dump: the SHA-256 of what is stored, and every chunk authenticated
 * (decrypted into nothing). Nothing plaintext is written anywhere.
 */
export async function hashAndAuthenticate(file: string, masterKey: Buffer): Promise<Digest & { plaintextBytes: number }> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  const decrypt = new DecryptStream(masterKey);
  await pipeline(createReadStream(file, { highWaterMark: READ_CHUNK }), tap(hash, counter), decrypt, discard());
  return { sha256: hash.digest('hex'), sizeBytes: counter.bytes, plaintextBytes: decrypt.plaintextBytes };
}

/** Bytes on disk so far, for progress while pg_dump writes a file or folder itself. */
export async function sizeOnDisk(target: string): Promise<number> {
  try {
    const info = await stat(target);
    if (!info.isDirectory()) return info.size;
    const entries = await readdir(target, { withFileTypes: true });
    const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(path.join(target, e.name)).then((s) => s.size, () => 0)));
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}
