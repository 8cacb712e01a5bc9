import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'alter-column-type';

describe(rule, () => {
  // With a database, a change PostgreSQL makes without a rewrite is not flagged: lint-database.test.ts
  // checks each form against the server's relfilenode.
  test('offline every type change is flagged at TYPE, binary-compatible or not (the column\'s type is unknown)', async () => {
    const found = await lintSql('ALTER TABLE app.t ALTER COLUMN a TYPE bigint;\nALTER TABLE app.t ALTER COLUMN b TYPE text, ALTER COLUMN c SET DATA TYPE varchar(40);\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:34 warning', '2:34 warning', '2:69 warning']);
    assert.match(found[0]?.message ?? '', /app\.t\.a rewrites the table and its indexes under an ACCESS EXCLUSIVE lock/);
    assert.match(found[0]?.fix ?? '', /Add a new column of the new type/);
  });

  test('safe: a column of a table the same file created', async () => {
    assert.deepEqual(await lintSql('CREATE TABLE app.n (a int);\nALTER TABLE app.n ALTER COLUMN a TYPE bigint;\n', rule), []);
  });
});
