import type { Node, ScanToken } from 'libpg-query';
import { loadLibPgQuery, type LibPgQuery } from './libpg-query.js';

/**
 * The one wrapper over PostgreSQL's parser (libpg-query.ts loads it once per process): after
 * loadParser() every parse is synchronous and a bad statement is a value, never a throw.
 */
let lib: LibPgQuery | undefined;

export async function loadParser(): Promise<void> {
  lib = await loadLibPgQuery();
}

function parser(): LibPgQuery {
  if (!lib) throw new Error('parser used before loadParser()');
  return lib;
}

export interface ParsedStatement {
  ok: true;
  /** Usually one; a statement the splitter kept whole can hold several (e.g. `SELECT 1 \; SELECT 2`). */
  nodes: Array<{ node: Node; byteOffset: number; byteLength: number }>;
}

export interface ParseFailure {
  ok: false;
  message: string;
  /** 0-based code point index in the statement text, as the server would report it (less one). */
  codePoint: number;
}

/** Parses SQL text (a statement or a whole file); call loadParser() first. Never throws for bad SQL. */
export function parseStatement(text: string): ParsedStatement | ParseFailure {
  const { parseSync } = parser();
  try {
    const result = parseSync(text);
    const nodes = (result.stmts ?? []).flatMap((raw) =>
      raw.stmt ? [{ node: raw.stmt, byteOffset: raw.stmt_location ?? 0, byteLength: raw.stmt_len ?? 0 }] : [],
    );
    return { ok: true, nodes };
  } catch (err) {
    const e = err as Error & { sqlDetails?: { cursorPosition?: number } };
    return { ok: false, message: e.message, codePoint: Math.max(0, e.sqlDetails?.cursorPosition ?? 0) };
  }
}

/** The statement's tokens (byte offsets, comments included), for places the tree has no location. */
export function scanTokens(text: string): ScanToken[] {
  try {
    return parser().scanSync(text).tokens;
  } catch {
    return [];
  }
}
