import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'drop-table';

describe(rule, () => {
  // Acknowledging it with an exception (and the report keeping the reason): lint.test.ts.
  test('flagged as an error naming every table dropped', async () => {
    const found = await lintSql('DROP TABLE app.old;\nDROP TABLE IF EXISTS app.a, app.b CASCADE;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:1 error', '2:1 error']);
    assert.match(found[1]?.message ?? '', /DROP TABLE app\.a, app\.b deletes the tables and every row: destructive/);
  });

  test('safe: dropping a view, an index or a schema is not this rule', async () => {
    assert.deepEqual(await lintSql('DROP VIEW app.v;\nDROP INDEX app.i;\nDROP SCHEMA app_scratch;\n', rule), []);
  });
});
