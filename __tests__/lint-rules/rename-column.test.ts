import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'rename-column';

describe(rule, () => {
  test('flagged at RENAME, on a table or a foreign table', async () => {
    const found = await lintSql('ALTER TABLE app.t RENAME COLUMN a TO b;\nALTER FOREIGN TABLE app.f RENAME COLUMN c TO d;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:19 warning', '2:27 warning']);
    assert.match(found[0]?.message ?? '', /renaming app\.t\.a to b breaks every running query that names the column/);
  });

  test('safe: renaming a view\'s column is not this rule', async () => {
    assert.deepEqual(await lintSql('ALTER VIEW app.v RENAME COLUMN a TO b;\n', rule), []);
  });

  test('offline, even a table this file created is flagged: only a database can tell it is not shipped yet (lint-database.test.ts)', async () => {
    assert.equal((await lintSql('CREATE TABLE app.n (a int);\nALTER TABLE app.n RENAME COLUMN a TO b;\n', rule)).length, 1);
  });
});
