/**
 * What the lexer (literals.ts) produces, and the character classes it reads by. String tokens
 * carry their decoded text and, for every character of it, the offset it came from.
 */
export interface StrToken {
  t: 'str';
  start: number;
  end: number;
  text: string;
  /** Source offset of each character of text. */
  map: number[];
  nl: boolean;
  depth: number;
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

const isIdStartCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 0x80;
export const isIdStart = (c: string) => isIdStartCode(c.charCodeAt(0));
export const isIdPart = (c: string) => {
  const k = c.charCodeAt(0);
  return isIdStartCode(k) || (k >= 48 && k <= 57);
};
export const isNl = (c: string | undefined) => c === '\n' || c === '\r';
/** The rest of a word after its first character: identifier characters, and @ and # (Ruby's @x, C#'s @"..."). */
export const WORD_REST = /[\w$\u0080-\uffff@#]*/y;
export const AT_OR_HASH = /[@#]/;
