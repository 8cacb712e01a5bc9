/** What the lexer (src/boundary/lexer.ts) produces: string literals carry their decoded text and where each character came from. */
interface Place {
  start: number;
  end: number;
  /** A line broke before it. */
  nl: boolean;
  depth: number;
}

/**
 * Text and where it comes from: an offset per character (map), or the source verbatim from base
 * (text[k] is at base + k); neither for whole-file text, where offsets are the text's own.
 */
export interface LocatedText {
  text: string;
  map?: number[];
  base?: number;
}

export interface StrToken extends Place, LocatedText {
  t: 'str';
  base: number;
}

export interface CodeToken extends Place {
  t: 'id' | 'p' | 'num';
  value: string;
}

export type Token = StrToken | CodeToken;

/** Where the text's character k came from, or undefined when k is past its end. */
export function offsetOf(source: LocatedText, k: number): number | undefined {
  if (source.map) return source.map[k];
  return k >= 0 && k < source.text.length ? (source.base ?? 0) + k : undefined;
}

/** The source offset of the text's last character (undefined for empty text). */
export function lastOffsetOf(source: LocatedText): number | undefined {
  return source.map ? source.map[source.map.length - 1] : offsetOf(source, source.text.length - 1);
}

export const isP = (t: Token | undefined, v: string): boolean => t?.t === 'p' && t.value === v;
export const idOf = (t: Token | undefined): string | undefined => (t?.t === 'id' ? t.value : undefined);
export const textOf = (t: Token | undefined): string | undefined => (t?.t === 'str' ? t.text : undefined);

/** The parenthesis matching the one at `from`: rightwards from a `(` (step 1), leftwards from a `)` (step -1). */
export function matching(tokens: readonly Token[], from: number, step: 1 | -1): number {
  const [same, other] = step > 0 ? ['(', ')'] : [')', '('];
  let depth = 0;
  for (let k = from; k >= 0 && k < tokens.length; k += step) {
    if (isP(tokens[k], same)) depth++;
    else if (isP(tokens[k], other) && --depth === 0) return k;
  }
  return step > 0 ? tokens.length : -1;
}

/** Index of the token before the member accessor in front of token i (`.`, `?.`, `->`, `::`), or -1. */
export function accessorBefore(tokens: readonly Token[], i: number): number {
  if (isP(tokens[i - 1], '.')) return isP(tokens[i - 2], '?') ? i - 3 : i - 2;
  if (isP(tokens[i - 1], '>') && isP(tokens[i - 2], '-')) return i - 3;
  if (isP(tokens[i - 1], ':') && isP(tokens[i - 2], ':')) return i - 3;
  return -1;
}
