import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { configError, type ErrorContext, PromoteError } from '../errors/promote-error.js';
import type { RepoPath } from '../config/paths.js';
import { noTransactionStatement } from '../sql/no-transaction.js';
import { splitStatements, type SqlStatement } from '../sql/statements.js';
import { lineColumnAt } from '../sql/position.js';
import { checksumOf } from './checksum.js';
import { parseDirectives } from './directives.js';
import { inLayoutTerms, OWN_NO_TRANSACTION } from './layouts/no-transaction-marker.js';
import type { LayoutName } from './layouts/types.js';

/** A SQL file read, checked and split: ready to plan and run. */
export interface SqlFile {
  path: RepoPath;
  /** Text as executed: the BOM removed, line endings untouched. */
  sql: string;
  checksum: string;
  statements: SqlStatement[];
  transactional: boolean;
  /** Line of the file on which `sql` starts: 1, or later for a section of a one-file layout (statements' lines already count from it). */
  firstLine: number;
}

export const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;

/** What migrate refuses a file for, as lint and review report it (SqlTextOptions.problems). */
export interface FileProblem {
  /** The file's repository path. */
  file: string;
  rule: 'invalid-file' | 'psql-meta-command' | 'parse-error' | 'transaction-control' | 'needs-no-transaction';
  message: string;
  line: number;
  column: number;
}

/** Refuses the file (migrate), or reports the problem and reads on (lint, review). */
function refuser(file: RepoPath, options: SqlTextOptions, offset = 0) {
  return (rule: FileProblem['rule'], message: string, at: ErrorContext = {}): void => {
    const line = at.line === undefined ? undefined : at.line + offset;
    if (!options.problems) throw configError(message, { file: file.rel, ...at, ...(line === undefined ? {} : { line }) });
    options.problems.push({ file: file.rel, rule, message, line: line ?? 1, column: at.column ?? 1 });
  };
}

/**
 * Reads a migration, view or policy file and refuses what pg-promote cannot run faithfully:
 * its own transaction control (pg-promote owns the transaction), psql meta-commands (there is
 * no psql), unterminated quotes, encodings other than UTF-8, NUL bytes, and empty files where
 * they are not allowed (views and policies; a migration may be empty).
 */
export function readSqlFile(file: RepoPath, options?: SqlTextOptions & { problems?: undefined }): SqlFile;
/** Reporting mode: every problem into `options.problems`; undefined when the text cannot be read at all. */
export function readSqlFile(file: RepoPath, options: SqlTextOptions & { problems: FileProblem[] }): SqlFile | undefined;
export function readSqlFile(file: RepoPath, options: SqlTextOptions): SqlFile | undefined;
export function readSqlFile(file: RepoPath, options: SqlTextOptions = {}): SqlFile | undefined {
  const where = (extra: ErrorContext = {}): ErrorContext => ({ file: file.rel, ...extra });
  const refuse = refuser(file, options);
  let bytes: Buffer;
  try {
    // One open for the size check and the read: a run reads a thousand files before it starts.
    const fd = openSync(file.abs, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_SQL_FILE_BYTES) {
        throw configError(`file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SQL_FILE_BYTES / 1024 / 1024} MiB`, where());
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const message = err instanceof PromoteError ? err.message : `cannot read file: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message}`;
    return void refuse('invalid-file', message);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return void refuse('invalid-file', 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', { line: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return void refuse('invalid-file', 'file contains a NUL byte: not a SQL text file', { line: lineColumnAt(bytes.subarray(0, nul).toString('utf8'), nul).line });
  }
  if (!isUtf8(bytes)) {
    const lenient = bytes.toString('utf8');
    const line = lineColumnAt(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
    return void refuse('invalid-file', 'file is not valid UTF-8 (save it as UTF-8)', { line });
  }
  return sqlFileFromText(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}

export interface SqlTextOptions {
  /**
   * Migrations and DOWN files may hold no statement (an empty or comment-only file, shipped on
   * purpose by some projects): applied as a no-op and recorded. A view or policy file may not.
   */
  allowEmpty?: boolean;
  /** Set by a layout that decides it (another tool's marker); otherwise the pg-promote header directive decides. */
  transactional?: boolean;
  /** Line of the file on which `content` starts (a section of a one-file layout), so errors point into the file. */
  firstLine?: number;
  /** The layout the file is written in, so a refusal names that tool's no-transaction marker. */
  layout?: LayoutName;
  /**
   * Lint's and review's mode: each problem is added here and the file is read on as far as it
   * can be, where migrate refuses it on the first.
   */
  problems?: FileProblem[];
}

/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
export function sqlFileFromText(file: RepoPath, content: string, options: SqlTextOptions = {}): SqlFile {
  const offset = (options.firstLine ?? 1) - 1;
  const refuse = refuser(file, options, offset);
  const split = splitStatements(content);
  if (split.unterminated) {
    const { kind, line, column } = split.unterminated;
    refuse('parse-error', `unterminated ${kind} starting here`, { line, column });
  }
  for (const meta of split.metaCommands) {
    refuse('psql-meta-command', `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, { line: meta.line, column: meta.column });
  }
  if (split.statements.length === 0 && !options.allowEmpty) refuse('invalid-file', 'file has no SQL statements', { line: 1 });
  const first = split.statements[0];
  const transactional = options.transactional ?? directives(first ? content.slice(0, first.start) : content, file.rel, refuse);
  for (const statement of split.statements) {
    const control = transactionControl(statement);
    if (control) {
      refuse(
        'transaction-control',
        `${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
          (transactional ? inLayoutTerms(` (or make it a file ${OWN_NO_TRANSACTION} and let each statement commit on its own)`, options.layout ?? 'pg-promote') : ''),
        { line: statement.line, column: statement.column },
      );
    }
    // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
    const needsNoTransaction = transactional ? noTransactionStatement(statement.text) : undefined;
    if (needsNoTransaction) {
      refuse(
        'needs-no-transaction',
        inLayoutTerms(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own ${OWN_NO_TRANSACTION}`, options.layout ?? 'pg-promote'),
        { line: statement.line, column: statement.column },
      );
    }
  }
  const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
  return { path: file, sql: content, checksum: checksumOf(content), statements, transactional, firstLine: offset + 1 };
}

/** The header's directives; a bad one is refused, or reported and the file read as transactional. */
function directives(header: string, rel: string, refuse: ReturnType<typeof refuser>): boolean {
  try {
    return parseDirectives(header, rel).transactional;
  } catch (err) {
    if (!(err instanceof PromoteError)) throw err;
    refuse('invalid-file', err.message, { line: err.context.line ?? 1 });
    return true;
  }
}

function transactionControl(statement: SqlStatement): string | undefined {
  const [a, b] = statement.keywords;
  switch (a) {
    case 'BEGIN':
    case 'COMMIT':
    case 'END':
    case 'ABORT':
      return b === 'PREPARED' ? `${a} PREPARED` : a;
    case 'START':
      return b === 'TRANSACTION' ? 'START TRANSACTION' : undefined;
    case 'ROLLBACK':
      return b === 'TO' ? undefined : 'ROLLBACK';
    case 'PREPARE':
      return b === 'TRANSACTION' ? 'PREPARE TRANSACTION' : undefined;
    default:
      return undefined;
  }
}
