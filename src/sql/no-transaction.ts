import { statementTokens } from './statement-tokens.js';

/**
 * The statements PostgreSQL refuses inside a transaction block (SQLSTATE 25001, "cannot run
 * inside a transaction block"): the SQL-reachable callers of PreventInTransactionBlock() in
 * PostgreSQL 13 to 18 (tcop/utility.c, commands/dbcommands.c, indexcmds.c, tablecmds.c,
 * vacuum.c, cluster.c, discard.c, subscriptioncmds.c). One list, read by migrate (which refuses
 * such a statement in a transactional file before anything runs) and by lint (which reports it),
 * so the two can never disagree. __tests__/lint-rules/needs-no-transaction.test.ts runs every
 * example on a real server inside a transaction and expects 25001.
 *
 * Left out on purpose, because the server decides from the catalog rather than the text:
 * REINDEX TABLE/INDEX and CLUSTER of a partitioned table (14+/17+), DROP SUBSCRIPTION of a
 * subscription that has a replication slot, ALTER SUBSCRIPTION ... REFRESH of an enabled one.
 * COMMIT/ROLLBACK PREPARED are transaction control, refused separately. ALTER TYPE ... ADD VALUE
 * was refused before PostgreSQL 12 only.
 */
export interface NoTransactionStatement {
  /** As PostgreSQL's error names it, e.g. `REINDEX CONCURRENTLY`. */
  name: string;
  /** The smallest statement that shows it; the test runs it on a real server. */
  example: string;
  /** What the example needs to exist first (run outside the transaction). */
  setup?: string;
  /** First PostgreSQL version that has the statement at all. */
  since?: number;
  /**
   * The one or two words such a statement starts with (`CREATE INDEX`, `VACUUM`): migrate asks
   * about every statement, and one that starts otherwise is answered without lexing it.
   */
  starts: readonly string[];
  matches(tokens: readonly Token[]): boolean;
}

/** A token as statementTokens (src/sql/statements.ts) lexes it: the splitter's own lexer. */
export type Token = string;

const word = (t: Token | undefined, ...words: string[]) => t !== undefined && words.includes(t);

/** Tokens after a leading parenthesised option list, and that list's own tokens. */
function options(tokens: readonly Token[], from: number): { inside: Token[]; next: number } {
  if (tokens[from] !== '(') return { inside: [], next: from };
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i] === '(') depth++;
    else if (tokens[i] === ')' && --depth === 0) return { inside: tokens.slice(from + 1, i), next: i + 1 };
  }
  return { inside: tokens.slice(from + 1), next: tokens.length };
}

/** `name [value]` in an option list is on unless its value says off. */
function optionOn(inside: readonly Token[], name: string): boolean {
  const at = inside.indexOf(name);
  if (at < 0) return false;
  const value = inside[at + 1] === '=' ? inside[at + 2] : inside[at + 1];
  return !word(value, 'FALSE', 'OFF', '0', "'FALSE'", "'OFF'", "'0'");
}

function reindexParts(tokens: readonly Token[]): { concurrently: boolean; kind?: Token } {
  const { inside, next } = options(tokens, 1);
  const kind = tokens[next];
  return { concurrently: optionOn(inside, 'CONCURRENTLY') || tokens[next + 1] === 'CONCURRENTLY', kind };
}

