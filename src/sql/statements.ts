/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */
import { LineLocator } from './position.js';

export interface SqlStatement {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  keywords: string[];
}

export interface PsqlMetaCommand {
  line: number;
  column: number;
  text: string;
}

export interface SplitResult {
  statements: SqlStatement[];
  metaCommands: PsqlMetaCommand[];
  unterminated?: { kind: 'string' | 'quoted identifier' | 'dollar quote' | 'block comment'; line: number; column: number };
}

type UnterminatedKind = NonNullable<SplitResult['unterminated']>['kind'];

const DOLLAR = 0x24;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

// PostgreSQL's whitespace; JavaScript's trim() would also eat U+00A0, which the server lexes as
// part of an identifier.
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// The server works on bytes and treats every non-ASCII byte as a letter; every UTF-16 unit of a
// non-ASCII character is >= 0x80, so the same test works here.
function isIdentStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

function isIdentCont(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === DOLLAR;
}

function asciiUpper(word: string): string {
  return word.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/** Index just past the closing quote, or -1 when the input ends first. */
function skipQuoted(sql: string, i: number, quote: number, backslashEscapes: boolean): number {
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
function skipBlockComment(sql: string, i: number): number {
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
function dollarDelimiterAt(sql: string, i: number): string | undefined {
  let j = i + 1;
  if (isIdentStart(sql.charCodeAt(j))) {
    j++;
    while (j < sql.length && (isIdentStart(sql.charCodeAt(j)) || isDigit(sql.charCodeAt(j)))) j++;
  }
  return sql.charCodeAt(j) === DOLLAR ? sql.slice(i, j + 1) : undefined;
}

/** Index just past a number or `$n` parameter, including identifier junk glued to its digits. */
function skipDigits(sql: string, i: number): number {
  while (i < sql.length && isDigit(sql.charCodeAt(i))) i++;
  // PostgreSQL 15+ and psql lex `1begin` as one junk number, not a number and a word.
  if (isIdentStart(sql.charCodeAt(i))) while (i < sql.length && isIdentCont(sql.charCodeAt(i))) i++;
  return i;
}

const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);

/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
  private words: string[] = [];
  private count = 0;
  depth = 0;

  word(word: string, parenDepth: number): void {
    const lower = word.toLowerCase();
    if (this.count < 4 && ROUTINE_WORDS.has(lower)) this.words[this.count] = lower;
    this.count++;
    const [w0, w1, w2, w3] = this.words;
    const routine =
      w0 === 'create' &&
      (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
    if (!routine || parenDepth !== 0) return;
    if (lower === 'begin') this.depth++;
    else if (lower === 'case' && this.depth >= 1) this.depth++;
    else if (lower === 'end' && this.depth > 0) this.depth--;
  }
}

export function splitStatements(sql: string): SplitResult {
  const n = sql.length;
  const locator = new LineLocator(sql);
  const statements: SqlStatement[] = [];
  const metaCommands: PsqlMetaCommand[] = [];
  let unterminated: SplitResult['unterminated'];

  let start = -1;
  let parenDepth = 0;
  let blocks = new BlockTracker();
  let keywords: string[] = [];
  let keywordsOpen = true;

  const token = (at: number, word?: string): void => {
    if (start < 0) start = at;
    if (word === undefined) {
      keywordsOpen = false;
      return;
    }
    if (keywordsOpen && keywords.length < 3) keywords.push(asciiUpper(word));
    blocks.word(word, parenDepth);
  };
  const finish = (before: number): void => {
    if (start >= 0) {
      let end = before;
      while (end > start && isSpace(sql.charCodeAt(end - 1))) end--;
      const { line, column } = locator.locate(start);
      statements.push({ text: sql.slice(start, end), start, end, line, column, keywords });
    }
    start = -1;
    parenDepth = 0;
    blocks = new BlockTracker();
    keywords = [];
    keywordsOpen = true;
  };
  const fail = (kind: UnterminatedKind, at: number): void => {
    unterminated = { kind, ...locator.locate(at) };
  };

  let i = 0;
  // A byte-order mark is an encoding artifact, not the first character of a statement.
  if (sql.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n && unterminated === undefined) {
    const c = sql.charCodeAt(i);
    const next = sql.charCodeAt(i + 1);
    if (isSpace(c)) {
      i++;
    } else if (c === 0x2d && next === 0x2d) {
      while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR) i++;
    } else if (c === 0x2f && next === 0x2a) {
      const after = skipBlockComment(sql, i);
      if (after < 0) fail('block comment', i);
      else i = after;
    } else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
      token(i);
      const after = skipQuoted(sql, c === QUOTE ? i + 1 : i + 2, QUOTE, c !== QUOTE);
      if (after < 0) fail('string', i);
      else i = after;
    } else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
      token(i);
      const quote = sql.charCodeAt(i + 2);
      const after = skipQuoted(sql, i + 3, quote, false);
      if (after < 0) fail(quote === QUOTE ? 'string' : 'quoted identifier', i);
      else i = after;
    } else if (c === DQUOTE) {
      token(i);
      const after = skipQuoted(sql, i + 1, DQUOTE, false);
      if (after < 0) fail('quoted identifier', i);
      else i = after;
    } else if (c === DOLLAR) {
      token(i);
      const delimiter = isDigit(next) ? undefined : dollarDelimiterAt(sql, i);
      if (delimiter === undefined) {
        i = isDigit(next) ? skipDigits(sql, i + 1) : i + 1;
      } else {
        const close = sql.indexOf(delimiter, i + delimiter.length);
        if (close < 0) fail('dollar quote', i);
        else i = close + delimiter.length;
      }
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentCont(sql.charCodeAt(j))) j++;
      token(i, sql.slice(i, j));
      i = j;
    } else if (isDigit(c)) {
      token(i);
      i = skipDigits(sql, i);
    } else if (c === 0x3b) {
      // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
      if (start >= 0 && (parenDepth > 0 || blocks.depth > 0)) token(i);
      else finish(i);
      i++;
    } else if (c === BACKSLASH) {
      // A meta-command line is psql's, never the server's: it ends the statement before it.
      finish(i);
      let j = i + 1;
      while (j < n && !isSpace(sql.charCodeAt(j)) && sql.charCodeAt(j) !== BACKSLASH) j++;
      metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
      while (j < n && sql.charCodeAt(j) !== LF && sql.charCodeAt(j) !== CR) j++;
      i = sql.charCodeAt(j) === CR && sql.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
    } else {
      token(i);
      if (c === 0x28) parenDepth++;
      else if (c === 0x29 && parenDepth > 0) parenDepth--;
      i++;
    }
  }
  if (unterminated === undefined) finish(n);

  const result: SplitResult = { statements, metaCommands };
  if (unterminated !== undefined) result.unterminated = unterminated;
  return result;
}

