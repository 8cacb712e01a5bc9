/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */
import { LineLocator } from './position.js';
import { DOLLAR, QUOTE, DQUOTE, BACKSLASH, LF, CR, isSpace, isDigit, isIdentStart, isIdentCont, asciiUpper, skipQuoted, skipBlockComment, dollarDelimiterAt, skipDigits } from './lexer-rules.js';

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

const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);

/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
  private words: string[] = [];
  private count = 0;
  private routine = false;
  depth = 0;

  /** Whether a word can still matter: the first four decide whether this is a routine at all. */
  get listening(): boolean {
    return this.count < 4 || this.routine;
  }

  word(word: string, parenDepth: number): void {
    const lower = word.toLowerCase();
    if (this.count < 4) {
      if (ROUTINE_WORDS.has(lower)) this.words[this.count] = lower;
      this.count++;
      const [w0, w1, w2, w3] = this.words;
      this.routine =
        w0 === 'create' &&
        (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
    }
    if (!this.routine || parenDepth !== 0) return;
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

  const token = (at: number): void => {
    if (start < 0) start = at;
    keywordsOpen = false;
  };
  // Most words are neither among a statement's first keywords nor in a routine's body: a
  // migration run splits every file, so those are not even cut out of the text.
  const word = (at: number, end: number): void => {
    if (start < 0) start = at;
    const keyword = keywordsOpen && keywords.length < 3;
    if (!keyword && !blocks.listening) return;
    const text = sql.slice(at, end);
    if (keyword) keywords.push(asciiUpper(text));
    blocks.word(text, parenDepth);
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
      word(i, j);
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
