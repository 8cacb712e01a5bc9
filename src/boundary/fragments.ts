import type { LanguageProfile } from './languages.js';
import { lex } from './lexer.js';
import { idOf, isP, type LocatedText, type Token } from './tokens.js';

/**
 * The pieces of a file that may hold SQL: a whole SQL file, or each string literal joined with
 * the literals it is concatenated with ('INSERT INTO ' + 'eng.t ...', Python's implicit joins).
 */
export interface SqlFragment extends LocatedText {
  /** Joined with code that is not a literal ("INSERT INTO eng.t VALUES (" + x): the text may stop mid-statement. */
  open: boolean;
}

// Messages about SQL are not SQL: a literal handed straight to one of these is a log line, an
// error text, a test title or a translation key.
const MESSAGE_CALLEE = /^(?:log|logs|debug|info|warn|warning|error|errors|fatal|trace|critical|exception|notice|verbose|print|println|printf|eprintln|eprint|puts|echo|Print|Printf|Println|Sprintf|Errorf|Fatalf|Fatal|Panicf|Debugf|Infof|Warnf|Warningf|Logf|alert|assert\w*|describe|it|test|context|t|_|gettext|ngettext|i18n|translate)$/;
const MESSAGE_CONSTRUCTOR = /(?:Error|Exception|Warning)$/;
// A shell command's own output, unless piped into another command (psql, say).
const SHELL_MESSAGE = /^(?:echo|printf|log|info|warn|error)$/;

/** The fragments, with the code tokens (for the query-builder check; none for a whole-text file) and whether they are broken (see lex). */
export function extractFragments(src: string, profile: LanguageProfile): { fragments: SqlFragment[]; tokens: Token[]; broken?: boolean } {
  if (profile.wholeText) return { fragments: [{ text: blankComments(src, profile), open: false }], tokens: [] };
  const { tokens, broken } = lex(src, profile);
  const fragments: SqlFragment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.t !== 'str') continue;
    const first = i;
    // The literals joined to this one: every string token from first to last (i) is a piece.
    for (;;) {
      if (tokens[i + 1]?.t === 'str' && profile.adjacentConcat) i++;
      else if (isConcat(tokens[i + 1], profile) && tokens[i + 2]?.t === 'str') i += 2;
      else break;
    }
    const last = i;
    if (isMessage(tokens, first, last, profile) || isDocstring(tokens, first, last, profile)) continue;
    const open = isConcat(tokens[first - 1], profile) || isConcat(tokens[last + 1], profile);
    if (first === last) {
      fragments.push({ text: head.text, map: head.map, base: head.base, open });
      continue;
    }
    // Pieces are joined with nothing: 'INSERT INTO ' + 'eng.t' is written with its own spaces.
    const parts = tokens.slice(first, last + 1).filter((t) => t.t === 'str');
    const map = parts.flatMap((p) => p.map ?? Array.from({ length: p.text.length }, (_, c) => p.base + c));
    fragments.push({ text: parts.map((p) => p.text).join(''), map, open });
  }
  return { fragments, tokens, broken };
}

function isConcat(token: Token | undefined, profile: LanguageProfile): boolean {
  return token?.t === 'p' && profile.concat.includes(token.value);
}

function isMessage(tokens: readonly Token[], first: number, last: number, profile: LanguageProfile): boolean {
  if (profile.name === 'shell') return SHELL_MESSAGE.test(idOf(tokens[first - 1]) ?? '') && !isP(tokens[last + 1], '|');
  const callee = isP(tokens[first - 1], '(') ? (idOf(tokens[first - 2]) ?? '') : '';
  return MESSAGE_CALLEE.test(callee) || MESSAGE_CONSTRUCTOR.test(callee);
}

/** Python: a string that is a statement of its own (a docstring) documents code; it never runs. */
function isDocstring(tokens: readonly Token[], first: number, last: number, profile: LanguageProfile): boolean {
  const head = tokens[first]!;
  return !!profile.docstrings && head.depth === 0 && head.nl && (tokens[last + 1]?.nl ?? true);
}

// A YAML comment: a # at the text's start or after a space, unless a quoted scalar (a quote at a
// value's start, closed or not, never past its line) holds it.
const YAML_COMMENT = /(?<=^|[\s:\-[{,])(["'])[^\n\r]*?(?:\1|(?=[\n\r])|$)|(?<=^|\s)#[^\n\r]*/g;

/** Source text with comments blanked (offsets kept): for whole-text files (YAML; SQL keeps its comments). */
function blankComments(src: string, profile: LanguageProfile): string {
  if (profile.lineComments.length === 0) return src;
  return src.replace(YAML_COMMENT, (m, quote?: string) => (quote ? m : ' '.repeat(m.length)));
}
