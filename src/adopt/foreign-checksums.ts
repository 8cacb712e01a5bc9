import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ForeignEntry, ForeignHistory } from './foreign-history.js';

// CRC-32 (IEEE 802.3, java.util.zip.CRC32's), table-driven; zlib.crc32 is missing before Node 20.15.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The checksum Flyway records for a SQL migration: it reads the file line by line (a line ends
 * at \n, \r or \r\n, which are dropped), feeds each line's UTF-8 bytes to one CRC32, and stores
 * the value as a signed 32-bit integer. Line endings therefore never count; a BOM is dropped.
 */
export function flywayChecksum(content: string): number {
  const lines = content.replace(/^\uFEFF/, '').replace(/[\r\n]/g, '');
  return crc32(Buffer.from(lines, 'utf8')) | 0;
}

/**
 * Prisma's: the SHA-256 (hex) of migration.sql. Prisma accepts a file checksummed with either
 * line ending (a checkout on Windows), so both are tried.
 */
export function prismaChecksums(content: string): string[] {
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const lf = content.replace(/\r\n/g, '\n');
  return [...new Set([sha(content), sha(lf), sha(lf.replace(/\n/g, '\r\n'))])];
}

/** What a checksum is computed over: the file's text as read, and its bytes on disk where a tool hashes those (Sqitch). */
export interface ChecksummedFile {
  content: string;
  /** Where the file is; without it, its bytes are the text's UTF-8. */
  abs?: string;
}

/**
 * Whether the file still is what the tool applied, for the tools that keep a checksum of the
 * same text; undefined when there is nothing to compare (no checksum, or one of another kind).
 */
export function checksumMatches(tool: ForeignHistory['tool'], entry: Pick<ForeignEntry, 'checksum' | 'checksumFormat'>, file: ChecksummedFile): { matches: boolean; computed: string } | undefined {
  const recorded = entry.checksum;
  if (recorded === undefined) return undefined;
  if (tool === 'flyway') {
    const computed = String(flywayChecksum(file.content));
    if (entry.checksumFormat !== 'flyway-3') return { matches: computed === recorded.trim(), computed };
    // Flyway 3 hashed the whole text, line endings included; a table Flyway 4 upgraded holds the line-wise one.
    const whole = String(crc32(Buffer.from(file.content.replace(/^\uFEFF/, ''), 'utf8')) | 0);
    return { matches: whole === recorded.trim() || computed === recorded.trim(), computed: whole };
  }
  if (tool === 'prisma') {
    const computed = prismaChecksums(file.content);
    return { matches: computed.includes(recorded.trim().toLowerCase()), computed: computed[0]! };
  }
  if (tool === 'sqitch') {
    const bytes = file.abs === undefined ? Buffer.from(file.content, 'utf8') : readFileSync(file.abs);
    const computed = createHash('sha1').update(bytes).digest('hex');
    return { matches: computed === recorded.trim().toLowerCase(), computed };
  }
  return undefined;
}
