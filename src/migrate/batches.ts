import { countCodePoints, utf16OffsetOfCodePoint } from '../sql/position.js';
import type { SqlStatement } from '../sql/statements.js';

/**
 * Transactional files go to the server in as few queries as possible: BEGIN, a file's
 * statements, its history row and COMMIT travel as one simple-protocol query (and the queries
 * of a run are pipelined, see transactional.ts). Waiting between queries, not the server's
 * work, is most of a migration tool's overhead on a run of many small files. A large file is
 * cut over several queries, so the server never parses megabytes of SQL at once.
 *
 * A query holds one file, never more, although the server would keep them apart safely (it
 * skips the rest of a query after an error): every transaction a query message starts gets
 * that message's arrival as its now(), so files sharing a query would share a timestamp, and
 * an audit trail that tells transactions apart by time (the runbook's) could not.
 */
export const MAX_QUERY_CHARS = 256 * 1024;

export interface FileCommands {
  statements: readonly SqlStatement[];
  /** The history row's SQL, inside the file's transaction, before and after its statements. */
  before: readonly string[];
  after: readonly string[];
}

export type CommandRole = 'begin' | 'statement' | 'record' | 'commit';

/** One command of a query, in the order the server completes them. */
export interface Command {
  /** Index of the file in the list given to queryBatches. */
  file: number;
  role: CommandRole;
  statement?: SqlStatement;
  /** Where the command's text starts in its query (UTF-16 offset). */
  offset: number;
  length: number;
}

export interface Batch {
  text: string;
  commands: Command[];
}

// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';

export function queryBatches(files: readonly FileCommands[], maxChars = MAX_QUERY_CHARS): Batch[] {
  const batches: Batch[] = [];
  let text = '';
  let commands: Command[] = [];
  const add = (file: number, role: CommandRole, sql: string, statement?: SqlStatement) => {
    if (commands.length > 0 && (role === 'begin' || text.length + sql.length > maxChars)) {
      batches.push({ text, commands });
      text = '';
      commands = [];
    }
    commands.push({ file, role, statement, offset: text.length, length: sql.length });
    text += sql + SEPARATOR;
  };
  for (const [index, file] of files.entries()) {
    add(index, 'begin', 'BEGIN');
    for (const sql of file.before) add(index, 'record', sql);
    for (const statement of file.statements) add(index, 'statement', statement.text, statement);
    for (const sql of file.after) add(index, 'record', sql);
    add(index, 'commit', 'COMMIT');
  }
  if (commands.length > 0) batches.push({ text, commands });
  return batches;
}

export interface FailurePoint {
  command?: Command;
  /** For a statement: the server's position (1-based, in code points) within its own text. */
  position?: number;
}

/**
 * Which command of a query failed. The server's position counts code points in the whole
 * query; without one, the number of commands that completed before the error says it.
 */
export function failurePoint(batch: Batch, serverPosition: number | undefined, completed: number): FailurePoint {
  if (serverPosition === undefined || !Number.isFinite(serverPosition) || serverPosition < 1) {
    return { command: batch.commands[completed] };
  }
  const at = utf16OffsetOfCodePoint(batch.text, serverPosition - 1);
  let command: Command | undefined;
  // The separator after a command is still its end ("syntax error at or near ;").
  for (const c of batch.commands) {
    if (c.offset > at) break;
    command = c;
  }
  if (!command?.statement) return { command };
  const within = Math.min(at - command.offset, command.length);
  return { command, position: countCodePoints(command.statement.text, 0, within) + 1 };
}
