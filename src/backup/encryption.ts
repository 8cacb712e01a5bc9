import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { configError, UsageError, PromoteError } from '../errors/promote-error.js';

/**
 * Encrypted backups: AES-256-GCM in independently authenticated chunks (the STREAM
 * construction, as age and Tink use). A single GCM stream would only authenticate at its very
 * end, so nothing could be trusted before the last byte; with chunks each piece is checked
 * before it is used, chunk numbers in the nonces stop reordering, and a "last chunk" flag in
 * the last nonce turns truncation at a chunk boundary into an authentication failure.
 *
 *   header  "PGPRENC1" | chunk size (uint32 BE) | salt (32) | key id (8)        = 52 bytes
 *   chunk   ciphertext (chunk size; the last one up to chunk size, empty only for empty input) | tag (16)
 *
 * Each file has its own key, HKDF-SHA256(master key, salt), so nonces never repeat across
 * files. The header is the additional authenticated data of every chunk.
 */
const MAGIC = Buffer.from('PGPRENC1', 'ascii');
export const HEADER_BYTES = MAGIC.length + 4 + 32 + 8;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const HKDF_INFO = Buffer.from('pg-promote backup AES-256-GCM v1');

/** The master key from the environment variable the config names; its value is never echoed. */
export function keyFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const raw = env[name]?.trim();
  const where = { key: 'backup.encryption_key_env' };
  if (!raw) throw configError(`${name} is not set (it should hold the backup key: 32 bytes as 64 hex characters or base64)`, where);
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) {
    const key = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === 32) return key;
  }
  throw configError(`${name} does not hold a 32-byte key (expected 64 hex characters or base64 of 32 bytes; generate one with: openssl rand -hex 32)`, where);
}

/** A fingerprint that identifies the key without revealing it (a PRF output, not a hash of the key). */
export function keyId(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('pg-promote key id').digest('hex').slice(0, 16);
}

function fileKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, HKDF_INFO, 32));
}

function nonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeBigUInt64BE(BigInt(counter), 3);
  n[11] = last ? 1 : 0;
  return n;
}

/** Queued input: chunks are cut from it without copying every arriving piece into one buffer. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;

  push(b: Buffer): void {
    if (b.length === 0) return;
    this.parts.push(b);
    this.length += b.length;
  }

  take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const head = this.parts[0]!;
      const used = Math.min(head.length, n - filled);
      head.copy(out, filled, 0, used);
      filled += used;
      if (used === head.length) this.parts.shift();
      else this.parts[0] = head.subarray(used);
    }
    this.length -= n;
    return out;
  }
}

export class EncryptStream extends Transform {
  private readonly queue = new ByteQueue();
  private readonly header: Buffer;
  private readonly key: Buffer;
  private counter = 0;
  plaintextBytes = 0;

  constructor(
    masterKey: Buffer,
    private readonly chunkBytes = DEFAULT_CHUNK_BYTES,
  ) {
    super();
    const salt = randomBytes(32);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(chunkBytes);
    this.header = Buffer.concat([MAGIC, size, salt, Buffer.from(keyId(masterKey), 'hex')]);
    this.key = fileKey(masterKey, salt);
    this.push(this.header);
  }

  private seal(plain: Buffer, last: boolean): void {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.counter++, last));
    cipher.setAAD(this.header);
    this.push(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.queue.push(chunk);
    this.plaintextBytes += chunk.length;
    // Strictly more than a chunk queued: the chunk sealed now is certainly not the last.
    while (this.queue.length > this.chunkBytes) this.seal(this.queue.take(this.chunkBytes), false);
    done();
  }

  override _flush(done: TransformCallback): void {
    this.seal(this.queue.take(this.queue.length), true);
    done();
  }
}

export class DecryptError extends Error {}

/** Emits plaintext only after its chunk authenticated; any damage, truncation or wrong key is an error. */
export class DecryptStream extends Transform {
  private readonly queue = new ByteQueue();
  private header?: Buffer;
  private key?: Buffer;
  private chunkBytes = 0;
  private counter = 0;
  plaintextBytes = 0;

  constructor(private readonly masterKey: Buffer) {
    super();
  }

  private readHeader(): void {
    const header = this.queue.take(HEADER_BYTES);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new DecryptError('not a pg-promote encrypted backup (bad header)');
    this.chunkBytes = header.readUInt32BE(MAGIC.length);
    if (this.chunkBytes < 1 || this.chunkBytes > MAX_CHUNK_BYTES) throw new DecryptError('damaged header (chunk size)');
    const id = header.subarray(MAGIC.length + 36).toString('hex');
    if (id !== keyId(this.masterKey)) throw new DecryptError(`encrypted with another key (key id ${id}, this key's id is ${keyId(this.masterKey)})`);
    this.key = fileKey(this.masterKey, header.subarray(MAGIC.length + 4, MAGIC.length + 36));
    this.header = header;
  }

  private open(sealed: Buffer, last: boolean): void {
    const decipher = createDecipheriv('aes-256-gcm', this.key!, nonce(this.counter, last));
    decipher.setAAD(this.header!);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new DecryptError(last ? `chunk ${this.counter} failed authentication: the file was altered or truncated` : `chunk ${this.counter} failed authentication: the file was altered`);
    }
    this.counter++;
    this.plaintextBytes += plain.length;
    this.push(plain);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.queue.push(chunk);
      if (!this.header && this.queue.length >= HEADER_BYTES) this.readHeader();
      const sealedBytes = this.chunkBytes + TAG_BYTES;
      while (this.header && this.queue.length > sealedBytes) this.open(this.queue.take(sealedBytes), false);
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (!this.header) throw new DecryptError('truncated: shorter than the header');
      if (this.queue.length < TAG_BYTES) throw new DecryptError('truncated: the last chunk is missing');
      this.open(this.queue.take(this.queue.length), true);
      done();
    } catch (err) {
      done(err as Error);
    }
  }
}

/** A decryption failure as the error restore reports: the database has not been touched. */
export function decryptFailure(file: string, err: unknown, keyEnv: string): PromoteError {
  const message = (err as Error).message;
  if (/another key/.test(message)) {
    return configError(`the key in ${keyEnv} is not the key this backup was encrypted with (${message.replace(/^(encrypted with )?another key:? ?/, '')})`, { key: keyEnv, file });
  }
  return new UsageError(`cannot be decrypted: ${message}; nothing was restored`, { file });
}
