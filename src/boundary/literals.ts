import type { Interpolation, LanguageProfile, QuoteForm } from './languages.js';
import { LexState } from './lex-state.js';
import { regexLiteralEnd } from './regex-literal.js';
import { heredocAt, lineEnd, prefixedForm } from './string-forms.js';
import { ESCAPES, ID_PART, identifierEnd, isNl, PLACEHOLDER, wordEnd, type Token } from './tokens.js';
import { plainRunFor, verbatimEnd } from './verbatim.js';
import { AT, CLOSE_BRACE, CR, DOT, NL, OPEN_BRACE } from './char-codes.js';

export type { CodeToken, StrToken, Token } from './tokens.js';

/**
 * 'all' keeps every code token (the query-builder check walks call chains). 'around-strings'
 * keeps only the two code tokens before each string and the one after it: all that fragment
 * extraction looks at (a callee and its parenthesis, a concatenation operator), and far fewer
 * objects on a large file.
 */
export type CodeTokens = 'all' | 'around-strings';

/**
 * A tolerant lexer for source files of any language: it finds string literals (with their
 * decoded text and, for every character, the offset it came from), skips comments, and keeps
 * the code tokens around them for the query-builder check. Interpolations become `__`, an
 * identifier, so `eng_${x}` still reads as a name starting with eng_.
 */
export function lex(src: string, profile: LanguageProfile, codeTokens: CodeTokens = 'all', until = Infinity): Token[] {
  const lexer = new Lexer(src, profile, codeTokens === 'all');
  lexer.until = until;
  lexer.code(0, false);
  return lexer.tokens;
}

const NONE: [] = [];

/** One lex of one file: comments, strings, heredocs and regular expressions, around the fast path over plain code. */
class Lexer extends LexState {
  /**
   * Where the caller's interest ends: past it, the lex stops as soon as two code tokens have
   * followed the last string, since no string after that can be joined to one before it.
   */
  until = Infinity;

  /** Lexes code from i to the text's end, or (untilBrace) to the brace closing an interpolation: returns the index after it. */
  code(i: number, untilBrace: boolean): number {
    const src = this.src;
    const n = this.n;
    let braces = 0;
    while (i < n) {
      if (i >= this.until && !untilBrace && this.t2 !== '') return i;
      i = this.codeRun(i, untilBrace);
      if (i >= n) break;
      // What the run stopped at: a character that may open something, a word before a quote,
      // or a brace in an interpolation.
      const c = src.charCodeAt(i);
      const next = this.special(i, c);
      if (next >= 0) {
        i = next;
        continue;
      }
      // Punctuation after all: as in the run, with a longer operator's length.
      if (untilBrace) {
        if (c === OPEN_BRACE) braces++;
        else if (c === CLOSE_BRACE && braces-- === 0) return i + 1;
      }
      let len = 1;
      for (const o of this.table.longConcat) {
        if (src.startsWith(o, i)) {
          len = o.length;
          break;
        }
      }
      const ch = src[i];
      if (ch === '(' || ch === '[' || ch === '{') {
        this.push('p', i, i + 1);
        this.depth++;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        this.depth = Math.max(0, this.depth - 1);
        this.push('p', i, i + 1);
      } else {
        this.push('p', i, i + len);
      }
      i += len;
    }
    return n;
  }

