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
}

export const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;


/**
 * Reads a migration, view or policy file and refuses what pg-promote cannot run faithfully:
 * its own transaction control (pg-promote owns the transaction), psql meta-commands (there is
 * no psql), unterminated quotes, encodings other than UTF-8, NUL bytes, and empty files where
 * they are not allowed (views and policies; a migration may be empty).
 */
export function readSqlFile(file: RepoPath, options: SqlTextOptions = {}): SqlFile {
  const where = (extra: ErrorContext = {}): ErrorContext => ({ file: file.rel, ...extra });
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
    if (err instanceof PromoteError) throw err;
    throw configError(`cannot read file: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message}`, where());
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw configError('file contains a NUL byte: not a SQL text file', where({ line: lineColumnAt(bytes.subarray(0, nul).toString('utf8'), nul).line }));
  }
  if (!isUtf8(bytes)) {
    const lenient = bytes.toString('utf8');
    const line = lineColumnAt(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
    throw configError('file is not valid UTF-8 (save it as UTF-8)', where({ line }));
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
}

/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
export function sqlFileFromText(file: RepoPath, content: string, options: SqlTextOptions = {}): SqlFile {
  const offset = (options.firstLine ?? 1) - 1;
  const where = (extra: ErrorContext = {}): ErrorContext => ({ file: file.rel, ...extra, ...(extra.line === undefined ? {} : { line: extra.line + offset }) });
  const split = splitStatements(content);
  if (split.unterminated) {
    const { kind, line, column } = split.unterminated;
    throw configError(`unterminated ${kind} starting here`, where({ line, column }));
  }
  const meta = split.metaCommands[0];
  if (meta) {
    throw configError(`psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, where({ line: meta.line, column: meta.column }));
  }
  if (split.statements.length === 0 && !options.allowEmpty) throw configError('file has no SQL statements', where({ line: 1 }));
  const first = split.statements[0];
  const transactional = options.transactional ?? parseDirectives(first ? content.slice(0, first.start) : content, file.rel).transactional;
  for (const statement of split.statements) {
    const control = transactionControl(statement);
    if (control) {
      throw configError(
        `${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
          (transactional ? inLayoutTerms(` (or make it a file ${OWN_NO_TRANSACTION} and let each statement commit on its own)`, options.layout ?? 'pg-promote') : ''),
        where({ line: statement.line, column: statement.column }),
      );
    }
    // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
    const needsNoTransaction = transactional ? noTransactionStatement(statement.text) : undefined;
    if (needsNoTransaction) {
      throw configError(
        inLayoutTerms(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own ${OWN_NO_TRANSACTION}`, options.layout ?? 'pg-promote'),
        where({ line: statement.line, column: statement.column }),
      );
    }
  }
  const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
  return { path: file, sql: content, checksum: checksumOf(content), statements, transactional };
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
