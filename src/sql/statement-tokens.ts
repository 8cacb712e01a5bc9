import { DOLLAR, QUOTE, DQUOTE, LF, CR, isSpace, isDigit, isIdentStart, isIdentCont, asciiUpper, skipQuoted, skipBlockComment, dollarDelimiterAt } from './lexer-rules.js';

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
