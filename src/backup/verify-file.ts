import { statSync } from 'node:fs';
import { usageError } from '../errors/promote-error.js';
import { hashAndAuthenticate, hashFile, hashFolder } from './checksum.js';
import { decryptFailure, keyId } from './encryption.js';
import type { BackupManifest } from './types.js';

/**
 * Before a restore touches anything: the dump is the one its manifest describes, byte for
 * byte, and an encrypted dump decrypts and authenticates from its first chunk to its last.
 * Every failure is bad input (exit 2) naming the file.
 */
export async function checkAgainstManifest(manifest: BackupManifest, dumpPath: string, shown: string, key?: { value: Buffer; env: string }): Promise<void> {
  let info;
  try {
    info = statSync(dumpPath);
  } catch {
    throw usageError(`not found (the manifest names ${manifest.file})`, { file: shown });
  }
  const isFolder = manifest.format === 'directory';
  if (info.isDirectory() !== isFolder) {
    throw usageError(`does not match its manifest: expected a ${isFolder ? 'folder (directory format)' : 'file (custom format)'}`, { file: shown });
  }
  if (!isFolder && info.size !== manifest.sizeBytes) {
    throw usageError(`does not match its manifest: ${info.size} bytes, the manifest says ${manifest.sizeBytes} (truncated or replaced)`, { file: shown });
  }
  if (manifest.encrypted) {
    if (!key) throw usageError('is encrypted and no key was given', { file: shown });
    if (manifest.encryption && keyId(key.value) !== manifest.encryption.keyId) {
      throw decryptFailure(shown, new Error(`another key: its key id is ${keyId(key.value)}, the manifest says ${manifest.encryption.keyId}`), key.env);
    }
    let digest;
    try {
      digest = await hashAndAuthenticate(dumpPath, key.value);
    } catch (err) {
      throw decryptFailure(shown, err, key.env);
    }
    if (digest.sha256 !== manifest.sha256) throw checksumMismatch(shown, digest.sha256, manifest.sha256);
    return;
  }
  if (isFolder) {
    const digest = await hashFolder(dumpPath);
    if (digest.sha256 === manifest.sha256) return;
    const expected = new Map((manifest.files ?? []).map((f) => [f.name, f.sha256]));
    const changed = digest.files.filter((f) => expected.get(f.name) !== f.sha256).map((f) => f.name);
    const missing = [...expected.keys()].filter((name) => !digest.files.some((f) => f.name === name));
    const which = [...changed.map((n) => `${n} differs`), ...missing.map((n) => `${n} missing`)].slice(0, 5).join(', ');
    throw usageError(`does not match its manifest: ${which || 'file list differs'}`, { file: shown });
  }
  const digest = await hashFile(dumpPath);
  if (digest.sha256 !== manifest.sha256) throw checksumMismatch(shown, digest.sha256, manifest.sha256);
}

function checksumMismatch(shown: string, actual: string, expected: string) {
  return usageError(`does not match its manifest: sha256 ${actual.slice(0, 16)}…, the manifest says ${expected.slice(0, 16)}… (altered or corrupted)`, {
    file: shown,
  });
}
