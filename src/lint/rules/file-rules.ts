import { defineRule } from '../rule.js';

/**
 * Rules about a file as a whole. They have no statement check: reading the folder
 * (discover.ts), the file (source.ts), the parser (run.ts) and the exception comments
 * (exceptions.ts) find them; they are listed here so every rule id has one home.
 */
export const parseError = defineRule({
  id: 'parse-error',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'a statement PostgreSQL\'s parser cannot parse (reported at the parser\'s position)',
  fix: 'Correct the SQL at the position shown; PostgreSQL would refuse the statement',
  squawk: ['syntax-error'],
});

export const invalidFile = defineRule({
  id: 'invalid-file',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'a migration file migrate would refuse: bad name, duplicate version, not UTF-8, NUL bytes, over 50 MiB, empty, unknown directive',
  fix: 'Save the file as UTF-8 text named NNN_description.sql with a version of its own, under 50 MiB',
  squawk: [],
});

export const nonSqlFile = defineRule({
  id: 'non-sql-file',
  severity: 'warning',
  lockHazard: false,
  allowable: false,
  summary: 'a file in a migrations folder that is not .sql: migrate silently never runs it',
  fix: 'Rename it NNN_description.sql if it is a migration; otherwise move it out of the migrations folder',
  squawk: [],
});

export const psqlMetaCommand = defineRule({
  id: 'psql-meta-command',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'a psql meta-command (\\set, \\i, ...): pg-promote runs files without psql',
  fix: 'Remove it and write the SQL it stood for',
  squawk: [],
});

export const missingDownFile = defineRule({
  id: 'missing-down-file',
  severity: 'warning',
  lockHazard: false,
  summary: 'a pending migration without a DOWN file of the same version',
  fix: 'Add the DOWN file (same version, in the phase\'s down folder); if the change cannot be undone, say so with -- pg-promote-lint: allow missing-down-file reason: <how to recover>',
  squawk: [],
});

export const exceptionInvalid = defineRule({
  id: 'lint-exception-invalid',
  severity: 'error',
  lockHazard: false,
  allowable: false,
  summary: 'a -- pg-promote-lint: comment that names no known rule, a rule that cannot be allowed, or gives no reason',
  fix: 'Write -- pg-promote-lint: allow <rule-id> reason: <why it is safe here>',
  squawk: [],
});

export const exceptionUnused = defineRule({
  id: 'lint-exception-unused',
  severity: 'warning',
  lockHazard: false,
  allowable: false,
  summary: 'an exception that silences nothing (stale, or above the wrong statement)',
  fix: 'Remove the comment, or move it to the line above the statement it is about',
  squawk: [],
});

export const largeFile = defineRule({
  id: 'large-file',
  severity: 'info',
  lockHazard: false,
  allowable: false,
  summary: 'a file over 1 MiB: its data statements (INSERT, UPDATE, COPY, ...) are not parsed, only counted',
  fix: 'Nothing to do if the data statements ran on staging; splitting seed data into its own files keeps schema changes reviewable',
  squawk: [],
});