export const NO_TRANSACTION_STATEMENTS: readonly NoTransactionStatement[] = [
  {
    name: 'CREATE INDEX CONCURRENTLY',
    starts: ['CREATE INDEX', 'CREATE UNIQUE'],
    setup: 'CREATE TABLE nt_t (a int)',
    example: 'CREATE INDEX CONCURRENTLY nt_i ON nt_t (a)',
    matches: (t) => t[0] === 'CREATE' && (t[1] === 'INDEX' ? t[2] === 'CONCURRENTLY' : t[1] === 'UNIQUE' && t[2] === 'INDEX' && t[3] === 'CONCURRENTLY'),
  },
  {
    name: 'DROP INDEX CONCURRENTLY',
    starts: ['DROP INDEX'],
    setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
    example: 'DROP INDEX CONCURRENTLY nt_i',
    matches: (t) => t[0] === 'DROP' && t[1] === 'INDEX' && t[2] === 'CONCURRENTLY',
  },
  {
    name: 'REINDEX CONCURRENTLY',
    starts: ['REINDEX'],
    setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
    example: 'REINDEX INDEX CONCURRENTLY nt_i',
    matches: (t) => t[0] === 'REINDEX' && reindexParts(t).concurrently,
  },
  {
    name: 'REINDEX SCHEMA, DATABASE or SYSTEM',
    starts: ['REINDEX'],
    example: 'REINDEX SCHEMA public',
    matches: (t) => t[0] === 'REINDEX' && word(reindexParts(t).kind, 'SCHEMA', 'DATABASE', 'SYSTEM'),
  },
  {
    name: 'VACUUM',
    starts: ['VACUUM'],
    example: 'VACUUM',
    matches: (t) => t[0] === 'VACUUM',
  },
  {
    name: 'CLUSTER of every clustered table',
    starts: ['CLUSTER'],
    example: 'CLUSTER',
    matches: (t) => {
      if (t[0] !== 'CLUSTER') return false;
      let i = options(t, 1).next;
      if (t[i] === 'VERBOSE') i++;
      return i >= t.length;
    },
  },
  {
    name: 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY',
    starts: ['ALTER TABLE'],
    since: 14,
    setup: 'CREATE TABLE nt_p (a int) PARTITION BY RANGE (a); CREATE TABLE nt_c PARTITION OF nt_p FOR VALUES FROM (0) TO (10)',
    example: 'ALTER TABLE nt_p DETACH PARTITION nt_c CONCURRENTLY',
    matches: (t) => {
      if (t[0] !== 'ALTER' || t[1] !== 'TABLE') return false;
      const detach = t.findIndex((x, i) => x === 'DETACH' && t[i + 1] === 'PARTITION');
      return detach > 0 && t.indexOf('CONCURRENTLY', detach) > 0;
    },
  },
  {
    name: 'CREATE DATABASE',
    starts: ['CREATE DATABASE'],
    example: 'CREATE DATABASE nt_db',
    matches: (t) => t[0] === 'CREATE' && t[1] === 'DATABASE',
  },
  {
    name: 'DROP DATABASE',
    starts: ['DROP DATABASE'],
    example: 'DROP DATABASE IF EXISTS nt_db',
    matches: (t) => t[0] === 'DROP' && t[1] === 'DATABASE',
  },
  {
    name: 'ALTER DATABASE ... SET TABLESPACE',
    starts: ['ALTER DATABASE'],
    setup: 'CREATE DATABASE nt_alter_db',
    example: 'ALTER DATABASE nt_alter_db SET TABLESPACE pg_default',
    matches: (t) => t[0] === 'ALTER' && t[1] === 'DATABASE' && t[3] === 'SET' && t[4] === 'TABLESPACE',
  },
  {
    name: 'CREATE TABLESPACE',
    starts: ['CREATE TABLESPACE'],
    example: "CREATE TABLESPACE nt_ts LOCATION '/nonexistent'",
    matches: (t) => t[0] === 'CREATE' && t[1] === 'TABLESPACE',
  },
  {
    name: 'DROP TABLESPACE',
    starts: ['DROP TABLESPACE'],
    example: 'DROP TABLESPACE IF EXISTS nt_ts',
    matches: (t) => t[0] === 'DROP' && t[1] === 'TABLESPACE',
  },
  {
    name: 'ALTER SYSTEM',
    starts: ['ALTER SYSTEM'],
    // A name that is no setting: outside a transaction it fails harmlessly (42704).
    example: 'ALTER SYSTEM RESET pg_promote_never_a_setting',
    matches: (t) => t[0] === 'ALTER' && t[1] === 'SYSTEM',
  },
  {
    name: 'DISCARD ALL',
    starts: ['DISCARD ALL'],
    example: 'DISCARD ALL',
    matches: (t) => t[0] === 'DISCARD' && t[1] === 'ALL',
  },
  {
    name: 'CREATE SUBSCRIPTION ... WITH (create_slot = true)',
    starts: ['CREATE SUBSCRIPTION'],
    example: "CREATE SUBSCRIPTION nt_sub CONNECTION 'host=/nonexistent dbname=none' PUBLICATION nt_pub",
    matches: (t) => {
      if (t[0] !== 'CREATE' || t[1] !== 'SUBSCRIPTION') return false;
      const withAt = t.lastIndexOf('WITH');
      const inside = withAt > 0 ? options(t, withAt + 1).inside : [];
      // create_slot defaults to true, and to false when connect = false.
      const off = (name: string) => inside.includes(name) && !optionOn(inside, name);
      return !off('CREATE_SLOT') && !off('CONNECT');
    },
  },
];

/** The entry the statement falls under, if PostgreSQL refuses it inside a transaction block. */
export function noTransactionStatement(text: string): NoTransactionStatement | undefined {
  if (!mayNeedNoTransaction(text)) return undefined;
  let tokens = statementTokens(text, HEAD_TOKENS);
  if (!FIRST_WORDS.has(tokens[0] ?? '')) return undefined;
  const deep = (tokens[0] === 'ALTER' && tokens[1] === 'TABLE' && /detach/i.test(text)) || (tokens[0] === 'CREATE' && tokens[1] === 'SUBSCRIPTION');
  if (deep) tokens = statementTokens(text);
  return NO_TRANSACTION_STATEMENTS.find((s) => s.matches(tokens));
}

const HEAD_TOKENS = 24;

const STARTS = NO_TRANSACTION_STATEMENTS.flatMap((s) => s.starts);
const FIRST_WORDS = new Set(STARTS.map((start) => start.split(' ')[0]!));
/** First words an entry names alone: whatever follows them, the statement is lexed. */
const ANY_SECOND = new Set(STARTS.filter((start) => !start.includes(' ')));
const TWO_WORD_STARTS = new Set(STARTS.filter((start) => start.includes(' ')));

// Two ASCII identifiers at the very start, each ending where an identifier must end; anything
// else (a comment between the words, a quoted name) goes to the lexer.
const HEAD = /^([A-Za-z_][\w$]*)(?![\w$\x80-\uffff])(?:\s+([A-Za-z_][\w$]*)(?![\w$\x80-\uffff]))?/;

function mayNeedNoTransaction(text: string): boolean {
  const head = HEAD.exec(text);
  if (!head) return true;
  const first = head[1]!.toUpperCase();
  if (!FIRST_WORDS.has(first)) return false;
  return ANY_SECOND.has(first) || head[2] === undefined || TWO_WORD_STARTS.has(`${first} ${head[2].toUpperCase()}`);
}
