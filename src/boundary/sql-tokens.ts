import { DOLLAR, DQUOTE, QUOTE, dollarDelimiterAt, isDigit, isIdentCont, isIdentStart, skipBlockComment, skipQuoted } from '../sql/lexer-rules.js';

/**
 * A forgiving SQL tokenizer: it never fails, whatever the text (a fragment cut mid-statement,
 * a psql variable, a Python %s). Comments and whitespace vanish, so patterns over the tokens
 * see `INSERT /* x *\/ INTO\n eng . t` as INSERT INTO eng.t.
 */
export interface SqlToken {
  kind: 'word' | 'qident' | 'str' | 'num' | 'param' | 'op';
  /** Words lower-cased, quoted identifiers unquoted (case kept), strings decoded roughly. */
  value: string;
  start: number;
  end: number;
}

const PYFORMAT = /%(?:\([A-Za-z0-9_]{1,36}\))?[sdr]/y;

export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  const n = text.length;
  let i = 0;
  const push = (kind: SqlToken['kind'], end: number, value = text.slice(i, end)) => {
    tokens.push({ kind, value, start: i, end });
    i = end;
  };
  const idEnd = (j: number) => {
    while (j < n && isIdentCont(text.charCodeAt(j))) j++;
    return j;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      i++;
    } else if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = skipBlockComment(text, i);
      i = end < 0 ? n : end;
    } else if (c === QUOTE || c === DQUOTE || ((c === 0x45 || c === 0x65) && text.charCodeAt(i + 1) === QUOTE && !isIdentCont(text.charCodeAt(i - 1)))) {
      // An E'' string takes backslash escapes; every form takes its quote doubled. Unclosed, it runs to the end.
      const escapes = c !== QUOTE && c !== DQUOTE;
      const quote = c === DQUOTE ? '"' : "'";
      const from = escapes ? i + 2 : i + 1;
      const after = skipQuoted(text, from, quote.charCodeAt(0), escapes);
      const body = text.slice(from, after < 0 ? n : after - 1);
      const value = escapes ? body.replace(/\\([\s\S]?)|''/g, (_, escaped?: string) => escaped ?? "'") : body.replaceAll(quote + quote, quote);
      push(quote === '"' ? 'qident' : 'str', after < 0 ? n : after, value);
    } else if (c === DOLLAR) {
      const tag = dollarDelimiterAt(text, i);
      const close = tag ? text.indexOf(tag, i + tag.length) : -1;
      if (tag) push('str', close < 0 ? n : close + tag.length, text.slice(i + tag.length, close < 0 ? n : close));
      else push('param', idEnd(i + 1));
    } else if (isIdentStart(c)) {
      const end = idEnd(i + 1);
      push('word', end, text.slice(i, end).toLowerCase());
    } else if (isDigit(c)) {
      let end = i + 1;
      while (end < n && /[0-9.eE_xXa-fA-F]/.test(text[end]!)) end++;
      push('num', end);
    } else {
      // ? and Python's %s, %(name)s are client-side parameters.
      PYFORMAT.lastIndex = i;
      const param = c === 0x3f ? '?' : c === 0x25 ? PYFORMAT.exec(text)?.[0] : undefined;
      push(param ? 'param' : 'op', i + (param?.length ?? 1));
    }
  }
  return tokens;
}

export interface QualifiedName {
  /** Parts lower-cased when unquoted, as written when quoted. */
  parts: string[];
  written: string;
  start: number;
  end: number;
  /** Index of the token after the name. */
  next: number;
}

export const isName = (t: SqlToken | undefined): t is SqlToken => t !== undefined && (t.kind === 'word' || t.kind === 'qident');

/** schema.name, "schema"."name", db.schema.name or a bare name starting at token i. */
export function readQualifiedName(tokens: readonly SqlToken[], i: number, text: string): QualifiedName | undefined {
  const first = tokens[i];
  if (!isName(first)) return undefined;
  let j = i + 1;
  while (j < i + 5 && tokens[j]?.kind === 'op' && tokens[j]!.value === '.' && isName(tokens[j + 1])) j += 2;
  const names = tokens.slice(i, j).filter(isName);
  const written = names.map((t) => text.slice(t.start, t.end)).join('.');
  return { parts: names.map((t) => t.value), written, start: first.start, end: tokens[j - 1]!.end, next: j };
}

/** Schema and object of a name of 1 to 3 parts, lower-cased for comparison. */
export function splitName(parts: readonly string[]): { schema?: string; name: string } {
  const [name, schema] = parts.map((p) => p.toLowerCase()).reverse();
  return { schema, name: name! };
}
