import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'truncate';

describe(rule, () => {
  test('flagged as an error; with CASCADE it points at CASCADE and says what else is emptied', async () => {
    const found = await lintSql('TRUNCATE app.buffer;\nTRUNCATE TABLE app.a, app.b CASCADE;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:1 error', '2:29 error']);
    assert.match(found[1]?.message ?? '', /TRUNCATE app\.a, app\.b deletes every row, and CASCADE empties every table that references them/);
  });

  test('safe: DELETE is data, not lint\'s business', async () => {
    assert.deepEqual(await lintSql('DELETE FROM app.buffer WHERE done;\n', rule), []);
  });
});
