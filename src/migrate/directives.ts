import { configError } from '../errors/promote-error.js';

/**
 * Directives are comments in a file's header (before its first statement), in the spirit of
 * Atlas's `-- atlas:txmode none`. A misspelt directive is an error, never a silently ignored
 * comment: `-- pg-promote:no-transactoin` must not run CONCURRENTLY inside a transaction.
 */
export interface Directives {
  /** False for files that must run outside a transaction (CREATE INDEX CONCURRENTLY, ...). */
  transactional: boolean;
}

export const NO_TRANSACTION = 'no-transaction';

const DIRECTIVE_LINE = /^\s*--\s*pg-promote\s*:\s*(.*?)\s*$/i;

export function parseDirectives(header: string, file: string): Directives {
  const directives: Directives = { transactional: true };
  header.split(/\r\n?|\n/).forEach((line, index) => {
    const match = DIRECTIVE_LINE.exec(line);
    if (!match) return;
    const word = (match[1] ?? '').toLowerCase();
    if (word === NO_TRANSACTION) {
      directives.transactional = false;
    } else {
      throw configError(`unknown directive 'pg-promote:${match[1]}' (known: pg-promote:${NO_TRANSACTION})`, {
        file,
        line: index + 1,
      });
    }
  });
  return directives;
}
