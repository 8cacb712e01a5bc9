import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'psql-meta-command';

describe(rule, () => {
  test('flagged as an error where the backslash command stands, naming it', async () => {
    const found = await lintSql('SELECT 1;\n\\i other.sql\n  \\connect app\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['2:1 error', '3:3 error']);
    assert.match(found[0]?.message ?? '', /psql meta-command \\i.* is not SQL; pg-promote runs files without psql/);
  });

  test('safe: a backslash inside a string or an E-string is SQL', async () => {
    assert.deepEqual(await lintSql("SELECT '\\i not a command';\nSELECT E'\\\\x';\n", rule), []);
  });
});
