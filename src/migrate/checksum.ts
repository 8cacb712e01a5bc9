import { createHash } from 'node:crypto';

/**
 * SHA-256 of the file as an author sees it: a leading BOM dropped and CRLF/CR line endings
 * folded to LF, so a Windows checkout (core.autocrlf) does not look like an edited file.
 */
export function normaliseSql(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(normaliseSql(text), 'utf8').digest('hex');
}
