import type { Interpolation, LanguageProfile, QuoteForm } from './languages.js';
import { regexLiteralEnd } from './regex-literal.js';
import { ESCAPES, isIdPart, isIdStart, isNl, PLACEHOLDER, PLAIN_WORD_REST, REGEX_AFTER_WORDS, WORD_REST, type CodeToken, type StrToken, type Token } from './tokens.js';
import { verbatimEnd } from './verbatim.js';

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
export function lex(src: string, profile: LanguageProfile, codeTokens: CodeTokens = 'all'): Token[] {
  const tokens: Token[] = [];
  const all = codeTokens === 'all';
  const n = src.length;
  let nl = true;
  let depth = 0;
  /** Heredoc bodies already taken as strings: [start, end) of each, skipped when reached. */
  const skip = new Map<number, number>();
  const quotes = profile.quotes;
  const longConcat = profile.concat.filter((o) => o.length > 1);
  // Only these characters can open a comment, a string or a heredoc: the rest skip those checks.
  // A table by character code, not a Set of strings: this is asked for every character of code.
  const openers = new Uint8Array(128);
  for (const o of [...profile.lineComments, ...profile.blockComments.map(([o]) => o), ...quotes.map((q) => q.open), ...(profile.heredoc ? ['<'] : [])]) {
    const code = o.charCodeAt(0);
    if (code < 128) openers[code] = 1;
  }

  // The last two code tokens as plain values (around-strings mode keeps them out of `tokens`
  // until a string needs them), with whether each is already in `tokens`.
  let t1: CodeToken['t'] | '' = '';
  let s1 = 0;
  let e1 = 0;
  let nl1 = false;
  let d1 = 0;
  let kept1 = false;
  let t2: CodeToken['t'] | '' = '';
  let s2 = 0;
  let e2 = 0;
  let nl2 = false;
  let d2 = 0;
  let kept2 = false;
  /** Whether the previous token was a string (its follower is kept). */
  let afterString = false;
  /** Type and value of the token before the current position, whatever mode. */
  let prevType: Token['t'] | '' = '';

  const push = (t: CodeToken['t'], start: number, end: number) => {
    prevType = t;
    if (all || afterString) {
      tokens.push({ t, start, end, value: src.slice(start, end), nl, depth });
      afterString = false;
      t2 = t1, s2 = s1, e2 = e1, nl2 = nl1, d2 = d1, kept2 = kept1;
      t1 = t, s1 = start, e1 = end, nl1 = nl, d1 = depth, kept1 = true;
    } else {
      t2 = t1, s2 = s1, e2 = e1, nl2 = nl1, d2 = d1, kept2 = kept1;
      t1 = t, s1 = start, e1 = end, nl1 = nl, d1 = depth, kept1 = false;
    }
    nl = false;
  };
  /** Before a string: its two predecessors go into `tokens` (in order) if they are not there yet. */
  const keepPredecessors = () => {
    if (all) return;
    if (t2 && !kept2) tokens.push({ t: t2, start: s2, end: e2, value: src.slice(s2, e2), nl: nl2, depth: d2 });
    if (t1 && !kept1) tokens.push({ t: t1, start: s1, end: e1, value: src.slice(s1, e1), nl: nl1, depth: d1 });
    kept1 = kept2 = true;
  };
  const pushString = (token: StrToken) => {
    keepPredecessors();
    tokens.push(token);
    prevType = 'str';
    afterString = true;
    // A string is no code token: the ones before it stay the predecessors of the next string.
    t2 = t1 = '';
    kept1 = kept2 = true;
  };
  const lineEnd = (i: number) => {
    while (i < n && !isNl(src[i])) i++;
    return i;
  };
  const atWordStart = (i: number) => i === 0 || /[\s;|&(]/.test(src[i - 1]!);

  const regexAllowed = (): boolean => {
    if (!prevType) return true;
    if (prevType === 'str' || prevType === 'num') return false;
    const value = src.slice(s1, e1);
    if (prevType === 'id') return REGEX_AFTER_WORDS.has(value);
    return !(value === ')' || value === ']' || value === '}');
  };

  /** Skips an interpolation's code (lexing it: it may hold strings and builder calls); returns the index after its closing brace. */
  const lexUntilBrace = (i: number): number => lexCode(i, true);

  const lexString = (i: number, openAt: number, form: QuoteForm, raw: boolean, interpolation: Interpolation | undefined, close = form.close): number => {
    let j = i + form.open.length;
    const escapes = raw ? 'none' : form.escapes;
    const plainEnd = verbatimEnd(src, j, form, close, escapes, interpolation);
    if (plainEnd >= 0) {
      pushString({ t: 'str', start: openAt, end: plainEnd + close.length, text: src.slice(j, plainEnd), base: j, nl, depth });
      nl = false;
      return plainEnd + close.length;
    }
    let text = '';
    const map: number[] = [];
    for (;;) {
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
      const after = interpolation ? interpolationEnd(j, interpolation) : -1;
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
    pushString({ t: 'str', start: openAt, end: j, text, map, base: i + form.open.length, nl, depth });
    nl = false;
    return j;
  };

  /** End of the interpolation starting at j, or -1 when there is none. */
  const interpolationEnd = (j: number, kind: Interpolation): number => {
    const c = src[j];
    if ((kind === '${}' || kind === '$') && c === '$' && src[j + 1] === '{') return lexUntilBrace(j + 2);
    if (kind === '#{}' && c === '#' && src[j + 1] === '{') return lexUntilBrace(j + 2);
    if (kind === '{}' && c === '{' && src[j + 1] !== '{') return lexUntilBrace(j + 1);
    if (kind === '\\()' && c === '\\' && src[j + 1] === '(') return balanced(j + 1, '(', ')');
    if (kind === '$' && c === '$') {
      if (src[j + 1] === '(') return balanced(j + 1, '(', ')');
      let k = j + 1;
      while (k < n && /[A-Za-z0-9_]/.test(src[k]!)) k++;
      return k > j + 1 ? k : -1;
    }
    return -1;
  };

  const balanced = (j: number, open: string, close: string): number => {
    let d = 0;
    for (let k = j; k < n; k++) {
      if (src[k] === open) d++;
      else if (src[k] === close && --d === 0) return k + 1;
    }
    return n;
  };

  /** A string form opening at i, with a prefix (r, f, @, $, r#) already read. */
  const prefixedForm = (prefix: string, at: number): { form: QuoteForm; raw: boolean; interpolation?: Interpolation; close?: string } | undefined => {
    const form = quotes.find((q) => src.startsWith(q.open, at));
    if (!form && !(prefix.startsWith('r') && src[at] === '"')) return undefined;
    const lowerPrefix = prefix.toLowerCase();
    if (profile.name === 'python') {
      return { form: form!, raw: lowerPrefix.includes('r'), interpolation: lowerPrefix.includes('f') ? '{}' : undefined };
    }
    if (prefix.includes('@') || prefix.includes('$')) {
      const base = form ?? { open: '"', close: '"', escapes: 'backslash' as const, multiline: false };
      const verbatim = prefix.includes('@');
      return { form: { ...base, escapes: verbatim ? 'doubled' : base.escapes, multiline: verbatim || base.multiline }, raw: false, interpolation: prefix.includes('$') ? '{}' : undefined };
    }
    if (/^r#*$/.test(prefix) && src[at] === '"') {
      const hashes = prefix.length - 1;
      return { form: { open: '"', close: '"' + '#'.repeat(hashes), escapes: 'none', multiline: true }, raw: true };
    }
    if (prefix === 'R' && src[at] === '"') {
      const paren = src.indexOf('(', at);
      if (paren < 0 || paren - at > 17) return undefined;
      const delim = src.slice(at + 1, paren);
      return { form: { open: src.slice(at, paren + 1), close: `)${delim}"`, escapes: 'none', multiline: true }, raw: true };
    }
    return form ? { form, raw: false } : undefined;
  };

  const heredocAt = (i: number): number => {
    const rest = src.slice(i, i + 80);
    const m =
      profile.heredoc === 'php'
        ? /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1/.exec(rest)
        : profile.heredoc === 'ruby'
          ? /^<<([-~]|(?=["'`A-Z]))(["'`]?)([A-Za-z_]\w*)\2/.exec(rest)
          : /^<<(-?)[ \t]*(["']?)([A-Za-z_]\w*)\2/.exec(rest);
    if (!m) return -1;
    const tag = m[m.length - 1]!;
    const bodyStart = lineEnd(i);
    if (bodyStart >= n) return -1;
    let lineStart = bodyStart + (src[bodyStart] === '\r' && src[bodyStart + 1] === '\n' ? 2 : 1);
    const contentStart = lineStart;
    while (lineStart < n) {
      const end = lineEnd(lineStart);
      if (src.slice(lineStart, end).trim() === tag || src.slice(lineStart, end).trim() === `${tag};`) {
        pushString({ t: 'str', start: i, end: i + m[0].length, text: src.slice(contentStart, lineStart), base: contentStart, nl, depth });
        nl = false;
        skip.set(bodyStart, end);
        return i + m[0].length;
      }
      lineStart = end + (src[end] === '\r' && src[end + 1] === '\n' ? 2 : 1);
    }
    return -1;
  };

  function lexCode(i: number, untilBrace: boolean): number {
    let braces = 0;
    while (i < n) {
      const c = src[i]!;
      if (isNl(c)) {
        const jump = skip.get(i);
        i = jump ?? i + 1;
        nl = true;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\f' || c === '\v') {
        i++;
        continue;
      }
      const code = c.charCodeAt(0);
      const special = code < 128 && openers[code] === 1;
      const block = special && profile.blockComments.find(([open]) => src.startsWith(open, i) && (open !== '=begin' || i === 0 || isNl(src[i - 1])));
      if (block) {
        i = skipBlock(i, block[0], block[1]);
        continue;
      }
      if (special && profile.lineComments.some((lc) => src.startsWith(lc, i)) && (!profile.commentAtWordStart || atWordStart(i))) {
        i = lineEnd(i);
        continue;
      }
      if (profile.heredoc && c === '<' && src[i + 1] === '<') {
        const after = heredocAt(i);
        if (after > 0) {
          i = after;
          continue;
        }
      }
      if (isIdStart(c) || c === '@') {
        // The regular expression engine runs the word to its end faster than a loop here could.
        // The word runs to its end; its identifier stops at an @ or # inside it (`a@b`), and
        // a word starting with @ is punctuation. Only a word before a quote needs its text.
        let k = i;
        if (c !== '@') {
          PLAIN_WORD_REST.lastIndex = i + 1;
          PLAIN_WORD_REST.test(src);
          k = PLAIN_WORD_REST.lastIndex;
        }
        let j = k;
        if (src[k] === '@' || src[k] === '#') {
          WORD_REST.lastIndex = k;
          WORD_REST.test(src);
          j = WORD_REST.lastIndex;
        }
        const quoteNext = src[j] === '"' || src[j] === "'" || src[j] === '`';
        const word = quoteNext && profile.stringPrefix ? src.slice(i, j) : '';
        if (quoteNext && profile.stringPrefix?.test(word)) {
          const spec = prefixedForm(word, j);
          if (spec) {
            const end = lexString(j, i, spec.form, spec.raw, spec.interpolation ?? (spec.raw ? undefined : spec.form.interpolation), spec.close ?? spec.form.close);
            if (end > 0) {
              i = end;
              continue;
            }
          }
        }
        if (k > i) push('id', i, k);
        else push('p', i, i + 1);
        i = Math.max(k, i + 1);
        continue;
      }
      const form = special ? quotes.find((q) => src.startsWith(q.open, i)) : undefined;
      if (form) {
        const end = lexString(i, i, form, false, form.interpolation);
        if (end > 0) {
          i = end;
          continue;
        }
        // Unclosed (an apostrophe in JSX text, say): the quote is just a character.
        push('p', i, i + 1);
        i++;
        continue;
      }
      if (c === '/' && profile.regexLiterals && regexAllowed()) {
        const end = regexLiteralEnd(src, i);
        if (end > 0) {
          push('p', i, end);
          i = end;
          continue;
        }
      }
      if (c >= '0' && c <= '9') {
        let j = i + 1;
        while (j < n && (isIdPart(src[j]!) || src[j] === '.')) j++;
        push('num', i, j);
        i = j;
        continue;
      }
      if (untilBrace) {
        if (c === '{') braces++;
        else if (c === '}' && braces-- === 0) return i + 1;
      }
      let len = 1;
      for (const o of longConcat) {
        if (src.startsWith(o, i)) {
          len = o.length;
          break;
        }
      }
      if (c === '(' || c === '[' || c === '{') {
        push('p', i, i + 1);
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        depth = Math.max(0, depth - 1);
        push('p', i, i + 1);
      } else {
        push('p', i, i + len);
      }
      i += len;
    }
    return n;
  }

  const skipBlock = (i: number, open: string, close: string): number => {
    let d = 1;
    let j = i + open.length;
    while (j < n) {
      if (profile.nestedBlockComments && src.startsWith(open, j)) {
        d++;
        j += open.length;
      } else if (src.startsWith(close, j)) {
        j += close.length;
        if (--d === 0) return j;
      } else {
        if (isNl(src[j])) nl = true;
        j++;
      }
    }
    return n;
  };

  lexCode(0, false);
  return tokens;
}
