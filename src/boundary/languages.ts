import path from 'node:path';

/** What the lexer needs to know of a language: its comments, its string forms, how strings are glued together. */
export type Escapes = 'backslash' | 'none' | 'doubled' | 'quote-only';
export type Interpolation = '${}' | '#{}' | '{}' | '$';

export interface QuoteForm {
  open: string;
  close: string;
  escapes: Escapes;
  multiline: boolean;
  interpolation?: Interpolation;
}

export interface LanguageProfile {
  name: string;
  /** The whole file is SQL (or SQL-like text such as YAML values): no string extraction. */
  wholeText?: boolean;
  lineComments: string[];
  /** `#` (or another line comment) only starts a comment at the start of a word, as in shell. */
  commentAtWordStart?: boolean;
  blockComments: Array<[string, string]>;
  nestedBlockComments?: boolean;
  /** Longest opener first. */
  quotes: QuoteForm[];
  /** Identifier prefixes glued to a quote (r"", f"", b''), and what they change. */
  stringPrefix?: RegExp;
  regexLiterals?: boolean;
  heredoc?: 'shell' | 'ruby' | 'php';
  /** Operators that join string pieces into one query. */
  concat: string[];
  /** "a" "b" is one string (Python, C, Ruby). */
  adjacentConcat?: boolean;
  /** A string alone on its logical line is a docstring: documentation, not code (Python). */
  docstrings?: boolean;
  /** Query-builder calls are looked for (JS/TS, and knex-like APIs elsewhere). */
  builders?: boolean;
}

const dq = (escapes: Escapes = 'backslash', interpolation?: Interpolation, multiline = false): QuoteForm => ({ open: '"', close: '"', escapes, multiline, interpolation });
const sq = (escapes: Escapes = 'backslash', multiline = false): QuoteForm => ({ open: "'", close: "'", escapes, multiline });
const triple = (q: string, escapes: Escapes = 'backslash', interpolation?: Interpolation): QuoteForm => ({ open: q.repeat(3), close: q.repeat(3), escapes, multiline: true, interpolation });

const C = { lineComments: ['//'], blockComments: [['/*', '*/']] as Array<[string, string]> };
const TEMPLATE: QuoteForm = { open: '`', close: '`', escapes: 'backslash', multiline: true, interpolation: '${}' };

const JS: LanguageProfile = { name: 'javascript', ...C, quotes: [TEMPLATE, dq(), sq()], regexLiterals: true, concat: ['+'], builders: true };
const PYTHON: LanguageProfile = { name: 'python', lineComments: ['#'], blockComments: [], quotes: [triple('"'), triple("'"), dq(), sq()], stringPrefix: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/, concat: ['+'], adjacentConcat: true, docstrings: true, builders: true };
const RUBY: LanguageProfile = { name: 'ruby', lineComments: ['#'], blockComments: [['=begin', '=end']], quotes: [dq('backslash', '#{}', true), sq('quote-only', true)], heredoc: 'ruby', concat: ['+', '<<'], adjacentConcat: true, builders: true };
const GO: LanguageProfile = { name: 'go', ...C, quotes: [{ open: '`', close: '`', escapes: 'none', multiline: true }, dq()], concat: ['+'], builders: true };
const C_LIKE: LanguageProfile = { name: 'c-like', ...C, quotes: [triple('"', 'backslash', '${}'), dq('backslash', '${}'), sq()], stringPrefix: /^(?:[@$]{1,2}|[rR]#*|[bB]|[LuU]|u8|R)$/, concat: ['+'], adjacentConcat: true, builders: true };
const RUST: LanguageProfile = { ...C_LIKE, name: 'rust', nestedBlockComments: true, quotes: [dq('backslash', undefined, true)], adjacentConcat: false };
const PHP: LanguageProfile = { name: 'php', lineComments: ['//', '#'], blockComments: C.blockComments, quotes: [dq('backslash', '$', true), sq('quote-only', true)], heredoc: 'php', concat: ['.'], builders: true };
const SHELL: LanguageProfile = { name: 'shell', lineComments: ['#'], commentAtWordStart: true, blockComments: [], quotes: [dq('backslash', '$', true), sq('none', true)], heredoc: 'shell', concat: [] };
const LUA: LanguageProfile = { name: 'lua', lineComments: ['--'], blockComments: [['--[[', ']]']], quotes: [{ open: '[[', close: ']]', escapes: 'none', multiline: true }, dq(), sq()], concat: ['..'] };
const SQL: LanguageProfile = { name: 'sql', wholeText: true, lineComments: [], blockComments: [], quotes: [], concat: [] };
// YAML values are unquoted strings: the file is text, minus its comments.
const YAML: LanguageProfile = { name: 'yaml', wholeText: true, lineComments: ['#'], commentAtWordStart: true, blockComments: [], quotes: [], concat: [] };
const HTML: LanguageProfile = { ...JS, name: 'html', blockComments: [['<!--', '-->'], ['/*', '*/']] };
const GENERIC: LanguageProfile = { name: 'generic', lineComments: ['//', '#'], commentAtWordStart: true, blockComments: C.blockComments, quotes: [triple('"'), triple("'"), TEMPLATE, dq(), sq()], concat: ['+', '.', '..', '||'], adjacentConcat: true, builders: true };

const EXTENSIONS: Array<[LanguageProfile, string]> = [
  [JS, 'js mjs cjs jsx ts mts cts tsx'],
  [HTML, 'vue svelte astro html htm ejs hbs'],
  [PYTHON, 'py pyi pyw'],
  [RUBY, 'rb rake gemspec erb'],
  [GO, 'go'],
  [C_LIKE, 'java kt kts scala groovy gradle cs c h cc cpp cxx hpp m mm swift dart fs fsx'],
  [RUST, 'rs'],
  [PHP, 'php phtml'],
  [SHELL, 'sh bash zsh ksh fish env envrc'],
  [LUA, 'lua'],
  [SQL, 'sql psql pgsql ddl dml'],
  [YAML, 'yml yaml'],
];
const BY_EXTENSION = new Map<string, LanguageProfile>();
for (const [profile, extensions] of EXTENSIONS) for (const ext of extensions.split(' ')) BY_EXTENSION.set(`.${ext}`, profile);
// A Map, not an object: a file named `constructor` or `toString` must not find Object.prototype's.
const BY_NAME = new Map(Object.entries({ Dockerfile: SHELL, Makefile: SHELL, Rakefile: RUBY, Gemfile: RUBY, Procfile: SHELL }));

export function profileFor(rel: string): LanguageProfile {
  const base = path.posix.basename(rel);
  return BY_EXTENSION.get(path.posix.extname(base).toLowerCase()) ?? BY_NAME.get(base) ?? GENERIC;
}
