import { isDigit, isIdentCont as isIdPart, isSpace } from '../sql/lexer-rules.js';
import type { Interpolation, LanguageProfile, QuoteForm } from './languages.js';
import { heredocAt, lineEnd, prefixedForm, regexLiteralEnd } from './string-forms.js';
import type { CodeToken, StrToken, Token } from './tokens.js';

/**
 * A tolerant lexer for source files of any language: it finds string literals (with their
 * decoded text and where each character came from), skips comments, and keeps the code tokens
 * for fragment joining and the query-builder check. A wrong guess about one string must only
 * cost that string: a single-line string that never closes is a quote character, no more.
 * Interpolations become `__`, an identifier, so `eng_${x}` still reads as a name starting with eng_.
 */
export const PLACEHOLDER = '__';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

const isNl = (c: string | undefined) => c === '\n' || c === '\r';

/** The tokens, and whether the code is broken: a bracket closed that was never opened or left open, a multi-line string never closed. */
export function lex(src: string, profile: LanguageProfile): { tokens: Token[]; broken: boolean } {
  const lexer = new Lexer(src, profile);
  lexer.code(0, false);
  return { tokens: lexer.tokens, broken: lexer.broken || lexer.depth > 0 };
}

class Lexer {
  readonly tokens: Token[] = [];
  private nl = true;
  depth = 0;
  broken = false;
  /** Heredoc bodies already taken as strings: from the line end before each to the end of its closing line. */
  private readonly skip = new Map<number, number>();
  private readonly longConcat: string[];
  /** Characters that may open a comment, a string, a heredoc or a regular expression (all ASCII), by code: only these take the full checks. */
  private readonly openers: Uint8Array;

  constructor(
    private readonly src: string,
    private readonly profile: LanguageProfile,
  ) {
    this.longConcat = profile.concat.filter((o) => o.length > 1);
    const opens = [...profile.blockComments.map((b) => b[0]), ...profile.lineComments, ...profile.quotes.map((q) => q.open), profile.heredoc ? '<' : '', profile.regexLiterals ? '/' : ''];
    this.openers = new Uint8Array(128);
    for (const o of opens) if (o) this.openers[o.charCodeAt(0)] = 1;
  }

