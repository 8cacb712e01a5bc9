import type { Node } from 'libpg-query';
import type { SqlStatement } from '../sql/statements.js';
import { parseStatement } from '../sql/parser.js';

/**
 * Above this size a file is mostly data (a seed or a backfill of many INSERTs): parsing a
 * million INSERTs takes a minute and no rule looks at them, so only the other statements are
 * parsed, and the report says so.
 */
export const FULL_PARSE_CHARS = 1024 * 1024;
const DATA_STATEMENTS = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'VALUES', 'COPY', 'COMMENT', 'GRANT', 'REVOKE']);

export type StatementParse =
  | { kind: 'skipped' }
  | { kind: 'failed'; message: string; codePoint: number }
  /** Locations in `nodes` are byte offsets in the parsed text; `base` is where the statement starts in it. */
  | { kind: 'parsed'; nodes: Node[]; base: number };

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The file's statements, parsed. One parser call for the whole file is about twice as fast as
 * one per statement (each call pays for crossing into WebAssembly and for the JSON it returns),
 * so that comes first; if the file does not parse (or its statements do not line up with the
 * splitter's, which should not happen), each statement is parsed alone, so a bad statement is
 * reported at its own position and the others are still linted.
 */
export function parseFile(content: string, statements: readonly SqlStatement[]): { parses: StatementParse[]; unparsed: number } {
  if (content.length <= FULL_PARSE_CHARS) {
    const whole = parseStatement(content);
    const parses = whole.ok ? alignWithStatements(content, statements, whole.nodes) : undefined;
    if (parses) return { parses, unparsed: 0 };
  }
  const partial = content.length > FULL_PARSE_CHARS;
  let unparsed = 0;
  const parses = statements.map((statement): StatementParse => {
    if (partial && DATA_STATEMENTS.has(statement.keywords[0] ?? '')) {
      unparsed++;
      return { kind: 'skipped' };
    }
    const parsed = parseStatement(statement.text);
    return parsed.ok ? { kind: 'parsed', nodes: parsed.nodes.map((n) => n.node), base: 0 } : { kind: 'failed', message: parsed.message, codePoint: parsed.codePoint };
  });
  return { parses, unparsed };
}

/**
 * The parser's statements start just after the previous semicolon (comments and blanks
 * included); the splitter's at their first token. Each parser statement therefore holds
 * exactly one splitter statement's start.
 */
function alignWithStatements(
  content: string,
  statements: readonly SqlStatement[],
  nodes: ReadonlyArray<{ node: Node; byteOffset: number; byteLength: number }>,
): StatementParse[] | undefined {
  const starts = byteStarts(content, statements);
  const parses: StatementParse[] = statements.map((_, i) => ({ kind: 'parsed', nodes: [], base: starts[i] as number }));
  let i = 0;
  for (const { node, byteOffset, byteLength } of nodes) {
    const end = byteLength > 0 ? byteOffset + byteLength : Number.POSITIVE_INFINITY;
    while (i < starts.length && (starts[i] as number) < byteOffset) i++;
    const parse = parses[i];
    if (!parse || parse.kind !== 'parsed' || (starts[i] as number) >= end) return undefined;
    parse.nodes.push(node);
    i++;
  }
  return parses.every((p) => p.kind === 'parsed' && p.nodes.length > 0) ? parses : undefined;
}

function byteStarts(content: string, statements: readonly SqlStatement[]): number[] {
  if (ASCII.test(content)) return statements.map((s) => s.start);
  let bytes = 0;
  let at = 0;
  return statements.map((s) => {
    bytes += Buffer.byteLength(content.slice(at, s.start), 'utf8');
    at = s.start;
    return bytes;
  });
}
