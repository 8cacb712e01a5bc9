import { loadLibPgQuery } from '../sql/libpg-query.js';

/** PostgreSQL's own parser (libpg_query compiled to WebAssembly), loaded once per process. */
export interface PgParser {
  /** The parse tree's statements, or undefined when the text is not valid SQL. */
  parse(sql: string): ParsedStatement[] | undefined;
}

export interface ParsedStatement {
  stmt: Record<string, unknown>;
  /** Byte offsets into the UTF-8 text, as libpg_query reports them. */
  stmt_location?: number;
  stmt_len?: number;
}

let loading: Promise<PgParser> | undefined;

export function loadParser(): Promise<PgParser> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PgParser> {
  const lib = await loadLibPgQuery();
  return {
    parse(sql) {
      try {
        return (lib.parseSync(sql).stmts ?? []) as unknown as ParsedStatement[];
      } catch {
        return undefined;
      }
    },
  };
}
