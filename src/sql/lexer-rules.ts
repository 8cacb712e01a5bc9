/**
 * The character classes and skips of psql's lexer (psqlscan.l) that both the statement splitter
 * and the statement tokenizer use, on UTF-16 code units.
 */
export const DOLLAR = 0x24;
export const QUOTE = 0x27;
export const DQUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LF = 0x0a;
export const CR = 0x0d;

// PostgreSQL's whitespace; JavaScript's trim() would also eat U+00A0, which the server lexes as
// part of an identifier.
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// The server works on bytes and treats every non-ASCII byte as a letter; every UTF-16 unit of a
// non-ASCII character is >= 0x80, so the same test works here.
export function isIdentStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

export function isIdentCont(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === DOLLAR;
}

// toUpperCase() alone would also change non-ASCII letters, which the server leaves alone.
export function asciiUpper(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.replace(/[a-z]+/g, (s) => s.toUpperCase()) : word.toUpperCase();
}

/** Index just past the closing quote, or -1 when the input ends first. */
export function skipQuoted(sql: string, i: number, quote: number, backslashEscapes: boolean): number {
  while (i < sql.length) {
    const c = sql.charCodeAt(i);
    if (backslashEscapes && c === BACKSLASH) {
      i += 2;
    } else if (c === quote) {
      if (sql.charCodeAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else {
      i++;
    }
  }
  return -1;
}

/** Index just past the closing of the block comment opened at i, or -1. Comments nest. */
export function skipBlockComment(sql: string, i: number): number {
  let depth = 1;
  let j = i + 2;
  while (j < sql.length) {
    const c = sql.charCodeAt(j);
    const next = sql.charCodeAt(j + 1);
    if (c === 0x2f && next === 0x2a) {
      depth++;
      j += 2;
    } else if (c === 0x2a && next === 0x2f) {
      j += 2;
      if (--depth === 0) return j;
    } else {
      j++;
    }
  }
  return -1;
}

/** The `$tag$` delimiter starting at i, if one does; `$1` and a lone `$` are not delimiters. */
export function dollarDelimiterAt(sql: string, i: number): string | undefined {
  let j = i + 1;
  if (isIdentStart(sql.charCodeAt(j))) {
    j++;
    while (j < sql.length && (isIdentStart(sql.charCodeAt(j)) || isDigit(sql.charCodeAt(j)))) j++;
  }
  return sql.charCodeAt(j) === DOLLAR ? sql.slice(i, j + 1) : undefined;
}

/** Index just past a number or `$n` parameter, including identifier junk glued to its digits. */
export function skipDigits(sql: string, i: number): number {
  while (i < sql.length && isDigit(sql.charCodeAt(i))) i++;
  // PostgreSQL 15+ and psql lex `1begin` as one junk number, not a number and a word.
  if (isIdentStart(sql.charCodeAt(i))) while (i < sql.length && isIdentCont(sql.charCodeAt(i))) i++;
  return i;
}
