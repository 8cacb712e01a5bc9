import type { LanguageProfile, QuoteForm } from './languages.js';

/**
 * The string form opening at `at` behind the prefix just read, as the prefix (r, f, @, $, r#, R)
 * changed it, or undefined when the prefix is none that this language glues to a quote there.
 */
export function prefixedForm(src: string, profile: LanguageProfile, prefix: string, at: number): QuoteForm | undefined {
  if (!profile.stringPrefix?.test(prefix)) return undefined;
  // Every language with prefixes has the plain double quote: a quote it lacks (a backtick) takes none.
  const form = profile.quotes.find((q) => src.startsWith(q.open, at));
  if (!form) return undefined;
  if (profile.name === 'python') {
    return { ...form, escapes: /r/i.test(prefix) ? 'none' : form.escapes, interpolation: /f/i.test(prefix) ? '{}' : undefined };
  }
  if (prefix.includes('@') || prefix.includes('$')) {
    const verbatim = prefix.includes('@');
    const interpolation = prefix.includes('$') ? '{}' : form.interpolation;
    return { ...form, escapes: verbatim ? 'doubled' : form.escapes, multiline: verbatim || form.multiline, interpolation };
  }
  if (/^r#*$/.test(prefix) && src[at] === '"') {
    return { open: '"', close: '"' + '#'.repeat(prefix.length - 1), escapes: 'none', multiline: true };
  }
  if (prefix === 'R' && src[at] === '"') {
    const paren = src.indexOf('(', at);
    if (paren < 0 || paren - at > 17) return undefined;
    return { open: src.slice(at, paren + 1), close: `)${src.slice(at + 1, paren)}"`, escapes: 'none', multiline: true };
  }
  return form;
}

const LINE_REST = /[^\n\r]*/y;

/** Where the line holding i ends (the index of its line break, or the text's end). */
export function lineEnd(src: string, i: number): number {
  LINE_REST.lastIndex = i;
  LINE_REST.test(src);
  return LINE_REST.lastIndex;
}

const HEREDOC_OPENER = {
  php: /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1/,
  ruby: /^<<([-~]|(?=["'`A-Z]))(["'`]?)([A-Za-z_]\w*)\2/,
  shell: /^<<(-?)[ \t]*(["']?)([A-Za-z_]\w*)\2/,
};

/**
 * The heredoc whose opener starts at i (at `<<`), or undefined when there is none or its closing
 * tag never comes. The opener (`<<~SQL`) is the string token, ending at `end`; the body's text is
 * [contentStart, contentEnd), and the lexer jumps from bodyStart (the opener line's end) to skipTo.
 */
export function heredocAt(src: string, i: number, kind: NonNullable<LanguageProfile['heredoc']>) {
  const m = HEREDOC_OPENER[kind].exec(src.slice(i, i + 80));
  if (!m) return undefined;
  const tag = m[m.length - 1]!;
  const nextLine = (end: number) => end + (src.startsWith('\r\n', end) ? 2 : 1);
  const bodyStart = lineEnd(src, i);
  const contentStart = nextLine(bodyStart);
  for (let lineStart = contentStart, end = 0; lineStart < src.length; lineStart = nextLine(end)) {
    end = lineEnd(src, lineStart);
    const line = src.slice(lineStart, end).trim();
    if (line === tag || line === `${tag};`) return { end: i + m[0].length, contentStart, contentEnd: lineStart, bodyStart, skipTo: end };
  }
  return undefined;
}

// A regular expression literal: an escape takes any next character, a class ([...]) may hold a slash, a line break ends it unclosed.
const REGEX_LITERAL = /\/(?:\\[\s\S]|\[(?:\\[\s\S]|[^\]\\\n\r])*\]|[^\\/[\n\r])*\/[a-z]*/y;

/**
 * Where a JavaScript-style regular expression literal opening at `i` ends (after its flags), or
 * -1 when the line ends first: then the slash was division. A quote inside /['"]/ is no string.
 */
export function regexLiteralEnd(src: string, i: number): number {
  REGEX_LITERAL.lastIndex = i;
  return REGEX_LITERAL.test(src) ? REGEX_LITERAL.lastIndex : -1;
}
