import type { LanguageProfile, QuoteForm } from './languages.js';
import { ID_PART } from './tokens.js';

// What the lexer does with a character of code, by its kind. Only a SPECIAL character takes
// the full sequence of checks (comment, heredoc, string, regular expression, longer operator);
// for every other kind that sequence would come out the same way, so the lexer goes straight
// to its branch.
export const SPECIAL = 0;
export const NEWLINE = 1;
export const SPACE = 2;
/** Starts a word (one starting with @ is punctuation, but is read the same way). */
export const WORD = 3;
export const DIGIT = 4;
export const OPEN = 5;
export const CLOSE = 6;
/** Any other character: a one-character punctuation token. */
export const PUNCT = 7;

/** A language profile worked out once for the lexer: what to do with each character of code. */
export interface LexTable {
  /** Kind by character code below 128; every code from 128 up is a WORD. */
  kinds: Uint8Array;
  /** Can open a comment, a string or a heredoc. */
  openers: Uint8Array;
  /** By a special character's code: the block comments, line comments and quote forms starting with it, in the profile's order. */
  blocksAt: Array<Array<[string, string]> | undefined>;
  lineCommentsAt: Array<string[] | undefined>;
  quotesAt: Array<QuoteForm[] | undefined>;
  /** Concatenation operators longer than one character ('..', '||'). */
  longConcat: string[];
}

const tables = new WeakMap<LanguageProfile, LexTable>();

export function lexTableFor(profile: LanguageProfile): LexTable {
  let table = tables.get(profile);
  if (!table) {
    table = buildTable(profile);
    tables.set(profile, table);
  }
  return table;
}

function buildTable(profile: LanguageProfile): LexTable {
  const blocksAt: LexTable['blocksAt'] = [];
  const lineCommentsAt: LexTable['lineCommentsAt'] = [];
  const quotesAt: LexTable['quotesAt'] = [];
  const openers = new Uint8Array(128);
  const add = <T>(at: Array<T[] | undefined>, opener: string, item: T) => {
    const code = opener.charCodeAt(0);
    if (code >= 128) return;
    openers[code] = 1;
    (at[code] ??= []).push(item);
  };
  for (const block of profile.blockComments) add(blocksAt, block[0], block);
  for (const lc of profile.lineComments) add(lineCommentsAt, lc, lc);
  for (const q of profile.quotes) add(quotesAt, q.open, q);
  if (profile.heredoc) openers['<'.charCodeAt(0)] = 1;
  const longConcat = profile.concat.filter((o) => o.length > 1);

  const kinds = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (c === 10 || c === 13) kinds[c] = NEWLINE;
    else if (c === 32 || c === 9 || c === 12 || c === 11) kinds[c] = SPACE;
    // A regular expression needs the previous token, and a longer operator decides the token's
    // length even for a bracket: both stay with the full checks.
    else if (openers[c] || (ch === '/' && profile.regexLiterals) || longConcat.some((o) => o[0] === ch)) kinds[c] = SPECIAL;
    else if ((ID_PART[c] && !(c >= 48 && c <= 57)) || ch === '@') kinds[c] = WORD;
    else if (c >= 48 && c <= 57) kinds[c] = DIGIT;
    else if (ch === '(' || ch === '[' || ch === '{') kinds[c] = OPEN;
    else if (ch === ')' || ch === ']' || ch === '}') kinds[c] = CLOSE;
    else kinds[c] = PUNCT;
  }
  return { kinds, openers, blocksAt, lineCommentsAt, quotesAt, longConcat };
}
