import type { LanguageProfile } from './languages.js';
import { CLOSE, DIGIT, lexTableFor, NEWLINE, OPEN, PUNCT, SPACE, WORD, type LexTable } from './lex-table.js';
import { ID_PART, identifierEnd, REGEX_AFTER_WORDS, wordEnd, type CodeToken, type StrToken, type Token } from './tokens.js';
import { AT, BACKTICK, CLOSE_BRACE, DOT, DQUOTE, OPEN_BRACE, SQUOTE } from './char-codes.js';

/**
 * What the lexer knows of the code behind its position: the tokens kept so far, the last two
 * code tokens (around-strings mode keeps them out of `tokens` until a string needs them), the
 * bracket depth and whether a line broke since the last token; and the fast path over plain
 * code, which keeps all of that up to date. The state lives in fields, not in closures: a
 * closure per helper per file cost more than lexing a small file.
 */
export abstract class LexState {
  readonly tokens: Token[] = [];
  protected readonly n: number;
  protected readonly table: LexTable;
  protected nl = true;
  protected depth = 0;
  /** Heredoc bodies already taken as strings: from the start of each to its end, skipped when reached. */
  protected skip: Map<number, number> | undefined;
  // The last two code tokens as plain values, with whether each is already in `tokens`.
  protected t1: CodeToken['t'] | '' = '';
  protected s1 = 0;
  protected e1 = 0;
  protected nl1 = false;
  protected d1 = 0;
  protected kept1 = false;
  protected t2: CodeToken['t'] | '' = '';
  protected s2 = 0;
  protected e2 = 0;
  protected nl2 = false;
  protected d2 = 0;
  protected kept2 = false;
  /** Whether the previous token was a string (its follower is kept). */
  protected afterString = false;
  /** Type of the token before the current position, whatever mode. */
  protected prevType: Token['t'] | '' = '';

  constructor(
    protected readonly src: string,
    protected readonly profile: LanguageProfile,
    protected readonly all: boolean,
  ) {
    this.n = src.length;
    this.table = lexTableFor(profile);
  }

  /**
   * Lexes plain code (words, numbers, brackets, punctuation, blanks) up to the first character
   * that needs the full checks, and returns its index. Most of a file is plain code: the state
   * stays in locals while this loop runs, and in around-strings mode the only token it makes an
   * object of is the one after a string. It also stops before a word with a quote after it (a
   * string prefix, maybe) and, in an interpolation, at a brace: the caller counts those.
   */
  protected codeRun(i: number, untilBrace: boolean): number {
    const src = this.src;
    const n = this.n;
    const kinds = this.table.kinds;
    const skip = this.skip;
    const all = this.all;
    const tokens = this.tokens;
    // After a string, the next token is kept whatever the mode.
    let keep = all || this.afterString;
    const prefixes = this.profile.stringPrefix !== undefined;
    let nl = this.nl;
    let depth = this.depth;
    let t1 = this.t1;
    let s1 = this.s1;
    let e1 = this.e1;
    let nl1 = this.nl1;
    let d1 = this.d1;
    let kept1 = this.kept1;
    let t2 = this.t2;
    let s2 = this.s2;
    let e2 = this.e2;
    let nl2 = this.nl2;
    let d2 = this.d2;
    let kept2 = this.kept2;
    let pushed = false;
    loop: while (i < n) {
      const c = src.charCodeAt(i);
      let t: CodeToken['t'] = 'p';
      const start = i;
      let d = depth;
      switch (c < 128 ? kinds[c] : WORD) {
        case NEWLINE:
          i = skip?.get(i) ?? i + 1;
          nl = true;
          continue;
        case SPACE:
          i++;
          continue;
        case WORD: {
          const k = c === AT ? i : identifierEnd(src, i + 1);
          if (prefixes) {
            const q = src.charCodeAt(wordEnd(src, k));
            if (q === DQUOTE || q === SQUOTE || q === BACKTICK) break loop;
          }
          if (k > i) {
            t = 'id';
            i = k;
          } else i++;
          break;
        }
        case DIGIT:
          t = 'num';
          i++;
          while (i < n) {
            const x = src.charCodeAt(i);
            if (x < 128 && ID_PART[x] === 0 && x !== DOT) break;
            i++;
          }
          break;
        case OPEN:
          if (untilBrace && c === OPEN_BRACE) break loop;
          depth++;
          i++;
          break;
        case CLOSE:
          if (untilBrace && c === CLOSE_BRACE) break loop;
          depth = Math.max(0, depth - 1);
          d = depth;
          i++;
          break;
        case PUNCT:
          i++;
          break;
        default:
          break loop;
      }
      t2 = t1;
      s2 = s1;
      e2 = e1;
      nl2 = nl1;
      d2 = d1;
      kept2 = kept1;
      t1 = t;
      s1 = start;
      e1 = i;
      nl1 = nl;
      d1 = d;
      kept1 = keep;
      if (keep) {
        tokens.push({ t, start, end: i, value: src.slice(start, i), nl, depth: d });
        keep = all;
      }
      nl = false;
      pushed = true;
    }
    if (pushed) {
      this.afterString = false;
      this.prevType = t1;
      this.t1 = t1;
      this.s1 = s1;
      this.e1 = e1;
      this.nl1 = nl1;
      this.d1 = d1;
      this.kept1 = kept1;
      this.t2 = t2;
      this.s2 = s2;
      this.e2 = e2;
      this.nl2 = nl2;
      this.d2 = d2;
      this.kept2 = kept2;
    }
    this.nl = nl;
    this.depth = depth;
    return i;
  }

  protected push(t: CodeToken['t'], start: number, end: number): void {
    this.prevType = t;
    this.t2 = this.t1;
    this.s2 = this.s1;
    this.e2 = this.e1;
    this.nl2 = this.nl1;
    this.d2 = this.d1;
    this.kept2 = this.kept1;
    if (this.all || this.afterString) {
      this.tokens.push({ t, start, end, value: this.src.slice(start, end), nl: this.nl, depth: this.depth });
      this.afterString = false;
      this.kept1 = true;
    } else {
      this.kept1 = false;
    }
    this.t1 = t;
    this.s1 = start;
    this.e1 = end;
    this.nl1 = this.nl;
    this.d1 = this.depth;
    this.nl = false;
  }

  protected pushString(token: StrToken): void {
    // Before a string: its two predecessors go into `tokens` (in order) if they are not there yet.
    if (!this.all) {
      if (this.t2 && !this.kept2) this.tokens.push({ t: this.t2, start: this.s2, end: this.e2, value: this.src.slice(this.s2, this.e2), nl: this.nl2, depth: this.d2 });
      if (this.t1 && !this.kept1) this.tokens.push({ t: this.t1, start: this.s1, end: this.e1, value: this.src.slice(this.s1, this.e1), nl: this.nl1, depth: this.d1 });
    }
    this.tokens.push(token);
    this.prevType = 'str';
    this.afterString = true;
    // A string is no code token: the ones before it stay the predecessors of the next string.
    this.t2 = this.t1 = '';
    this.kept1 = this.kept2 = true;
  }

  protected regexAllowed(): boolean {
    const prev = this.prevType;
    if (!prev) return true;
    if (prev === 'str' || prev === 'num') return false;
    if (prev === 'id') return REGEX_AFTER_WORDS.has(this.src.slice(this.s1, this.e1));
    // Punctuation: division after a closing bracket, a regular expression after anything else.
    if (this.e1 - this.s1 !== 1) return true;
    const c = this.src[this.s1];
    return !(c === ')' || c === ']' || c === '}');
  }
}