/**
 * The tokens of one statement, lexed as the splitter lexes (E'' strings with backslash
 * escapes, U&'' strings, nested comments, dollar quotes): words upper-cased, a string literal
 * as `'` + its upper-cased text + `'`, a quoted name as `"`, a dollar-quoted body as `'`, a
 * number as its digits, anything else one character each. Stops after `limit` tokens.
 */
export function statementTokens(sql: string, limit = Number.POSITIVE_INFINITY): string[] {
  const tokens: string[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    const c = sql.charCodeAt(i);
    const next = sql.charCodeAt(i + 1);
    let after: number;
    if (isSpace(c)) {
      i++;
      continue;
    } else if (c === 0x2d && next === 0x2d) {
      while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR) i++;
      continue;
    } else if (c === 0x2f && next === 0x2a) {
      after = skipBlockComment(sql, i);
      i = after < 0 ? n : after;
      continue;
    } else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
      const from = c === QUOTE ? i + 1 : i + 2;
      after = skipQuoted(sql, from, QUOTE, c !== QUOTE);
      tokens.push(`'${asciiUpper(sql.slice(from, after < 0 ? n : after - 1))}'`);
    } else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
      const quote = sql.charCodeAt(i + 2);
      after = skipQuoted(sql, i + 3, quote, false);
      tokens.push(quote === QUOTE ? `'${asciiUpper(sql.slice(i + 3, after < 0 ? n : after - 1))}'` : '"');
    } else if (c === DQUOTE) {
      after = skipQuoted(sql, i + 1, DQUOTE, false);
      tokens.push('"');
    } else if (c === DOLLAR && !isDigit(next) && dollarDelimiterAt(sql, i) !== undefined) {
      const delimiter = dollarDelimiterAt(sql, i)!;
      const close = sql.indexOf(delimiter, i + delimiter.length);
      after = close < 0 ? n : close + delimiter.length;
      tokens.push("'");
    } else if (isIdentStart(c)) {
      after = i + 1;
      while (after < n && isIdentCont(sql.charCodeAt(after))) after++;
      tokens.push(asciiUpper(sql.slice(i, after)));
    } else if (isDigit(c)) {
      after = i;
      while (after < n && (isDigit(sql.charCodeAt(after)) || sql.charCodeAt(after) === 0x2e)) after++;
      tokens.push(sql.slice(i, after));
    } else {
      after = i + 1;
      tokens.push(sql[i]!);
    }
    i = after < 0 ? n : after;
  }
  return tokens;
}
