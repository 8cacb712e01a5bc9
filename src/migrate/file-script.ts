import { countCodePoints, utf16OffsetOfCodePoint } from '../sql/position.js';
import type { SqlStatement } from '../sql/statements.js';
import { resetsSettings, type Setting } from './file-settings.js';

/**
 * A transactional file goes to the server as one simple-protocol query, one round trip:
 *
 *   BEGIN; <settings, lock check>; <statement 1>; <marker 1>; ...; <settings, marker n>; <history rows>; COMMIT
 *
 * The server stops at the first error, leaving the transaction to be rolled back. The markers
 * are `SELECT n`: their rows arrive before an error does, so a failure the server gives no
 * position for (a unique violation, a division by zero) is still pinned to its statement.
 * A file larger than MAX_QUERY_CHARS is cut, between statements, over several queries of the
 * same transaction, so the server never parses megabytes of SQL at once.
 */
export const MAX_QUERY_CHARS = 256 * 1024;

/** The column of a marker row: how many of the file's statements have completed. */
export const MARKER = 'pg-promote statements done';

export type CommandRole = 'begin' | 'start' | 'statement' | 'marker' | 'settings' | 'record' | 'commit';

export interface Command {
  role: CommandRole;
  statement?: SqlStatement;
  /** Where the command's text starts in its query (UTF-16 offset). */
  offset: number;
  length: number;
}

export interface ScriptPart {
  text: string;
  commands: Command[];
}

export interface ScriptPieces {
  /** Sets the file's settings and checks the lock; its one row is marker 0. */
  start: string;
  /**
   * Re-establishes the settings, with `extra` columns: after a statement that reset them, and
   * with the last marker, so the history rows are written as the run's role whatever the file set.
   */
  restore: (extra?: string[], only?: readonly Setting[]) => string;
  /** The history rows, last before COMMIT. */
  record: readonly string[];
}

// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';

export const markerColumn = (done: number): string => `${done} AS "${MARKER}"`;

export function transactionalScript(statements: readonly SqlStatement[], pieces: ScriptPieces, maxChars = MAX_QUERY_CHARS): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let text = '';
  let commands: Command[] = [];
  const add = (role: CommandRole, sql: string, statement?: SqlStatement) => {
    if (role === 'statement' && commands.length > 0 && text.length + sql.length > maxChars) {
      parts.push({ text, commands });
      text = '';
      commands = [];
    }
    commands.push({ role, statement, offset: text.length, length: sql.length });
    text += sql + SEPARATOR;
  };
  add('begin', 'BEGIN');
  add('start', pieces.start);
  statements.forEach((statement, i) => {
    add('statement', statement.text, statement);
    if (i === statements.length - 1) add('marker', pieces.restore([markerColumn(i + 1)]));
    else {
      const reset = resetsSettings(statement);
      if (reset.length > 0) add('settings', pieces.restore([], reset));
      add('marker', `SELECT ${markerColumn(i + 1)}`);
    }
  });
  for (const sql of pieces.record) add('record', sql);
  add('commit', 'COMMIT');
  parts.push({ text, commands });
  return parts;
}

export interface FailurePoint {
  statement?: SqlStatement;
  /** The server's position (1-based, in code points) within the statement's own text. */
  position?: number;
}

/**
 * Which statement of a failed part it was. The server's position counts code points in the
 * whole query; without one, the markers that arrived say how many statements completed
 * (`done`; undefined when not even the start did).
 */
export function failurePoint(part: ScriptPart, serverPosition: number | undefined, statements: readonly SqlStatement[], done: number | undefined): FailurePoint {
  if (serverPosition !== undefined && Number.isFinite(serverPosition) && serverPosition >= 1) {
    const at = utf16OffsetOfCodePoint(part.text, serverPosition - 1);
    let command: Command | undefined;
    // The separator after a command is still its end ("syntax error at or near ;").
    for (const c of part.commands) {
      if (c.offset > at) break;
      command = c;
    }
    if (!command?.statement) return {};
    const within = Math.min(at - command.offset, command.length);
    return { statement: command.statement, position: countCodePoints(command.statement.text, 0, within) + 1 };
  }
  if (done === undefined) return {};
  return { statement: statements[done] };
}
