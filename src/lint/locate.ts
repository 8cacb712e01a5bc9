import type { ScanToken } from 'libpg-query';
import { scanTokens } from '../sql/parser.js';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Positions inside one statement. The parser counts bytes of UTF-8; JavaScript strings count
 * UTF-16 units; and some tree nodes (an ALTER TABLE's subcommands) carry no location at all,
 * so those are found in the statement's tokens, scanned only when a finding needs them.
 * Offsets are in the text that was parsed: `base` is where the statement starts in it (its
 * byte offset in the file when the whole file was parsed at once, else 0).
 */
export class StatementLocator {
  private tokenCache: ScanToken[] | undefined;
  private readonly ascii: boolean;
  private bytes: Buffer | undefined;

  constructor(
    readonly text: string,
    readonly base = 0,
  ) {
    this.ascii = ASCII.test(text);
  }

  /** UTF-16 offset in the statement text of a parser byte offset. */
  toUtf16(byteOffset: number): number {
    const at = Math.max(0, byteOffset - this.base);
    if (this.ascii) return Math.min(at, this.text.length);
    this.bytes ??= Buffer.from(this.text, 'utf8');
    return this.bytes.subarray(0, at).toString('utf8').length;
  }

  private tokens(): ScanToken[] {
    this.tokenCache ??= scanTokens(this.text)
      .filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT')
      .map((t) => (this.base === 0 ? t : { ...t, start: t.start + this.base, end: t.end + this.base }));
    return this.tokenCache;
  }

  /**
   * Byte offset of the first token of ALTER TABLE's subcommand `index`: the commands follow the
   * table name and are separated by commas outside parentheses.
   */
  alterCommand(relationAt: number | undefined, index: number): number {
    const tokens = this.tokens();
    let i = tokens.findIndex((t) => t.start >= (relationAt ?? this.base));
    if (i < 0) return relationAt ?? this.base;
    // The name: ident(.ident)*, then an optional `*` (descendant tables).
    i++;
    while (tokens[i]?.text === '.' && tokens[i + 1]) i += 2;
    if (tokens[i]?.text === '*') i++;
    let depth = 0;
    let command = 0;
    for (; i < tokens.length; i++) {
      const token = tokens[i] as ScanToken;
      if (command === index) return token.start;
      if (token.text === '(') depth++;
      else if (token.text === ')') depth--;
      else if (token.text === ',' && depth === 0) command++;
    }
    return relationAt ?? this.base;
  }

  /** Byte offset of the first token spelled `word` (any case) at or after `from`; else `from`. */
  keyword(word: string, from: number): number {
    const upper = word.toUpperCase();
    return this.tokens().find((t) => t.start >= from && t.text.toUpperCase() === upper)?.start ?? from;
  }
}
