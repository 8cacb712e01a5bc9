import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'drop-column';

describe(rule, () => {
  test('flagged as an error at DROP, each column of a multi-command ALTER TABLE', async () => {
    const found = await lintSql('ALTER TABLE app.t DROP COLUMN legacy;\nALTER TABLE app.t ADD COLUMN x int, DROP COLUMN IF EXISTS y;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:19 error', '2:37 error']);
    assert.match(found[0]?.message ?? '', /DROP COLUMN app\.t\.legacy deletes the column's data/);
  });

  test('safe: dropping a default, a constraint or NOT NULL', async () => {
    assert.deepEqual(await lintSql('ALTER TABLE app.t ALTER COLUMN a DROP DEFAULT;\nALTER TABLE app.t DROP CONSTRAINT c;\nALTER TABLE app.t ALTER COLUMN b DROP NOT NULL;\n', rule), []);
  });
});
