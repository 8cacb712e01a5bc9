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

const isIdStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
const isIdPart = (c: number) => isIdStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x24;
const QUOTED = /'((?:[^']|'')*)'?/y;
const E_QUOTED = /'((?:[^'\\]|''|\\[\s\S]?)*)'?/y;
const QUOTED_IDENT = /"((?:[^"]|"")*)"?/y;

export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      i++;
    } else if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text.startsWith('/*', i)) (depth++, (i += 2));
        else if (text.startsWith('*/', i)) (depth--, (i += 2));
        else i++;
      }
    } else if (c === 0x27 || ((c === 0x45 || c === 0x65) && text.charCodeAt(i + 1) === 0x27 && !isIdPart(text.charCodeAt(i - 1)))) {
      // An E'' string takes backslash escapes; both take '' for a quote. Unclosed, it runs to the end.
      const plain = c === 0x27;
      const quoted = plain ? QUOTED : E_QUOTED;
      quoted.lastIndex = plain ? i : i + 1;
      const body = quoted.exec(text)![1]!;
      const value = plain ? body.replace(/''/g, "'") : body.replace(/\\([\s\S]?)|''/g, (_, escaped?: string) => escaped ?? "'");
      tokens.push({ kind: 'str', value, start: i, end: quoted.lastIndex });
      i = quoted.lastIndex;
    } else if (c === 0x22) {
      QUOTED_IDENT.lastIndex = i;
      const m = QUOTED_IDENT.exec(text)!;
      tokens.push({ kind: 'qident', value: m[1]!.replace(/""/g, '"'), start: i, end: QUOTED_IDENT.lastIndex });
      i = QUOTED_IDENT.lastIndex;
    } else if (c === 0x24) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? n : close + tag[0].length;
        tokens.push({ kind: 'str', value: text.slice(i + tag[0].length, close < 0 ? n : close), start: i, end });
        i = end;
      } else {
        const start = i++;
        while (i < n && isIdPart(text.charCodeAt(i))) i++;
        tokens.push({ kind: 'param', value: text.slice(start, i), start, end: i });
      }
    } else if (isIdStart(c)) {
      const start = i++;
      while (i < n && isIdPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'word', value: text.slice(start, i).toLowerCase(), start, end: i });
    } else if (c >= 0x30 && c <= 0x39) {
      const start = i++;
      while (i < n && /[0-9.eE_xXa-fA-F]/.test(text[i]!)) i++;
      tokens.push({ kind: 'num', value: text.slice(start, i), start, end: i });
    } else if (c === 0x3f) {
      tokens.push({ kind: 'param', value: '?', start: i, end: i + 1 });
      i++;
    } else if (c === 0x25 && /^%(?:\([A-Za-z0-9_]+\))?[sdr]/.test(text.slice(i, i + 40))) {
      const m = /^%(?:\([A-Za-z0-9_]+\))?[sdr]/.exec(text.slice(i, i + 40))!;
      tokens.push({ kind: 'param', value: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
    } else {
      tokens.push({ kind: 'op', value: text[i]!, start: i, end: i + 1 });
      i++;
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

const isName = (t: SqlToken | undefined): t is SqlToken => t !== undefined && (t.kind === 'word' || t.kind === 'qident');

/** schema.name, "schema"."name", db.schema.name or a bare name starting at token i. */
export function readQualifiedName(tokens: readonly SqlToken[], i: number, text: string): QualifiedName | undefined {
  const first = tokens[i];
  if (!isName(first)) return undefined;
  const parts = [first.value];
  const pieces = [text.slice(first.start, first.end)];
  let j = i + 1;
  while (parts.length < 3 && tokens[j]?.kind === 'op' && tokens[j]!.value === '.' && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]!.value);
    pieces.push(text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end));
    j += 2;
  }
  return { parts, written: pieces.join('.'), start: first.start, end: tokens[j - 1]!.end, next: j };
}

/** Schema and object of a name of 1 to 3 parts, lower-cased for comparison. */
export function splitName(parts: readonly string[]): { schema?: string; name: string } {
  const lower = parts.map((p) => p.toLowerCase());
  const name = lower[lower.length - 1]!;
  return lower.length >= 2 ? { schema: lower[lower.length - 2], name } : { name };
}
