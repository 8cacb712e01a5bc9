import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'invalid-file';

describe(rule, () => {
  // What comes from the folder and the bytes (names, versions used twice, UTF-16, Latin-1, NUL,
  // size, unreadable files) is lint.test.ts's: they need a tree on disk.
  test('a file with nothing but comments is no finding: migrate applies it as a no-op and records it', async () => {
    assert.deepEqual(await lintSql(['-- nothing here yet\n', '   \n'], rule), []);
  });

  test('an unknown pg-promote directive in the header is an error on its line; the statements are still linted', async () => {
    const found = await lintSql('-- a header\n-- pg-promote:no-transactions\nCREATE INDEX t_a ON app.t (a);\n');
    assert.deepEqual(found.map((f) => `${f.line} ${f.rule}`), ['2 invalid-file', '3 create-index-not-concurrently']);
    assert.match(found[0]?.message ?? '', /unknown directive 'pg-promote:no-transactions'/);
  });

  test('safe: a file with one statement, with or without the directive', async () => {
    assert.deepEqual(await lintSql(['SELECT 1;\n', '-- pg-promote:no-transaction\nSELECT 1;\n'], rule), []);
  });
});