  /** Lexes code from i to the end, or (untilBrace) to the brace closing an interpolation: returns the index after it. */
  code(i: number, untilBrace: boolean): number {
    const src = this.src;
    let braces = 0;
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (isSpace(c)) {
        i = this.skip.size > 0 ? (this.skip.get(i) ?? i + 1) : i + 1;
        this.nl ||= c === 10 || c === 13;
        continue;
      }
      const next = isIdPart(c) || c === 64 ? (isDigit(c) ? this.number(i) : this.word(i)) : c < 128 && this.openers[c] === 1 ? this.opened(i, c) : -1;
      if (next >= 0) {
        i = next;
        continue;
      }
      const ch = src[i]!;
      if (untilBrace && ch === '{') braces++;
      else if (untilBrace && ch === '}' && braces-- === 0) return i + 1;
      if (ch === ')' || ch === ']' || ch === '}') {
        this.broken ||= this.depth === 0;
        this.depth = Math.max(0, this.depth - 1);
      }
      const len = this.longConcat.length > 0 ? (this.longConcat.find((o) => src.startsWith(o, i))?.length ?? 1) : 1;
      this.push('p', i, i + len);
      if (ch === '(' || ch === '[' || ch === '{') this.depth++;
      i += len;
    }
    return src.length;
  }

  /** What starts at i, when it is more than one character of punctuation: the index after it, or -1. */
  private opened(i: number, c: number): number {
    const { src, profile } = this;
    for (const [open, close] of profile.blockComments) {
      if (src.startsWith(open, i) && (open !== '=begin' || i === 0 || isNl(src[i - 1]))) return this.skipBlock(i, open, close);
    }
    const lc = profile.lineComments.find((l) => src.startsWith(l, i));
    if (lc && (!profile.commentAtWordStart || i === 0 || /[\s;|&(]/.test(src[i - 1]!))) return lineEnd(src, i);
    const doc = profile.heredoc && src.startsWith('<<', i) ? heredocAt(src, i, profile.heredoc) : undefined;
    if (doc) {
      this.push({ t: 'str', start: i, end: doc.end, text: src.slice(doc.contentStart, doc.contentEnd), base: doc.contentStart, nl: this.nl, depth: this.depth });
      this.skip.set(doc.bodyStart, doc.skipTo);
      return doc.end;
    }
    const form = profile.quotes.find((q) => src.startsWith(q.open, i));
    // Unclosed (an apostrophe in JSX text, say): the quote is just a character.
    const end = form ? this.string(i, i, form) : -1;
    if (end > 0) return end;
    const regexEnd = c === 47 && profile.regexLiterals && this.regexAllowed() ? regexLiteralEnd(src, i) : -1;
    if (regexEnd > 0) this.push('p', i, regexEnd);
    return regexEnd;
  }

  private number(i: number): number {
    let j = i + 1;
    while (j < this.src.length && (isIdPart(this.src.charCodeAt(j)) || this.src[j] === '.')) j++;
    this.push('num', i, j);
    return j;
  }

  /**
   * An identifier, or a string with a prefix glued to it (r"", f'', @"..."). Its identifier
   * stops at an @ or # inside it (`a@b`), but the word runs on; a lone @ is left to the caller as punctuation.
   */
  private word(i: number): number {
    const src = this.src;
    let k = i;
    while (isIdPart(src.charCodeAt(k))) k++;
    let j = k;
    while (isIdPart(src.charCodeAt(j)) || src[j] === '@' || src[j] === '#') j++;
    const q = src[j];
    const form = q === '"' || q === "'" || q === '`' ? prefixedForm(src, this.profile, src.slice(i, j), j) : undefined;
    const end = form ? this.string(j, i, form) : -1;
    if (end > 0) return end;
    if (k > i) this.push('id', i, k);
    return k > i ? k : -1;
  }

  /** A string literal whose opener starts at i (its prefix at openAt): the index after it, or -1 when it never closes. */
  private string(i: number, openAt: number, form: QuoteForm): number {
    const { src } = this;
    const { close, escapes, interpolation } = form;
    const base = i + form.open.length;
    const first = close[0];
    let j = base;
    // Most literals are their source verbatim: text and map are built only from the first character that is not.
    let text = '';
    let map: number[] | undefined;
    const closeCode = close.charCodeAt(0);
    for (;;) {
      if (!map) j = this.verbatimRun(j, closeCode, interpolation !== undefined);
      if (j >= src.length) {
        this.broken ||= form.multiline;
        return -1;
      }
      const c = src[j]!;
      if (c === first && src.startsWith(close, j) && !(escapes === 'doubled' && src.startsWith(close, j + close.length))) break;
      if (isNl(c) && !form.multiline) return -1;
      let took = 1;
      let decoded = c;
      let after = -1;
      if (c === first && src.startsWith(close, j)) {
        decoded = close;
        took = 2 * close.length;
      } else if (c === '\\' && escapes === 'backslash') {
        const next = src[j + 1];
        if (next === undefined) return -1;
        // A line continuation joins the lines: nothing goes into the text.
        decoded = isNl(next) ? '' : (ESCAPES[next] ?? next);
        took = next === '\r' && src[j + 2] === '\n' ? 3 : 2;
      } else if (c === '\\' && escapes === 'quote-only' && (src[j + 1] === '\\' || src.startsWith(close, j + 1))) {
        decoded = src[j + 1]!;
        took = 2;
      } else if (interpolation === '{}' && (src.startsWith('{{', j) || src.startsWith('}}', j))) {
        took = 2;
      } else if (interpolation) {
        after = this.interpolationEnd(j, interpolation);
      }
      if (!map && took === 1 && after <= j) {
        j++;
        continue;
      }
      if (!map) {
        text = src.slice(base, j);
        map = Array.from({ length: j - base }, (_, k) => base + k);
      }
      if (after > j) {
        text += PLACEHOLDER;
        // The stand-in's two characters map to the interpolation's first and last: a name
        // ending in one is shown as the source spells it.
        map.push(j, after - 1);
        j = after;
        continue;
      }
      if (decoded) {
        text += decoded;
        map.push(j);
      }
      j += took;
    }
    const end = j + close.length;
    this.push({ t: 'str', start: openAt, end, text: map ? text : src.slice(base, j), map, base, nl: this.nl, depth: this.depth });
    return end;
  }

  /** From j, the first character that may close, escape or interpolate a literal, or break its line: the rest are its text as they are. */
  private verbatimRun(j: number, closeCode: number, interpolates: boolean): number {
    const src = this.src;
    for (; j < src.length; j++) {
      const c = src.charCodeAt(j);
      if (c === closeCode || c === 92 || c === 10 || c === 13 || (interpolates && (c === 36 || c === 35 || c === 123 || c === 125))) return j;
    }
    return j;
  }

  /** End of the interpolation starting at j, or -1 when there is none. Its code is lexed: it may hold strings and builder calls. */
  private interpolationEnd(j: number, kind: Interpolation): number {
    const src = this.src;
    const c = src[j];
    if (src[j + 1] === '{' && (c === '$' ? kind === '${}' || kind === '$' : c === '#' && kind === '#{}')) return this.code(j + 2, true);
    if (kind === '{}' && c === '{' && src[j + 1] !== '{') return this.code(j + 1, true);
    if (kind === '$' && c === '$') {
      if (src[j + 1] === '(') return this.skipBlock(j + 1, '(', ')', true);
      let k = j + 1;
      while (k < src.length && /[A-Za-z0-9_]/.test(src[k]!)) k++;
      return k > j + 1 ? k : -1;
    }
    return -1;
  }

  /** A block comment, or (nested) a shell's $( ): the index after its closer. Its line breaks set nl, which only Python's docstring test reads. */
  private skipBlock(i: number, open: string, close: string, nested = this.profile.nestedBlockComments): number {
    const src = this.src;
    let d = 1;
    for (let j = i + open.length; j < src.length; ) {
      if (nested && src.startsWith(open, j)) {
        d++;
        j += open.length;
      } else if (src.startsWith(close, j)) {
        j += close.length;
        if (--d === 0) return j;
      } else {
        if (isNl(src[j])) this.nl = true;
        j++;
      }
    }
    return src.length;
  }

  private regexAllowed(): boolean {
    const prev = this.tokens[this.tokens.length - 1];
    if (prev?.t === 'id') return REGEX_AFTER_WORDS.has(prev.value);
    // After a string or a number, or a closing bracket, a slash divides.
    return !prev || (prev.t === 'p' && prev.value !== ')' && prev.value !== ']' && prev.value !== '}');
  }

  private push(t: CodeToken['t'] | StrToken, start = 0, end = 0): void {
    this.tokens.push(typeof t === 'object' ? t : { t, start, end, value: this.src.slice(start, end), nl: this.nl, depth: this.depth });
    this.nl = false;
  }
}
