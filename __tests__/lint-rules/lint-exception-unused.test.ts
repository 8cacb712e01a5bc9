import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'lint-exception-unused';

describe(rule, () => {
  test('an exception that silences nothing is a warning at the comment, naming its rule', async () => {
    const found = await lintSql('-- pg-promote-lint: allow rename-table reason: nothing renamed below\nSELECT 1;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:1 warning']);
    assert.match(found[0]?.message ?? '', /the exception for rename-table silences nothing/);
  });

  test('safe: an exception used by the statement below it', async () => {
    assert.deepEqual(await lintSql('-- pg-promote-lint: allow rename-table reason: no reader yet\nALTER TABLE app.t RENAME TO u;\n', rule), []);
  });
});
