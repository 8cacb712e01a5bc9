import pg from 'pg';

/**
 * The files of a run travel pipelined: file N+1 is on the wire before file N's answer is back.
 * PostgreSQL keeps them apart, but it does not stop at a failed one the way one query message
 * stops at its first error. A failed statement leaves its transaction block open and aborted,
 * so every later file fails at its BEGIN; a failed COMMIT (a deferred constraint, a
 * serialization failure) ends the block, and the next file would run. The chain covers that:
 * each file's transaction sets a session setting to its own link, rolled back with the
 * transaction if it does not commit, and each file first checks that its predecessor's link is
 * there.
 */
const SETTING = 'pg_promote.chain';

/** The run's last link, gone when the run ends: a pooler may hand the connection on. */
export const RESET_CHAIN_SQL = `RESET ${SETTING}`;

let runs = 0;

export interface Chain {
  /** Runs before the file's statements: fails unless the file before `index` committed. */
  guard(index: number): string[];
  /** Runs last in the file's transaction. */
  link(index: number): string;
}

export function newChain(): Chain {
  const run = ++runs;
  const token = (index: number) => pg.escapeLiteral(`${run}.${index}`);
  return {
    // The first file of a run has nothing in flight before it.
    guard: (index) =>
      index === 0
        ? []
        : [
            // A failing cast of a computed string: the error says why, and no branch is constant,
            // so the planner cannot raise it while folding the CASE.
            `SELECT CASE WHEN pg_catalog.current_setting('${SETTING}', true) = ${token(index - 1)} THEN 0 ` +
              `ELSE ('pg-promote: the file before this one did not commit (chain ' || ` +
              `coalesce(pg_catalog.current_setting('${SETTING}', true), 'unset') || ')')::integer END`,
          ],
    link: (index) => `SELECT pg_catalog.set_config('${SETTING}', ${token(index)}, false)`,
  };
}
