import { noTransactionStatement } from '../../sql/no-transaction.js';
import { splitStatements, type SqlStatement } from '../../sql/statements.js';

export const EMPTY_NOTE = 'no SQL statements (empty or comments only): applied as a no-op and recorded';

/** The statements of some SQL; an unterminated quote or a psql meta-command is the source's to refuse when it runs it. */
export function statementsOf(sql: string): SqlStatement[] {
  return splitStatements(sql).statements;
}

/**
 * Whether some SQL holds no statement: only whitespace, comments and semicolons. Text without a
 * block comment or a backslash is judged without lexing (a `--` inside a quote leaves the quote
 * behind, which is a statement anyway); the rest is split. A thousand files are read on every
 * run, most of them already applied.
 */
export function isEmptySql(sql: string): boolean {
  if (sql.includes('/*') || sql.includes('\\')) return statementsOf(sql).length === 0;
  // PostgreSQL's whitespace only: U+00A0 and friends are identifier characters to the server.
  return !/[^ \t\n\v\f\r;]/.test(sql.replace(/--[^\n]*/g, ''));
}

/**
 * Every statement PostgreSQL refuses in a transaction block (src/sql/no-transaction.ts) holds one
 * of these words, so text without any needs no lexing; a test holds the list to that.
 */
export const NO_TRANSACTION_HINT = /\b(CONCURRENTLY|REINDEX|VACUUM|CLUSTER|DATABASE|TABLESPACE|SYSTEM|DISCARD|SUBSCRIPTION)\b/i;

/** The first statement PostgreSQL refuses inside a transaction block, by name. */
function firstNoTransaction(statements: readonly SqlStatement[]): string | undefined {
  for (const s of statements) {
    const hit = noTransactionStatement(s.text);
    if (hit) return hit.name;
  }
  return undefined;
}

export interface Judged {
  transactional: boolean;
  notes: string[];
}

/**
 * For tools without a per-file marker (golang-migrate, node-pg-migrate, Prisma, Supabase), and
 * Flyway, which detects such statements on PostgreSQL: a file holding a statement that cannot run
 * in a transaction block runs without one. The tool itself ran such a file only that way, or
 * failed it, so no applied history depends on it having been atomic.
 */
export function judgeByStatements(sql: string, reason: string): Judged {
  if (isEmptySql(sql)) return { transactional: true, notes: [EMPTY_NOTE] };
  if (!NO_TRANSACTION_HINT.test(sql)) return { transactional: true, notes: [] };
  const name = firstNoTransaction(statementsOf(sql));
  if (name) return { transactional: false, notes: [`holds ${name}, which cannot run in a transaction block: runs without one (${reason})`] };
  return { transactional: true, notes: [] };
}

function isBegin(s: SqlStatement): boolean {
  const [a, b] = s.keywords;
  return (a === 'BEGIN' && b !== 'PREPARED') || (a === 'START' && b === 'TRANSACTION');
}

function isCommit(s: SqlStatement): boolean {
  const [a, b] = s.keywords;
  return (a === 'COMMIT' || a === 'END') && b !== 'PREPARED';
}

/** Blanks [start, end) and the semicolon that ends it, keeping every newline so lines still match the file. */
function blank(sql: string, start: number, end: number): string {
  let stop = end;
  while (stop < sql.length && /\s/.test(sql[stop] as string)) stop++;
  if (sql[stop] === ';') end = stop + 1;
  return sql.slice(0, start) + sql.slice(start, end).replace(/[^\n]/g, ' ') + sql.slice(end);
}

/**
 * A script that opens with BEGIN and ends with COMMIT (Sqitch's templates, many golang-migrate
 * files) is one transaction; pg-promote opens that transaction itself, so the two statements are
 * blanked out. Anything else is left as it is.
 */
export function unwrapTransaction(sql: string): { sql: string; wrapped: boolean } {
  if (!/\b(BEGIN|START)\b/i.test(sql)) return { sql, wrapped: false };
  const statements = statementsOf(sql);
  const first = statements[0];
  const last = statements[statements.length - 1];
  if (!first || !last || first === last || !isBegin(first) || !isCommit(last)) return { sql, wrapped: false };
  const inner = statements.slice(1, -1);
  if (inner.some((s) => isBegin(s) || isCommit(s))) return { sql, wrapped: false };
  return { sql: blank(blank(sql, last.start, last.end), first.start, first.end), wrapped: true };
}
