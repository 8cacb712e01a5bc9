import { AT, HASH } from './char-codes.js';

/**
 * What the lexer (literals.ts) produces, and the character classes it reads by. String tokens
 * carry their decoded text and where each character of it came from.
 */
export interface StrToken {
  t: 'str';
  start: number;
  end: number;
  text: string;
  /**
   * Source offset of each character of text, for a literal with escapes or interpolations.
   * Without it the text is the source verbatim from `base`: most literals are, and one number
   * per character of every literal in a file was most of the lexer's allocation.
   */
  map?: number[];
  base: number;
  nl: boolean;
  depth: number;
}

/** Where the text's character k came from, or undefined when k is past its end. */
export function offsetOf(source: { text: string; map?: number[]; base?: number }, k: number): number | undefined {
  if (source.map) return source.map[k];
  return k >= 0 && k < source.text.length ? (source.base ?? 0) + k : undefined;
}

/** The source offset of the text's last character (undefined for empty text). */
export function lastOffsetOf(source: { text: string; map?: number[]; base?: number }): number | undefined {
  return source.map ? source.map[source.map.length - 1] : offsetOf(source, source.text.length - 1);
}

export interface CodeToken {
  t: 'id' | 'p' | 'num';
  start: number;
  end: number;
  value: string;
  nl: boolean;
  depth: number;
}

export type Token = StrToken | CodeToken;

export const PLACEHOLDER = '__';
export const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
export const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

export const isNl = (c: string | undefined) => c === '\n' || c === '\r';
/**
 * Identifier characters below 128 (a letter, digit, _ or $), by character code; every code
 * from 128 up is one too. A word's first character is one of these but not a digit.
 */
export const ID_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36) ID_PART[c] = 1;
}


/** Where the identifier whose rest starts at `from` ends. */
export function identifierEnd(src: string, from: number): number {
  let k = from;
  while (k < src.length) {
    const c = src.charCodeAt(k);
    if (c < 128 && ID_PART[c] === 0) break;
    k++;
  }
  return k;
}

/** Where a word ends that runs on past its identifier's end with @ and # (Ruby's `a@b`, C#'s `@"..."`). */
export function wordEnd(src: string, identifierEnd: number): number {
  const after = src.charCodeAt(identifierEnd);
  if (after !== AT && after !== HASH) return identifierEnd;
  let j = identifierEnd;
  while (j < src.length) {
    const c = src.charCodeAt(j);
    if (c < 128 && ID_PART[c] === 0 && c !== AT && c !== HASH) break;
    j++;
  }
  return j;
}