  /**
   * A character that may open a comment, a string, a heredoc or a regular expression: the
   * index after what it opened, or -1 when it is punctuation after all.
   */
  private special(i: number, c: number): number {
    const src = this.src;
    const profile = this.profile;
    const table = this.table;
    const special = c < 128 && table.openers[c] === 1;
    if (special) {
      for (const block of table.blocksAt[c] ?? NONE) {
        const open = block[0];
        if (src.startsWith(open, i) && (open !== '=begin' || i === 0 || isNl(src[i - 1]))) return this.skipBlock(i, open, block[1]);
      }
      for (const lc of table.lineCommentsAt[c] ?? NONE) {
        if (!src.startsWith(lc, i)) continue;
        if (!profile.commentAtWordStart || i === 0 || /[\s;|&(]/.test(src[i - 1]!)) return lineEnd(src, i);
        break;
      }
    }
    if (profile.heredoc && src[i] === '<' && src[i + 1] === '<') {
      const heredoc = heredocAt(src, i, profile.heredoc);
      if (heredoc) {
        this.pushString({ t: 'str', start: i, end: heredoc.end, text: src.slice(heredoc.contentStart, heredoc.contentEnd), base: heredoc.contentStart, nl: this.nl, depth: this.depth });
        this.nl = false;
        (this.skip ??= new Map()).set(heredoc.bodyStart, heredoc.skipTo);
        return heredoc.end;
      }
    }
    if (c < 128 ? ID_PART[c] === 1 && !(c >= 48 && c <= 57) : true) return this.word(i, c);
    if (c === AT) return this.word(i, c);
    let form: QuoteForm | undefined;
    if (special) {
      for (const q of table.quotesAt[c] ?? NONE) {
        if (src.startsWith(q.open, i)) {
          form = q;
          break;
        }
      }
    }
    if (form) {
      const end = this.string(i, i, form, false, form.interpolation);
      if (end > 0) return end;
      // Unclosed (an apostrophe in JSX text, say): the quote is just a character.
      this.push('p', i, i + 1);
      return i + 1;
    }
    if (src[i] === '/' && profile.regexLiterals && this.regexAllowed()) {
      const end = regexLiteralEnd(src, i);
      if (end > 0) {
        this.push('p', i, end);
        return end;
      }
    }
    if (c >= 48 && c <= 57) return this.number(i);
    return -1;
  }

  /**
   * An identifier, or a string with a prefix glued to it (r"", f'', @"..."). The word runs to
   * its end; its identifier stops at an @ or # inside it (`a@b`), and a word starting with @ is
   * punctuation. Only a word before a quote needs its text.
   */
  private word(i: number, c: number): number {
    const src = this.src;
    const k = c === AT ? i : identifierEnd(src, i + 1);
    const j = wordEnd(src, k);
    const stringPrefix = this.profile.stringPrefix;
    if (stringPrefix) {
      const q = src[j];
      if (q === '"' || q === "'" || q === '`') {
        const word = src.slice(i, j);
        if (stringPrefix.test(word)) {
          const spec = prefixedForm(src, this.profile, this.table.quotesAt[src.charCodeAt(j)], word, j);
          if (spec) {
            const end = this.string(j, i, spec.form, spec.raw, spec.interpolation ?? (spec.raw ? undefined : spec.form.interpolation), spec.close ?? spec.form.close);
            if (end > 0) return end;
          }
        }
      }
    }
    if (k > i) this.push('id', i, k);
    else this.push('p', i, i + 1);
    return Math.max(k, i + 1);
  }

  private number(i: number): number {
    const src = this.src;
    const n = this.n;
    let j = i + 1;
    while (j < n) {
      const d = src.charCodeAt(j);
      if (d < 128 && ID_PART[d] === 0 && d !== DOT) break;
      j++;
    }
    this.push('num', i, j);
    return j;
  }

  /** A string literal whose opener starts at i (openAt: where its prefix starts): the index after it, or -1 when it never closes. */
  private string(i: number, openAt: number, form: QuoteForm, raw: boolean, interpolation: Interpolation | undefined, close = form.close): number {
    const src = this.src;
    const n = this.n;
    let j = i + form.open.length;
    const escapes = raw ? 'none' : form.escapes;
    const plainEnd = verbatimEnd(src, j, form, close, escapes, interpolation);
    if (plainEnd >= 0) {
      this.pushString({ t: 'str', start: openAt, end: plainEnd + close.length, text: src.slice(j, plainEnd), base: j, nl: this.nl, depth: this.depth });
      this.nl = false;
      return plainEnd + close.length;
    }
    // Characters that are text as they stand are taken a run at a time; the ones that may
    // close, escape or interpolate are read one by one.
    const run = plainRunFor(form, close, escapes, interpolation);
    let text = '';
    const map: number[] = [];
    for (;;) {
      run.lastIndex = j;
      run.test(src);
      const runEnd = run.lastIndex;
      if (runEnd > j) {
        text += src.slice(j, runEnd);
        for (let k = j; k < runEnd; k++) map.push(k);
        j = runEnd;
      }
      if (j >= n) return -1;
      if (src.startsWith(close, j)) {
        if (escapes === 'doubled' && src.startsWith(close, j + close.length)) {
          text += close;
          map.push(j);
          j += 2 * close.length;
          continue;
        }
        j += close.length;
        break;
      }
      const c = src[j]!;
      if (isNl(c) && !form.multiline) return -1;
      if (c === '\\' && escapes === 'backslash') {
        const next = src[j + 1];
        if (next === undefined) return -1;
        if (isNl(next)) {
          // A line continuation joins the lines: nothing goes into the text.
          j += next === '\r' && src[j + 2] === '\n' ? 3 : 2;
          continue;
        }
        text += ESCAPES[next] ?? next;
        map.push(j);
        j += 2;
        continue;
      }
      if (c === '\\' && escapes === 'quote-only' && (src[j + 1] === '\\' || src.startsWith(close, j + 1))) {
        text += src[j + 1];
        map.push(j);
        j += 2;
        continue;
      }
      const after = interpolation ? this.interpolationEnd(j, interpolation) : -1;
      if (after > j) {
        text += PLACEHOLDER;
        // The stand-in's two characters map to the interpolation's first and last: a name
        // ending in one is shown as the source spells it.
        map.push(j, after - 1);
        j = after;
        continue;
      }
      if (interpolation === '{}' && (src.startsWith('{{', j) || src.startsWith('}}', j))) {
        text += c;
        map.push(j);
        j += 2;
        continue;
      }
      text += c;
      map.push(j);
      j++;
    }
    this.pushString({ t: 'str', start: openAt, end: j, text, map, base: i + form.open.length, nl: this.nl, depth: this.depth });
    this.nl = false;
    return j;
  }

  /** End of the interpolation starting at j, or -1 when there is none. Its code is lexed: it may hold strings and builder calls. */
  private interpolationEnd(j: number, kind: Interpolation): number {
    const src = this.src;
    const c = src[j];
    if ((kind === '${}' || kind === '$') && c === '$' && src[j + 1] === '{') return this.code(j + 2, true);
    if (kind === '#{}' && c === '#' && src[j + 1] === '{') return this.code(j + 2, true);
    if (kind === '{}' && c === '{' && src[j + 1] !== '{') return this.code(j + 1, true);
    if (kind === '\\()' && c === '\\' && src[j + 1] === '(') return this.balanced(j + 1, '(', ')');
    if (kind === '$' && c === '$') {
      if (src[j + 1] === '(') return this.balanced(j + 1, '(', ')');
      let k = j + 1;
      while (k < this.n && /[A-Za-z0-9_]/.test(src[k]!)) k++;
      return k > j + 1 ? k : -1;
    }
    return -1;
  }

  private balanced(j: number, open: string, close: string): number {
    const src = this.src;
    let d = 0;
    for (let k = j; k < this.n; k++) {
      if (src[k] === open) d++;
      else if (src[k] === close && --d === 0) return k + 1;
    }
    return this.n;
  }

  private skipBlock(i: number, open: string, close: string): number {
    const src = this.src;
    const n = this.n;
    let j = i + open.length;
    if (!this.profile.nestedBlockComments) {
      // Without nesting, the first close ends the comment: a string search finds it, and all
      // that matters of the text before it is whether a line breaks there.
      const end = src.indexOf(close, j);
      const stop = end < 0 ? n : end;
      for (let k = j; k < stop; k++) {
        const c = src.charCodeAt(k);
        if (c === NL || c === CR) {
          this.nl = true;
          break;
        }
      }
      return end < 0 ? n : end + close.length;
    }
    let d = 1;
    while (j < n) {
      if (src.startsWith(open, j)) {
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
    return n;
  }
}
